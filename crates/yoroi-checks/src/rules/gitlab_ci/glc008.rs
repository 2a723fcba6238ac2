//! GLC008 hardcoded-secret-variable: a variable named like a credential holds a literal value
//! in the configuration, instead of a masked CI/CD variable.

use super::{GitlabCtx, secret_name};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC008",
    check: Check::Gitlab(check),
};

/// Values that are not credentials: references, placeholders, paths, booleans, short words.
fn looks_secret(value: &str) -> bool {
    let v = value.trim();
    v.len() >= 8
        && !v.contains('$')
        && !v.contains(' ')
        && !v.starts_with('/')
        && !v.starts_with("./")
        && !v.starts_with('<')
        && !v.contains("{{")
        && !matches!(v.to_ascii_lowercase().as_str(), "true" | "false" | "changeme" | "password")
        && v.chars().any(|c| c.is_ascii_digit())
        && v.chars().any(|c| c.is_ascii_alphabetic())
}

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    let mut holders: Vec<(String, &Node)> = Vec::new();
    if let Some(v) = &ctx.ci.variables {
        holders.push(("the configuration".to_string(), v));
    }
    for job in &ctx.ci.jobs {
        if let Some(v) = job.node.get("variables") {
            holders.push((format!("job {}", job.name), v));
        }
    }
    for (owner, vars) in holders {
        for entry in vars.entries() {
            if !secret_name(&entry.key) || entry.key.ends_with("_FILE") {
                continue;
            }
            let Some((value, span)) = yoroi_syntax::gitlab::variable_value(&entry.value) else {
                continue;
            };
            if !looks_secret(value) {
                continue;
            }
            out.report_in(
                ctx.file_of(&entry.value),
                span,
                format!("`{}` is written in the configuration in clear", entry.key),
            )
            .redact(span)
            .object(owner.clone());
        }
    }
}
