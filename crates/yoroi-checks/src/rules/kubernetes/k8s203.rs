//! K8S203 label-value-invalid: a value of `metadata.labels` that the API server rejects (more
//! than 63 characters, not starting and ending with a letter or digit, or holding characters
//! other than letters, digits, `-`, `_` and `.`). Applies to every kind, which a declarative
//! `objects` target cannot express.

use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S203",
    check: Check::Kubernetes(check),
};

/// Whether `value` is a valid label value (the empty string is valid).
pub(super) fn valid_label_value(value: &str) -> bool {
    if value.is_empty() {
        return true;
    }
    let bytes = value.as_bytes();
    let edge = |b: u8| b.is_ascii_alphanumeric();
    bytes.len() <= 63
        && bytes.first().copied().is_some_and(edge)
        && bytes.last().copied().is_some_and(edge)
        && bytes
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    for object in ctx.objects {
        let Some(labels) = object.root.at("metadata.labels") else {
            continue;
        };
        for entry in labels.entries() {
            // Numbers, booleans and unknown values are left to schema validation.
            let Some(value) = entry.value.as_str() else {
                continue;
            };
            // Template placeholders left in the file are not judged.
            if value.contains("{{") || value.contains("${") {
                continue;
            }
            if valid_label_value(value) {
                continue;
            }
            emit.report(
                entry.key_span.cover(entry.value.span),
                format!(
                    "the value of label `{}` is not a valid label value (at most 63 characters, letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit)",
                    entry.key
                ),
            )
            .object(object.identity());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::valid_label_value;

    #[test]
    fn label_values() {
        assert!(valid_label_value(""));
        assert!(valid_label_value("a"));
        assert!(valid_label_value("v1.2_3-x"));
        assert!(!valid_label_value("-a"));
        assert!(!valid_label_value("a."));
        assert!(!valid_label_value("a b"));
        assert!(!valid_label_value("a/b"));
        assert!(valid_label_value(&"a".repeat(63)));
        assert!(!valid_label_value(&"a".repeat(64)));
    }
}
