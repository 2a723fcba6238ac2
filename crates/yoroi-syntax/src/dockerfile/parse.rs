//! The line-oriented Dockerfile reader.

use super::{
    Directive, DockerError, Dockerfile, Flag, Form, Heredoc, ImageRef, Instruction, Keyword,
    LogicalText, Stage, Vars, Word, substitute,
};
use crate::source::Span;

/// Parses a Dockerfile. Never fails; problems are collected in [`Dockerfile::errors`].
pub fn parse(text: &str) -> Dockerfile {
    let mut reader = Reader::new(text);
    let mut file = Dockerfile {
        escape: '\\',
        ..Dockerfile::default()
    };
    reader.read_directives(&mut file);
    while let Some(line) = reader.next_line() {
        let trimmed = line.text.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let start = line.start + (line.text.len() - trimmed.len());
        if let Some(instruction) = reader.read_instruction(start, &mut file) {
            file.instructions.push(instruction);
        }
    }
    build_stages(&mut file);
    file
}

struct Line<'a> {
    start: usize,
    /// Without the line terminator.
    text: &'a str,
}

struct Reader<'a> {
    text: &'a str,
    pos: usize,
    escape: char,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Reader<'a> {
        // A UTF-8 byte-order mark is not part of the first instruction.
        let pos = if text.starts_with('\u{feff}') { 3 } else { 0 };
        Reader {
            text,
            pos,
            escape: '\\',
        }
    }

    fn peek_line(&self) -> Option<Line<'a>> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let len = rest.find('\n').unwrap_or(rest.len());
        let text = rest[..len].strip_suffix('\r').unwrap_or(&rest[..len]);
        Some(Line {
            start: self.pos,
            text,
        })
    }

    fn next_line(&mut self) -> Option<Line<'a>> {
        let line = self.peek_line()?;
        let rest = &self.text[self.pos..];
        self.pos += rest.find('\n').map_or(rest.len(), |i| i + 1);
        Some(line)
    }

    /// Parser directives: `# key=value` lines at the very top, before anything else.
    fn read_directives(&mut self, file: &mut Dockerfile) {
        while let Some(line) = self.peek_line() {
            let Some(body) = line.text.trim_start().strip_prefix('#') else {
                break;
            };
            let Some((key, value)) = body.split_once('=') else {
                break;
            };
            // BuildKit knows three directives; any other `# key=value` line is a comment and ends
            // the directive block, as does a repeated directive (which BuildKit refuses).
            let name = key.trim().to_ascii_lowercase();
            if !matches!(name.as_str(), "syntax" | "escape" | "check") {
                break;
            }
            let span = Span::new(line.start, line.start + line.text.len());
            if file.directives.iter().any(|d| d.name == name) {
                file.errors.push(DockerError {
                    span,
                    message: format!("only one `{name}` parser directive can be used"),
                });
                break;
            }
            let value = value.trim().to_string();
            if name == "escape" {
                match value.as_str() {
                    "\\" => self.escape = '\\',
                    "`" => self.escape = '`',
                    _ => file.errors.push(DockerError {
                        span,
                        message: format!("invalid escape directive `{value}`: use `\\` or `` ` ``"),
                    }),
                }
            }
            file.directives.push(Directive { name, value, span });
            self.next_line();
        }
        file.escape = self.escape;
    }

    /// Reads one instruction starting at byte `start` (the keyword), continuation lines and
    /// heredoc bodies included.
    fn read_instruction(&mut self, start: usize, file: &mut Dockerfile) -> Option<Instruction> {
        let first_line_end = self.line_end_of(start);
        let mut args = LogicalText::default();
        let mut empty_lines = Vec::new();
        let mut end = self.continued_text(start, first_line_end, &mut args, &mut empty_lines);
        let logical = std::mem::take(&mut args);
        // The keyword is the first word of the logical line.
        let kw_len = logical
            .text
            .find(char::is_whitespace)
            .unwrap_or(logical.text.len());
        let keyword_text = &logical.text[..kw_len];
        let keyword_span = logical.raw_span(0, kw_len);
        let Some(keyword) = Keyword::parse(keyword_text) else {
            file.errors.push(DockerError {
                span: keyword_span,
                message: format!("unknown instruction `{}`", truncate(keyword_text, 40)),
            });
            return None;
        };
        let rest = logical.slice(kw_len, logical.text.len());
        let mut instruction = self.build_instruction(keyword, keyword_span, rest, file);
        instruction.empty_continuation_lines = empty_lines;
        // Heredoc bodies follow the instruction line.
        if matches!(keyword, Keyword::Run | Keyword::Copy | Keyword::Add) {
            for marker in heredoc_markers(&instruction.args) {
                match self.read_heredoc_body(&marker) {
                    Some((body_span, after)) => {
                        end = after;
                        instruction.heredocs.push(Heredoc {
                            body_span,
                            ..marker
                        });
                    }
                    None => {
                        file.errors.push(DockerError {
                            span: marker.marker_span,
                            message: format!("heredoc `{}` is never terminated", marker.delimiter),
                        });
                        end = self.text.len();
                    }
                }
            }
        }
        instruction.span = Span::new(start, end);
        if keyword == Keyword::Run {
            instruction.script = Some(instruction.parse_script(self.text));
        }
        if let Some(trigger) = instruction.trigger.as_mut()
            && trigger.keyword == Keyword::Run
        {
            trigger.script = Some(trigger.parse_script(self.text));
        }
        Some(instruction)
    }

    fn line_end_of(&self, offset: usize) -> usize {
        let rest = &self.text[offset..];
        let len = rest.find('\n').unwrap_or(rest.len());
        offset + rest[..len].strip_suffix('\r').map_or(len, str::len)
    }

    /// Appends the line from `start` to `line_end` and every continuation line to `out`; returns
    /// the raw end of the last line. Leaves the reader after the last line. Blank lines inside the
    /// continuation (skipped, but deprecated) are collected in `empty_lines`.
    fn continued_text(
        &mut self,
        start: usize,
        line_end: usize,
        out: &mut LogicalText,
        empty_lines: &mut Vec<Span>,
    ) -> usize {
        // Skip the rest of the current line in the reader.
        self.pos = start;
        self.next_line();
        let mut seg_start = start;
        let mut seg_end = line_end;
        loop {
            let segment = &self.text[seg_start..seg_end];
            let trimmed = segment.trim_end();
            match trimmed.strip_suffix(self.escape) {
                Some(body) => {
                    out.push(body, seg_start);
                    out.push_synthetic(" ");
                }
                _ => {
                    out.push(segment, seg_start);
                    return seg_end;
                }
            }
            // Continuation: skip comment lines and empty lines, as BuildKit does.
            let mut blanks = Vec::new();
            loop {
                let Some(line) = self.next_line() else {
                    return seg_end;
                };
                let t = line.text.trim_start();
                if t.is_empty() {
                    blanks.push(Span::new(line.start, line.start + line.text.len()));
                    continue;
                }
                if t.starts_with('#') {
                    continue;
                }
                empty_lines.append(&mut blanks);
                seg_start = line.start;
                seg_end = line.start + line.text.len();
                break;
            }
        }
    }

    fn build_instruction(
        &mut self,
        keyword: Keyword,
        keyword_span: Span,
        rest: LogicalText,
        file: &mut Dockerfile,
    ) -> Instruction {
        let (flags, args) = if matches!(
            keyword,
            Keyword::From | Keyword::Run | Keyword::Copy | Keyword::Add | Keyword::Healthcheck
        ) {
            split_flags(&rest)
        } else {
            (Vec::new(), rest.trimmed())
        };
        let mut trigger = None;
        if keyword == Keyword::Onbuild {
            let text = args.text.trim_start();
            let kw_len = text.find(char::is_whitespace).unwrap_or(text.len());
            let lead = args.text.len() - text.len();
            // `ONBUILD FROM`/`ONBUILD ONBUILD`/`ONBUILD MAINTAINER` are parsed like any trigger:
            // Docker refuses them when the trigger fires, which a rule reports.
            match Keyword::parse(&text[..kw_len]) {
                Some(inner) => {
                    let inner_span = args.raw_span(lead, lead + kw_len);
                    let inner_rest = args.slice(lead + kw_len, args.text.len());
                    let mut nested = self.build_instruction(inner, inner_span, inner_rest, file);
                    nested.span = args.span();
                    trigger = Some(Box::new(nested));
                }
                None => file.errors.push(DockerError {
                    span: args.span(),
                    message: format!(
                        "ONBUILD needs an instruction, found `{}`",
                        truncate(&text[..kw_len], 40)
                    ),
                }),
            }
        }
        let (form, json) = match keyword {
            Keyword::Run
            | Keyword::Cmd
            | Keyword::Entrypoint
            | Keyword::Shell
            | Keyword::Volume
            | Keyword::Copy
            | Keyword::Add
            | Keyword::Healthcheck => parse_json_form(&args),
            _ => (Form::Shell, Vec::new()),
        };
        if args.text.trim().is_empty()
            && !matches!(keyword, Keyword::Run | Keyword::Cmd | Keyword::Entrypoint)
        {
            file.errors.push(DockerError {
                span: keyword_span,
                message: format!("{} needs arguments", keyword.as_str()),
            });
        }
        Instruction {
            keyword,
            keyword_span,
            span: keyword_span,
            flags,
            form,
            args,
            json,
            heredocs: Vec::new(),
            empty_continuation_lines: Vec::new(),
            stage: None,
            trigger,
            script: None,
        }
    }

    /// Reads a heredoc body after the current position; returns its span and the raw end of the
    /// terminating line.
    fn read_heredoc_body(&mut self, marker: &Heredoc) -> Option<(Span, usize)> {
        let body_start = self.pos;
        while let Some(line) = self.next_line() {
            let candidate = if marker.strip_tabs {
                line.text.trim_start_matches('\t')
            } else {
                line.text
            };
            if candidate == marker.delimiter {
                return Some((
                    Span::new(body_start, line.start),
                    line.start + line.text.len(),
                ));
            }
        }
        None
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}

