//! DKR088 copy-archive-then-extract: a local tar archive `COPY`ed into the image and unpacked
//! with `tar` in a later `RUN` of the same stage, which leaves the archive in a layer.

use super::add::{is_archive, sources};
use super::stages::object;
use super::wrappers::{basename, effective};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR088",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for (index, copy) in df.instructions.iter().enumerate() {
        if copy.keyword != Keyword::Copy || copy.flag("from").is_some() {
            continue;
        }
        let Some(stage) = copy.stage.and_then(|s| df.stages.get(s)) else {
            continue;
        };
        for source in sources(copy, df.escape) {
            let name = basename(source.text.trim_end_matches('/'));
            if !is_tarball(name) || name.contains(['*', '?', '[', '$']) {
                continue;
            }
            let later = df
                .instructions
                .get(index + 1..stage.end)
                .unwrap_or(&[]);
            let extracted = later.iter().find_map(|run| {
                if run.keyword != Keyword::Run {
                    return None;
                }
                run.script.as_ref()?.commands.iter().find_map(|c| {
                    let e = effective(c)?;
                    (e.program() == "tar"
                        && extracts(e.args)
                        && e.args.iter().any(|a| a.literal && basename(&a.text) == name))
                    .then_some(e.name.span)
                })
            });
            let Some(tar) = extracted else {
                continue;
            };
            let finding = out.report(
                source.span,
                format!(
                    "`{}` is copied and then extracted with tar, so the archive stays in a layer; `ADD {} <dir>` extracts it without keeping it",
                    source.text, source.text
                ),
            );
            finding.label(tar, "extracted here");
            if let Some(o) = object(df, copy.stage) {
                finding.object(o);
            }
        }
    }
}

/// Archives `ADD` unpacks: tarballs, compressed or not (a lone `.gz` is only decompressed by
/// `gunzip`, not `tar`, so it is not one of them).
fn is_tarball(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    is_archive(&lower)
        && [".tar", ".tgz", ".tbz", ".tbz2", ".tb2", ".txz", ".tzst", ".tlz"]
            .iter()
            .any(|s| lower.ends_with(s) || lower.contains(&format!("{s}.")))
}

/// `tar -x…`, `tar x…`, `tar --extract`, `tar --get`.
fn extracts(args: &[yoroi_syntax::dockerfile::shell::ShellWord]) -> bool {
    args.iter().enumerate().any(|(i, a)| {
        let t = a.text.as_str();
        t == "--extract"
            || t == "--get"
            || (t.starts_with('-') && !t.starts_with("--") && t.contains('x'))
            || (i == 0 && !t.starts_with('-') && t.contains('x') && t.chars().all(|c| c.is_ascii_alphabetic()))
    })
}
