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
    let mut script = Script::default();
    let mut next_pipeline = 0;
    parse_into(text, map, &mut script, &mut next_pipeline, 0);
    script
}

fn parse_into(
    text: &str,
    map: &dyn Fn(usize, usize) -> Span,
    script: &mut Script,
    next_pipeline: &mut u32,
    depth: usize,
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
    let mut walker = Walker {
        text,
        map,
        script,
        next_pipeline,
        depth,
        nested: Vec::new(),
    };
    walker.visit(root, None, false);
    let nested = std::mem::take(&mut walker.nested);
    for (inner, base, exact) in nested {
        let inner_map = move |s: usize, e: usize| {
            if exact {
                Span::new(base.start() + s, base.start() + e)
            } else {
                base
            }
        };
        let start = script.commands.len();
        parse_into(&inner, &inner_map, script, next_pipeline, depth + 1);
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
    /// `sh -c` bodies to parse after this tree: (text, raw span of the word, exact mapping).
    nested: Vec<(String, Span, bool)>,
}

impl Walker<'_, '_> {
    fn visit(&mut self, node: tree_sitter::Node<'_>, pipeline: Option<(u32, u32)>, subst: bool) {
        // Iterative over siblings, recursive over depth: shell nesting in a Dockerfile is shallow,
        // and the grammar caps it well below stack limits for any input we accept.
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
        let mut iter = argv.iter().skip(1);
        while let Some(arg) = iter.next() {
            if arg.text.starts_with('-') && !arg.text.starts_with("--") && arg.text.contains('c') {
                if let Some(script) = iter.next()
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
                    self.nested.push((script.text.clone(), base, exact));
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
    fn variables_are_not_literal() {
        let script = parse_script("apt-get install -y $buildDeps", &|s, e| Span::new(s, e));
        let last = script.commands[0].argv.last().unwrap();
        assert!(!last.literal);
    }
}
