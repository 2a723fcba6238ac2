//! The rule catalog: metadata read from `checks/<domain>/<ID>-<name>/rule.yaml`, embedded at build
//! time, plus user folders loaded with `--checks-dir`.

use crate::declarative::{self, Declarative};
use crate::rules::{self, RustRule};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(crate) struct EmbeddedRule {
    pub dir: &'static str,
    pub rule_yaml: &'static str,
    pub files: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(s))
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Privilege,
    Isolation,
    Network,
    Secrets,
    Encryption,
    Logging,
    Iam,
    SupplyChain,
    ImageHygiene,
    Resources,
    Reliability,
    Correctness,
    BestPractice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Domain {
    Dockerfile,
    Kubernetes,
    Terraform,
    Aws,
    Azure,
    Gcp,
    /// Hard-coded secrets, judged in every file kind.
    Secrets,
    /// GitHub Actions workflows and action metadata.
    GithubActions,
    /// Docker Compose services.
    Compose,
    /// GitLab CI configurations.
    GitlabCi,
    Yoroi,
}

impl Domain {
    pub fn from_dir(name: &str) -> Option<Domain> {
        Some(match name {
            "dockerfile" => Domain::Dockerfile,
            "kubernetes" => Domain::Kubernetes,
            "terraform" => Domain::Terraform,
            "aws" => Domain::Aws,
            "azure" => Domain::Azure,
            "gcp" => Domain::Gcp,
            "secrets" => Domain::Secrets,
            "github-actions" => Domain::GithubActions,
            "compose" => Domain::Compose,
            "gitlab-ci" => Domain::GitlabCi,
            "yoroi" => Domain::Yoroi,
            _ => return None,
        })
    }

    pub fn id_prefix(self) -> &'static str {
        match self {
            Domain::Dockerfile => "DKR",
            Domain::Kubernetes => "K8S",
            Domain::Terraform => "TF",
            Domain::Aws => "AWS",
            Domain::Azure => "AZR",
            Domain::Gcp => "GCP",
            Domain::Secrets => "SEC",
            Domain::GithubActions => "GHA",
            Domain::Compose => "CMP",
            Domain::GitlabCi => "GLC",
            Domain::Yoroi => "YOR",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Domain::Dockerfile => "dockerfile",
            Domain::Kubernetes => "kubernetes",
            Domain::Terraform => "terraform",
            Domain::Aws => "aws",
            Domain::Azure => "azure",
            Domain::Gcp => "gcp",
            Domain::Secrets => "secrets",
            Domain::GithubActions => "github-actions",
            Domain::Compose => "compose",
            Domain::GitlabCi => "gitlab-ci",
            Domain::Yoroi => "yoroi",
        }
    }
}

/// What kind of automatic fix a rule offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FixKind {
    #[default]
    None,
    Safe,
    Unsafe,
}

/// `rule.yaml`, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleMeta {
    pub id: String,
    pub name: String,
    pub title: String,
    pub severity: Severity,
    pub category: Category,
    #[serde(default)]
    pub references: Vec<String>,
    #[serde(default)]
    pub equivalents: BTreeMap<String, Vec<String>>,
    pub rationale: String,
    pub remediation: String,
    #[serde(default)]
    pub fix: FixKind,
    /// How a declarative rule's findings are fixed (`fix` says whether the fix is safe).
    #[serde(default)]
    pub autofix: Option<crate::fix::AutofixSpec>,
    #[serde(default)]
    pub message: Option<String>,
    /// Named rule sets this rule belongs to (`pss-baseline`, `pss-restricted` …), selected with
    /// `yoroi scan --profile NAME`.
    #[serde(default)]
    pub profiles: Vec<String>,
    pub logic: LogicSpec,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum LogicSpec {
    Named(String),
    Declarative(Box<declarative::Spec>),
}

/// How a rule decides.
#[derive(Debug)]
pub enum Logic {
    Declarative(Box<Declarative>),
    Rust(&'static RustRule),
}

/// An example file of a rule (`bad*.…` / `good*.…`; `dir/file` for multi-file examples).
#[derive(Debug, Clone)]
pub struct Example {
    pub name: String,
    pub text: String,
}

impl Example {
    pub fn is_bad(&self) -> bool {
        self.name.starts_with("bad")
    }

