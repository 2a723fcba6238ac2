//! Who controls the value of a context path, and which context values flow into the result of
//! an expression. See the crate README for the model and its sources.

use crate::ast::{ContextPath, Expr, ExprKind, Function, LogicalOp, Segment, Span};

/// Who can choose the value at a context path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Trust {
    /// Fixed by GitHub or limited to characters that cannot break out of a shell word
    /// (numbers, SHAs, ids, booleans, URLs GitHub builds, user and repository names).
    Safe,
    /// Chosen only by someone with write access to the repository (or a token with it):
    /// `workflow_dispatch` inputs, `repository_dispatch` payloads, branch and tag names
    /// pushed, release notes, labels, configuration variables.
    WriterOnly,
    /// Provenance unknown here: step and job outputs, `env`, `matrix`, inputs of a reusable
    /// workflow or an action, fields missing from the table.
    Unknown,
    /// Free text anyone who can open an issue, a pull request (from a fork), a comment, a
    /// discussion or a wiki page can write.
    Attacker,
}

/// The answer for one context path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Classification {
    pub trust: Trust,
    /// The events whose payload carries this value (empty: not tied to an event). Under other
    /// triggers the value is absent (null), so it cannot be injected.
    pub events: &'static [&'static str],
    pub why: &'static str,
}

impl Classification {
    const fn new(trust: Trust, events: &'static [&'static str], why: &'static str) -> Self {
        Classification { trust, events, why }
    }
}

/// How bad a tainted value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// May be set by anyone who can open an issue, a fork pull request, a comment…
    Attacker,
    /// Set only by users with write access (report separately, if at all).
    WriterOnly,
    /// Unknown provenance ("maybe").
    Unknown,
}

/// A context value that may flow into the result of an expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tainted {
    pub path: ContextPath,
    /// The span of the reference in the text the expression was parsed from.
    pub span: Span,
    pub level: Level,
    /// Events whose payload carries the value (empty: any).
    pub events: &'static [&'static str],
    pub why: &'static str,
}

/// Options for [`taint_with`].
#[derive(Clone, Copy, Default)]
pub struct TaintOptions<'a> {
    /// The workflow's triggers (`on:` event names). `None`: unknown, every event possible.
    /// A value carried only by other events' payloads is dropped. `workflow_call` makes the
    /// event the caller's, so it keeps everything.
    pub triggers: Option<&'a [&'a str]>,
    /// The caller's own knowledge, consulted first: e.g. an `env` variable or `matrix` value
    /// defined as a literal is `Safe`, a step output of a known action is `Safe`.
    pub resolve: Option<Resolve<'a>>,
}

/// The caller's classification of a path, or `None` to use the built-in table.
pub type Resolve<'a> = &'a dyn Fn(&ContextPath) -> Option<Trust>;

/// The context values that may flow into the expression's result, classified with no trigger
/// knowledge. Safe values are not listed.
pub fn taint(expr: &Expr) -> Vec<Tainted> {
    taint_with(expr, &TaintOptions::default())
}

/// [`taint`] with the workflow's triggers and the caller's own knowledge.
pub fn taint_with(expr: &Expr, options: &TaintOptions<'_>) -> Vec<Tainted> {
    let mut out = Vec::new();
    for (path, span) in flows(expr) {
        let resolved = options.resolve.and_then(|r| r(&path));
        let class = match resolved {
            Some(trust) => {
                Classification::new(trust, &[], "classified by the workflow's own definitions")
            }
            None => classify_under(&path, options.triggers),
        };
        if !class.events.is_empty()
            && let Some(triggers) = options.triggers
            && !triggers.contains(&"workflow_call")
            && !class.events.iter().any(|e| triggers.contains(e))
        {
            continue;
        }
        let level = match class.trust {
            Trust::Safe => continue,
            Trust::Attacker => Level::Attacker,
            Trust::WriterOnly => Level::WriterOnly,
            Trust::Unknown => Level::Unknown,
        };
        out.push(Tainted {
            path,
            span,
            level,
            events: class.events,
            why: class.why,
        });
    }
    out
}

