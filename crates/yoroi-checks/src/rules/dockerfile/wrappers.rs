//! Wrapper commands (`sudo`, `env`, `xargs`, `nice`, `nohup`, `time`, `command`, `exec`,
//! `timeout`, `stdbuf`) and the effective command they run: in
//! `DEBIAN_FRONTEND=noninteractive sudo -E apt-get install …` the effective command is `apt-get`.

use yoroi_syntax::dockerfile::shell::{Command, ShellWord};

/// The command a simple command really runs, after its wrappers.
pub(super) struct Effective<'c> {
    pub command: &'c Command,
    /// The effective command's name word (`apt-get`); its span is the "command token".
    pub name: &'c ShellWord,
    /// The words after the name.
    pub args: &'c [ShellWord],
    /// The wrapper name words that were unwrapped, outermost first.
    pub wrappers: Vec<&'c ShellWord>,
}

impl<'c> Effective<'c> {
    /// Base name of the program (`/usr/bin/apt-get` → `apt-get`).
    pub fn program(&self) -> &'c str {
        basename(&self.name.text)
    }

    /// Run through `xargs`: more arguments arrive on stdin.
    pub fn via_xargs(&self) -> bool {
        self.wrappers.iter().any(|w| basename(&w.text) == "xargs")
    }
}

pub(super) fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// `pip`, `pip3`, `pip3.12`.
pub(super) fn is_pip(program: &str) -> bool {
    program
        .strip_prefix("pip")
        .is_some_and(|v| v.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// The arguments given to pip, when the command runs pip: `pip3 install x` or
/// `python3 -m pip install x` (`-mpip` too).
pub(super) fn pip_args<'c>(e: &Effective<'c>) -> Option<&'c [ShellWord]> {
    let program = e.program();
    if is_pip(program) {
        return Some(e.args);
    }
    if !program.starts_with("python") {
        return None;
    }
    let args = e.args;
    let at = args
        .iter()
        .position(|w| w.text == "-mpip")
        .map(|i| i + 1)
        .or_else(|| {
            args.windows(2)
                .position(|p| p[0].text == "-m" && p[1].text == "pip")
                .map(|i| i + 2)
        })?;
    args.get(at..)
}

/// `NAME=value` (a shell assignment written as a word).
pub(super) fn is_assignment(word: &str) -> bool {
    match word.split_once('=') {
        Some((name, _)) => {
            !name.is_empty()
                && name
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        }
        None => false,
    }
}

/// How a wrapper's options are read.
struct OptionSyntax {
    /// Short option letters that take a value (attached, or the next word when last in a cluster).
    short_value: &'static str,
    /// Short option letters whose value can only be attached (`xargs -i{}`): the rest of the
    /// cluster is theirs, the next word is not.
    short_attached: &'static str,
    /// Long options that take the next word as their value unless written `--name=value`.
    long_value: &'static [&'static str],
}

