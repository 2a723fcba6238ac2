//! Rule documentation generated from the catalog: `yoroi explain`, `yoroi rules --format
//! markdown` and `docs/rules.md` all come from here, so the docs cannot drift from the rules.

use crate::catalog::{Catalog, Domain, Rule};

/// How `yoroi scan --fix` resolves the rule's findings, when it can.
fn automatic_fix(rule: &Rule) -> Option<String> {
    let how = match rule.meta.fix {
        crate::FixKind::None => return None,
        crate::FixKind::Safe => "Safe: `yoroi scan --fix` applies it",
        crate::FixKind::Unsafe => {
            "May change behaviour: `yoroi scan --fix --unsafe-fixes` applies it"
        }
    };
    Some(match &rule.logic {
        crate::catalog::Logic::Declarative(d) => match &d.autofix {
            Some(autofix) => format!("{how}: {}.", autofix.title),
            None => format!("{how}."),
        },
        crate::catalog::Logic::Rust(_) => format!("{how} where the finding offers an edit."),
    })
}

/// One rule's page.
pub fn rule_markdown(rule: &Rule) -> String {
    let m = &rule.meta;
    let mut out = format!("## {} {}: {}\n\n", m.id, m.name, m.title);
    out.push_str(&format!(
        "Severity: **{}** · Category: {} · Domain: {} · Fix: {}\n\n",
        m.severity,
        serde_json::to_value(m.category)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        rule.domain.as_str(),
        serde_json::to_value(m.fix)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
    ));
    if !m.profiles.is_empty() {
        out.push_str(&format!("Profiles: {}\n\n", m.profiles.join(", ")));
    }
    out.push_str(&format!("### Why\n\n{}\n\n", m.rationale.trim()));
    out.push_str(&format!("### What to do\n\n{}\n\n", m.remediation.trim()));
    if let Some(fix) = automatic_fix(rule) {
        out.push_str(&format!("### Automatic fix\n\n{fix}\n\n"));
    }
    if !m.references.is_empty() {
        out.push_str("### References\n\n");
        for r in &m.references {
            out.push_str(&format!("- {r}\n"));
        }
        out.push('\n');
    }
    let equivalents: Vec<String> = m
        .equivalents
        .iter()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(tool, ids)| format!("{tool}: {}", ids.join(", ")))
        .collect();
    if !equivalents.is_empty() {
        out.push_str("### Equivalent checks\n\n");
        for e in equivalents {
            out.push_str(&format!("- {e}\n"));
        }
        out.push('\n');
    }
    if let Some(bad) = rule.examples.iter().find(|e| e.is_bad()) {
        let lang = match rule.domain {
            Domain::Dockerfile => "dockerfile",
            Domain::Kubernetes | Domain::Yoroi => "yaml",
            _ => "hcl",
        };
        let lang = if bad.name.ends_with(".Dockerfile") {
            "dockerfile"
        } else if bad.name.ends_with(".tf") {
            "hcl"
        } else {
            lang
        };
        out.push_str(&format!(
            "### Example that fires\n\n```{lang}\n{}```\n\n",
            bad.text
        ));
    }
    out
}

/// The whole catalog as one page (`docs/rules.md`).
pub fn rules_markdown(catalog: &Catalog) -> String {
    let mut out = String::from(
        "# yoroi rules\n\n<!-- Generated from checks/ by `yoroi rules --format markdown`. Do not edit. -->\n\n",
    );
    out.push_str(&format!("{} rules.\n\n", catalog.rules.len()));
    out.push_str("| id | name | severity | domain | title |\n| --- | --- | --- | --- | --- |\n");
    for rule in &catalog.rules {
        let m = &rule.meta;
        out.push_str(&format!(
            "| [{}](#{}) | {} | {} | {} | {} |\n",
            m.id,
            anchor(rule),
            m.name,
            m.severity,
            rule.domain.as_str(),
            m.title
        ));
    }
    out.push('\n');
    for rule in &catalog.rules {
        out.push_str(&rule_markdown(rule));
    }
    out
}

fn anchor(rule: &Rule) -> String {
    format!(
        "{}-{}-{}",
        rule.meta.id.to_ascii_lowercase(),
        rule.meta.name,
        rule.meta
            .title
            .to_ascii_lowercase()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == ' ' || *c == '-')
            .collect::<String>()
            .replace(' ', "-")
    )
}
