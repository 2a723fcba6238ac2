//! GitHub Actions workflows (`.github/workflows/*.yml`) and action metadata (`action.yml`) as
//! a spanned model: the YAML tree, a small typed view of what the rules ask about (triggers,
//! permissions, jobs, steps), every `${{ }}` parsed with `yoroi-ghaexpr` and mapped to file
//! spans, and `run:` bodies parsed as shell.

use crate::dockerfile::shell::{self, Script};
use crate::node::{Node, Value};
use crate::source::{FileKind, SourceFile, Span};
use crate::yaml::{YamlError, YamlLimits, parse_stream};
use yoroi_ghaexpr as gha;

/// A parsed workflow or action.
#[derive(Debug)]
pub struct Workflow {
    /// The document's root mapping (`Null` when the file is empty or broken).
    pub root: Node,
    /// `action.yml` rather than a workflow.
    pub is_action: bool,
    /// The events of `on:` with the span of each name (empty for an action).
    pub triggers: Vec<(String, Span)>,
    /// The `on:` key, when written.
    pub on_span: Option<Span>,
    /// Top-level `permissions:` (key span, value).
    pub permissions: Option<(Span, Node)>,
    pub env: Option<Node>,
    /// Jobs in order; an action's `runs:` is one job with the id `runs`.
    pub jobs: Vec<Job>,
    /// Every `${{ }}` of the file, in source order.
    pub expressions: Vec<Expression>,
    pub errors: Vec<YamlError>,
}

/// One job (or an action's `runs:`).
#[derive(Debug)]
pub struct Job {
    pub id: String,
    pub id_span: Span,
    pub node: Node,
    pub permissions: Option<(Span, Node)>,
    pub runs_on: Option<Node>,
    pub container: Option<Node>,
    pub services: Option<Node>,
    /// A reusable workflow call (`jobs.<id>.uses`).
    pub uses: Option<Node>,
    /// The span of `secrets: inherit`.
    pub secrets_inherit: Option<Span>,
    pub condition: Option<Node>,
    pub env: Option<Node>,
    pub steps: Vec<Step>,
}

/// One step.
#[derive(Debug)]
pub struct Step {
    pub node: Node,
    pub uses: Option<Node>,
    pub run: Option<Run>,
    pub with: Option<Node>,
    pub env: Option<Node>,
    pub shell: Option<String>,
    pub condition: Option<Node>,
}

/// A `run:` body.
#[derive(Debug)]
pub struct Run {
    pub node: Node,
    pub text: String,
    /// The file offset of each byte of `text`.
    pub map: ScalarMap,
    /// The body as shell, when a POSIX shell runs it (`${{ }}` replaced by placeholders of the
    /// same length, so spans stay exact).
    pub script: Option<Script>,
}

/// One `${{ … }}` with file spans.
#[derive(Debug)]
pub struct Expression {
    /// From `${{` to `}}`, in the file.
    pub span: Span,
    /// The scalar that holds it.
    pub scalar: Span,
    /// The keys from the document root to the scalar (`jobs`, `<id>`, `steps`, `0`, `run`).
    pub path: Vec<String>,
    /// The parsed expression; its spans are offsets into the scalar's value (map them with
    /// `map`).
    pub expr: Result<gha::Expr, gha::ParseError>,
    pub map: std::sync::Arc<ScalarMap>,
}

impl Expression {
    /// The file span of a span of the parsed expression.
    pub fn file_span(&self, span: gha::Span) -> Span {
        self.map.span(span.start, span.end)
    }

    /// The job index and step index the expression belongs to, given the workflow.
    pub fn job_id(&self) -> Option<&str> {
        match self.path.first().map(String::as_str) {
            Some("jobs") => self.path.get(1).map(String::as_str),
            Some("runs") => Some("runs"),
            _ => None,
        }
    }

    /// The step index, when inside `steps`.
    pub fn step_index(&self) -> Option<usize> {
        let at = self.path.iter().position(|k| k == "steps")?;
        self.path.get(at + 1)?.parse().ok()
    }

