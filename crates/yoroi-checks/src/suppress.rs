//! Suppressions that never hide findings silently.
//!
//! One inline syntax for every format, in a comment:
//! `# yoroi:ignore RULE[,RULE…] reason="…" [until=YYYY-MM-DD]` on the finding's line, or alone on
//! the line above the construct it covers (a Terraform block, a Dockerfile instruction, a YAML
//! key with everything nested under it); `# yoroi:ignore-file RULE… reason="…"` anywhere covers
//! the file; a Kubernetes annotation `yoroi.dev/ignore: "RULE… reason"` covers its object's
//! document. RULE is an id or a name.
//!
//! A suppressed finding stays in the report, marked, with its justification. An expired `until`
//! suppresses nothing and is itself reported (`YOR004`); a directive that matched nothing is
//! reported too (`YOR005`), so suppressions stay honest as code changes.

use crate::catalog::{Catalog, Domain};
use crate::finding::{Emitter, Finding};
use std::sync::Arc;
use yoroi_syntax::{FileKind, SourceFile, Span};

/// Why a finding is suppressed, as SARIF and JSON report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// `inSource` (a comment or annotation in the scanned file).
    pub kind: &'static str,
    pub justification: String,
}

/// One suppression directive found in a file.
#[derive(Debug, Clone)]
pub struct Directive {
    pub file: Arc<SourceFile>,
    /// The directive itself (where unused/expired findings point).
    pub span: Span,
    /// Rule ids or names, as written.
    pub rules: Vec<String>,
    pub reason: Option<String>,
    /// `YYYY-MM-DD`; past it the directive suppresses nothing.
    pub until: Option<String>,
    /// The bytes whose findings it covers (the whole file for `ignore-file`).
    pub covers: Span,
    /// For a peer's syntax (`checkov`, `tfsec`, `trivy`, `hadolint`, `kube-linter`,
    /// `kube-score`, `polaris`): `rules` are that tool's ids, matched through each rule's
    /// `equivalents`.
    pub tool: Option<&'static str>,
}

/// Finds the directives of a file.
pub fn directives(file: &Arc<SourceFile>) -> Vec<Directive> {
    let mut out = peer_directives(file);
    let text = file.text.as_str();
    if !text.contains("yoroi:ignore") && !text.contains("yoroi.dev/ignore") {
        return out;
    }
    let lines: Vec<(usize, &str)> = line_starts(text);
    for (index, &(start, line)) in lines.iter().enumerate() {
        if let Some(at) = line.find("yoroi.dev/ignore:") {
            if file.kind == FileKind::Yaml {
                let value = line[at + "yoroi.dev/ignore:".len()..]
                    .trim()
                    .trim_matches(['"', '\'']);
                let (rules, reason, until) = parse_body(value, true);
                out.push(Directive {
                    file: Arc::clone(file),
                    span: Span::new(start + at, start + line.len()),
                    rules,
                    reason,
                    until,
                    covers: yaml_document_around(text, start),
                    tool: None,
                });
            }
            continue;
        }
        let Some(at) = comment_directive(line, file.kind) else {
            continue;
        };
        let body = &line[at..];
        let (file_wide, rest) = if let Some(rest) = body.strip_prefix("yoroi:ignore-file") {
            (true, rest)
        } else if let Some(rest) = body.strip_prefix("yoroi:ignore") {
            (false, rest)
        } else {
            continue;
        };
        let (rules, reason, until) = parse_body(rest, false);
        let span = Span::new(start + at, start + line.len());
        let standalone = line[..at]
            .trim_start()
            .trim_start_matches(['#', '/'])
            .trim()
            .is_empty();
        let covers = if file_wide {
            Span::new(0, text.len())
        } else if standalone {
            match lines[index + 1..].iter().position(|(_, l)| {
                let t = l.trim();
                !t.is_empty() && !t.starts_with('#') && !t.starts_with("//")
            }) {
                Some(offset) => unit_at(text, &lines, index + 1 + offset, file.kind),
                None => Span::empty(start),
            }
        } else {
            Span::new(start, start + line.len())
        };
        out.push(Directive {
            file: Arc::clone(file),
            span,
            rules,
            reason,
            until,
            covers,
            tool: None,
        });
    }
    out
}

