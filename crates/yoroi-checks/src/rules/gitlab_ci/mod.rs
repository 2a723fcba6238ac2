//! Rust rules of the GitLab CI domain, and what they share: the configuration context, the
//! variables a merge request's author controls, merge-request pipelines and deploy commands.

use crate::finding::Finding;
use std::sync::Arc;
use yoroi_syntax::dockerfile::shell::Command;
use yoroi_syntax::gitlab::{GitlabCi, Job, Lookup};
use yoroi_syntax::{Node, SourceFile, Span, Value};

crate::rules::register! {
    glc001, glc002, glc003, glc004, glc005, glc006, glc007, glc008,
    glc009, glc010, glc011, glc012, glc013, glc014, glc015, glc016,
}

/// What a GitLab CI rule reads.
pub struct GitlabCtx<'a> {
    pub file: &'a Arc<SourceFile>,
    pub ci: &'a GitlabCi,
}

impl<'a> GitlabCtx<'a> {
    pub fn new(file: &'a Arc<SourceFile>, ci: &'a GitlabCi) -> Self {
        GitlabCtx { file, ci }
    }

    /// The file that writes `node`: an included file, or the configuration.
    pub fn file_of(&self, node: &'a Node) -> &'a Arc<SourceFile> {
        yoroi_syntax::gitlab::file_of(node, self.file)
    }

    /// Every image reference of the configuration: top-level/default and each job's `image:` and
    /// `services:`, with the owner's name and the job that writes it.
    pub(crate) fn images(&self) -> Vec<(String, Option<&'a Job>, &'a Node)> {
        let mut out = Vec::new();
        let mut add = |owner: String, job: Option<&'a Job>, holder: &'a Node| {
            if let Some(image) = holder.get("image") {
                out.push((owner.clone(), job, image_name(image)));
            }
            if let Some(services) = holder.get("services") {
                for s in services.items() {
                    out.push((owner.clone(), job, image_name(s)));
                }
            }
        };
        add("the configuration".to_string(), None, &self.ci.root);
        if let Some(default) = self.ci.root.get("default") {
            add("default".to_string(), None, default);
        }
        for job in &self.ci.jobs {
            add(format!("job {}", job.name), Some(job), &job.node);
        }
        out.retain(|(_, _, n)| n.as_str().is_some());
        out
    }

    /// Names, on a finding about a template's key, the jobs that run with it through `extends:`
    /// (usage notes, left out of fingerprints: a template's finding stays one finding).
    pub(crate) fn name_users(&self, finding: &mut Finding, holder: Option<&Job>) {
        const SHOWN: usize = 5;
        let Some(template) = holder.filter(|j| j.hidden) else {
            return;
        };
        let users = self.ci.runnable().filter(|job| {
            self.ci
                .extends_chain(job)
                .iter()
                .any(|t| std::ptr::eq(*t, template))
        });
        for user in users.take(SHOWN) {
            finding.usage_in(
                &user.file,
                user.name_span,
                format!("job `{}` extends `{}`", user.name, template.name),
            );
        }
    }
}

/// Every owner of script lines: each job (templates included), with its name, then the
/// configuration's defaults (`default:` and the top-level `before_script`/`after_script`).
pub(crate) fn script_owners(
    ci: &GitlabCi,
) -> impl Iterator<Item = (Option<&Job>, &str, &Vec<yoroi_syntax::gitlab::ScriptLine>)> {
    ci.jobs
        .iter()
        .map(|j| (Some(j), j.name.as_str(), &j.scripts))
        .chain(std::iter::once((None, "default", &ci.default_scripts)))
}

/// `image: name` or `image: { name: … }` (and the same for a service).
fn image_name(node: &Node) -> &Node {
    node.get("name").unwrap_or(node)
}

/// Predefined variables whose value the author of a merge request or a pushed branch or tag
/// chooses (titles, descriptions, commit messages, branch and tag names, the user's name).
pub(crate) const CONTROLLED: &[&str] = &[
    "CI_MERGE_REQUEST_TITLE",
    "CI_MERGE_REQUEST_DESCRIPTION",
    "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME",
    "CI_MERGE_REQUEST_LABELS",
    "CI_MERGE_REQUEST_MILESTONE",
    "CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME",
    "CI_COMMIT_MESSAGE",
    "CI_COMMIT_TITLE",
    "CI_COMMIT_DESCRIPTION",
    "CI_COMMIT_AUTHOR",
    "CI_COMMIT_BRANCH",
    "CI_COMMIT_REF_NAME",
    "CI_COMMIT_TAG",
    "CI_COMMIT_TAG_MESSAGE",
    "GITLAB_USER_NAME",
];

/// The `$NAME`/`${NAME}` references of shell text that are expanded (outside single quotes),
/// with their byte offset and length in `text`.
pub(crate) fn expanded_refs(text: &str) -> Vec<(&str, usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut single, mut double) = (false, false);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if !single => i += 1,
            b'\'' if !double => single = !single,
            b'"' if !single => double = !double,
            b'$' if !single => {
                let braced = bytes.get(i + 1) == Some(&b'{');
                let start = i + 1 + usize::from(braced);
                let mut end = start;
                while end < bytes.len()
                    && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_')
                {
                    end += 1;
                }
                if end > start {
                    let close = end + usize::from(braced);
                    out.push((&text[start..end], i, close.min(bytes.len()) - i));
                    i = end;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The variables of a job that carry a controlled value: the predefined ones, plus those the
/// configuration defines from them (GitLab expands `$VAR` in `variables:` values).
pub(crate) fn controlled_variables<'a>(ci: &'a GitlabCi, job: Option<&'a Job>) -> Vec<String> {
    let mut out: Vec<String> = CONTROLLED.iter().map(|s| s.to_string()).collect();
    let vars: Vec<(&str, &Node)> = match job {
        Some(job) => ci.variables_of(job),
        None => ci
            .variables
            .iter()
            .flat_map(Node::entries)
            .map(|e| (e.key.as_str(), &e.value))
            .collect(),
    };
    // Two rounds reach variables defined from variables defined from controlled ones.
    for _ in 0..2 {
        for (name, node) in &vars {
            let expand = node.get("expand").and_then(Node::as_bool) != Some(false);
            if let Some((value, _)) = yoroi_syntax::gitlab::variable_value(node)
                && expand
                && !out.iter().any(|o| o == name)
                && expanded_refs(value)
                    .iter()
                    .any(|(r, _, _)| out.iter().any(|o| o == r))
            {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// Where a job runs for merge requests: the `rules:` entry or `only:` value that says so.
pub(crate) fn merge_request_trigger<'a>(ci: &'a GitlabCi, job: &'a Job) -> Option<&'a Node> {
    if let Lookup::Found(rules) = ci.lookup(job, "rules") {
        for rule in rules.items() {
            if rule.get("when").and_then(Node::as_str) == Some("never") {
                continue;
            }
            if let Some(cond) = rule.get("if")
                && let Some(text) = cond.as_str()
                && is_merge_request_condition(text)
            {
                return Some(cond);
            }
        }
        return None;
    }
    if let Lookup::Found(only) = ci.lookup(job, "only") {
        let refs = only.get("refs").unwrap_or(only);
        let items: Vec<&Node> = match &refs.value {
            Value::Seq(items) => items.iter().collect(),
            Value::Str(_) => vec![refs],
            _ => Vec::new(),
        };
        return items.into_iter().find(|n| {
            matches!(
                n.as_str(),
                Some("merge_requests" | "external_pull_requests")
            )
        });
    }
    None
}

/// `$CI_PIPELINE_SOURCE == "merge_request_event"` (or `=~`), or a test of a merge-request
/// variable's presence, not negated.
fn is_merge_request_condition(text: &str) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let source = compact.contains("$CI_PIPELINE_SOURCE==\"merge_request_event\"")
        || compact.contains("$CI_PIPELINE_SOURCE=='merge_request_event'")
        || compact.contains("$CI_PIPELINE_SOURCE==\"external_pull_request_event\"");
    if source {
        return true;
    }
    // `if: $CI_MERGE_REQUEST_IID` (alone or with &&).
    compact
        .split("&&")
        .any(|part| part == "$CI_MERGE_REQUEST_IID" || part == "$CI_MERGE_REQUEST_ID")
}

/// A command that changes deployed infrastructure: `kubectl apply|create|replace|patch|delete`,
/// `helm install|upgrade`, `terraform|tofu apply|destroy` run without a prompt, `pulumi up
/// --yes`. Returns its description.
pub(crate) fn deploy_command(command: &Command) -> Option<String> {
    let program = command.program()?;
    let args: Vec<&str> = command.args().iter().map(|w| w.text.as_str()).collect();
    let sub = args.iter().find(|a| !a.starts_with('-')).copied();
    match (program, sub) {
        ("kubectl" | "oc", Some(s @ ("apply" | "create" | "replace" | "patch" | "delete"))) => {
            Some(format!("{program} {s}"))
        }
        ("helm", Some(s @ ("install" | "upgrade"))) => Some(format!("helm {s}")),
        ("terraform" | "tofu" | "terragrunt", Some(s @ ("apply" | "destroy"))) => {
            let auto = args.iter().any(|a| {
                matches!(
                    a.trim_start_matches('-'),
                    "auto-approve" | "auto-approve=true"
                )
            });
            let plan_file = args
                .iter()
                .skip_while(|a| **a != s)
                .skip(1)
                .any(|a| !a.starts_with('-'));
            (auto || plan_file).then(|| format!("{program} {s}"))
        }
        ("pulumi", Some("up")) if args.iter().any(|a| matches!(*a, "--yes" | "-y")) => {
            Some("pulumi up --yes".to_string())
        }
        _ => None,
    }
}

/// A variable name that holds a credential by convention.
pub(crate) fn secret_name(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    const WORDS: &[&str] = &[
        "PASSWORD",
        "PASSWD",
        "SECRET",
        "TOKEN",
        "API_KEY",
        "APIKEY",
        "PRIVATE_KEY",
        "ACCESS_KEY",
        "CREDENTIAL",
    ];
    WORDS.iter().any(|w| upper.contains(w))
}

/// The span of `text[start..end]` of a script line's word, for a reference found by
/// [`expanded_refs`] in the word's text: the word's span when the word is not where it was
/// written (escapes), else the exact bytes.
pub(crate) fn sub_span(word_span: Span, word_len: usize, start: usize, len: usize) -> Span {
    if word_span.len() == word_len {
        Span::new(word_span.start() + start, word_span.start() + start + len)
    } else {
        word_span
    }
}

/// `--build-arg` values of a `docker build`/`buildx build`/`podman build`: (NAME, value word).
pub(crate) fn build_args(
    command: &yoroi_syntax::dockerfile::shell::Command,
) -> Vec<(String, &yoroi_syntax::dockerfile::shell::ShellWord)> {
    let Some(program) = command.program() else {
        return Vec::new();
    };
    let words: Vec<&str> = command.args().iter().map(|w| w.text.as_str()).collect();
    let build = match program {
        "docker" | "podman" | "buildah" => words
            .iter()
            .take(2)
            .any(|w| matches!(*w, "build" | "buildx" | "bud")),
        _ => false,
    };
    if !build {
        return Vec::new();
    }
    let args = command.args();
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let text = args[i].text.as_str();
        let value = if text == "--build-arg" {
            i += 1;
            args.get(i)
        } else if text.starts_with("--build-arg=") {
            Some(&args[i])
        } else {
            None
        };
        if let Some(word) = value {
            let body = word.text.trim_start_matches("--build-arg=");
            let body = body.trim_matches(|c| c == '"' || c == '\'');
            if let Some((name, _)) = body.split_once('=') {
                out.push((name.to_string(), word));
            }
        }
        i += 1;
    }
    out
}
