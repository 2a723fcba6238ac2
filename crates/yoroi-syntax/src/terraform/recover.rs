//! Keeping what parses in a Terraform file that has a syntax error.
//!
//! `hcl-edit` stops at the first error, which would drop every block of the file. When it
//! rejects a file, the top-level items (blocks, and attributes in `.tfvars`) that are whole are
//! found and parsed again on their own:
//!
//! 1. tree-sitter-hcl parses the file with error recovery; each top-level item it parsed
//!    without an error node is a candidate.
//! 2. Its recovery can fold several blocks into one broken node (a missing `}` swallows the
//!    blocks after it; a stray token joins the next block). Broken nodes are cut again where a
//!    line starts at column 0 with something that can begin a top-level item (outside heredocs
//!    and block comments), and each piece is a candidate.
//! 3. Each candidate is kept when `hcl-edit` accepts it alone; then every other byte of the
//!    file is blanked (newlines kept), and the blanked text is parsed once more. It has the
//!    original's length and lines, so every span of the recovered body points into the file as
//!    written.
//!
//! The piece that holds the error is never kept, so a block cut by the error is not judged. The
//! work is linear in the file's size: each byte is in at most one candidate.

use hcl_edit::structure::Body;

/// At most this many re-parses when kept pieces fail together (they parse alone, so this is
/// rare); past it, nothing is recovered.
const MAX_RETRIES: usize = 16;

/// What can be kept from `text`, which `hcl-edit` rejected: a body of the whole pieces, with
/// spans into `text`, or `None` when nothing whole was found. `attributes` allows top-level
/// attributes (`.tfvars`); `.tf` files keep blocks only.
pub(crate) fn recover(text: &str, attributes: bool) -> Option<Body> {
    if text.as_bytes().contains(&0) {
        return None;
    }
    let mut pieces = candidates(text, attributes);
    pieces.retain(|r| parses_alone(text, r.clone(), attributes));
    for _ in 0..MAX_RETRIES {
        if pieces.is_empty() {
            return None;
        }
        let masked = mask(text, &pieces);
        match hcl_edit::parser::parse_body(&masked) {
            Ok(body) => return Some(body),
            Err(error) => {
                let loc = error.location();
                let at = offset_of(text, loc.line(), loc.column());
                let before = pieces.len();
                pieces.retain(|r| !(r.start <= at && at < r.end));
                if pieces.len() == before {
                    // The error is outside every piece: drop the one just before it.
                    if let Some(i) = pieces.iter().rposition(|r| r.end <= at) {
                        pieces.remove(i);
                    } else {
                        return None;
                    }
                }
            }
        }
    }
    None
}

/// Where to report the syntax error after a recovery. The parser notices some errors late: an
/// unterminated string runs on to the next `"`, which may be inside a later block that was
/// recovered whole. When `at` lies inside a recovered item, the error belongs to the text that
/// was not recovered before that item: its first non-blank byte is returned.
pub(crate) fn error_offset(text: &str, body: &Body, at: usize) -> Option<usize> {
    use hcl_edit::Span as _;
    let spans: Vec<std::ops::Range<usize>> = body.iter().filter_map(|s| s.span()).collect();
    let inside = spans.iter().position(|r| r.start <= at && at < r.end)?;
    let from = if inside == 0 {
        0
    } else {
        spans[inside - 1].end
    };
    let to = spans[inside].start;
    let gap = &text[from..to];
    let mut offset = from;
    for line in gap.split_inclusive('\n') {
        let content = line.trim();
        if !content.is_empty() && !content.starts_with('#') && !content.starts_with("//") {
            return Some(offset + (line.len() - line.trim_start().len()));
        }
        offset += line.len();
    }
    None
}

/// Top-level ranges worth trying, in order and disjoint.
fn candidates(text: &str, attributes: bool) -> Vec<std::ops::Range<usize>> {
    let mut parser = tree_sitter::Parser::new();
    if parser
        .set_language(&tree_sitter_hcl::LANGUAGE.into())
        .is_err()
    {
        return starts_split(text, 0..text.len(), attributes);
    }
    let Some(tree) = parser.parse(text, None) else {
        return starts_split(text, 0..text.len(), attributes);
    };
    let root = tree.root_node();
    // config_file → body → items.
    let mut cursor = root.walk();
    let body = root.children(&mut cursor).find(|n| n.kind() == "body");
    let Some(body) = body else {
        return starts_split(text, 0..text.len(), attributes);
    };
    let mut out = Vec::new();
    let mut covered = 0usize;
    let mut cursor = body.walk();
    for node in body.children(&mut cursor) {
        let range = node.byte_range();
        if range.start < covered {
            continue;
        }
        // Text tree-sitter skipped between items is cut too.
        if range.start > covered {
            out.extend(starts_split(text, covered..range.start, attributes));
        }
        let whole = !node.has_error() && !node.is_missing();
        if whole && (node.kind() == "block" || attributes && node.kind() == "attribute") {
            out.push(range.clone());
        } else if !whole {
            out.extend(starts_split(text, range.clone(), attributes));
        }
        covered = range.end;
    }
    if covered < text.len() {
        out.extend(starts_split(text, covered..text.len(), attributes));
    }
    out
}

