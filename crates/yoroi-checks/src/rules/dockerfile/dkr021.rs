//! DKR021 package-signature-check-disabled: package installs told to skip signature or digest
//! checks (`--nogpgcheck`, `gpgcheck=0`, `rpm --nosignature`, `apk --allow-untrusted`,
//! `apt-get --allow-unauthenticated`, `[trusted=yes]`, …). TLS switches are DKR012's.

use super::stages::object;
use super::wrappers::effective;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use regex::Regex;
use std::sync::LazyLock;
use yoroi_syntax::dockerfile::shell::ShellWord;
use yoroi_syntax::dockerfile::{Dockerfile, Instruction};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR021",
    check: Check::Dockerfile(check),
};

/// `gpgcheck=0` (also `localpkg_gpgcheck`, `pkg_gpgcheck`; `repo_gpgcheck=0` is the default and
/// only concerns metadata), in `--setopt` or in a `.repo` file written with `echo`.
static GPGCHECK_OFF: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^a-z_]|\\n|localpkg_|pkg_)gpgcheck\s*=\s*(?:0|false|no|off)\b").ok()
});

/// apt sources entries or options that accept unsigned repositories.
static APT_TRUST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\[[^\]]*\b(?:trusted|allow-insecure|allow-weak)\s*=\s*yes\b[^\]]*\]\s*(?:[^fc\s]|f[^i]|c[^o])|(?:allowinsecurerepositories|allowunauthenticated|allowdowngradetoinsecurerepositories)\s*=\s*(?:true|1|yes)",
    )
    .ok()
});

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(e) = effective(command) else {
                continue;
            };
            let Some(word) = offence(e.program(), e.args) else {
                continue;
            };
            // Packages built by this Dockerfile and mounted from its build stage.
            let operands: Vec<_> = e
                .args
                .iter()
                .filter(|w| !w.text.starts_with('-'))
                .enumerate()
                .filter(|(i, w)| {
                    // The subcommand (`add`, `install`) is not a package.
                    *i > 0 || !w.text.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                })
                .map(|(_, w)| w)
                .collect();
            if !operands.is_empty()
                && operands.iter().all(|w| from_own_stage(df, run.instruction, &w.text))
            {
                continue;
            }
            let finding = out.report(
                word.span,
                format!(
                    "`{}` installs packages without checking their signatures (`{}`)",
                    e.name.text,
                    shown(&word.text)
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// `path` lies under a `--mount=type=bind,from=<stage>` target whose stage is one of this
/// Dockerfile's.
fn from_own_stage(df: &Dockerfile, instruction: &Instruction, path: &str) -> bool {
    instruction
        .flags
        .iter()
        .filter(|f| f.name.eq_ignore_ascii_case("mount"))
        .filter_map(|f| f.value.as_deref())
        .any(|value| {
            let mut bind = true;
            let mut target = None;
            let mut from = None;
            for part in value.split(',') {
                let (key, val) = part.split_once('=').unwrap_or((part, ""));
                match key.trim() {
                    "type" => bind = val.trim() == "bind",
                    "target" | "dst" | "destination" => target = Some(val.trim().trim_end_matches('/')),
                    "from" => from = Some(val.trim()),
                    _ => {}
                }
            }
            let own = from.is_some_and(|f| {
                df.stage_by_name(f).is_some() || f.parse::<usize>().is_ok_and(|i| i < df.stages.len())
            });
            bind && own
                && target.is_some_and(|t| !t.is_empty() && path.starts_with(t) && path[t.len()..].starts_with('/'))
        })
}

/// The offending flag, trimmed to the part that matters for the message.
fn shown(text: &str) -> String {
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(57).collect::<String>())
    } else {
        text.to_string()
    }
}

fn offence<'c>(program: &str, args: &'c [ShellWord]) -> Option<&'c ShellWord> {
    let flags: &[&str] = match program {
        "yum" | "dnf" | "dnf5" | "tdnf" | "microdnf" => &["--nogpgcheck", "--no-gpgchecks"],
        "rpm" => &["--nosignature", "--nodigest", "--nofiledigest"],
        "zypper" => &["--no-gpg-checks", "--allow-unsigned-rpm"],
        "apk" => &["--allow-untrusted"],
        "apt-get" | "apt" | "aptitude" => &[
            "--allow-unauthenticated",
            "--allow-insecure-repositories",
            "--force-yes",
        ],
        _ => &[],
    };
    args.iter()
        .find(|w| flags.contains(&w.text.as_str()))
        .or_else(|| {
            args.iter().find(|w| {
                GPGCHECK_OFF.as_ref().is_some_and(|r| r.is_match(&w.text))
                    || APT_TRUST.as_ref().is_some_and(|r| r.is_match(&w.text))
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_syntax::Span;
    use yoroi_syntax::dockerfile::shell::parse_script;

    fn found(text: &str) -> bool {
        let script = parse_script(text, &|s, e| Span::new(s, e));
        script
            .commands
            .iter()
            .filter_map(effective)
            .any(|e| offence(e.program(), e.args).is_some())
    }

    #[test]
    fn offences() {
        assert!(found("dnf install -y --nogpgcheck x"));
        assert!(found("yum install -y --setopt=gpgcheck=0 x"));
        assert!(!found("yum install -y --setopt=repo_gpgcheck=0 x"));
        assert!(found("echo 'gpgcheck=0' >> /etc/yum.repos.d/x.repo"));
        assert!(found("rpm -ivh --nosignature x.rpm"));
        assert!(found("apk add --allow-untrusted /tmp/x.apk"));
        assert!(found("apt-get install -y --allow-unauthenticated x"));
        assert!(found("echo 'deb [trusted=yes] http://x/ ./' > /etc/apt/sources.list.d/x.list"));
        assert!(found("apt-get -o Acquire::AllowInsecureRepositories=true update"));
        assert!(!found("echo 'deb [signed-by=/k.gpg] https://x/ stable main'"));
        assert!(!found("dnf install -y --setopt=sslverify=0 x"));
        // a repository the same RUN built from source on the local disk
        assert!(!found("echo \"deb [ trusted=yes ] file://$tempDir ./\" > /etc/apt/sources.list.d/temp.list"));
    }
}
