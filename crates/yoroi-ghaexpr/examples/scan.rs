//! Parses every `${{ }}` in the raw text of the `*.yml`/`*.yaml` files under a directory and
//! reports how many parse, the failures, and how many carry tainted values.
//!
//! `cargo run -p yoroi-ghaexpr --example scan -- DIR [--verbose]`

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, out);
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "yml" || e == "yaml") {
            out.push(path);
        }
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rfind('\n').map_or(offset, |nl| offset - nl - 1) + 1;
    (line, col)
}

/// `steps.build.outputs.tag` → `steps.*.outputs.*`, `env.X` → `env.*`, for a short summary.
fn normalize(path: &str) -> String {
    let parts: Vec<&str> = path.split('.').collect();
    match parts.first().copied() {
        Some("steps" | "needs" | "jobs") if parts.len() == 4 => {
            format!("{}.*.{}.*", parts[0], parts[2])
        }
        Some("env" | "matrix" | "inputs" | "vars") if parts.len() >= 2 => format!("{}.*", parts[0]),
        _ => path.to_string(),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let Some(dir) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: scan DIR [--verbose]");
        std::process::exit(2);
    };
    let mut files = Vec::new();
    walk(Path::new(dir), &mut files);
    let (mut total, mut ok) = (0usize, 0usize);
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut levels: BTreeMap<String, usize> = BTreeMap::new();
    let mut paths: BTreeMap<(String, String), usize> = BTreeMap::new();
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for e in yoroi_ghaexpr::find(&text) {
            total += 1;
            match &e.expr {
                Ok(expr) => {
                    ok += 1;
                    for t in yoroi_ghaexpr::taint(expr) {
                        *levels.entry(format!("{:?}", t.level)).or_default() += 1;
                        let key = (format!("{:?}", t.level), normalize(&t.path.to_string()));
                        *paths.entry(key).or_default() += 1;
                    }
                }
                Err(err) => {
                    let kind = format!("{:?}", err.kind);
                    let kind = kind.split(['(', ' ']).next().unwrap_or("").to_string();
                    *by_kind.entry(kind).or_default() += 1;
                    let (line, col) = line_col(&text, err.span.start);
                    let snippet: String =
                        text[e.span.start..e.span.end.min(e.span.start + 120)].replace('\n', "⏎");
                    println!("{}:{line}:{col}: {err}\n    {snippet}", file.display());
                }
            }
        }
    }
    println!(
        "\n{} files, {total} expressions, {ok} parsed, {} failed",
        files.len(),
        total - ok
    );
    for (kind, n) in &by_kind {
        println!("  failed {kind}: {n}");
    }
    for (level, n) in &levels {
        println!("  flows of {level} values: {n}");
    }
    if verbose {
        for ((level, path), n) in &paths {
            println!("  {level} {path}: {n}");
        }
    }
}
