//! `RUN` bodies as shell: commands with their argv, across `&&`, `;`, `|`, subshells, command
//! substitutions and `sh -c "…"`, parsed with tree-sitter-bash.
//!
//! Rules ask "is there an `apt-get install` without `--no-install-recommends`" of these commands
//! instead of grepping strings, so combined flags, quoting and later cleanup commands are seen for
//! what they are.

use crate::source::Span;
use std::cell::RefCell;

/// The commands of one shell script, in source order (outer commands before the commands nested
/// in their arguments).
#[derive(Debug, Clone, Default)]
pub struct Script {
    pub commands: Vec<Command>,
    /// The shell grammar hit a syntax error somewhere; rules that need certainty may stay quiet.
    pub has_errors: bool,
    /// Every text parsed as shell, with its syntax tree: the `RUN` body (or each heredoc
    /// script) first, then each `sh -c` body. Rules that judge syntax (quoting, operators,
    /// keywords) walk these trees; `Command::source` indexes them.
    pub sources: Vec<Source>,
}

/// One text parsed as shell, its tree-sitter-bash tree, and the way back to file spans.
#[derive(Debug, Clone)]
pub struct Source {
    pub text: String,
    pub tree: tree_sitter::Tree,
    /// For an `sh -c` body: the words of the command that runs it, up to the `-c` option
    /// (`["bash", "-o", "pipefail", "-c"]`). For a heredoc script with a shebang: the shebang's
    /// program. Empty for text the stage's shell runs.
    pub launcher: Vec<String>,
    /// The source this text was found in (for an `sh -c` body).
    pub parent: Option<usize>,
    /// Raw file span of each byte of `text`.
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl Source {
    /// The file span of `text[start..end]`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let at = |i: usize| {
            self.starts
                .get(i)
                .or(self.starts.last())
                .copied()
                .unwrap_or(0)
        };
        if end <= start {
            return Span::empty(at(start) as usize);
        }
        let s = at(start) as usize;
        let e = self
            .ends
            .get(end - 1)
            .or(self.ends.last())
            .copied()
            .unwrap_or(0) as usize;
        Span::new(s, e.max(s))
    }

    /// The file span of a node of [`Source::tree`].
    pub fn node_span(&self, node: tree_sitter::Node<'_>) -> Span {
        self.span(node.start_byte(), node.end_byte())
    }

    /// The text of a node of [`Source::tree`].
    pub fn node_text(&self, node: tree_sitter::Node<'_>) -> &str {
        self.text
            .get(node.start_byte()..node.end_byte())
            .unwrap_or("")
    }

    /// The program that runs this text when it is not the stage's shell (`bash` for
    /// `bash -c '…'` or a `#!/bin/bash` heredoc), as a base name.
    pub fn interpreter(&self) -> Option<&str> {
        let first = self.launcher.first()?;
        let base = first.rsplit('/').next().unwrap_or(first);
        if base == "env" {
            return self
                .launcher
                .iter()
                .skip(1)
                .find(|w| !w.starts_with('-') && !w.contains('='))
                .map(|w| w.rsplit('/').next().unwrap_or(w));
        }
        Some(base)
    }
}

/// One simple command.
#[derive(Debug, Clone)]
pub struct Command {
    /// `FOO=bar` prefixes.
    pub assignments: Vec<ShellWord>,
    /// The command name followed by its arguments.
    pub argv: Vec<ShellWord>,
    pub span: Span,
    /// Pipeline membership: (pipeline id, position in it). Commands not in a pipeline have none.
    pub pipeline: Option<(u32, u32)>,
    /// Inside `$(…)`, backticks or `<(…)`.
    pub in_substitution: bool,
    /// Parsed from the string given to `sh -c` (or bash/ash/dash/zsh).
    pub via_shell_c: bool,
    /// Index into [`Script::sources`] of the text the command was read from.
    pub source: usize,
}

