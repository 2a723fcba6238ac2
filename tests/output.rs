//! Terminal output at scale: `--format concise`, `--statistics`, and the human format grouped by
//! file with each rule's help printed once.

mod common;

use common::*;
use std::collections::{BTreeMap, HashMap};

/// A repository with many findings: Dockerfiles and manifests repeated across directories, the
/// shape of a real monorepo where a few rules fire again and again.
fn big_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..12 {
        write(
            dir.path(),
            &format!("svc{i}/Dockerfile"),
            "FROM ubuntu:latest\nRUN apt-get update && apt-get install -y curl\nADD app.tar.gz /app\nCMD [\"/app/run\"]\n",
        );
        write(
            dir.path(),
            &format!("svc{i}/deploy.yaml"),
            &format!(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web{i}\nspec:\n  selector:\n    matchLabels: {{app: web{i}}}\n  template:\n    metadata:\n      labels: {{app: web{i}}}\n    spec:\n      hostNetwork: true\n      containers:\n        - name: web\n          image: nginx:latest\n          securityContext:\n            privileged: true\n"
            ),
        );
    }
    dir
}

fn findings_json(dir: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["scan", ".", "--soft-fail", "--format", "json"];
    args.extend_from_slice(extra);
    let out = yoroi_in(dir, &args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    json(&out)
}

#[test]
fn concise_is_one_parseable_line_per_finding() {
    let dir = big_repo();
    let report = findings_json(dir.path(), &[]);
    let findings = report["findings"].as_array().expect("findings");
    let out = yoroi_in(dir.path(), &["scan", ".", "--format", "concise"]);
    assert_eq!(code(&out), 1, "findings fail the run as in every format");
    let text = stdout(&out);
    let line = regex::Regex::new(
        r"^([^:]+):(\d+):(\d+): (critical|high|medium|low|info) ([A-Z][A-Z0-9]*\d{3})( \[\*\])? (.+)$",
    )
    .expect("regex");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), findings.len(), "{text}");
    for (l, f) in lines.iter().zip(findings) {
        let c = line
            .captures(l)
            .unwrap_or_else(|| panic!("not concise: {l}"));
        // Same order, positions and rules as the JSON report; paths relative to the directory.
        assert_eq!(&c[1], f["path"].as_str().unwrap().trim_start_matches("./"));
        assert_eq!(
            c[2].parse::<u64>().unwrap(),
            f["start"]["line"].as_u64().unwrap()
        );
        assert_eq!(
            c[3].parse::<u64>().unwrap(),
            f["start"]["column"].as_u64().unwrap()
        );
        assert_eq!(&c[4], f["severity"].as_str().unwrap());
        assert_eq!(&c[5], f["rule_id"].as_str().unwrap());
        assert_eq!(c.get(6).is_some(), !f["fix"].is_null(), "{l}");
        assert_eq!(&c[7], f["message"].as_str().unwrap());
    }
    assert!(
        lines.iter().any(|l| l.contains(" [*] ")),
        "some finding is fixable"
    );
    // The summary goes to standard error, so the output stays one line per finding.
    assert!(stderr(&out).contains("findings"), "{}", stderr(&out));
    // Absolute paths under the working directory are shown relative to it; also to a file.
    let abs = dir.path().to_string_lossy().to_string();
    let file = dir.path().join("out.txt");
    let spec = format!("concise={}", file.display());
    let out = yoroi_in(
        dir.path(),
        &["scan", &abs, "--soft-fail", "--format", &spec],
    );
    assert_eq!(code(&out), 0);
    let written = std::fs::read_to_string(&file).expect("concise file");
    assert_eq!(written, text);
}

#[test]
fn statistics_count_rules_in_the_table_and_in_json() {
    let dir = big_repo();
    let report = findings_json(dir.path(), &["--statistics"]);
    let mut expected: HashMap<String, (u64, u64)> = HashMap::new();
    for f in report["findings"].as_array().expect("findings") {
        let e = expected
            .entry(f["rule_id"].as_str().unwrap().to_string())
            .or_default();
        e.0 += 1;
        e.1 += u64::from(!f["fix"].is_null());
    }
    let stats = report["statistics"].as_array().expect("statistics in JSON");
    assert_eq!(stats.len(), expected.len());
    let mut last = u64::MAX;
    for s in stats {
        let id = s["rule"].as_str().unwrap();
        let count = s["count"].as_u64().unwrap();
        assert_eq!(
            (count, s["fixable"].as_u64().unwrap()),
            expected[id],
            "{id}"
        );
        assert!(count <= last, "sorted by count");
        last = count;
        assert!(s["name"].as_str().is_some_and(|n| !n.is_empty()));
    }
    // Without the flag, JSON has no such member.
    assert!(findings_json(dir.path(), &[])["statistics"].is_null());
    // After the findings in the human and concise formats.
    for format in ["human", "concise"] {
        let out = yoroi_in(
            dir.path(),
            &["scan", ".", "--soft-fail", "--statistics", "-f", format],
        );
        let text = stdout(&out);
        let table = text
            .split("count  fixable  severity")
            .nth(1)
            .unwrap_or_else(|| panic!("no table in {format}: {text}"));
        let first = &stats[0];
        let row = table.lines().nth(1).expect("a row");
        assert!(
            row.contains(first["rule"].as_str().unwrap())
                && row.trim_start().starts_with(&first["count"].to_string()),
            "{row}"
        );
    }
}

#[test]
fn human_output_groups_by_file_and_prints_help_once() {
    let dir = big_repo();
    let report = findings_json(dir.path(), &[]);
    let findings = report["findings"].as_array().expect("findings");
    assert!(findings.len() >= 150, "{} findings", findings.len());
    let mut per_file: BTreeMap<&str, usize> = BTreeMap::new();
    let mut rules: BTreeMap<&str, usize> = BTreeMap::new();
    for f in findings {
        *per_file.entry(f["path"].as_str().unwrap()).or_default() += 1;
        *rules.entry(f["rule_id"].as_str().unwrap()).or_default() += 1;
    }
    let human = |show: &str| {
        let out = yoroi_in(
            dir.path(),
            &["scan", ".", "--soft-fail", "--show-help", show],
        );
        stdout(&out)
    };
    let once = human("once");
    // One header per file, with its count.
    let headers: Vec<&str> = once.lines().filter(|l| l.starts_with("── ")).collect();
    assert_eq!(headers.len(), per_file.len(), "{once}");
    for (path, n) in &per_file {
        let header = format!(
            "── {} ({n} finding{}) ──",
            path.trim_start_matches("./"),
            if *n == 1 { "" } else { "s" }
        );
        assert!(
            headers.contains(&header.as_str()),
            "{header} in {headers:?}"
        );
    }
    // Each rule's docs link (with its help) once; later findings refer to it.
    let links = |text: &str| text.matches("(https://yoroi.dev/rules/").count();
    assert_eq!(links(&once), rules.len());
    assert_eq!(
        once.matches("(help above)").count(),
        findings.len() - rules.len()
    );
    assert_eq!(links(&human("always")), findings.len());
    assert_eq!(links(&human("never")), 0);
    // At scale the default output stays short: at most 8 lines per finding on average.
    let lines = once.lines().count();
    assert!(
        lines <= 8 * findings.len(),
        "{lines} lines for {} findings",
        findings.len()
    );
    // The summary names the most frequent rules.
    let summary = once.lines().last().expect("summary");
    let (top, _) = rules
        .iter()
        .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
        .unwrap();
    assert!(
        summary.contains("Most frequent: ") && summary.contains(top),
        "{summary}"
    );
}