/// The effective command of `command`, or `None` when there is nothing to run (a bare `env`,
/// a command without a name).
pub(super) fn effective(command: &Command) -> Option<Effective<'_>> {
    let mut rest: &[ShellWord] = &command.argv;
    let mut wrappers = Vec::new();
    loop {
        while let Some((first, tail)) = rest.split_first() {
            if first.literal && is_assignment(&first.text) {
                rest = tail;
            } else {
                break;
            }
        }
        let (first, tail) = rest.split_first()?;
        if !first.literal {
            return Some(Effective {
                command,
                name: first,
                args: tail,
                wrappers,
            });
        }
        let skip = match basename(&first.text) {
            "sudo" => skip_options(
                tail,
                &OptionSyntax {
                    short_value: "ughpCDrtTU",
                    short_attached: "",
                    long_value: &[
                        "user",
                        "group",
                        "host",
                        "prompt",
                        "close-from",
                        "chdir",
                        "role",
                        "type",
                        "command-timeout",
                        "other-user",
                    ],
                },
            ),
            "env" => {
                let mut n = 0;
                loop {
                    // `env -` is `env -i`.
                    n += skip_options(
                        tail.get(n..).unwrap_or(&[]),
                        &OptionSyntax {
                            short_value: "uCS",
                            short_attached: "",
                            long_value: &["unset", "chdir", "split-string"],
                        },
                    );
                    match tail.get(n) {
                        Some(w) if w.text == "-" => n += 1,
                        _ => break n,
                    }
                }
            }
            "xargs" => skip_options(
                tail,
                &OptionSyntax {
                    short_value: "InPdaLsE",
                    short_attached: "ile",
                    long_value: &[
                        "arg-file",
                        "delimiter",
                        "max-args",
                        "max-procs",
                        "max-lines",
                        "max-chars",
                        "process-slot-var",
                    ],
                },
            ),
            "nice" => skip_options(
                tail,
                &OptionSyntax {
                    short_value: "n",
                    short_attached: "",
                    long_value: &["adjustment"],
                },
            ),
            "nohup" => skip_options(tail, &NO_VALUES),
            "time" => skip_options(
                tail,
                &OptionSyntax {
                    short_value: "fo",
                    short_attached: "",
                    long_value: &["format", "output"],
                },
            ),
            "command" => {
                // `command -v curl` looks a program up; it does not run it.
                if tail
                    .iter()
                    .take_while(|w| w.text.starts_with('-') && w.text != "--")
                    .any(|w| w.text.contains(['v', 'V']))
                {
                    return Some(Effective {
                        command,
                        name: first,
                        args: tail,
                        wrappers,
                    });
                }
                skip_options(tail, &NO_VALUES)
            }
            "exec" => skip_options(
                tail,
                &OptionSyntax {
                    short_value: "a",
                    short_attached: "",
                    long_value: &[],
                },
            ),
            "timeout" => {
                let n = skip_options(
                    tail,
                    &OptionSyntax {
                        short_value: "sk",
                        short_attached: "",
                        long_value: &["signal", "kill-after"],
                    },
                );
                // The duration.
                n + 1
            }
            "stdbuf" => skip_options(
                tail,
                &OptionSyntax {
                    short_value: "ioe",
                    short_attached: "",
                    long_value: &["input", "output", "error"],
                },
            ),
            _ => {
                return Some(Effective {
                    command,
                    name: first,
                    args: tail,
                    wrappers,
                });
            }
        };
        wrappers.push(first);
        rest = tail.get(skip..).unwrap_or(&[]);
    }
}

const NO_VALUES: OptionSyntax = OptionSyntax {
    short_value: "",
    short_attached: "",
    long_value: &[],
};

/// How many leading words of `args` are options (and their values) under `syntax`.
fn skip_options(args: &[ShellWord], syntax: &OptionSyntax) -> usize {
    let mut i = 0;
    while let Some(word) = args.get(i) {
        let text = word.text.as_str();
        if text == "--" {
            return i + 1;
        }
        if let Some(long) = text.strip_prefix("--") {
            i += if !long.contains('=') && syntax.long_value.contains(&long) {
                2
            } else {
                1
            };
            continue;
        }
        let Some(cluster) = text.strip_prefix('-') else {
            return i;
        };
        if cluster.is_empty() {
            return i;
        }
        let mut takes_next = false;
        for (at, letter) in cluster.char_indices() {
            if syntax.short_attached.contains(letter) {
                break;
            }
            if syntax.short_value.contains(letter) {
                takes_next = at + letter.len_utf8() == cluster.len();
                break;
            }
        }
        i += if takes_next { 2 } else { 1 };
    }
    args.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_syntax::Span;
    use yoroi_syntax::dockerfile::shell::parse_script;

    fn program(text: &str) -> Option<String> {
        let script = parse_script(text, &|s, e| Span::new(s, e));
        let command = script.commands.first()?;
        effective(command).map(|e| e.program().to_string())
    }

    #[test]
    fn unwraps_wrappers() {
        assert_eq!(
            program("sudo -E -u root apt-get install x").as_deref(),
            Some("apt-get")
        );
        assert_eq!(program("env -i A=1 B=2 sh -").as_deref(), Some("sh"));
        assert_eq!(program("env - A=1 sh").as_deref(), Some("sh"));
        assert_eq!(
            program("xargs -n 1 -I{} apt-get install {}").as_deref(),
            Some("apt-get")
        );
        assert_eq!(
            program("xargs -i apt-get install").as_deref(),
            Some("apt-get")
        );
        assert_eq!(
            program("timeout -s KILL 30s nice -n 5 nohup curl x").as_deref(),
            Some("curl")
        );
        assert_eq!(
            program("stdbuf -oL -e 0 /usr/bin/wget x").as_deref(),
            Some("wget")
        );
        assert_eq!(program("command -v curl").as_deref(), Some("command"));
        assert_eq!(
            program("sudo DEBIAN_FRONTEND=noninteractive apt install").as_deref(),
            Some("apt")
        );
        assert_eq!(program("env").as_deref(), None);
        assert_eq!(program("timeout").as_deref(), None);
    }
}
