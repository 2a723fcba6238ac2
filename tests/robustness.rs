//! Hostile and malformed input: a clear finding, no panic, nothing else lost.

mod common;

use common::*;

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn truncated_binary_and_deeply_nested_files_never_crash_the_scan() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostIPC: true\n  containers: [{name: c, image: busybox:1.36}]\n";
    write(d, "good/pod.yaml", pod.as_bytes());
    // Truncated inside a flow mapping.
    let cut = pod.find("{name: p}").unwrap() + "{name: p".len();
    write(d, "truncated/pod.yaml", &pod.as_bytes()[..cut]);
    write(
        d,
        "truncated/main.tf",
        b"resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = tr",
    );
    write(
        d,
        "truncated/Dockerfile",
        b"FROM alpine:3.20\nRUN <<EOF\napk add curl\n",
    );
    // Binary garbage with names yoroi reads.
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    write(d, "binary/Dockerfile", &garbage);
    write(d, "binary/x.yaml", &garbage);
    write(d, "binary/x.tf", &garbage);
    // Invalid UTF-8 without NUL bytes.
    write(
        d,
        "latin1/Dockerfile",
        b"FROM alpine:3.20\nLABEL author=\"J\xe9r\xf4me\"\n",
    );
    // Deep nesting in every format.
    let deep_yaml = format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: deep}}\ndata: {}{}\n",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    write(d, "deep/deep.yaml", deep_yaml.as_bytes());
    let deep_block = format!("{}{}", "- ".repeat(20_000), "x");
    write(d, "deep/block.yaml", format!("apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: b}}\ndata:\n  k: \n    {deep_block}\n").as_bytes());
    let deep_tf = format!(
        "locals {{\n  x = {}1{}\n}}\n",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    write(d, "deep/main.tf", deep_tf.as_bytes());
    let deep_docker = format!(
        "FROM alpine:3.20\nRUN {}true{}\n",
        "(".repeat(20_000),
        ")".repeat(20_000)
    );
    write(d, "deep/Dockerfile", deep_docker.as_bytes());
    // Empty and comment-only files.
    write(d, "empty/Dockerfile", b"");
    write(d, "empty/a.yaml", b"");
    write(d, "empty/a.tf", b"# nothing\n");

    let out = yoroi_in(d, &["scan", "--format", "json"]);
    let code = code(&out);
    assert!(code == 1, "exit {code}: {}", stderr(&out));
    let found = findings(&json(&out));
    // The good file's finding is intact.
    assert!(
        found
            .iter()
            .any(|f| f.0 == "good/pod.yaml" && f.2 == "K8S006"),
        "{found:?}"
    );
    for path in [
        "truncated/pod.yaml",
        "truncated/main.tf",
        "truncated/Dockerfile",
        "binary/Dockerfile",
        "binary/x.yaml",
        "binary/x.tf",
        "latin1/Dockerfile",
        "deep/deep.yaml",
        "deep/main.tf",
    ] {
        assert!(
            found.iter().any(|f| f.0 == path && f.2 == "YOR001"),
            "no parse error for {path}: {found:?}"
        );
    }
    for path in ["empty/Dockerfile", "empty/a.yaml", "empty/a.tf"] {
        assert!(
            !found.iter().any(|f| f.0 == path && f.2 == "YOR001"),
            "{path}: {found:?}"
        );
    }
}

