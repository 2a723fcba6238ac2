//! Dockerfiles: parser directives, instructions with continuations and heredocs, flags, JSON and
//! shell forms, stages, and `RUN` bodies parsed as shell.
//!
//! The parser is hand-written rather than a tree-sitter grammar because the grammar cannot honour
//! the `# escape=` directive, and because every span (a flag, one word of a continued line, a
//! heredoc body) must map back to exact bytes in the file. Parsing never fails: anything it cannot
//! read becomes a [`DockerError`] and the rest of the file is still parsed.

mod parse;
pub mod shell;
mod vars;

pub use parse::parse;
pub use vars::{VarRef, Vars, references, substitute};

use crate::source::Span;

/// A parsed Dockerfile.
#[derive(Debug, Clone, Default)]
pub struct Dockerfile {
    pub directives: Vec<Directive>,
    /// The escape character (`\` unless `# escape=` says otherwise).
    pub escape: char,
    pub instructions: Vec<Instruction>,
    pub stages: Vec<Stage>,
    pub errors: Vec<DockerError>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DockerError {
    pub span: Span,
    pub message: String,
}

/// `# syntax=…`, `# escape=…`, `# check=…` at the top of the file.
#[derive(Debug, Clone)]
pub struct Directive {
    pub name: String,
    pub value: String,
    pub span: Span,
}

/// The `# check=skip=A,B;error=true;experimental=C` directive, which configures BuildKit's build
/// checks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckDirective {
    /// `skip=all`
    pub skip_all: bool,
    /// Check names to skip, as written (`JSONArgsRecommended`).
    pub skip: Vec<String>,
    /// `error=true`: violations fail the build.
    pub error: bool,
    /// `experimental=all`
    pub experimental_all: bool,
    pub experimental: Vec<String>,
}

impl CheckDirective {
    /// Parses the directive's value; `None` when BuildKit would refuse it (a part without `=`,
    /// an unknown key, or a non-boolean `error`).
    pub fn parse(value: &str) -> Option<CheckDirective> {
        let mut out = CheckDirective::default();
        let value = value.trim();
        if value.is_empty() {
            return Some(out);
        }
        let list = |v: &str| -> Vec<String> {
            v.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        };
        for part in value.split(';') {
            let (key, v) = part.split_once('=')?;
            let v = v.trim();
            match key.trim() {
                "skip" if v == "all" => out.skip_all = true,
                "skip" => out.skip = list(v),
                "experimental" if v == "all" => out.experimental_all = true,
                "experimental" => out.experimental = list(v),
                "error" => {
                    out.error = match v.to_ascii_lowercase().as_str() {
                        "1" | "t" | "true" => true,
                        "0" | "f" | "false" => false,
                        _ => return None,
                    }
                }
                _ => return None,
            }
        }
        Some(out)
    }

