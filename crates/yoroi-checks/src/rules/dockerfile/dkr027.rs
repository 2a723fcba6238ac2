//! DKR027 apt-instead-of-apt-get: `apt`, the interactive front end, used in a build script.

use super::apt::apt;
use super::stages::object;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR027",
    check: Check::Dockerfile(check),
};

/// Subcommands `apt-get` runs the same way, so the fix only renames the program.
const SAME_IN_APT_GET: &[&str] = &[
    "install",
    "update",
    "upgrade",
    "dist-upgrade",
    "remove",
    "purge",
    "autoremove",
    "autopurge",
    "clean",
    "autoclean",
    "build-dep",
    "source",
    "download",
    "satisfy",
];

/// Subcommands whose `apt-get`-era equivalent is `apt-cache`.
const APT_CACHE: &[&str] = &["search", "show", "policy", "depends", "rdepends", "showsrc"];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(apt) = apt(command) else {
                continue;
            };
            if apt.effective.program() != "apt" {
                continue;
            }
            let token = apt.token();
            let sub = apt.subcommand().map(|w| w.text.as_str());
            let instead = match sub {
                Some(s) if APT_CACHE.contains(&s) => "apt-cache",
                _ => "apt-get",
            };
            let finding = out.report(
                token.span,
                format!(
                    "`apt{}` is meant for interactive use and its output is not stable; use `{instead}`",
                    sub.map(|s| format!(" {s}")).unwrap_or_default()
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
            if sub.is_some_and(|s| SAME_IN_APT_GET.contains(&s)) {
                let raw = ctx.file.slice(token.span);
                let replacement = match raw {
                    "apt" => Some("apt-get".to_string()),
                    "\"apt\"" => Some("\"apt-get\"".to_string()),
                    "'apt'" => Some("'apt-get'".to_string()),
                    _ if raw.ends_with("/apt") && raw == token.text => Some(format!("{raw}-get")),
                    _ => None,
                };
                if let Some(replacement) = replacement {
                    finding.fix(
                        "replace `apt` with `apt-get`",
                        vec![Edit {
                            span: token.span,
                            replacement,
                        }],
                    );
                }
            }
        }
    }
}