/// The inline forms of the tools yoroi replaces, so existing suppressions keep working:
/// `#checkov:skip=ID:reason`, `#tfsec:ignore:ID`, `#trivy:ignore:ID[:exp:YYYY-MM-DD]`,
/// `# hadolint ignore=DL…` (and `global ignore=`), and the Kubernetes annotations
/// `checkov.io/skipN`, `ignore-check.kube-linter.io/<check>`, `kube-score/ignore` and
/// `polaris.fairwinds.com/<check>-exempt`; and zizmor's `# zizmor: ignore[audit, …]` in
/// GitHub Actions files, which covers the list item (a step) or the top-level key it sits in,
/// as zizmor's comments cover the finding's whole construct.
fn peer_directives(file: &Arc<SourceFile>) -> Vec<Directive> {
    let text = file.text.as_str();
    let markers = [
        "checkov:skip=",
        "tfsec:ignore:",
        "trivy:ignore:",
        "hadolint ",
        "checkov.io/skip",
        "ignore-check.kube-linter.io/",
        "kube-score/ignore",
        "polaris.fairwinds.com/",
        "zizmor: ignore[",
    ];
    if !markers.iter().any(|m| text.contains(m)) {
        return Vec::new();
    }
    let lines = line_starts(text);
    let mut out = Vec::new();
    let next_unit = |index: usize| -> Span {
        match lines[index + 1..].iter().position(|(_, l)| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#') && !t.starts_with("//")
        }) {
            Some(offset) => unit_at(text, &lines, index + 1 + offset, file.kind),
            None => Span::empty(lines[index].0),
        }
    };
    for (index, &(start, line)) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let comment = trimmed.starts_with('#') || trimmed.starts_with("//") || line.contains(" #");
        let standalone = trimmed.starts_with('#') || trimmed.starts_with("//");
        let this_line = Span::new(start, start + line.len());
        let mut push = |tool: &'static str,
                        rules: Vec<String>,
                        reason: Option<String>,
                        until: Option<String>,
                        at: usize,
                        covers: Span| {
            out.push(Directive {
                file: Arc::clone(file),
                span: Span::new(start + at, start + line.len()),
                rules,
                reason,
                until,
                covers,
                tool: Some(tool),
            });
        };
        if comment && let Some(at) = line.find("checkov:skip=") {
            let body = &line[at + "checkov:skip=".len()..];
            let (id, reason) = body.split_once(':').map_or((body.trim(), None), |(i, r)| {
                (i.trim(), Some(r.trim().to_string()))
            });
            let covers = match file.kind {
                FileKind::Terraform => enclosing_block(text, &lines, index).unwrap_or(this_line),
                _ => Span::new(0, text.len()),
            };
            push("checkov", vec![id.to_string()], reason, None, at, covers);
            continue;
        }
        for (marker, tool) in [("tfsec:ignore:", "tfsec"), ("trivy:ignore:", "trivy")] {
            if comment && let Some(at) = line.find(marker) {
                let body = line[at + marker.len()..]
                    .split_whitespace()
                    .next()
                    .unwrap_or("");
                let mut parts = body.split(':');
                let id = parts.next().unwrap_or("").to_string();
                let until = match (parts.next(), parts.next()) {
                    (Some("exp"), Some(date)) => Some(date.to_string()),
                    _ => None,
                };
                let covers = if standalone {
                    next_unit(index)
                } else {
                    this_line
                };
                push(tool, vec![id], None, until, at, covers);
            }
        }
        if matches!(
            file.kind,
            FileKind::GithubWorkflow | FileKind::GithubAction | FileKind::Dependabot
        ) && comment
            && let Some(at) = line.find("zizmor: ignore[")
        {
            let body = &line[at + "zizmor: ignore[".len()..];
            let rules: Vec<String> = body
                .split(']')
                .next()
                .unwrap_or("")
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            let covers = enclosing_yaml_item(text, &lines, index);
            push("zizmor", rules, None, None, at, covers);
            continue;
        }
        if file.kind == FileKind::Dockerfile && standalone {
            let body = trimmed.trim_start_matches('#').trim_start();
            if let Some(rest) = body.strip_prefix("hadolint ") {
                let rest = rest.trim_start();
                let (global, rest) = match rest.strip_prefix("global ") {
                    Some(r) => (true, r.trim_start()),
                    None => (false, rest),
                };
                if let Some(ids) = rest.strip_prefix("ignore=") {
                    let rules: Vec<String> = ids
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect();
                    let covers = if global {
                        Span::new(0, text.len())
                    } else {
                        next_unit(index)
                    };
                    push(
                        "hadolint",
                        rules,
                        None,
                        None,
                        line.len() - trimmed.len(),
                        covers,
                    );
                }
            }
        }
        if file.kind == FileKind::Yaml {
            let Some((key, value)) = trimmed.split_once(':') else {
                continue;
            };
            let key = key.trim().trim_matches(['"', '\'']);
            let value = value.trim().trim_matches(['"', '\'']);
            let document = yaml_document_around(text, start);
            let at = line.len() - trimmed.len();
            if key.starts_with("checkov.io/skip") {
                let (id, reason) = value
                    .split_once('=')
                    .map_or((value, None), |(i, r)| (i, Some(r.to_string())));
                push(
                    "checkov",
                    vec![id.trim().to_string()],
                    reason,
                    None,
                    at,
                    document,
                );
            } else if let Some(check) = key.strip_prefix("ignore-check.kube-linter.io/") {
                push(
                    "kube-linter",
                    vec![check.to_string()],
                    Some(value.to_string()).filter(|v| !v.is_empty()),
                    None,
                    at,
                    document,
                );
            } else if key == "kube-score/ignore" {
                let rules = value
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                push("kube-score", rules, None, None, at, document);
            } else if let Some(check) = key
                .strip_prefix("polaris.fairwinds.com/")
                .and_then(|k| k.strip_suffix("-exempt"))
                && value.eq_ignore_ascii_case("true")
            {
                push("polaris", vec![check.to_string()], None, None, at, document);
            }
        }
    }
    out
}

