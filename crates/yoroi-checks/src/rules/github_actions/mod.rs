//! Rust rules of the GitHub Actions domain, and what they share: the workflow context, the
//! taint of an expression under the workflow's triggers, and `uses:` references.

use std::sync::Arc;
use yoroi_ghaexpr as gha;
use yoroi_syntax::workflow::{Expression, Job, Step, Workflow};
use yoroi_syntax::{Node, SourceFile, Value};

mod dependabot;
pub(crate) mod pinning;
pub mod pins;

pub use dependabot::DependabotCtx;

crate::rules::register! {
    gha001, gha002, gha003, gha004, gha005, gha006, gha007, gha008,
    gha009, gha010, gha011, gha012, gha013, gha014, gha015, gha016,
    gha017, gha018, gha019, gha020, gha021, gha022, gha023, gha024,
    gha025, gha026, gha027, gha028, gha029, gha030, gha031, gha032,
    gha033, gha034, gha035, gha036, gha037, gha038, gha039, gha040,
    gha041, gha042, gha043, gha044, gha045, gha046, gha047, gha048,
    gha049, gha050, gha051, gha052, gha053, gha054,
    gha060, gha061,
}

/// What a workflow rule reads.
pub struct WorkflowCtx<'a> {
    pub file: &'a Arc<SourceFile>,
    pub workflow: &'a Workflow,
    /// The project's settings (`[github-actions] runner-labels`).
    pub options: &'a crate::options::RuleOptions,
}

impl<'a> WorkflowCtx<'a> {
    pub fn new(
        file: &'a Arc<SourceFile>,
        workflow: &'a Workflow,
        options: &'a crate::options::RuleOptions,
    ) -> Self {
        WorkflowCtx {
            file,
            workflow,
            options,
        }
    }

    /// Each step with its job.
    pub fn steps(&self) -> impl Iterator<Item = (&'a Job, usize, &'a Step)> {
        self.workflow
            .jobs
            .iter()
            .flat_map(|j| j.steps.iter().enumerate().map(move |(i, s)| (j, i, s)))
    }

    /// The step an expression belongs to.
    pub fn step_of(&self, e: &Expression) -> Option<(&'a Job, &'a Step)> {
        let job = self.workflow.job(e.job_id()?)?;
        let step = job.steps.get(e.step_index()?)?;
        Some((job, step))
    }

    /// The values of an expression that may reach its result, under the workflow's triggers
    /// (an action's are unknown: every event).
    pub fn taint(&self, e: &Expression, expr: &gha::Expr) -> Vec<gha::Tainted> {
        let names = self.workflow.trigger_names();
        let triggers = (!self.workflow.is_action && !names.is_empty()).then_some(&names[..]);
        let resolve = |path: &gha::ContextPath| self.resolve(e, path);
        gha::taint_with(
            expr,
            &gha::TaintOptions {
                triggers,
                resolve: Some(&resolve),
            },
        )
    }

    /// What the workflow itself fixes: `env.X` defined with no expression at the step, job
    /// or workflow level, a `matrix.X` written out as literals, and `inputs.X` declared as a
    /// boolean, a number or a choice are safe.
    fn resolve(&self, e: &Expression, path: &gha::ContextPath) -> Option<gha::Trust> {
        let mut segments = path.segments.iter();
        let context = match segments.next()? {
            gha::Segment::Key(k) => k.to_ascii_lowercase(),
            _ => return None,
        };
        let gha::Segment::Key(name) = segments.next()? else {
            return None;
        };
        let (job, step) = match self.step_of(e) {
            Some((j, s)) => (Some(j), Some(s)),
            None => (e.job_id().and_then(|id| self.workflow.job(id)), None),
        };
        match context.as_str() {
            "steps" => {
                let (Some(gha::Segment::Key(outputs)), Some(gha::Segment::Key(output))) =
                    (segments.next(), segments.next())
                else {
                    return None;
                };
                if !outputs.eq_ignore_ascii_case("outputs") {
                    return None;
                }
                return job.and_then(|j| self.step_output(j, name, output));
            }
            "matrix" => return job.and_then(|j| literal_matrix(&j.node, name)),
            "inputs" => return self.typed_input(name),
            "env" => {}
            _ => return None,
        }
        let levels = [
            step.and_then(|s| s.env.as_ref()),
            job.and_then(|j| j.env.as_ref()),
            self.workflow.env.as_ref(),
        ];
        for env in levels.into_iter().flatten() {
            if let Some(value) = env.get(name) {
                return match &value.value {
                    Value::Str(s) if s.contains("${{") => None,
                    _ => Some(gha::Trust::Safe),
                };
            }
        }
        None
    }