/// The context references whose value may become (part of) the expression's result, in source
/// order. Booleans (`!`, comparisons, `contains`, `startsWith`, `endsWith`, status functions)
/// and `hashFiles` carry none; `a && b` carries only `b` (a falsy `a` is harmless: `false`,
/// `0`, `''`, `null`); `a || b`, `format`, `join`, `toJSON`, `fromJSON` and `case` values
/// carry their operands. So `cond && 'x' || 'y'` carries nothing.
pub fn flows(expr: &Expr) -> Vec<(ContextPath, Span)> {
    let mut out = Vec::new();
    collect_flows(expr, &mut out);
    out
}

fn collect_flows(expr: &Expr, out: &mut Vec<(ContextPath, Span)>) {
    match &expr.kind {
        ExprKind::Literal(_) | ExprKind::Not(_) | ExprKind::Binary { .. } => {}
        ExprKind::Context { .. } => {
            if let Some(p) = expr.context_path() {
                out.push((p, expr.span));
            }
        }
        ExprKind::Access { base, .. } => match expr.context_path() {
            Some(p) => out.push((p, expr.span)),
            // A part of a computed value (`fromJSON(x).y`): whatever the base carries.
            None => collect_flows(base, out),
        },
        ExprKind::Group(inner) => collect_flows(inner, out),
        ExprKind::Logical {
            op: LogicalOp::And,
            args,
        } => {
            if let Some(last) = args.last() {
                collect_flows(last, out);
            }
        }
        ExprKind::Logical {
            op: LogicalOp::Or,
            args,
        } => {
            for a in args {
                collect_flows(a, out);
            }
        }
        ExprKind::Call { function, args, .. } => match function {
            Some(
                Function::Contains
                | Function::StartsWith
                | Function::EndsWith
                | Function::HashFiles
                | Function::Success
                | Function::Always
                | Function::Cancelled
                | Function::Failure,
            ) => {}
            Some(Function::Case) => {
                for (i, a) in args.iter().enumerate() {
                    if i % 2 == 1 || i + 1 == args.len() {
                        collect_flows(a, out);
                    }
                }
            }
            Some(Function::Format | Function::Join | Function::ToJson | Function::FromJson)
            | None => {
                for a in args {
                    collect_flows(a, out);
                }
            }
        },
    }
}

/// Every context reference in the expression, wherever it is (conditions, indexes,
/// arguments), in source order: what availability and unknown-context checks need.
pub fn reads(expr: &Expr) -> Vec<(ContextPath, Span)> {
    let mut out = Vec::new();
    expr.walk(&mut |e| match &e.kind {
        ExprKind::Context { .. } => {
            if let Some(p) = e.context_path() {
                out.push((p, e.span));
            }
        }
        ExprKind::Access { base, .. }
            if matches!(base.unparen().kind, ExprKind::Context { .. }) =>
        {
            if let Some(p) = e.context_path() {
                out.push((p, e.span));
            }
        }
        _ => {}
    });
    // A context base below an access was visited on its own too: keep the longest reference.
    out.sort_by_key(|(_, s)| (s.start, std::cmp::Reverse(s.end)));
    out.dedup_by(|b, a| a.1.start == b.1.start);
    out
}

const ANY: &[&str] = &[];
const PR: &[&str] = &[
    "pull_request",
    "pull_request_target",
    "pull_request_review",
    "pull_request_review_comment",
];
const HEAD_REF: &[&str] = &["pull_request", "pull_request_target"];
const ISSUE: &[&str] = &["issues", "issue_comment"];
const COMMENT: &[&str] = &[
    "issue_comment",
    "pull_request_review_comment",
    "commit_comment",
    "discussion_comment",
];
const REVIEW: &[&str] = &["pull_request_review"];
const DISCUSSION: &[&str] = &["discussion", "discussion_comment"];
const PUSH: &[&str] = &["push"];

