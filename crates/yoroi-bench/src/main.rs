//! `yoroi-bench`: generates deterministic corpora and measures yoroi on them.
//!
//! ```text
//! yoroi-bench generate DIR --files N [--mix mixed|terraform|kubernetes|dockerfile] [--seed S]
//! yoroi-bench large DIR [--lines N]     # one big manifest, one big .tf, a 5,000-resource module
//! yoroi-bench parse DIR                 # parse-only, per format, single-threaded
//! yoroi-bench scan DIR [--runs N] [-- YOROI-ARGS…]   # full scans in a child process: wall, peak RSS
//! yoroi-bench corpus [PATH] [--out DIR] [--runs N] [--check]   # a real corpus, SARIF to a file
//! yoroi-bench compose-corpus [PATH] [--runs N] [--check]       # real compose files, JSON
//! yoroi-bench helm-corpus [PATH] [--runs N] [--check]          # real Helm charts, rendered, JSON
//! yoroi-bench all [--out DIR] [--sizes 1000,10000,100000] [--runs N] [--corpus PATH]
//!                 [--compose-corpus PATH] [--helm-corpus PATH]
//! ```
//!
//! `all` is what `docs/performance.md` reports; every corpus goes under `target/bench/` unless
//! `--out` says otherwise.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};
use yoroi_bench::{Mix, generate, large_manifest, large_module, large_terraform, measure};

// The same allocator as the `yoroi` binary (see src/main.rs): the scans timed here run in a child
// of this executable, so they must allocate the way a user's scan does.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: u64 = 20_261_126;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("generate") => cmd_generate(&args[1..]),
        Some("large") => cmd_large(&args[1..]),
        Some("parse") => cmd_parse(&args[1..]),
        Some("scan") => cmd_scan(&args[1..]),
        Some("corpus") => cmd_corpus(&args[1..]),
        Some("compose-corpus") => cmd_real_corpus(&COMPOSE_CORPUS, &args[1..]),
        Some("helm-corpus") => cmd_real_corpus(&HELM_CORPUS, &args[1..]),
        Some("all") => cmd_all(&args[1..]),
        // The child of `scan`: one scan in this process, then the peak RSS on stderr.
        Some("__scan") => {
            let code = yoroi_cli::main_with_args(
                std::iter::once("yoroi".to_string()).chain(args[1..].iter().cloned()),
            );
            eprintln!(
                "yoroi-bench-peak-rss-kb {}",
                measure::peak_rss_kb().unwrap_or(0)
            );
            return code;
        }
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("yoroi-bench: {message}");
            ExitCode::from(2)
        }
    }
}

const USAGE: &str = "usage: yoroi-bench generate DIR --files N [--mix M] [--seed S] | large DIR [--lines N] | parse DIR | scan DIR [--runs N] [-- ARGS] | corpus [PATH] [--out DIR] [--runs N] [--check] | compose-corpus [PATH] [--runs N] [--check] | helm-corpus [PATH] [--runs N] [--check] | all [--out DIR] [--sizes A,B,C] [--runs N] [--corpus PATH] [--compose-corpus PATH] [--helm-corpus PATH] [--check]";

/// `--name value` from a list of arguments.
fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn number(args: &[String], name: &str, default: usize) -> Result<usize, String> {
    match flag(args, name) {
        Some(v) => v
            .replace('_', "")
            .parse()
            .map_err(|_| format!("{name} {v}: not a number")),
        None => Ok(default),
    }
}

fn positional(args: &[String]) -> Result<PathBuf, String> {
    args.first()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .ok_or_else(|| USAGE.to_string())
}

fn cmd_generate(args: &[String]) -> Result<(), String> {
    let dir = positional(args)?;
    let files = number(args, "--files", 1000)?;
    let mix = match flag(args, "--mix") {
        Some(m) => Mix::parse(m).ok_or_else(|| format!("--mix {m}: unknown"))?,
        None => Mix::Mixed,
    };
    let seed = number(args, "--seed", SEED as usize)? as u64;
    let stats = generate(&dir, files, mix, seed).map_err(|e| format!("{}: {e}", dir.display()))?;
    println!(
        "{}: {} files, {:.1} MB ({} Terraform, {} Kubernetes, {} Dockerfiles)",
        dir.display(),
        stats.files,
        stats.bytes as f64 / 1e6,
        stats.terraform,
        stats.kubernetes,
        stats.dockerfiles
    );
    Ok(())
}