/// Leading `--name[=value]` words.
fn split_flags(rest: &LogicalText) -> (Vec<Flag>, LogicalText) {
    let mut flags = Vec::new();
    let text = &rest.text;
    let mut offset = 0;
    loop {
        let after_ws = offset + (text[offset..].len() - text[offset..].trim_start().len());
        if !text[after_ws..].starts_with("--") {
            return (flags, rest.slice(after_ws, text.len()).trimmed());
        }
        let end = text[after_ws..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| after_ws + i);
        let word = &text[after_ws + 2..end];
        let (name, value) = match word.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(unquote(v).to_string())),
            None => (word.to_string(), None),
        };
        flags.push(Flag {
            name,
            value,
            span: rest.raw_span(after_ws, end),
        });
        offset = end;
    }
}

fn unquote(s: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = s.strip_prefix(q).and_then(|s| s.strip_suffix(q)) {
            return inner;
        }
    }
    s
}

/// JSON form: the arguments are a JSON array of strings.
fn parse_json_form(args: &LogicalText) -> (Form, Vec<Word>) {
    let trimmed = args.text.trim();
    if !trimmed.starts_with('[') {
        return (Form::Shell, Vec::new());
    }
    let Ok(items) = serde_json::from_str::<Vec<String>>(trimmed) else {
        return (Form::Shell, Vec::new());
    };
    // Locate each item's quoted text in the logical string for spans.
    let lead = args.text.len() - args.text.trim_start().len();
    let mut words = Vec::with_capacity(items.len());
    let mut cursor = lead + 1;
    let bytes = args.text.as_bytes();
    for item in items {
        while cursor < bytes.len() && bytes[cursor] != b'"' {
            cursor += 1;
        }
        let start = cursor;
        cursor += 1;
        while cursor < bytes.len() && bytes[cursor] != b'"' {
            if bytes[cursor] == b'\\' {
                cursor += 1;
            }
            cursor += 1;
        }
        cursor += 1;
        words.push(Word {
            text: item,
            span: args.raw_span(start, cursor.min(bytes.len())),
        });
    }
    (Form::Json, words)
}

