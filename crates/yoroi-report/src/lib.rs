//! Renderers for a finished scan: human (miette), JSON and SARIF 2.1.0. Knows nothing about how
//! findings were produced; everything here is a pure function of the [`Report`].

pub mod baseline;
pub mod ci;
pub mod compliance;
pub mod concise;
pub mod fingerprint;
pub mod human;
pub mod json;
pub mod sarif;
pub mod statistics;

pub use fingerprint::{fingerprint, stable_hash};

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use yoroi_checks::{Finding, Rule, Severity};

/// Everything a renderer needs.
#[derive(Debug)]
pub struct Report {
    /// Sorted by path, position and rule.
    pub findings: Vec<Finding>,
    pub files_scanned: usize,
    /// The rules that ran, sorted by id.
    pub rules: Vec<Arc<Rule>>,
    pub duration: Duration,
    /// Findings of the baseline that no longer occur (`--baseline`).
    pub absent: Vec<baseline::Entry>,
    /// What kinds of objects the scan saw (decides "not applicable" in compliance views).
    pub coverage: Coverage,
}

/// Counts of what a scan read, by kind of object.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub dockerfiles: usize,
    /// Kubernetes objects in manifests and Terraform `kubernetes_*` resources.
    pub kubernetes_objects: usize,
    /// Services of compose files.
    pub compose_services: usize,
    /// Terraform resources and data sources by provider prefix (`aws`, `azurerm`, `google`).
    pub terraform: std::collections::BTreeMap<String, usize>,
}

impl Coverage {
    pub fn add(&mut self, other: &Coverage) {
        self.dockerfiles += other.dockerfiles;
        self.kubernetes_objects += other.kubernetes_objects;
        self.compose_services += other.compose_services;
        for (provider, n) in &other.terraform {
            *self.terraform.entry(provider.clone()).or_default() += n;
        }
    }

    fn provider(&self, prefixes: &[&str]) -> bool {
        prefixes
            .iter()
            .any(|p| self.terraform.get(*p).is_some_and(|n| *n > 0))
    }

    /// Whether anything of this scope was scanned.
    pub fn saw(&self, scope: yoroi_checks::benchmark::Scope) -> bool {
        use yoroi_checks::benchmark::Scope;
        match scope {
            Scope::Dockerfile => self.dockerfiles > 0,
            Scope::Kubernetes => self.kubernetes_objects > 0,
            Scope::Compose => self.compose_services > 0,
            Scope::Aws => self.provider(&["aws"]),
            Scope::Azure => self.provider(&["azurerm", "azuread", "azapi"]),
            Scope::Gcp => self.provider(&["google"]),
        }
    }
}

/// The secret bytes (`Finding::redact`) of every finding, by file: renderers that print source
/// text mask all of them, whichever finding the text is printed for.
pub(crate) fn secret_spans(
    findings: &[Finding],
) -> HashMap<&std::path::Path, Vec<yoroi_syntax::Span>> {
    let mut out: HashMap<&std::path::Path, Vec<yoroi_syntax::Span>> = HashMap::new();
    for f in findings {
        if let Some(span) = f.redact {
            out.entry(f.file.path.as_path()).or_default().push(span);
        }
    }
    out
}

/// `text` (which starts at byte `offset` of its file) with every byte of `secrets` replaced by
/// `*`, line breaks kept: byte offsets stay valid for the spans that point into it.
/// A path for people: relative to `cwd` (the working directory, `/`-separated) when under it.
pub fn relative<'a>(display: &'a str, cwd: Option<&str>) -> &'a str {
    let Some(cwd) = cwd.map(|c| c.trim_end_matches('/')) else {
        return display;
    };
    match display.strip_prefix(cwd) {
        Some(rest) if !cwd.is_empty() && rest.starts_with('/') => &rest[1..],
        _ => display.strip_prefix("./").unwrap_or(display),
    }
}

