//! Full scans (discover, read, parse, evaluate, check, render JSON) per format, in-process:
//! `cargo bench -p yoroi-bench --bench scan` (1,000 files of each format and 10,000 mixed).
//! Peak memory and the 100,000-file corpus are measured by `yoroi-bench all` (child processes).
//! `cargo test --benches` runs it on 40 files.

use std::ffi::OsStr;
use std::path::PathBuf;
use std::time::Instant;
use yoroi_bench::{Mix, generate};

fn main() {
    let quick = std::env::args().any(|a| a == "--test");
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-scan");
    let cases: Vec<(Mix, usize)> = if quick {
        vec![(Mix::Mixed, 40)]
    } else {
        vec![
            (Mix::Dockerfile, 1_000),
            (Mix::Kubernetes, 1_000),
            (Mix::Terraform, 1_000),
            (Mix::Mixed, 1_000),
            (Mix::Mixed, 10_000),
        ]
    };
    for (mix, size) in cases {
        let dir = root.join(format!("{}-{size}", mix.name()));
        let _ = std::fs::remove_dir_all(&dir);
        let stats = match generate(&dir, size, mix, 1) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{}: {e}", dir.display());
                std::process::exit(2);
            }
        };
        let mut best = f64::MAX;
        for _ in 0..if quick { 1 } else { 3 } {
            let start = Instant::now();
            let args: [&OsStr; 6] = [
                OsStr::new("yoroi"),
                OsStr::new("scan"),
                dir.as_os_str(),
                OsStr::new("--format=json"),
                OsStr::new("--output=/dev/null"),
                OsStr::new("--soft-fail"),
            ];
            let _ = yoroi_cli::main_with_args(args);
            best = best.min(start.elapsed().as_secs_f64());
        }
        println!(
            "scan {:<11} {size:>6} files {:>6.1} MB: {:>8.1} ms {:>7.0} µs/file",
            mix.name(),
            stats.bytes as f64 / 1e6,
            best * 1e3,
            best * 1e6 / stats.files.max(1) as f64
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
