//! DKR007 apt-lists-not-removed: a `RUN` of the final image that updates and installs with APT
//! but leaves `/var/lib/apt/lists` in its layer.

use super::apt::apt;
use super::cache::mounts_dir;
use super::stages::{chain, object};
use super::wrappers::effective;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::shell::{Command, Script, ShellWord};
use yoroi_syntax::dockerfile::{Form, Instruction};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR007",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let Some(last) = df.final_stage() else {
        return;
    };
    let final_chain: Vec<usize> = chain(df, last).iter().map(|s| s.index).collect();
    for run in ctx.runs() {
        if !final_chain.contains(&run.stage.index) {
            continue;
        }
        let mut update = None;
        let mut install = None;
        for command in &run.script.commands {
            let Some(apt) = apt(command) else {
                continue;
            };
            if apt.is("update") {
                update.get_or_insert(apt.token());
            } else if apt.is("install") {
                let token = apt.token();
                if install.is_none_or(|(w, _): (&ShellWord, &Command)| {
                    token.span.start() < w.span.start()
                }) {
                    install = Some((token, command));
                }
            }
        }
        let (Some(update), Some((install, command))) = (update, install) else {
            continue;
        };
        if removes_lists(run.script) || caches_lists(run.instruction) {
            continue;
        }
        let finding = out.report(
            install.span,
            format!(
                "`{} install` runs after `{} update`, but this RUN never removes /var/lib/apt/lists, so the package lists stay in the image layer",
                install.text, update.text
            ),
        );
        finding.label(update.span, "the lists are downloaded here");
        if let Some(o) = object(df, run.instruction.stage) {
            finding.object(o);
        }
        if let Some(edit) = cleanup(ctx, run.instruction, command) {
            finding.fix("remove /var/lib/apt/lists after installing", vec![edit]);
        }
    }
}

/// ` && rm -rf /var/lib/apt/lists/*` after the install, when it is the plain last command of a
/// shell-form RUN (not in a pipeline, a substitution, `sh -c` or a heredoc): there the removal
/// runs exactly when the install succeeded, in the same layer.
fn cleanup(ctx: &DockerfileCtx<'_>, instruction: &Instruction, command: &Command) -> Option<Edit> {
    if instruction.form != Form::Shell
        || !instruction.heredocs.is_empty()
        || command.pipeline.is_some()
        || command.in_substitution
        || command.via_shell_c
    {
        return None;
    }
    let rest = ctx
        .file
        .text
        .get(command.span.end()..instruction.span.end())?;
    rest.trim().is_empty().then(|| Edit {
        span: Span::empty(command.span.end()),
        replacement: " && rm -rf /var/lib/apt/lists/*".to_string(),
    })
}

/// `rm` of `/var/lib/apt/lists` (or something below it), or of `/var/lib/apt` itself;
/// `find /var/lib/apt/lists … -delete`; or `apt-get dist-clean` (APT 2.7+), which deletes the
/// lists.
fn removes_lists(script: &Script) -> bool {
    script.commands.iter().any(|command| {
        if apt(command).is_some_and(|a| a.is("dist-clean")) {
            return true;
        }
        let Some(e) = effective(command) else {
            return false;
        };
        match e.program() {
            "rm" => e.args.iter().any(|arg| is_lists_path(&arg.text)),
            "find" => {
                e.args.iter().any(|arg| is_lists_path(&arg.text))
                    && e.args.iter().any(|arg| arg.text == "-delete")
            }
            _ => false,
        }
    })
}

fn is_lists_path(path: &str) -> bool {
    let path = path.trim_end_matches('/');
    path == "/var/lib/apt/lists"
        || path.starts_with("/var/lib/apt/lists/")
        || path == "/var/lib/apt"
        || path == "/var/lib/apt/*"
}

/// `--mount=type=cache` or `type=tmpfs` over `/var/lib/apt/lists` or a directory above it.
fn caches_lists(instruction: &Instruction) -> bool {
    mounts_dir(instruction, "/var/lib/apt/lists")
}