/// Cuts `range` at lines that begin at column 0 with an identifier (a block type or an
/// attribute name), outside heredocs and `/* */` comments.
fn starts_split(
    text: &str,
    range: std::ops::Range<usize>,
    attributes: bool,
) -> Vec<std::ops::Range<usize>> {
    let mut starts = Vec::new();
    let mut heredoc: Option<String> = None;
    let mut in_comment = false;
    let mut offset = range.start;
    // Begin at a line start so column 0 is known.
    let slice = &text[range.clone()];
    let at_line_start = range.start == 0 || text.as_bytes()[range.start - 1] == b'\n';
    for (i, line) in slice.split_inclusive('\n').enumerate() {
        let line_start = offset;
        offset += line.len();
        if i == 0 && !at_line_start {
            continue;
        }
        let trimmed = line.trim_end_matches(['\n', '\r']);
        if let Some(marker) = &heredoc {
            if trimmed.trim() == marker {
                heredoc = None;
            }
            continue;
        }
        if in_comment {
            if trimmed.contains("*/") {
                in_comment = false;
            }
            continue;
        }
        if trimmed.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            let word_end = trimmed
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(trimmed.len());
            let rest = trimmed[word_end..].trim_start();
            let block_like = rest.starts_with('"') || rest.starts_with('{') || {
                // `type label {`: an unquoted label.
                rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            };
            let attribute_like = rest.starts_with('=') && !rest.starts_with("==");
            if block_like || attributes && attribute_like {
                starts.push(line_start);
            }
        }
        if let Some(marker) = heredoc_marker(trimmed) {
            heredoc = Some(marker);
        } else if trimmed.contains("/*") && !trimmed.contains("*/") {
            in_comment = true;
        }
    }
    let mut out = Vec::with_capacity(starts.len());
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(range.end);
        out.push(start..end);
    }
    out
}

/// The closing marker of a heredoc opened on this line (`<<EOT` / `<<-EOT`), if any.
fn heredoc_marker(line: &str) -> Option<String> {
    let at = line.rfind("<<")?;
    let rest = line[at + 2..].trim_start_matches('-');
    let marker: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!marker.is_empty() && rest[marker.len()..].trim().is_empty()).then_some(marker)
}

fn parses_alone(text: &str, range: std::ops::Range<usize>, attributes: bool) -> bool {
    let piece = &text[range];
    match hcl_edit::parser::parse_body(piece) {
        Ok(body) => {
            let mut items = body.iter();
            // One piece is one item: a block, or an attribute where those are allowed.
            match (items.next(), items.next()) {
                (Some(hcl_edit::structure::Structure::Block(_)), None) => true,
                (Some(hcl_edit::structure::Structure::Attribute(_)), None) => attributes,
                _ => false,
            }
        }
        Err(_) => false,
    }
}

/// `text` with every byte outside `keep` replaced by a space, newlines kept.
fn mask(text: &str, keep: &[std::ops::Range<usize>]) -> String {
    let mut out = Vec::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut next = 0usize;
    for range in keep {
        for &b in &bytes[next..range.start] {
            out.push(if b == b'\n' { b'\n' } else { b' ' });
        }
        out.extend_from_slice(&bytes[range.clone()]);
        next = range.end;
    }
    for &b in &bytes[next..] {
        out.push(if b == b'\n' { b'\n' } else { b' ' });
    }
    // Kept ranges start and end at character boundaries and blanked bytes are ASCII spaces.
    String::from_utf8(out).unwrap_or_default()
}

