//! Loading a chart directory (or archive): `Chart.yaml`, values, templates, files, `crds/`, and `charts/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use yoroi_gotmpl::Value;
use yoroi_syntax::yaml::{YamlLimits, parse_stream};
use yoroi_syntax::{LineIndex, Node, Value as YValue};

use crate::fs::{ChartFs, untgz};
use crate::values::{Origins, Table, parse_values};
use crate::{ChartLimits, Diagnostic, DiagnosticKind};

/// A dependency listed in `Chart.yaml` (or `requirements.yaml`).
#[derive(Clone, Debug)]
pub struct Dependency {
    pub name: String,
    pub version: String,
    pub repository: String,
    pub alias: String,
    pub condition: String,
    pub tags: Vec<String>,
    /// `import-values`: `(child, parent)` key paths; the short form `data` is
    /// `("exports.data", ".")`.
    pub import_values: Vec<(String, String)>,
    /// Where the entry is, in `file`.
    pub file: String,
    pub span: std::ops::Range<usize>,
}

/// A loaded chart.
#[derive(Debug, Clone)]
pub struct Chart {
    /// The chart's name (its alias once dependencies are resolved).
    pub name: String,
    /// Display path of the chart's directory ("" for the chart rendered, `charts/sub` below it).
    pub path: String,
    /// `.Chart` as templates see it (Go field names).
    pub metadata: BTreeMap<String, Value>,
    pub library: bool,
    pub values: Table,
    /// `templates/...` paths and texts.
    pub templates: Vec<(String, String)>,
    /// Every other file (what `.Files` sees), `crds/` included.
    pub files: Vec<(String, Vec<u8>)>,
    pub dependencies: Vec<Dependency>,
    pub subcharts: Vec<Chart>,
    /// The condition and tags of the dependency entry that enabled this chart (set when resolving).
    pub condition: String,
    pub tags: Vec<String>,
    /// `values.schema.json`: its display path and text.
    pub schema: Option<(String, String)>,
}

pub struct Loader<'a> {
    pub limits: &'a ChartLimits,
    pub origins: &'a mut Origins,
    pub diagnostics: &'a mut Vec<Diagnostic>,
    pub files_read: usize,
    pub bytes_read: u64,
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}/{b}")
    }
}

