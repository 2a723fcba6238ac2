//! DKR069 healthcheck-without-command: `HEALTHCHECK` with options but no `CMD`, or `CMD` with
//! nothing to run, or an unknown type.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR069",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        if instruction.keyword != Keyword::Healthcheck {
            continue;
        }
        let text = instruction.args.text.trim();
        let (kind, rest) = match text.split_once(char::is_whitespace) {
            Some((k, r)) => (k, r.trim()),
            None => (text, ""),
        };
        let problem = if kind.eq_ignore_ascii_case("none") {
            if rest.is_empty() && instruction.flags.is_empty() {
                continue;
            }
            "HEALTHCHECK NONE takes no options or arguments".to_string()
        } else if kind.is_empty() {
            "HEALTHCHECK has options but no `CMD`: the build fails".to_string()
        } else if !kind.eq_ignore_ascii_case("cmd") {
            format!("HEALTHCHECK type `{kind}` is unknown: use `CMD` or `NONE`")
        } else if rest.is_empty() || rest == "[]" {
            "HEALTHCHECK CMD has no command to run".to_string()
        } else {
            continue;
        };
        let finding = out.report(instruction.keyword_span, problem);
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
    }
}
