//! DKR080 microdnf-cache-not-cleaned: the check of DKR033 for `microdnf`, reported under its own id
//! as the peers do.

use super::dkr033::report_cache_left;
use super::packages::MICRODNF;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR080",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    report_cache_left(ctx, out, MICRODNF);
}