/// Classifies a context path with no trigger knowledge.
pub fn classify(path: &ContextPath) -> Classification {
    classify_under(path, None)
}

/// Classifies a context path; `triggers` only refines `inputs` (writer-chosen for
/// `workflow_dispatch`, the caller's for `workflow_call`).
pub fn classify_under(path: &ContextPath, triggers: Option<&[&str]>) -> Classification {
    use Trust::*;
    let key = |i| path.key(i);
    let Some(context) = key(0) else {
        return Classification::new(Unknown, ANY, "not a context reference");
    };
    match context.as_str() {
        "github" => match key(1).as_deref() {
            None if path.len() > 1 => Classification::new(
                Attacker,
                ANY,
                "a computed github property, possibly the event payload",
            ),
            None => Classification::new(
                Attacker,
                ANY,
                "the whole github context, event payload included",
            ),
            Some("event") => classify_event(path),
            Some("head_ref") => Classification::new(
                Attacker,
                HEAD_REF,
                "the pull request's head branch name, chosen by its author",
            ),
            Some("base_ref" | "ref" | "ref_name" | "workflow_ref" | "action_ref" | "workflow") => {
                Classification::new(
                    WriterOnly,
                    ANY,
                    "a branch or tag name or workflow name, chosen by users with write access",
                )
            }
            Some(
                "sha"
                | "run_id"
                | "run_number"
                | "run_attempt"
                | "repository"
                | "repository_id"
                | "repository_owner"
                | "repository_owner_id"
                | "repositoryurl"
                | "actor"
                | "actor_id"
                | "triggering_actor"
                | "event_name"
                | "job"
                | "action"
                | "action_path"
                | "action_repository"
                | "action_status"
                | "workspace"
                | "server_url"
                | "api_url"
                | "graphql_url"
                | "retention_days"
                | "token"
                | "event_path"
                | "env"
                | "path"
                | "output"
                | "state"
                | "step_summary"
                | "ref_type"
                | "ref_protected"
                | "secret_source"
                | "workflow_sha"
                | "job_workflow_sha",
            ) => Classification::new(
                Safe,
                ANY,
                "set by GitHub: an id, a SHA, a path, a URL or a user or repository name",
            ),
            _ => Classification::new(Unknown, ANY, "a github context property not in the table"),
        },
        "inputs" => match triggers {
            Some(t) if !t.contains(&"workflow_call") => Classification::new(
                WriterOnly,
                ANY,
                "a workflow_dispatch input, typed by a user with write access",
            ),
            _ => Classification::new(
                Unknown,
                ANY,
                "an input: typed by a writer for workflow_dispatch, passed by the caller for \
                 workflow_call and actions",
            ),
        },
        "env" => Classification::new(
            Unknown,
            ANY,
            "an environment variable: as trusted as the value it was set from",
        ),
        "matrix" => Classification::new(
            Unknown,
            ANY,
            "a matrix value: safe when the matrix is written out, not when it comes from fromJSON",
        ),
        "vars" => Classification::new(WriterOnly, ANY, "a configuration variable, set by admins"),
        "secrets" => Classification::new(
            Safe,
            ANY,
            "a secret: set by admins and masked in logs (exposure is a separate check)",
        ),
        "steps" | "needs" | "jobs" => match key(2).as_deref() {
            Some("outcome" | "conclusion" | "result") => {
                Classification::new(Safe, ANY, "a job or step status")
            }
            _ => Classification::new(
                Unknown,
                ANY,
                "a step or job output: as trusted as whatever the step wrote",
            ),
        },
        "job" | "runner" | "strategy" => Classification::new(
            Safe,
            ANY,
            "set by GitHub or the runner: ids, paths, statuses",
        ),
        _ => Classification::new(Unknown, ANY, "not a known context"),
    }
}

