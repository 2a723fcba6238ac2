//! Applying fixes to one file's text: all of a fix's edits or none, edits that overlap an
//! earlier fix skipped (the next round, after a re-scan, picks them up), identical edits from
//! several findings (instances of one Terraform block) applied once.

use crate::finding::{Edit, Fix};

/// The outcome of applying fixes to one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub text: String,
    /// How many of the fixes were applied.
    pub fixes: usize,
    /// The edits that were applied, sorted, on the original text.
    pub edits: Vec<Edit>,
}

/// Applies as many of `fixes` as do not overlap, in order of their first edit.
pub fn apply_fixes<'f>(text: &str, fixes: impl IntoIterator<Item = &'f Fix>) -> Applied {
    let mut fixes: Vec<&Fix> = fixes
        .into_iter()
        .filter(|f| {
            !f.edits.is_empty()
                && f.edits.iter().all(|e| {
                    e.span.end() <= text.len()
                        && text.is_char_boundary(e.span.start())
                        && text.is_char_boundary(e.span.end())
                })
        })
        .collect();
    fixes.sort_by_key(|f| f.edits.iter().map(|e| (e.span.start, e.span.end)).min());
    let mut chosen: Vec<Edit> = Vec::new();
    let mut count = 0;
    for fix in fixes {
        let mut fresh = Vec::new();
        let mut conflict = false;
        for edit in &fix.edits {
            if chosen.contains(edit) || fresh.contains(edit) {
                continue;
            }
            if chosen.iter().chain(&fresh).any(|c| overlaps(c, edit)) {
                conflict = true;
                break;
            }
            fresh.push(edit.clone());
        }
        if !conflict {
            chosen.extend(fresh);
            count += 1;
        }
    }
    chosen.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for edit in &chosen {
        out.push_str(&text[at..edit.span.start()]);
        out.push_str(&edit.replacement);
        at = edit.span.end();
    }
    out.push_str(&text[at..]);
    Applied {
        text: out,
        fixes: count,
        edits: chosen,
    }
}

/// Two edits conflict when their ranges intersect, or when both insert at one offset — unless
/// both insert whole lines that start differently (two new keys of one mapping, two attributes
/// of one block): those can go in one after the other. Two insertions that open the same key
/// (`securityContext:` twice) conflict; the next round adds to what the first one wrote.
fn overlaps(a: &Edit, b: &Edit) -> bool {
    if a.span.is_empty() && b.span.is_empty() {
        let siblings = match (inserted_key(a), inserted_key(b)) {
            (Some((indent_a, key_a)), Some((indent_b, key_b))) => {
                indent_a == indent_b && key_a != key_b
            }
            _ => false,
        };
        return a.span.start == b.span.start && !siblings;
    }
    a.span.start < b.span.end && b.span.start < a.span.end
        || (a.span.is_empty() && b.span.start < a.span.start && a.span.start < b.span.end)
        || (b.span.is_empty() && a.span.start < b.span.start && b.span.start < a.span.end)
}

/// The indentation and the key an insertion made of whole lines (it starts or ends with a line
/// break) opens: its first line up to `:`, `=`, `{` or a space.
fn inserted_key(edit: &Edit) -> Option<(&str, &str)> {
    let text = edit.replacement.as_str();
    let body = text
        .strip_prefix("\r\n")
        .or_else(|| text.strip_prefix('\n'))
        .or_else(|| text.ends_with('\n').then_some(text))?;
    let line = body.lines().next()?;
    let (indent, rest) = line.split_at(line.len() - line.trim_start().len());
    let key = rest
        .find([':', '=', '{', ' ', '\t', '\r'])
        .map_or(rest, |i| &rest[..i]);
    Some((indent, key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::FixKind;
    use yoroi_syntax::Span;

    fn fix(edits: &[(usize, usize, &str)]) -> Fix {
        Fix {
            title: String::new(),
            applicability: FixKind::Safe,
            edits: edits
                .iter()
                .map(|(s, e, r)| Edit {
                    span: Span::new(*s, *e),
                    replacement: r.to_string(),
                })
                .collect(),
        }
    }

    #[test]
    fn applies_disjoint_edits_and_skips_overlaps() {
        let text = "abcdef";
        let fixes = [
            fix(&[(0, 1, "A")]),
            fix(&[(0, 2, "XY")]),
            fix(&[(4, 4, "+")]),
        ];
        let applied = apply_fixes(text, &fixes);
        assert_eq!(applied.text, "Abcd+ef");
        assert_eq!(applied.fixes, 2);
    }

    #[test]
    fn line_insertions_at_one_offset_go_in_together_unless_they_open_the_same_key() {
        let text = "a:\n  b: 1\n";
        let fixes = [
            fix(&[(9, 9, "\n  c: 2")]),
            fix(&[(9, 9, "\n  d: 3")]),
            fix(&[(9, 9, "\n  c: 4")]),
        ];
        let applied = apply_fixes(text, &fixes);
        assert_eq!(applied.text, "a:\n  b: 1\n  c: 2\n  d: 3\n");
        assert_eq!(applied.fixes, 2);
        // A key of the enclosing mapping must not land between a nested key and its children.
        let nested = [fix(&[(9, 9, "\n  e: 5")]), fix(&[(9, 9, "\nf: 6")])];
        assert_eq!(apply_fixes(text, &nested).fixes, 1);
        let words = [fix(&[(1, 1, " -y")]), fix(&[(1, 1, " -q")])];
        assert_eq!(apply_fixes("ab", &words).fixes, 1);
    }

    #[test]
    fn identical_edits_apply_once() {
        let fixes = [fix(&[(1, 1, "!")]), fix(&[(1, 1, "!")])];
        let applied = apply_fixes("ab", &fixes);
        assert_eq!(applied.text, "a!b");
        assert_eq!(applied.fixes, 2);
    }
}