/// The top-level Terraform block whose body holds line `index`.
fn enclosing_block(text: &str, lines: &[(usize, &str)], index: usize) -> Option<Span> {
    let (offset, _) = lines[index];
    (0..=index).rev().find_map(|i| {
        let (_, line) = lines[i];
        let starts_block = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && line.trim_end().ends_with('{');
        if !starts_block {
            return None;
        }
        let unit = unit_at(text, lines, i, FileKind::Terraform);
        unit.contains(offset).then_some(unit)
    })
}

/// Peers write the same id in several spellings (`AVD-AWS-0086`, `AWS-0086`; `KSV017`,
/// `KSV-0017`): compare letters and the number.
fn normalise_peer_id(id: &str) -> String {
    let upper = id.trim().to_ascii_uppercase();
    let upper = upper.strip_prefix("AVD-").unwrap_or(&upper).to_string();
    if upper.contains(|c: char| c.is_ascii_digit()) && !upper.contains("_")
        || upper.starts_with("DL")
    {
        let letters: String = upper.chars().filter(|c| c.is_ascii_alphabetic()).collect();
        let digits: String = upper.chars().filter(|c| c.is_ascii_digit()).collect();
        return format!(
            "{letters}{}",
            digits
                .parse::<u64>()
                .map_or(digits.clone(), |n| n.to_string())
        );
    }
    upper
}