    /// The example's group: a file, or the folder of a multi-file example.
    pub fn group(&self) -> &str {
        self.name.split('/').next().unwrap_or(&self.name)
    }
}

/// A rule ready to run.
#[derive(Debug)]
pub struct Rule {
    pub meta: RuleMeta,
    pub domain: Domain,
    /// `dockerfile/DKR001-root-user`
    pub dir: String,
    pub examples: Vec<Example>,
    pub logic: Logic,
    /// Shipped with yoroi (as opposed to loaded with `--checks-dir`).
    pub builtin: bool,
}

impl Rule {
    pub fn id(&self) -> &str {
        &self.meta.id
    }

    pub fn docs_url(&self) -> String {
        format!(
            "https://yoroi.dev/rules/{}",
            self.meta.id.to_ascii_lowercase()
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{dir}/rule.yaml: {message}")]
    Invalid { dir: String, message: String },
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("rule {id} is defined twice ({first} and {second})")]
    Duplicate {
        id: String,
        first: String,
        second: String,
    },
}

/// Every rule known to a scan.
#[derive(Debug, Default)]
pub struct Catalog {
    pub rules: Vec<Arc<Rule>>,
    by_key: HashMap<String, usize>,
}

impl Catalog {
    /// The rules shipped in the binary.
    pub fn builtin() -> Result<Catalog, CatalogError> {
        use rayon::prelude::*;
        // Reading 1,200 rule files is most of what a scan of a few files costs: in parallel.
        let rules: Vec<Rule> = EMBEDDED
            .par_iter()
            .map(|embedded| {
                let examples = embedded
                    .files
                    .iter()
                    .map(|(name, text)| Example {
                        name: (*name).to_string(),
                        text: (*text).to_string(),
                    })
                    .collect();
                build_rule(embedded.dir, embedded.rule_yaml, examples, true)
            })
            .collect::<Result<_, _>>()?;
        let mut catalog = Catalog::default();
        for rule in rules {
            catalog.add(rule)?;
        }
        catalog.sort();
        Ok(catalog)
    }

    /// Adds the rule folders under `dir` (`dir/<domain>/<ID>-<name>/rule.yaml`, or rule folders
    /// directly in `dir`).
    pub fn load_dir(&mut self, dir: &Path) -> Result<usize, CatalogError> {
        let mut folders = Vec::new();
        find_rule_folders(dir, 0, &mut folders)?;
        folders.sort();
        let count = folders.len();
        for folder in folders {
            let yaml_path = folder.join("rule.yaml");
            let yaml = std::fs::read_to_string(&yaml_path).map_err(|source| CatalogError::Io {
                path: yaml_path.clone(),
                source,
            })?;
            let mut examples = Vec::new();
            for entry in read_dir_sorted(&folder)? {
                let name = entry
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default();
                if !(name.starts_with("bad") || name.starts_with("good")) {
                    continue;
                }
                if entry.is_dir() {
                    for inner in read_dir_sorted(&entry)? {
                        let inner_name = inner
                            .file_name()
                            .map(|n| n.to_string_lossy().to_string())
                            .unwrap_or_default();
                        let text =
                            std::fs::read_to_string(&inner).map_err(|source| CatalogError::Io {
                                path: inner.clone(),
                                source,
                            })?;
                        examples.push(Example {
                            name: format!("{name}/{inner_name}"),
                            text,
                        });
                    }
                } else {
                    let text =
                        std::fs::read_to_string(&entry).map_err(|source| CatalogError::Io {
                            path: entry.clone(),
                            source,
                        })?;
                    examples.push(Example { name, text });
                }
            }
            let rel = folder
                .strip_prefix(dir.parent().unwrap_or(dir))
                .unwrap_or(&folder)
                .to_string_lossy()
                .replace('\\', "/");
            let domain_dir = folder
                .parent()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let rule_dir = format!(
                "{domain_dir}/{}",
                folder
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default()
            );
            let rule = build_rule(&rule_dir, &yaml, examples, false).map_err(|e| match e {
                CatalogError::Invalid { message, .. } => {
                    CatalogError::Invalid { dir: rel, message }
                }
                other => other,
            })?;
            self.add(rule)?;
        }
        self.sort();
        Ok(count)
    }

    fn add(&mut self, rule: Rule) -> Result<(), CatalogError> {
        for key in [rule.meta.id.to_ascii_uppercase(), rule.meta.name.clone()] {
            if let Some(&existing) = self.by_key.get(&key) {
                return Err(CatalogError::Duplicate {
                    id: key,
                    first: self.rules[existing].dir.clone(),
                    second: rule.dir.clone(),
                });
            }
        }
        let index = self.rules.len();
        self.by_key.insert(rule.meta.id.to_ascii_uppercase(), index);
        self.by_key.insert(rule.meta.name.clone(), index);
        self.rules.push(Arc::new(rule));
        Ok(())
    }