    /// The key the scalar sits under (`run`, `script`, `if` …).
    pub fn key(&self) -> &str {
        self.path.last().map_or("", String::as_str)
    }
}

/// The file offset of each byte of a scalar's decoded value.
#[derive(Debug, Clone, Default)]
pub struct ScalarMap {
    starts: Vec<u32>,
    fallback: u32,
}

impl ScalarMap {
    /// Aligns `value` (the decoded scalar) with its source text `file[span]`: block scalars
    /// drop indentation, quoted ones escapes, folded ones turn line breaks into spaces. Bytes
    /// that cannot be aligned map to the last aligned position.
    pub fn new(file: &str, span: Span, value: &str) -> ScalarMap {
        let raw = file.get(span.range()).unwrap_or("");
        let bytes = raw.as_bytes();
        let mut i = match bytes.first() {
            Some(b'|' | b'>') => raw.find('\n').map_or(raw.len(), |n| n + 1),
            Some(b'"' | b'\'') => 1,
            _ => 0,
        };
        let folded = !matches!(bytes.first(), Some(b'|'));
        let mut starts = Vec::with_capacity(value.len());
        let mut last = span.start() + i;
        for c in value.chars() {
            let mut buf = [0u8; 4];
            let want = c.encode_utf8(&mut buf).as_bytes();
            let mut j = i;
            let mut found = None;
            while j < bytes.len() {
                if bytes[j..].starts_with(want)
                    || (folded && c == ' ' && matches!(bytes[j], b'\n' | b'\r'))
                {
                    found = Some(j);
                    break;
                }
                // Only layout and quoting may be skipped.
                if !matches!(
                    bytes[j],
                    b' ' | b'\t' | b'\n' | b'\r' | b'\\' | b'\'' | b'"'
                ) {
                    break;
                }
                j += 1;
            }
            match found {
                Some(j) => {
                    for k in 0..want.len() {
                        starts.push((span.start() + j + k) as u32);
                    }
                    last = span.start() + j + want.len();
                    i = j + want.len();
                }
                None => {
                    for _ in 0..want.len() {
                        starts.push(last as u32);
                    }
                }
            }
        }
        ScalarMap {
            starts,
            fallback: last as u32,
        }
    }

    /// The file span of `value[start..end]`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let at = |i: usize| self.starts.get(i).copied().unwrap_or(self.fallback) as usize;
        if end <= start {
            return Span::empty(at(start));
        }
        let s = at(start);
        let e = self
            .starts
            .get(end - 1)
            .map_or(self.fallback as usize, |&o| o as usize + 1);
        Span::new(s, e.max(s))
    }
}

/// Parses a workflow or action file.
/// Whether a YAML file outside `.github/workflows/` is a GitHub Actions workflow by its content:
/// top-level `on:` and `jobs:` keys, and no Kubernetes `apiVersion:`/`kind:` (a workflow kept
/// elsewhere: a template, an example, a file passed by name).
pub fn looks_like_workflow(text: &str) -> bool {
    let (mut on, mut jobs) = (false, false);
    for line in text.lines() {
        if line.starts_with([' ', '\t', '#', '-']) {
            continue;
        }
        let Some((key, _)) = line.split_once(':') else {
            continue;
        };
        match key.trim().trim_matches(|c| c == '"' || c == '\'') {
            "apiVersion" | "kind" | "services" => return false,
            "on" => on = true,
            "jobs" => jobs = true,
            _ => {}
        }
    }
    on && jobs
}

