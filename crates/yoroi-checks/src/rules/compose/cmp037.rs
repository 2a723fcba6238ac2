//! CMP037 volume-shared-writable: one named volume or host directory mounted writable by several
//! services of a compose file. Each writable mount after the first is reported, with labels at
//! the other services' mounts; read-only mounts and `tmpfs` are not sharing.

use super::ComposeCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "CMP037",
    check: Check::Compose(check),
};

fn check(ctx: &ComposeCtx<'_>, out: &mut Emitter<'_>) {
    // (source, service index, mount node), in file order.
    let mut mounts: Vec<(String, usize, &Node)> = Vec::new();
    let services: Vec<_> = ctx.services().collect();
    for (index, service) in services.iter().enumerate() {
        for mount in service.node.get("volumes").into_iter().flat_map(Node::items) {
            let kind = mount.get("type").and_then(Node::as_str);
            if !matches!(kind, Some("volume" | "bind")) {
                continue;
            }
            if mount.get("read_only").and_then(Node::as_bool) == Some(true) {
                continue;
            }
            let Some(source_node) = mount.get("source") else {
                continue;
            };
            let Some(source) = source_node.as_str() else {
                continue;
            };
            let source = source.trim_end_matches('/').to_string();
            if source.is_empty() {
                continue;
            }
            // One service mounting the same source twice is not sharing.
            if mounts.iter().any(|(s, i, _)| *s == source && *i == index) {
                continue;
            }
            mounts.push((source, index, source_node));
        }
    }
    for (at, (source, index, mount)) in mounts.iter().enumerate() {
        let earlier: Vec<&(String, usize, &Node)> = mounts[..at]
            .iter()
            .filter(|(s, _, _)| s == source)
            .collect();
        let Some((_, first, first_mount)) = earlier.first() else {
            continue;
        };
        let service = services[*index];
        let other = services[*first];
        let message = format!(
            "service {} mounts `{source}` writable, as service {} does",
            service.name, other.name
        );
        super::report(out, service, Some(mount), message);
        if let Some(finding) = out.out.last_mut() {
            let file = crate::engine::compose_file_of(first_mount, &other.file);
            finding.label_in(
                file,
                first_mount.span,
                format!("also mounted writable by service `{}`", other.name),
            );
        }
    }
}
