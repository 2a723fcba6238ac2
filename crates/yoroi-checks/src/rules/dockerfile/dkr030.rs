//! DKR030 apk-add-without-no-cache: `apk add` that leaves the package index in the layer.

use super::cache::{mounts_dir, removes_dir};
use super::options::{Line, insert_after};
use super::packages::APK;
use super::stages::{final_chain, object};
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR030",
    check: Check::Dockerfile(check),
};

const CACHE_DIRS: &[&str] = &["/var/cache/apk", "/etc/apk/cache"];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let shipped = final_chain(df);
    for run in ctx.runs() {
        if !shipped.contains(&run.stage.index) {
            continue;
        }
        let lines: Vec<_> = run
            .script
            .commands
            .iter()
            .filter_map(|c| Line::of(c, &["apk"], &APK).map(|l| (c, l)))
            .collect();
        // The cache is dealt with for the whole RUN: removed, mounted, or cleaned by apk.
        let handled = CACHE_DIRS.iter().any(|dir| {
            removes_dir(run.script, dir) || mounts_dir(run.instruction, dir)
        }) || lines.iter().any(|(_, l)| l.is("cache") && l.operands().any(|w| w.text == "clean" || w.text == "purge"));
        if handled {
            continue;
        }
        for (command, line) in &lines {
            // `--no-network` installs from what is already on disk and fetches no index.
            if !line.is("add") || line.has_long("no-cache") || line.has_long("no-network") {
                continue;
            }
            let token = line.token();
            let finding = out.report(
                token.span,
                format!(
                    "`{} add` without `--no-cache` leaves the package index in /var/cache/apk",
                    token.text
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
            if let Some(sub) = line.subcommand()
                && let Some((span, replacement)) =
                    insert_after(ctx.file, run.instruction, command, sub, "--no-cache")
            {
                finding.fix("add --no-cache", vec![Edit { span, replacement }]);
            }
        }
    }
}
