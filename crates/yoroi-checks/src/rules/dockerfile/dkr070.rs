//! DKR070 invalid-stopsignal: a `STOPSIGNAL` that is not a signal name or number.

use super::stages::{each_instruction, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR070",
    check: Check::Dockerfile(check),
};

/// Linux signal names (without `SIG`) that container runtimes accept.
const SIGNALS: [&str; 33] = [
    "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT",
    "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM",
    "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU",
];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, scope| {
        if instruction.keyword != Keyword::Stopsignal {
            return;
        }
        let words = instruction.args.words(df.escape);
        let Some(word) = words.first() else { return };
        let Some(value) = scope.resolve(&word.text) else {
            return;
        };
        if valid_signal(&value) {
            return;
        }
        let finding = out.report(
            word.span,
            format!("STOPSIGNAL `{}` is not a signal: the container cannot be stopped gracefully", word.text),
        );
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
    });
}

fn valid_signal(value: &str) -> bool {
    if let Ok(n) = value.parse::<u32>() {
        return (1..=64).contains(&n);
    }
    let upper = value.to_ascii_uppercase();
    let name = upper.strip_prefix("SIG").unwrap_or(&upper);
    if SIGNALS.contains(&name) || name == "XFSZ" {
        return true;
    }
    // SIGRTMIN+n / SIGRTMAX-n
    for (base, sep) in [("RTMIN", '+'), ("RTMAX", '-')] {
        if name == base {
            return true;
        }
        if let Some(n) = name
            .strip_prefix(base)
            .and_then(|r| r.strip_prefix(sep))
            .and_then(|n| n.parse::<u32>().ok())
        {
            return n <= 30;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::valid_signal;

    #[test]
    fn signals() {
        for s in ["SIGTERM", "TERM", "sigquit", "9", "SIGRTMIN+3", "SIGWINCH"] {
            assert!(valid_signal(s), "{s}");
        }
        for s in ["SIGTERMINATE", "0", "65", "graceful", "SIGRTMIN+40", ""] {
            assert!(!valid_signal(s), "{s}");
        }
    }
}
