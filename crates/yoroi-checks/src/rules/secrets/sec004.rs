//! SEC004 container-command-credential: a container's `command` or `args` passes a credential
//! as a literal flag value (`--password=…`, `--token …`, `--requirepass …`). Command lines are
//! shown by `kubectl describe`, `ps` on the node and every process listing.

use super::detect;
use super::sec001::is_credential_name;
use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};
use regex::Regex;
use std::sync::LazyLock;
use yoroi_syntax::{Node, Span};

pub(crate) const RULE: RustRule = RustRule {
    id: "SEC004",
    check: Check::Kubernetes(check),
};

/// `--name=value` or `--name value` inside one command-line string.
static FLAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:^|\s)--?([A-Za-z][A-Za-z0-9_.-]*)(?:=|\s+)("[^"]*"|'[^']*'|[^\s"']+)"#)
        .unwrap_or_else(|e| panic!("flag pattern: {e}"))
});

/// Whether a flag name holds a credential: `--password`, `--db-password`, `--api-key`,
/// `--requirepass`; not `--password-file` or `--token-ttl`.
fn is_credential_flag(name: &str) -> bool {
    let name = name.to_ascii_lowercase().replace(['-', '.'], "_");
    is_credential_name(&name) || matches!(name.as_str(), "requirepass" | "masterauth" | "pass")
}

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    for object in ctx.objects {
        let Some(pod) = object.pod_spec() else {
            continue;
        };
        for container in pod.containers() {
            let items: Vec<&Node> = ["command", "args"]
                .iter()
                .filter_map(|k| container.node.get(k))
                .flat_map(Node::items)
                .collect();
            for (i, item) in items.iter().enumerate() {
                let Some(text) = item.as_str() else { continue };
                let mut found: Vec<(String, &str)> = Vec::new();
                for caps in FLAG.captures_iter(text) {
                    if let (Some(name), Some(value)) = (caps.get(1), caps.get(2))
                        && is_credential_flag(name.as_str())
                    {
                        found.push((name.as_str().to_string(), value.as_str()));
                    }
                }
                // `["--password", "s3cret"]`: the flag and its value as two items.
                if let Some(name) = text.strip_prefix("--").or_else(|| text.strip_prefix('-'))
                    && !name.contains('=')
                    && is_credential_flag(name)
                    && let Some(value) = items.get(i + 1).and_then(|n| n.as_str())
                {
                    let span = items[i + 1].span;
                    report(emit, object, &container, name, value, span);
                }
                for (name, value) in found {
                    report(emit, object, &container, &name, value, item.span);
                }
            }
        }
    }
}

fn report(
    emit: &mut Emitter<'_>,
    object: &yoroi_syntax::kubernetes::K8sObject,
    container: &yoroi_syntax::kubernetes::Container<'_>,
    flag: &str,
    value: &str,
    span: Span,
) {
    let value = value.trim_matches(|c| c == '"' || c == '\'');
    if detect::is_placeholder(value) || value.starts_with('$') || value.starts_with('-') {
        return;
    }
    emit.report(
        span,
        format!(
            "container `{}` passes a literal credential ({} characters) to `{flag}` on its command line",
            container.display_name(),
            value.chars().count()
        ),
    )
    .redact(span)
    .object(format!(
        "{} container {}",
        object.identity(),
        container.display_name()
    ));
}
