//! DKR098 env-path-replaced: `ENV PATH=…` without `$PATH` and without the system directories,
//! which throws away the base image's search path.

use super::stages::{declarations, is_windows_image, object, root_image};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR098",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        // Windows keeps its own PATH conventions (`C:\Windows\system32;…`).
        if is_windows_image(root_image(df, stage)) {
            continue;
        }
        for instruction in df.stage_instructions(stage) {
            if instruction.keyword != Keyword::Env {
                continue;
            }
            for decl in declarations(instruction, df.escape) {
                if decl.key != "PATH" {
                    continue;
                }
                let Some(value) = decl.value.as_deref() else {
                    continue;
                };
                if keeps_system_path(value) {
                    continue;
                }
                let finding = out.report(
                    decl.key_span,
                    format!(
                        "`PATH={value}` replaces the search path; later commands no longer find /usr/bin or /bin (write `PATH=…:$PATH`)"
                    ),
                );
                if let Some(o) = object(df, instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}

/// The value extends the inherited path (`$PATH`, `${PATH}`), builds on another variable that may
/// hold it, or lists a system binary directory itself.
fn keeps_system_path(value: &str) -> bool {
    if value.contains('$') {
        return true;
    }
    value.split(':').any(|dir| {
        matches!(
            dir.trim_end_matches('/'),
            "/bin" | "/usr/bin" | "/sbin" | "/usr/sbin" | "/usr/local/bin"
        )
    })
}