    /// Whether the BuildKit check `name` is skipped (names compare case-insensitively).
    pub fn skips(&self, name: &str) -> bool {
        self.skip_all || self.skip.iter().any(|s| s.eq_ignore_ascii_case(name))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Keyword {
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
}

impl Keyword {
    pub fn parse(word: &str) -> Option<Keyword> {
        Some(match word.to_ascii_uppercase().as_str() {
            "ADD" => Keyword::Add,
            "ARG" => Keyword::Arg,
            "CMD" => Keyword::Cmd,
            "COPY" => Keyword::Copy,
            "ENTRYPOINT" => Keyword::Entrypoint,
            "ENV" => Keyword::Env,
            "EXPOSE" => Keyword::Expose,
            "FROM" => Keyword::From,
            "HEALTHCHECK" => Keyword::Healthcheck,
            "LABEL" => Keyword::Label,
            "MAINTAINER" => Keyword::Maintainer,
            "ONBUILD" => Keyword::Onbuild,
            "RUN" => Keyword::Run,
            "SHELL" => Keyword::Shell,
            "STOPSIGNAL" => Keyword::Stopsignal,
            "USER" => Keyword::User,
            "VOLUME" => Keyword::Volume,
            "WORKDIR" => Keyword::Workdir,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Keyword::Add => "ADD",
            Keyword::Arg => "ARG",
            Keyword::Cmd => "CMD",
            Keyword::Copy => "COPY",
            Keyword::Entrypoint => "ENTRYPOINT",
            Keyword::Env => "ENV",
            Keyword::Expose => "EXPOSE",
            Keyword::From => "FROM",
            Keyword::Healthcheck => "HEALTHCHECK",
            Keyword::Label => "LABEL",
            Keyword::Maintainer => "MAINTAINER",
            Keyword::Onbuild => "ONBUILD",
            Keyword::Run => "RUN",
            Keyword::Shell => "SHELL",
            Keyword::Stopsignal => "STOPSIGNAL",
            Keyword::User => "USER",
            Keyword::Volume => "VOLUME",
            Keyword::Workdir => "WORKDIR",
        }
    }
}

/// A word of an instruction's arguments, unquoted, with the raw span it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub span: Span,
}

/// `--name=value` before an instruction's arguments.
#[derive(Debug, Clone)]
pub struct Flag {
    pub name: String,
    pub value: Option<String>,
    pub span: Span,
}

/// How the arguments were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// `CMD ["nginx", "-g", "daemon off;"]`
    Json,
    /// `CMD nginx -g 'daemon off;'`
    Shell,
}

/// A heredoc attached to an instruction (`RUN <<EOF … EOF`).
#[derive(Debug, Clone)]
pub struct Heredoc {
    pub delimiter: String,
    /// `<<-`: leading tabs are stripped from the body.
    pub strip_tabs: bool,
    /// The delimiter was quoted: no variable expansion in the body.
    pub quoted: bool,
    /// The `<<EOF` marker in the instruction line.
    pub marker_span: Span,
    /// The body, without the terminating delimiter line.
    pub body_span: Span,
}

/// One instruction, continuation lines and heredoc bodies included.
#[derive(Debug, Clone)]
pub struct Instruction {
    pub keyword: Keyword,
    pub keyword_span: Span,
    /// From the keyword to the end of the last line (heredoc bodies included).
    pub span: Span,
    pub flags: Vec<Flag>,
    pub form: Form,
    /// The arguments after the flags, continuations and comment lines removed.
    pub args: LogicalText,
    /// JSON-form items, when `form` is `Json`.
    pub json: Vec<Word>,
    pub heredocs: Vec<Heredoc>,
    /// Blank lines inside the continuation (BuildKit skips them but warns: they will become
    /// errors).
    pub empty_continuation_lines: Vec<Span>,
    /// Index into [`Dockerfile::stages`]; `None` before the first `FROM`.
    pub stage: Option<usize>,
    /// For `ONBUILD`, the triggered instruction.
    pub trigger: Option<Box<Instruction>>,
    /// For `RUN`, the commands it runs (heredoc scripts and `sh -c` bodies included).
    pub script: Option<shell::Script>,
}

/// Text assembled from several raw pieces (a continued line), mapping back to raw bytes.
#[derive(Debug, Clone, Default)]
pub struct LogicalText {
    pub text: String,
    pieces: Vec<Piece>,
}

/// A run of logical text; `raw` is `None` for text that exists only logically (the space that
/// joins continued lines).
#[derive(Debug, Clone, Copy)]
struct Piece {
    logical: u32,
    raw: Option<u32>,
    len: u32,
}

impl LogicalText {
    pub fn push(&mut self, text: &str, raw_start: usize) {
        self.push_piece(text, Some(raw_start as u32));
    }

    /// Appends text with no raw counterpart (a joining space).
    pub fn push_synthetic(&mut self, text: &str) {
        self.push_piece(text, None);
    }

