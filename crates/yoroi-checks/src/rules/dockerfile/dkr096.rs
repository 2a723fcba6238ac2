//! DKR096 chown-to-runtime-user: files copied with `--chown` to the user the final image runs as,
//! so the running process can rewrite its own code and configuration.

use super::stages::{object, walk_chain};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR096",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let Some(last) = df.final_stage() else {
        return;
    };
    // The runtime user (resolved) and every `--chown` of the chain with its resolved owner.
    let mut runtime: Option<Option<String>> = None;
    let mut chowns: Vec<Chown> = Vec::new();
    walk_chain(df, last, |_, instruction, scope| {
        match instruction.keyword {
            Keyword::User => {
                let arg = instruction.args.trimmed();
                runtime = Some(scope.resolve(&arg.text).map(|u| owner(&u)));
            }
            Keyword::Copy | Keyword::Add => {
                if let Some(flag) = instruction.flag("chown")
                    && let Some(value) = flag.value.as_deref()
                {
                    chowns.push(Chown {
                        stage: instruction.stage,
                        span: flag.span,
                        written: value.to_string(),
                        owner: scope.resolve(value).map(|v| owner(&v)),
                    });
                }
            }
            _ => {}
        }
    });
    let Some(Some(user)) = runtime else {
        return;
    };
    if user.is_empty() || user == "root" || user == "0" {
        return;
    }
    for chown in chowns {
        if chown.owner.as_deref() != Some(user.as_str()) {
            continue;
        }
        let Chown {
            stage,
            span,
            written,
            ..
        } = chown;
        let finding = out.report(
            span,
            format!(
                "`--chown={written}` gives the copied files to `{user}`, the user the container runs as, so a compromised process can modify them"
            ),
        );
        if let Some(o) = object(df, stage) {
            finding.object(o);
        }
    }
}

/// One `--chown` of the final chain.
struct Chown {
    stage: Option<usize>,
    span: Span,
    written: String,
    /// The user part, resolved; `None` when a variable is unknown.
    owner: Option<String>,
}

/// The user part of `user[:group]`.
fn owner(value: &str) -> String {
    value.split(':').next().unwrap_or("").trim().to_string()
}
