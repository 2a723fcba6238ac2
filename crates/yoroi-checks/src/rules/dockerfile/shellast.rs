//! The syntax trees of `RUN` shell texts, for the rules that judge how a script is written
//! (DKR100–DKR112): quoting, operators, keywords, spacing. The command model (`Script::commands`)
//! answers "which commands run"; these trees answer "what did the author type".

use super::stages::{Run, Scope};
use tree_sitter::Node;
use yoroi_syntax::dockerfile::Form;
use yoroi_syntax::dockerfile::shell::{Script, Source};

/// The shell texts of a `RUN` as the author wrote them, with their index in `Script::sources`.
/// In JSON form the first text is the argv re-quoted by yoroi, so only `sh -c` bodies count.
pub(super) fn written_sources<'a>(run: &'a Run<'_>) -> impl Iterator<Item = (usize, &'a Source)> {
    let json = run.instruction.form == Form::Json;
    run.script
        .sources
        .iter()
        .enumerate()
        .filter(move |(i, _)| !(json && *i == 0))
}

/// Calls `visit` for every node in preorder; `visit` returns whether to descend into the node.
/// Heredoc bodies are data for a command, not script, and are never entered. Iterative, so
/// hostile nesting (20,000 subshells) cannot exhaust the stack.
pub(super) fn walk<'t>(node: Node<'t>, visit: &mut impl FnMut(Node<'t>) -> bool) {
    let mut cursor = node.walk();
    loop {
        let current = cursor.node();
        let descend = current.kind() != "heredoc_body" && visit(current);
        if descend && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.node() == node {
                return;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
        }
    }
}

/// The command name of a `command` node, as written.
pub(super) fn command_name<'s>(source: &'s Source, command: Node<'_>) -> Option<&'s str> {
    let name = command.child_by_field_name("name")?;
    Some(source.node_text(name))
}

/// The base name of the program that runs a source: its launcher (`bash -c`, a heredoc
/// shebang) or else the stage's `SHELL` (`/bin/sh` by default).
pub(super) fn shell_of(script: &Script, index: usize, scope: &Scope) -> String {
    let mut at = Some(index);
    while let Some(i) = at {
        let Some(source) = script.sources.get(i) else {
            break;
        };
        if let Some(program) = source.interpreter() {
            return program.to_string();
        }
        at = source.parent;
    }
    match scope.shell_argv().and_then(|argv| argv.first()) {
        Some(program) => program
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(program)
            .to_string(),
        None => "sh".to_string(),
    }
}

/// The options a shell is started with set errexit (`-e`, `-eux`, `-ec`, `-o errexit`).
pub(super) fn sets_errexit<'a>(args: impl Iterator<Item = &'a str>) -> bool {
    let args: Vec<&str> = args.collect();
    args.iter().enumerate().any(|(i, a)| {
        let cluster = a
            .strip_prefix('-')
            .filter(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_alphabetic()));
        cluster.is_some_and(|r| r.contains('e'))
            || (*a == "-o" && args.get(i + 1) == Some(&"errexit"))
    })
}

/// Whether the node is inside quotes (a string, raw string or `$'…'`), a comment or heredoc.
pub(super) fn quoted(node: Node<'_>) -> bool {
    let mut at = Some(node);
    while let Some(n) = at {
        if matches!(
            n.kind(),
            "string" | "raw_string" | "ansi_c_string" | "translated_string" | "comment"
        ) {
            return true;
        }
        at = n.parent();
    }
    false
}

/// Calls `visit` for every analysable `RUN` with its stage and the scope before it (the stage's
/// `SHELL`, its variables).
pub(super) fn each_run<'c, 'd>(
    ctx: &'c crate::rules::DockerfileCtx<'d>,
    mut visit: impl FnMut(&'d yoroi_syntax::dockerfile::Stage, &'c Run<'d>, &Scope),
) {
    let runs = ctx.runs();
    super::stages::each_instruction(ctx.dockerfile, |stage, instruction, scope| {
        if instruction.keyword != yoroi_syntax::dockerfile::Keyword::Run {
            return;
        }
        if let Some(run) = runs
            .iter()
            .find(|r| std::ptr::eq(r.instruction, instruction))
        {
            visit(stage, run, scope);
        }
    });
}
