//! SEC001 terraform-credential-literal: an argument that holds a credential (`password`,
//! `secret_key`, `token`, provider `access_key` …) set to a literal string in any block of any
//! provider, directly or through a variable default, a tfvars line or a module input. The
//! finding points at the literal (where it must be removed) with the argument as a label.
//!
//! Values that are unknown before apply (`random_password`, data sources, other resources) are
//! never reported; placeholders are not either. Literals of a well-known format are SEC002's.

use super::detect;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use std::collections::HashMap;
use std::sync::Arc;
use yoroi_syntax::terraform::Module;
use yoroi_syntax::{Node, SourceFile, Span, Value};

pub(crate) const RULE: RustRule = RustRule {
    id: "SEC001",
    check: Check::Terraform(check),
};

/// Argument names that hold a credential, whatever the provider.
const EXACT: &[&str] = &[
    "password",
    "passwd",
    "secret",
    "token",
    "secret_key",
    "access_key",
    "private_key",
    "api_key",
    "api_token",
    "auth_token",
    "access_token",
    "client_secret",
    "secret_string",
    "sas_token",
];

/// Suffixes of credential names: `master_password`, `admin_password`, `storage_account_access_key`.
const SUFFIXES: &[&str] = &[
    "_password",
    "_passwd",
    "_secret",
    "_secret_key",
    "_access_key",
    "_private_key",
    "_api_key",
    "_api_token",
    "_auth_token",
    "_access_token",
];

pub(crate) fn is_credential_name(name: &str) -> bool {
    EXACT.contains(&name) || SUFFIXES.iter().any(|s| name.ends_with(s))
}

/// One literal credential: where the literal is and the arguments it reaches.
struct Literal<'m> {
    file: &'m Arc<SourceFile>,
    span: Span,
    len: usize,
    /// The address of the first block that receives it (the finding's object).
    object: String,
    uses: Vec<(&'m Arc<SourceFile>, Span, String)>,
}

fn check(module: &Module, out: &mut Emitter<'_>) {
    let mut literals: Vec<Literal<'_>> = Vec::new();
    let mut index: HashMap<(usize, u32, u32), usize> = HashMap::new();
    let mut known: HashMap<usize, Vec<detect::KeyMatch>> = HashMap::new();
    for block in &module.blocks {
        if !matches!(block.kind.as_str(), "resource" | "data" | "provider" | "module") {
            continue;
        }
        let mut found = Vec::new();
        walk(&block.body, &mut found);
        for (name, node) in found {
            let Some(value) = node.as_str() else { continue };
            if detect::is_placeholder(value) {
                continue;
            }
            let attr_file = module.file(block);
            let (file, span) = match &node.origin {
                Some(origin) => (&origin.file, origin.span),
                None => (attr_file, node.span),
            };
            // SEC002 reports literals of a well-known format.
            let key = Arc::as_ptr(file) as usize;
            let formats = known
                .entry(key)
                .or_insert_with(|| detect::find_all(&file.text));
            if formats.iter().any(|k| {
                k.range.start < span.end() && span.start() < k.range.end
            }) {
                continue;
            }
            let slot = *index
                .entry((key, span.start, span.end))
                .or_insert_with(|| {
                    literals.push(Literal {
                        file,
                        span,
                        len: value.chars().count(),
                        object: block.address(),
                        uses: Vec::new(),
                    });
                    literals.len() - 1
                });
            let what = format!("`{name}` of `{}`", block.address());
            literals[slot].uses.push((attr_file, node.span, what));
        }
    }
    for literal in literals {
        let Some((_, _, first)) = literal.uses.first() else {
            continue;
        };
        let message = format!(
            "{first} is set to a literal credential ({} characters) written in the configuration",
            literal.len
        );
        let finding = out.report_in(literal.file, literal.span, message);
        finding.redact(literal.span).object(literal.object.as_str());
        for (file, span, what) in &literal.uses {
            if !(Arc::ptr_eq(file, literal.file) && *span == literal.span) {
                finding.label_in(file, *span, format!("{what} receives it"));
            }
        }
    }
}

/// Every credential-named argument with a string value, at any depth of nested blocks.
fn walk<'n>(node: &'n Node, found: &mut Vec<(&'n str, &'n Node)>) {
    match &node.value {
        Value::Map(entries) => {
            for entry in entries {
                if is_credential_name(&entry.key) && matches!(entry.value.value, Value::Str(_)) {
                    found.push((&entry.key, &entry.value));
                } else {
                    walk(&entry.value, found);
                }
            }
        }
        Value::Seq(items) => items.iter().for_each(|n| walk(n, found)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_names() {
        for n in ["password", "master_password", "admin_password", "secret_key", "token", "access_key"] {
            assert!(is_credential_name(n), "{n}");
        }
        for n in ["password_length", "secret_name", "token_ttl", "kms_key_id", "access_key_id", "private_key_id"] {
            assert!(!is_credential_name(n), "{n}");
        }
    }
}
