//! DKR087 pointless-command-in-container: commands that make no sense in a `RUN` step — editors
//! and monitors that wait for a terminal, power management, mounting, snapshots of the build
//! container's processes — and services started in a `RUN` that ends right after.

use super::stages::object;
use super::wrappers::effective;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR087",
    check: Check::Dockerfile(check),
};

/// Program → why it is pointless in a build step.
const POINTLESS: &[(&str, &str)] = &[
    ("vi", "an interactive editor waits for a terminal the build does not have"),
    ("vim", "an interactive editor waits for a terminal the build does not have"),
    ("nano", "an interactive editor waits for a terminal the build does not have"),
    ("emacs", "an interactive editor waits for a terminal the build does not have"),
    ("top", "an interactive monitor waits for a terminal the build does not have"),
    ("htop", "an interactive monitor waits for a terminal the build does not have"),
    ("shutdown", "a build container has no machine to shut down"),
    ("reboot", "a build container has no machine to reboot"),
    ("halt", "a build container has no machine to halt"),
    ("poweroff", "a build container has no machine to power off"),
    ("mount", "mounting needs privileges a build step does not have, and mounts do not persist into the image"),
    ("umount", "mounting needs privileges a build step does not have, and mounts do not persist into the image"),
    ("ifconfig", "it shows the network of the throwaway build container"),
    ("ps", "it shows the processes of the throwaway build container"),
    ("free", "it shows the memory of the throwaway build container"),
    ("ssh", "an interactive remote login has no place in an image build"),
];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        let ssh_mount = run.instruction.flags.iter().any(|f| {
            f.name.eq_ignore_ascii_case("mount")
                && f.value.as_deref().is_some_and(|v| v.contains("type=ssh"))
        });
        let commands = &run.script.commands;
        for (i, command) in commands.iter().enumerate() {
            let Some(e) = effective(command) else {
                continue;
            };
            let program = e.program();
            let why = if let Some((_, why)) = POINTLESS.iter().find(|(p, _)| *p == program) {
                if program == "ssh" && ssh_mount {
                    continue;
                }
                if asks_for_help(e.args) {
                    continue;
                }
                *why
            } else if starts_service(program, e.args) && commands[i + 1..].iter().all(|c| c.in_substitution) {
                "the service is stopped when this RUN ends; nothing in the build uses it and it is not running in the container"
            } else {
                continue;
            };
            let finding = out.report(e.name.span, format!("`{}` in RUN: {why}", e.name.text));
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// `--version`, `--help` (or `-V`/`-h` alone; `shutdown -h` halts): printing them is harmless.
fn asks_for_help(args: &[yoroi_syntax::dockerfile::shell::ShellWord]) -> bool {
    args.iter()
        .any(|a| matches!(a.text.as_str(), "--version" | "--help"))
        || (args.len() == 1 && matches!(args[0].text.as_str(), "-V" | "-h"))
}

/// `service NAME start|restart`, `systemctl start|restart NAME`, `/etc/init.d/NAME start`.
fn starts_service(program: &str, args: &[yoroi_syntax::dockerfile::shell::ShellWord]) -> bool {
    let verb = |w: &str| matches!(w, "start" | "restart");
    match program {
        "service" => args.get(1).is_some_and(|w| verb(&w.text)),
        "systemctl" => args.first().is_some_and(|w| verb(&w.text)),
        _ => false,
    }
}
