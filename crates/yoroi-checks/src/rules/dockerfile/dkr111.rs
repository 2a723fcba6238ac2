//! DKR111 quotes-closed-mid-word: `"export PATH="/opt/bin:$PATH""` or
//! `'{print 'x'}'`: quotes meant as nested quotes close the string, and the part between is
//! unquoted.

use super::shellast::{walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR111",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for (_, source) in written_sources(run) {
            let mut found: Vec<(Span, String)> = Vec::new();
            walk(source.tree.root_node(), &mut |node| {
                if node.kind() != "concatenation" {
                    return true;
                }
                let mut cursor = node.walk();
                let parts: Vec<_> = node.children(&mut cursor).collect();
                for (i, open) in parts.iter().enumerate() {
                    let quotes = open.kind();
                    if !matches!(quotes, "string" | "raw_string") {
                        continue;
                    }
                    // The unquoted run up to the next string of the same kind.
                    let middle: Vec<_> = parts[i + 1..]
                        .iter()
                        .take_while(|p| {
                            matches!(p.kind(), "word" | "simple_expansion" | "expansion" | "number")
                        })
                        .collect();
                    let (Some(first), Some(close)) =
                        (middle.first(), parts.get(i + 1 + middle.len()))
                    else {
                        continue;
                    };
                    if close.kind() != quotes {
                        continue;
                    }
                    // `"A"B"C"` with B starting like text; `"$a"/"$b"`, `'a'\''b'` and `"k"="v"`
                    // are deliberate.
                    let first_text = source.node_text(**first);
                    let wordlike = first.kind() == "word"
                        && first_text
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
                    // `"…="$X…""`: an inner `=` then a variable, the usual nesting mistake.
                    let nested_assignment = quotes == "string"
                        && matches!(first.kind(), "simple_expansion" | "expansion")
                        && source.node_text(*open).ends_with("=\"");
                    if wordlike || nested_assignment {
                        let last = middle.last().copied().unwrap_or(first);
                        let text = source
                            .text
                            .get(first.start_byte()..last.end_byte())
                            .unwrap_or("")
                            .to_string();
                        found.push((source.span(first.start_byte(), last.end_byte()), text));
                        break;
                    }
                }
                true
            });
            for (span, middle) in found {
                let finding = out.report(
                    span,
                    format!(
                        "`{middle}` is outside the quotes: the inner quote closed the string; escape it or switch quote style"
                    ),
                );
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}
