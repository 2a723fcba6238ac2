//! Findings: what a rule reports, where, about which object, and how to fix it.

use crate::catalog::{FixKind, Rule, Severity};
use std::sync::Arc;
use yoroi_syntax::{SourceFile, Span};

/// One reported problem.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: Arc<Rule>,
    pub severity: Severity,
    pub message: String,
    pub file: Arc<SourceFile>,
    pub span: Span,
    /// Secondary locations (the variable that supplied a value, the stage a rule judged).
    pub labels: Vec<Label>,
    /// What the finding is about: `aws_s3_bucket.logs`, `Deployment/prod/web`, `stage build`.
    pub object: Option<String>,
    /// Boxed, as the suppression: most findings have neither, and a large scan holds millions
    /// of findings (each box saves about 40 bytes on every finding without one).
    pub fix: Option<Box<Fix>>,
    /// Set when a suppression covers the finding; it is still reported, marked.
    pub suppression: Option<Box<crate::suppress::Suppression>>,
    /// Compared with a baseline: new, or already known (`--baseline`).
    pub baseline: Option<BaselineState>,
    /// Bytes of the finding's file that no output may show (a secret's value): reporters that
    /// print source text mask them, and messages never quote them.
    pub redact: Option<Span>,
    /// How many findings before this one (in order of position) share its rule, file, object,
    /// flagged text and context: 0 for almost every finding. Fingerprints count it, so that two
    /// identical constructs in one object (two `verbs: ["*"]` rules of a role) stay apart.
    pub occurrence: u32,
}

/// A finding's state against a baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaselineState {
    New,
    Unchanged,
}

#[derive(Debug, Clone)]
pub struct Label {
    pub file: Arc<SourceFile>,
    pub span: Span,
    pub message: String,
    /// A note on where the file is used (the compose service or CI step that builds a
    /// Dockerfile), not part of what was judged: fingerprints leave it out, so a baseline
    /// matches whether or not the builder was scanned too.
    pub usage: bool,
}

/// Text edits that resolve a finding.
#[derive(Debug, Clone)]
pub struct Fix {
    pub title: String,
    pub applicability: FixKind,
    pub edits: Vec<Edit>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

impl Finding {
    pub fn label(&mut self, span: Span, message: impl Into<String>) -> &mut Finding {
        let file = Arc::clone(&self.file);
        self.labels.push(Label {
            file,
            span,
            message: message.into(),
            usage: false,
        });
        self
    }

    pub fn label_in(
        &mut self,
        file: &Arc<SourceFile>,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Finding {
        self.labels.push(Label {
            file: Arc::clone(file),
            span,
            message: message.into(),
            usage: false,
        });
        self
    }

    /// Adds a [`Label::usage`] note: where the finding's file is used, at `span` of `file`.
    pub fn usage_in(
        &mut self,
        file: &Arc<SourceFile>,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Finding {
        self.label_in(file, span, message);
        if let Some(label) = self.labels.last_mut() {
            label.usage = true;
        }
        self
    }

    pub fn object(&mut self, object: impl Into<String>) -> &mut Finding {
        self.object = Some(object.into());
        self
    }

    /// Attaches a fix; its applicability is the rule's declared kind.
    pub fn fix(&mut self, title: impl Into<String>, edits: Vec<Edit>) -> &mut Finding {
        self.fix = Some(Box::new(Fix {
            title: title.into(),
            applicability: self.rule.meta.fix,
            edits,
        }));
        self
    }

    /// Attaches a fix that may change behaviour, whatever kind of fix the rule declares: a rule
    /// whose fixes are safe where it is sure offers the others only under `--unsafe-fixes`.
    pub fn fix_unsafe(&mut self, title: impl Into<String>, edits: Vec<Edit>) -> &mut Finding {
        self.fix(title, edits);
        if let Some(fix) = self.fix.as_deref_mut() {
            fix.applicability = FixKind::Unsafe;
        }
        self
    }

    /// Marks bytes of the finding's file as secret: every output masks them.
    pub fn redact(&mut self, span: Span) -> &mut Finding {
        self.redact = Some(span);
        self
    }

    pub fn rule_id(&self) -> &str {
        &self.rule.meta.id
    }

    /// The sort key that makes every output deterministic; findings that differ only in their
    /// first secondary location (the module call that produced them) stay apart.
    pub fn sort_key(&self) -> (&str, u32, u32, &str, &str, Option<(&str, u32)>) {
        let via = self
            .labels
            .first()
            .map(|l| (l.file.display(), l.span.start));
        (
            self.file.display(),
            self.span.start,
            self.span.end,
            self.rule.meta.id.as_str(),
            self.message.as_str(),
            via,
        )
    }
}

/// Collects the findings of one rule on one document.
pub struct Emitter<'a> {
    pub(crate) rule: &'a Arc<Rule>,
    pub(crate) file: &'a Arc<SourceFile>,
    pub(crate) out: &'a mut Vec<Finding>,
}

impl<'a> Emitter<'a> {
    pub fn new(rule: &'a Arc<Rule>, file: &'a Arc<SourceFile>, out: &'a mut Vec<Finding>) -> Self {
        Emitter { rule, file, out }
    }

    pub fn rule(&self) -> &Rule {
        self.rule
    }

    pub fn file(&self) -> &Arc<SourceFile> {
        self.file
    }

    /// Reports a finding in the current file.
    pub fn report(&mut self, span: Span, message: impl Into<String>) -> &mut Finding {
        let file = Arc::clone(self.file);
        self.report_in(&file, span, message)
    }

    /// Reports a finding in another file of the same document (a Terraform module's file).
    pub fn report_in(
        &mut self,
        file: &Arc<SourceFile>,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Finding {
        push(self.rule, file, span, message.into(), self.out)
    }
}

/// Collects the findings of one rule that looks at every file of a scan together; each finding
/// names its own file.
pub struct SetEmitter<'a> {
    pub(crate) rule: &'a Arc<Rule>,
    pub(crate) out: &'a mut Vec<Finding>,
}

impl<'a> SetEmitter<'a> {
    pub fn new(rule: &'a Arc<Rule>, out: &'a mut Vec<Finding>) -> Self {
        SetEmitter { rule, out }
    }

    pub fn rule(&self) -> &Rule {
        self.rule
    }

    pub fn report(
        &mut self,
        file: &Arc<SourceFile>,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Finding {
        push(self.rule, file, span, message.into(), self.out)
    }
}

fn push<'o>(
    rule: &Arc<Rule>,
    file: &Arc<SourceFile>,
    span: Span,
    mut message: String,
    out: &'o mut Vec<Finding>,
) -> &'o mut Finding {
    if message.is_empty() {
        message = rule.meta.title.clone();
    }
    out.push(Finding {
        rule: Arc::clone(rule),
        severity: rule.meta.severity,
        message,
        file: Arc::clone(file),
        span,
        labels: Vec::new(),
        object: None,
        fix: None,
        suppression: None,
        baseline: None,
        redact: None,
        occurrence: 0,
    });
    let last = out.len() - 1;
    &mut out[last]
}
