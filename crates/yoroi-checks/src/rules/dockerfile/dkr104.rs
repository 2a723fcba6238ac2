//! DKR104 cd-failure-ignored: `cd dir; make` or a `cd` on its own line: when the directory is
//! missing, the next commands run in the wrong directory and the build goes on.

use super::shellast::{command_name, each_run, sets_errexit, walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use tree_sitter::Node;
use yoroi_syntax::dockerfile::shell::Source;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR104",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_run(ctx, |_, run, scope| {
        // `SHELL ["/bin/sh", "-ec"]`: every failing command stops the RUN.
        if scope
            .shell_argv()
            .is_some_and(|argv| sets_errexit(argv.iter().skip(1).map(String::as_str)))
        {
            return;
        }
        for (index, source) in written_sources(run) {
            if sets_errexit(source.launcher.iter().skip(1).map(String::as_str)) {
                continue;
            }
            // Bytes from which `set -e` is in effect in this text.
            let errexit_from = run
                .script
                .commands
                .iter()
                .filter(|c| c.source == index && !c.in_substitution && c.name() == Some("set"))
                .filter(|c| sets_errexit(c.args().iter().map(|w| w.text.as_str())))
                .map(|c| c.span.start())
                .min();
            let mut found = Vec::new();
            walk(source.tree.root_node(), &mut |node| {
                if node.kind() == "command"
                    && command_name(source, node) == Some("cd")
                    && unchecked(source, node)
                    && errexit_from.is_none_or(|at| at >= source.node_span(node).start())
                {
                    found.push(node);
                }
                !matches!(node.kind(), "command_substitution" | "process_substitution")
            });
            for node in found {
                let finding = out.report(
                    source.node_span(node),
                    format!(
                        "`{}` can fail and the commands after it still run; use `cd … && …` or `cd … || exit 1`",
                        source.node_text(node)
                    ),
                );
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    });
}

/// The `cd` command's failure goes unnoticed: some statement follows it in a sequence, and no
/// `&&`, `||`, `if` or `while` looks at its status.
fn unchecked(source: &Source, cd: Node<'_>) -> bool {
    // `cd` (home) and `cd /` cannot fail in practice.
    let mut cursor = cd.walk();
    let args: Vec<&str> = cd
        .children_by_field_name("argument", &mut cursor)
        .map(|a| source.node_text(a))
        .collect();
    if args.is_empty() || args == ["/"] || args == ["-"] {
        return false;
    }
    let mut node = cd;
    while let Some(parent) = node.parent() {
        match parent.kind() {
            "redirected_statement" | "negated_command" => {}
            "list" => {
                // The left operand is checked by `&&`/`||`; the right one gives the list its
                // status.
                if parent.named_child(0).is_some_and(|l| l.id() == node.id()) {
                    return false;
                }
            }
            "if_statement" | "while_statement" | "elif_clause" => {
                let mut c = parent.walk();
                let body_start = parent
                    .children(&mut c)
                    .find(|k| matches!(k.kind(), "then" | "do_group"))
                    .map(|k| k.start_byte());
                if body_start.is_none_or(|b| node.end_byte() <= b) {
                    return false;
                }
                if followed(node) {
                    return true;
                }
            }
            "program" | "compound_statement" | "subshell" | "do_group" | "else_clause"
            | "case_item" => {
                if followed(node) {
                    return true;
                }
            }
            _ => return false,
        }
        node = parent;
    }
    false
}

/// Another statement follows `node` in its sequence.
fn followed(node: Node<'_>) -> bool {
    let mut next = node.next_named_sibling();
    while let Some(n) = next {
        if !matches!(
            n.kind(),
            "comment" | "heredoc_body" | "else_clause" | "elif_clause"
        ) {
            return true;
        }
        next = n.next_named_sibling();
    }
    false
}
