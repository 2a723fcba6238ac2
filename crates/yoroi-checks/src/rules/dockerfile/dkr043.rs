//! DKR043 npm-cache-not-cleaned: `npm install`/`npm ci` in the final image that leaves npm's
//! download cache (`~/.npm`) in the layer.

use super::cache::{mounts_dir, removes_dir};
use super::options::Line;
use super::packages::{NPM, NPM_INSTALLING};
use super::stages::{final_chain, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR043",
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
            .filter_map(|c| Line::of(c, &["npm"], &NPM))
            .collect();
        let Some(first) = lines
            .iter()
            .find(|l| l.is_any(NPM_INSTALLING) || l.is_any(&["ci", "clean-install", "update"]))
        else {
            continue;
        };
        // `--cache DIR` moves the cache; removing DIR afterwards then cleans it.
        let custom: Vec<&str> = lines.iter().flat_map(|l| l.values("cache", None)).collect();
        let cleaned = lines
            .iter()
            .any(|l| l.is("cache") && l.operands().any(|w| w.text == "clean"))
            || removes_dir(run.script, "~/.npm")
            || mounts_dir(run.instruction, "~/.npm")
            || (!custom.is_empty()
                && custom
                    .iter()
                    .all(|dir| removes_dir(run.script, dir) || mounts_dir(run.instruction, dir)));
        if cleaned {
            continue;
        }
        let token = first.token();
        let finding = out.report(
            token.span,
            "this RUN never runs `npm cache clean --force`, so npm's download cache stays in the image layer",
        );
        if let Some(o) = object(df, run.instruction.stage) {
            finding.object(o);
        }
    }
}
