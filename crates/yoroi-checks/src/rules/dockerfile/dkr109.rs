//! DKR109 declaration-masks-exit-status: `export V=$(cmd)` (or `local`, `readonly`,
//! `declare`): the status is the declaration's, so a failing `cmd` no longer stops `&&`.

use super::shellast::{walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use tree_sitter::Node;
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::shell::Source;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR109",
    check: Check::Dockerfile(check),
};

/// Commands whose failure nobody needs to catch.
const CANNOT_FAIL: &[&str] = &[
    "nproc", "uname", "pwd", "date", "id", "whoami", "dirname", "basename", "echo", "printf",
    "getconf", "arch", "cat", "true", "mktemp",
];

/// The first command substitution under `node` whose commands can fail.
fn failing_substitution<'t>(source: &Source, node: Node<'t>) -> Option<Node<'t>> {
    let mut found = None;
    walk(node, &mut |n| {
        if found.is_some() {
            return false;
        }
        if n.kind() == "command_substitution" {
            let mut all_safe = true;
            walk(n, &mut |c| {
                if c.kind() == "command" {
                    let name = c
                        .child_by_field_name("name")
                        .map(|x| source.node_text(x))
                        .unwrap_or("");
                    let base = name.rsplit('/').next().unwrap_or(name);
                    if !CANNOT_FAIL.contains(&base) {
                        all_safe = false;
                    }
                }
                true
            });
            if !all_safe {
                found = Some(n);
            }
            return false;
        }
        true
    });
    found
}

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for (_, source) in written_sources(run) {
            let mut found: Vec<(Span, String, String)> = Vec::new();
            walk(source.tree.root_node(), &mut |node| {
                if node.kind() != "declaration_command" {
                    return true;
                }
                let keyword = node
                    .child(0)
                    .map(|k| source.node_text(k))
                    .unwrap_or("")
                    .to_string();
                let mut cursor = node.walk();
                for assignment in node
                    .named_children(&mut cursor)
                    .filter(|c| c.kind() == "variable_assignment")
                {
                    if let Some(value) = assignment.child_by_field_name("value")
                        && failing_substitution(source, value).is_some()
                    {
                        let name = assignment
                            .child_by_field_name("name")
                            .map(|n| source.node_text(n))
                            .unwrap_or("")
                            .to_string();
                        found.push((source.node_span(assignment), keyword.clone(), name));
                        break;
                    }
                }
                true
            });
            for (span, keyword, name) in found {
                let finding = out.report(
                    span,
                    format!(
                        "`{keyword} {name}=$(…)` returns the status of `{keyword}`, not of the command; assign first, then `{keyword} {name}`"
                    ),
                );
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}