pub fn parse(file: &SourceFile, limits: YamlLimits) -> Workflow {
    let stream = parse_stream(&file.text, &file.lines, limits);
    let root = stream
        .documents
        .into_iter()
        .next()
        .map(|d| d.root)
        .unwrap_or_else(|| Node::new(Span::empty(0), Value::Null));
    let is_action = file.kind == FileKind::GithubAction
        || (root.get("runs").is_some() && root.get("jobs").is_none());
    let mut workflow = Workflow {
        triggers: Vec::new(),
        on_span: None,
        permissions: None,
        env: root.get("env").cloned(),
        jobs: Vec::new(),
        expressions: Vec::new(),
        errors: stream.errors,
        is_action,
        root: Node::new(Span::empty(0), Value::Null),
    };
    if !is_action {
        // `on` is a YAML 1.1 boolean to some readers; GitHub reads it as the key `on`.
        if let Some(entry) = root.entries().find(|e| e.key == "on" || e.key == "true") {
            workflow.on_span = Some(entry.key_span);
            match &entry.value.value {
                Value::Str(s) => workflow.triggers.push((s.clone(), entry.value.span)),
                Value::Seq(items) => {
                    for item in items {
                        if let Some(s) = item.as_str() {
                            workflow.triggers.push((s.to_string(), item.span));
                        }
                    }
                }
                Value::Map(entries) => {
                    for e in entries {
                        workflow.triggers.push((e.key.clone(), e.key_span));
                    }
                }
                _ => {}
            }
        }
        workflow.permissions = root
            .entry("permissions")
            .map(|e| (e.key_span, e.value.clone()));
        if let Some(jobs) = root.get("jobs") {
            for entry in jobs.entries() {
                workflow
                    .jobs
                    .push(job(&entry.key, entry.key_span, &entry.value, file));
            }
        }
    } else if let Some(entry) = root.entry("runs") {
        workflow
            .jobs
            .push(job("runs", entry.key_span, &entry.value, file));
    }
    let mut path = Vec::new();
    collect_expressions(&root, &file.text, &mut path, &mut workflow.expressions, 0);
    workflow.root = root;
    workflow
}