    /// `steps.<id>.outputs.<output>` written by a `run:` step of the job from a value an attacker
    /// controls (`echo "title=${{ github.event.issue.title }}" >> "$GITHUB_OUTPUT"`, directly or
    /// through a variable of the step's `env:`): `Attacker`. Anything else stays as it was
    /// (unknown), since a script may compute an output in ways no static reading settles.
    fn step_output(&self, job: &Job, id: &str, output: &str) -> Option<gha::Trust> {
        let step = job
            .steps
            .iter()
            .find(|s| s.node.get("id").and_then(Node::as_str) == Some(id))?;
        let script = &step.run.as_ref()?.text;
        let names = self.workflow.trigger_names();
        let triggers = (!self.workflow.is_action && !names.is_empty()).then_some(&names[..]);
        let options = gha::TaintOptions {
            triggers,
            resolve: None,
        };
        let attacker = |text: &str| {
            gha::find(text).iter().any(|embedded| {
                embedded.expr.as_ref().is_ok_and(|expr| {
                    gha::taint_with(expr, &options)
                        .iter()
                        .any(|t| t.level == gha::Level::Attacker)
                })
            })
        };
        for line in script.lines() {
            if !line.contains("GITHUB_OUTPUT") && !line.contains("::set-output") {
                continue;
            }
            let value = if let Some(at) = line.find(&format!("{output}=")) {
                &line[at + output.len() + 1..]
            } else if let Some(at) = line.find(&format!("::set-output name={output}::")) {
                &line[at + output.len() + "::set-output name=::".len()..]
            } else {
                continue;
            };
            if attacker(value) {
                return Some(gha::Trust::Attacker);
            }
            let from_env = shell_variables(value).into_iter().any(|var| {
                step.env
                    .as_ref()
                    .and_then(|env| env.get(var))
                    .and_then(Node::as_str)
                    .is_some_and(&attacker)
            });
            if from_env {
                return Some(gha::Trust::Attacker);
            }
        }
        None
    }

    /// `inputs.<name>` declared with a type whose values cannot carry code.
    fn typed_input(&self, name: &str) -> Option<gha::Trust> {
        let on = self
            .workflow
            .root
            .get("on")
            .or_else(|| self.workflow.root.get("true"))?;
        let mut declared = ["workflow_dispatch", "workflow_call"]
            .iter()
            .filter_map(|event| on.get(event)?.get("inputs")?.get(name))
            .peekable();
        declared.peek()?;
        declared
            .all(|input| {
                matches!(
                    input.get("type").and_then(Node::as_str),
                    Some("boolean" | "number" | "choice")
                )
            })
            .then_some(gha::Trust::Safe)
    }
}

/// `matrix.<name>` of a job whose matrix lists it as literal values only (in the axis and in
/// every `include` entry).
fn literal_matrix(job: &Node, name: &str) -> Option<gha::Trust> {
    let matrix = job.at("strategy.matrix")?;
    if !matrix.is_map() {
        return None;
    }
    fn literal(node: &Node) -> bool {
        match &node.value {
            Value::Str(s) => !s.contains("${{"),
            Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Null => true,
            // `version: [{ distribution: elasticsearch, major: 8 }]`
            Value::Map(entries) => entries.iter().all(|e| literal(&e.value)),
            Value::Seq(items) => items.iter().all(literal),
            Value::Unknown => false,
        }
    }
    let mut seen = false;
    if let Some(axis) = matrix.get(name) {
        if !(axis.is_seq() && axis.items().all(literal)) {
            return None;
        }
        seen = true;
    }
    if let Some(include) = matrix.get("include") {
        if !include.is_seq() {
            return None;
        }
        for entry in include.items() {
            if !entry.is_map() {
                return None;
            }
            if let Some(value) = entry.get(name) {
                if !literal(value) {
                    return None;
                }
                seen = true;
            }
        }
    }
    seen.then_some(gha::Trust::Safe)
}

