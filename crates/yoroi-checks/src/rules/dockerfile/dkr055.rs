//! DKR055 json-args-recommended: `CMD`/`ENTRYPOINT` in shell form, which runs the program under
//! `/bin/sh -c` where it does not receive stop signals.

use super::stages::{each_instruction, object};
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{Form, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR055",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, scope| {
        if !matches!(instruction.keyword, Keyword::Cmd | Keyword::Entrypoint)
            || instruction.form != Form::Shell
            || instruction.args.text.trim().is_empty()
        {
            return;
        }
        // With an explicit SHELL the author chose the wrapper deliberately (BuildKit agrees).
        if scope.shell_argv().is_some() {
            return;
        }
        let keyword = ctx.file.slice(instruction.keyword_span);
        let finding = out.report(
            instruction.keyword_span,
            format!(
                "{keyword} in shell form runs under `/bin/sh -c`, which does not forward stop signals; use the JSON form"
            ),
        );
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
        // A plain command (no quoting, variables or shell syntax, on one line) means the same
        // in JSON form.
        let args = instruction.args.trimmed();
        let raw = ctx.file.slice(args.span());
        let plain = |w: &str| {
            !w.is_empty()
                && w
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c))
        };
        let words: Vec<&str> = raw.split_whitespace().collect();
        if raw == args.text && !raw.contains('\n') && words.iter().all(|w| plain(w)) {
            let json = words
                .iter()
                .map(|w| format!("\"{w}\""))
                .collect::<Vec<_>>()
                .join(", ");
            finding.fix(
                "use the JSON form",
                vec![Edit {
                    span: args.span(),
                    replacement: format!("[{json}]"),
                }],
            );
        }
    });
}