/// The byte offset of a 1-based line and column (in characters).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0usize;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let col = column.saturating_sub(1);
            return offset + l.char_indices().nth(col).map_or(l.len(), |(byte, _)| byte);
        }
        offset += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::recover;
    use hcl_edit::Span as _;

    fn kept(text: &str, attributes: bool) -> Vec<String> {
        let Some(body) = recover(text, attributes) else {
            return Vec::new();
        };
        body.iter()
            .map(|s| match s {
                hcl_edit::structure::Structure::Block(b) => {
                    let labels: Vec<&str> = b
                        .labels
                        .iter()
                        .map(|l| match l {
                            hcl_edit::structure::BlockLabel::String(s) => s.value().as_str(),
                            hcl_edit::structure::BlockLabel::Ident(i) => i.as_str(),
                        })
                        .collect();
                    format!("{} {}", b.ident.as_str(), labels.join("."))
                }
                hcl_edit::structure::Structure::Attribute(a) => a.key.as_str().to_string(),
            })
            .collect()
    }

    const SSH: &str =
        "resource \"aws_security_group_rule\" \"ssh\" {\n  cidr_blocks = [\"0.0.0.0/0\"]\n}\n";
    const EBS: &str = "resource \"aws_ebs_volume\" \"data\" {\n  size = 10\n}\n";

    #[test]
    fn unterminated_string_loses_only_its_block() {
        let text = format!(
            "{SSH}\nresource \"aws_s3_bucket\" \"logs\" {{\n  bucket = \"logs\n}}\n\n{EBS}"
        );
        assert_eq!(
            kept(&text, false),
            [
                "resource aws_security_group_rule.ssh",
                "resource aws_ebs_volume.data"
            ]
        );
    }

    #[test]
    fn missing_brace_loses_only_its_block() {
        let text =
            format!("{SSH}\nresource \"aws_s3_bucket\" \"logs\" {{\n  bucket = \"logs\"\n\n{EBS}");
        assert_eq!(
            kept(&text, false),
            [
                "resource aws_security_group_rule.ssh",
                "resource aws_ebs_volume.data"
            ]
        );
    }

    #[test]
    fn stray_token_between_blocks() {
        let text = format!("{SSH}oops !!\n{EBS}");
        assert_eq!(
            kept(&text, false),
            [
                "resource aws_security_group_rule.ssh",
                "resource aws_ebs_volume.data"
            ]
        );
    }

    #[test]
    fn error_in_a_nested_block_drops_the_whole_top_level_block() {
        let text = format!(
            "resource \"aws_security_group\" \"web\" {{\n  ingress {{\n    from_port = 22 +\n  }}\n}}\n\n{EBS}"
        );
        assert_eq!(kept(&text, false), ["resource aws_ebs_volume.data"]);
    }

    #[test]
    fn tfvars_keep_their_other_assignments() {
        let text = "region = \"eu-west-1\"\nsize = \nencrypted = false\n";
        assert_eq!(kept(text, true), ["region", "encrypted"]);
        // `.tf` files keep blocks only.
        assert!(kept(text, false).is_empty());
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = format!("{SSH}oops !!\n{EBS}");
        let body = recover(&text, false).expect("recovered");
        let ebs = body.blocks().nth(1).expect("second block");
        let span = ebs.span().expect("span");
        assert!(text[span].starts_with("resource \"aws_ebs_volume\""));
    }

    #[test]
    fn heredoc_lines_at_column_zero_are_not_block_starts() {
        let text = format!(
            "resource \"aws_iam_policy\" \"p\" {{\n  policy = <<EOT\nresource \"fake\" \"x\" {{}}\n\n{EBS}"
        );
        // The heredoc never ends: the fake block inside it must not be recovered.
        assert!(!kept(&text, false).iter().any(|k| k.contains("fake")));
    }

    #[test]
    fn a_late_noticed_error_moves_to_the_text_that_was_not_recovered() {
        let text = format!(
            "{SSH}\nresource \"aws_s3_bucket\" \"logs\" {{\n  bucket = \"logs\n}}\n\n{EBS}"
        );
        let body = recover(&text, false).expect("recovered");
        let late = text.find("aws_ebs_volume").expect("in text");
        let at = super::error_offset(&text, &body, late).expect("relocated");
        assert!(text[at..].starts_with("resource \"aws_s3_bucket\""));
        // An error outside every recovered item stays where the parser put it.
        let stray = format!("{SSH}oops !!\n{EBS}");
        let body = recover(&stray, false).expect("recovered");
        assert_eq!(
            super::error_offset(&stray, &body, stray.find("oops").unwrap_or(0)),
            None
        );
    }

    #[test]
    fn garbage_gives_nothing_and_does_not_panic() {
        for text in [
            "\u{0}\u{1}{{{",
            "}}}}",
            "resource",
            "\"",
            "<<EOT\n",
            "a = ",
            "é = {",
        ] {
            let _ = recover(text, true);
        }
    }
}