impl Loader<'_> {
    fn diag(
        &mut self,
        file: &str,
        span: Option<std::ops::Range<usize>>,
        kind: DiagnosticKind,
        message: String,
    ) {
        self.diagnostics.push(Diagnostic {
            file: file.to_string(),
            span,
            message,
            kind,
        });
    }

    fn read(&mut self, fs: &dyn ChartFs, path: &Path, display: &str) -> Option<Vec<u8>> {
        if self.files_read >= self.limits.max_files {
            self.diag(
                display,
                None,
                DiagnosticKind::Limit,
                format!("more than {} files in the chart", self.limits.max_files),
            );
            return None;
        }
        match fs.read(path, self.limits.max_file_bytes) {
            Ok(b) => {
                self.files_read += 1;
                self.bytes_read += b.len() as u64;
                if self.bytes_read > self.limits.max_total_bytes {
                    self.diag(
                        display,
                        None,
                        DiagnosticKind::Limit,
                        format!(
                            "the chart holds more than {} bytes",
                            self.limits.max_total_bytes
                        ),
                    );
                    return None;
                }
                Some(b)
            }
            Err(e) => {
                self.diag(display, None, DiagnosticKind::Io, e.to_string());
                None
            }
        }
    }

    /// Loads the chart at `dir` of `fs`; `display` is its path in messages and origins.
    pub fn load(
        &mut self,
        fs: &dyn ChartFs,
        dir: &Path,
        display: &str,
        depth: usize,
    ) -> Option<Chart> {
        if depth > self.limits.max_chart_depth {
            self.diag(
                display,
                None,
                DiagnosticKind::Limit,
                format!(
                    "subcharts nested more than {} levels",
                    self.limits.max_chart_depth
                ),
            );
            return None;
        }
        let chart_yaml = join(display, "Chart.yaml");
        let bytes = self.read(fs, &dir.join("Chart.yaml"), &chart_yaml)?;
        let text = String::from_utf8_lossy(&bytes).to_string();
        let meta = match parse_first(&text) {
            Ok(Some(n)) => n,
            Ok(None) => {
                self.diag(
                    &chart_yaml,
                    None,
                    DiagnosticKind::Chart,
                    "validation: chart.metadata is required".into(),
                );
                return None;
            }
            Err((msg, span)) => {
                self.diag(&chart_yaml, Some(span), DiagnosticKind::Chart, msg);
                return None;
            }
        };
        let s = |key: &str| {
            meta.get(key)
                .map(|n| scalar_text(n, &text))
                .unwrap_or_default()
        };
        let name = s("name");
        if name.is_empty() {
            self.diag(
                &chart_yaml,
                None,
                DiagnosticKind::Chart,
                "validation: chart.metadata.name is required".into(),
            );
        }
        let library = s("type") == "library";
        let mut dependencies = deps_of(&meta, &text, &chart_yaml);

        // every file, .helmignore applied
        let mut ignore = Vec::new();
        if let Ok(b) = fs.read(&dir.join(".helmignore"), self.limits.max_file_bytes) {
            ignore = parse_helmignore(&String::from_utf8_lossy(&b));
        }
        let mut paths = Vec::new();
        self.walk(fs, dir, "", &ignore, &mut paths, 0);

        let mut values = Table::new();
        let mut templates = Vec::new();
        let mut files = Vec::new();
        let mut subchart_names: Vec<String> = Vec::new();
        let mut schema = None;
        for rel in paths {
            let disp = join(display, &rel);
            match rel.as_str() {
                "Chart.yaml" | "Chart.lock" | "requirements.lock" => continue,
                "values.yaml" => {
                    let Some(b) = self.read(fs, &dir.join(&rel), &disp) else {
                        continue;
                    };
                    let t = String::from_utf8_lossy(&b).to_string();
                    match parse_values(&t, &disp, self.origins) {
                        Ok(v) => values = v,
                        Err(e) => self.diag(&disp, Some(e.span), DiagnosticKind::Values, e.message),
                    }
                    continue;
                }
                "values.schema.json" => {
                    if let Some(b) = self.read(fs, &dir.join(&rel), &disp) {
                        schema = Some((disp, String::from_utf8_lossy(&b).into_owned()));
                    }
                    continue;
                }
                "requirements.yaml" => {
                    if dependencies.is_empty()
                        && let Some(b) = self.read(fs, &dir.join(&rel), &disp)
                    {
                        let t = String::from_utf8_lossy(&b).to_string();
                        if let Ok(Some(n)) = parse_first(&t) {
                            dependencies = deps_of(&n, &t, &disp);
                        }
                    }
                    continue;
                }
                _ => {}
            }
            if rel.starts_with("templates/") {
                if let Some(b) = self.read(fs, &dir.join(&rel), &disp) {
                    templates.push((rel, String::from_utf8_lossy(&b).to_string()));
                }
            } else if let Some(sub) = rel.strip_prefix("charts/") {
                if sub.ends_with(".prov") {
                    if let Some(b) = self.read(fs, &dir.join(&rel), &disp) {
                        files.push((rel, b));
                    }
                    continue;
                }
                let cname = sub.split('/').next().unwrap_or(sub).to_string();
                if !subchart_names.contains(&cname) && !cname.starts_with(['_', '.']) {
                    subchart_names.push(cname);
                }
            } else if let Some(b) = self.read(fs, &dir.join(&rel), &disp) {
                files.push((rel, b));
            }
        }

        let mut subcharts = Vec::new();
        for cname in subchart_names {
            let rel = format!("charts/{cname}");
            let disp = join(display, &rel);
            if cname.ends_with(".tgz") {
                let Some(b) = self.read(fs, &dir.join(&rel), &disp) else {
                    continue;
                };
                match untgz(&b, self.limits.max_total_bytes, self.limits.max_files) {
                    Ok(mem) => {
                        // the archive holds one top directory: the chart
                        let top = mem
                            .files
                            .keys()
                            .next()
                            .and_then(|k| k.split('/').next())
                            .unwrap_or("")
                            .to_string();
                        if let Some(c) =
                            self.load(&mem, &PathBuf::from(&top), &join(&disp, &top), depth + 1)
                        {
                            subcharts.push(c);
                        }
                    }
                    Err(e) => self.diag(&disp, None, DiagnosticKind::Chart, e),
                }
            } else if let Some(c) = self.load(fs, &dir.join(&rel), &disp, depth + 1) {
                subcharts.push(c);
            }
        }

        let metadata = metadata_map(&meta, &text, &dependencies);
        Some(Chart {
            name,
            path: display.to_string(),
            metadata,
            library,
            values,
            templates,
            files,
            dependencies,
            subcharts,
            condition: String::new(),
            tags: Vec::new(),
            schema,
        })
    }

    fn walk(
        &mut self,
        fs: &dyn ChartFs,
        root: &Path,
        rel: &str,
        ignore: &[Rule],
        out: &mut Vec<String>,
        depth: usize,
    ) {
        if depth > 32 || out.len() > self.limits.max_files {
            return;
        }
        let Ok(entries) = fs.list(&root.join(rel)) else {
            return;
        };
        for (name, is_dir) in entries {
            let path = join(rel, &name);
            if ignored(ignore, &path, &name, is_dir) {
                continue;
            }
            if is_dir {
                self.walk(fs, root, &path, ignore, out, depth + 1);
            } else {
                out.push(path);
            }
        }
    }
}

