//! DKR042 yarn-cache-not-cleaned: `yarn install`/`yarn add` in the final image without
//! `yarn cache clean` in the same `RUN`.

use super::cache::{mounts_dir, removes_dir};
use super::options::Line;
use super::packages::YARN;
use super::stages::{final_chain, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR042",
    check: Check::Dockerfile(check),
};

/// Where yarn classic (root and other users) and yarn berry keep their global cache.
const CACHE_DIRS: &[&str] = &[
    "/usr/local/share/.cache/yarn",
    "~/.cache/yarn",
    "~/.yarn/berry/cache",
];

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
            .filter_map(|c| Line::of(c, &["yarn"], &YARN))
            .collect();
        // A bare `yarn` (options only, not `--version`/`--help`) is `yarn install`.
        let bare_install = |l: &Line<'_>| {
            l.subcommand().is_none()
                && !l
                    .options()
                    .any(|w| matches!(w.text.as_str(), "--version" | "-v" | "--help" | "-h"))
        };
        let Some(first) = lines
            .iter()
            .find(|l| bare_install(l) || l.is_any(&["install", "add"]) || l.is("global"))
        else {
            continue;
        };
        let cleaned = lines
            .iter()
            .any(|l| l.is("cache") && l.operands().any(|w| w.text == "clean"))
            || CACHE_DIRS
                .iter()
                .any(|dir| removes_dir(run.script, dir) || mounts_dir(run.instruction, dir));
        if cleaned {
            continue;
        }
        let token = first.token();
        let finding = out.report(
            token.span,
            "this RUN never runs `yarn cache clean`, so yarn's package cache stays in the image layer",
        );
        if let Some(o) = object(df, run.instruction.stage) {
            finding.object(o);
        }
    }
}
