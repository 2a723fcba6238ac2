//! Paths into a subject: `securityContext.privileged`, `ingress.cidr_blocks[*]`,
//! `metadata.annotations."seccomp.security.alpha.kubernetes.io/pod"`, `@pod.hostNetwork`, `.`,
//! `settings.database_flags[name=log_connections].value`.

use yoroi_syntax::{Node, Span, Value};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Root {
    Subject,
    /// A container's pod spec.
    Pod,
    /// The whole Kubernetes object or Terraform resource body.
    Object,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    AnyItem,
    /// One list item by 0-based position (`providers[0]`).
    Item(usize),
    AnyValue,
    /// Keeps the mappings (or the list items that are mappings) whose `key` holds `value`
    /// (`database_flags[name=log_connections]`: one repeated block picked by its name).
    Where {
        key: String,
        value: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    pub root: Root,
    steps: Vec<Step>,
    pub text: String,
}

/// One node a path selected, with the span of the key that led to it (for findings).
#[derive(Debug, Clone, Copy)]
pub struct Selected<'a> {
    pub node: &'a Node,
    pub key_span: Option<Span>,
    /// The last mapping key on the way to the node (for `{path}` in messages).
    pub key: Option<&'a str>,
}

impl Selected<'_> {
    /// Where a finding about this node points: its key through its value.
    pub fn span(&self) -> Span {
        match self.key_span {
            Some(k) if k.start <= self.node.span.start => k.cover(self.node.span),
            _ => self.node.span,
        }
    }
}

impl Path {
    pub fn parse(text: &str) -> Result<Path, String> {
        let mut rest = text.trim();
        let mut root = Root::Subject;
        if let Some(r) = rest.strip_prefix("@pod") {
            root = Root::Pod;
            rest = r;
        } else if let Some(r) = rest.strip_prefix("@object") {
            root = Root::Object;
            rest = r;
        } else if rest.starts_with('@') {
            return Err(format!(
                "unknown path root in `{text}` (use @pod or @object)"
            ));
        }
        let mut steps = Vec::new();
        let mut chars = rest.chars().peekable();
        let mut key = String::new();
        let mut quoted = false;
        let flush = |key: &mut String, quoted: &mut bool, steps: &mut Vec<Step>| {
            if *quoted || !key.is_empty() {
                let k = std::mem::take(key);
                steps.push(if k == "*" && !*quoted {
                    Step::AnyValue
                } else {
                    Step::Key(k)
                });
            }
            *quoted = false;
        };
        while let Some(c) = chars.next() {
            match c {
                '.' => flush(&mut key, &mut quoted, &mut steps),
                '"' => {
                    quoted = true;
                    for c in chars.by_ref() {
                        if c == '"' {
                            break;
                        }
                        key.push(c);
                    }
                }
                '[' => {
                    flush(&mut key, &mut quoted, &mut steps);
                    let inner: String = chars.by_ref().take_while(|&c| c != ']').collect();
                    if inner == "*" {
                        steps.push(Step::AnyItem);
                    } else if let Ok(index) = inner.parse::<usize>() {
                        steps.push(Step::Item(index));
                    } else if let Some((key, value)) = inner.split_once('=')
                        && !key.trim().is_empty()
                    {
                        let value = value.trim();
                        let value = value
                            .strip_prefix('"')
                            .and_then(|v| v.strip_suffix('"'))
                            .unwrap_or(value);
                        steps.push(Step::Where {
                            key: key.trim().to_string(),
                            value: value.to_string(),
                        });
                    } else {
                        return Err(format!(
                            "only `[*]`, `[N]` and `[key=value]` are supported in paths, not \
                             `[{inner}]`"
                        ));
                    }
                }
                c => key.push(c),
            }
        }
        flush(&mut key, &mut quoted, &mut steps);
        Ok(Path {
            root,
            steps,
            text: text.to_string(),
        })
    }

