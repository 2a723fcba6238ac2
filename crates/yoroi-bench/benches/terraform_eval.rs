//! Terraform evaluation on generated modules: `cargo bench -p yoroi-bench --bench terraform_eval`.
//!
//! Targets (docs/performance.md): a module with 5,000 resources and 2,000 locals evaluates in
//! under 1 s; a 10,000-instance `for_each` stays linear. Prints the best of several runs.

use std::path::PathBuf;
use std::time::{Duration, Instant};
use yoroi_bench::large_module;
use yoroi_syntax::terraform::ParsedModule;
use yoroi_syntax::terraform::eval::{EvalContext, EvalLimits, NoLoader, RootInputs, evaluate_root};
use yoroi_syntax::{FileKind, SourceFile};

fn wide_for_each(instances: usize) -> String {
    format!(
        "locals {{\n  names = [for i in range({}) : \"bucket-${{i}}\"]\n}}\nresource \"aws_s3_bucket\" \"many\" {{\n  for_each = toset(local.names)\n  bucket   = each.key\n  tags     = {{ Name = each.value }}\n}}\n",
        instances
    )
}

fn best_of(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut n = 0;
    for _ in 0..runs {
        let t = Instant::now();
        n = f();
        best = best.min(t.elapsed());
    }
    (best, n)
}

fn bench(name: &str, text: &str) {
    let files = vec![SourceFile::new(
        "main.tf",
        FileKind::Terraform,
        text.to_string(),
    )];
    let (parse, _) = best_of(5, || {
        ParsedModule::parse(PathBuf::from("."), files.clone())
            .files
            .len()
    });
    let parsed = ParsedModule::parse(PathBuf::from("."), files.clone());
    let (eval, blocks) = best_of(5, || {
        let ctx = EvalContext::new(&NoLoader, EvalLimits::default());
        evaluate_root(&parsed, &RootInputs::default(), &ctx)
            .blocks
            .len()
    });
    println!(
        "{name:<40} {:>8.2} MB  parse {:>8.1} ms  evaluate {:>8.1} ms  ({blocks} blocks)",
        text.len() as f64 / 1e6,
        parse.as_secs_f64() * 1e3,
        eval.as_secs_f64() * 1e3
    );
}

fn main() {
    // `cargo test --benches` runs bench targets with `--bench`; keep that fast.
    let quick = std::env::args().any(|a| a == "--test");
    if quick {
        bench("5 resources / 2 locals", &large_module(5, 2));
        return;
    }
    bench("500 resources / 200 locals", &large_module(500, 200));
    bench("5,000 resources / 2,000 locals", &large_module(5000, 2000));
    bench("for_each over 10,000 keys", &wide_for_each(10_000));
}