#[test]
fn alias_bomb_finishes_quickly_with_a_finding() {
    let dir = tempfile::tempdir().unwrap();
    let mut bomb = String::from(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    for i in 1..12u8 {
        let prev = (b'a' + i - 1) as char;
        let cur = (b'a' + i) as char;
        bomb.push_str(&format!("  {cur}: &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
    }
    write(dir.path(), "bomb.yaml", bomb.as_bytes());
    let out = yoroi_in(dir.path(), &["scan", "--format", "json"]);
    let found = findings(&json(&out));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "YOR001");
}

fn write_str(dir: &std::path::Path, name: &str, text: &str) {
    write(dir, name, text.as_bytes());
}

const POD: &str = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostIPC: true\n  containers: [{name: c, image: busybox:1.36}]\n";

/// Messages of the findings of one rule on one path.
fn messages(report: &serde_json::Value, path: &str, rule: &str) -> Vec<String> {
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["path"] == path && f["rule_id"] == rule)
        .map(|f| f["message"].as_str().unwrap_or("").to_string())
        .collect()
}

/// Every kind of bad input in one tree: each gets a clear finding (or is read normally), no
/// panic, and the good file's finding is intact. Exit 1 (a high-severity YOR001 fails the run),
/// 3 with `--fail-on-partial`.
#[test]
fn every_bad_input_gets_a_clear_message_and_the_others_are_intact() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_str(d, "good/pod.yaml", POD);
    // Only comments.
    write_str(d, "comments/Dockerfile", "# syntax note\n# nothing else\n");
    write_str(d, "comments/a.yaml", "# just a comment\n---\n# another\n");
    write_str(d, "comments/main.tf", "# a\n// b\n/* c\n d */\n");
    // Line endings and a byte order mark: read as usual.
    write_str(d, "crlf/pod.yaml", &POD.replace('\n', "\r\n"));
    let mixed: String = POD
        .split_inclusive('\n')
        .enumerate()
        .map(|(i, l)| {
            if i % 2 == 0 {
                l.replace('\n', "\r\n")
            } else {
                l.to_string()
            }
        })
        .collect();
    write_str(d, "mixed/pod.yaml", &mixed);
    write_str(d, "bom/pod.yaml", &format!("\u{feff}{POD}"));
    write_str(
        d,
        "bom/Dockerfile",
        "\u{feff}FROM alpine:3.20\nRUN echo hi\n",
    );
    write_str(d, "bom/main.tf", "\u{feff}locals {\n  a = 1\n}\n");
    // Invalid UTF-8, binary data with names yoroi reads.
    write(
        d,
        "latin1/main.tf",
        b"locals {\n  author = \"J\xe9r\xf4me\"\n}\n",
    );
    let garbage: Vec<u8> = (0..2048u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    write(d, "binary/Dockerfile", &garbage);
    write(d, "binary/a.yaml", &garbage);
    write(d, "binary/main.tf", &garbage);
    // A 1 GB sparse file: skipped by the size limit without being read.
    std::fs::create_dir_all(d.join("huge")).unwrap();
    let huge = std::fs::File::create(d.join("huge/main.tf")).unwrap();
    huge.set_len(1 << 30).unwrap();
    drop(huge);
    // A symlink loop and a link to itself: never followed.
    #[cfg(unix)]
    {
        std::fs::create_dir_all(d.join("loop")).unwrap();
        std::os::unix::fs::symlink("..", d.join("loop/up")).unwrap();
        std::os::unix::fs::symlink("self.yaml", d.join("loop/self.yaml")).unwrap();
    }
    // A directory named like a file: walked as a directory.
    write_str(d, "named/Dockerfile/pod.yaml", POD);
    // 10,000-deep nesting in YAML (flow), JSON Terraform and HCL.
    write_str(
        d,
        "deep/flow.yaml",
        &format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: deep}}\ndata: {}1{}\n",
            "{a: ".repeat(10_000),
            "}".repeat(10_000)
        ),
    );
    write_str(
        d,
        "deep/main.tf.json",
        &format!(
            "{{\"locals\": {}1{}}}",
            "{\"a\": ".repeat(10_000),
            "}".repeat(10_000)
        ),
    );
    write_str(
        d,
        "deep/main.tf",
        &format!(
            "locals {{\n  x = {}1{}\n}}\n",
            "{a = ".repeat(10_000),
            "}".repeat(10_000)
        ),
    );
    // A Dockerfile with a 1 MB line.
    write_str(
        d,
        "longline/Dockerfile",
        &format!("FROM alpine:3.20\nRUN echo {}\n", "x".repeat(1 << 20)),
    );
    // Unterminated HCL string and heredoc.
    write_str(
        d,
        "unterminated/string/main.tf",
        "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"abc\n}\n",
    );
    write_str(
        d,
        "unterminated/heredoc/main.tf",
        "locals {\n  script = <<EOT\necho hi\n",
    );

    let out = yoroi_in(d, &["scan", "--format", "json"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let report = json(&out);
    let found = findings(&report);
    let has = |path: &str, rule: &str| found.iter().any(|f| f.0 == path && f.2 == rule);
    for path in [
        "good/pod.yaml",
        "crlf/pod.yaml",
        "mixed/pod.yaml",
        "bom/pod.yaml",
        "named/Dockerfile/pod.yaml",
    ] {
        assert!(has(path, "K8S006"), "{path}: {found:?}");
        assert!(!has(path, "YOR001"), "{path}: {found:?}");
    }
    // hostIPC is on line 5 in every line-ending variant.
    assert!(
        found.iter().filter(|f| f.2 == "K8S006").all(|f| f.1 == 5),
        "{found:?}"
    );
    for path in [
        "comments/Dockerfile",
        "comments/a.yaml",
        "comments/main.tf",
        "bom/Dockerfile",
        "bom/main.tf",
        "longline/Dockerfile",
    ] {
        assert!(!has(path, "YOR001"), "{path}: {found:?}");
    }
    let message = |path: &str| messages(&report, path, "YOR001").join(" | ");
    assert!(
        message("latin1/main.tf").contains("invalid UTF-8 at byte"),
        "{}",
        message("latin1/main.tf")
    );
    for path in ["binary/Dockerfile", "binary/a.yaml", "binary/main.tf"] {
        assert!(!message(path).is_empty(), "{path}: {found:?}");
    }
    let huge = message("huge/main.tf");
    assert!(
        huge.contains("1 GB") && huge.contains("over the 5 MB limit (--max-file-size)"),
        "{huge}"
    );
    // saphyr-parser's own recursion limit for flow collections comes before the depth cap.
    let flow = message("deep/flow.yaml");
    assert!(
        flow.contains("nesting deeper than 256 levels") || flow.contains("recursion limit"),
        "{flow}"
    );
    assert!(!message("deep/main.tf.json").is_empty(), "{found:?}");
    assert!(
        message("deep/main.tf").contains("nesting deeper than"),
        "{}",
        message("deep/main.tf")
    );
    for path in [
        "unterminated/string/main.tf",
        "unterminated/heredoc/main.tf",
    ] {
        assert!(!message(path).is_empty(), "{path}: {found:?}");
    }
    assert!(!found.iter().any(|f| f.0.starts_with("loop/")), "{found:?}");
    assert!(!found.iter().any(|f| f.2 == "YOR006"), "{found:?}");

    // The same tree with --fail-on-partial: exit 3.
    let out = yoroi_in(d, &["scan", "--format", "json", "--fail-on-partial"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_unreadable_files_named_on_the_command_line() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_str(d, "good/pod.yaml", POD);
    std::os::unix::fs::symlink("self.yaml", d.join("self.yaml")).unwrap();
    // A path named explicitly that loops: an I/O problem, exit 2, the other path still scanned.
    let out = yoroi_in(d, &["scan", "--format", "json", "self.yaml", "good"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("self.yaml"), "{}", stderr(&out));
    assert!(findings(&json(&out)).iter().any(|f| f.2 == "K8S006"));

    write_str(d, "locked/Dockerfile", "FROM alpine:3.20\n");
    let locked = d.join("locked/Dockerfile");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads through chmod 000: then the file is simply scanned.
    let readable = std::fs::read(&locked).is_ok();
    let out = yoroi_in(d, &["scan", "--format", "json", "locked", "good"]);
    let report = json(&out);
    let locked_messages = messages(&report, "locked/Dockerfile", "YOR001");
    if readable {
        assert!(locked_messages.is_empty(), "{locked_messages:?}");
    } else {
        assert!(
            locked_messages
                .iter()
                .any(|m| m.contains("cannot read file")),
            "{locked_messages:?}"
        );
    }
    assert!(findings(&report).iter().any(|f| f.2 == "K8S006"));
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).unwrap();
}

/// A rule that panics costs its own findings on that file only: the test hook
/// `YOROI_PANIC_TOKEN` makes every rule panic on a file containing the token.
#[test]
fn a_panic_in_a_rule_is_an_internal_error_finding_for_that_file_only() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_str(d, "good/pod.yaml", POD);
    write_str(
        d,
        "good/Dockerfile",
        "FROM ubuntu:latest\nRUN apt-get install curl\n",
    );
    write_str(d, "boom/pod.yaml", &format!("# panic-here-9f2c\n{POD}"));
    write_str(
        d,
        "boom/main.tf",
        "# panic-here-9f2c\nresource \"aws_s3_bucket\" \"b\" {\n  acl = \"public-read\"\n}\n",
    );
    let run = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_yoroi"))
            .args(["scan", "--format", "json"])
            .args(extra)
            .current_dir(d)
            .env("YOROI_PANIC_TOKEN", "panic-here-9f2c")
            .output()
            .unwrap()
    };
    let without = yoroi_in(d, &["scan", "--format", "json"]);
    let baseline = findings(&json(&without));
    let out = run(&[]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let report = json(&out);
    let found = findings(&report);
    for path in ["boom/pod.yaml", "boom/main.tf"] {
        let internal = messages(&report, path, "YOR006");
        assert_eq!(internal.len(), 1, "{path}: {found:?}");
        assert!(
            internal[0].contains("panicked: test hook")
                && internal[0].contains("findings on this file are missing"),
            "{internal:?}"
        );
        assert!(
            found
                .iter()
                .filter(|f| f.0 == path)
                .all(|f| f.2 == "YOR006"),
            "{found:?}"
        );
    }
    // The other files' findings are exactly what they are without the hook.
    let others = |list: &[(String, u64, String)]| -> Vec<(String, u64, String)> {
        list.iter()
            .filter(|f| f.0.starts_with("good/"))
            .cloned()
            .collect()
    };
    assert_eq!(others(&found), others(&baseline));
    assert!(!others(&found).is_empty());
    assert!(
        !stderr(&out).contains("thread"),
        "the panic is not printed: {}",
        stderr(&out)
    );
    assert_eq!(code(&run(&["--fail-on-partial"])), 3);
}

#[test]
fn limits_are_configurable_and_say_which_flag_sets_them() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_str(d, "pod.yaml", POD);
    write_str(
        d,
        "aliases.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  a: &a [x, x, x, x]\n  b: &b [*a, *a, *a, *a]\n  c: [*b, *b, *b, *b]\n",
    );
    write_str(
        d,
        "nested.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: n}\ndata: {a: {b: {c: {d: {e: {f: 1}}}}}}\n",
    );
    write_str(
        d,
        "tf/main.tf",
        "locals {\n  xs = [for i in range(100) : i * 2]\n}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b-${length(local.xs)}\"\n}\n",
    );
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--format=json",
            "--max-file-size=100",
            "--max-yaml-aliases=10",
            "--max-depth=4",
            "--max-eval-steps=5",
        ],
    );
    let report = json(&out);
    let yor001 = |path: &str| messages(&report, path, "YOR001").join(" | ");
    assert!(
        yor001("pod.yaml").contains("over the 100 bytes limit (--max-file-size)"),
        "{}",
        yor001("pod.yaml")
    );
    // Every YAML file here is over 100 bytes; allow more to see the other limits.
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--format=json",
            "--max-yaml-aliases=10",
            "--max-depth=4",
            "--max-eval-steps=5",
        ],
    );
    let report = json(&out);
    let yor001 = |path: &str| messages(&report, path, "YOR001").join(" | ");
    assert!(
        yor001("aliases.yaml").contains("--max-yaml-aliases"),
        "{}",
        yor001("aliases.yaml")
    );
    assert!(
        yor001("nested.yaml").contains("nesting deeper than 4 levels (--max-depth)"),
        "{}",
        yor001("nested.yaml")
    );
    assert!(
        messages(&report, "tf/main.tf", "YOR003")
            .join(" ")
            .contains("--max-eval-steps"),
        "{report}"
    );
    // A tiny time budget: every file reports YOR007, partial → exit 3 with --fail-on-partial.
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--format=json",
            "--file-time-budget=0.000000001",
            "--fail-on-partial",
        ],
    );
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let report = json(&out);
    assert!(
        messages(&report, "pod.yaml", "YOR007")
            .iter()
            .any(|m| m.contains("over the per-file time budget")),
        "{report}"
    );
    // The same limits from .yoroi.toml.
    write_str(
        d,
        ".yoroi.toml",
        "[limits]\nmax-file-size = \"100B\"\nmax-depth = 4\nfile-time-budget = 0\n",
    );
    let report = json(&yoroi_in(d, &["scan", "--format=json"]));
    assert!(
        messages(&report, "pod.yaml", "YOR001")
            .join(" ")
            .contains("over the 100 bytes limit"),
        "{report}"
    );
    write_str(
        d,
        ".yoroi.toml",
        "[limits]\nmax-file-size = \"5 parsecs\"\n",
    );
    let out = yoroi_in(d, &["scan"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("max-file-size"), "{}", stderr(&out));
}

