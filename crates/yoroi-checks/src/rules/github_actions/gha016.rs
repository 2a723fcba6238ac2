//! GHA016 unpinned-container-image: a job's `container:` or `services:` image with no tag or
//! `latest`: each run may get a different image.

use super::WorkflowCtx;
use super::pinning::{Pin, image_pin};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA016",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for job in &ctx.workflow.jobs {
        let mut images: Vec<&Node> = Vec::new();
        if let Some(c) = &job.container {
            // `container: image` or `container: { image: … }`
            images.extend(if c.as_str().is_some() { Some(c) } else { c.get("image") });
        }
        if let Some(services) = &job.services {
            images.extend(services.entries().filter_map(|e| e.value.get("image")));
        }
        for image in images {
            let Some(text) = image.as_str() else { continue };
            if text.contains("${{") || text.trim().is_empty() {
                continue;
            }
            if let (Pin::Branch, r) = image_pin(text) {
                out.report(image.span, format!("image `{text}` is not pinned ({r})"))
                    .object(format!("job {}", job.id));
            }
        }
    }
}
