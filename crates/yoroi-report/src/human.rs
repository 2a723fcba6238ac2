//! Human output: miette's graphical reports with the source snippet, the rule, severity, help and
//! a docs link, then a one-line summary.

use crate::Report;
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, NamedSource, SourceCode, SourceSpan, SpanContents,
};
use std::collections::HashSet;
use std::fmt;
use std::sync::Arc;
use yoroi_checks::{Finding, Severity};

/// When a rule's help text and docs link are printed (`--show-help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShowHelp {
    /// With every finding.
    Always,
    /// With a rule's first finding of the run; later ones refer to it.
    #[default]
    Once,
    /// Never (the rule id still names it: `yoroi explain ID`).
    Never,
}

/// Rendering options.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions<'a> {
    pub color: bool,
    /// Terminal hyperlinks on rule codes (off in tests and when not a terminal).
    pub links: bool,
    pub width: usize,
    /// End with the one-line summary (off with `--quiet`).
    pub summary: bool,
    pub show_help: ShowHelp,
    /// Paths are shown relative to this directory when under it.
    pub cwd: Option<&'a str>,
}

impl Default for HumanOptions<'_> {
    fn default() -> Self {
        HumanOptions {
            color: false,
            links: false,
            width: 100,
            summary: true,
            show_help: ShowHelp::Once,
            cwd: None,
        }
    }
}

/// Renders every finding, grouped under one header per file, and the summary line.
pub fn render(report: &Report, options: HumanOptions<'_>) -> String {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(options.links)
        .with_width(options.width)
        .with_context_lines(0);
    let mut out = String::new();
    let secrets = crate::secret_spans(&report.findings);
    let mut helped: HashSet<&str> = HashSet::new();
    let findings: Vec<&Finding> = report.active().collect();
    for group in findings.chunk_by(|a, b| a.file.path == b.file.path) {
        let path = group[0].file.path.as_path();
        let display = crate::relative(group[0].file.display(), options.cwd);
        let count = group.len();
        let header = format!(
            "{display} ({count} finding{})",
            if count == 1 { "" } else { "s" }
        );
        if options.color {
            out.push_str(&format!("\u{1b}[1;4m{header}\u{1b}[0m\n"));
        } else {
            out.push_str(&format!("── {header} ──\n"));
        }
        let masks = secrets.get(path).map_or(&[][..], Vec::as_slice);
        // One masked copy of the file for all its findings, with its line starts.
        let text = Shared::new(crate::mask(&group[0].file.text, 0, masks));
        for finding in group {
            let id = finding.rule.meta.id.as_str();
            let help = match options.show_help {
                ShowHelp::Always => Help::Full,
                ShowHelp::Once if helped.insert(id) => Help::Full,
                ShowHelp::Once => Help::Above,
                ShowHelp::Never => Help::None,
            };
            let diagnostic = FindingDiagnostic::new(finding, display, text.clone(), help);
            let mut text = String::new();
            if handler.render_report(&mut text, &diagnostic).is_err() {
                out.push_str(&plain_line(finding));
                continue;
            }
            // miette separates its parts with blank lines; the file header groups findings.
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    if options.summary {
        if !findings.is_empty() {
            out.push('\n');
        }
        out.push_str(&report.summary_line());
        out.push('\n');
    }
    out
}

/// A file's (masked) text shared by the diagnostics of its findings, with the offset where each
/// line starts as miette counts lines (after `\n`, `\r\n` or a lone `\r`). miette's own lookup
/// walks the text from its start for every snippet; this one starts at the snippet's line, so a
/// file with thousands of findings is not read thousands of times.
#[derive(Clone)]
struct Shared {
    text: Arc<String>,
    starts: Arc<Vec<usize>>,
}

impl Shared {
    fn new(text: String) -> Shared {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    starts.push(i + 2);
                    i += 1;
                }
                b'\r' | b'\n' => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        Shared {
            text: Arc::new(text),
            starts: Arc::new(starts),
        }
    }
}

impl SourceCode for Shared {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let text = self.text.as_str();
        if context_lines_before > 0 {
            return text.read_span(span, context_lines_before, context_lines_after);
        }
        // Without lines before, miette's answer depends only on the text from the span's line
        // on: ask it about that slice and move the result back.
        let line = self
            .starts
            .partition_point(|&start| start <= span.offset())
            .saturating_sub(1);
        let base = self.starts.get(line).copied().unwrap_or(0);
        let Some(slice) = text.get(base..) else {
            return text.read_span(span, context_lines_before, context_lines_after);
        };
        let local = SourceSpan::new((span.offset() - base).into(), span.len());
        let part = slice.read_span(&local, 0, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new(
            part.data(),
            SourceSpan::new((part.span().offset() + base).into(), part.span().len()),
            part.line() + line,
            part.column(),
            part.line_count() + line,
        )))
    }
}

/// How much of a rule's help a finding prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Help {
    /// The help paragraph and the docs link.
    Full,
    /// A pointer to where it was printed.
    Above,
    None,
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
    source: NamedSource<Shared>,
    help: Option<String>,
    shown: Help,
}

impl<'a> FindingDiagnostic<'a> {
    fn new(finding: &'a Finding, display: &str, text: Shared, help: Help) -> Self {
        let source = NamedSource::new(display, text).with_language(finding.file.kind.name());
        let meta = &finding.rule.meta;
        let mut lines: Vec<String> = Vec::new();
        match help {
            Help::Full => lines.push(first_paragraph(&meta.remediation)),
            Help::Above | Help::None => {}
        }
        if let Some(fix) = &finding.fix {
            let how = match fix.applicability {
                yoroi_checks::FixKind::Unsafe => "yoroi scan --fix --unsafe-fixes",
                _ => "yoroi scan --fix",
            };
            lines.push(format!("fix available ({how}): {}", fix.title));
        }
        for label in &finding.labels {
            if label.file.path != finding.file.path {
                let pos = label
                    .file
                    .lines
                    .line_col(&label.file.text, label.span.start());
                lines.push(format!(
                    "note: {} ({}:{})",
                    label.message,
                    label.file.display_path(),
                    pos.line
                ));
            }
        }
        FindingDiagnostic {
            finding,
            source,
            help: (!lines.is_empty()).then(|| lines.join("\n")),
            shown: help,
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
        f.write_str(&self.finding.message)
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let meta = &self.finding.rule.meta;
        let f = self.finding;
        let mut code = format!("{}({}) [{}]", meta.id, meta.name, f.severity);
        // The object, unless the message names it already.
        if let Some(object) = f.object.as_deref().filter(|o| !f.message.contains(o)) {
            code.push_str(&format!(" {object}"));
        }
        if self.shown == Help::Above {
            code.push_str(" (help above)");
        }
        Some(Box::new(code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Critical | Severity::High => miette::Severity::Error,
            Severity::Medium | Severity::Low => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn url<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        (self.shown == Help::Full)
            .then(|| Box::new(self.finding.rule.docs_url()) as Box<dyn fmt::Display + 'b>)
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_deref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display + 'b>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let f = self.finding;
        // The object is named on the header line: the primary span is underlined only.
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            None,
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