/// A `uses:` reference.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Uses<'a> {
    /// `./path`
    Local,
    /// `docker://image[:tag][@digest]`
    Docker { image: &'a str },
    /// `owner/repo[/path]@ref`
    Repo {
        owner: &'a str,
        repo: &'a str,
        git_ref: Option<&'a str>,
    },
}

pub(crate) fn parse_uses(text: &str) -> Uses<'_> {
    let text = text.trim();
    // `$/path` is GitHub's syntax for the workflow's own repository.
    if text.starts_with("./") || text.starts_with("../") || text.starts_with("$/") {
        return Uses::Local;
    }
    if let Some(image) = text.strip_prefix("docker://") {
        return Uses::Docker { image };
    }
    let (path, git_ref) = match text.split_once('@') {
        Some((p, r)) => (p, Some(r)),
        None => (text, None),
    };
    let mut parts = path.splitn(3, '/');
    let owner = parts.next().unwrap_or("");
    let repo = parts.next().unwrap_or("");
    Uses::Repo {
        owner,
        repo,
        git_ref,
    }
}

/// `owner/repo` of a step's `uses:`, lower-cased, for matching known actions.
pub(crate) fn action_name(step: &Step) -> Option<String> {
    let uses = step.uses.as_ref()?.as_str()?;
    match parse_uses(uses) {
        Uses::Repo { owner, repo, .. } => Some(format!(
            "{}/{}",
            owner.to_ascii_lowercase(),
            repo.to_ascii_lowercase()
        )),
        _ => None,
    }
}

/// A full commit SHA.
pub(crate) fn is_full_sha(text: &str) -> bool {
    text.len() == 40 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A `with:` input of a step, as a string.
pub(crate) fn input<'a>(step: &'a Step, name: &str) -> Option<&'a Node> {
    step.with.as_ref()?.get(name)
}

/// The whole text of a node is one or more `${{ }}` (a value supplied at run time).
pub(crate) fn is_expression(node: &Node) -> bool {
    node.as_str().is_some_and(|s| s.contains("${{"))
}

/// A short display of a context path.
pub(crate) fn path_text(path: &gha::ContextPath) -> String {
    path.to_string()
}

/// The events under which code from a pull request's author runs with the base repository's
/// privileges.
pub(crate) const PRIVILEGED_PR_EVENTS: &[&str] = &["pull_request_target", "workflow_run"];

/// Whether an expression sits where its value is executed: a step's `run:` or the `script:` of
/// `actions/github-script`. Returns what the sink is.
pub(crate) fn sink(ctx: &WorkflowCtx<'_>, e: &Expression) -> Option<&'static str> {
    let (_, step) = ctx.step_of(e)?;
    let path = &e.path;
    let n = path.len();
    if e.key() == "run" && path.get(n.wrapping_sub(3)).is_some_and(|k| k == "steps") {
        return Some("a `run:` script");
    }
    if e.key() == "script"
        && path.get(n.wrapping_sub(2)).is_some_and(|k| k == "with")
        && action_name(step).as_deref() == Some("actions/github-script")
    {
        return Some("an `actions/github-script` script");
    }
    None
}

/// Every `if:` of jobs and steps, with its parsed condition and the map back to the file.
pub(crate) fn conditions<'a>(
    ctx: &WorkflowCtx<'a>,
) -> Vec<(&'a Node, gha::Condition, yoroi_syntax::workflow::ScalarMap)> {
    let mut out = Vec::new();
    for job in &ctx.workflow.jobs {
        let nodes = job
            .condition
            .iter()
            .chain(job.steps.iter().filter_map(|s| s.condition.as_ref()));
        for node in nodes {
            let Some(text) = node.as_str() else { continue };
            let map = yoroi_syntax::workflow::ScalarMap::new(&ctx.file.text, node.span, text);
            out.push((node, gha::condition(text), map));
        }
    }
    out
}

