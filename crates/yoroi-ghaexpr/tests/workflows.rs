//! Every `${{ }}` of representative workflows (written here) parses, and the analyses find
//! what a reviewer would.

use yoroi_ghaexpr::{Level, find, secrets_uses, spoofable_actor_checks, taint, unsound_contains};

const CI: &str = r#"
name: CI
on:
  push:
    branches: [main]
  pull_request:
concurrency:
  group: ${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: ${{ github.event_name == 'pull_request' }}
jobs:
  test:
    runs-on: ${{ matrix.os }}
    timeout-minutes: ${{ fromJSON(vars.TIMEOUT || '30') }}
    strategy:
      fail-fast: ${{ !contains(github.event.pull_request.labels.*.name, 'ci:full') }}
      matrix:
        os: [ubuntu-latest, macos-latest]
        toolchain: ${{ fromJSON('["stable", "beta"]') }}
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - uses: actions/cache@v4
        with:
          key: ${{ runner.os }}-cargo-${{ hashFiles('**/Cargo.lock') }}
          restore-keys: |
            ${{ runner.os }}-cargo-
      - run: cargo test --locked ${{ matrix.toolchain == 'beta' && '--no-fail-fast' || '' }}
      - if: ${{ failure() && steps.test.outcome == 'failure' }}
        run: echo "tests failed at ${{ github.sha }} in run ${{ github.run_id }}"
      - if: always()
        run: echo '${{ toJSON(job) }}'
"#;

const TRIAGE: &str = r#"
on:
  issue_comment:
    types: [created]
  pull_request_target:
jobs:
  triage:
    if: ${{ github.event.issue.pull_request && startsWith(github.event.comment.body, '/retest') }}
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "Comment: ${{ github.event.comment.body }}"
          echo "Title: ${{ github.event.issue.title }}"
          git checkout "${{ github.head_ref }}"
      - uses: actions/github-script@v7
        with:
          script: |
            const body = `${{ github.event.pull_request.body }}`;
            const kind = '${{ github.event.pull_request.draft && 'draft' || 'ready' }}';
      - if: contains('refs/heads/main refs/heads/release', github.base_ref)
        run: echo ok
"#;

const RELEASE: &str = r#"
on:
  workflow_dispatch:
    inputs:
      version:
        required: true
jobs:
  release:
    runs-on: ubuntu-latest
    environment: ${{ inputs.version == '' && 'dry-run' || 'release' }}
    steps:
      - run: ./release.sh "${{ inputs.version }}" "${{ github.event.inputs.version }}"
      - run: echo '${{ toJSON(secrets) }}' > /tmp/secrets.json
      - env:
          TOKEN: ${{ secrets[format('NPM_TOKEN_{0}', matrix.registry)] }}
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
        run: npm publish --tag "${{ steps.meta.outputs.tag }}"
      - name: Summary ${{ format('{{ {0} }}', github.ref_name) }}
        run: echo "${{ needs.build.outputs.digest }} ${{ env.IMAGE }}"
"#;

const AUTOMERGE: &str = r#"
on: pull_request_target
jobs:
  automerge:
    if: github.actor == 'dependabot[bot]' && github.event.pull_request.user.login == 'dependabot[bot]'
    runs-on: ubuntu-latest
    steps:
      - if: ${{ github.actor != 'renovate[bot]' }}
        run: gh pr merge --auto "${{ github.event.pull_request.html_url }}"
"#;

/// Every expression in the text, parsed.
fn parsed(text: &str) -> Vec<yoroi_ghaexpr::Expr> {
    find(text)
        .into_iter()
        .map(|e| {
            let src = &text[e.span.start..e.span.end];
            e.expr.unwrap_or_else(|err| panic!("{src}: {err}"))
        })
        .collect()
}

fn attacker_paths(text: &str) -> Vec<String> {
    parsed(text)
        .iter()
        .flat_map(taint)
        .filter(|t| t.level == Level::Attacker)
        .map(|t| t.path.to_string())
        .collect()
}

#[test]
fn every_expression_parses() {
    assert_eq!(parsed(CI).len(), 16);
    assert_eq!(parsed(TRIAGE).len(), 6);
    assert_eq!(parsed(RELEASE).len(), 10);
    assert_eq!(parsed(AUTOMERGE).len(), 2);
}

#[test]
fn a_plain_ci_workflow_has_no_injection() {
    assert_eq!(attacker_paths(CI), Vec::<String>::new());
    assert!(parsed(CI).iter().all(|e| secrets_uses(e).is_empty()));
}

#[test]
fn triage_workflow_injections_are_found_and_literal_ternaries_are_not() {
    assert_eq!(
        attacker_paths(TRIAGE),
        vec![
            "github.event.comment.body",
            "github.event.issue.title",
            "github.head_ref",
            "github.event.pull_request.body",
        ]
    );
    // The bare `if:` conditions are not inside `${{ }}`; a rule parses them itself.
    let cond =
        yoroi_ghaexpr::parse("contains('refs/heads/main refs/heads/release', github.base_ref)")
            .unwrap();
    assert_eq!(unsound_contains(&cond).len(), 1);
}

#[test]
fn release_workflow_inputs_secrets_and_outputs() {
    let exprs = parsed(RELEASE);
    let tainted: Vec<(String, Level)> = exprs
        .iter()
        .flat_map(taint)
        .map(|t| (t.path.to_string(), t.level))
        .collect();
    assert!(tainted.contains(&("github.event.inputs.version".into(), Level::WriterOnly)));
    assert!(tainted.contains(&("inputs.version".into(), Level::Unknown)));
    assert!(tainted.contains(&("steps.meta.outputs.tag".into(), Level::Unknown)));
    assert!(tainted.contains(&("github.ref_name".into(), Level::WriterOnly)));
    assert!(!tainted.iter().any(|(_, l)| *l == Level::Attacker));
    let uses: usize = exprs.iter().map(|e| secrets_uses(e).len()).sum();
    assert_eq!(uses, 2, "toJSON(secrets) and a computed secret name");
}

#[test]
fn automerge_bot_checks() {
    let cond = yoroi_ghaexpr::parse(
        "github.actor == 'dependabot[bot]' && github.event.pull_request.user.login == 'dependabot[bot]'",
    )
    .unwrap();
    let checks = spoofable_actor_checks(&cond);
    assert_eq!(checks.len(), 1);
    assert!(checks[0].grants);
    let step_if = &parsed(AUTOMERGE)[0];
    let checks = spoofable_actor_checks(step_if);
    assert_eq!(checks.len(), 1);
    assert!(!checks[0].grants);
}
