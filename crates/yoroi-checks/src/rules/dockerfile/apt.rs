//! APT command lines: `apt-get`/`apt` with their subcommand, options (`-yqq`, `-o Key=value`,
//! `-tbookworm`) and package operands.

use super::options::{self, Kind, Syntax};
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

/// Options whose value is the next word unless attached (`-o Key=value`, `-tbookworm`).
pub(super) const SYNTAX: Syntax = Syntax {
    short_value: "oct",
    long_value: &["option", "config-file", "target-release", "default-release"],
};
const SHORT_VALUE: &str = SYNTAX.short_value;

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

fn classify(args: &[ShellWord]) -> Vec<Kind> {
    options::classify(args, &SYNTAX)
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
        self.options().any(|text| {
            text == "--no-install-recommends"
                || text
                    .strip_prefix("--install-recommends=")
                    .is_some_and(is_off)
        }) || self.setting_is("APT::Install-Recommends", is_off)
    }

    /// The command answers its own "Do you want to continue?": `-y`, `--yes`, `--assume-yes`,
    /// quiet level 2 (`-qq`, `-q -q`, `--quiet --quiet`, `-q=2`), which implies `-y`, or
    /// `-o APT::Get::Assume-Yes=true`.
    pub fn assumes_yes(&self) -> bool {
        let mut quiet = 0;
        for text in self.options() {
            if let Some(long) = text.strip_prefix("--") {
                match long.split_once('=') {
                    Some(("quiet", level)) => quiet += level.parse::<u32>().unwrap_or(0),
                    Some(("yes" | "assume-yes", value)) => return !is_off(value),
                    None if long == "quiet" => quiet += 1,
                    None if long == "yes" || long == "assume-yes" => return true,
                    _ => {}
                }
                continue;
            }
            let cluster = &text[1..];
            if let Some(level) = cluster.strip_prefix("q=") {
                quiet += level.parse::<u32>().unwrap_or(0);
                continue;
            }
            for c in cluster.chars().take_while(|c| !SHORT_VALUE.contains(*c)) {
                match c {
                    'y' => return true,
                    'q' => quiet += 1,
                    _ => {}
                }
            }
        }
        quiet >= 2 || self.setting_is("APT::Get::Assume-Yes", |v| !is_off(v))
    }

    /// The option words of the line (not their values).
    fn options(&self) -> impl Iterator<Item = &'c str> + use<'c, '_> {
        self.effective
            .args
            .iter()
            .zip(classify(self.effective.args))
            .filter(|(_, k)| *k == Kind::Option)
            .map(|(w, _)| w.text.as_str())
    }

    /// A configuration item given with `-o Key=value` (also `-oKey=value`, `--option=Key=value`)
    /// whose key is `key` (case-insensitive) and whose value satisfies `test`.
    fn setting_is(&self, key: &str, test: impl Fn(&str) -> bool) -> bool {
        let args = self.effective.args;
        let kinds = classify(args);
        args.iter().enumerate().any(|(i, word)| {
            let text = word.text.as_str();
            if kinds.get(i) != Some(&Kind::Option) {
                return false;
            }
            let option = if text == "-o" || text == "--option" {
                args.get(i + 1).map(|w| w.text.as_str())
            } else if let Some(v) = text.strip_prefix("--option=") {
                Some(v)
            } else {
                text.strip_prefix("-o").filter(|_| !text.starts_with("--"))
            };
            option
                .and_then(|o| o.split_once('='))
                .is_some_and(|(k, v)| k.trim().eq_ignore_ascii_case(key) && test(v))
        })
    }
}

fn is_off(value: &str) -> bool {
    let v = value.trim().trim_matches(['"', '\'']);
    ["false", "0", "no", "off"]
        .iter()
        .any(|f| v.eq_ignore_ascii_case(f))
}

/// Subcommands that ask "Do you want to continue?" before changing packages.
pub(super) const PROMPTING: &[&str] = &[
    "install",
    "reinstall",
    "remove",
    "purge",
    "upgrade",
    "dist-upgrade",
    "full-upgrade",
    "autoremove",
    "autopurge",
    "build-dep",
    "satisfy",
];

/// Text that writes an apt configuration answering yes (`APT::Get::Assume-Yes "true";`).
pub(super) fn assumes_yes_in_config(text: &str) -> bool {
    config_value_starts(text, "apt::get::assume-yes", &["true", "1", "yes"])
}

/// Text that writes an apt configuration turning recommends off
/// (`APT::Install-Recommends "false";`, also `'0'`).
pub(super) fn disables_recommends_in_config(text: &str) -> bool {
    config_value_starts(text, "apt::install-recommends", &["false", "0"])
}

/// `text` sets the apt configuration item `key` (lower case) to a value starting with one of
/// `values`, whatever the quoting (`Key "false";`, `Key=0`, `\"false\"` in printf).
fn config_value_starts(text: &str, key: &str, values: &[&str]) -> bool {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower.get(from..).and_then(|rest| rest.find(key)) {
        let after = &lower[from + at + key.len()..];
        let value = after
            .trim_start_matches([' ', '\t', '\\', '"', '\''])
            .trim_start_matches(['=', ' ']);
        let value = value.trim_start_matches(['\\', '"', '\'']);
        if values.iter().any(|v| value.starts_with(v)) {
            return true;
        }
        from += at + key.len();
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
