//! DKR024 useradd-large-uid: `useradd` with a UID above 65535 and without `--no-log-init`,
//! which writes a lastlog/faillog file sized by the UID into the layer.

use super::options::{Line, Syntax, insert_after};
use super::stages::object;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR024",
    check: Check::Dockerfile(check),
};

const USERADD: Syntax = Syntax {
    short_value: "bcdefgGkKpPRsuZ",
    long_value: &[
        "base-dir",
        "comment",
        "home-dir",
        "expiredate",
        "inactive",
        "gid",
        "groups",
        "skel",
        "key",
        "password",
        "prefix",
        "root",
        "shell",
        "uid",
        "selinux-user",
        "btrfs-subvolume-home",
    ],
};

const LIMIT: u64 = 65535;

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(line) = Line::of(command, &["useradd"], &USERADD) else {
                continue;
            };
            if line.has_long("no-log-init") || line.has_short('l', &USERADD) {
                continue;
            }
            let Some(uid) = line
                .values("uid", Some('u'))
                .into_iter()
                .find_map(|v| v.parse::<u64>().ok())
                .filter(|u| *u > LIMIT)
            else {
                continue;
            };
            let token = line.token();
            let finding = out.report(
                token.span,
                format!(
                    "`useradd` with UID {uid} and without `--no-log-init` writes a lastlog file of about {} MB into the layer",
                    uid * 292 / 1_000_000
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
            if let Some((span, replacement)) =
                insert_after(ctx.file, run.instruction, command, token, "--no-log-init")
            {
                finding.fix("add --no-log-init", vec![Edit { span, replacement }]);
            }
        }
    }
}
