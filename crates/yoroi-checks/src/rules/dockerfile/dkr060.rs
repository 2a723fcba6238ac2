//! DKR060 undefined-var: an instruction that BuildKit expands uses a variable that is not in
//! scope there although the file declares it: a global `ARG` not redeclared in the stage, an
//! automatic platform argument without `ARG`, or a variable declared only further down.

use super::stages::{Declaration, declarations, each_instruction, object};
use super::vars::AUTOMATIC_PLATFORM_ARGS;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use std::collections::HashSet;
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::{Instruction, Keyword, references};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR060",
    check: Check::Dockerfile(check),
};

/// Instructions whose arguments BuildKit expands (`RUN`, `CMD`, `ENTRYPOINT` arguments are left
/// to the shell).
fn expands(keyword: Keyword) -> bool {
    matches!(
        keyword,
        Keyword::Add
            | Keyword::Copy
            | Keyword::Env
            | Keyword::Arg
            | Keyword::Expose
            | Keyword::Label
            | Keyword::Stopsignal
            | Keyword::User
            | Keyword::Volume
            | Keyword::Workdir
    )
}

/// Maps a byte range of an expanded text back to the file.
type SpanMap<'a> = Box<dyn Fn(usize, usize) -> Span + 'a>;

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |stage, instruction, scope| {
        if instruction.keyword == Keyword::From {
            return;
        }
        let mut texts: Vec<(String, SpanMap<'_>)> = Vec::new();
        let args = &instruction.args;
        if expands(instruction.keyword) {
            texts.push((args.text.clone(), Box::new(move |s, e| args.raw_span(s, e))));
        }
        // Flags are expanded for every instruction (`RUN --mount=…,target=$X`).
        for flag in &instruction.flags {
            if let Some(v) = &flag.value {
                let span = flag.span;
                texts.push((v.clone(), Box::new(move |_, _| span)));
            }
        }
        let mut seen = HashSet::new();
        for (text, map) in &texts {
            for r in references(text, df.escape) {
                if r.handles_unset || scope.is_declared(&r.name) || !seen.insert(r.name.clone())
                {
                    continue;
                }
                let reason = if let Some(later) = declared_later(df, stage, instruction, &r.name) {
                    Some((format!("`${}` is used before it is declared", r.name), Some(later)))
                } else if scope.is_global(&r.name) && !image_may_set(df, stage, &r.name) {
                    Some((
                        format!(
                            "`${}` is a global ARG, which is not in scope inside a stage: add `ARG {}` to the stage",
                            r.name, r.name
                        ),
                        None,
                    ))
                } else if AUTOMATIC_PLATFORM_ARGS.contains(&r.name.as_str()) {
                    Some((
                        format!(
                            "`${}` is empty inside a stage unless the stage declares `ARG {}`",
                            r.name, r.name
                        ),
                        None,
                    ))
                } else {
                    // Possibly set by the base image's environment: unknown, so quiet.
                    None
                };
                let Some((message, later)) = reason else {
                    continue;
                };
                let finding = out.report(map(r.start, r.end), message);
                if let Some(span) = later {
                    finding.label(span, "declared here");
                }
                if let Some(o) = object(df, instruction.stage) {
                    finding.object(o);
                }
            }
        }
    });
}

/// Official images set `<NAME>_VERSION`-style variables (`NODE_VERSION` in `node`,
/// `PYTHON_VERSION` in `python`): a global ARG of that shape may be the image's own ENV.
fn image_may_set(
    df: &yoroi_syntax::dockerfile::Dockerfile,
    stage: &yoroi_syntax::dockerfile::Stage,
    name: &str,
) -> bool {
    let root = super::stages::root_image(df, stage);
    let Some(reference) = root.effective() else {
        return true;
    };
    let parts = yoroi_syntax::dockerfile::image_parts(reference);
    let repo = parts.name.rsplit('/').next().unwrap_or(parts.name);
    let repo = repo.to_ascii_uppercase().replace(['-', '.'], "_");
    !repo.is_empty() && name.to_ascii_uppercase().starts_with(&repo)
}

/// The key span of an `ARG`/`ENV` of `name` after `instruction` in `stage`.
fn declared_later(
    df: &yoroi_syntax::dockerfile::Dockerfile,
    stage: &yoroi_syntax::dockerfile::Stage,
    instruction: &Instruction,
    name: &str,
) -> Option<Span> {
    df.stage_instructions(stage)
        .iter()
        .skip_while(|i| !std::ptr::eq(*i, instruction))
        .skip(1)
        .filter(|i| matches!(i.keyword, Keyword::Arg | Keyword::Env))
        .flat_map(|i| declarations(i, df.escape))
        .find(|d: &Declaration| d.key == name)
        .map(|d| d.key_span)
}