/// `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'` markers in an instruction's arguments (not `<<<`).
fn heredoc_markers(args: &LogicalText) -> Vec<Heredoc> {
    let text = &args.text;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i + 2 < bytes.len() + 1 && i + 1 < bytes.len() {
        let b = bytes[i];
        if let Some(q) = quote {
            if b == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        if b == b'\'' || b == b'"' {
            quote = Some(b);
            i += 1;
            continue;
        }
        if b == b'<' && bytes[i + 1] == b'<' && bytes.get(i + 2) != Some(&b'<') {
            let start = i;
            let mut j = i + 2;
            let strip_tabs = bytes.get(j) == Some(&b'-');
            if strip_tabs {
                j += 1;
            }
            let quoted_with = match bytes.get(j) {
                Some(&q @ (b'"' | b'\'')) => {
                    j += 1;
                    Some(q)
                }
                _ => None,
            };
            let name_start = j;
            while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
                j += 1;
            }
            let name_end = j;
            if let Some(q) = quoted_with {
                if bytes.get(j) == Some(&q) {
                    j += 1;
                } else {
                    i += 2;
                    continue;
                }
            }
            if name_end > name_start {
                out.push(Heredoc {
                    delimiter: text[name_start..name_end].to_string(),
                    strip_tabs,
                    quoted: quoted_with.is_some(),
                    marker_span: args.raw_span(start, j),
                    body_span: Span::default(),
                });
            }
            i = j.max(i + 2);
            continue;
        }
        i += 1;
    }
    out
}

