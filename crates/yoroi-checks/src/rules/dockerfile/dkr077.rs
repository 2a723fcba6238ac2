//! DKR077 dnf-missing-yes: the check of DKR032 for `dnf` (and `dnf5`, `tdnf`), reported under its own id
//! as the peers do.

use super::dkr032::report_missing_yes;
use super::packages::DNF;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR077",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    report_missing_yes(ctx, out, DNF);
}
