//! DKR001 root-user: the final stage runs as root, explicitly (`USER root`, `USER 0:0`) or because
//! no stage of its chain names a user and the base image defaults to root.

use super::stages::{chain, object, root_image, walk_chain};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{ImageRef, Keyword, image_parts};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR001",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let Some(last) = df.final_stage() else {
        return;
    };
    let stage_text = match &last.name {
        Some(name) => format!("final stage `{}`", name.text),
        None => "final stage".to_string(),
    };
    // The last USER of the chain, with its value resolved where it stands.
    let mut user = None;
    walk_chain(df, last, |_, instruction, scope| {
        if instruction.keyword != Keyword::User {
            return;
        }
        let arg = instruction.args.trimmed();
        user = Some((
            instruction,
            arg.span(),
            arg.text.clone(),
            scope.resolve(&arg.text),
        ));
    });
    match user {
        Some((instruction, span, written, resolved)) => {
            let Some(resolved) = resolved else {
                return;
            };
            let name = resolved.split(':').next().unwrap_or("").trim();
            if name != "root" && name != "0" {
                return;
            }
            let value = if resolved == written {
                format!("`USER {written}`")
            } else {
                format!("`USER {written}` resolves to `{resolved}`")
            };
            let finding = out.report(span, format!("{stage_text} runs as root ({value})"));
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        }
        None => {
            if defaults_to_unprivileged(root_image(df, last)) {
                return;
            }
            let finding = out.report(
                last.image.span,
                format!("{stage_text} runs as root (no USER instruction)"),
            );
            if let Some(o) = object(df, Some(last.index)) {
                finding.object(o);
            }
            let chain = chain(df, last);
            if let Some(root) = chain.first().filter(|r| r.index != last.index) {
                finding.label(
                    root.image.span,
                    format!(
                        "the chain starts from `{}`, which runs as root",
                        root.image.text
                    ),
                );
            }
        }
    }
}

/// Bases whose default user is not root, or that cannot run anything as a user at all; an
/// unknown base counts as unprivileged (unknown never produces a finding).
pub(crate) fn defaults_to_unprivileged(image: &ImageRef) -> bool {
    let Some(reference) = image.effective() else {
        return true;
    };
    if image.is_scratch() || reference.trim().is_empty() {
        return true;
    }
    let lower = reference.to_ascii_lowercase();
    if lower.starts_with("cgr.dev/chainguard/") {
        return true;
    }
    image_parts(&lower)
        .tag
        .is_some_and(|t| t.contains("nonroot"))
}
