//! `--format concise`: one line per finding, `path:line:col: severity RULE [*] message`, the shape
//! compilers print and editors' problem matchers and `grep` read. `[*]` marks a finding that
//! `yoroi scan --fix` (or `--fix --unsafe-fixes`) can fix.

use crate::Report;

/// Every active finding, one line each, in the report's order (path, position, rule). Paths are
/// relative to `cwd` when under it.
pub fn render(report: &Report, cwd: Option<&str>) -> String {
    let mut out = String::new();
    for finding in report.active() {
        let pos = finding
            .file
            .lines
            .line_col(&finding.file.text, finding.span.start());
        out.push_str(&format!(
            "{}:{}:{}: {} {}{} {}\n",
            crate::relative(finding.file.display(), cwd),
            pos.line,
            pos.column,
            finding.severity.as_str(),
            finding.rule.meta.id,
            if finding.fix.is_some() { " [*]" } else { "" },
            single_line(&finding.message)
        ));
    }
    out
}

/// Messages are one line already; a multi-line one is joined so that each finding stays one line.
fn single_line(message: &str) -> String {
    if message.contains('\n') {
        message.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        message.to_string()
    }
}
