//! CMP038 build-image-runs-as-root: a service that sets no `user:` and builds its image from a
//! Dockerfile (in the scan) whose final stage runs as root. Services that run a published image
//! are not judged: the image's user is not in any file yoroi reads.

use super::build::{ImageUser, image_user};
use super::ComposeCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "CMP038",
    check: Check::Compose(check),
};

fn check(ctx: &ComposeCtx<'_>, out: &mut Emitter<'_>) {
    for service in ctx.services() {
        if service.node.get("user").is_some() {
            continue;
        }
        let Some(image) = &service.build else {
            continue;
        };
        let ImageUser::Root(span, why) = image_user(image) else {
            continue;
        };
        let message = format!(
            "service {} runs as root: it sets no `user:` and its Dockerfile's final stage runs as root ({why})",
            service.name
        );
        // At the `build:` key, in the file that wrote it.
        let finding = match service.node.entry("build") {
            Some(entry) => {
                let file = crate::engine::compose_file_of(&entry.value, &service.file);
                let finding = out.report_in(file, entry.key_span, message);
                finding.object(format!("service {}", service.name));
                finding
            }
            None => {
                super::report(out, service, None, message);
                match out.out.last_mut() {
                    Some(finding) => finding,
                    None => continue,
                }
            }
        };
        finding.label_in(&image.file, span, "the image's user is decided here");
    }
}
