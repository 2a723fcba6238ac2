//! DKR023 password-set-in-build: account passwords set or removed while building
//! (`chpasswd`, `passwd --stdin`, `passwd -d`, `useradd -p`, `usermod -p`).

use super::stages::object;
use super::wrappers::effective;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR023",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(e) = effective(command) else {
                continue;
            };
            let args = e.args;
            let message = match e.program() {
                "chpasswd" | "chgpasswd" => {
                    format!("`{}` sets account passwords inside the image", e.name.text)
                }
                "passwd"
                    if args.iter().any(|w| w.text == "--stdin") =>
                {
                    "`passwd --stdin` sets an account password inside the image".to_string()
                }
                "passwd"
                    if args.iter().any(|w| {
                        w.text == "--delete"
                            || (w.text.starts_with('-')
                                && !w.text.starts_with("--")
                                && w.text.contains('d'))
                    }) =>
                {
                    "`passwd -d` leaves an account with an empty password".to_string()
                }
                "useradd" | "usermod" | "adduser" => {
                    let password = args.iter().enumerate().find_map(|(i, w)| {
                        let value = match w.text.as_str() {
                            "-p" | "--password" => args.get(i + 1).map(|v| v.text.as_str()),
                            t => t.strip_prefix("--password="),
                        }?;
                        // `*` and `!` are the locked, password-less markers.
                        (!matches!(value, "*" | "!" | "!!" | "x" | "")).then_some(w)
                    });
                    if password.is_none() {
                        continue;
                    }
                    format!("`{} -p` sets an account password inside the image", e.name.text)
                }
                _ => continue,
            };
            let finding = out.report(e.name.span, message);
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