fn cmd_large(args: &[String]) -> Result<(), String> {
    let dir = positional(args)?;
    let lines = number(args, "--lines", 50_000)?;
    write_large(&dir, lines)?;
    println!(
        "{}: big.yaml, big-tf/main.tf ({lines} lines each), module-5000/main.tf",
        dir.display()
    );
    Ok(())
}

fn write_large(dir: &Path, lines: usize) -> Result<(), String> {
    let put = |path: PathBuf, text: String| -> Result<(), String> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    put(dir.join("big-yaml/big.yaml"), large_manifest(lines, SEED))?;
    put(dir.join("big-tf/main.tf"), large_terraform(lines, SEED))?;
    put(dir.join("module-5000/main.tf"), large_module(5000, 2000))
}

fn cmd_parse(args: &[String]) -> Result<(), String> {
    let dir = positional(args)?;
    let loaded = measure::load(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    println!("| format | files | MB | parse | µs/file | MB/s |\n|---|---:|---:|---:|---:|---:|");
    for (name, pass) in parse_passes(&loaded) {
        print_pass(name, &pass);
    }
    Ok(())
}

fn parse_passes(loaded: &measure::Loaded) -> Vec<(&'static str, measure::Pass)> {
    vec![
        (
            "dockerfile",
            measure::parse_dockerfiles(&loaded.dockerfiles),
        ),
        ("kubernetes", measure::parse_yaml(&loaded.yaml)),
        ("terraform", measure::parse_terraform(&loaded.terraform)),
    ]
}

fn print_pass(name: &str, pass: &measure::Pass) {
    if pass.files == 0 {
        return;
    }
    println!(
        "| {name} | {} | {:.1} | {} | {:.0} | {:.1} |",
        pass.files,
        pass.bytes as f64 / 1e6,
        ms(pass.time),
        pass.per_file_us(),
        pass.mb_per_s()
    );
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1e3)
}

