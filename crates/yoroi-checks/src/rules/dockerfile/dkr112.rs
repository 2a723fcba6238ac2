//! DKR112 array-index-without-braces: `$arr[1]` expands `$arr` and appends the text `[1]`;
//! an element is `${arr[1]}`.

use super::shellast::{quoted, walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR112",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for (_, source) in written_sources(run) {
            let text = source.text.as_str();
            let mut found: Vec<(Span, String)> = Vec::new();
            walk(source.tree.root_node(), &mut |node| {
                if node.kind() != "simple_expansion" {
                    return true;
                }
                // Inside double quotes the grammar keeps `[1]` as string content; outside it is
                // the next word of the concatenation. Either way: the bytes right after `$name`.
                let rest = text.get(node.end_byte()..).unwrap_or("");
                let index_len = rest.strip_prefix('[').and_then(|r| {
                    let close = r.find(']')?;
                    let inside = &r[..close];
                    (!inside.is_empty()
                        && inside
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '*' | '$' | '_')))
                    .then_some(close + 2)
                });
                let name = source.node_text(node);
                // `$1[…]`, `$?[` are positional/special: not arrays.
                let is_name = name
                    .strip_prefix('$')
                    .and_then(|n| n.chars().next())
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
                if let Some(len) = index_len
                    && is_name
                    && (quoted(node) || node.parent().is_some_and(|p| p.kind() == "concatenation"))
                {
                    let end = node.end_byte() + len;
                    found.push((
                        source.span(node.start_byte(), end),
                        text.get(node.start_byte()..end).unwrap_or("").to_string(),
                    ));
                }
                false
            });
            for (span, written) in found {
                let finding = out.report(
                    span,
                    format!("`{written}` expands the variable, then appends the literal index; write `${{…}}` around it"),
                );
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}
