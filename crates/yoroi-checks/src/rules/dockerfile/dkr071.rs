//! DKR071 useradd-high-uid-without-l: `useradd -u 123456789 …` without `-l`/`--no-log-init`,
//! which writes a sparse `/var/log/lastlog` that layers store in full.

use super::stages::object;
use super::wrappers::effective;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR071",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(eff) = effective(command) else {
                continue;
            };
            if eff.program() != "useradd" {
                continue;
            }
            let args = eff.args;
            let mut uid = None;
            let mut no_log_init = false;
            for (i, arg) in args.iter().enumerate() {
                let text = arg.text.as_str();
                match text {
                    "-l" | "--no-log-init" => no_log_init = true,
                    "-u" | "--uid" => uid = args.get(i + 1).map(|w| w.text.as_str()),
                    _ => {
                        if let Some(v) = text.strip_prefix("--uid=") {
                            uid = Some(v);
                        } else if let Some(v) = text.strip_prefix("-u").filter(|v| !v.is_empty()) {
                            uid = Some(v);
                        } else if text.starts_with('-')
                            && !text.starts_with("--")
                            && text.contains('l')
                            && text[1..].chars().all(|c| c.is_ascii_alphabetic())
                        {
                            // a cluster such as `-lm`
                            no_log_init = true;
                        }
                    }
                }
            }
            let Some(uid) = uid.and_then(|u| u.parse::<u64>().ok()) else {
                continue;
            };
            // hadolint's threshold: UIDs above 99999 make lastlog grow to gigabytes.
            if uid <= 99_999 || no_log_init {
                continue;
            }
            let finding = out.report(
                eff.name.span,
                format!("useradd with UID {uid} and no `-l`: /var/log/lastlog grows to gigabytes in the layer"),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