/// One full scan in a child process: wall time and peak RSS (kB).
fn scan_once(target: &Path, extra: &[String]) -> Result<(Duration, u64), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut command = Command::new(exe);
    command.arg("__scan").arg("scan").arg(target);
    if extra.is_empty() {
        command.args(["--format", "json", "--output", "/dev/null", "--soft-fail"]);
    } else {
        command.args(extra);
    }
    let start = Instant::now();
    let output = command.output().map_err(|e| e.to_string())?;
    let wall = start.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let rss = stderr
        .lines()
        .find_map(|l| l.strip_prefix("yoroi-bench-peak-rss-kb "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    match output.status.code() {
        Some(0 | 1 | 3) => Ok((wall, rss)),
        _ => Err(format!(
            "scan of {} failed: {}",
            target.display(),
            stderr.trim()
        )),
    }
}

/// The best wall time of `runs` scans and the largest peak RSS.
fn scan_best(target: &Path, runs: usize, extra: &[String]) -> Result<(Duration, u64), String> {
    let mut best = Duration::MAX;
    let mut rss = 0;
    for _ in 0..runs.max(1) {
        let (wall, peak) = scan_once(target, extra)?;
        best = best.min(wall);
        rss = rss.max(peak);
    }
    Ok((best, rss))
}

/// The median wall time of `runs` scans and the largest peak RSS.
fn scan_median(target: &Path, runs: usize, extra: &[String]) -> Result<(Duration, u64), String> {
    let mut walls = Vec::new();
    let mut rss = 0;
    for _ in 0..runs.max(1) {
        let (wall, peak) = scan_once(target, extra)?;
        walls.push(wall);
        rss = rss.max(peak);
    }
    walls.sort();
    Ok((walls[walls.len() / 2], rss))
}

/// Runs whose median the real-corpus target is judged on.
const CORPUS_RUNS: usize = 5;

/// The real corpus to measure: `--corpus PATH` (or the positional path of `corpus`), else
/// `YOROI_BENCH_CORPUS`, else `../shared/corpus` when it exists. `None` when none is there: a
/// checkout without the corpus skips the measurement rather than failing.
fn corpus_path(explicit: Option<&str>) -> Option<PathBuf> {
    let path = match explicit {
        Some(path) => PathBuf::from(path),
        None => match std::env::var_os("YOROI_BENCH_CORPUS") {
            Some(path) => PathBuf::from(path),
            None => PathBuf::from("../shared/corpus"),
        },
    };
    path.is_dir().then_some(path)
}

/// The whole real corpus scanned with SARIF written to a file (the slowest output format):
/// median wall of the runs and peak RSS, judged against issue #20's limits.
fn measure_corpus(
    explicit: Option<&str>,
    out: &Path,
    runs: usize,
    targets: &mut Targets,
) -> Result<(), String> {
    let Some(corpus) = corpus_path(explicit) else {
        let shown = explicit.map_or_else(
            || "$YOROI_BENCH_CORPUS or ../shared/corpus".to_string(),
            str::to_string,
        );
        println!("shared corpus, SARIF to a file: skipped: corpus not found ({shown})");
        return Ok(());
    };
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let sarif = out.join("shared-corpus.sarif");
    let extra = [
        "--format".to_string(),
        format!("sarif={}", sarif.display()),
        "--soft-fail".to_string(),
    ];
    let (wall, rss) = scan_median(&corpus, runs, &extra)?;
    let mb = rss as f64 / 1024.0;
    println!("| corpus | output | runs | median wall | peak RSS |\n|---|---|---:|---:|---:|");
    println!(
        "| {} | SARIF to a file | {} | {} | {mb:.0} MB |",
        corpus.display(),
        runs.max(1),
        ms(wall)
    );
    targets.at_most(
        "shared corpus, SARIF to a file: median wall",
        wall.as_secs_f64(),
        0.85,
        "s",
    );
    targets.at_most("shared corpus, SARIF to a file: peak RSS", mb, 300.0, "MB");
    Ok(())
}

/// A folder of real files scanned whole with every rule, judged against a wall-time limit:
/// compose files (issue #23: merging, interpolation, `extends` across files) and Helm charts
/// (issue #21: each chart rendered in-process, then checked).
struct RealCorpus {
    name: &'static str,
    env: &'static str,
    default: &'static str,
    limit_s: f64,
}

const COMPOSE_CORPUS: RealCorpus = RealCorpus {
    name: "compose corpus",
    env: "YOROI_BENCH_COMPOSE_CORPUS",
    default: "../shared/corpus-compose",
    limit_s: 0.3,
};

const HELM_CORPUS: RealCorpus = RealCorpus {
    name: "helm corpus",
    env: "YOROI_BENCH_HELM_CORPUS",
    default: "../shared/corpus-helm",
    limit_s: 1.0,
};

/// Scans `PATH`, else the corpus's environment variable, else its default folder when it
/// exists, `runs` times, JSON to /dev/null; prints the median wall and peak RSS.
fn measure_real_corpus(
    corpus: &RealCorpus,
    explicit: Option<&str>,
    runs: usize,
    targets: &mut Targets,
) -> Result<(), String> {
    let path = match explicit {
        Some(path) => PathBuf::from(path),
        None => std::env::var_os(corpus.env)
            .map_or_else(|| PathBuf::from(corpus.default), PathBuf::from),
    };
    if !path.is_dir() {
        println!("{}: skipped: not found ({})", corpus.name, path.display());
        return Ok(());
    }
    let extra = [
        "--format".to_string(),
        "json".to_string(),
        "--output".to_string(),
        "/dev/null".to_string(),
        "--soft-fail".to_string(),
    ];
    let (wall, rss) = scan_median(&path, runs, &extra)?;
    println!(
        "| {} | output | runs | median wall | peak RSS |\n|---|---|---:|---:|---:|",
        corpus.name
    );
    println!(
        "| {} | JSON | {} | {} | {:.0} MB |",
        path.display(),
        runs.max(1),
        ms(wall),
        rss as f64 / 1024.0
    );
    targets.at_most(
        &format!("{}: median wall", corpus.name),
        wall.as_secs_f64(),
        corpus.limit_s,
        "s",
    );
    Ok(())
}

fn cmd_real_corpus(corpus: &RealCorpus, args: &[String]) -> Result<(), String> {
    let explicit = args
        .first()
        .filter(|a| !a.starts_with("--"))
        .map(String::as_str);
    let runs = number(args, "--runs", CORPUS_RUNS)?;
    let mut targets = Targets::default();
    measure_real_corpus(corpus, explicit, runs, &mut targets)?;
    if targets.rows.is_empty() {
        return Ok(());
    }
    targets.report(args.iter().any(|a| a == "--check"))
}

fn cmd_corpus(args: &[String]) -> Result<(), String> {
    let explicit = args
        .first()
        .filter(|a| !a.starts_with("--"))
        .map(String::as_str);
    let out = flag(args, "--out").map_or_else(|| PathBuf::from("target/bench"), PathBuf::from);
    let runs = number(args, "--runs", CORPUS_RUNS)?;
    let mut targets = Targets::default();
    measure_corpus(explicit, &out, runs, &mut targets)?;
    if targets.rows.is_empty() {
        return Ok(());
    }
    targets.report(args.iter().any(|a| a == "--check"))
}

fn cmd_scan(args: &[String]) -> Result<(), String> {
    let dir = positional(args)?;
    let runs = number(args, "--runs", 3)?;
    let extra: Vec<String> = match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => Vec::new(),
    };
    let (wall, rss) = scan_best(&dir, runs, &extra)?;
    println!(
        "{}: best of {runs}: {}, peak RSS {:.0} MB",
        dir.display(),
        ms(wall),
        rss as f64 / 1024.0
    );
    Ok(())
}

