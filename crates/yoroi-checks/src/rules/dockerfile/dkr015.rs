//! DKR015 add-url-without-checksum: `ADD https://…` without `--checksum`.

use super::add::{is_git, is_http_url, sources};
use super::stages::{each_instruction, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR015",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, scope| {
        if instruction.keyword != Keyword::Add || instruction.flag("checksum").is_some() {
            return;
        }
        for source in sources(instruction, df.escape) {
            let url = if is_http_url(&source.text) {
                source.text.clone()
            } else {
                match scope.resolve(&source.text) {
                    Some(resolved) if is_http_url(&resolved) => resolved,
                    _ => continue,
                }
            };
            if is_git(&url) {
                continue;
            }
            let finding = out.report(
                source.span,
                format!(
                    "ADD downloads `{url}` without --checksum, so its content is never verified"
                ),
            );
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        }
    });
}
