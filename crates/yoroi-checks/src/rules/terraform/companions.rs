//! Settings decided by a second resource: a provisioned DynamoDB table and the Application Auto
//! Scaling target that scales it (AWS363), an RDS instance and the parameter group that forces TLS
//! (AWS364). Both stay silent whenever the companion may exist but cannot be read.

use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;
use yoroi_syntax::terraform::{Block, Module};

/// Whether `other` refers to `block` (same module instance path).
fn refers_to(other: &Block, block: &Block) -> bool {
    other.module_path == block.module_path
        && other.references.iter().any(|r| *r == block.local_address())
}

fn dynamodb_autoscaling(module: &Module, emit: &mut Emitter<'_>) {
    let targets: Vec<&Block> = module
        .of_type("aws_appautoscaling_target")
        .filter(|t| {
            t.body
                .get("service_namespace")
                .is_none_or(|n| n.is_unknown() || n.as_str() == Some("dynamodb"))
        })
        .collect();
    // A target whose resource we cannot read may scale any table.
    if targets.iter().any(|t| {
        t.body
            .get("resource_id")
            .is_none_or(|r| r.as_str().is_none())
            && t.references.is_empty()
    }) {
        return;
    }
    for table in module.of_type("aws_dynamodb_table") {
        let billing = table.body.get("billing_mode");
        let span = match billing {
            None => table.header,
            Some(mode) => match mode.as_str() {
                Some(m) if m.eq_ignore_ascii_case("PROVISIONED") => mode.span,
                _ => continue,
            },
        };
        let name = table.body.get("name").and_then(Node::as_str);
        let scaled = targets.iter().any(|t| {
            refers_to(t, table)
                || match (t.body.get("resource_id").and_then(Node::as_str), name) {
                    (Some(id), Some(name)) => {
                        id == format!("table/{name}") || id.starts_with(&format!("table/{name}/"))
                    }
                    // A literal id and a table whose name we do not know: cannot tell.
                    (Some(_), None) => true,
                    (None, _) => false,
                }
        });
        if scaled {
            continue;
        }
        let file = module.file(table).clone();
        emit.report_in(
            &file,
            span,
            format!(
                "table `{}` uses provisioned capacity and no auto scaling target in the module scales it",
                table.address()
            ),
        )
        .object(table.address());
    }
}

/// What an engine does about TLS when its parameter group does not say: `Some(true)` when it
/// forces TLS, `Some(false)` when it accepts plain connections, `None` when yoroi does not know.
fn engine_forces_tls(engine: &str, version: Option<&str>) -> Option<bool> {
    let major = version.and_then(|v| v.split('.').next()?.parse::<u32>().ok());
    match engine {
        // `rds.force_ssl` defaults to 1 from PostgreSQL 15; an absent version is the latest.
        "postgres" => Some(major.is_none_or(|m| m >= 15)),
        // `require_secure_transport` is OFF by default up to MySQL 8.0 and in MariaDB.
        "mysql" => match major {
            Some(m) if m <= 8 && !version.is_some_and(|v| v.starts_with("8.4")) => Some(false),
            _ => None,
        },
        "mariadb" => Some(false),
        _ => None,
    }
}

/// The parameter that forces TLS for an engine, and whether a value turns it on.
fn tls_parameter(engine: &str) -> Option<&'static str> {
    match engine {
        "postgres" => Some("rds.force_ssl"),
        "mysql" | "mariadb" => Some("require_secure_transport"),
        _ => None,
    }
}

fn is_on(value: &Node) -> Option<bool> {
    let text = match &value.value {
        yoroi_syntax::Value::Str(s) => s.to_ascii_lowercase(),
        yoroi_syntax::Value::Int(i) => i.to_string(),
        yoroi_syntax::Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    match text.as_str() {
        "1" | "on" | "true" => Some(true),
        "0" | "off" | "false" => Some(false),
        _ => None,
    }
}

fn rds_tls(module: &Module, emit: &mut Emitter<'_>) {
    for instance in module.of_type("aws_db_instance") {
        let Some(engine) = instance.body.get("engine").and_then(Node::as_str) else {
            continue;
        };
        let Some(parameter) = tls_parameter(engine) else {
            continue;
        };
        let version = instance.body.get("engine_version").and_then(Node::as_str);
        if instance
            .body
            .get("engine_version")
            .is_some_and(Node::is_unknown)
        {
            continue;
        }
        let (span, why) = match instance.body.get("parameter_group_name") {
            None => match engine_forces_tls(engine, version) {
                Some(false) => (
                    instance.header,
                    "uses the default parameter group, which accepts unencrypted connections",
                ),
                _ => continue,
            },
            Some(group_name) => {
                let group = module.of_type("aws_db_parameter_group").find(|g| {
                    refers_to(instance, g) && group_name.is_unknown()
                        || g.module_path == instance.module_path
                            && group_name.as_str().is_some()
                            && g.body.get("name").and_then(Node::as_str) == group_name.as_str()
                });
                let Some(group) = group else {
                    continue;
                };
                let mut setting = None;
                let mut unreadable = false;
                for p in group.body.get_all("parameter") {
                    match p.get("name") {
                        Some(n) if n.as_str() == Some(parameter) => setting = p.get("value"),
                        Some(n) if n.as_str().is_some() => {}
                        _ => unreadable = true,
                    }
                }
                match setting {
                    Some(value) => match is_on(value) {
                        Some(false) => (
                            value.span,
                            "has a parameter group that turns TLS enforcement off",
                        ),
                        _ => continue,
                    },
                    None if unreadable => continue,
                    None => match engine_forces_tls(engine, version) {
                        Some(false) => (
                            group_name.span,
                            "has a parameter group that leaves unencrypted connections allowed",
                        ),
                        _ => continue,
                    },
                }
            }
        };
        let file = module.file(instance).clone();
        emit.report_in(
            &file,
            span,
            format!(
                "database `{}` ({engine}) {why}: set `{parameter}` to 1 in its parameter group",
                instance.address()
            ),
        )
        .object(instance.address());
    }
}

pub(crate) static RULES: &[&RustRule] = &[
    &RustRule {
        id: "AWS363",
        check: Check::Terraform(dynamodb_autoscaling),
    },
    &RustRule {
        id: "AWS364",
        check: Check::Terraform(rds_tls),
    },
];
