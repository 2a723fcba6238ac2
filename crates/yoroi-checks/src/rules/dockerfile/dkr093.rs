//! DKR093 label-created-not-rfc3339: `org.opencontainers.image.created` (or label-schema's
//! `build-date`) that is not an RFC 3339 date-time.

use super::labels::labels;
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR093",
    check: Check::Dockerfile(check),
};

const DATE_LABELS: &[&str] = &["org.opencontainers.image.created", "org.label-schema.build-date"];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for label in labels(df) {
        if !label.is(DATE_LABELS) {
            continue;
        }
        let Some(value) = label.known_value() else {
            continue;
        };
        if value.trim().is_empty() || is_rfc3339(value) {
            continue;
        }
        let finding = out.report(
            label.key_span,
            format!(
                "label `{}` should be an RFC 3339 date-time such as `2024-05-01T12:00:00Z`, not `{value}`",
                label.key
            ),
        );
        if let Some(o) = object(df, label.instruction.stage) {
            finding.object(o);
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`; `t`/`z` and a space for `T` are accepted.
fn is_rfc3339(value: &str) -> bool {
    let b = value.as_bytes();
    let digits = |from: usize, len: usize| -> Option<u32> {
        let part = b.get(from..from + len)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    let (Some(_year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) = (
        digits(0, 4),
        digits(5, 2),
        digits(8, 2),
        digits(11, 2),
        digits(14, 2),
        digits(17, 2),
    ) else {
        return false;
    };
    let separators = b.get(4) == Some(&b'-')
        && b.get(7) == Some(&b'-')
        && matches!(b.get(10), Some(b'T' | b't' | b' '))
        && b.get(13) == Some(&b':')
        && b.get(16) == Some(&b':');
    if !separators
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return false;
    }
    let mut at = 19;
    if b.get(at) == Some(&b'.') {
        at += 1;
        let start = at;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        if at == start {
            return false;
        }
    }
    match b.get(at) {
        Some(b'Z' | b'z') => at + 1 == b.len(),
        Some(b'+' | b'-') => {
            b.len() == at + 6
                && digits(at + 1, 2).is_some_and(|h| h <= 23)
                && b.get(at + 3) == Some(&b':')
                && digits(at + 4, 2).is_some_and(|m| m <= 59)
        }
        _ => false,
    }
}