pub(crate) fn mask(text: &str, offset: usize, secrets: &[yoroi_syntax::Span]) -> String {
    let end = offset + text.len();
    if !secrets.iter().any(|s| s.start() < end && offset < s.end()) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let at = offset + i;
        if c != '\n' && c != '\r' && secrets.iter().any(|s| s.start() <= at && at < s.end()) {
            out.extend(std::iter::repeat_n('*', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

impl Report {
    /// Findings that count: not suppressed, and not already in the baseline.
    pub fn active(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| {
            f.suppression.is_none() && f.baseline != Some(yoroi_checks::BaselineState::Unchanged)
        })
    }

    pub fn suppressed_count(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.suppression.is_some())
            .count()
    }

    /// Findings hidden because the baseline already has them.
    pub fn baselined_count(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| {
                f.suppression.is_none()
                    && f.baseline == Some(yoroi_checks::BaselineState::Unchanged)
            })
            .count()
    }

    /// Unsuppressed findings per severity, most severe first.
    pub fn counts(&self) -> Vec<(Severity, usize)> {
        Severity::ALL
            .into_iter()
            .map(|s| (s, self.active().filter(|f| f.severity == s).count()))
            .collect()
    }

    /// The one-line summary: files, findings by severity, time.
    pub fn summary_line(&self) -> String {
        let by_severity: Vec<String> = self
            .counts()
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{n} {s}"))
            .collect();
        let mut findings = match self.active().count() {
            0 => "no findings".to_string(),
            1 => format!("1 finding ({})", by_severity.join(", ")),
            n => format!("{n} findings ({})", by_severity.join(", ")),
        };
        let suppressed = self.suppressed_count();
        if suppressed > 0 {
            findings.push_str(&format!(", {suppressed} suppressed"));
        }
        let baselined = self.baselined_count();
        if baselined > 0 {
            findings.push_str(&format!(", {baselined} in the baseline"));
        }
        // The rules that fire most, when some rule fires more than once.
        let counts = statistics::compute(self);
        let top: Vec<String> = counts
            .iter()
            .take(3)
            .map(|c| format!("{} ×{}", c.id, c.count))
            .collect();
        let top = if counts.first().is_some_and(|c| c.count > 1) {
            format!(" Most frequent: {}.", top.join(", "))
        } else {
            String::new()
        };
        format!(
            "Scanned {} file{} with {} rules in {}: {findings}.{top}",
            self.files_scanned,
            if self.files_scanned == 1 { "" } else { "s" },
            self.rules.len(),
            format_duration(self.duration)
        )
    }
}

fn format_duration(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

/// The version string reported by every format: the binary and the rule catalog.
pub fn tool_version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[cfg(test)]
mod redaction_tests {
    use super::*;
    use yoroi_checks::{Catalog, Engine, Selection, parse_file};
    use yoroi_syntax::{FileKind, SourceFile};

    // Fake credentials of the right shape (see checks/secrets/): never issued by anyone.
    const TOKEN: &str = "ghp_yoroiFakeToken4Tests0123456789abcdef";
    const PASSWORD: &str = "Adm1n-Fake-Pass-42";

    fn report(path: &str, kind: FileKind, text: String) -> Report {
        let catalog = Arc::new(Catalog::builtin().expect("the built-in catalog loads"));
        let engine = Engine::new(Arc::clone(&catalog), &Selection::default()).expect("engine");
        let findings = engine.check(&parse_file(SourceFile::new(path, kind, text)));
        assert!(
            findings.iter().any(|f| f.redact.is_some()),
            "a secret was found"
        );
        Report {
            findings,
            files_scanned: 1,
            rules: catalog.rules.clone(),
            duration: Duration::ZERO,
            absent: Vec::new(),
            coverage: Coverage::default(),
        }
    }

    fn every_output(report: &Report) -> Vec<(&'static str, String)> {
        let human = human::HumanOptions::default();
        vec![
            ("human", human::render(report, human)),
            (
                "plain",
                report.findings.iter().map(human::plain_line).collect(),
            ),
            ("json", json::render(report)),
            (
                "sarif",
                sarif::render(report, &sarif::SarifOptions::default()),
            ),
            ("baseline", baseline::write(report)),
            ("junit", ci::junit(report)),
            ("checkstyle", ci::checkstyle(report)),
            ("gitlab", ci::gitlab(report)),
            ("github", ci::github(report)),
            ("markdown", ci::markdown(report)),
        ]
    }

    #[test]
    fn no_output_format_prints_a_secret() {
        let cases = [
            report(
                "Dockerfile",
                FileKind::Dockerfile,
                format!(
                    "FROM alpine:3.20\nRUN curl -H \"Authorization: token {TOKEN}\" https://api.github.com\n"
                ),
            ),
            report(
                "main.tf",
                FileKind::Terraform,
                format!(
                    "resource \"aws_db_instance\" \"db\" {{\n  password = \"{PASSWORD}\"\n}}\n"
                ),
            ),
        ];
        for report in &cases {
            for (format, text) in every_output(report) {
                assert!(
                    !text.is_empty() || format == "baseline",
                    "{format} is empty"
                );
                assert!(!text.contains(TOKEN), "{format} shows the token:\n{text}");
                assert!(
                    !text.contains(PASSWORD),
                    "{format} shows the password:\n{text}"
                );
            }
        }
    }

    #[test]
    fn paths_are_relative_to_the_working_directory_when_under_it() {
        assert_eq!(
            relative("/w/repo/k8s/a.yaml", Some("/w/repo")),
            "k8s/a.yaml"
        );
        assert_eq!(
            relative("/w/repo/k8s/a.yaml", Some("/w/repo/")),
            "k8s/a.yaml"
        );
        assert_eq!(
            relative("/w/repository/a.yaml", Some("/w/repo")),
            "/w/repository/a.yaml"
        );
        assert_eq!(relative("./k8s/a.yaml", Some("/w/repo")), "k8s/a.yaml");
        assert_eq!(relative("k8s/a.yaml", None), "k8s/a.yaml");
    }

    #[test]
    fn mask_keeps_offsets_and_line_breaks() {
        let text = "a = \"secret\"\nb";
        let masked = mask(text, 0, &[yoroi_syntax::Span::new(4, 12)]);
        assert_eq!(masked, "a = ********\nb");
        assert_eq!(masked.len(), text.len());
    }
}

#[cfg(test)]
mod fingerprint_tests {
    use super::*;
    use crate::fingerprint::legacy_fingerprint;
    use yoroi_checks::{Catalog, Engine, Label, Selection, parse_file};
    use yoroi_syntax::{FileKind, SourceFile};

    fn findings() -> (Vec<Finding>, Arc<Catalog>) {
        let catalog = Arc::new(Catalog::builtin().expect("the built-in catalog loads"));
        let engine = Engine::new(Arc::clone(&catalog), &Selection::default()).expect("engine");
        let text = "resource \"aws_s3_bucket_acl\" \"this\" {\n  bucket = \"logs\"\n  acl    = \"public-read\"\n}\n";
        let findings = engine.check(&parse_file(SourceFile::new(
            "modules/bucket/main.tf",
            FileKind::Terraform,
            text.to_string(),
        )));
        assert!(!findings.is_empty());
        (findings, catalog)
    }

    /// The module call of another root is part of the fingerprint; a label in the finding's own
    /// file is not, so those fingerprints are the ones earlier versions wrote, nor is a usage note.
    #[test]
    fn context_in_other_files_tells_findings_apart() {
        let (findings, _) = findings();
        let base = &findings[0];
        let caller = |root: &str| {
            let mut f = base.clone();
            let file = SourceFile::new(
                format!("examples/{root}/main.tf"),
                FileKind::Terraform,
                "module \"bucket\" {\n  source = \"../../modules/bucket\"\n}\n".to_string(),
            );
            f.labels.push(Label {
                file,
                span: yoroi_syntax::Span::new(0, 15),
                message: "through `module.bucket`".to_string(),
                usage: false,
            });
            f
        };
        let (a, b) = (caller("a"), caller("b"));
        assert_ne!(fingerprint(&a), fingerprint(&b));
        assert_ne!(fingerprint(&a), fingerprint(base));
        assert_eq!(legacy_fingerprint(&a), legacy_fingerprint(&b));
        let mut same_file = base.clone();
        same_file.labels.push(Label {
            file: Arc::clone(&base.file),
            span: yoroi_syntax::Span::new(0, 8),
            message: "declared here".to_string(),
            usage: false,
        });
        assert_eq!(fingerprint(&same_file), legacy_fingerprint(&same_file));
        assert_eq!(fingerprint(&same_file), fingerprint(base));
        // Who builds the file is a usage note, not context: the fingerprint stays.
        let mut built = base.clone();
        let compose = SourceFile::new(
            "compose.yaml",
            FileKind::Yaml,
            "services:\n  web:\n    build: .\n".to_string(),
        );
        built.usage_in(
            &compose,
            yoroi_syntax::Span::new(24, 29),
            "built by service `web` (`compose.yaml`)",
        );
        assert_eq!(fingerprint(&built), fingerprint(base));
    }

    /// A baseline written with the earlier fingerprints still marks those findings unchanged.
    #[test]
    fn baselines_of_earlier_fingerprints_still_match() {
        let (mut findings, catalog) = findings();
        let label_file = SourceFile::new(
            "examples/a/main.tf",
            FileKind::Terraform,
            "module \"bucket\" {}\n".to_string(),
        );
        for f in &mut findings {
            f.labels.push(Label {
                file: Arc::clone(&label_file),
                span: yoroi_syntax::Span::new(0, 15),
                message: "through `module.bucket`".to_string(),
                usage: false,
            });
        }
        let old = baseline::Baseline {
            version: baseline::VERSION,
            findings: findings
                .iter()
                .map(|f| baseline::Entry {
                    fingerprint: legacy_fingerprint(f),
                    rule_id: f.rule.meta.id.clone(),
                    path: f.file.display_path(),
                    line: 1,
                    message: f.message.clone(),
                })
                .collect(),
        };
        let count = findings.len();
        let mut report = Report {
            findings,
            files_scanned: 1,
            rules: catalog.rules.clone(),
            duration: Duration::ZERO,
            absent: Vec::new(),
            coverage: Coverage::default(),
        };
        baseline::apply(&mut report, &old);
        assert_eq!(report.baselined_count(), count);
        assert!(report.absent.is_empty());
    }
}
