//! GLC009 debug-trace-enabled: `CI_DEBUG_TRACE` set to true makes the runner print every
//! command with its variables expanded, masked ones included, into the job log.

use super::GitlabCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::{Node, Value};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC009",
    check: Check::Gitlab(check),
};

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    report_enabled(
        ctx,
        "CI_DEBUG_TRACE",
        "prints every command with its variables expanded, masked secrets included, into the job log",
        out,
    );
}

/// Reports each place (top-level `variables:` or a job's) that sets the predefined variable
/// `key` to true.
pub(super) fn report_enabled(
    ctx: &GitlabCtx<'_>,
    key: &str,
    effect: &str,
    out: &mut Emitter<'_>,
) {
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
        let Some(node) = vars.get(key) else { continue };
        let node = node.get("value").unwrap_or(node);
        let on = match &node.value {
            Value::Bool(b) => *b,
            Value::Str(s) => s.eq_ignore_ascii_case("true") || s == "1",
            Value::Int(i) => *i == 1,
            _ => false,
        };
        if on {
            out.report_in(ctx.file_of(node), node.span, format!("`{key}` {effect}"))
                .object(owner);
        }
    }
}