/// A shell word: its text with quotes removed when it is a literal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellWord {
    pub text: String,
    pub span: Span,
    /// No expansion, substitution or glob decides its value.
    pub literal: bool,
}

impl Command {
    /// The command name (`argv[0]`), if any.
    pub fn name(&self) -> Option<&str> {
        self.argv.first().map(|w| w.text.as_str())
    }

    /// Base name of the program (`/usr/bin/apt-get` → `apt-get`).
    pub fn program(&self) -> Option<&str> {
        self.name().map(|n| n.rsplit('/').next().unwrap_or(n))
    }

    pub fn args(&self) -> &[ShellWord] {
        self.argv.get(1..).unwrap_or(&[])
    }
}

thread_local! {
    static PARSER: RefCell<Option<tree_sitter::Parser>> = const { RefCell::new(None) };
}

const MAX_SHELL_C_DEPTH: usize = 4;

/// Parses `text`; `map(start, end)` turns byte ranges of `text` into spans of the source file.
pub fn parse_script(text: &str, map: &dyn Fn(usize, usize) -> Span) -> Script {
    parse_script_with(text, map, Vec::new())
}

/// Like [`parse_script`], for a script run by `launcher` (a heredoc's shebang program).
pub fn parse_script_with(
    text: &str,
    map: &dyn Fn(usize, usize) -> Span,
    launcher: Vec<String>,
) -> Script {
    let mut script = Script::default();
    let mut next_pipeline = 0;
    parse_into(
        text,
        map,
        &mut script,
        &mut next_pipeline,
        0,
        (launcher, None),
    );
    script
}

/// Appends `other` (another heredoc script of the same `RUN`) to `script`.
pub fn append_script(script: &mut Script, other: Script) {
    let offset = script.sources.len();
    script.has_errors |= other.has_errors;
    script
        .commands
        .extend(other.commands.into_iter().map(|mut c| {
            c.source += offset;
            c
        }));
    script
        .sources
        .extend(other.sources.into_iter().map(|mut s| {
            s.parent = s.parent.map(|p| p + offset);
            s
        }));
}

fn parse_into(
    text: &str,
    map: &dyn Fn(usize, usize) -> Span,
    script: &mut Script,
    next_pipeline: &mut u32,
    depth: usize,
    (launcher, parent): (Vec<String>, Option<usize>),
) {
    let tree = PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let mut parser = tree_sitter::Parser::new();
            // The grammar is compiled in; a version mismatch is a build defect caught by tests.
            parser
                .set_language(&tree_sitter_bash::LANGUAGE.into())
                .ok()?;
            *slot = Some(parser);
        }
        slot.as_mut()?.parse(text, None)
    });
    let Some(tree) = tree else {
        script.has_errors = true;
        return;
    };
    let root = tree.root_node();
    if root.has_error() {
        script.has_errors = true;
    }
    let mut starts = Vec::with_capacity(text.len());
    let mut ends = Vec::with_capacity(text.len());
    for i in 0..text.len() {
        let span = map(i, i + 1);
        starts.push(span.start() as u32);
        ends.push(span.end() as u32);
    }
    let source = script.sources.len();
    script.sources.push(Source {
        text: text.to_string(),
        tree: tree.clone(),
        launcher,
        parent,
        starts,
        ends,
    });
    let mut walker = Walker {
        text,
        map,
        script,
        next_pipeline,
        depth,
        source,
        nested: Vec::new(),
        nesting: 0,
    };
    walker.visit(root, None, false);
    let nested = std::mem::take(&mut walker.nested);
    for (inner, base, exact, launcher) in nested {
        let inner_map = move |s: usize, e: usize| {
            if exact {
                Span::new(base.start() + s, base.start() + e)
            } else {
                base
            }
        };
        let start = script.commands.len();
        parse_into(
            &inner,
            &inner_map,
            script,
            next_pipeline,
            depth + 1,
            (launcher, Some(source)),
        );
        for command in &mut script.commands[start..] {
            command.via_shell_c = true;
        }
    }
}

