//! Line geometry shared by the edit builders: where lines start and end, how far a line is
//! indented, and the indent width a file uses.

/// Byte offset where the line holding `at` starts.
pub(super) fn line_start(text: &str, at: usize) -> usize {
    text.get(..at)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |i| i + 1)
}

/// Byte offset of the end of the line holding `at` (its `\r\n` or `\n`, or the end of the
/// text).
pub(super) fn line_end(text: &str, at: usize) -> usize {
    let end = text
        .get(at..)
        .and_then(|after| after.find('\n'))
        .map_or(text.len(), |i| at + i);
    if end > at && text.as_bytes().get(end - 1) == Some(&b'\r') {
        end - 1
    } else {
        end
    }
}

/// The line ending the file uses, judged by its first line (cheap: fixes are built for every
/// finding, and a scan of the whole text each time made large files quadratic); inserted lines
/// match it.
pub(super) fn eol(text: &str) -> &'static str {
    match text.find('\n') {
        Some(i) if i > 0 && text.as_bytes()[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}

/// The leading spaces of the line holding `at`; `None` when it is indented with tabs (a style
/// the builders do not guess at).
pub(super) fn indentation(text: &str, at: usize) -> Option<usize> {
    let start = line_start(text, at);
    let line = &text[start..line_end(text, start)];
    let spaces = line.len() - line.trim_start_matches(' ').len();
    (!line[spaces..].starts_with('\t')).then_some(spaces)
}

/// The indent width of a file: the first step from a line that opens a nested level (ends with
/// `opener` once comments are ignored) to the deeper line after it. Two spaces when nothing
/// tells.
pub(super) fn unit(text: &str, opener: char, comment: &str) -> usize {
    let mut previous: Option<(usize, bool)> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with(comment) || line.contains('\t') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        if let Some((open_indent, true)) = previous
            && indent > open_indent
            && !trimmed.starts_with('-')
        {
            return indent - open_indent;
        }
        let code = match line.find(comment) {
            Some(i) if comment == "#" && i > 0 => &line[..i],
            _ => line,
        };
        let opens = code.trim_end().ends_with(opener) && !code.trim_start().starts_with('-');
        previous = Some((indent, opens));
    }
    2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_indent_width() {
        assert_eq!(unit("a:\n    b: 1\n", ':', "#"), 4);
        assert_eq!(unit("a:\n- b: 1\n  c:\n     d: 1\n", ':', "#"), 3);
        assert_eq!(unit("x = 1\n", '{', "#"), 2);
        assert_eq!(unit("resource \"a\" \"b\" {\n    x = 1\n}\n", '{', "#"), 4);
    }

    #[test]
    fn measures_lines() {
        let text = "ab\n  cd\nef";
        assert_eq!(line_start(text, 5), 3);
        assert_eq!(line_end(text, 5), 7);
        assert_eq!(indentation(text, 5), Some(2));
        assert_eq!(line_end(text, 9), 10);
        assert_eq!(line_end("a\r\nb", 0), 1);
        assert_eq!(eol("a\r\nb"), "\r\n");
    }
}
