//! Parse-only throughput per format on generated corpora:
//! `cargo bench -p yoroi-bench --bench parse` (1,000 and 10,000 mixed files).
//! `cargo test --benches` runs it on 40 files.

use std::path::PathBuf;
use yoroi_bench::{Mix, generate, measure};

fn main() {
    let quick = std::env::args().any(|a| a == "--test");
    let sizes: &[usize] = if quick { &[40] } else { &[1_000, 10_000] };
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-parse");
    for &size in sizes {
        let dir = root.join(format!("mixed-{size}"));
        let _ = std::fs::remove_dir_all(&dir);
        if let Err(e) = generate(&dir, size, Mix::Mixed, 1) {
            eprintln!("{}: {e}", dir.display());
            std::process::exit(2);
        }
        let loaded = match measure::load(&dir) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("{}: {e}", dir.display());
                std::process::exit(2);
            }
        };
        let runs = if quick { 1 } else { 3 };
        let (_, docker) =
            measure::best_of(runs, || measure::parse_dockerfiles(&loaded.dockerfiles));
        let (_, yaml) = measure::best_of(runs, || measure::parse_yaml(&loaded.yaml));
        let (_, tf) = measure::best_of(runs, || measure::parse_terraform(&loaded.terraform));
        for (name, pass) in [
            ("dockerfile", docker),
            ("kubernetes", yaml),
            ("terraform", tf),
        ] {
            println!(
                "parse {name:<11} {size:>6} corpus: {:>6} files {:>6.1} MB {:>8.1} ms {:>7.0} µs/file {:>6.1} MB/s",
                pass.files,
                pass.bytes as f64 / 1e6,
                pass.time.as_secs_f64() * 1e3,
                pass.per_file_us(),
                pass.mb_per_s()
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
