//! Rules that need code. Each lives in `<domain>/<id>.rs` next to its catalog folder's id and is
//! registered with one line in its domain's `mod.rs`; a test checks that every `logic: rust` rule
//! in the catalog has an implementation and every implementation has a catalog entry.

pub mod compose;
pub mod dockerfile;
pub mod github_actions;
pub mod gitlab_ci;
pub mod kubernetes;
pub mod secrets;
pub mod terraform;
pub mod yoroi;

use crate::finding::{Emitter, SetEmitter};
use crate::options::RuleOptions;
use std::sync::Arc;
use yoroi_syntax::SourceFile;
use yoroi_syntax::dockerfile::Dockerfile;
use yoroi_syntax::kubernetes::K8sObject;
use yoroi_syntax::terraform::Module;

/// A Rust rule: its catalog id and the document it inspects.
#[derive(Debug)]
pub struct RustRule {
    pub id: &'static str,
    pub check: Check,
}

/// What a Rust rule inspects.
// Built-in rules only: the cross-object index is the crate's own business.
#[allow(private_interfaces)]
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// One Dockerfile.
    Dockerfile(fn(&DockerfileCtx<'_>, &mut Emitter<'_>)),
    /// The Kubernetes objects of one file.
    Kubernetes(fn(&K8sCtx<'_>, &mut Emitter<'_>)),
    /// Every Kubernetes file of the scan at once, after the per-file pass: for checks that relate
    /// objects to each other (a Service and the workloads it selects). Findings may point into
    /// any of the files.
    KubernetesSet(fn(&kubernetes::SetIndex<'_>, &mut SetEmitter<'_>)),
    /// One Terraform module.
    Terraform(fn(&Module, &mut Emitter<'_>)),
    /// The services of one compose file.
    Compose(fn(&compose::ComposeCtx<'_>, &mut Emitter<'_>)),
    /// The raw text of every file the scan reads as a Dockerfile, Kubernetes manifest (or
    /// template) or Terraform module file: for patterns that mean the same in any syntax.
    Text(fn(&Arc<SourceFile>, &mut Emitter<'_>)),
    /// One GitHub Actions workflow or action.
    Workflow(fn(&WorkflowCtx<'_>, &mut Emitter<'_>)),
    /// One GitLab CI configuration file.
    Gitlab(fn(&GitlabCtx<'_>, &mut Emitter<'_>)),
    /// One Dependabot configuration (`.github/dependabot.yml`).
    Dependabot(fn(&DependabotCtx<'_>, &mut Emitter<'_>)),
    /// Reported by the engine itself (parse errors and other `YOR` diagnostics).
    Engine,
}

pub struct DockerfileCtx<'a> {
    pub file: &'a Arc<SourceFile>,
    pub dockerfile: &'a Dockerfile,
    /// The project's settings for the rules that take some (allowed registries, labels).
    pub options: &'a RuleOptions,
    /// The analysable `RUN`s, computed once for every rule that asks (a third of the rules do,
    /// and each walk resolves every stage's variables).
    runs: std::cell::OnceCell<Vec<dockerfile::stages::Run<'a>>>,
}

impl<'a> DockerfileCtx<'a> {
    pub fn new(
        file: &'a Arc<SourceFile>,
        dockerfile: &'a Dockerfile,
        options: &'a RuleOptions,
    ) -> Self {
        DockerfileCtx {
            file,
            dockerfile,
            options,
            runs: std::cell::OnceCell::new(),
        }
    }

    /// Every `RUN` run by a shell yoroi understands (see `stages::runs`).
    pub(crate) fn runs(&self) -> &[dockerfile::stages::Run<'a>] {
        self.runs
            .get_or_init(|| dockerfile::stages::runs(self.dockerfile))
    }
}

pub struct K8sCtx<'a> {
    pub file: &'a Arc<SourceFile>,
    pub objects: &'a [K8sObject],
    /// The project's settings for the rules that take some (allowed registries).
    pub options: &'a RuleOptions,
}

pub use github_actions::{DependabotCtx, WorkflowCtx};
pub use gitlab_ci::GitlabCtx;

/// Declares a domain's rule modules and their registry in one place:
/// `register! { dkr001, dkr002 }` expects `dkr001.rs` to define `pub(crate) const RULE: RustRule`.
macro_rules! register {
    ($($module:ident),* $(,)?) => {
        $(mod $module;)*
        pub(crate) static RULES: &[&crate::rules::RustRule] = &[$(&$module::RULE),*];
    };
}
pub(crate) use register;

/// Every Rust rule.
pub fn all() -> impl Iterator<Item = &'static RustRule> {
    dockerfile::RULES
        .iter()
        .chain(kubernetes::RULES)
        .chain(kubernetes::CIS_RULES)
        .chain(terraform::RULES)
        .chain(secrets::RULES)
        .chain(terraform::CIS_MONITORING_RULES)
        .chain(terraform::AZURE_ACTIVITY_ALERT_RULES)
        .chain(terraform::PARAMETER_GROUP_RULES)
        .chain(terraform::COMPANION_RULES)
        .chain(terraform::FIREWALL_RANGE_RULES)
        .chain(terraform::GCP_DUTIES_RULES)
        .chain(github_actions::RULES)
        .chain(gitlab_ci::RULES)
        .chain(yoroi::RULES)
        .chain(compose::RULES)
        .copied()
}

pub(crate) fn find(id: &str) -> Option<&'static RustRule> {
    all().find(|r| r.id == id)
}
