//! DKR067 invalid-default-arg-in-from: with the global `ARG` defaults, a `FROM` image reference
//! is empty or malformed (`ARG TAG` without a default, then `FROM alpine:$TAG`).

use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{Keyword, Vars, image_parts, references, substitute};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR067",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    // Global ARGs, a declaration without a default counting as empty (what BuildKit uses when
    // no --build-arg is given).
    let mut vars = Vars::default();
    let mut declared_empty = Vec::new();
    for instruction in df.instructions.iter().take_while(|i| i.stage.is_none()) {
        if instruction.keyword != Keyword::Arg {
            continue;
        }
        for word in instruction.args.words(df.escape) {
            match word.text.split_once('=') {
                Some((name, value)) => {
                    let value = substitute(value, &vars, df.escape);
                    vars.set(name, value);
                }
                None => {
                    vars.set(&word.text, Some(String::new()));
                    declared_empty.push(word.text.clone());
                }
            }
        }
    }
    for stage in &df.stages {
        let image = &stage.image;
        let refs = references(&image.text, df.escape);
        // Only judge references that involve an ARG declared without a default; the others
        // are either known (fine) or undeclared (DKR059).
        if !refs.iter().any(|r| declared_empty.contains(&r.name)) {
            continue;
        }
        let Some(resolved) = substitute(&image.text, &vars, df.escape) else {
            continue;
        };
        if valid_reference(&resolved) {
            continue;
        }
        let shown = if resolved.is_empty() {
            "an empty image name".to_string()
        } else {
            format!("`{resolved}`")
        };
        out.report(
            image.span,
            format!(
                "without --build-arg, `{}` becomes {shown}: give the ARG a default",
                image.text
            ),
        );
    }
}

fn valid_reference(reference: &str) -> bool {
    let parts = image_parts(reference);
    let name_ok = !parts.name.is_empty()
        && !parts.name.starts_with(['/', ':', '-', '.'])
        && !parts.name.ends_with(['/', ':', '-', '.'])
        && !parts.name.contains("//");
    // A tag is 1-128 word characters, dots and dashes, not starting with a dot or dash.
    let tag_ok = parts.tag.is_none_or(|t| {
        !t.is_empty()
            && t.len() <= 128
            && t.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            && t.chars().all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
    });
    let digest_ok = parts.digest.is_none_or(|d| d.contains(':') && !d.ends_with(':'));
    name_ok && tag_ok && digest_ok
}
