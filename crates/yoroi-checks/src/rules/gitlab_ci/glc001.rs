//! GLC001 controlled-variable-injection: a variable whose value the author of a merge request,
//! commit or branch chooses is expanded where the shell evaluates it as code (`eval`, the body
//! of `sh -c`, `python -c` …).

use super::{GitlabCtx, controlled_variables, expanded_refs, script_owners, sub_span};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC001",
    check: Check::Gitlab(check),
};

/// The arguments of a command that are evaluated as code.
pub(crate) fn code_arguments(
    command: &yoroi_syntax::dockerfile::shell::Command,
) -> Vec<&yoroi_syntax::dockerfile::shell::ShellWord> {
    let Some(program) = command.program() else {
        return Vec::new();
    };
    let args = command.args();
    match program {
        "eval" => args.iter().collect(),
        "sh" | "bash" | "dash" | "zsh" | "ash" | "ksh" | "python" | "python3" | "node"
        | "perl" | "ruby" | "php" | "pwsh" => {
            // The option that takes code: `-c` for shells and Python (also bundled, `-ec`),
            // `-e` for node, perl and ruby, `-Command` for PowerShell.
            let letter = match program {
                "node" | "perl" | "ruby" => 'e',
                "php" => 'r',
                _ => 'c',
            };
            let flag = |w: &str| {
                (w.starts_with('-') && !w.starts_with("--") && w.contains(letter))
                    || w.eq_ignore_ascii_case("-Command")
            };
            match args.iter().position(|w| flag(&w.text)) {
                Some(at) => args.get(at + 1).into_iter().collect(),
                None => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    let ci = ctx.ci;
    for (job, name, lines) in script_owners(ci) {
        let controlled = controlled_variables(ci, job);
        for line in lines {
            for command in &line.script.commands {
                if command.via_shell_c {
                    continue;
                }
                for word in code_arguments(command) {
                    if word.literal {
                        continue;
                    }
                    for (var, start, len) in expanded_refs(&word.text) {
                        if !controlled.iter().any(|c| c == var) {
                            continue;
                        }
                        let program = command.program().unwrap_or("");
                        let span = sub_span(word.span, word.text.len(), start, len);
                        out.report_in(
                            &line.file,
                            span,
                            format!(
                                "`${var}` is chosen by whoever writes the merge request, commit or branch, and `{program}` runs it as code"
                            ),
                        )
                        .label(command.span, "evaluated here")
                        .object(format!("job {name}"));
                    }
                }
            }
        }
    }
}