/// The yoroi rules a peer's directive names, through their `equivalents` (sorted ids).
pub fn yoroi_rules_for(directive: &Directive, catalog: &Catalog) -> Vec<String> {
    let Some(tool) = directive.tool else {
        return directive.rules.clone();
    };
    catalog
        .rules
        .iter()
        .filter(|rule| {
            directive
                .rules
                .iter()
                .any(|r| peer_names_rule(tool, r, rule))
        })
        .map(|rule| rule.meta.id.clone())
        .collect()
}

/// The edits that replace a peer's directive with yoroi's, keeping what it covers: `(span to
/// replace, new text)`, in file order. `None` when no yoroi rule corresponds.
pub fn migration(directive: &Directive, catalog: &Catalog) -> Option<Vec<(Span, String)>> {
    directive.tool?;
    let ids = yoroi_rules_for(directive, catalog);
    if ids.is_empty() {
        return None;
    }
    let text = directive.file.text.as_str();
    let reason = directive
        .reason
        .clone()
        .unwrap_or_else(|| format!("migrated from {}", directive.tool.unwrap_or("a peer")));
    let reason = reason.replace('"', "'");
    let until = directive
        .until
        .as_deref()
        .map_or(String::new(), |u| format!(" until={u}"));
    let line_start = text[..directive.span.start()]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line_end = text[directive.span.start()..]
        .find('\n')
        .map_or(text.len(), |i| directive.span.start() + i);
    let line = &text[line_start..line_end];
    let indent: String = line.chars().take_while(|c| c.is_whitespace()).collect();
    if directive.file.kind == FileKind::Yaml {
        // An annotation: same place, yoroi's key.
        let value = format!("{} {reason}", ids.join(","));
        return Some(vec![(
            Span::new(line_start, line_end),
            format!("{indent}yoroi.dev/ignore: \"{value}\""),
        )]);
    }
    let whole_file = directive.covers == Span::new(0, text.len());
    let verb = if whole_file {
        "yoroi:ignore-file"
    } else {
        "yoroi:ignore"
    };
    let comment = format!("# {verb} {} reason=\"{reason}\"{until}", ids.join(","));
    let standalone = line.trim_start().starts_with('#') || line.trim_start().starts_with("//");
    if standalone && directive.tool == Some("checkov") && directive.file.kind == FileKind::Terraform
    {
        // Checkov's comment sits inside the block; yoroi's goes above it.
        let block_start = directive.covers.start();
        return Some(vec![
            (Span::new(block_start, block_start), format!("{comment}\n")),
            (
                Span::new(line_start, (line_end + 1).min(text.len())),
                String::new(),
            ),
        ]);
    }
    if standalone {
        Some(vec![(
            Span::new(line_start, line_end),
            format!("{indent}{comment}"),
        )])
    } else {
        // A trailing comment: replace from the peer's marker to the end of the line.
        let marker = text[line_start..directive.span.start()]
            .rfind(['#', '/'])
            .map_or(directive.span.start(), |i| line_start + i);
        let marker = if text[..marker].ends_with('/') {
            marker - 1
        } else {
            marker
        };
        Some(vec![(Span::new(marker, line_end), comment)])
    }
}

/// Whether a peer's id names this rule, through its `equivalents`.
fn peer_names_rule(tool: &str, id: &str, rule: &crate::catalog::Rule) -> bool {
    let pair = ["tfsec", "trivy"];
    let single = [tool];
    let tools: &[&str] = if matches!(tool, "tfsec" | "trivy") {
        &pair
    } else {
        &single
    };
    let wanted = normalise_peer_id(id);
    tools.iter().any(|t| {
        rule.meta
            .equivalents
            .get(*t)
            .is_some_and(|ids| ids.iter().any(|e| normalise_peer_id(e) == wanted))
    })
}

