use yoroi_ghaexpr::{
    ContextPath, Level, SecretsUse, TaintOptions, Trust, classify, parse, reads, secrets_uses,
    spoofable_actor_checks, taint, taint_with, unsound_contains,
};

fn levels(src: &str) -> Vec<(String, Level)> {
    let e = parse(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    taint(&e)
        .into_iter()
        .map(|t| (t.path.to_string(), t.level))
        .collect()
}

fn level(src: &str) -> Option<Level> {
    let l = levels(src);
    assert!(l.len() <= 1, "{src}: {l:?}");
    l.first().map(|(_, l)| *l)
}

#[test]
fn attacker_controlled_fields() {
    for src in [
        "github.event.issue.title",
        "github.event.issue.body",
        "github.event.pull_request.title",
        "github.event.pull_request.body",
        "github.event.pull_request.head.ref",
        "github.event.pull_request.head.label",
        "github.event.pull_request.head.repo.default_branch",
        "github.event.pull_request.head.repo.description",
        "github.event.comment.body",
        "github.event.review.body",
        "github.event.review_comment.body",
        "github.event.comment.path",
        "github.event.comment.diff_hunk",
        "github.event.pages.*.page_name",
        "github.event.pages[0].title",
        "github.event.commits.*.message",
        "github.event.commits[0].author.email",
        "github.event.commits.*.author.name",
        "github.event.commits.*.committer.email",
        "github.event.head_commit.message",
        "github.event.head_commit.author.name",
        "github.event.head_commit.author.email",
        "github.head_ref",
        "github.event.workflow_run.head_branch",
        "github.event.workflow_run.head_commit.message",
        "github.event.workflow_run.display_title",
        "github.event.workflow_run.pull_requests.*.head.ref",
        "github.event.discussion.title",
        "github.event.discussion.body",
        "github.event.changes.title.from",
        "github.event.pull_request.auto_merge.commit_message",
        "github.event.check_suite.head_branch",
        // Whole objects holding such fields.
        "github",
        "github.event",
        "github.event.pull_request",
        "github.event.pull_request.head",
        "github.event.commits",
        // Spelling variants.
        "GitHub.Event.Issue.Title",
        "github['event']['issue']['title']",
        "github.event['pull_request'].head['ref']",
    ] {
        assert_eq!(level(src), Some(Level::Attacker), "{src}");
    }
}

#[test]
fn safe_fields_that_naive_tools_flag() {
    for src in [
        "github.event.pull_request.head.sha",
        "github.event.pull_request.base.sha",
        "github.event.pull_request.number",
        "github.event.pull_request.merged",
        "github.event.pull_request.draft",
        "github.event.pull_request.commits",
        "github.event.pull_request.user.login",
        "github.event.pull_request.head.repo.full_name",
        "github.event.pull_request.head.repo.name",
        "github.event.pull_request.head.repo.fork",
        "github.event.pull_request.html_url",
        "github.event.pull_request.created_at",
        "github.event.pull_request.merge_commit_sha",
        "github.event.issue.number",
        "github.event.issue.pull_request",
        "github.event.comment.id",
        "github.event.comment.user.login",
        "github.event.head_commit.id",
        "github.event.head_commit.timestamp",
        "github.event.commits.*.author.username",
        "github.event.workflow_run.id",
        "github.event.workflow_run.conclusion",
        "github.event.workflow_run.head_sha",
        "github.event.workflow_run.head_repository.full_name",
        "github.event.before",
        "github.event.after",
        "github.event.action",
        "github.event.number",
        "github.sha",
        "github.run_id",
        "github.run_number",
        "github.repository",
        "github.repository_owner",
        "github.actor",
        "github.triggering_actor",
        "github.event_name",
        "github.workspace",
        "github.token",
        "steps.build.outcome",
        "steps.build.conclusion",
        "needs.test.result",
        "job.status",
        "runner.os",
        "runner.temp",
        "strategy.job-index",
        "secrets.GITHUB_TOKEN",
        "hashFiles('**/Cargo.lock')",
    ] {
        assert_eq!(level(src), None, "{src}");
    }
}

#[test]
fn writer_only_and_unknown() {
    for src in [
        "github.event.inputs.tag",
        "github.event.client_payload.version",
        "github.event.client_payload.id",
        "github.event.release.body",
        "github.event.release.tag_name",
        "github.event.pull_request.base.ref",
        "github.event.pull_request.base.label",
        "github.event.label.name",
        "join(github.event.pull_request.labels.*.name)",
        "github.event.milestone.title",
        "github.event.repository.description",
        "github.event.ref",
        "github.ref",
        "github.ref_name",
        "github.base_ref",
        "vars.DEPLOY_TARGET",
    ] {
        assert_eq!(level(src), Some(Level::WriterOnly), "{src}");
    }
    for src in [
        "steps.meta.outputs.tags",
        "needs.build.outputs.digest",
        "jobs.build.outputs.digest",
        "env.VERSION",
        "matrix.os",
        "inputs.version",
        "github.event.pull_request.head.repo.language",
        "github.some_future_field",
    ] {
        assert_eq!(level(src), Some(Level::Unknown), "{src}");
    }
}

#[test]
fn propagation_through_operators_and_functions() {
    let a = Some(Level::Attacker);
    // Values flow through these.
    assert_eq!(level("format('Title: {0}', github.event.issue.title)"), a);
    assert_eq!(level("toJSON(github.event)"), a);
    assert_eq!(level("toJSON(github.event.pull_request)"), a);
    assert_eq!(level("fromJSON(github.event.comment.body)"), a);
    assert_eq!(level("fromJSON(github.event.comment.body).command"), a);
    assert_eq!(level("join(github.event.commits.*.message, ' ')"), a);
    assert_eq!(level("github.event.issue.title || 'untitled'"), a);
    assert_eq!(level("'prefix' || github.event.issue.title"), a);
    assert_eq!(level("env.X == 'a' && github.event.issue.title || 'b'"), a);
    assert_eq!(level("case(env.A == 'x', github.event.issue.body, 'b')"), a);
    assert_eq!(level("case(env.A == 'x', 'a', github.event.issue.body)"), a);
    assert_eq!(level("(github.event.issue.title)"), a);
    assert_eq!(
        levels("format('{0} {1}', github.event.issue.title, steps.x.outputs.y)"),
        vec![
            ("github.event.issue.title".to_string(), Level::Attacker),
            ("steps.x.outputs.y".to_string(), Level::Unknown)
        ]
    );
    // Values do not flow through booleans, selectors and falsy short-circuits.
    for src in [
        "github.event.issue.title && 'yes' || 'no'",
        "contains(github.event.pull_request.labels.*.name, 'ok') && 'a' || 'b'",
        "contains(github.event.issue.body, '/deploy')",
        "startsWith(github.event.comment.body, '/test')",
        "endsWith(github.head_ref, '-rc')",
        "github.event.pull_request.title == 'x'",
        "github.event.pull_request.title != 'x'",
        "!github.event.issue.body",
        "github.event.issue.title < 'm'",
        "case(github.event.issue.title == 'x', 'a', 'b')",
        "github.event.issue.body && github.sha",
        "steps.x.outputs.ok == 'true' && 'enabled' || 'disabled'",
        "github.event.pull_request.head.repo.fork && 'fork' || 'origin'",
        "github[github.event.issue.title]",
    ] {
        let l = levels(src);
        // The last one is a dynamic index into `github`: its base is what flows.
        if src.starts_with("github[") {
            assert_eq!(l, vec![("github[…]".to_string(), Level::Attacker)], "{src}");
        } else {
            assert!(l.is_empty(), "{src}: {l:?}");
        }
    }
}

#[test]
fn spans_point_at_the_reference() {
    let src = "format('{0}', github.event.issue.title)";
    let t = taint(&parse(src).unwrap());
    assert_eq!(
        &src[t[0].span.start..t[0].span.end],
        "github.event.issue.title"
    );
    assert!(t[0].why.contains("issue"));
    assert_eq!(t[0].events, &["issues", "issue_comment"]);
}

#[test]
fn triggers_drop_values_their_events_do_not_carry() {
    let e = parse("format('{0} {1} {2}', github.event.issue.title, github.head_ref, github.event.head_commit.message)").unwrap();
    let under = |triggers: &[&str]| -> Vec<String> {
        taint_with(
            &e,
            &TaintOptions {
                triggers: Some(triggers),
                resolve: None,
            },
        )
        .into_iter()
        .map(|t| t.path.to_string())
        .collect()
    };
    assert_eq!(under(&["push"]), vec!["github.event.head_commit.message"]);
    assert_eq!(
        under(&["issue_comment", "schedule"]),
        vec!["github.event.issue.title"]
    );
    assert_eq!(under(&["pull_request_target"]), vec!["github.head_ref"]);
    assert_eq!(under(&["workflow_dispatch"]), Vec::<String>::new());
    // A reusable workflow sees its caller's event: everything stays.
    assert_eq!(under(&["workflow_call"]).len(), 3);
    assert_eq!(taint(&e).len(), 3);

    // Inputs: typed by writers for workflow_dispatch, the caller's for workflow_call.
    let e = parse("inputs.version").unwrap();
    let lvl = |triggers: &[&str]| {
        taint_with(
            &e,
            &TaintOptions {
                triggers: Some(triggers),
                resolve: None,
            },
        )[0]
        .level
    };
    assert_eq!(lvl(&["workflow_dispatch"]), Level::WriterOnly);
    assert_eq!(lvl(&["workflow_dispatch", "workflow_call"]), Level::Unknown);
}

#[test]
fn the_caller_can_resolve_env_and_outputs() {
    let e = parse("format('{0}-{1}-{2}', env.SAFE, env.FROM_TITLE, steps.x.outputs.y)").unwrap();
    let resolve = |p: &ContextPath| {
        if p.matches("env.SAFE") {
            Some(Trust::Safe)
        } else if p.matches("env.FROM_TITLE") {
            Some(Trust::Attacker)
        } else {
            None
        }
    };
    let t = taint_with(
        &e,
        &TaintOptions {
            triggers: None,
            resolve: Some(&resolve),
        },
    );
    let got: Vec<(String, Level)> = t
        .into_iter()
        .map(|t| (t.path.to_string(), t.level))
        .collect();
    assert_eq!(
        got,
        vec![
            ("env.FROM_TITLE".to_string(), Level::Attacker),
            ("steps.x.outputs.y".to_string(), Level::Unknown)
        ]
    );
}

#[test]
fn classification_table() {
    let c = classify(&ContextPath::parse_dotted(
        "github.event.pull_request.head.ref",
    ));
    assert_eq!(c.trust, Trust::Attacker);
    assert!(c.events.contains(&"pull_request_target"));
    let c = classify(&ContextPath::parse_dotted(
        "github.event.pull_request.base.ref",
    ));
    assert_eq!(c.trust, Trust::WriterOnly);
    assert_eq!(
        classify(&ContextPath::parse_dotted("github.actor")).trust,
        Trust::Safe
    );
}

#[test]
fn reads_lists_every_reference() {
    let src =
        "github.event_name == 'push' && contains(steps.x.outputs.list, matrix.os) || github['ref']";
    let got: Vec<String> = reads(&parse(src).unwrap())
        .into_iter()
        .map(|(p, _)| p.to_string())
        .collect();
    assert_eq!(
        got,
        vec![
            "github.event_name",
            "steps.x.outputs.list",
            "matrix.os",
            "github.ref"
        ]
    );
}

#[test]
fn spoofable_bot_conditions() {
    let checks = |src: &str| spoofable_actor_checks(&parse(src).unwrap());
    let c = checks("github.actor == 'dependabot[bot]'");
    assert_eq!(c.len(), 1);
    assert!(c[0].grants);
    assert_eq!(c[0].path.to_string(), "github.actor");
    assert_eq!(c[0].bot, "dependabot[bot]");
    assert!(checks("'renovate[bot]' == github.triggering_actor")[0].grants);
    assert!(
        checks("github.event_name == 'pull_request' && github.actor == 'Dependabot[bot]'")[0]
            .grants
    );
    assert!(checks("github.actor_id == 49699333")[0].grants);
    assert!(checks("github.event.sender.login == 'github-actions[bot]'")[0].grants);
    assert!(
        checks("contains(fromJSON('[\"dependabot[bot]\", \"renovate[bot]\"]'), github.actor)")[0]
            .grants
    );
    assert!(checks("endsWith(github.actor, '[bot]')")[0].grants);
    assert!(checks("startsWith(github.actor, 'dependabot')")[0].grants);
    // Exclusions are reported with `grants: false`.
    assert!(!checks("github.actor != 'dependabot[bot]'")[0].grants);
    assert!(!checks("!(github.actor == 'dependabot[bot]')")[0].grants);
    assert!(checks("!(github.actor != 'dependabot[bot]')")[0].grants);
    // Not spoofable: the pull request's creator; not a bot.
    assert!(checks("github.event.pull_request.user.login == 'dependabot[bot]'").is_empty());
    assert!(checks("github.actor == 'octocat'").is_empty());
    assert!(checks("github.repository_owner == 'dependabot[bot]'").is_empty());
}

#[test]
fn unsound_contains_on_literal_strings() {
    let u =
        unsound_contains(&parse("contains('refs/heads/main refs/heads/dev', github.ref)").unwrap());
    assert_eq!(u.len(), 1);
    assert_eq!(u[0].haystack, "refs/heads/main refs/heads/dev");
    assert_eq!(
        u[0].needle.as_ref().map(ToString::to_string).as_deref(),
        Some("github.ref")
    );
    assert!(
        unsound_contains(&parse("contains(fromJSON('[\"a\",\"b\"]'), github.ref)").unwrap())
            .is_empty()
    );
    assert!(
        unsound_contains(&parse("contains(github.event.issue.labels.*.name, 'bug')").unwrap())
            .is_empty()
    );
    assert!(unsound_contains(&parse("contains(github.ref, 'release')").unwrap()).is_empty());
    assert!(unsound_contains(&parse("contains('abc', 'b')").unwrap()).is_empty());
}

#[test]
fn secrets_exposure() {
    let uses = |src: &str| -> Vec<SecretsUse> {
        secrets_uses(&parse(src).unwrap())
            .into_iter()
            .map(|(_, u)| u)
            .collect()
    };
    assert_eq!(uses("toJSON(secrets)"), vec![SecretsUse::Whole]);
    assert_eq!(uses("toJSON(SECRETS)"), vec![SecretsUse::Whole]);
    assert_eq!(uses("secrets.*"), vec![SecretsUse::Whole]);
    assert_eq!(
        uses("secrets[format('TOKEN_{0}', matrix.env)]"),
        vec![SecretsUse::Dynamic]
    );
    assert_eq!(uses("secrets[matrix.secret]"), vec![SecretsUse::Dynamic]);
    assert!(uses("secrets.NPM_TOKEN").is_empty());
    assert!(uses("secrets['NPM_TOKEN']").is_empty());
    assert!(uses("(secrets).NPM_TOKEN").is_empty());
    let src = "format('{0}', toJSON(secrets))";
    let (span, _) = secrets_uses(&parse(src).unwrap())[0];
    assert_eq!(&src[span.start..span.end], "secrets");
}