    fn push_piece(&mut self, text: &str, raw: Option<u32>) {
        if text.is_empty() {
            return;
        }
        self.pieces.push(Piece {
            logical: self.text.len() as u32,
            raw,
            len: text.len() as u32,
        });
        self.text.push_str(text);
    }

    /// The raw byte offset of a logical offset (synthetic text maps to the end of the raw text
    /// before it).
    pub fn raw_offset(&self, logical: usize) -> usize {
        let logical = logical as u32;
        let idx = self.pieces.partition_point(|p| p.logical <= logical);
        let mut i = idx.saturating_sub(1);
        loop {
            let Some(p) = self.pieces.get(i) else {
                return 0;
            };
            match p.raw {
                Some(raw) if p.logical <= logical => {
                    return (raw + (logical - p.logical).min(p.len)) as usize;
                }
                Some(raw) => return raw as usize,
                None if i == 0 => {
                    return self.pieces.iter().find_map(|p| p.raw).unwrap_or(0) as usize;
                }
                None => {
                    if let Some(prev) = self.pieces.get(i - 1)
                        && let Some(raw) = prev.raw
                    {
                        return (raw + prev.len) as usize;
                    }
                    i -= 1;
                }
            }
        }
    }

    /// The raw span covering a logical range.
    pub fn raw_span(&self, start: usize, end: usize) -> Span {
        if end <= start {
            return Span::empty(self.raw_offset(start));
        }
        let s = self.raw_offset(start);
        let e = self.raw_offset(end - 1) + 1;
        Span::new(s, e.max(s))
    }

    /// The raw span of the whole text.
    pub fn span(&self) -> Span {
        self.raw_span(0, self.text.len())
    }

    /// The logical text `start..end` with its raw mapping.
    pub fn slice(&self, start: usize, end: usize) -> LogicalText {
        let mut out = LogicalText::default();
        for p in &self.pieces {
            let (ps, pe) = (p.logical as usize, (p.logical + p.len) as usize);
            let (s, e) = (ps.max(start), pe.min(end));
            if s >= e {
                continue;
            }
            let piece_text = &self.text[s..e];
            match p.raw {
                Some(raw) => out.push(piece_text, raw as usize + (s - ps)),
                None => out.push_synthetic(piece_text),
            }
        }
        out
    }

    /// The text without surrounding whitespace.
    pub fn trimmed(&self) -> LogicalText {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len().max(start);
        self.slice(start, end)
    }

    /// Splits into whitespace-separated words, honouring quotes and the escape character.
    pub fn words(&self, escape: char) -> Vec<Word> {
        split_words(&self.text, escape)
            .into_iter()
            .map(|(text, s, e)| Word {
                text,
                span: self.raw_span(s, e),
            })
            .collect()
    }
}

/// Splits `text` into words with their logical byte ranges.
fn split_words(text: &str, escape: char) -> Vec<(String, usize, usize)> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut start: Option<usize> = None;
    let mut quote: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) if c == escape && quote == Some('"') => {
                if let Some((_, next)) = chars.next() {
                    current.push(next);
                }
            }
            Some(_) => current.push(c),
            None if c.is_whitespace() => {
                if let Some(s) = start.take() {
                    words.push((std::mem::take(&mut current), s, i));
                }
            }
            None => {
                start.get_or_insert(i);
                if c == '"' || c == '\'' {
                    quote = Some(c);
                } else if c == escape {
                    if let Some((_, next)) = chars.next() {
                        current.push(next);
                    }
                } else {
                    current.push(c);
                }
            }
        }
    }
    if let Some(s) = start {
        words.push((current, s, text.len()));
    }
    words
}

/// One build stage: a `FROM` and the instructions up to the next one.
#[derive(Debug, Clone)]
pub struct Stage {
    pub index: usize,
    /// Index of the `FROM` instruction.
    pub from: usize,
    /// One past the last instruction of the stage.
    pub end: usize,
    pub image: ImageRef,
    /// `AS name`
    pub name: Option<Word>,
    pub platform: Option<String>,
    /// When `FROM` names an earlier stage, its index.
    pub parent_stage: Option<usize>,
}

