//! DKR108 glob-may-start-with-dash: `rm *.log`, `chmod +x *`: a file whose name starts with
//! `-` becomes an option of the command. `./*` or `-- *` keeps names as names.

use super::shellast::{quoted, walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR108",
    check: Check::Dockerfile(check),
};

/// Commands that take no options after their first operand, or print their arguments.
const EXEMPT: &[&str] = &["echo", "printf", "find", "for", "case", "export", "test", "["];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for (_, source) in written_sources(run) {
            let mut found: Vec<(Span, String)> = Vec::new();
            walk(source.tree.root_node(), &mut |node| {
                if node.kind() != "command" {
                    return true;
                }
                let Some(name) = node.child_by_field_name("name") else {
                    return true;
                };
                let program = source.node_text(name);
                let program = program.rsplit('/').next().unwrap_or(program);
                if EXEMPT.contains(&program) {
                    return true;
                }
                let mut cursor = node.walk();
                for arg in node.children_by_field_name("argument", &mut cursor) {
                    let text = source.node_text(arg);
                    if text == "--" {
                        break;
                    }
                    // Only a bare glob at the start of the word: `"*"`, `./*`, `$d/*` are fine.
                    let starts_with_glob = arg.kind() == "word"
                        && (text.starts_with('*') || text.starts_with('?'))
                        && !quoted(arg);
                    if starts_with_glob {
                        found.push((source.node_span(arg), text.to_string()));
                        break;
                    }
                }
                true
            });
            for (span, glob) in found {
                let finding = out.report(
                    span,
                    format!(
                        "`{glob}` may expand to a name starting with `-`, read as an option; write `./{glob}` or put `--` before it"
                    ),
                );
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}