/// Where `yoroi:ignore` starts in a comment of this line, if it is in one.
fn comment_directive(line: &str, kind: FileKind) -> Option<usize> {
    let at = line.find("yoroi:ignore")?;
    let before = &line[..at];
    let in_comment = before.contains('#')
        || (matches!(kind, FileKind::Terraform | FileKind::TerraformVars) && before.contains("//"));
    in_comment.then_some(at)
}

/// `RULE[,RULE…] reason="…" until=…` (annotation values may give a bare reason after the rules).
fn parse_body(body: &str, bare_reason: bool) -> (Vec<String>, Option<String>, Option<String>) {
    let mut rules = Vec::new();
    let mut reason = None;
    let mut until = None;
    let mut rest = body.trim();
    // Rules first: ids or names; a comma continues the list, anything else ends it.
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| c.is_whitespace() || c == ',')
            .unwrap_or(rest.len());
        let word = &rest[..end];
        if word.is_empty()
            || !word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            break;
        }
        rules.push(word.to_string());
        let after = rest[end..].trim_start();
        match after.strip_prefix(',') {
            Some(more) => rest = more.trim_start(),
            None => {
                rest = after;
                break;
            }
        }
    }
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("reason=") {
            let (value, after) = quoted(r);
            reason = Some(value);
            rest = after.trim_start();
        } else if let Some(r) = rest.strip_prefix("until=") {
            let (value, after) = quoted(r);
            until = Some(value);
            rest = after.trim_start();
        } else if bare_reason {
            reason = Some(rest.trim().to_string());
            break;
        } else {
            break;
        }
    }
    (rules, reason.filter(|r| !r.trim().is_empty()), until)
}

fn quoted(s: &str) -> (String, &str) {
    if let Some(inner) = s.strip_prefix('"') {
        match inner.find('"') {
            Some(end) => (inner[..end].to_string(), &inner[end + 1..]),
            None => (inner.to_string(), ""),
        }
    } else {
        let end = s.find(char::is_whitespace).unwrap_or(s.len());
        (s[..end].to_string(), &s[end..])
    }
}

/// The YAML construct around line `index`: the nearest enclosing list item (`- …`) or
/// top-level key, through the last line indented under it.
fn enclosing_yaml_item(text: &str, lines: &[(usize, &str)], index: usize) -> Span {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let content = |l: &str| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    };
    let Some(&(_, own)) = lines.get(index) else {
        return Span::new(0, text.len());
    };
    let mut limit = indent(own) + usize::from(content(own));
    let mut anchor = 0;
    for j in (0..=index).rev() {
        let line = lines[j].1;
        if !content(line) || indent(line) >= limit {
            continue;
        }
        limit = indent(line);
        if line.trim_start().starts_with("- ") || limit == 0 {
            anchor = j;
            break;
        }
    }
    let base = indent(lines[anchor].1);
    let end = lines[anchor + 1..]
        .iter()
        .find(|(_, l)| content(l) && indent(l) <= base)
        .map_or(text.len(), |(start, _)| *start);
    Span::new(lines[anchor].0, end)
}

fn line_starts(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        out.push((start, line.trim_end_matches(['\n', '\r'])));
        start += line.len();
    }
    out
}

