//! Prints the build of a kustomization directory as YAML (diagnostics on stderr), for comparing
//! with `kustomize build`: `cargo run -p yoroi-kustomize --example build -- DIR [ROOT]`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: build DIR [ROOT]");
        return ExitCode::from(2);
    };
    // Reads are confined to ROOT (default: the filesystem root, i.e. anything the user can read).
    let root = args
        .next()
        .map_or_else(|| PathBuf::from("/"), PathBuf::from);
    let fs = yoroi_kustomize::RealFs::new([root]);
    let dir = std::path::absolute(&dir).unwrap_or(dir);
    let build = yoroi_kustomize::build(&dir, &fs, yoroi_kustomize::Limits::default());
    for d in &build.diagnostics {
        let lc = d.file.lines.line_col(&d.file.text, d.span.start());
        eprintln!(
            "{}:{}:{}: {}: {}",
            d.file.display(),
            lc.line,
            lc.column,
            d.kind.name(),
            d.message
        );
    }
    let roots: Vec<&yoroi_syntax::Node> = build.objects.iter().map(|o| &o.root).collect();
    print!("{}", yoroi_kustomize::to_yaml(&roots));
    if build.diagnostics.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
