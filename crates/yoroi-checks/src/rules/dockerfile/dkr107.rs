//! DKR107 echo-with-escapes: `echo "a\nb"` without `-e`: dash's `echo` turns `\n` into a
//! newline, bash's keeps it literally, so the output depends on the image's `/bin/sh`.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR107",
    check: Check::Dockerfile(check),
};

fn has_escape(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(2).any(|w| {
        w[0] == b'\\' && matches!(w[1], b'n' | b't' | b'r' | b'a' | b'b' | b'f' | b'v' | b'c' | b'0' | b'e')
    })
}

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            if command.program() != Some("echo") {
                continue;
            }
            let args = command.args();
            // `echo -e`/`-E` says what the author wants (another portability question).
            let options = args
                .iter()
                .take_while(|a| a.text.starts_with('-') && a.text.len() > 1);
            let mut explicit = false;
            for option in options {
                if option.text[1..].chars().all(|c| matches!(c, 'n' | 'e' | 'E'))
                    && option.text[1..].contains(['e', 'E'])
                {
                    explicit = true;
                }
            }
            if explicit {
                continue;
            }
            // The word as echo receives it: quotes kept the backslash.
            let Some(word) = args.iter().find(|a| has_escape(&a.text)) else {
                continue;
            };
            let finding = out.report(
                word.span,
                "`echo` with a backslash escape: dash expands it, bash prints it as is; use `printf`",
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}