/// The construct that starts on line `index`: a Terraform block through its closing brace, a
/// Dockerfile instruction through its continuation lines, a YAML key with everything indented
/// under it; otherwise the line itself.
fn unit_at(text: &str, lines: &[(usize, &str)], index: usize, kind: FileKind) -> Span {
    let (start, line) = lines[index];
    let line_end = start + line.len();
    match kind {
        FileKind::Terraform | FileKind::TerraformVars if line.trim_end().ends_with('{') => {
            let mut depth = 0i64;
            let mut in_string = false;
            for (i, b) in text[start..].bytes().enumerate() {
                match b {
                    b'"' => in_string = !in_string,
                    b'{' if !in_string => depth += 1,
                    b'}' if !in_string => {
                        depth -= 1;
                        if depth == 0 {
                            return Span::new(start, start + i + 1);
                        }
                    }
                    _ => {}
                }
            }
            Span::new(start, text.len())
        }
        FileKind::Dockerfile => {
            let mut end = line_end;
            let mut i = index;
            while lines
                .get(i)
                .is_some_and(|(_, l)| l.trim_end().ends_with('\\') || l.trim_end().ends_with('`'))
            {
                i += 1;
                match lines.get(i) {
                    Some((s, l)) => end = s + l.len(),
                    None => break,
                }
            }
            Span::new(start, end)
        }
        FileKind::Yaml => {
            let indent = line.len() - line.trim_start().len();
            let mut end = line_end;
            for (s, l) in &lines[index + 1..] {
                let t = l.trim();
                if t.is_empty() || t.starts_with('#') {
                    continue;
                }
                let i = l.len() - l.trim_start().len();
                // A list item at the same indentation as its key still belongs to it.
                if i > indent
                    || (i == indent && t.starts_with("- ") && !line.trim_start().starts_with("- "))
                {
                    end = s + l.len();
                } else {
                    break;
                }
            }
            Span::new(start, end)
        }
        _ => Span::new(start, line_end),
    }
}

/// The YAML document (between `---` lines) around an offset.
fn yaml_document_around(text: &str, offset: usize) -> Span {
    let mut start = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let marker = line.starts_with("---");
        if marker && pos <= offset {
            start = pos;
        }
        if marker && pos > offset {
            return Span::new(start, pos);
        }
        pos += line.len();
    }
    Span::new(start, text.len())
}

/// Applies the directives to the findings of a scan. Adds `YOR004`/`YOR005` findings for
/// expired and unused directives (when those rules run); `today` is `YYYY-MM-DD`.
pub fn apply(
    findings: &mut Vec<Finding>,
    directives: &[Directive],
    catalog: &Catalog,
    enabled: &dyn Fn(&str) -> bool,
    today: &str,
) {
    let mut extra = Vec::new();
    for directive in directives {
        let expired = directive
            .until
            .as_deref()
            .is_some_and(|until| until < today);
        if expired {
            if let Some(rule) = catalog.get("YOR004").filter(|r| enabled(&r.meta.id)) {
                let message = format!(
                    "suppression of {} expired on {}; the findings it covered are reported again",
                    directive.rules.join(", "),
                    directive.until.as_deref().unwrap_or("")
                );
                Emitter::new(rule, &directive.file, &mut extra).report(directive.span, message);
            }
            continue;
        }
        let mut used = false;
        for finding in findings.iter_mut() {
            let at = finding.span.start();
            let covered = directive.covers.contains(at)
                || (directive.covers.is_empty() && at == directive.covers.start());
            if finding.file.path != directive.file.path || !covered {
                continue;
            }
            let meta = &finding.rule.meta;
            let named = match directive.tool {
                None => directive
                    .rules
                    .iter()
                    .any(|r| r.eq_ignore_ascii_case(&meta.id) || *r == meta.name),
                Some(tool) => directive
                    .rules
                    .iter()
                    .any(|r| peer_names_rule(tool, r, &finding.rule)),
            };
            // Suppression findings themselves cannot be suppressed.
            if !named || matches!(meta.id.as_str(), "YOR004" | "YOR005") {
                continue;
            }
            used = true;
            if finding.suppression.is_none() {
                finding.suppression = Some(Box::new(Suppression {
                    kind: "inSource",
                    justification: directive.reason.clone().unwrap_or_default(),
                }));
            }
        }
        // Peers' directives may name checks yoroi does not have: never reported as unused.
        let all_ran = directive.tool.is_none()
            && directive
                .rules
                .iter()
                .all(|r| catalog.get(r).is_some_and(|rule| enabled(&rule.meta.id)));
        // An id that is no rule, or a rule of another file type, can never match here: said
        // even when other rules of the scan were left out.
        let never: Vec<String> = if directive.tool.is_none() {
            directive
                .rules
                .iter()
                .filter_map(|r| never_matches(r, directive.file.kind, catalog))
                .collect()
        } else {
            Vec::new()
        };
        if !used
            && (all_ran || !never.is_empty())
            && let Some(rule) = catalog.get("YOR005").filter(|r| enabled(&r.meta.id))
        {
            let mut message = format!(
                "suppression of {} matched no finding; remove it",
                directive.rules.join(", ")
            );
            if !never.is_empty() {
                message.push_str(&format!(" ({})", never.join("; ")));
            }
            Emitter::new(rule, &directive.file, &mut extra).report(directive.span, message);
        }
    }
    findings.extend(extra);
}

