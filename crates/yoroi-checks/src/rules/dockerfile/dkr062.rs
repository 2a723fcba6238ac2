//! DKR062 from-platform-constant: `FROM --platform=linux/amd64 …`, which pins one architecture and
//! breaks multi-platform builds.

use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR062",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        let Some(from) = df.instructions.get(stage.from) else {
            continue;
        };
        let Some(flag) = from.flag("platform") else {
            continue;
        };
        let Some(value) = flag.value.as_deref() else {
            continue;
        };
        if value.contains('$') || value.is_empty() {
            continue;
        }
        // A stage named after the platform (`FROM --platform=linux/arm64 … AS build-arm64`) is
        // deliberately platform-specific.
        let mut parts = value.split('/');
        let os = parts.next().unwrap_or("").to_ascii_lowercase();
        let arch = parts.next().unwrap_or("").to_ascii_lowercase();
        let arch_aliases: &[&str] = match arch.as_str() {
            "amd64" => &["amd64", "x86_64", "x64"],
            "arm64" => &["arm64", "aarch64"],
            _ => &[],
        };
        if let Some(name) = &stage.name {
            let n = name.text.to_ascii_lowercase();
            if (!os.is_empty() && n.contains(&os))
                || (!arch.is_empty() && n.contains(&arch))
                || arch_aliases.iter().any(|a| n.contains(a))
            {
                continue;
            }
        }
        out.report(
            flag.span,
            format!("FROM pins the constant platform `{value}`; use `$BUILDPLATFORM`/`$TARGETPLATFORM` or leave it out"),
        );
    }
}
