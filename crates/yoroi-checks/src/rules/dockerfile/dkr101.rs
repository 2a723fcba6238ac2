//! DKR101 malformed-assignment: a shell assignment written so that it is not one: `a = b`,
//! `a= b`, `$a=b`, `a==b`.

use super::shellast::{walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use tree_sitter::Node;
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::shell::Source;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR101",
    check: Check::Dockerfile(check),
};

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for (_, source) in written_sources(run) {
            let mut found: Vec<(Span, String)> = Vec::new();
            walk(source.tree.root_node(), &mut |node| {
                match node.kind() {
                    "command" => command(source, node, &mut found),
                    "variable_assignment" => double_equals(source, node, &mut found),
                    _ => {}
                }
                true
            });
            for (span, message) in found {
                let finding = out.report(span, message);
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}

fn command(source: &Source, node: Node<'_>, found: &mut Vec<(Span, String)>) {
    let Some(name) = node.child_by_field_name("name") else {
        return;
    };
    let name_text = source.node_text(name);
    // `a = b` / `a =b`: runs a command named `a`.
    if is_identifier(name_text)
        && let Some(first) = name.next_named_sibling()
        && first.kind() == "word"
        && source.node_text(first).starts_with('=')
    {
        found.push((
            source.node_span(node),
            format!(
                "`{name_text} {}` runs a command named `{name_text}`; an assignment has no spaces around `=`",
                source.node_text(first)
            ),
        ));
        return;
    }
    // `$a=b`: expands `a` and runs the result.
    if let Some(inner) = name.named_child(0)
        && inner.kind() == "concatenation"
        && inner
            .named_child(0)
            .is_some_and(|c| matches!(c.kind(), "simple_expansion" | "expansion"))
        && inner
            .named_child(1)
            .is_some_and(|c| c.kind() == "word" && source.node_text(c).starts_with('='))
    {
        found.push((
            source.node_span(name),
            format!(
                "`{}` is not an assignment: the name on the left of `=` takes no `$`",
                source.node_text(name)
            ),
        ));
        return;
    }
    // `a= b`: sets `a` to empty for the command `b`.
    let mut cursor = node.walk();
    let assignments: Vec<Node<'_>> = node
        .named_children(&mut cursor)
        .filter(|c| c.kind() == "variable_assignment")
        .collect();
    if let Some(last) = assignments.last()
        && last.named_child_count() == 1
        && source.node_text(*last).ends_with('=')
        && source
            .text
            .as_bytes()
            .get(last.end_byte())
            .is_some_and(|b| *b == b' ' || *b == b'\t')
    {
        found.push((
            source.node_span(*last),
            format!(
                "`{} {}` sets `{}` to empty for the command `{}`; write `{}''` if that is meant",
                source.node_text(*last),
                name_text,
                source.node_text(*last).trim_end_matches('='),
                name_text,
                source.node_text(*last),
            ),
        ));
    }
}

/// `a==b` assigns `=b`.
fn double_equals(source: &Source, node: Node<'_>, found: &mut Vec<(Span, String)>) {
    let Some(value) = node.child_by_field_name("value") else {
        return;
    };
    if value.kind() == "word" && source.node_text(value).starts_with('=') {
        found.push((
            source.node_span(node),
            format!(
                "`{}` assigns a value starting with `=`; compare with `[ \"$a\" = b ]`, assign with one `=`",
                source.node_text(node)
            ),
        ));
    }
}
