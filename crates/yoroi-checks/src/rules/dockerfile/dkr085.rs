//! DKR085 consecutive-run: back-to-back `RUN`s (or `COPY`s into the same directory) that could be
//! one instruction and one layer.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{Form, Instruction, Keyword};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR085",
    check: Check::Dockerfile(check),
};

/// A `RUN` with more top-level commands than this was split on purpose (a long install step
/// followed by another long step); hadolint uses the same threshold.
const SHORT: usize = 2;

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        let instructions = df.stage_instructions(stage);
        // Report once per group of mergeable neighbours, at its second member.
        let mut in_group = false;
        for pair in instructions.windows(2) {
            let [a, b] = pair else { continue };
            let mergeable = match (a.keyword, b.keyword) {
                (Keyword::Run, Keyword::Run) => short_run(a) && short_run(b) && same_flags(a, b),
                (Keyword::Copy, Keyword::Copy) => {
                    same_flags(a, b)
                        && destination(a, df.escape)
                            .is_some_and(|d| d.ends_with('/') && Some(d) == destination(b, df.escape))
                }
                _ => false,
            };
            if mergeable && !in_group {
                let kind = b.keyword.as_str();
                let finding = out.report(
                    b.keyword_span,
                    if b.keyword == Keyword::Run {
                        "this RUN follows another RUN; join them with `&&` to build one layer".to_string()
                    } else {
                        format!("this {kind} copies into the same directory as the one before it; list all sources in one {kind}")
                    },
                );
                finding.label(a.keyword_span, "the previous instruction");
                if let Some(o) = object(df, b.stage) {
                    finding.object(o);
                }
            }
            in_group = mergeable;
        }
    }
}

/// Shell form, no heredoc, and at most [`SHORT`] commands outside substitutions.
fn short_run(run: &Instruction) -> bool {
    if run.form != Form::Shell || !run.heredocs.is_empty() {
        return false;
    }
    let Some(script) = run.script.as_ref() else {
        return false;
    };
    if script.has_errors {
        return false;
    }
    script
        .commands
        .iter()
        .filter(|c| !c.in_substitution && !c.via_shell_c)
        .count()
        <= SHORT
}

fn same_flags(a: &Instruction, b: &Instruction) -> bool {
    let key = |i: &Instruction| {
        let mut flags: Vec<(String, Option<String>)> = i
            .flags
            .iter()
            .map(|f| (f.name.to_ascii_lowercase(), f.value.clone()))
            .collect();
        flags.sort();
        flags
    };
    key(a) == key(b)
}

fn destination(copy: &Instruction, escape: char) -> Option<String> {
    let words = copy.words(escape);
    if words.len() < 2 {
        return None;
    }
    words.last().map(|w| w.text.clone())
}