struct Walker<'a, 's> {
    text: &'a str,
    map: &'a dyn Fn(usize, usize) -> Span,
    script: &'s mut Script,
    next_pipeline: &'s mut u32,
    depth: usize,
    /// Index of this text in `Script::sources`.
    source: usize,
    /// `sh -c` bodies to parse after this tree: (text, raw span of the word, exact mapping,
    /// the words that run it).
    nested: Vec<(String, Span, bool, Vec<String>)>,
    /// How many `visit` calls are on the stack.
    nesting: usize,
}

/// How deep [`Walker::visit`] follows nested constructs (subshells, groups, substitutions).
/// Real scripts nest a handful of levels; hostile input (20,000 parentheses) must not exhaust
/// the stack, so what lies deeper is left unread.
const MAX_NESTING: usize = 256;

impl Walker<'_, '_> {
    fn visit(&mut self, node: tree_sitter::Node<'_>, pipeline: Option<(u32, u32)>, subst: bool) {
        if self.nesting >= MAX_NESTING {
            return;
        }
        self.nesting += 1;
        self.visit_node(node, pipeline, subst);
        self.nesting -= 1;
    }

    fn visit_node(
        &mut self,
        node: tree_sitter::Node<'_>,
        pipeline: Option<(u32, u32)>,
        subst: bool,
    ) {
        // Iterative over siblings, recursive over depth (bounded by `MAX_NESTING`).
        match node.kind() {
            "command" => {
                self.command(node, pipeline, subst);
                return;
            }
            "declaration_command" => {
                self.declaration(node, pipeline, subst);
                return;
            }
            "pipeline" => {
                let id = *self.next_pipeline;
                *self.next_pipeline += 1;
                let mut cursor = node.walk();
                for (position, child) in (0u32..).zip(node.named_children(&mut cursor)) {
                    self.visit(child, Some((id, position)), subst);
                }
                return;
            }
            "command_substitution" | "process_substitution" => {
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    self.visit(child, None, true);
                }
                return;
            }
            _ => {}
        }
        let mut cursor = node.walk();
        for child in node.named_children(&mut cursor) {
            self.visit(child, pipeline, subst);
        }
    }

    fn command(&mut self, node: tree_sitter::Node<'_>, pipeline: Option<(u32, u32)>, subst: bool) {
        let mut assignments = Vec::new();
        let mut argv = Vec::new();
        let mut cursor = node.walk();
        let mut nested_nodes = Vec::new();
        for (i, child) in node.named_children(&mut cursor).enumerate() {
            match child.kind() {
                "variable_assignment" => {
                    assignments.push(self.word(child));
                    collect_substitutions(child, &mut nested_nodes);
                }
                "command_name" => {
                    if let Some(inner) = child.named_child(0) {
                        argv.push(self.word(inner));
                        collect_substitutions(inner, &mut nested_nodes);
                    }
                }
                kind if kind.ends_with("redirect") => {
                    collect_substitutions(child, &mut nested_nodes);
                }
                _ => {
                    let is_argument = node
                        .field_name_for_child(child_index(node, child).unwrap_or(i as u32))
                        .is_none_or(|f| f == "argument");
                    if is_argument {
                        argv.push(self.word(child));
                    }
                    collect_substitutions(child, &mut nested_nodes);
                }
            }
        }
        let span = (self.map)(node.start_byte(), node.end_byte());
        self.queue_shell_c(&argv);
        self.script.commands.push(Command {
            assignments,
            argv,
            span,
            pipeline,
            in_substitution: subst,
            via_shell_c: false,
            source: self.source,
        });
        for nested in nested_nodes {
            self.visit(nested, None, true);
        }
    }

    /// `export A=1 B`, `declare -x A=1`, `local`, `readonly`, `typeset`: a command named by its
    /// keyword, whose arguments are the assignments and names as written.
    fn declaration(
        &mut self,
        node: tree_sitter::Node<'_>,
        pipeline: Option<(u32, u32)>,
        subst: bool,
    ) {
        let mut argv = Vec::new();
        let mut nested_nodes = Vec::new();
        let mut cursor = node.walk();
        for child in node.children(&mut cursor) {
            if !child.is_named() {
                if argv.is_empty() {
                    argv.push(ShellWord {
                        text: self
                            .text
                            .get(child.start_byte()..child.end_byte())
                            .unwrap_or("")
                            .to_string(),
                        span: (self.map)(child.start_byte(), child.end_byte()),
                        literal: true,
                    });
                }
                continue;
            }
            argv.push(self.word(child));
            collect_substitutions(child, &mut nested_nodes);
        }
        self.script.commands.push(Command {
            assignments: Vec::new(),
            argv,
            span: (self.map)(node.start_byte(), node.end_byte()),
            pipeline,
            in_substitution: subst,
            via_shell_c: false,
            source: self.source,
        });
        for nested in nested_nodes {
            self.visit(nested, None, true);
        }
    }

    /// `sh -c 'script'`: the script is parsed as its own shell text.
    fn queue_shell_c(&mut self, argv: &[ShellWord]) {
        if self.depth >= MAX_SHELL_C_DEPTH {
            return;
        }
        let Some(program) = argv
            .first()
            .map(|w| w.text.rsplit('/').next().unwrap_or(&w.text))
        else {
            return;
        };
        if !matches!(program, "sh" | "bash" | "ash" | "dash" | "zsh") {
            return;
        }
        let mut iter = argv.iter().enumerate().skip(1);
        while let Some((at, arg)) = iter.next() {
            if arg.text.starts_with('-') && !arg.text.starts_with("--") && arg.text.contains('c') {
                let launcher = argv
                    .get(..=at)
                    .unwrap_or(&[])
                    .iter()
                    .map(|w| w.text.clone())
                    .collect();
                if let Some((_, script)) = iter.next()
                    && script.literal
                {
                    let raw_len = script.span.len();
                    // Exact mapping when the raw word is the text in one pair of quotes.
                    let exact = raw_len == script.text.len() + 2 || raw_len == script.text.len();
                    let base = if raw_len == script.text.len() + 2 {
                        Span::new(script.span.start() + 1, script.span.end() - 1)
                    } else {
                        script.span
                    };
                    self.nested
                        .push((script.text.clone(), base, exact, launcher));
                }
                return;
            }
        }
    }

    fn word(&self, node: tree_sitter::Node<'_>) -> ShellWord {
        let (text, literal) = literal_text(node, self.text);
        ShellWord {
            text,
            span: (self.map)(node.start_byte(), node.end_byte()),
            literal,
        }
    }
}

