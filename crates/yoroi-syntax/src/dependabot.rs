//! Dependabot configurations (`.github/dependabot.yml`) as a spanned model: the YAML tree, the
//! private `registries:` it declares, and each `updates:` entry with the keys the rules read
//! (its ecosystem, directories, schedule, cooldown, code execution and registries).

use crate::node::{Entry, Node, Value};
use crate::source::{SourceFile, Span};
use crate::yaml::{YamlError, YamlLimits, parse_stream};

/// A parsed Dependabot configuration.
#[derive(Debug)]
pub struct Dependabot {
    pub root: Node,
    /// `version:` (GitHub reads version 2 only).
    pub version: Option<Node>,
    /// Top-level `registries:`, by name.
    pub registries: Vec<Entry>,
    /// The `updates:` entries that are mappings, in file order.
    pub updates: Vec<Update>,
    pub errors: Vec<YamlError>,
}

/// One entry of `updates:`: an ecosystem in one or more directories.
#[derive(Debug)]
pub struct Update {
    /// The whole list item.
    pub node: Node,
    /// `package-ecosystem:`, key and value.
    pub ecosystem: Option<Entry>,
    /// `directory:` or the items of `directories:`.
    pub directories: Vec<Node>,
    pub schedule: Option<Entry>,
    pub cooldown: Option<Entry>,
    /// `insecure-external-code-execution:`, key and value.
    pub code_execution: Option<Entry>,
    /// The names in `registries:` (`"*"` for every declared one).
    pub registries: Vec<Node>,
    /// `open-pull-requests-limit:`.
    pub pull_request_limit: Option<Entry>,
}

impl Update {
    /// The ecosystem's name as written (`npm`, `github-actions`), when it is a string.
    pub fn ecosystem_name(&self) -> Option<&str> {
        self.ecosystem.as_ref().and_then(|e| e.value.as_str())
    }

    /// How messages name the entry: "the `npm` update", or "the update" when its ecosystem is
    /// not a string.
    pub fn describe(&self) -> String {
        match self.ecosystem_name() {
            Some(name) => format!("the `{name}` update"),
            None => "the update".to_string(),
        }
    }

    /// `cooldown.default-days`, key and value.
    pub fn cooldown_default_days(&self) -> Option<&Entry> {
        self.cooldown.as_ref()?.value.entry("default-days")
    }

    /// Whether version updates are turned off (`open-pull-requests-limit: 0`): the entry then
    /// only opens security updates.
    pub fn version_updates_disabled(&self) -> bool {
        self.pull_request_limit
            .as_ref()
            .and_then(|e| e.value.as_i64())
            == Some(0)
    }

    /// Where a finding about something the entry lacks sits: its `package-ecosystem:` key, or
    /// the list item when the entry names none.
    pub fn anchor(&self) -> Span {
        match &self.ecosystem {
            Some(e) => Span::new(e.key_span.start(), e.value.span.end().max(e.key_span.end())),
            None => self.node.span,
        }
    }
}

/// Parses a Dependabot configuration. Never fails: YAML errors are kept in `errors`, and what
/// is not of the expected shape is left out of the typed view (it stays in `root`).
pub fn parse(file: &SourceFile, limits: YamlLimits) -> Dependabot {
    let stream = parse_stream(&file.text, &file.lines, limits);
    let root = stream
        .documents
        .into_iter()
        .next()
        .map(|d| d.root)
        .unwrap_or_else(|| Node::new(Span::empty(0), Value::Null));
    let registries = root
        .get("registries")
        .map(|r| r.entries().cloned().collect())
        .unwrap_or_default();
    let updates = root
        .get("updates")
        .map(|u| u.items().filter(|i| i.is_map()).map(update).collect())
        .unwrap_or_default();
    Dependabot {
        version: root.get("version").cloned(),
        registries,
        updates,
        errors: stream.errors,
        root,
    }
}

fn update(node: &Node) -> Update {
    let entry = |key: &str| node.entry(key).cloned();
    let mut directories: Vec<Node> = node.get("directory").cloned().into_iter().collect();
    if let Some(list) = node.get("directories") {
        directories.extend(list.items().cloned());
    }
    let registries = match node.get("registries") {
        Some(list) if list.is_seq() => list.items().cloned().collect(),
        Some(one) => vec![one.clone()],
        None => Vec::new(),
    };
    Update {
        ecosystem: entry("package-ecosystem"),
        directories,
        schedule: entry("schedule"),
        cooldown: entry("cooldown"),
        code_execution: entry("insecure-external-code-execution"),
        registries,
        pull_request_limit: entry("open-pull-requests-limit"),
        node: node.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileKind;

    fn parsed(text: &str) -> Dependabot {
        let file = SourceFile::new(".github/dependabot.yml", FileKind::Dependabot, text.into());
        parse(&file, YamlLimits::default())
    }

    #[test]
    fn reads_updates_and_registries() {
        let config = parsed(
            "version: 2\nregistries:\n  npm-private:\n    type: npm-registry\n    url: https://npm.example.com\nupdates:\n  - package-ecosystem: npm\n    directories: [\"/\", \"/web\"]\n    schedule:\n      interval: weekly\n    registries: \"*\"\n    insecure-external-code-execution: allow\n    cooldown:\n      default-days: 5\n  - package-ecosystem: pip\n    directory: /\n    open-pull-requests-limit: 0\n  - just a string\n",
        );
        assert!(config.errors.is_empty());
        assert_eq!(config.version.as_ref().and_then(Node::as_i64), Some(2));
        assert_eq!(config.registries.len(), 1);
        assert_eq!(config.updates.len(), 2);
        let npm = &config.updates[0];
        assert_eq!(npm.ecosystem_name(), Some("npm"));
        assert_eq!(npm.describe(), "the `npm` update");
        assert_eq!(npm.directories.len(), 2);
        assert!(npm.schedule.is_some());
        assert_eq!(npm.registries.len(), 1);
        assert_eq!(
            npm.code_execution.as_ref().and_then(|e| e.value.as_str()),
            Some("allow")
        );
        assert_eq!(
            npm.cooldown_default_days().and_then(|e| e.value.as_i64()),
            Some(5)
        );
        assert!(!npm.version_updates_disabled());
        let pip = &config.updates[1];
        assert_eq!(pip.directories.len(), 1);
        assert!(pip.cooldown.is_none());
        assert!(pip.version_updates_disabled());
    }

    #[test]
    fn odd_shapes_are_left_out() {
        for text in [
            "",
            "updates: nope\n",
            "- a\n- b\n",
            "updates:\n  - [1, 2]\n",
            ": :\n",
        ] {
            let config = parsed(text);
            assert!(config.updates.is_empty(), "{text:?}");
        }
    }
}
