//! SEC003 secret-sent-over-http-data-source: a `data "http"` block whose URL, headers or body
//! refer to a stored secret (an SSM parameter, a Secrets Manager secret version): planning the
//! configuration sends the secret to that endpoint, whoever runs `terraform plan`.

use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::terraform::Module;

pub(crate) const RULE: RustRule = RustRule {
    id: "SEC003",
    check: Check::Terraform(check),
};

/// Resources and data sources whose attributes hold a secret's value.
const SECRET_SOURCES: &[&str] = &[
    "aws_ssm_parameter.",
    "data.aws_ssm_parameter.",
    "aws_secretsmanager_secret_version.",
    "data.aws_secretsmanager_secret_version.",
];

fn check(module: &Module, out: &mut Emitter<'_>) {
    for block in &module.blocks {
        if block.kind != "data" || block.labels.first().map(String::as_str) != Some("http") {
            continue;
        }
        let Some(secret) = block.references.iter().find(|r| {
            let local = r.rsplit('/').next().unwrap_or(r);
            SECRET_SOURCES.iter().any(|s| local.starts_with(s))
        }) else {
            continue;
        };
        let local = secret.rsplit('/').next().unwrap_or(secret);
        out.report_in(
            module.file(block),
            block.header,
            format!(
                "`{}` sends the value of `{local}` to an HTTP endpoint when Terraform plans",
                block.address()
            ),
        )
        .object(block.address());
    }
}