fn parse_first(text: &str) -> Result<Option<Node>, (String, std::ops::Range<usize>)> {
    let lines = LineIndex::new(text);
    let stream = parse_stream(text, &lines, YamlLimits::default());
    if let Some(e) = stream.errors.first()
        && stream.documents.first().is_none_or(|d| d.index > 0)
    {
        return Err((
            format!(
                "yaml: line {}: {}",
                lines.line_of(e.span.start()) + 1,
                e.message
            ),
            e.span.range(),
        ));
    }
    Ok(stream.documents.into_iter().next().map(|d| d.root))
}

/// A scalar's text as Helm's typed metadata reads it (the source text for plain numbers: `version: 1.10`).
fn scalar_text(n: &Node, src: &str) -> String {
    let raw = src.get(n.span.range()).unwrap_or("");
    if let YValue::Str(s) = &n.value
        && !raw.starts_with(['"', '\'', '|', '>', '!', '&', '*'])
        && let yoroi_gotmpl::Kind::Bool(b) = crate::values::resolve_v2(s)
    {
        // go-yaml v2: `name: off` is the boolean false, which Helm's typed metadata reads as "false"
        return b.to_string();
    }
    match &n.value {
        YValue::Str(s) => s.clone(),
        YValue::Null => String::new(),
        YValue::Int(_) | YValue::Float(_) | YValue::Bool(_) => {
            let raw = src.get(n.span.range()).unwrap_or("").trim();
            match crate::values::resolve_v2(raw) {
                yoroi_gotmpl::Kind::Bool(b) => b.to_string(),
                yoroi_gotmpl::Kind::Float(f)
                    if f.fract() == 0.0 && f.abs() < 1e18 && !raw.contains('.') =>
                {
                    format!("{}", f as i64)
                }
                _ => raw.to_string(),
            }
        }
        _ => String::new(),
    }
}