fn child_index(parent: tree_sitter::Node<'_>, child: tree_sitter::Node<'_>) -> Option<u32> {
    (0..parent.child_count()).find(|&i| parent.child(i).is_some_and(|c| c.id() == child.id()))
}

fn collect_substitutions<'t>(node: tree_sitter::Node<'t>, out: &mut Vec<tree_sitter::Node<'t>>) {
    if matches!(node.kind(), "command_substitution" | "process_substitution") {
        out.push(node);
        return;
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        collect_substitutions(child, out);
    }
}

/// The value of a word when it is literal, else its raw text.
fn literal_text(node: tree_sitter::Node<'_>, source: &str) -> (String, bool) {
    let raw = source.get(node.start_byte()..node.end_byte()).unwrap_or("");
    match node.kind() {
        "word" | "number" => {
            let literal = !raw.contains(['*', '?', '[']) || raw.starts_with('-');
            (unescape(raw), literal)
        }
        "raw_string" => (
            raw.trim_start_matches('\'')
                .trim_end_matches('\'')
                .to_string(),
            true,
        ),
        "ansi_c_string" => (
            raw.trim_start_matches("$'")
                .trim_end_matches('\'')
                .to_string(),
            true,
        ),
        "string" => {
            let mut cursor = node.walk();
            let literal = node
                .named_children(&mut cursor)
                .all(|c| c.kind() == "string_content");
            let inner = raw
                .strip_prefix('"')
                .and_then(|r| r.strip_suffix('"'))
                .unwrap_or(raw);
            if literal {
                (unescape_double_quoted(inner), true)
            } else {
                (inner.to_string(), false)
            }
        }
        "concatenation" => {
            let mut cursor = node.walk();
            let mut text = String::new();
            let mut literal = true;
            for child in node.children(&mut cursor) {
                let (t, l) = literal_text(child, source);
                text.push_str(&t);
                literal &= l;
            }
            (text, literal)
        }
        _ => (raw.to_string(), false),
    }
}

fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn unescape_double_quoted(inner: &str) -> String {
    if !inner.contains('\\') {
        return inner.to_string();
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && matches!(chars.peek(), Some('"' | '\\' | '$' | '`' | '\n')) {
            if let Some(next) = chars.next()
                && next != '\n'
            {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commands(text: &str) -> Vec<(String, Vec<String>)> {
        parse_script(text, &|s, e| Span::new(s, e))
            .commands
            .into_iter()
            .map(|c| {
                (
                    c.name().unwrap_or("").to_string(),
                    c.args().iter().map(|a| a.text.clone()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn splits_lists_pipelines_and_substitutions() {
        let script = parse_script(
            "apt-get update && apt-get install -yqq --no-install-recommends \"curl\" ; curl -fsSL https://x | sh -s -- -y",
            &|s, e| Span::new(s, e),
        );
        let names: Vec<_> = script.commands.iter().filter_map(|c| c.name()).collect();
        assert_eq!(names, ["apt-get", "apt-get", "curl", "sh"]);
        assert_eq!(script.commands[1].args()[3].text, "curl");
        assert_eq!(script.commands[2].pipeline, Some((0, 0)));
        assert_eq!(script.commands[3].pipeline, Some((0, 1)));
        assert!(!script.has_errors);
    }

    #[test]
    fn sh_c_bodies_and_substitutions_are_commands_too() {
        let cmds = commands("sh -c 'rm -rf /tmp/x && echo ok' && X=$(wget -qO- http://y) true");
        let names: Vec<_> = cmds.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(names, ["sh", "true", "wget", "rm", "echo"]);
    }

    #[test]
    fn sources_keep_trees_launchers_and_spans() {
        let text = "set -e && bash -o pipefail -c 'curl x | tar -x'";
        let script = parse_script(text, &|s, e| Span::new(s + 100, e + 100));
        assert_eq!(script.sources.len(), 2);
        let body = &script.sources[1];
        assert_eq!(body.text, "curl x | tar -x");
        assert_eq!(body.parent, Some(0));
        assert_eq!(body.launcher, ["bash", "-o", "pipefail", "-c"]);
        assert_eq!(body.interpreter(), Some("bash"));
        // `curl` starts right after the opening quote.
        let at = text.find("curl").unwrap();
        assert_eq!(body.span(0, 4), Span::new(100 + at, 100 + at + 4));
        let curl = script
            .commands
            .iter()
            .find(|c| c.name() == Some("curl"))
            .unwrap();
        assert_eq!(curl.source, 1);
        assert_eq!(script.sources[0].tree.root_node().kind(), "program");
    }

    #[test]
    fn variables_are_not_literal() {
        let script = parse_script("apt-get install -y $buildDeps", &|s, e| Span::new(s, e));
        let last = script.commands[0].argv.last().unwrap();
        assert!(!last.literal);
    }
}