/// An image reference as written (`registry:5000/team/app:1.2@sha256:…`), split into its parts.
#[derive(Debug, Clone)]
pub struct ImageRef {
    pub text: String,
    pub span: Span,
    /// The reference after substituting global `ARG` defaults; `None` when a variable is unknown.
    pub resolved: Option<String>,
}

impl ImageRef {
    /// The reference to judge: resolved if variables were involved, else as written.
    pub fn effective(&self) -> Option<&str> {
        self.resolved.as_deref()
    }

    pub fn is_scratch(&self) -> bool {
        self.effective()
            .is_some_and(|r| r.eq_ignore_ascii_case("scratch"))
    }
}

/// The parts of an image reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageParts<'a> {
    /// Everything before the tag and digest, registry included.
    pub name: &'a str,
    pub tag: Option<&'a str>,
    pub digest: Option<&'a str>,
}

/// Splits `registry:5000/app:tag@sha256:…`; a `:` before the last `/` is a registry port.
pub fn image_parts(reference: &str) -> ImageParts<'_> {
    let (rest, digest) = match reference.split_once('@') {
        Some((r, d)) => (r, Some(d)),
        None => (reference, None),
    };
    let last_slash = rest.rfind('/').map_or(0, |i| i + 1);
    match rest[last_slash..].rfind(':') {
        Some(i) => ImageParts {
            name: &rest[..last_slash + i],
            tag: Some(&rest[last_slash + i + 1..]),
            digest,
        },
        None => ImageParts {
            name: rest,
            tag: None,
            digest,
        },
    }
}

impl Dockerfile {
    /// The stage whose image is the build result (the last one).
    pub fn final_stage(&self) -> Option<&Stage> {
        self.stages.last()
    }

    /// Instructions of one stage, the `FROM` included.
    pub fn stage_instructions(&self, stage: &Stage) -> &[Instruction] {
        self.instructions.get(stage.from..stage.end).unwrap_or(&[])
    }

    /// Finds a stage by `AS` name (case-insensitive, as Docker does).
    pub fn stage_by_name(&self, name: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| {
            s.name
                .as_ref()
                .is_some_and(|n| n.text.eq_ignore_ascii_case(name))
        })
    }

    pub fn directive(&self, name: &str) -> Option<&Directive> {
        self.directives
            .iter()
            .find(|d| d.name.eq_ignore_ascii_case(name))
    }

    /// The `# check=` directive, parsed; `None` when absent or invalid.
    pub fn check_directive(&self) -> Option<CheckDirective> {
        CheckDirective::parse(&self.directive("check")?.value)
    }

    /// What a `COPY --from=…` (or `RUN --mount=from=…`) value names, seen from `stage`: a stage
    /// by name (case-insensitive) or index, or an image. Names are resolved through global
    /// `ARG` defaults; `None` when a variable is unknown.
    pub fn copy_source(&self, value: &str) -> Option<CopySource> {
        let mut global = Vars::default();
        for instruction in self.instructions.iter().take_while(|i| i.stage.is_none()) {
            if instruction.keyword == Keyword::Arg {
                for (name, v) in parse::arg_declarations(instruction, self.escape) {
                    let v = v.and_then(|v| substitute(&v, &global, self.escape));
                    global.set(&name, v);
                }
            }
        }
        let value = substitute(value, &global, self.escape)?;
        if let Some(stage) = self.stage_by_name(&value) {
            return Some(CopySource::Stage(stage.index));
        }
        if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
            return Some(match value.parse::<usize>() {
                Ok(i) if i < self.stages.len() => CopySource::Stage(i),
                _ => CopySource::MissingIndex(value),
            });
        }
        Some(CopySource::Image(value))
    }
}