/// Why a rule named in a yoroi directive can never report in a file of `kind`, if it cannot.
fn never_matches(name: &str, kind: FileKind, catalog: &Catalog) -> Option<String> {
    let Some(rule) = catalog.get(name) else {
        return Some(format!("`{name}` is not a yoroi rule"));
    };
    let terraform = matches!(
        kind,
        FileKind::Terraform | FileKind::TerraformJson | FileKind::TerraformVars
    );
    let (runs, what) = match rule.domain {
        Domain::Dockerfile => (kind == FileKind::Dockerfile, "a Dockerfile rule"),
        // The Kubernetes rules also judge the Terraform Kubernetes provider's resources.
        Domain::Kubernetes => (kind == FileKind::Yaml || terraform, "a Kubernetes rule"),
        Domain::Terraform | Domain::Aws | Domain::Azure | Domain::Gcp => {
            (terraform, "a Terraform rule")
        }
        Domain::GithubActions => (
            matches!(
                kind,
                FileKind::GithubWorkflow | FileKind::GithubAction | FileKind::Dependabot
            ),
            "a GitHub Actions rule",
        ),
        Domain::Compose => (kind == FileKind::Yaml, "a Compose rule"),
        Domain::GitlabCi => (kind == FileKind::GitlabCi, "a GitLab CI rule"),
        Domain::Secrets | Domain::Yoroi => (true, ""),
    };
    (!runs).then(|| {
        format!(
            "`{name}` is {what} and never runs on a {} file",
            kind.name()
        )
    })
}