    fn sort(&mut self) {
        self.rules.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        self.by_key.clear();
        for (i, rule) in self.rules.iter().enumerate() {
            self.by_key.insert(rule.meta.id.to_ascii_uppercase(), i);
            self.by_key.insert(rule.meta.name.clone(), i);
        }
    }

    /// Every profile some rule belongs to.
    pub fn profiles(&self) -> std::collections::BTreeSet<String> {
        self.rules
            .iter()
            .flat_map(|r| r.meta.profiles.iter().cloned())
            .collect()
    }

    /// Finds a rule by id (any case) or name.
    pub fn get(&self, key: &str) -> Option<&Arc<Rule>> {
        self.by_key
            .get(&key.to_ascii_uppercase())
            .or_else(|| self.by_key.get(key))
            .map(|&i| &self.rules[i])
    }
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, CatalogError> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|source| CatalogError::Io {
            path: dir.to_path_buf(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    out.sort();
    Ok(out)
}

fn find_rule_folders(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) -> Result<(), CatalogError> {
    if dir.join("rule.yaml").is_file() {
        out.push(dir.to_path_buf());
        return Ok(());
    }
    if depth >= 2 {
        return Ok(());
    }
    for entry in read_dir_sorted(dir)? {
        if entry.is_dir() {
            find_rule_folders(&entry, depth + 1, out)?;
        }
    }
    Ok(())
}

/// Validates metadata and compiles the logic of one rule folder.
fn build_rule(
    dir: &str,
    yaml: &str,
    examples: Vec<Example>,
    builtin: bool,
) -> Result<Rule, CatalogError> {
    let invalid = |message: String| CatalogError::Invalid {
        dir: dir.to_string(),
        message,
    };
    let meta: RuleMeta = serde_saphyr::from_str(yaml).map_err(|e| invalid(e.to_string()))?;
    let (domain_dir, folder) = dir.split_once('/').unwrap_or(("", dir));
    let domain = Domain::from_dir(domain_dir)
        .ok_or_else(|| invalid(format!("unknown domain folder `{domain_dir}`")))?;
    if !meta.id.starts_with(domain.id_prefix())
        || !meta.id[domain.id_prefix().len()..]
            .chars()
            .all(|c| c.is_ascii_digit())
        || meta.id.len() < domain.id_prefix().len() + 3
    {
        return Err(invalid(format!(
            "id `{}` must be `{}` followed by three or more digits",
            meta.id,
            domain.id_prefix()
        )));
    }
    if folder != format!("{}-{}", meta.id, meta.name) {
        return Err(invalid(format!(
            "folder must be named `{}-{}`",
            meta.id, meta.name
        )));
    }
    if meta.name.is_empty()
        || !meta
            .name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(invalid(format!("name `{}` must be kebab-case", meta.name)));
    }
    if let Some(bad) = meta.profiles.iter().find(|p| {
        p.is_empty()
            || !p
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    }) {
        return Err(invalid(format!("profile `{bad}` must be kebab-case")));
    }
    for (field, text) in [
        ("title", &meta.title),
        ("rationale", &meta.rationale),
        ("remediation", &meta.remediation),
    ] {
        if text.trim().is_empty() {
            return Err(invalid(format!("`{field}` must not be empty")));
        }
    }
    let logic = match &meta.logic {
        LogicSpec::Named(name) if name == "rust" => {
            Logic::Rust(rules::find(&meta.id).ok_or_else(|| {
                invalid(format!("no Rust implementation registered for {}", meta.id))
            })?)
        }
        LogicSpec::Named(other) => {
            return Err(invalid(format!(
                "logic must be `rust` or a declarative mapping, not `{other}`"
            )));
        }
        LogicSpec::Declarative(spec) => Logic::Declarative(Box::new(
            Declarative::compile(spec, domain, meta.autofix.as_ref())
                .map_err(|e| invalid(format!("logic: {e}")))?,
        )),
    };
    if meta.autofix.is_some() {
        if meta.fix == FixKind::None {
            return Err(invalid(
                "`autofix` needs `fix: safe` or `fix: unsafe` to say what kind of fix it is".into(),
            ));
        }
        if matches!(logic, Logic::Rust(_)) {
            return Err(invalid(
                "`autofix` is for declarative rules; a Rust rule attaches its own edits".into(),
            ));
        }
    }
    Ok(Rule {
        meta,
        domain,
        dir: dir.to_string(),
        examples,
        logic,
        builtin,
    })
}
