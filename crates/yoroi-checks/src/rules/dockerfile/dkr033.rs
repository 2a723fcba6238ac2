//! DKR033 yum-cache-not-cleaned: a `RUN` of the final image that installs with `yum` and leaves
//! the metadata and package cache in its layer. DKR078 (dnf) and DKR080 (microdnf) run the same
//! check for the other members of the family.

use super::cache::{mounts_dir, removes_dir};
use super::options::Line;
use super::packages::{RPM, RPM_MANAGERS, YUM};
use super::stages::{final_chain, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR033",
    check: Check::Dockerfile(check),
};

const CACHE_DIRS: &[&str] = &["/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"];

/// Subcommands that download metadata and packages into the cache.
const FILLING: &[&str] = &[
    "install",
    "in",
    "groupinstall",
    "localinstall",
    "reinstall",
    "update",
    "upgrade",
    "up",
    "downgrade",
    "distro-sync",
    "swap",
    "makecache",
];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    report_cache_left(ctx, out, YUM);
}

/// Reports the first filling command of `programs` in a shipped `RUN` that keeps its cache.
/// Cleaning by any manager of the family counts (`yum` is `dnf` on recent releases and both
/// share the cache directories).
pub(super) fn report_cache_left(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>, programs: &[&str]) {
    let df = ctx.dockerfile;
    let shipped = final_chain(df);
    for run in ctx.runs() {
        if !shipped.contains(&run.stage.index) {
            continue;
        }
        let lines: Vec<Line<'_>> = run
            .script
            .commands
            .iter()
            .filter_map(|c| Line::of(c, RPM_MANAGERS, &RPM))
            .collect();
        let Some(first) = lines
            .iter()
            .find(|l| l.is_any(FILLING) && programs.contains(&l.program()))
        else {
            continue;
        };
        let cleaned = lines
            .iter()
            .any(|l| l.is("clean") && l.operands().any(|w| w.text == "all"))
            || CACHE_DIRS
                .iter()
                .any(|dir| removes_dir(run.script, dir) || mounts_dir(run.instruction, dir));
        if cleaned {
            continue;
        }
        let token = first.token();
        let finding = out.report(
            token.span,
            format!(
                "this RUN never runs `{} clean all`, so the package cache stays in the image layer",
                first.program()
            ),
        );
        if let Some(o) = object(df, run.instruction.stage) {
            finding.object(o);
        }
    }
}