fn job(id: &str, id_span: Span, node: &Node, file: &SourceFile) -> Job {
    let windows = node
        .get("runs-on")
        .is_some_and(|r| r.display().to_ascii_lowercase().contains("windows"));
    let default_shell = node
        .at("defaults.run.shell")
        .and_then(Node::as_str)
        .map(str::to_string);
    let steps = node
        .get("steps")
        .map(|s| {
            s.items()
                .map(|step| {
                    let shell = step
                        .get("shell")
                        .and_then(Node::as_str)
                        .map(str::to_string)
                        .or_else(|| default_shell.clone());
                    let run = step.get("run").and_then(|r| {
                        let text = r.as_str()?.to_string();
                        let map = ScalarMap::new(&file.text, r.span, &text);
                        let posix = match shell.as_deref() {
                            Some(s) => {
                                let program = s.split_whitespace().next().unwrap_or("");
                                matches!(program, "bash" | "sh")
                                    || program.ends_with("/bash")
                                    || program.ends_with("/sh")
                            }
                            None => !windows,
                        };
                        let script = posix.then(|| {
                            let neutral = neutralise_expressions(&text);
                            shell::parse_script(&neutral, &|s, e| map.span(s, e))
                        });
                        Some(Run {
                            node: r.clone(),
                            text,
                            map,
                            script,
                        })
                    });
                    Step {
                        node: step.clone(),
                        uses: step.get("uses").cloned(),
                        run,
                        with: step.get("with").cloned(),
                        env: step.get("env").cloned(),
                        shell,
                        condition: step.get("if").cloned(),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Job {
        id: id.to_string(),
        id_span,
        permissions: node
            .entry("permissions")
            .map(|e| (e.key_span, e.value.clone())),
        runs_on: node.get("runs-on").cloned(),
        container: node.get("container").cloned(),
        services: node.get("services").cloned(),
        uses: node.get("uses").cloned(),
        secrets_inherit: node
            .get("secrets")
            .filter(|s| s.as_str() == Some("inherit"))
            .map(|s| s.span),
        condition: node.get("if").cloned(),
        env: node.get("env").cloned(),
        steps,
        node: node.clone(),
    }
}

/// `text` with every `${{ … }}` replaced by `_` of the same byte length (line breaks kept), so
/// a shell parser sees one word where the expression was.
pub fn neutralise_expressions(text: &str) -> String {
    let found = gha::find(text);
    if found.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in found {
        let (s, end) = (e.span.start.min(text.len()), e.span.end.min(text.len()));
        if s < at {
            continue;
        }
        out.push_str(&text[at..s]);
        for c in text[s..end].chars() {
            if c == '\n' {
                out.push('\n');
            } else {
                out.extend(std::iter::repeat_n('_', c.len_utf8()));
            }
        }
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

fn collect_expressions(
    node: &Node,
    text: &str,
    path: &mut Vec<String>,
    out: &mut Vec<Expression>,
    depth: usize,
) {
    if depth > 256 {
        return;
    }
    match &node.value {
        Value::Str(s) if s.contains("${{") => {
            let map = std::sync::Arc::new(ScalarMap::new(text, node.span, s));
            for e in gha::find(s) {
                out.push(Expression {
                    span: map.span(e.span.start, e.span.end),
                    scalar: node.span,
                    path: path.clone(),
                    expr: e.expr,
                    map: std::sync::Arc::clone(&map),
                });
            }
        }
        Value::Map(entries) => {
            for entry in entries {
                path.push(entry.key.clone());
                collect_expressions(&entry.value, text, path, out, depth + 1);
                path.pop();
            }
        }
        Value::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(i.to_string());
                collect_expressions(item, text, path, out, depth + 1);
                path.pop();
            }
        }
        _ => {}
    }
}

impl Workflow {
    /// The trigger names, for the taint model.
    pub fn trigger_names(&self) -> Vec<&str> {
        self.triggers.iter().map(|(t, _)| t.as_str()).collect()
    }

    /// Whether the workflow runs on one of these events.
    pub fn triggered_by(&self, events: &[&str]) -> bool {
        self.triggers
            .iter()
            .any(|(t, _)| events.contains(&t.as_str()))
    }

    /// The job with this id.
    pub fn job(&self, id: &str) -> Option<&Job> {
        self.jobs.iter().find(|j| j.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(path: &str, text: &str) -> Workflow {
        let file = SourceFile::new(
            path,
            FileKind::from_path(std::path::Path::new(path)).unwrap_or(FileKind::GithubWorkflow),
            text.to_string(),
        );
        parse(&file, YamlLimits::default())
    }

    #[test]
    fn reads_triggers_jobs_steps_and_expression_spans() {
        let text = "on:\n  pull_request_target:\n  push:\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          echo \"${{ github.event.pull_request.title }}\"\n          make\n";
        let w = parse_text(".github/workflows/ci.yml", text);
        assert_eq!(w.trigger_names(), ["pull_request_target", "push"]);
        assert!(w.permissions.is_some());
        let job = &w.jobs[0];
        assert_eq!(job.id, "build");
        assert_eq!(job.steps.len(), 2);
        let run = job.steps[1].run.as_ref().unwrap();
        let script = run.script.as_ref().unwrap();
        assert_eq!(script.commands.len(), 2);
        assert_eq!(&text[script.commands[1].span.range()], "make");
        assert_eq!(w.expressions.len(), 1);
        let e = &w.expressions[0];
        assert_eq!(
            &text[e.span.range()],
            "${{ github.event.pull_request.title }}"
        );
        assert_eq!(e.key(), "run");
        assert_eq!(e.job_id(), Some("build"));
        assert_eq!(e.step_index(), Some(1));
    }

    #[test]
    fn maps_folded_and_quoted_scalars() {
        let text = "on: push\njobs:\n  a:\n    steps:\n      - run: >\n          echo\n          \"${{ github.head_ref }}\"\n      - run: \"echo \\\"${{ env.X }}\\\"\"\n";
        let w = parse_text(".github/workflows/ci.yml", text);
        let spans: Vec<&str> = w
            .expressions
            .iter()
            .map(|e| &text[e.span.range()])
            .collect();
        assert_eq!(spans, ["${{ github.head_ref }}", "${{ env.X }}"]);
    }

    #[test]
    fn an_action_is_one_job_named_runs() {
        let text = "name: x\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ inputs.x }}\n      shell: bash\n";
        let w = parse_text("action.yml", text);
        assert!(w.is_action);
        assert_eq!(w.jobs[0].id, "runs");
        assert_eq!(w.expressions[0].job_id(), Some("runs"));
    }
}
