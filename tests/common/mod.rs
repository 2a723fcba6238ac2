//! Running the built `yoroi` binary from the workspace root.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

pub fn yoroi(args: &[&str]) -> Output {
    yoroi_in(&root(), args)
}

pub fn yoroi_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_yoroi"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .stdin(Stdio::null())
        .output()
        .expect("the yoroi binary runs")
}

pub fn yoroi_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_yoroi"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the yoroi binary runs");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("yoroi finishes")
}

/// Writes a file under `dir`, creating its directories.
pub fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("a parent directory")).expect("create dirs");
    std::fs::write(path, text).expect("write file");
}

pub fn code(output: &Output) -> i32 {
    output
        .status
        .code()
        .expect("exited normally, not by a signal")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("valid JSON on stdout")
}

/// `(path, line, rule_id)` of every finding in a JSON report.
pub fn findings(report: &serde_json::Value) -> Vec<(String, u64, String)> {
    report["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap_or("").to_string(),
                f["start"]["line"].as_u64().unwrap_or(0),
                f["rule_id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// `yoroi scan . --format json --soft-fail` in `dir`, which must succeed.
pub fn scan_soft(dir: &Path) -> serde_json::Value {
    let out = yoroi_in(dir, &["scan", ".", "--format", "json", "--soft-fail"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    json(&out)
}

/// The messages of the findings of `rule` in a JSON report.
pub fn messages_of(report: &serde_json::Value, rule: &str) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .filter(|f| f["rule_id"] == rule)
        .map(|f| f["message"].as_str().unwrap_or("").to_string())
        .collect()
}

/// `yoroi scan . --format json` plus `extra` in `dir`; exit code 0 or 1 (findings), never an error.
pub fn scan_json(dir: &Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["scan", ".", "--format", "json"];
    args.extend_from_slice(extra);
    let out = yoroi_in(dir, &args);
    assert!(code(&out) < 2, "{}", stderr(&out));
    json(&out)
}

/// The findings of one rule in a JSON report.
pub fn of_rule<'a>(report: &'a serde_json::Value, id: &str) -> Vec<&'a serde_json::Value> {
    report["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .filter(|f| f["rule_id"] == id)
        .collect()
}

/// `(path, line)` of a finding of a JSON report.
pub fn at(finding: &serde_json::Value) -> (String, u64) {
    (
        finding["path"].as_str().unwrap_or("").to_string(),
        finding["start"]["line"].as_u64().unwrap_or(0),
    )
}

/// The messages of a finding's secondary labels.
pub fn label_messages(finding: &serde_json::Value) -> Vec<String> {
    finding["labels"]
        .as_array()
        .map(|labels| {
            labels
                .iter()
                .filter_map(|l| l["message"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether `findings` (as [`findings`] gives them) hold `rule` at `path:line`.
pub fn has(findings: &[(String, u64, String)], path: &str, line: u64, rule: &str) -> bool {
    findings
        .iter()
        .any(|(p, l, r)| p == path && *l == line && r == rule)
}

/// The 1-based line of the first line of `text` that contains `needle`.
pub fn line_of(text: &str, needle: &str) -> u64 {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u64 + 1)
        .expect("needle in the text")
}
