//! DKR102 unicode-lookalike-in-shell: a non-breaking space, a typographic quote or an acute
//! accent outside quotes in a `RUN` body, where the shell needs a plain space, quote or backtick.

use super::shellast::{walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR102",
    check: Check::Dockerfile(check),
};

/// What the character looks like, and what the shell needed there.
fn lookalike(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{00A0}' | '\u{2007}' | '\u{202F}' => "a non-breaking space",
        '\u{2000}'..='\u{200A}' | '\u{3000}' => "a typographic space",
        '\u{200B}' | '\u{FEFF}' => "a zero-width space",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => {
            "a typographic double quote"
        }
        '\u{2018}' | '\u{2019}' | '\u{201A}' => "a typographic single quote",
        '\u{00B4}' => "an acute accent (not a backtick)",
        _ => return None,
    })
}

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for (_, source) in written_sources(run) {
            let mut found: Vec<(Span, String)> = Vec::new();
            walk(source.tree.root_node(), &mut |node| {
                // Quoted text is left alone: not descending into it keeps the walk linear
                // (asking each node for its ancestors is quadratic on deep trees).
                if matches!(
                    node.kind(),
                    "comment"
                        | "heredoc_redirect"
                        | "string"
                        | "raw_string"
                        | "ansi_c_string"
                        | "translated_string"
                ) {
                    return false;
                }
                if node.child_count() > 0 {
                    return true;
                }
                let text = source.node_text(node);
                if let Some((at, c, what)) = text
                    .char_indices()
                    .find_map(|(i, c)| lookalike(c).map(|w| (i, c, w)))
                {
                    let start = node.start_byte() + at;
                    found.push((
                        source.span(start, start + c.len_utf8()),
                        format!(
                            "{what} (U+{:04X}) outside quotes: the shell reads it as part of a word",
                            c as u32
                        ),
                    ));
                }
                true
            });
            // One finding per script: pasted text usually brings several such characters.
            for (span, message) in found.into_iter().take(1) {
                let finding = out.report(span, message);
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}
