//! SEC002 well-known-credential-format: a credential of a recognisable format (AWS access key id
//! or secret key, GitHub, GitLab, Slack, Stripe or Google API token, private key block, signed
//! JWT, a password in a URL outside Dockerfiles) anywhere in a scanned file. The message shows only the format's public prefix.

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
    let urls = file.kind != yoroi_syntax::FileKind::Dockerfile;
    for key in detect::find(&file.text, urls) {
        let secret = &file.text[key.range.clone()];
        let span = Span::new(key.range.start, key.range.end);
        let shown = detect::redacted(secret, key.shown);
        out.report(
            span,
            format!("{} {shown} is written in the file", key.kind),
        )
        .redact(span);
    }
}
