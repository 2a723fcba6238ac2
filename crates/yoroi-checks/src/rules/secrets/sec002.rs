//! SEC002 well-known-credential-format: a credential of a recognisable format (AWS access key id
//! or secret key, GitHub, GitLab, Slack, Stripe or Google API token, private key block, signed
//! JWT) anywhere in a scanned file. The message shows only the format's public prefix.

use super::detect;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use std::sync::Arc;
use yoroi_syntax::{SourceFile, Span};

pub(crate) const RULE: RustRule = RustRule {
    id: "SEC002",
    check: Check::Text(check),
};

fn check(file: &Arc<SourceFile>, out: &mut Emitter<'_>) {
    for key in detect::find_all(&file.text) {
        let secret = &file.text[key.range.clone()];
        let span = Span::new(key.range.start, key.range.end);
        let shown = if key.kind.contains("private key") {
            format!("({} characters)", secret.len())
        } else {
            detect::redacted(secret, key.shown)
        };
        out.report(
            span,
            format!("{} {shown} is written in the file", key.kind),
        )
        .redact(span);
    }
}