/// Groups instructions into stages and resolves `FROM` images against global `ARG`s.
fn build_stages(file: &mut Dockerfile) {
    let escape = file.escape;
    let mut global = Vars::default();
    let mut stages: Vec<Stage> = Vec::new();
    for i in 0..file.instructions.len() {
        let instruction = &file.instructions[i];
        match instruction.keyword {
            Keyword::Arg if stages.is_empty() => {
                for (name, value) in arg_declarations(instruction, escape) {
                    let value = value.and_then(|v| substitute(&v, &global, escape));
                    global.set(&name, value);
                }
            }
            Keyword::From => {
                let words = instruction.args.words(escape);
                let image_word = words.first().cloned().unwrap_or(Word {
                    text: String::new(),
                    span: instruction.keyword_span,
                });
                let name = match (words.get(1), words.get(2)) {
                    (Some(as_kw), Some(name)) if as_kw.text.eq_ignore_ascii_case("as") => {
                        Some(name.clone())
                    }
                    _ => None,
                };
                let resolved = substitute(&image_word.text, &global, escape);
                let parent_stage = resolved.as_deref().and_then(|r| {
                    stages.iter().position(|s: &Stage| {
                        s.name
                            .as_ref()
                            .is_some_and(|n| n.text.eq_ignore_ascii_case(r))
                    })
                });
                if let Some(last) = stages.last_mut() {
                    last.end = i;
                }
                stages.push(Stage {
                    index: stages.len(),
                    from: i,
                    end: file.instructions.len(),
                    image: ImageRef {
                        text: image_word.text,
                        span: image_word.span,
                        resolved,
                    },
                    name,
                    platform: instruction.flag("platform").and_then(|f| f.value.clone()),
                    parent_stage,
                });
            }
            _ => {}
        }
        if !stages.is_empty() {
            file.instructions[i].stage = Some(stages.len() - 1);
        }
    }
    file.stages = stages;
}

/// `ARG A=1 B` → [("A", Some("1")), ("B", None)]
pub(crate) fn arg_declarations(
    instruction: &Instruction,
    escape: char,
) -> Vec<(String, Option<String>)> {
    instruction
        .args
        .words(escape)
        .into_iter()
        .map(|w| match w.text.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (w.text, None),
        })
        .collect()
}
