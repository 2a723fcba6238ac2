//! DKR066 inconsistent-instruction-casing: instruction keywords not written in the casing most of
//! the file uses (or in mixed case, `Run`).

use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR066",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let mut keywords: Vec<Span> = Vec::new();
    for instruction in &df.instructions {
        keywords.push(instruction.keyword_span);
        let mut trigger = instruction.trigger.as_deref();
        while let Some(t) = trigger {
            keywords.push(t.keyword_span);
            trigger = t.trigger.as_deref();
        }
    }
    let (mut lower, mut upper) = (0, 0);
    for span in &keywords {
        let text = ctx.file.slice(*span);
        if text == text.to_ascii_lowercase() {
            lower += 1;
        } else if text == text.to_ascii_uppercase() {
            upper += 1;
        }
    }
    let majority_lower = lower > upper;
    for span in keywords {
        let text = ctx.file.slice(span);
        let wanted = if majority_lower {
            text.to_ascii_lowercase()
        } else {
            text.to_ascii_uppercase()
        };
        if text == wanted {
            continue;
        }
        let casing = if majority_lower { "lower" } else { "upper" };
        out.report(
            span,
            format!("`{text}` should be {casing}-case like most instructions in this file"),
        )
        .fix(
            format!("write `{wanted}`"),
            vec![Edit {
                span,
                replacement: wanted,
            }],
        );
    }
}
