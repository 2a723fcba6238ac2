//! Checks rule folders read from `checks/` on disk, without rebuilding the embedded catalog:
//! every example fires exactly where marked, and the catalog (with its Rust rules) loads.
//!
//! ```sh
//! export YOROI_NO_EMBEDDED_CATALOG=1 CARGO_TARGET_DIR=target/rules
//! cargo run -q -p yoroi-checks --example check-rules -- AZR1 GCP0   # folders whose name holds a filter
//! ```
//!
//! The catalog test (`cargo test -p yoroi-checks --test catalog`) stays the gate; this is the
//! quick loop while writing rules.

use std::path::Path;
use std::sync::Arc;

use yoroi_checks::Catalog;

fn main() {
    let filters: Vec<String> = std::env::args().skip(1).collect();
    let checks = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../checks");
    let mut catalog = Catalog::default();
    if let Err(e) = catalog.load_dir(&checks) {
        eprintln!("the catalog does not load: {e}");
        std::process::exit(1);
    }
    let catalog = Arc::new(catalog);
    let mut checked = 0;
    let mut problems = Vec::new();
    for rule in &catalog.rules {
        if !filters.is_empty() && !filters.iter().any(|f| rule.dir.contains(f.as_str())) {
            continue;
        }
        checked += 1;
        problems.extend(yoroi_checks::testing::check_examples(&catalog, rule));
    }
    for p in &problems {
        println!("{p}");
    }
    println!(
        "{checked} rule(s) checked, {} problem(s), {} rules in the catalog",
        problems.len(),
        catalog.rules.len()
    );
    if !problems.is_empty() {
        std::process::exit(1);
    }
}
