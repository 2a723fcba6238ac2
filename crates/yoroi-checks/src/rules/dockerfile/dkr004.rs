//! DKR004 pipe-to-shell: a download executed as it arrives: `curl … | sh`, `sh -c "$(curl …)"`,
//! `bash <(curl …)`, `eval "$(wget -qO- …)"`.

use super::stages::object;
use super::wrappers::{Effective, basename, effective};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use std::collections::BTreeMap;
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::shell::{Command, ShellWord};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR004",
    check: Check::Dockerfile(check),
};

/// One download executed as it arrives.
pub(crate) struct PipeToShell {
    pub span: Span,
    pub message: String,
    pub label: (Span, &'static str),
}

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for hit in find(&run.script.commands) {
            let finding = out.report(hit.span, hit.message);
            finding.label(hit.label.0, hit.label.1);
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// Every download of a script's commands that is executed without verification (shared with
/// the GitHub Actions `run:` rule).
pub(crate) fn find(commands: &[Command]) -> Vec<PipeToShell> {
    let mut hits = Vec::new();
    let mut reported: Vec<usize> = Vec::new();
    // (A) downloader | … | interpreter
    let mut pipelines: BTreeMap<u32, Vec<(u32, &Command)>> = BTreeMap::new();
    for command in commands {
        if let Some((id, position)) = command.pipeline {
            pipelines.entry(id).or_default().push((position, command));
        }
    }
    for stages in pipelines.values_mut() {
        stages.sort_by_key(|(position, c)| (*position, c.span.start()));
        let Some((at, downloader)) = stages.iter().enumerate().find_map(|(i, (_, c))| {
            effective(c)
                .filter(|e| is_downloader(e.program()))
                .map(|e| (i, e))
        }) else {
            continue;
        };
        let downloader_position = stages[at].0;
        let interpreter = stages[at + 1..]
            .iter()
            .filter(|(position, _)| *position > downloader_position)
            .find_map(|(_, c)| effective(c).filter(reads_program_from_stdin));
        let Some(interpreter) = interpreter else {
            continue;
        };
        let span = Span::new(
            downloader.name.span.start(),
            interpreter
                .command
                .span
                .end()
                .max(downloader.name.span.end()),
        );
        hits.push(PipeToShell {
            span,
            message: format!(
                "`{}` output is piped into `{}` and executed without verification",
                downloader.name.text, interpreter.name.text
            ),
            label: (interpreter.name.span, "runs whatever the server sent"),
        });
        reported.push(interpreter.name.span.start());
    }
    // (B) interpreter "$(curl …)" / interpreter <(curl …)
    for command in commands {
        let Some(e) = effective(command) else {
            continue;
        };
        let program = e.program();
        if !(is_interpreter(program) || matches!(program, "eval" | "source" | ".")) {
            continue;
        }
        let Some(download) = e
            .args
            .iter()
            .find_map(|arg| substituted_download(arg, commands))
        else {
            continue;
        };
        if reported.contains(&e.name.span.start()) {
            continue;
        }
        reported.push(e.name.span.start());
        hits.push(PipeToShell {
            span: e.name.span,
            message: format!(
                "`{}` executes what `{}` downloads, without verification",
                e.name.text,
                download.name().unwrap_or("")
            ),
            label: (download.span, "the download"),
        });
    }
    hits
}

fn is_downloader(program: &str) -> bool {
    matches!(program, "curl" | "wget")
}

/// Shells and script interpreters that can run a program read from stdin.
fn is_interpreter(program: &str) -> bool {
    if is_shell(program) {
        return true;
    }
    if let Some(version) = program.strip_prefix("python3.") {
        return !version.is_empty() && version.chars().all(|c| c.is_ascii_digit());
    }
    matches!(
        program,
        "python" | "python2" | "python3" | "perl" | "ruby" | "node" | "php"
    )
}

fn is_shell(program: &str) -> bool {
    matches!(
        program,
        "sh" | "bash" | "dash" | "ash" | "zsh" | "ksh" | "fish"
    )
}

/// The interpreter takes its program from stdin: no program operand (or `-`), or `sh -s`.
fn reads_program_from_stdin(e: &Effective<'_>) -> bool {
    let program = e.program();
    if !is_interpreter(program) {
        return false;
    }
    let shell = is_shell(program);
    let python = program.starts_with("python");
    let mut args = e.args.iter();
    while let Some(arg) = args.next() {
        let text = arg.text.as_str();
        if text == "-" {
            return true;
        }
        if text == "--" {
            // The next word, if any, is the program.
            return args.next().is_none_or(|w| w.text == "-");
        }
        if let Some(long) = text.strip_prefix("--") {
            if matches!(long, "eval" | "print" | "command") || long.starts_with("eval=") {
                return false;
            }
            if matches!(long, "rcfile" | "init-file") {
                args.next();
            }
            continue;
        }
        if let Some(cluster) = text
            .strip_prefix('-')
            .or_else(|| text.strip_prefix('+').filter(|_| shell))
        {
            if shell {
                if cluster.contains('c') {
                    return false;
                }
                if cluster.contains('s') {
                    return true;
                }
                if cluster.ends_with('o') || cluster.ends_with('O') {
                    args.next();
                }
                continue;
            }
            if python {
                if cluster.contains('c') || cluster.contains('m') {
                    return false;
                }
                if cluster.ends_with('W') || cluster.ends_with('X') {
                    args.next();
                }
                continue;
            }
            let program_given = match program {
                "perl" | "ruby" => cluster.contains(['e', 'E']),
                "node" => cluster.contains(['e', 'p']),
                "php" => cluster.contains(['r', 'f']),
                _ => false,
            };
            if program_given {
                return false;
            }
            if program == "node" && cluster == "r" {
                args.next();
            }
            continue;
        }
        // The first operand is the program file.
        return false;
    }
    true
}

/// The downloader whose output `arg` begins with: `"$(curl …)"`, `` `wget …` ``, `<(curl …)`.
fn substituted_download<'c>(arg: &ShellWord, commands: &'c [Command]) -> Option<&'c Command> {
    if arg.literal {
        return None;
    }
    let raw = arg.text.trim_start_matches('"');
    if !(raw.starts_with("$(") || raw.starts_with('`') || raw.starts_with("<(")) {
        return None;
    }
    // The first command inside the substitution.
    let inner = commands
        .iter()
        .filter(|c| {
            c.in_substitution && c.span.start() > arg.span.start() && c.span.end() <= arg.span.end()
        })
        .min_by_key(|c| c.span.start())?;
    let e = effective(inner)?;
    is_downloader(basename(e.program())).then_some(inner)
}
