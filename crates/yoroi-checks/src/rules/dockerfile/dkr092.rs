//! DKR092 label-url-invalid: a well-known URL label (`org.opencontainers.image.url`, `.source`,
//! `.documentation`, and their label-schema predecessors) whose value is not a URL.

use super::labels::labels;
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR092",
    check: Check::Dockerfile(check),
};

const URL_LABELS: &[&str] = &[
    "org.opencontainers.image.url",
    "org.opencontainers.image.source",
    "org.opencontainers.image.documentation",
    "org.label-schema.url",
    "org.label-schema.vcs-url",
    "org.label-schema.usage",
];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for label in labels(df) {
        if !label.is(URL_LABELS) {
            continue;
        }
        let Some(value) = label.known_value() else {
            continue;
        };
        // Empty values are DKR091's.
        if value.trim().is_empty() || is_url(value) {
            continue;
        }
        let finding = out.report(
            label.key_span,
            format!("label `{}` should be a URL, not `{value}`", label.key),
        );
        if let Some(o) = object(df, label.instruction.stage) {
            finding.object(o);
        }
    }
}

/// `scheme://host…` (RFC 3986 with an authority), without spaces.
pub(super) fn is_url(value: &str) -> bool {
    let Some((scheme, rest)) = value.split_once("://") else {
        return false;
    };
    let scheme_ok = scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    scheme_ok && !host.is_empty() && !value.chars().any(char::is_whitespace)
}
