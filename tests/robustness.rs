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