/// The source of `COPY --from=…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopySource {
    /// A stage of this Dockerfile (by name or index).
    Stage(usize),
    /// A number that is not the index of any stage.
    MissingIndex(String),
    /// Anything else is pulled as an image (`nginx:1.27`, `busybox`).
    Image(String),
}

impl Instruction {
    /// Parses a `RUN` body as shell. Shell form: the command line, with heredoc bodies following
    /// it as the shell would see them (as data for the command). A bare `RUN <<EOF` runs each
    /// body as a script. JSON form: the argv itself, and the script of `sh -c`.
    pub(crate) fn parse_script(&self, source: &str) -> shell::Script {
        match self.form {
            Form::Json => {
                let argv: Vec<shell::ShellWord> = self
                    .json
                    .iter()
                    .map(|w| shell::ShellWord {
                        text: w.text.clone(),
                        span: w.span,
                        literal: true,
                    })
                    .collect();
                let line = argv
                    .iter()
                    .map(|w| shell_quote(&w.text))
                    .collect::<Vec<_>>()
                    .join(" ");
                // Re-parse the argv as a line so `sh -c` bodies are handled in one place; spans
                // of the words come from the JSON items.
                let mut offsets = Vec::with_capacity(argv.len());
                let mut at = 0;
                for w in &argv {
                    let q = shell_quote(&w.text);
                    offsets.push((at, at + q.len(), w.span));
                    at += q.len() + 1;
                }
                let map = |s: usize, e: usize| {
                    let first = offsets.iter().find(|o| o.1 > s).map(|o| o.2);
                    let last = offsets.iter().rev().find(|o| o.0 < e).map(|o| o.2);
                    match (first, last) {
                        (Some(a), Some(b)) => a.cover(b),
                        _ => self.args.span(),
                    }
                };
                shell::parse_script(&line, &map)
            }
            Form::Shell => {
                let bare = !self.heredocs.is_empty()
                    && self
                        .args
                        .text
                        .split_whitespace()
                        .all(|w| w.starts_with("<<"));
                if bare {
                    let mut script = shell::Script::default();
                    for heredoc in &self.heredocs {
                        let body = source.get(heredoc.body_span.range()).unwrap_or("");
                        if let Some(first) = body.lines().next()
                            && first.starts_with("#!")
                            && !["sh", "bash", "ash", "dash", "zsh"]
                                .iter()
                                .any(|s| first.trim_end().ends_with(s))
                        {
                            continue;
                        }
                        let base = heredoc.body_span.start();
                        // `#!/bin/bash` or `#!/usr/bin/env bash`: the program that runs it.
                        let launcher = body
                            .lines()
                            .next()
                            .and_then(|l| l.strip_prefix("#!"))
                            .map(|l| l.split_whitespace().map(str::to_string).collect())
                            .unwrap_or_default();
                        let part = shell::parse_script_with(
                            body,
                            &|s, e| Span::new(base + s, base + e),
                            launcher,
                        );
                        shell::append_script(&mut script, part);
                    }
                    return script;
                }
                let mut text = self.args.clone();
                for heredoc in &self.heredocs {
                    text.push_synthetic("\n");
                    let body = source.get(heredoc.body_span.range()).unwrap_or("");
                    text.push(body, heredoc.body_span.start());
                    text.push_synthetic(&heredoc.delimiter);
                }
                shell::parse_script(&text.text, &|s, e| text.raw_span(s, e))
            }
        }
    }

    pub fn flag(&self, name: &str) -> Option<&Flag> {
        self.flags
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
    }

    /// Words of the shell-form arguments (or the JSON items).
    pub fn words(&self, escape: char) -> Vec<Word> {
        match self.form {
            Form::Json => self.json.clone(),
            Form::Shell => self.args.words(escape),
        }
    }
}

/// Quotes a word for re-parsing as shell.
fn shell_quote(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c))
    {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests;
