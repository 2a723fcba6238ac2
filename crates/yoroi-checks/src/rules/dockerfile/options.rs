//! Command lines of tools with options and a subcommand (`apk --no-cache add`, `dnf -y install`,
//! `zypper -n in`, `pip install --no-cache-dir`, `gem install -v 1`): which words are options,
//! which are option values and which are operands, and the fix that inserts an option.

use super::wrappers::{Effective, effective};
use yoroi_syntax::SourceFile;
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::shell::{Command, ShellWord};
use yoroi_syntax::dockerfile::{Form, Instruction};

/// How a tool reads its options.
pub(super) struct Syntax {
    /// Short option letters that take a value (attached, or the next word when last in a cluster).
    pub short_value: &'static str,
    /// Long options that take the next word as their value unless written `--name=value`.
    pub long_value: &'static [&'static str],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Option,
    /// The value of the option before it.
    Value,
    Operand,
}

/// Labels each argument as an option, an option's value or an operand. Short option clusters
/// such as `-yqq` are one option; `--` ends the options.
pub(super) fn classify(args: &[ShellWord], syntax: &Syntax) -> Vec<Kind> {
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
            next_is_value = !long.contains('=') && syntax.long_value.contains(&long);
        } else {
            let cluster = &text[1..];
            for (at, letter) in cluster.char_indices() {
                if syntax.short_value.contains(letter) {
                    next_is_value = at + letter.len_utf8() == cluster.len();
                    break;
                }
            }
        }
        kinds.push(Kind::Option);
    }
    kinds
}

/// One tool invocation with its arguments classified.
pub(super) struct Line<'c> {
    pub effective: Effective<'c>,
    kinds: Vec<Kind>,
    /// Index of the subcommand (the first operand) in `effective.args`.
    subcommand: Option<usize>,
}

impl<'c> Line<'c> {
    pub fn new(effective: Effective<'c>, syntax: &Syntax) -> Line<'c> {
        let kinds = classify(effective.args, syntax);
        let subcommand = kinds.iter().position(|k| *k == Kind::Operand);
        Line {
            effective,
            kinds,
            subcommand,
        }
    }

    /// The line of `command` when its effective program is one of `programs`.
    pub fn of(command: &'c Command, programs: &[&str], syntax: &Syntax) -> Option<Line<'c>> {
        let e = effective(command)?;
        programs
            .contains(&e.program())
            .then(|| Line::new(e, syntax))
    }

    /// The program word (`apk`), the finding's usual anchor.
    pub fn token(&self) -> &'c ShellWord {
        self.effective.name
    }

    pub fn program(&self) -> &'c str {
        self.effective.program()
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

    /// Operands after the subcommand (package names, paths, `$buildDeps`).
    pub fn operands(&self) -> impl Iterator<Item = &'c ShellWord> + use<'c, '_> {
        let start = self.subcommand.map_or(usize::MAX, |i| i + 1);
        self.effective
            .args
            .iter()
            .zip(&self.kinds)
            .skip(start)
            .filter(|(_, k)| **k == Kind::Operand)
            .map(|(w, _)| w)
    }

