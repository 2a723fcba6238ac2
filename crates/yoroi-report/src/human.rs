//! Human output: miette's graphical reports with the source snippet, the rule, severity, help and
//! a docs link, then a one-line summary.

use crate::Report;
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};
use std::fmt;
use yoroi_checks::{Finding, Severity};

/// Rendering options.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    pub color: bool,
    /// Terminal hyperlinks on rule codes (off in tests and when not a terminal).
    pub links: bool,
    pub width: usize,
    /// End with the one-line summary (off with `--quiet`).
    pub summary: bool,
}

impl Default for HumanOptions {
    fn default() -> Self {
        HumanOptions {
            color: false,
            links: false,
            width: 100,
            summary: true,
        }
    }
}

/// Renders every finding and the summary line.
pub fn render(report: &Report, options: HumanOptions) -> String {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(options.links)
        .with_width(options.width)
        .with_context_lines(1);
    let mut out = String::new();
    let secrets = crate::secret_spans(&report.findings);
    for finding in report.active() {
        let masks = secrets
            .get(finding.file.path.as_path())
            .map_or(&[][..], Vec::as_slice);
        let diagnostic = FindingDiagnostic::new(finding, masks);
        if handler.render_report(&mut out, &diagnostic).is_err() {
            out.push_str(&plain_line(finding));
        }
        out.push('\n');
    }
    if options.summary {
        out.push_str(&report.summary_line());
        out.push('\n');
    }
    out
}

/// `path:line:col: severity[ID] message` — used when a snippet cannot be rendered.
pub fn plain_line(finding: &Finding) -> String {
    let pos = finding
        .file
        .lines
        .line_col(&finding.file.text, finding.span.start());
    format!(
        "{}:{}:{}: {}[{}] {}\n",
        finding.file.display_path(),
        pos.line,
        pos.column,
        finding.severity,
        finding.rule.meta.id,
        finding.message
    )
}

struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    source: NamedSource<String>,
    help: String,
}

impl<'a> FindingDiagnostic<'a> {
    fn new(finding: &'a Finding, secrets: &[yoroi_syntax::Span]) -> Self {
        let text = crate::mask(&finding.file.text, 0, secrets);
        let source = NamedSource::new(finding.file.display_path(), text)
            .with_language(finding.file.kind.name());
        let meta = &finding.rule.meta;
        let mut help = first_paragraph(&meta.remediation);
        if let Some(fix) = &finding.fix {
            let how = match fix.applicability {
                yoroi_checks::FixKind::Unsafe => "yoroi scan --fix --unsafe-fixes",
                _ => "yoroi scan --fix",
            };
            help = format!("{help}\nfix available ({how}): {}", fix.title);
        }
        for label in &finding.labels {
            if label.file.path != finding.file.path {
                let pos = label
                    .file
                    .lines
                    .line_col(&label.file.text, label.span.start());
                help.push_str(&format!(
                    "\nnote: {} ({}:{})",
                    label.message,
                    label.file.display_path(),
                    pos.line
                ));
            }
        }
        FindingDiagnostic {
            finding,
            source,
            help,
        }
    }
}

fn first_paragraph(text: &str) -> String {
    text.trim()
        .split("\n\n")
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} [{}]", self.finding.message, self.finding.severity)
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let meta = &self.finding.rule.meta;
        Some(Box::new(format!("{}({})", meta.id, meta.name)))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Critical | Severity::High => miette::Severity::Error,
            Severity::Medium | Severity::Low => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn url<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.finding.rule.docs_url()))
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.help.as_str()))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let f = self.finding;
        let primary_text = f
            .object
            .clone()
            .unwrap_or_else(|| f.rule.meta.title.clone());
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            Some(primary_text),
            (f.span.start(), f.span.len()),
        )];
        for label in f.labels.iter().filter(|l| l.file.path == f.file.path) {
            labels.push(LabeledSpan::new_with_span(
                Some(label.message.clone()),
                (label.span.start(), label.span.len()),
            ));
        }
        Some(Box::new(labels.into_iter()))
    }
}
