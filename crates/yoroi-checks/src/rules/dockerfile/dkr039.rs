//! DKR039 pip-install-keeps-cache: `pip install` in the final image without `--no-cache-dir`, so
//! every downloaded wheel is also kept in `~/.cache/pip`.

use super::cache::{mounts_dir, removes_dir};
use super::options::insert_after;
use super::packages::pip;
use super::stages::{final_chain, object, walk_chain};
use super::wrappers::is_assignment;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::shell::Script;
use yoroi_syntax::dockerfile::{Form, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR039",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let Some(last) = df.final_stage() else {
        return;
    };
    let shipped = final_chain(df);
    // `pip config set global.no-cache-dir …` in an earlier RUN turns the cache off for good.
    let mut configured = false;
    walk_chain(df, last, |_, instruction, scope| {
        if instruction.keyword != Keyword::Run {
            return;
        }
        let Some(script) = instruction.script.as_ref() else {
            return;
        };
        if instruction.form == Form::Shell && !scope.posix_shell() {
            return;
        }
        let env_off = scope
            .resolve("${PIP_NO_CACHE_DIR}")
            .is_some_and(|v| !v.is_empty());
        let handled = configured
            || env_off
            || cache_removed(script)
            || mounts_dir(instruction, "~/.cache/pip")
            || !instruction.stage.is_some_and(|s| shipped.contains(&s));
        if !handled {
            for command in &script.commands {
                let Some(line) = pip(command) else {
                    continue;
                };
                if !line.is("install") || line.has_long("no-cache-dir") {
                    continue;
                }
                let inline_env = command
                    .assignments
                    .iter()
                    .chain(&command.argv)
                    .any(|w| is_assignment(&w.text) && w.text.starts_with("PIP_NO_CACHE_DIR="));
                if inline_env {
                    continue;
                }
                let token = line.token();
                let finding = out.report(
                    token.span,
                    format!(
                        "`{} install` without `--no-cache-dir` keeps a copy of every download in the image",
                        token.text
                    ),
                );
                if let Some(o) = object(df, instruction.stage) {
                    finding.object(o);
                }
                if let Some(sub) = line.subcommand()
                    && let Some((span, replacement)) =
                        insert_after(ctx.file, instruction, command, sub, "--no-cache-dir")
                {
                    finding.fix("add --no-cache-dir", vec![Edit { span, replacement }]);
                }
            }
        }
        configured |= script.commands.iter().any(|c| {
            pip(c).is_some_and(|l| {
                l.is("config") && l.operands().any(|w| w.text.ends_with(".no-cache-dir"))
            })
        });
    });
}

/// `pip cache purge`, or `rm` of `~/.cache/pip` (or `~/.cache`, or a user's `…/.cache/pip`).
fn cache_removed(script: &Script) -> bool {
    removes_dir(script, "~/.cache/pip")
        || script.commands.iter().any(|c| {
            pip(c).is_some_and(|l| l.is("cache") && l.operands().any(|w| w.text == "purge"))
                || (c.program() == Some("rm")
                    && c.args().iter().any(|a| {
                        let t = a.text.trim_end_matches('/');
                        t.ends_with("/.cache/pip") || t.ends_with("/.cache")
                    }))
        })
}
