//! Separation of duties in Google Cloud IAM (CIS Google Cloud Platform Foundation 1.8 and 1.11):
//! one member must not hold both the role that administers something and the role that uses it.
//! The two grants are usually separate resources (`google_project_iam_member`s) or separate
//! `binding` blocks of one `data "google_iam_policy"`, so a declarative condition cannot see them
//! together.

use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use std::collections::BTreeMap;
use std::sync::Arc;
use yoroi_syntax::terraform::{Block, Module};
use yoroi_syntax::{Node, SourceFile, Span};

/// A pair of duties to keep apart: an administering role and the roles that use what it
/// administers.
struct Duties {
    id: &'static str,
    admin: &'static str,
    users: &'static [&'static str],
    what: &'static str,
}

const TABLE: &[Duties] = &[
    Duties {
        id: "GCP165",
        admin: "roles/cloudkms.admin",
        users: &[
            "roles/cloudkms.cryptoKeyEncrypterDecrypter",
            "roles/cloudkms.cryptoKeyEncrypter",
            "roles/cloudkms.cryptoKeyDecrypter",
        ],
        what: "administers Cloud KMS keys and also uses them",
    },
    Duties {
        id: "GCP166",
        admin: "roles/iam.serviceAccountAdmin",
        users: &["roles/iam.serviceAccountUser"],
        what: "administers service accounts and can also act as them",
    },
];

/// Resource-level IAM grants and the attribute that names the resource they apply to.
const GRANTS: &[(&str, &str)] = &[
    ("google_project_iam_member", "project"),
    ("google_project_iam_binding", "project"),
    ("google_folder_iam_member", "folder"),
    ("google_folder_iam_binding", "folder"),
    ("google_organization_iam_member", "org_id"),
    ("google_organization_iam_binding", "org_id"),
];

/// One role granted to one member, and where it is written.
struct Grant<'a> {
    role: &'a str,
    file: &'a Arc<SourceFile>,
    span: Span,
    address: String,
}

/// The policy a grant belongs to: one `google_iam_policy` document, or the project, folder or
/// organization (by its value, or by the expression that names it when that is unknown) in one
/// module instance.
type Scope = (Vec<String>, String);

/// The source text of an attribute's expression, when it is written in the block itself.
fn expression_text<'a>(module: &'a Module, block: &Block, node: &Node) -> Option<&'a str> {
    if node.origin.is_some() {
        return None;
    }
    let text = module.files.get(block.file)?.text.get(node.span.range())?;
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

/// The known members of a grant: `member`, or every item of `members`.
fn members(body: &Node) -> Vec<&Node> {
    let mut out: Vec<&Node> = body.get("member").into_iter().collect();
    if let Some(list) = body.get("members") {
        out.extend(list.items());
    }
    out.retain(|m| m.as_str().is_some());
    out
}

fn collect<'a>(module: &'a Module) -> BTreeMap<Scope, BTreeMap<&'a str, Vec<Grant<'a>>>> {
    let mut scopes: BTreeMap<Scope, BTreeMap<&'a str, Vec<Grant<'a>>>> = BTreeMap::new();
    let mut add = |scope: Scope, member: &'a Node, role: &'a str, block: &'a Block| {
        let Some(name) = member.as_str() else {
            return;
        };
        scopes
            .entry(scope)
            .or_default()
            .entry(name)
            .or_default()
            .push(Grant {
                role,
                file: module.file(block),
                span: member.span,
                address: block.address(),
            });
    };
    for &(resource_type, target) in GRANTS {
        for block in module.of_type(resource_type) {
            let Some(role) = block.body.get("role").and_then(Node::as_str) else {
                continue;
            };
            let name = match block.body.get(target) {
                // The provider's default project.
                None => String::new(),
                Some(node) => match node.as_str() {
                    Some(value) => value.to_string(),
                    None => match expression_text(module, block, node) {
                        Some(text) => text.split_whitespace().collect(),
                        // Neither a value nor an expression to compare: the grant is not placed.
                        None => continue,
                    },
                },
            };
            let scope = (block.module_path.clone(), format!("{target}:{name}"));
            for member in members(&block.body) {
                add(scope.clone(), member, role, block);
            }
        }
    }
    for block in module
        .blocks
        .iter()
        .filter(|b| b.kind == "data" && b.resource_type() == Some("google_iam_policy"))
    {
        let scope = (block.module_path.clone(), block.address());
        for binding in block.body.get_all("binding") {
            let Some(role) = binding.get("role").and_then(Node::as_str) else {
                continue;
            };
            for member in members(binding) {
                add(scope.clone(), member, role, block);
            }
        }
    }
    scopes
}

fn duties_check(module: &Module, emit: &mut Emitter<'_>) {
    let id = emit.rule().meta.id.clone();
    let Some(duties) = TABLE.iter().find(|d| d.id == id) else {
        return;
    };
    for members in collect(module).values() {
        for (member, grants) in members {
            let Some(use_grant) = grants.iter().find(|g| duties.users.contains(&g.role)) else {
                continue;
            };
            for admin in grants.iter().filter(|g| g.role == duties.admin) {
                emit.report_in(
                    admin.file,
                    admin.span,
                    format!(
                        "`{member}` {} (`{}` here, `{}` in `{}`)",
                        duties.what, duties.admin, use_grant.role, use_grant.address
                    ),
                )
                .object(admin.address.clone())
                .label_in(
                    use_grant.file,
                    use_grant.span,
                    format!("`{}` granted here", use_grant.role),
                );
            }
        }
    }
}

pub(crate) static RULES: &[&RustRule] = &[
    &RustRule {
        id: "GCP165",
        check: Check::Terraform(duties_check),
    },
    &RustRule {
        id: "GCP166",
        check: Check::Terraform(duties_check),
    },
];
