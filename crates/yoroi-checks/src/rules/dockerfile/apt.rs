//! APT command lines: `apt-get`/`apt` with their subcommand, options (`-yqq`, `-o Key=value`,
//! `-tbookworm`) and package operands.

use super::wrappers::{Effective, effective};
use yoroi_syntax::dockerfile::shell::{Command, ShellWord};

/// An `apt-get` or `apt` command (after wrappers).
pub(super) struct Apt<'c> {
    pub effective: Effective<'c>,
    /// Index of the subcommand in `effective.args`.
    subcommand: Option<usize>,
}

/// Subcommands that install or upgrade packages from the lists (`xargs apt-get install` too).
pub(super) const INSTALLING: &[&str] = &[
    "install",
    "reinstall",
    "upgrade",
    "dist-upgrade",
    "full-upgrade",
    "build-dep",
    "satisfy",
];

/// Options whose value is the next word unless attached.
const SHORT_VALUE: &str = "oct";
const LONG_VALUE: &[&str] = &["option", "config-file", "target-release", "default-release"];

/// The command as an APT command, when its effective program is `apt-get` or `apt`.
pub(super) fn apt(command: &Command) -> Option<Apt<'_>> {
    let effective = effective(command)?;
    if !matches!(effective.program(), "apt-get" | "apt") {
        return None;
    }
    let words = classify(effective.args);
    let subcommand = words.iter().position(|k| *k == Kind::Operand);
    Some(Apt {
        effective,
        subcommand,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Option,
    /// The value of the option before it.
    Value,
    Operand,
}

/// Labels each argument as an option, an option's value or an operand.
fn classify(args: &[ShellWord]) -> Vec<Kind> {
    let mut kinds = Vec::with_capacity(args.len());
    let mut next_is_value = false;
    let mut options_done = false;
    for word in args {
        let text = word.text.as_str();
        if next_is_value {
            kinds.push(Kind::Value);
            next_is_value = false;
            continue;
        }
        if options_done || !text.starts_with('-') || text == "-" {
            kinds.push(Kind::Operand);
            continue;
        }
        if text == "--" {
            options_done = true;
            kinds.push(Kind::Option);
            continue;
        }
        if let Some(long) = text.strip_prefix("--") {
            next_is_value = !long.contains('=') && LONG_VALUE.contains(&long);
        } else {
            let cluster = &text[1..];
            for (at, letter) in cluster.char_indices() {
                if SHORT_VALUE.contains(letter) {
                    next_is_value = at + 1 == cluster.len();
                    break;
                }
            }
        }
        kinds.push(Kind::Option);
    }
    kinds
}

impl<'c> Apt<'c> {
    /// The program word (`apt-get`), the finding's usual anchor.
    pub fn token(&self) -> &'c ShellWord {
        self.effective.name
    }

    pub fn subcommand(&self) -> Option<&'c ShellWord> {
        self.effective.args.get(self.subcommand?)
    }

    pub fn is(&self, subcommand: &str) -> bool {
        self.subcommand().is_some_and(|w| w.text == subcommand)
    }

    pub fn is_any(&self, subcommands: &[&str]) -> bool {
        self.subcommand()
            .is_some_and(|w| subcommands.contains(&w.text.as_str()))
    }

    /// Operands after the subcommand (package names, `.deb` paths, `$buildDeps`).
    pub fn packages(&self) -> impl Iterator<Item = &'c ShellWord> + use<'c, '_> {
        let start = self.subcommand.map_or(usize::MAX, |i| i + 1);
        let kinds = classify(self.effective.args);
        self.effective
            .args
            .iter()
            .zip(kinds)
            .skip(start)
            .filter(|(_, k)| *k == Kind::Operand)
            .map(|(w, _)| w)
    }

    /// `-s`/`--simulate`/`--dry-run`/… or `-d`/`--download-only`: nothing gets installed.
    pub fn installs_nothing(&self) -> bool {
        const LONG: &[&str] = &[
            "--simulate",
            "--just-print",
            "--dry-run",
            "--recon",
            "--no-act",
            "--download-only",
        ];
        let kinds = classify(self.effective.args);
        self.effective
            .args
            .iter()
            .zip(kinds)
            .filter(|(_, k)| *k == Kind::Option)
            .any(|(w, _)| {
                let text = w.text.as_str();
                if text.starts_with("--") {
                    return LONG.contains(&text);
                }
                // Short clusters: `-s`, `-qs`, `-yd`; a value letter ends the cluster.
                text[1..]
                    .chars()
                    .take_while(|c| !SHORT_VALUE.contains(*c))
                    .any(|c| c == 's' || c == 'd')
            })
    }

    /// Recommends are turned off on this command line: `--no-install-recommends`,
    /// `--install-recommends=false` or `-o APT::Install-Recommends=false|0|no`.
    pub fn recommends_off(&self) -> bool {
        let args = self.effective.args;
        let kinds = classify(args);
        args.iter().enumerate().any(|(i, word)| {
            let text = word.text.as_str();
            if kinds.get(i) == Some(&Kind::Value) {
                return false;
            }
            if text == "--no-install-recommends" {
                return true;
            }
            if let Some(v) = text.strip_prefix("--install-recommends=") {
                return is_off(v);
            }
            let option = if text == "-o" || text == "--option" {
                args.get(i + 1).map(|w| w.text.as_str())
            } else if let Some(v) = text.strip_prefix("--option=") {
                Some(v)
            } else {
                text.strip_prefix("-o").filter(|_| !text.starts_with("--"))
            };
            option.is_some_and(|o| match o.split_once('=') {
                Some((key, value)) => {
                    key.trim().eq_ignore_ascii_case("APT::Install-Recommends") && is_off(value)
                }
                None => false,
            })
        })
    }
}

