//! DKR045 go-install-unpinned: `go install module/cmd@latest` (or a branch name) instead of a
//! version. Without any `@`, `go install` takes the version from the current module's `go.mod`
//! (or refuses to run outside a module), so that form is pinned.

use super::stages::object;
use super::wrappers::effective;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::shell::ShellWord;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR045",
    check: Check::Dockerfile(check),
};

/// Build flags of `go install` that take the next word when not written `-flag=value`.
const VALUE_FLAGS: &[&str] = &[
    "ldflags",
    "gcflags",
    "asmflags",
    "gccgoflags",
    "tags",
    "mod",
    "modfile",
    "pkgdir",
    "toolexec",
    "p",
    "buildmode",
    "compiler",
    "installsuffix",
    "overlay",
    "pgo",
    "buildvcs",
    "C",
];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(e) = effective(command) else {
                continue;
            };
            if e.program() != "go" || e.args.first().is_none_or(|w| w.text != "install") {
                continue;
            }
            for package in packages(&e.args[1..]) {
                if !package.literal || package.text.contains('$') {
                    continue;
                }
                let Some((path, version)) = package.text.split_once('@') else {
                    continue;
                };
                if !matches!(version, "latest" | "master" | "main" | "HEAD") {
                    continue;
                }
                let message = format!(
                    "`go install {path}@{version}` builds whatever `{version}` points to at build time; pin `@<version>`"
                );
                let finding = out.report(package.span, message);
                if let Some(o) = object(df, run.instruction.stage) {
                    finding.object(o);
                }
            }
        }
    }
}

/// The package operands of `go install`, after its flags.
fn packages(args: &[ShellWord]) -> Vec<&ShellWord> {
    let mut out = Vec::new();
    let mut skip_value = false;
    for word in args {
        if skip_value {
            skip_value = false;
            continue;
        }
        let text = word.text.as_str();
        if let Some(flag) = text.strip_prefix("--").or_else(|| text.strip_prefix('-')) {
            skip_value = !flag.contains('=') && VALUE_FLAGS.contains(&flag);
            continue;
        }
        out.push(word);
    }
    out
}
