//! DKR113 unquoted-test-operand: `[ -n $VERSION ]`, `[ $ARCH = amd64 ]`: an empty or
//! multi-word value changes what `[` tests, so the condition silently goes the other way.

use super::shellast::{quoted, walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use tree_sitter::Node;
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::shell::Source;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR113",
    check: Check::Dockerfile(check),
};

/// An expansion whose value may be empty or contain spaces: `$X`, `${X}`, `$(cmd)`. Special
/// parameters that are always one word (`$#`, `$?`, `$$`, `$!`) are fine.
fn may_split(source: &Source, node: Node<'_>) -> bool {
    match node.kind() {
        "simple_expansion" => !matches!(source.node_text(node), "$#" | "$?" | "$$" | "$!"),
        "expansion" | "command_substitution" => true,
        _ => false,
    }
}

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for (_, source) in written_sources(run) {
            let mut found: Vec<(Span, String)> = Vec::new();
            walk(source.tree.root_node(), &mut |node| {
                // `[[ … ]]` does not split words; only `[ … ]` and `test` do.
                let single = (node.kind() == "test_command"
                    && node.child(0).is_some_and(|c| source.node_text(c) == "["))
                    || (node.kind() == "command"
                        && node
                            .child_by_field_name("name")
                            .is_some_and(|n| source.node_text(n) == "test"));
                if !single {
                    return true;
                }
                let mut operand = None;
                walk(node, &mut |n| {
                    if operand.is_some() || quoted(n) {
                        return false;
                    }
                    // A whole operand: `[ -d /opt/$x ]` keeps a word even when `x` is empty.
                    if may_split(source, n) {
                        if n.parent().is_none_or(|p| p.kind() != "concatenation") {
                            operand = Some(n);
                        }
                        return false;
                    }
                    !matches!(n.kind(), "command_name" | "arithmetic_expansion")
                });
                if let Some(n) = operand {
                    found.push((source.node_span(n), source.node_text(n).to_string()));
                }
                false
            });
            for (span, text) in found {
                let finding = out.report(
                    span,
                    format!(
                        "unquoted `{text}` in a test: an empty or multi-word value changes the test; write \"{text}\""
                    ),
                );
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}
