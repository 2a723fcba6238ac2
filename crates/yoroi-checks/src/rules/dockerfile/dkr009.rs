//! DKR009 expose-ssh: `EXPOSE` of TCP port 22 (alone or inside a range).

use super::stages::{each_instruction, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR009",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, scope| {
        if instruction.keyword != Keyword::Expose {
            return;
        }
        for word in instruction.args.words(df.escape) {
            let Some(resolved) = scope.resolve(&word.text) else {
                continue;
            };
            if !resolved.split_whitespace().any(publishes_ssh) {
                continue;
            }
            let message = if resolved == word.text {
                format!("EXPOSE `{}` publishes the SSH port 22", word.text)
            } else {
                format!(
                    "EXPOSE `{}` (= `{resolved}`) publishes the SSH port 22",
                    word.text
                )
            };
            let finding = out.report(word.span, message);
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        }
    });
}

/// `22`, `22/tcp`, `20-25`, `1-1024/TCP`; not `22/udp`.
fn publishes_ssh(port: &str) -> bool {
    let (ports, proto) = match port.split_once('/') {
        Some((p, proto)) => (p, Some(proto)),
        None => (port, None),
    };
    if proto.is_some_and(|p| !p.eq_ignore_ascii_case("tcp")) {
        return false;
    }
    let parse = |s: &str| s.trim().parse::<u32>().ok();
    match ports.split_once('-') {
        Some((low, high)) => match (parse(low), parse(high)) {
            (Some(low), Some(high)) => low <= 22 && 22 <= high,
            _ => false,
        },
        None => parse(ports) == Some(22),
    }
}

#[cfg(test)]
mod tests {
    use super::publishes_ssh;

    #[test]
    fn ports() {
        for p in ["22", "22/tcp", "22/TCP", "20-25", "22-22/tcp"] {
            assert!(publishes_ssh(p), "{p}");
        }
        for p in [
            "22/udp",
            "2222",
            "220",
            "8000-8100",
            "x",
            "",
            "-22",
            "23-21",
        ] {
            assert!(!publishes_ssh(p), "{p}");
        }
    }
}
