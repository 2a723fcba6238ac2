//! DKR025 ssh-server-installed: an SSH daemon (`openssh-server`, `dropbear`, …) installed into
//! an image.

use super::apt::apt;
use super::options::Line;
use super::packages::{APK, RPM, RPM_INSTALLING, RPM_MANAGERS, ZYPPER, ZYPPER_INSTALLING};
use super::stages::{final_chain, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::shell::{Command, ShellWord};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR025",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let shipped = final_chain(df);
    for run in ctx.runs() {
        if !shipped.contains(&run.stage.index) {
            continue;
        }
        for command in &run.script.commands {
            let Some((tool, word)) = server_package(command) else {
                continue;
            };
            let finding = out.report(
                word.span,
                format!(
                    "`{}` installs an SSH server; containers are entered with `docker exec`/`kubectl exec`, not SSH",
                    word.text
                ),
            );
            finding.label(tool.span, "installed here");
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// The package name without a version (`openssh-server=1:9.2p1-2` → `openssh-server`).
fn name(package: &str) -> &str {
    let end = package.find(['=', '~', '<', '>']).unwrap_or(package.len());
    &package[..end]
}

fn server_package(command: &Command) -> Option<(&ShellWord, &ShellWord)> {
    const DAEMONS: &[&str] = &["openssh-server", "dropbear", "tinysshd", "tinyssh"];
    if let Some(apt) = apt(command) {
        if !apt.is("install") {
            return None;
        }
        // Debian's `ssh` metapackage pulls in openssh-server.
        let word = apt.packages().find(|w| {
            let n = name(&w.text);
            DAEMONS.contains(&n) || n == "ssh"
        })?;
        return Some((apt.token(), word));
    }
    if let Some(line) = Line::of(command, &["apk"], &APK) {
        if !line.is("add") {
            return None;
        }
        // Alpine's `openssh` includes the server.
        let word = line.operands().find(|w| {
            let n = name(&w.text);
            DAEMONS.contains(&n) || n == "openssh"
        })?;
        return Some((line.token(), word));
    }
    let line = Line::of(command, RPM_MANAGERS, &RPM)
        .filter(|l| l.is_any(RPM_INSTALLING))
        .or_else(|| {
            Line::of(command, &["zypper"], &ZYPPER).filter(|l| l.is_any(ZYPPER_INSTALLING))
        })?;
    let word = line.operands().find(|w| {
        let n = name(&w.text);
        // `openssh-server-8.7p1` in RPM naming.
        DAEMONS.iter().any(|d| n == *d || n.strip_prefix(d).is_some_and(|r| r.starts_with("-") && r[1..].starts_with(|c: char| c.is_ascii_digit())))
    })?;
    Some((line.token(), word))
}
