//! GLC009 debug-trace-enabled: `CI_DEBUG_TRACE` / `CI_DEBUG_SERVICES` set to true print every
//! variable, masked ones included, into the job log.

use super::GitlabCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::{Node, Value};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC009",
    check: Check::Gitlab(check),
};

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
        for key in ["CI_DEBUG_TRACE", "CI_DEBUG_SERVICES"] {
            let Some(node) = vars.get(key) else { continue };
            let node = node.get("value").unwrap_or(node);
            let on = match &node.value {
                Value::Bool(b) => *b,
                Value::Str(s) => s.eq_ignore_ascii_case("true"),
                _ => false,
            };
            if on {
                out.report_in(
                    ctx.file_of(node),
                    node.span,
                    format!("`{key}` prints every variable of the job, masked secrets included, into its log"),
                )
                .object(owner.clone());
            }
        }
    }
}
