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

/// Two edits conflict when their ranges intersect, or when both insert at one offset (their
/// order would be a guess).
fn overlaps(a: &Edit, b: &Edit) -> bool {
    if a.span.is_empty() && b.span.is_empty() {
        return a.span.start == b.span.start;
    }
    a.span.start < b.span.end && b.span.start < a.span.end
        || (a.span.is_empty() && b.span.start < a.span.start && a.span.start < b.span.end)
        || (b.span.is_empty() && a.span.start < b.span.start && b.span.start < a.span.end)
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
    fn identical_edits_apply_once() {
        let fixes = [fix(&[(1, 1, "!")]), fix(&[(1, 1, "!")])];
        let applied = apply_fixes("ab", &fixes);
        assert_eq!(applied.text, "a!b");
        assert_eq!(applied.fixes, 2);
    }
}