/// A module read through its caller only (its directory is excluded from discovery) obeys
/// `--max-file-size` too: over the limit, the module is not analysed rather than read.
#[test]
fn modules_loaded_through_a_caller_obey_the_file_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_str(
        d,
        "root/main.tf",
        "module \"store\" {\n  source = \"./modules/store\"\n}\n",
    );
    let mut module = String::from(
        "resource \"aws_s3_bucket_acl\" \"open\" {\n  bucket = \"b\"\n  acl    = \"public-read\"\n}\n",
    );
    module.push_str(&"# padding\n".repeat(300));
    write_str(d, "root/modules/store/main.tf", &module);
    let scan = |limit: &str| {
        let out = yoroi_in(
            d,
            &[
                "scan",
                "root",
                "--format=json",
                "--exclude=modules",
                "--soft-fail",
                limit,
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        json(&out)
    };
    let in_module = |report: &serde_json::Value| {
        report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["path"] == "root/modules/store/main.tf")
            .count()
    };
    assert!(
        in_module(&scan("--max-file-size=1MB")) > 0,
        "the module is read within the limit"
    );
    let limited = scan("--max-file-size=1kB");
    assert_eq!(in_module(&limited), 0, "{limited}");
    assert!(
        !messages(&limited, "root/main.tf", "YOR002").is_empty(),
        "the call says the module was not analysed: {limited}"
    );
}
