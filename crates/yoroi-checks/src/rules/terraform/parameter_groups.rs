//! Settings that live in one item of a repeated `parameter { name, value }` block (Redshift and
//! DocumentDB parameter groups), and the ECS task definition whose two roles are the same role.
//! A declarative condition cannot tie a parameter's `name` to its `value`, so these are code.

use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;
use yoroi_syntax::terraform::Module;

/// A parameter a group must set: which value is acceptable, and whether leaving it out (the
/// engine default) is already bad.
struct Wanted {
    id: &'static str,
    resource: &'static str,
    parameter: &'static str,
    ok: fn(&str) -> bool,
    what: &'static str,
}

const TABLE: &[Wanted] = &[
    Wanted {
        id: "AWS360",
        resource: "aws_redshift_parameter_group",
        parameter: "require_ssl",
        ok: |v| v.eq_ignore_ascii_case("true"),
        what: "does not require TLS (`require_ssl` is not `true`)",
    },
    Wanted {
        id: "AWS361",
        resource: "aws_docdb_cluster_parameter_group",
        parameter: "audit_logs",
        ok: |v| !(v.eq_ignore_ascii_case("disabled") || v.eq_ignore_ascii_case("none")),
        what: "does not turn on audit logs (`audit_logs`)",
    },
];

/// The text of a scalar as the parameter API sees it (`true`, `1`, `enabled`).
fn scalar_text(node: &Node) -> Option<String> {
    match &node.value {
        yoroi_syntax::Value::Str(s) => Some(s.clone()),
        yoroi_syntax::Value::Bool(_)
        | yoroi_syntax::Value::Int(_)
        | yoroi_syntax::Value::Float(_) => Some(node.display()),
        _ => None,
    }
}

fn parameter_check(module: &Module, emit: &mut Emitter<'_>) {
    let id = emit.rule().meta.id.clone();
    let Some(wanted) = TABLE.iter().find(|w| w.id == id) else {
        return;
    };
    'groups: for group in module.of_type(wanted.resource) {
        let mut seen = None;
        for parameter in group.body.get_all("parameter") {
            let Some(name) = parameter.get("name") else {
                continue;
            };
            if parameter.is_unknown() || name.is_unknown() {
                // A parameter we cannot read may be the one.
                continue 'groups;
            }
            if name.as_str() == Some(wanted.parameter) {
                seen = Some(parameter);
            }
        }
        let file = module.file(group).clone();
        let span = match seen {
            None => group.header,
            Some(parameter) => match parameter.get("value") {
                Some(value) => match scalar_text(value) {
                    Some(text) if (wanted.ok)(&text) => continue,
                    Some(_) => value.span,
                    None => continue,
                },
                None => continue,
            },
        };
        emit.report_in(
            &file,
            span,
            format!("parameter group `{}` {}", group.address(), wanted.what),
        )
        .object(group.address());
    }
}

/// The source text of an attribute's expression, when it is written in the block itself.
fn expression_text<'a>(
    module: &'a Module,
    block: &yoroi_syntax::terraform::Block,
    node: &Node,
) -> Option<&'a str> {
    if node.origin.is_some() {
        return None;
    }
    let text = module.files.get(block.file)?.text.get(node.span.range())?;
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

fn same_role_check(module: &Module, emit: &mut Emitter<'_>) {
    for task in module.of_type("aws_ecs_task_definition") {
        let (Some(execution), Some(role)) = (
            task.body.get("execution_role_arn"),
            task.body.get("task_role_arn"),
        ) else {
            continue;
        };
        let same = match (execution.as_str(), role.as_str()) {
            (Some(a), Some(b)) => !a.is_empty() && a == b,
            // The same expression (`aws_iam_role.app.arn` twice) yields the same role.
            _ if execution.is_unknown() && role.is_unknown() => {
                let a: Option<String> = expression_text(module, task, execution)
                    .map(|t| t.split_whitespace().collect());
                let b: Option<String> =
                    expression_text(module, task, role).map(|t| t.split_whitespace().collect());
                a.is_some() && a == b
            }
            _ => false,
        };
        if same {
            let file = module.file(task).clone();
            emit.report_in(
                &file,
                role.span,
                format!(
                    "task definition `{}` gives the application its execution role",
                    task.address()
                ),
            )
            .object(task.address());
        }
    }
}

pub(crate) static RULES: &[&RustRule] = &[
    &RustRule {
        id: "AWS360",
        check: Check::Terraform(parameter_check),
    },
    &RustRule {
        id: "AWS361",
        check: Check::Terraform(parameter_check),
    },
    &RustRule {
        id: "AWS362",
        check: Check::Terraform(same_role_check),
    },
];