    /// The option words (not their values), anywhere on the line.
    pub fn options(&self) -> impl Iterator<Item = &'c ShellWord> + use<'c, '_> {
        self.effective
            .args
            .iter()
            .zip(&self.kinds)
            .filter(|(_, k)| **k == Kind::Option)
            .map(|(w, _)| w)
    }

    /// The option words before the subcommand (a tool's global options).
    pub fn global_options(&self) -> impl Iterator<Item = &'c ShellWord> + use<'c, '_> {
        let end = self.subcommand.unwrap_or(self.effective.args.len());
        self.effective.args[..end]
            .iter()
            .zip(&self.kinds)
            .filter(|(_, k)| **k == Kind::Option)
            .map(|(w, _)| w)
    }

    /// `--name` or `--name=…` is present.
    pub fn has_long(&self, name: &str) -> bool {
        self.long(name).is_some()
    }

    /// The word of `--name` or `--name=…`.
    pub fn long(&self, name: &str) -> Option<&'c ShellWord> {
        self.options().find(|w| {
            w.text
                .strip_prefix("--")
                .is_some_and(|l| l == name || l.split_once('=').is_some_and(|(k, _)| k == name))
        })
    }

    /// A short option cluster holds `letter` (before any letter that takes a value).
    pub fn has_short(&self, letter: char, syntax: &Syntax) -> bool {
        self.options().any(|w| {
            w.text.strip_prefix('-').is_some_and(|cluster| {
                !cluster.starts_with('-')
                    && cluster
                        .chars()
                        .take_while(|c| !syntax.short_value.contains(*c))
                        .any(|c| c == letter)
            })
        })
    }

    /// Values given to `--name VALUE`, `--name=VALUE`, `-xVALUE` or `-x VALUE`.
    pub fn values(&self, long: &str, short: Option<char>) -> Vec<&'c str> {
        let args = self.effective.args;
        let mut out = Vec::new();
        for (i, (word, kind)) in args.iter().zip(&self.kinds).enumerate() {
            if *kind != Kind::Option {
                continue;
            }
            let text = word.text.as_str();
            let next = || args.get(i + 1).map(|w| w.text.as_str());
            if let Some(l) = text.strip_prefix("--") {
                if l == long {
                    out.extend(next());
                } else if let Some(v) = l.strip_prefix(long).and_then(|r| r.strip_prefix('=')) {
                    out.push(v);
                }
            } else if let (Some(letter), Some(cluster)) = (short, text.strip_prefix('-'))
                && let Some(at) = cluster.find(letter)
            {
                let rest = &cluster[at + letter.len_utf8()..];
                if rest.is_empty() {
                    out.extend(next());
                } else {
                    out.push(rest);
                }
            }
        }
        out
    }
}

/// An operand whose value the shell decides (`$buildDeps`, `$(cat list)`, an unquoted glob).
pub(super) fn is_variable(word: &ShellWord) -> bool {
    !word.literal || word.text.contains(['$', '`'])
}

/// The edit that inserts `option` (for example `-y`) right after `word`, a word of `command` in
/// `instruction`: ` -y` in shell form, `, "-y"` between JSON items. `None` when the word is not
/// written plainly enough to know where it ends.
pub(super) fn insert_after(
    file: &SourceFile,
    instruction: &Instruction,
    command: &Command,
    word: &ShellWord,
    option: &str,
) -> Option<(Span, String)> {
    let raw = file.slice(word.span);
    let json_item = instruction.form == Form::Json && !command.via_shell_c;
    let plain = raw == word.text;
    let quoted = raw.len() == word.text.len() + 2
        && (raw.starts_with('"') && raw.ends_with('"')
            || raw.starts_with('\'') && raw.ends_with('\''));
    let insertion = if json_item {
        (raw.starts_with('"') && raw.ends_with('"') && quoted).then(|| format!(", \"{option}\""))
    } else {
        (plain || quoted).then(|| format!(" {option}"))
    }?;
    Some((Span::empty(word.span.end()), insertion))
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_syntax::dockerfile::shell::parse_script;

    const APK: Syntax = Syntax {
        short_value: "Xpt",
        long_value: &["repository", "virtual", "root"],
    };

    fn line(text: &str) -> (Option<String>, Vec<String>, bool) {
        let script = parse_script(text, &|s, e| Span::new(s, e));
        let Some(line) = script
            .commands
            .first()
            .and_then(|c| Line::of(c, &["apk"], &APK))
        else {
            return (None, Vec::new(), false);
        };
        (
            line.subcommand().map(|w| w.text.clone()),
            line.operands().map(|w| w.text.clone()).collect(),
            line.has_long("no-cache"),
        )
    }

    #[test]
    fn options_values_and_operands() {
        assert_eq!(
            line("apk --no-cache add -t .deps gcc make"),
            (Some("add".into()), vec!["gcc".into(), "make".into()], true)
        );
        assert_eq!(
            line("apk add --virtual=.deps -X https://x gcc"),
            (Some("add".into()), vec!["gcc".into()], false)
        );
        assert_eq!(line("echo apk add x").0, None);
        let script = parse_script("apk add -qUt .deps gcc", &|s, e| Span::new(s, e));
        let l = script
            .commands
            .first()
            .and_then(|c| Line::of(c, &["apk"], &APK))
            .map(|l| {
                (
                    l.has_short('U', &APK),
                    l.values("virtual", Some('t')),
                    l.operands().count(),
                )
            });
        assert_eq!(l, Some((true, vec![".deps"], 1)));
    }
}