/// Today's date (UTC) as `YYYY-MM-DD`, for `until=`.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{:04}-{:02}-{:02}", if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> Arc<SourceFile> {
        SourceFile::new(
            name,
            FileKind::from_file_name(name).unwrap(),
            text.to_string(),
        )
    }

    /// An ignore naming an id that is no rule, or a rule of another file type, is reported as
    /// unused with a hint, even when the scan ran only some rules.
    #[test]
    fn ignores_that_can_never_match_are_reported() {
        let catalog = Catalog::builtin().expect("catalog");
        let dockerfile = file(
            "Dockerfile",
            "FROM alpine:3.20\n# yoroi:ignore AWS042 reason=\"copied\"\nRUN echo hi\n# yoroi:ignore NOPE123 reason=\"typo\"\nUSER app\n# yoroi:ignore DKR001 reason=\"kept\"\nUSER app\n",
        );
        let directives = directives(&dockerfile);
        assert_eq!(directives.len(), 3);
        let mut findings = Vec::new();
        // Only the suppression rules run, as with `--rule YOR005`: DKR001 is not judged.
        let enabled = |id: &str| id == "YOR005";
        apply(&mut findings, &directives, &catalog, &enabled, "2026-01-01");
        let messages: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages[0]
                .contains("`AWS042` is a Terraform rule and never runs on a dockerfile file"),
            "{messages:?}"
        );
        assert!(
            messages[1].contains("`NOPE123` is not a yoroi rule"),
            "{messages:?}"
        );
    }

    #[test]
    fn parses_rules_reason_and_expiry() {
        let f = file(
            "main.tf",
            "resource \"a\" \"b\" {\n  acl = \"public-read\" # yoroi:ignore AWS004, s3-bucket-public-acl reason=\"static site\" until=2030-01-01\n}\n",
        );
        let d = &directives(&f)[0];
        assert_eq!(d.rules, ["AWS004", "s3-bucket-public-acl"]);
        assert_eq!(d.reason.as_deref(), Some("static site"));
        assert_eq!(d.until.as_deref(), Some("2030-01-01"));
        assert_eq!(
            &f.text[d.covers.range()],
            "  acl = \"public-read\" # yoroi:ignore AWS004, s3-bucket-public-acl reason=\"static site\" until=2030-01-01"
        );
    }

    #[test]
    fn a_comment_above_covers_the_whole_construct() {
        let tf = file(
            "main.tf",
            "# yoroi:ignore AWS005 reason=\"scratch volume\"\nresource \"aws_ebs_volume\" \"v\" {\n  size = 1\n  tags = { a = \"}\" }\n}\nresource \"x\" \"y\" {}\n",
        );
        let d = &directives(&tf)[0];
        assert!(tf.text[d.covers.range()].ends_with("tags = { a = \"}\" }\n}"));
        let df = file(
            "Dockerfile",
            "FROM alpine:3.20\n# yoroi:ignore DKR004 reason=\"vendor installer\"\nRUN curl -fsSL https://x \\\n  | sh\nUSER app\n",
        );
        let d = &directives(&df)[0];
        assert_eq!(
            &df.text[d.covers.range()],
            "RUN curl -fsSL https://x \\\n  | sh"
        );
        let y = file(
            "a.yaml",
            "spec:\n  # yoroi:ignore K8S001 reason=\"node agent\"\n  securityContext:\n    privileged: true\n  other: 1\n",
        );
        let d = &directives(&y)[0];
        assert_eq!(
            &y.text[d.covers.range()],
            "  securityContext:\n    privileged: true"
        );
    }

    #[test]
    fn zizmor_comments_cover_their_step_or_top_level_key() {
        let text = "on:\n  # zizmor: ignore[dangerous-triggers]\n  pull_request_target:\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          # zizmor: ignore[artipacked] pushes below\n          fetch-depth: 0\n      - run: make\n";
        let f = SourceFile::new(
            ".github/workflows/ci.yml",
            FileKind::GithubWorkflow,
            text.to_string(),
        );
        let d = directives(&f);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].tool, Some("zizmor"));
        assert_eq!(d[0].rules, ["dangerous-triggers"]);
        assert_eq!(
            &text[d[0].covers.range()],
            "on:\n  # zizmor: ignore[dangerous-triggers]\n  pull_request_target:\n"
        );
        assert_eq!(
            &text[d[1].covers.range()],
            "      - uses: actions/checkout@v4\n        with:\n          # zizmor: ignore[artipacked] pushes below\n          fetch-depth: 0\n"
        );
    }

    #[test]
    fn annotations_cover_their_document() {
        let y = file(
            "a.yaml",
            "kind: A\n---\nkind: Pod\nmetadata:\n  annotations:\n    yoroi.dev/ignore: \"K8S001 runs the CNI\"\n---\nkind: B\n",
        );
        let d = &directives(&y)[0];
        assert_eq!(d.rules, ["K8S001"]);
        assert_eq!(d.reason.as_deref(), Some("runs the CNI"));
        assert!(y.text[d.covers.range()].starts_with("---\nkind: Pod"));
        assert!(!y.text[d.covers.range()].contains("kind: B"));
    }

    #[test]
    fn today_is_a_date() {
        let t = today();
        assert_eq!(t.len(), 10);
        assert!(t.as_str() > "2026-01-01");
    }
}
