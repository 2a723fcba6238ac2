//! DKR089 wget-without-progress: `wget` without a quieter progress setting fills the build log
//! with progress output.

use super::stages::object;
use super::wrappers::effective;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR089",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(e) = effective(command) else {
                continue;
            };
            if e.program() != "wget" || e.args.is_empty() {
                continue;
            }
            let quiet = e.args.iter().any(|a| {
                let t = a.text.as_str();
                t.starts_with("--progress")
                    || matches!(
                        t,
                        "--quiet" | "-nv" | "--no-verbose" | "--output-file" | "--append-output"
                            | "--version" | "-V" | "--help" | "-h" | "--spider"
                    )
                    || t.starts_with("--output-file=")
                    || t.starts_with("--append-output=")
                    || short_cluster(t).is_some_and(quiets)
            });
            if quiet || e.args.iter().any(|a| is_small_file(&a.text)) {
                continue;
            }
            let finding = out.report(
                e.name.span,
                "`wget` without `--progress=dot:giga`, `-nv` or `-q` writes progress lines into the build log for every download",
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// A short-option cluster with `-q`, or with `-o FILE`/`-a FILE`, which send the log (and the
/// progress) to a file. Letters after one that takes a value are that value.
fn quiets(letters: &str) -> bool {
    for c in letters.chars() {
        if matches!(c, 'q' | 'o' | 'a') {
            return true;
        }
        if "OPtTUeYwlARDXIiBQ".contains(c) {
            return false;
        }
    }
    false
}

/// The letters of a short-option cluster (`-qO-` → `qO-`), not of a long option.
fn short_cluster(word: &str) -> Option<&str> {
    word.strip_prefix('-').filter(|rest| !rest.starts_with('-') && !rest.is_empty())
}

/// Signatures, checksums and keys are a few lines of progress at most; only real downloads are
/// worth the finding.
fn is_small_file(word: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        ".asc", ".sig", ".sign", ".gpg", ".pub", ".key", ".pem", ".crt", ".md5", ".sha1", ".sha256",
        ".sha512", ".sha256sum", ".sha512sum",
    ];
    let lower = word.trim_end_matches(['"', '\'']).to_ascii_lowercase();
    SUFFIXES.iter().any(|s| lower.ends_with(s))
}
