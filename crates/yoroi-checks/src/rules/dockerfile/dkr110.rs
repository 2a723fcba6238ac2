//! DKR110 test-bracket-spacing: `[-f x]`, `[ -f x]`, `if ![ … ]`: without spaces the bracket
//! is part of a word, the test never runs, and an `if` quietly takes the other branch.

use super::shellast::{walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR110",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for (_, source) in written_sources(run) {
            let bytes = source.text.as_bytes();
            let space = |at: Option<&u8>| at.is_none_or(|b| b.is_ascii_whitespace());
            let mut found: Vec<(Span, String)> = Vec::new();
            walk(source.tree.root_node(), &mut |node| {
                match node.kind() {
                    "test_command" => {
                        let count = node.child_count();
                        let (Some(open), Some(close)) =
                            (node.child(0), node.child(count.saturating_sub(1)))
                        else {
                            return true;
                        };
                        let open_text = source.node_text(open);
                        let close_text = source.node_text(close);
                        if !matches!(open_text, "[" | "[[") || !matches!(close_text, "]" | "]]") {
                            return true;
                        }
                        if !space(bytes.get(open.end_byte())) {
                            found.push((
                                source.node_span(open),
                                format!("`{open_text}` needs a space after it"),
                            ));
                        } else if close.start_byte() > 0
                            && !space(bytes.get(close.start_byte() - 1))
                        {
                            found.push((
                                source.node_span(close),
                                format!("`{close_text}` needs a space before it"),
                            ));
                        }
                    }
                    "negated_command" => {
                        if let Some(bang) = node.child(0)
                            && source.node_text(bang) == "!"
                            && !space(bytes.get(bang.end_byte()))
                        {
                            found.push((source.node_span(bang), "`!` needs a space after it".to_string()));
                        }
                    }
                    _ => {}
                }
                true
            });
            for (span, what) in found {
                let finding = out.report(
                    span,
                    format!("{what}: written together, the shell runs a command of that name instead of the test"),
                );
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}
