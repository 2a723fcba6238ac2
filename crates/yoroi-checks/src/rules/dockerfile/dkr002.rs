//! DKR002 base-image-latest-or-untagged: a `FROM` image without a tag, or tagged `latest`, and
//! without a digest.

use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::{Keyword, image_parts};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR002",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for stage in &df.stages {
        let image = &stage.image;
        let Some(reference) = image.effective() else {
            continue;
        };
        let reference = reference.trim();
        if reference.is_empty()
            || image.is_scratch()
            || stage.parent_stage.is_some()
            || df.stages.get(..stage.index).unwrap_or(&[]).iter().any(|s| {
                s.name
                    .as_ref()
                    .is_some_and(|n| n.text.eq_ignore_ascii_case(reference))
            })
        {
            continue;
        }
        let parts = image_parts(reference);
        if parts.digest.is_some() {
            continue;
        }
        let message = match parts.tag {
            None => format!(
                "base image `{reference}` has no tag, so it is whatever `latest` is at build time"
            ),
            Some("latest") => format!(
                "base image `{reference}` uses the moving `latest` tag instead of a version"
            ),
            Some(_) => continue,
        };
        let finding = out.report(image.span, message);
        if let Some(o) = object(df, Some(stage.index)) {
            finding.object(o);
        }
        if image.text.contains('$')
            && let Some((span, name)) = global_arg_for(df, &image.text)
        {
            finding.label(span, format!("`{name}` supplies the image reference"));
        }
    }
}

/// The last global `ARG` declaring a variable that `text` references.
fn global_arg_for(
    df: &yoroi_syntax::dockerfile::Dockerfile,
    text: &str,
) -> Option<(yoroi_syntax::Span, String)> {
    let names = referenced_variables(text);
    df.instructions
        .iter()
        .take_while(|i| i.stage.is_none())
        .filter(|i| i.keyword == Keyword::Arg)
        .flat_map(|i| super::stages::declarations(i, df.escape))
        .filter(|d| names.contains(&d.key))
        .last()
        .map(|d| (d.key_span, d.key))
}

fn referenced_variables(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        rest = &rest[at + 1..];
        let body = rest.strip_prefix('{').unwrap_or(rest);
        let name: String = body
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.push(name);
        }
    }
    out
}