    /// The keys of a path made only of plain keys (what a fix can write to).
    pub fn plain_keys(&self) -> Option<Vec<String>> {
        self.steps
            .iter()
            .map(|s| match s {
                Step::Key(k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// The plain keys the path starts with, up to its first step that is not a key
    /// (`deploy.resources.limits.memory` → all four, `cap_drop[*]` → `cap_drop`).
    pub fn leading_keys(&self) -> impl Iterator<Item = &str> {
        self.steps.iter().map_while(|s| match s {
            Step::Key(k) => Some(k.as_str()),
            _ => None,
        })
    }

    /// Selects nodes from `start`. Unknown nodes met on the way are returned as selected (the
    /// caller treats them as "cannot say").
    pub fn select<'a>(&self, start: Selected<'a>, out: &mut Vec<Selected<'a>>) {
        let mut current = vec![start];
        let mut next = Vec::new();
        for step in &self.steps {
            for sel in current.drain(..) {
                if sel.node.is_unknown() {
                    next.push(sel);
                    continue;
                }
                match step {
                    Step::Key(key) => {
                        for entry in sel.node.entries().filter(|e| &e.key == key) {
                            next.push(Selected {
                                node: &entry.value,
                                key_span: Some(entry.key_span),
                                key: Some(&entry.key),
                            });
                        }
                    }
                    Step::AnyItem => {
                        for item in sel.node.items() {
                            next.push(Selected {
                                node: item,
                                key_span: None,
                                key: sel.key,
                            });
                        }
                    }
                    Step::Item(index) => {
                        if let Some(item) = sel.node.items().nth(*index) {
                            next.push(Selected {
                                node: item,
                                key_span: None,
                                key: sel.key,
                            });
                        }
                    }
                    Step::Where { key, value } => {
                        let candidates: Vec<Selected<'a>> = match &sel.node.value {
                            Value::Seq(items) => items
                                .iter()
                                .map(|item| Selected {
                                    node: item,
                                    key_span: None,
                                    key: sel.key,
                                })
                                .collect(),
                            _ => vec![sel],
                        };
                        for candidate in candidates {
                            match candidate.node.get(key) {
                                // A name that cannot be known might be the one asked for: the
                                // unknown value travels on, and the verdict is unknown.
                                Some(found) if found.is_unknown() => next.push(Selected {
                                    node: found,
                                    key_span: candidate.key_span,
                                    key: candidate.key,
                                }),
                                Some(found) if is_scalar(found) && found.display() == *value => {
                                    next.push(candidate);
                                }
                                _ if candidate.node.is_unknown() => next.push(candidate),
                                _ => {}
                            }
                        }
                    }
                    Step::AnyValue => {
                        if let Value::Map(entries) = &sel.node.value {
                            for entry in entries {
                                next.push(Selected {
                                    node: &entry.value,
                                    key_span: Some(entry.key_span),
                                    key: Some(&entry.key),
                                });
                            }
                        }
                    }
                }
            }
            std::mem::swap(&mut current, &mut next);
        }
        out.extend(current);
    }
}

fn is_scalar(node: &Node) -> bool {
    matches!(
        node.value,
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_roots_quotes_and_wildcards() {
        let p = Path::parse("@pod.metadata.annotations.\"a.b/c\".x[*].*").unwrap();
        assert_eq!(p.root, Root::Pod);
        assert_eq!(
            p.steps,
            vec![
                Step::Key("metadata".into()),
                Step::Key("annotations".into()),
                Step::Key("a.b/c".into()),
                Step::Key("x".into()),
                Step::AnyItem,
                Step::AnyValue
            ]
        );
        assert!(Path::parse(".").unwrap().steps.is_empty());
        assert_eq!(
            Path::parse("a[0]").unwrap().steps,
            vec![Step::Key("a".into()), Step::Item(0)]
        );
        assert!(Path::parse("a[x]").is_err());
        assert_eq!(
            Path::parse("flags[name=\"cross db ownership chaining\"].value")
                .unwrap()
                .steps,
            vec![
                Step::Key("flags".into()),
                Step::Where {
                    key: "name".into(),
                    value: "cross db ownership chaining".into()
                },
                Step::Key("value".into())
            ]
        );
        assert_eq!(
            Path::parse("flags[name=cloudsql.enable_pgaudit]")
                .unwrap()
                .steps,
            vec![
                Step::Key("flags".into()),
                Step::Where {
                    key: "name".into(),
                    value: "cloudsql.enable_pgaudit".into()
                }
            ]
        );
    }

    #[test]
    fn a_filter_picks_repeated_blocks_by_a_key_and_keeps_unknown_names() {
        let map = |pairs: Vec<(&str, Node)>| {
            Node::new(
                Span::default(),
                Value::Map(
                    pairs
                        .into_iter()
                        .map(|(k, v)| yoroi_syntax::Entry {
                            key: k.into(),
                            key_span: Span::default(),
                            value: v,
                        })
                        .collect(),
                ),
            )
        };
        let s = |v: &str| Node::new(Span::default(), Value::Str(v.into()));
        let flag = |name: Node, value: &str| map(vec![("name", name), ("value", s(value))]);
        let body = map(vec![
            ("flags", flag(s("log_connections"), "on")),
            ("flags", flag(s("log_disconnections"), "off")),
            ("flags", flag(Node::unknown(Span::default()), "off")),
        ]);
        let start = Selected {
            node: &body,
            key_span: None,
            key: None,
        };
        let pick = |path: &str| {
            let mut out = Vec::new();
            Path::parse(path).unwrap().select(start, &mut out);
            out.iter().map(|s| s.node.display()).collect::<Vec<_>>()
        };
        assert_eq!(
            pick("flags[name=log_connections].value"),
            ["on", "(unknown)"]
        );
        assert_eq!(
            pick("flags[name=log_disconnections].value"),
            ["off", "(unknown)"]
        );
        let listed = map(vec![(
            "flags",
            Node::new(
                Span::default(),
                Value::Seq(vec![flag(s("a"), "1"), flag(s("b"), "2")]),
            ),
        )]);
        let mut out = Vec::new();
        Path::parse("flags[name=b].value").unwrap().select(
            Selected {
                node: &listed,
                key_span: None,
                key: None,
            },
            &mut out,
        );
        assert_eq!(
            out.iter().map(|s| s.node.display()).collect::<Vec<_>>(),
            ["2"]
        );
    }
}