fn is_off(value: &str) -> bool {
    let v = value.trim().trim_matches(['"', '\'']);
    ["false", "0", "no", "off"]
        .iter()
        .any(|f| v.eq_ignore_ascii_case(f))
}

/// Text that writes an apt configuration turning recommends off
/// (`APT::Install-Recommends "false";`, also `'0'`).
pub(super) fn disables_recommends_in_config(text: &str) -> bool {
    const KEY: &str = "apt::install-recommends";
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower.get(from..).and_then(|rest| rest.find(KEY)) {
        let after = &lower[from + at + KEY.len()..];
        let value = after
            .trim_start_matches([' ', '\t', '\\', '"', '\''])
            .trim_start_matches(['=', ' ']);
        let value = value.trim_start_matches(['\\', '"', '\'']);
        if value.starts_with("false") || value.starts_with('0') {
            return true;
        }
        from += at + KEY.len();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_syntax::Span;
    use yoroi_syntax::dockerfile::shell::parse_script;

    fn first(text: &str) -> (Option<String>, Vec<String>, bool) {
        let script = parse_script(text, &|s, e| Span::new(s, e));
        let Some(apt) = script.commands.first().and_then(apt) else {
            return (None, Vec::new(), false);
        };
        (
            apt.subcommand().map(|w| w.text.clone()),
            apt.packages().map(|w| w.text.clone()).collect(),
            apt.recommends_off(),
        )
    }

    #[test]
    fn subcommands_options_and_packages() {
        assert_eq!(
            first("apt-get -yqq install a b"),
            (Some("install".into()), vec!["a".into(), "b".into()], false)
        );
        assert_eq!(
            first("apt-get -o APT::Install-Recommends=false install -y procps"),
            (Some("install".into()), vec!["procps".into()], true)
        );
        assert_eq!(
            first("apt-get -t bookworm-backports install x --no-install-recommends"),
            (Some("install".into()), vec!["x".into()], true)
        );
        assert_eq!(
            first("apt-get -oAPT::Install-Recommends=0 -tbookworm install x"),
            (Some("install".into()), vec!["x".into()], true)
        );
        assert_eq!(
            first("apt-get -f install -y"),
            (Some("install".into()), vec![], false)
        );
        assert_eq!(
            first("sudo DEBIAN_FRONTEND=noninteractive apt -qq update -y"),
            (Some("update".into()), vec![], false)
        );
        let script = parse_script("apt-get install -qs x", &|s, e| Span::new(s, e));
        assert!(
            script
                .commands
                .first()
                .and_then(apt)
                .is_some_and(|a| a.installs_nothing())
        );
        let script = parse_script("apt-get install -y x", &|s, e| Span::new(s, e));
        assert!(
            !script
                .commands
                .first()
                .and_then(apt)
                .is_some_and(|a| a.installs_nothing())
        );
        assert!(disables_recommends_in_config(
            "echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/x"
        ));
        let script = parse_script("apt-get install -qs x", &|s, e| Span::new(s, e));
        assert!(
            script
                .commands
                .first()
                .and_then(apt)
                .is_some_and(|a| a.installs_nothing())
        );
        let script = parse_script("apt-get install -y x", &|s, e| Span::new(s, e));
        assert!(
            !script
                .commands
                .first()
                .and_then(apt)
                .is_some_and(|a| a.installs_nothing())
        );
        assert!(disables_recommends_in_config(
            "printf 'APT::Install-Recommends \\\"0\\\";\\n'"
        ));
        assert!(!disables_recommends_in_config(
            "echo 'APT::Install-Recommends \"true\";'"
        ));
    }
}
