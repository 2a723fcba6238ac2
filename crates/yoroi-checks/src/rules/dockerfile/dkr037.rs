//! DKR037 zypper-cache-not-cleaned: a `RUN` of the final image that installs with zypper and
//! leaves its repository and package cache in the layer.

use super::cache::{mounts_dir, removes_dir};
use super::options::Line;
use super::packages::{ZYPPER, ZYPPER_CHANGING};
use super::stages::{final_chain, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR037",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
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
            .filter_map(|c| Line::of(c, &["zypper"], &ZYPPER))
            .collect();
        let Some(first) = lines
            .iter()
            .find(|l| l.is_any(ZYPPER_CHANGING) && !l.is_any(&["remove", "rm"]))
        else {
            continue;
        };
        let cleaned = lines.iter().any(|l| l.is_any(&["clean", "cc"]))
            || removes_dir(run.script, "/var/cache/zypp")
            || mounts_dir(run.instruction, "/var/cache/zypp");
        if cleaned {
            continue;
        }
        let token = first.token();
        let finding = out.report(
            token.span,
            "this RUN never runs `zypper clean --all`, so the repository and package cache stay in the image layer",
        );
        if let Some(o) = object(df, run.instruction.stage) {
            finding.object(o);
        }
    }
}
