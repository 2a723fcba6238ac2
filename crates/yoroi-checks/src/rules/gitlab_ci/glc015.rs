//! GLC015 debug-services-enabled: `CI_DEBUG_SERVICES` set to true streams the logs of service
//! containers into the job log, where masking can miss the secrets they print.

use super::GitlabCtx;
use super::glc009::report_enabled;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC015",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    report_enabled(
        ctx,
        "CI_DEBUG_SERVICES",
        "streams the service containers' logs into the job log, interleaved with it, where masking can fail to hide the secrets they print",
        out,
    );
}
