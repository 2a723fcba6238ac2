//! DKR105 and-or-is-not-if-else: `A && B || C` runs `C` also when `B` fails, so a failing
//! install step is silently replaced by the fallback.

use super::shellast::{command_name, walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use tree_sitter::Node;
use yoroi_syntax::dockerfile::shell::Source;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR105",
    check: Check::Dockerfile(check),
};

fn operator<'s>(source: &'s Source, list: Node<'_>) -> &'s str {
    let mut cursor = list.walk();
    list.children(&mut cursor)
        .find(|c| !c.is_named())
        .map(|c| source.node_text(c))
        .unwrap_or("")
}

/// The last simple command of a statement (`B` in `A && B`), if it is one.
fn last_command<'t>(node: Node<'t>) -> Node<'t> {
    let mut n = node;
    while n.kind() == "list" {
        match n.named_child((n.named_child_count() as u32).saturating_sub(1)) {
            Some(last) => n = last,
            None => break,
        }
    }
    n
}

/// A command that cannot fail (nothing for `|| C` to catch), or a `C` that stops or ignores.
fn harmless(source: &Source, node: Node<'_>) -> bool {
    if matches!(node.kind(), "variable_assignment" | "variable_assignments") {
        return true;
    }
    node.kind() == "command"
        && matches!(
            command_name(source, node),
            Some("true" | ":" | "echo" | "printf" | "exit" | "return" | "false")
        )
}

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for (_, source) in written_sources(run) {
            let mut found = Vec::new();
            walk(source.tree.root_node(), &mut |node| {
                if node.kind() != "list" || operator(source, node) != "||" {
                    return true;
                }
                let (Some(left), Some(fallback)) = (node.named_child(0), node.named_child(1))
                else {
                    return true;
                };
                if left.kind() != "list" || operator(source, left) != "&&" {
                    return true;
                }
                let then = last_command(left);
                let fallback_first = {
                    let mut f = fallback;
                    while f.kind() == "list" {
                        match f.named_child(0) {
                            Some(c) => f = c,
                            None => break,
                        }
                    }
                    f
                };
                if harmless(source, then) || harmless(source, fallback_first) {
                    return true;
                }
                // Reported at B: its failure is what the fallback hides.
                found.push((source.node_span(then), source.node_text(fallback).to_string()));
                true
            });
            for (span, fallback) in found {
                let shown: String = fallback.chars().take(40).collect();
                let finding = out.report(
                    span,
                    format!(
                        "`A && B || {shown}` is not if-then-else: the fallback also runs when B fails, hiding that failure"
                    ),
                );
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}
