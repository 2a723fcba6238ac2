//! CMP026 healthcheck-missing: a service without `healthcheck:`. When the service builds its
//! image from a Dockerfile that the scan can read, that Dockerfile decides: a `HEALTHCHECK` in
//! its final stage is enough, and a finding points at the Dockerfile too.

use super::{ComposeCtx, build};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "CMP026",
    check: Check::Compose(check),
};

fn check(ctx: &ComposeCtx<'_>, out: &mut Emitter<'_>) {
    for service in ctx.services() {
        if service.node.get("healthcheck").is_some() {
            continue;
        }
        match &service.build {
            Some(image) => {
                if build::healthcheck(image).is_some() {
                    continue;
                }
                let message = format!(
                    "service {} defines no healthcheck, and neither does its Dockerfile",
                    service.name
                );
                super::report(out, service, None, message);
                if let (Some(finding), Some(last)) =
                    (out.out.last_mut(), image.dockerfile.final_stage())
                {
                    finding.label_in(
                        &image.file,
                        last.image.span,
                        "the image is built from this stage, which has no HEALTHCHECK",
                    );
                }
            }
            None => {
                let message = format!("service {} defines no healthcheck", service.name);
                super::report(out, service, None, message);
            }
        }
    }
}
