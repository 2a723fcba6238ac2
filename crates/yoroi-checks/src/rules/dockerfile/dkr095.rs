//! DKR095 user-not-numeric: the final image's `USER` is a name, so a runtime that must prove the
//! container is not root (Kubernetes `runAsNonRoot`) cannot do it from the image alone.

use super::stages::{is_windows_image, object, root_image, walk_chain};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR095",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let Some(last) = df.final_stage() else {
        return;
    };
    // Windows containers name their users (`ContainerUser`); there is no numeric UID to use.
    if is_windows_image(root_image(df, last)) {
        return;
    }
    let mut user = None;
    walk_chain(df, last, |_, instruction, scope| {
        if instruction.keyword == Keyword::User {
            let arg = instruction.args.trimmed();
            user = Some((instruction, arg.span(), scope.resolve(&arg.text)));
        }
    });
    let Some((instruction, span, Some(resolved))) = user else {
        return;
    };
    let name = resolved.split(':').next().unwrap_or("").trim();
    // Root is DKR001's finding; numeric users are what the rule asks for.
    if name.is_empty() || name == "root" || name.bytes().all(|b| b.is_ascii_digit()) {
        return;
    }
    let finding = out.report(
        span,
        format!(
            "the final image runs as user name `{name}`; use its numeric UID (`USER <uid>:<gid>`) so `runAsNonRoot` can verify it"
        ),
    );
    if let Some(o) = object(df, instruction.stage) {
        finding.object(o);
    }
}
