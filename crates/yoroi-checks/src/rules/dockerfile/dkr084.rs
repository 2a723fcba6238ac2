//! DKR084 workdir-system-dir: `WORKDIR` inside a directory the container runtime mounts over
//! (`/proc`, `/sys`, `/dev`) or that belongs to the host's boot process.

use super::stages::{each_instruction, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR084",
    check: Check::Dockerfile(check),
};

const SYSTEM_DIRS: &[&str] = &["/proc", "/sys", "/dev", "/boot", "/lost+found", "/initrd"];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, scope| {
        if instruction.keyword != Keyword::Workdir {
            return;
        }
        let arg = instruction.args.trimmed();
        let written = unquote(&arg.text);
        let Some(resolved) = scope.resolve(written) else {
            return;
        };
        let path = normalize(&resolved);
        let Some(dir) = SYSTEM_DIRS
            .iter()
            .find(|d| path == **d || path.strip_prefix(**d).is_some_and(|r| r.starts_with('/')))
        else {
            return;
        };
        let finding = out.report(
            arg.span(),
            format!(
                "WORKDIR `{written}` lies in `{dir}`, which the container runtime or the host owns; files written there are hidden or lost"
            ),
        );
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
    });
}

fn unquote(text: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = text.strip_prefix(q).and_then(|t| t.strip_suffix(q)) {
            return inner;
        }
    }
    text
}

/// Collapses repeated and trailing slashes and `.` segments (`//proc/./self/` → `/proc/self`).
fn normalize(path: &str) -> String {
    let parts: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    if path.starts_with('/') {
        format!("/{}", parts.join("/"))
    } else {
        parts.join("/")
    }
}