/// Field names that hold values an attacker cannot turn into shell syntax.
fn is_safe_leaf(leaf: &str) -> bool {
    matches!(
        leaf,
        "id" | "number"
            | "sha"
            | "before"
            | "after"
            | "node_id"
            | "url"
            | "count"
            | "state"
            | "type"
            | "draft"
            | "merged"
            | "mergeable"
            | "rebaseable"
            | "locked"
            | "site_admin"
            | "private"
            | "fork"
            | "archived"
            | "disabled"
            | "action"
            | "author_association"
            | "additions"
            | "deletions"
            | "changed_files"
            | "comments"
            | "review_comments"
            | "forced"
            | "created"
            | "deleted"
            | "distinct"
            | "timestamp"
            | "size"
            | "run_attempt"
            | "run_number"
            | "event"
            | "status"
            | "conclusion"
            | "login"
            | "username"
            | "position"
            | "line"
            | "original_line"
            | "start_line"
            | "original_position"
            | "commit_id"
            | "original_commit_id"
            | "tree_id"
            | "ref_type"
            | "visibility"
            | "default"
            | "color"
            | "ahead_by"
            | "behind_by"
            | "gravatar_id"
            | "user_view_type"
            | "compare"
    ) || ["_id", "_sha", "_at", "_count", "_url"]
        .iter()
        .any(|s| leaf.ends_with(s))
}

/// Field names that hold free text (GitHub's script-injection guidance lists `body`,
/// `default_branch`, `email`, `head_ref`, `label`, `message`, `name`, `page_name`, `ref`,
/// `title`; the rest are the same kind of field in other payloads).
fn is_text_leaf(leaf: &str) -> bool {
    matches!(
        leaf,
        "body"
            | "default_branch"
            | "email"
            | "head_ref"
            | "base_ref"
            | "label"
            | "message"
            | "name"
            | "page_name"
            | "ref"
            | "title"
            | "head_branch"
            | "display_title"
            | "description"
            | "diff_hunk"
            | "homepage"
            | "summary"
            | "text"
            | "path"
            | "commit_message"
            | "commit_title"
            | "added"
            | "removed"
            | "modified"
            | "from"
            | "tag_name"
            | "topics"
    )
}

/// Fields that are objects or arrays holding text fields.
fn is_object_key(key: &str) -> bool {
    matches!(
        key,
        "event"
            | "pull_request"
            | "pull_requests"
            | "issue"
            | "comment"
            | "review"
            | "review_comment"
            | "discussion"
            | "answer"
            | "pages"
            | "commits"
            | "head_commit"
            | "author"
            | "committer"
            | "head"
            | "base"
            | "repo"
            | "repository"
            | "head_repository"
            | "workflow_run"
            | "workflow_job"
            | "check_run"
            | "check_suite"
            | "merge_group"
            | "forkee"
            | "changes"
            | "release"
            | "labels"
            | "milestone"
            | "user"
            | "sender"
            | "owner"
            | "pusher"
            | "auto_merge"
            | "output"
    )
}