fn cmd_all(args: &[String]) -> Result<(), String> {
    let out = flag(args, "--out").map_or_else(|| PathBuf::from("target/bench"), PathBuf::from);
    let runs = number(args, "--runs", 3)?;
    let sizes: Vec<usize> = match flag(args, "--sizes") {
        Some(list) => list
            .split(',')
            .map(|s| {
                s.replace('_', "")
                    .parse()
                    .map_err(|_| format!("--sizes: {s}"))
            })
            .collect::<Result<_, _>>()?,
        None => vec![1_000, 10_000, 100_000],
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("yoroi-bench all: {cores} cores, best of {runs} runs, seed {SEED}\n");

    println!("## Full scan (child process, `--format json --output /dev/null`)\n");
    println!("| corpus | files | MB | wall | µs/file | peak RSS |\n|---|---:|---:|---:|---:|---:|");
    let mut per_file = Vec::new();
    let mut targets = Targets::default();
    for &size in &sizes {
        for mix in [Mix::Mixed, Mix::Terraform, Mix::Kubernetes, Mix::Dockerfile] {
            // The per-format corpora at the largest size take long to write and say little more.
            if mix != Mix::Mixed && size > 10_000 {
                continue;
            }
            let dir = out.join(format!("{}-{size}", mix.name()));
            let stats = corpus(&dir, size, mix)?;
            let (wall, rss) = scan_best(&dir, if size > 10_000 { 1 } else { runs }, &[])?;
            let us = wall.as_secs_f64() * 1e6 / stats.0.max(1) as f64;
            if mix == Mix::Mixed {
                per_file.push((size, us));
                if size == 10_000 {
                    targets.at_most("10,000 mixed files: wall", wall.as_secs_f64(), 3.0, "s");
                    targets.at_most(
                        "10,000 mixed files: peak RSS",
                        rss as f64 / 1024.0,
                        500.0,
                        "MB",
                    );
                }
            }
            println!(
                "| {} {size} | {} | {:.1} | {} | {us:.0} | {:.0} MB |",
                mix.name(),
                stats.0,
                stats.1 as f64 / 1e6,
                ms(wall),
                rss as f64 / 1024.0
            );
        }
    }
    if let (Some(min), Some(max)) = (
        per_file.iter().map(|p| p.1).reduce(f64::min),
        per_file.iter().map(|p| p.1).reduce(f64::max),
    ) {
        println!(
            "\nmixed corpora: per-file cost ratio max/min = {:.2}",
            max / min
        );
        if per_file.len() > 1 {
            targets.at_most("per-file cost, largest/smallest ratio", max / min, 1.5, "×");
        }
    }

    println!("\n## Parse only (single thread, files already in memory)\n");
    println!(
        "| corpus / format | files | MB | parse | µs/file | MB/s |\n|---|---:|---:|---:|---:|---:|"
    );
    for &size in sizes.iter().filter(|&&s| s <= 10_000) {
        let dir = out.join(format!("mixed-{size}"));
        let loaded = measure::load(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for (name, pass) in parse_passes(&loaded) {
            print_pass(&format!("mixed {size} / {name}"), &pass);
        }
    }

    println!("\n## Single large files and evaluation\n");
    let large = out.join("large");
    write_large(&large, 50_000)?;
    println!("| input | wall | peak RSS |\n|---|---:|---:|");
    for (name, path, limit) in [
        (
            "50,000-line manifest (full scan)",
            large.join("big-yaml/big.yaml"),
            0.3,
        ),
        (
            "50,000-line .tf (full scan)",
            large.join("big-tf/main.tf"),
            0.3,
        ),
        (
            "5,000 resources / 2,000 locals (full scan)",
            large.join("module-5000/main.tf"),
            1.0,
        ),
    ] {
        let (wall, rss) = scan_best(&path, runs, &[])?;
        println!("| {name} | {} | {:.0} MB |", ms(wall), rss as f64 / 1024.0);
        targets.at_most(name, wall.as_secs_f64(), limit, "s");
    }
    let text = large_module(5000, 2000);
    let (_, (parse, eval, blocks)) = measure::best_of(runs, || measure::evaluate_module(&text));
    println!(
        "| 5,000 resources / 2,000 locals: parse {} + evaluate {} ({blocks} blocks) | | |",
        ms(parse),
        ms(eval)
    );

    println!("\n## Real corpus\n");
    measure_corpus(flag(args, "--corpus"), &out, CORPUS_RUNS, &mut targets)?;
    println!();
    measure_real_corpus(
        &COMPOSE_CORPUS,
        flag(args, "--compose-corpus"),
        CORPUS_RUNS,
        &mut targets,
    )?;
    println!();
    measure_real_corpus(
        &HELM_CORPUS,
        flag(args, "--helm-corpus"),
        CORPUS_RUNS,
        &mut targets,
    )?;
    targets.report(args.iter().any(|a| a == "--check"))
}

/// The targets of issues #10 and #20, judged on the measurements of `all` (best of the runs;
/// the real corpus on the median).
#[derive(Default)]
struct Targets {
    rows: Vec<(String, f64, f64, &'static str)>,
}

impl Targets {
    fn at_most(&mut self, name: &str, value: f64, limit: f64, unit: &'static str) {
        self.rows.push((name.to_string(), value, limit, unit));
    }

    /// Prints the table; with `check`, a missed target is an error (exit code 1).
    fn report(&self, check: bool) -> Result<(), String> {
        println!("\n## Targets\n\n| target | measured | limit | |\n|---|---:|---:|---|");
        let mut missed = Vec::new();
        for (name, value, limit, unit) in &self.rows {
            let met = value <= limit;
            println!(
                "| {name} | {value:.2} {unit} | {limit} {unit} | {} |",
                if met { "met" } else { "MISSED" }
            );
            if !met {
                missed.push(name.as_str());
            }
        }
        if check && !missed.is_empty() {
            return Err(format!("targets missed: {}", missed.join(", ")));
        }
        Ok(())
    }
}

/// Generates a corpus unless it is already there (the marker file records the size).
fn corpus(dir: &Path, files: usize, mix: Mix) -> Result<(usize, u64), String> {
    let marker = dir.join(".yoroi-bench");
    if let Ok(text) = std::fs::read_to_string(&marker)
        && let Some((f, b)) = text.trim().split_once(' ')
        && let (Ok(f), Ok(b)) = (f.parse(), b.parse())
    {
        return Ok((f, b));
    }
    let _ = std::fs::remove_dir_all(dir);
    let stats = generate(dir, files, mix, SEED).map_err(|e| format!("{}: {e}", dir.display()))?;
    std::fs::write(&marker, format!("{} {}\n", stats.files, stats.bytes))
        .map_err(|e| format!("{}: {e}", marker.display()))?;
    Ok((stats.files, stats.bytes))
}