fn deps_of(meta: &Node, text: &str, file: &str) -> Vec<Dependency> {
    meta.get("dependencies")
        .map(|d| {
            d.items()
                .map(|e| {
                    let s = |k: &str| e.get(k).map(|n| scalar_text(n, text)).unwrap_or_default();
                    Dependency {
                        name: s("name"),
                        version: s("version"),
                        repository: s("repository"),
                        alias: s("alias"),
                        condition: s("condition"),
                        tags: e
                            .get("tags")
                            .map(|t| t.items().map(|n| scalar_text(n, text)).collect())
                            .unwrap_or_default(),
                        import_values: e
                            .get("import-values")
                            .map(|list| {
                                list.items()
                                    .filter_map(|iv| {
                                        let field =
                                            |k: &str| iv.get(k).map(|n| scalar_text(n, text));
                                        if iv.is_map() {
                                            Some((field("child")?, field("parent")?))
                                        } else {
                                            let name = scalar_text(iv, text);
                                            (!name.is_empty())
                                                .then(|| (format!("exports.{name}"), ".".into()))
                                        }
                                    })
                                    .collect()
                            })
                            .unwrap_or_default(),
                        file: file.to_string(),
                        span: e.span.range(),
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

/// `.Chart`: the metadata under Go's field names, strings empty when unset.
fn metadata_map(meta: &Node, text: &str, deps: &[Dependency]) -> BTreeMap<String, Value> {
    let mut m = BTreeMap::new();
    let s = |k: &str| {
        meta.get(k)
            .map(|n| scalar_text(n, text))
            .unwrap_or_default()
    };
    let list = |k: &str| -> Value {
        match meta.get(k) {
            Some(n) if n.is_seq() => Value::list(
                n.items()
                    .map(|i| Value::str(scalar_text(i, text)))
                    .collect(),
            ),
            _ => Value::NIL,
        }
    };
    for (go, yaml) in [
        ("Name", "name"),
        ("Home", "home"),
        ("Version", "version"),
        ("Description", "description"),
        ("Icon", "icon"),
        ("APIVersion", "apiVersion"),
        ("Condition", "condition"),
        ("Tags", "tags"),
        ("AppVersion", "appVersion"),
        ("KubeVersion", "kubeVersion"),
        ("Type", "type"),
    ] {
        m.insert(go.to_string(), Value::str(s(yaml)));
    }
    m.insert("Sources".into(), list("sources"));
    m.insert("Keywords".into(), list("keywords"));
    m.insert(
        "Deprecated".into(),
        Value::bool(
            meta.get("deprecated")
                .and_then(Node::as_bool)
                .unwrap_or(false),
        ),
    );
    let mut ann = BTreeMap::new();
    if let Some(a) = meta.get("annotations") {
        for e in a.entries() {
            ann.insert(e.key.clone(), Value::str(scalar_text(&e.value, text)));
        }
    }
    m.insert(
        "Annotations".into(),
        if ann.is_empty() {
            Value::NIL
        } else {
            Value::map(ann)
        },
    );
    let maint: Vec<Value> = meta
        .get("maintainers")
        .map(|l| {
            l.items()
                .map(|i| {
                    let mut mm = BTreeMap::new();
                    for (go, y) in [("Name", "name"), ("Email", "email"), ("URL", "url")] {
                        mm.insert(
                            go.to_string(),
                            Value::str(i.get(y).map(|n| scalar_text(n, text)).unwrap_or_default()),
                        );
                    }
                    Value::map(mm)
                })
                .collect()
        })
        .unwrap_or_default();
    m.insert(
        "Maintainers".into(),
        if maint.is_empty() {
            Value::NIL
        } else {
            Value::list(maint)
        },
    );
    let deps: Vec<Value> = deps
        .iter()
        .map(|d| {
            let mut mm = BTreeMap::new();
            mm.insert("Name".into(), Value::str(d.name.as_str()));
            mm.insert("Version".into(), Value::str(d.version.as_str()));
            mm.insert("Repository".into(), Value::str(d.repository.as_str()));
            mm.insert("Condition".into(), Value::str(d.condition.as_str()));
            mm.insert("Alias".into(), Value::str(d.alias.as_str()));
            mm.insert("Enabled".into(), Value::bool(false));
            mm.insert(
                "Tags".into(),
                Value::list(d.tags.iter().map(|t| Value::str(t.as_str())).collect()),
            );
            Value::map(mm)
        })
        .collect();
    m.insert(
        "Dependencies".into(),
        if deps.is_empty() {
            Value::NIL
        } else {
            Value::list(deps)
        },
    );
    m
}

// ---------------------------------------------------------------------------------------------------------------
// .helmignore

#[derive(Debug)]
pub struct Rule {
    pattern: String,
    dir_only: bool,
    negate: bool,
}

pub fn parse_helmignore(text: &str) -> Vec<Rule> {
    let mut rules = vec![Rule {
        pattern: "templates/.?*".into(),
        dir_only: false,
        negate: false,
    }];
    for line in text.lines() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let (negate, l) = match l.strip_prefix('!') {
            Some(r) => (true, r),
            None => (false, l),
        };
        let dir_only = l.ends_with('/');
        let p = l.trim_end_matches('/').trim_start_matches('/');
        if p.is_empty() {
            continue;
        }
        rules.push(Rule {
            pattern: p.to_string(),
            dir_only,
            negate,
        });
    }
    rules
}

fn ignored(rules: &[Rule], path: &str, name: &str, is_dir: bool) -> bool {
    if rules.is_empty() {
        return path.starts_with("templates/.");
    }
    let mut out = false;
    for r in rules {
        if r.dir_only && !is_dir {
            continue;
        }
        let hit = if r.pattern.contains('/') {
            glob_match(&r.pattern, path, true)
        } else {
            glob_match(&r.pattern, name, true)
        };
        if hit {
            out = !r.negate;
        }
    }
    out
}

/// Glob matching: `*` and `?` (not crossing `/` when `sep`), `**` across `/`, `[...]` classes, `{a,b}`.
pub fn glob_match(pattern: &str, text: &str, sep: bool) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let mut budget = 100_000usize;
    gm(&p, &t, sep, &mut budget)
}

fn gm(p: &[char], t: &[char], sep: bool, budget: &mut usize) -> bool {
    if *budget == 0 {
        return false;
    }
    *budget -= 1;
    let Some(&c) = p.first() else {
        return t.is_empty();
    };
    match c {
        '*' => {
            let double = p.get(1) == Some(&'*');
            let rest = if double { &p[2..] } else { &p[1..] };
            for i in 0..=t.len() {
                if gm(rest, &t[i..], sep, budget) {
                    return true;
                }
                if i < t.len() && sep && !double && t[i] == '/' {
                    break;
                }
            }
            false
        }
        '?' => !(t.is_empty() || sep && t[0] == '/') && gm(&p[1..], &t[1..], sep, budget),
        '[' => {
            let Some(close) = p.iter().skip(1).position(|&x| x == ']').map(|i| i + 1) else {
                return !t.is_empty() && t[0] == '[' && gm(&p[1..], &t[1..], sep, budget);
            };
            if t.is_empty() {
                return false;
            }
            let class = &p[1..close];
            let (neg, class) = match class.first() {
                Some('!') | Some('^') => (true, &class[1..]),
                _ => (false, class),
            };
            let mut hit = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == '-' {
                    if class[i] <= t[0] && t[0] <= class[i + 2] {
                        hit = true;
                    }
                    i += 3;
                } else {
                    if class[i] == t[0] {
                        hit = true;
                    }
                    i += 1;
                }
            }
            hit != neg && gm(&p[close + 1..], &t[1..], sep, budget)
        }
        '{' => {
            let Some(close) = p.iter().position(|&x| x == '}') else {
                return !t.is_empty() && t[0] == '{' && gm(&p[1..], &t[1..], sep, budget);
            };
            let inner: String = p[1..close].iter().collect();
            inner.split(',').any(|alt| {
                let mut np: Vec<char> = alt.chars().collect();
                np.extend_from_slice(&p[close + 1..]);
                gm(&np, t, sep, budget)
            })
        }
        '\\' if p.len() > 1 => !t.is_empty() && t[0] == p[1] && gm(&p[2..], &t[1..], sep, budget),
        c => !t.is_empty() && t[0] == c && gm(&p[1..], &t[1..], sep, budget),
    }
}
