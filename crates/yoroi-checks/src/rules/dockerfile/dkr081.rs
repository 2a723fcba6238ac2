//! DKR081 microdnf-install-unpinned: the check of DKR034 for `microdnf`, reported under its own id
//! as the peers do.

use super::dkr034::report_unpinned;
use super::packages::MICRODNF;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR081",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    report_unpinned(ctx, out, MICRODNF);
}
