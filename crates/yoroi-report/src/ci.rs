//! The formats CI systems read: JUnit XML, checkstyle XML, GitLab Code Quality, GitHub workflow
//! commands and a markdown summary (for `$GITHUB_STEP_SUMMARY` or a merge-request comment).

use crate::{Report, fingerprint};
use serde_json::json;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use yoroi_checks::{Finding, Severity};

fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters even when escaped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn position(f: &Finding) -> (u32, u32) {
    let p = f.file.lines.line_col(&f.file.text, f.span.start());
    (p.line, p.column)
}

/// JUnit XML: one test suite per rule, one test case per rule × object (× file); a case fails
/// with the findings' messages and locations. Rules that ran without findings appear as passing
/// suites, so dashboards count them.
pub fn junit(report: &Report) -> String {
    let mut by_rule: BTreeMap<&str, BTreeMap<(String, String), Vec<&Finding>>> = BTreeMap::new();
    for rule in &report.rules {
        by_rule.entry(rule.meta.id.as_str()).or_default();
    }
    for f in report.active() {
        let object = f.object.clone().unwrap_or_else(|| f.file.display_path());
        by_rule
            .entry(f.rule.meta.id.as_str())
            .or_default()
            .entry((f.file.display_path(), object))
            .or_default()
            .push(f);
    }
    let failures: usize = by_rule.values().map(BTreeMap::len).sum();
    let tests: usize = by_rule.values().map(|cases| cases.len().max(1)).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"yoroi\" tests=\"{tests}\" failures=\"{failures}\" time=\"{:.3}\">",
        report.duration.as_secs_f64()
    );
    for (rule_id, cases) in &by_rule {
        let rule = report.rules.iter().find(|r| r.meta.id == *rule_id);
        let title = rule.map_or("", |r| r.meta.title.as_str());
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">",
            xml_escape(&format!("{rule_id} {title}")),
            cases.len().max(1),
            cases.len()
        );
        if cases.is_empty() {
            let _ = writeln!(
                out,
                "    <testcase name=\"{}\" classname=\"yoroi.{rule_id}\"/>",
                xml_escape(title)
            );
        }
        for ((path, object), findings) in cases {
            let _ = writeln!(
                out,
                "    <testcase name=\"{}\" classname=\"yoroi.{rule_id}\" file=\"{}\">",
                xml_escape(object),
                xml_escape(path)
            );
            let first = findings[0];
            let mut body = String::new();
            for f in findings {
                let (line, column) = position(f);
                let _ = writeln!(
                    body,
                    "{path}:{line}:{column}: [{}] {}",
                    f.severity, f.message
                );
            }
            let _ = writeln!(
                out,
                "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                xml_escape(&first.message),
                xml_escape(&format!("{rule_id} ({})", first.severity)),
                xml_escape(body.trim_end())
            );
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// Checkstyle XML, read by Jenkins' warnings plugin, reviewdog and many editors.
pub fn checkstyle(report: &Report) -> String {
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
    let mut by_file: BTreeMap<String, Vec<&Finding>> = BTreeMap::new();
    for f in report.active() {
        by_file.entry(f.file.display_path()).or_default().push(f);
    }
    for (path, findings) in by_file {
        let _ = writeln!(out, "  <file name=\"{}\">", xml_escape(&path));
        for f in findings {
            let (line, column) = position(f);
            let severity = match f.severity {
                Severity::Critical | Severity::High => "error",
                Severity::Medium | Severity::Low => "warning",
                Severity::Info => "info",
            };
            let _ = writeln!(
                out,
                "    <error line=\"{line}\" column=\"{column}\" severity=\"{severity}\" message=\"{}\" source=\"yoroi.{}\"/>",
                xml_escape(&f.message),
                xml_escape(&f.rule.meta.id)
            );
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</checkstyle>\n");
    out
}

/// GitLab Code Quality (a Code Climate subset): shown in merge request widgets.
pub fn gitlab(report: &Report) -> String {
    let issues: Vec<serde_json::Value> = report
        .active()
        .map(|f| {
            let (line, _) = position(f);
            json!({
                "description": format!("{} {}", f.rule.meta.id, f.message),
                "check_name": f.rule.meta.id,
                "fingerprint": fingerprint(f),
                "severity": match f.severity {
                    Severity::Critical => "blocker",
                    Severity::High => "critical",
                    Severity::Medium => "major",
                    Severity::Low => "minor",
                    Severity::Info => "info",
                },
                "location": { "path": f.file.display_path(), "lines": { "begin": line } },
                "categories": ["Security"],
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".into());
    text.push('\n');
    text
}

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
pub fn github(report: &Report) -> String {
    // Workflow command values escape `%`, CR and LF; properties also `:` and `,`.
    fn data(s: &str) -> String {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    }
    fn property(s: &str) -> String {
        data(s).replace(':', "%3A").replace(',', "%2C")
    }
    let mut out = String::new();
    for f in report.active() {
        let start = f.file.lines.line_col(&f.file.text, f.span.start());
        let end = f.file.lines.line_col(&f.file.text, f.span.end());
        let command = match f.severity {
            Severity::Critical | Severity::High => "error",
            Severity::Medium | Severity::Low => "warning",
            Severity::Info => "notice",
        };
        let mut location = format!(
            "file={},line={},col={}",
            property(&f.file.display_path()),
            start.line,
            start.column
        );
        if end.line == start.line {
            let _ = write!(location, ",endColumn={}", end.column);
        } else {
            let _ = write!(location, ",endLine={}", end.line);
        }
        let title = format!("{} {} ({})", f.rule.meta.id, f.rule.meta.name, f.severity);
        let _ = writeln!(
            out,
            "::{command} {location},title={}::{}",
            property(&title),
            data(&f.message)
        );
    }
    out
}

/// A markdown summary: counts by severity and a table of findings.
pub fn markdown(report: &Report) -> String {
    let mut out = String::from("## yoroi\n\n");
    let _ = writeln!(out, "{}\n", report.summary_line());
    if report.active().next().is_none() {
        return out;
    }
    out.push_str("| severity | rule | location | message |\n| --- | --- | --- | --- |\n");
    for f in report.active() {
        let (line, _) = position(f);
        let _ = writeln!(
            out,
            "| {} | [{}]({}) {} | `{}:{line}` | {} |",
            f.severity,
            f.rule.meta.id,
            f.rule.docs_url(),
            f.rule.meta.name,
            f.file.display_path(),
            f.message.replace('|', "\\|").replace('\n', " ")
        );
    }
    out
}