/// A context reference read by an expression of the file (a `${{ }}` or a bare `if:`).
pub(crate) struct Reference<'a> {
    /// The job it belongs to (for an action, its `runs`).
    pub job: Option<&'a Job>,
    /// The step it belongs to, by index in its job.
    pub step: Option<usize>,
    /// The keys from the document root to the scalar that holds it.
    pub keys: Vec<String>,
    pub path: gha::ContextPath,
    pub span: yoroi_syntax::Span,
}

impl Reference<'_> {
    /// The lower-cased key segments of the path, up to the first non-key segment.
    pub fn keys_lower(&self) -> Vec<String> {
        self.path
            .segments
            .iter()
            .map_while(|s| match s {
                gha::Segment::Key(k) => Some(k.to_ascii_lowercase()),
                _ => None,
            })
            .collect()
    }
}

/// Every context reference of the file, with where it sits.
pub(crate) fn references<'a>(ctx: &WorkflowCtx<'a>) -> Vec<Reference<'a>> {
    let mut out = Vec::new();
    for e in &ctx.workflow.expressions {
        let Ok(expr) = &e.expr else { continue };
        let job = e.job_id().and_then(|id| ctx.workflow.job(id));
        for (path, span) in gha::reads(expr) {
            out.push(Reference {
                job,
                step: e.step_index(),
                keys: e.path.clone(),
                path,
                span: e.file_span(span),
            });
        }
    }
    for job in &ctx.workflow.jobs {
        let conditions = job.condition.iter().map(|c| (None, c)).chain(
            job.steps
                .iter()
                .enumerate()
                .filter_map(|(i, s)| Some((Some(i), s.condition.as_ref()?))),
        );
        for (step, node) in conditions {
            let Some(text) = node.as_str() else { continue };
            if let gha::Condition::Bare(embedded) = gha::condition(text)
                && let Ok(expr) = &embedded.expr
            {
                let map = yoroi_syntax::workflow::ScalarMap::new(&ctx.file.text, node.span, text);
                for (path, span) in gha::reads(expr) {
                    out.push(Reference {
                        job: Some(job),
                        step,
                        keys: match step {
                            Some(i) => vec![
                                "jobs".to_string(),
                                job.id.clone(),
                                "steps".to_string(),
                                i.to_string(),
                                "if".to_string(),
                            ],
                            None => vec!["jobs".to_string(), job.id.clone(), "if".to_string()],
                        },
                        path,
                        span: map.span(span.start, span.end),
                    });
                }
            }
        }
    }
    out
}

/// The Levenshtein distance of two short strings (for "did you mean" hints).
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The closest of `known` to `word`, when it is close enough to be a typo.
pub(crate) fn closest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    let word = word.to_ascii_lowercase();
    known
        .iter()
        .map(|k| (edit_distance(&word, k), *k))
        .filter(|(d, k)| *d > 0 && *d <= 2.min(k.len() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Calls `f` on every parsed expression of the file (each `${{ }}`, and each bare `if:`), with a
/// function that maps an expression span to its file span.
pub(crate) fn every_expression<'a>(
    ctx: &WorkflowCtx<'a>,
    mut f: impl FnMut(&gha::Expr, &dyn Fn(gha::Span) -> yoroi_syntax::Span),
) {
    for e in &ctx.workflow.expressions {
        if let Ok(expr) = &e.expr {
            f(expr, &|span| e.file_span(span));
        }
    }
    for (_, condition, map) in conditions(ctx) {
        if let gha::Condition::Bare(embedded) = &condition
            && let Ok(expr) = &embedded.expr
        {
            f(expr, &|span| map.span(span.start, span.end));
        }
    }
}

/// An expression without the parentheses around it.
pub(crate) fn ungroup(e: &gha::Expr) -> &gha::Expr {
    match &e.kind {
        gha::ExprKind::Group(inner) => ungroup(inner),
        _ => e,
    }
}

/// The names of the shell variables a text expands (`$NAME`, `${NAME}`, `${NAME:-x}`).
fn shell_variables(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        let after = &rest[at + 1..];
        let name_of = |s: &str| -> usize {
            s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(s.len())
        };
        let (name, next) = if let Some(inner) = after.strip_prefix('{') {
            let len = name_of(inner);
            (&inner[..len], &inner[len..])
        } else {
            let len = name_of(after);
            (&after[..len], &after[len..])
        };
        if !name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit()) {
            out.push(name);
        }
        rest = next;
    }
    out
}