fn classify_event(path: &ContextPath) -> Classification {
    use Trust::*;
    // Segments after `github.event`.
    let rest = &path.segments[2..];
    let Some(first) = rest.first() else {
        return Classification::new(Attacker, ANY, "the whole event payload");
    };
    let root = match first {
        Segment::Key(k) => k.to_ascii_lowercase(),
        _ => {
            return Classification::new(Attacker, ANY, "any field of the event payload");
        }
    };
    let (mut owner, events, owner_why): (Trust, &'static [&'static str], &'static str) = match root
        .as_str()
    {
        "inputs" => {
            return Classification::new(
                WriterOnly,
                &["workflow_dispatch"],
                "a workflow_dispatch input, typed by a user with write access",
            );
        }
        "client_payload" => {
            return Classification::new(
                WriterOnly,
                &["repository_dispatch"],
                "a repository_dispatch payload, sent with a token that has write access",
            );
        }
        "pull_request" => (
            Attacker,
            PR,
            "text of a pull request, written by its author",
        ),
        "issue" => (Attacker, ISSUE, "text of an issue, written by its author"),
        "comment" | "review_comment" => (Attacker, COMMENT, "text of a comment"),
        "review" => (Attacker, REVIEW, "text of a pull request review"),
        "discussion" => (Attacker, DISCUSSION, "text of a discussion"),
        "answer" => (Attacker, &["discussion"], "text of a discussion answer"),
        "pages" => (
            Attacker,
            &["gollum"],
            "a wiki page, editable by anyone when the wiki is open",
        ),
        "commits" | "head_commit" => (
            Attacker,
            PUSH,
            "commit metadata, written by whoever authored the commit (merged contributions included)",
        ),
        "workflow_run" => (
            Attacker,
            &["workflow_run"],
            "the triggering run's branch and commit, from a fork when a pull request triggered it",
        ),
        "workflow_job" => (Attacker, &["workflow_job"], "the triggering job's branch"),
        "check_run" => (Attacker, &["check_run"], "a check run's branch and output"),
        "check_suite" => (Attacker, &["check_suite"], "a check suite's branch"),
        "merge_group" => (Attacker, &["merge_group"], "the commits queued for merging"),
        "forkee" => (
            Attacker,
            &["fork"],
            "the fork's repository, owned by whoever forked",
        ),
        "changes" => (
            Attacker,
            ANY,
            "the previous value of an edited title or body",
        ),
        "sender" => (Attacker, ANY, "the user who triggered the event"),
        _ => (
            WriterOnly,
            ANY,
            "a field of the repository, a release, a label or another object managed by users with write access",
        ),
    };
    let mut why = owner_why;
    // Objects whose owner differs from their parent's.
    for (i, seg) in rest.iter().enumerate().skip(1) {
        let Segment::Key(k) = seg else { continue };
        let k = k.to_ascii_lowercase();
        // `head.label` is text (`owner:branch`); a `label` object is the repository's.
        let is_leaf = i + 1 == rest.len();
        match k.as_str() {
            "label" if is_leaf => {}
            "base" | "labels" | "label" | "milestone" | "performed_via_github_app" => {
                owner = WriterOnly;
                why = "a field of the base repository, a label or a milestone, managed by users with write access";
            }
            "repository" if root != "forkee" => {
                owner = WriterOnly;
                why = "a field of the repository, managed by users with write access";
            }
            "head" | "head_repository" | "head_commit" => {
                owner = Attacker;
                why = owner_why;
            }
            _ => {}
        }
    }
    let leaf = match rest.last() {
        Some(Segment::Key(k)) if rest.len() > 1 => k.to_ascii_lowercase(),
        Some(Segment::Key(_)) => root.clone(),
        _ => return Classification::new(owner, events, why),
    };
    let parent = match rest.len() {
        n if n >= 2 => match &rest[n - 2] {
            Segment::Key(k) => k.to_ascii_lowercase(),
            _ => String::new(),
        },
        _ => "event".to_string(),
    };
    if matches!(leaf.as_str(), "name" | "full_name")
        && matches!(
            parent.as_str(),
            "repo" | "repository" | "head_repository" | "forkee"
        )
    {
        return Classification::new(
            Safe,
            events,
            "a repository name: letters, digits, `.`, `-` and `_` only",
        );
    }
    if rest.len() > 1 && leaf == "commits" {
        return Classification::new(Safe, events, "a pull request's number of commits");
    }
    if parent == "issue" && leaf == "pull_request" {
        return Classification::new(
            Safe,
            events,
            "the links to the pull request an issue is (or null)",
        );
    }
    if is_safe_leaf(&leaf) {
        return Classification::new(
            Safe,
            events,
            "a number, id, SHA, date, URL, login or state set by GitHub",
        );
    }
    if is_text_leaf(&leaf) || is_object_key(&leaf) {
        return Classification::new(owner, events, why);
    }
    Classification::new(Unknown, events, "an event field not in the table")
}
