//! DKR079 dnf-install-unpinned: the check of DKR034 for `dnf` (and `dnf5`, `tdnf`), reported under its own id
//! as the peers do.

use super::dkr034::report_unpinned;
use super::packages::DNF;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR079",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    report_unpinned(ctx, out, DNF);
}
