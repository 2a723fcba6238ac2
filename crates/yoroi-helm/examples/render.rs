//! Renders a chart like `helm template`: `cargo run -p yoroi-helm --example render -- DIR [-f FILE]... [--set A=B]...`
//! Prints the manifests with `# Source:` lines, and the diagnostics on stderr.

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = None;
    let mut opts = yoroi_helm::RenderOptions::default();
    while let Some(a) = args.next() {
        match a.as_str() {
            "-f" | "--values" => opts.values_files.extend(args.next().map(PathBuf::from)),
            "--set" => opts.set.extend(args.next()),
            "--set-string" => opts.set_string.extend(args.next()),
            "--kube-version" => opts.kube_version = args.next().unwrap_or_default(),
            "--no-crds" => opts.include_crds = false,
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let Some(dir) = dir else {
        eprintln!("usage: render DIR [-f FILE]... [--set A=B]...");
        std::process::exit(2);
    };
    let fs = match yoroi_helm::DiskFs::new(&dir) {
        Ok(fs) => fs,
        Err(e) => {
            eprintln!("{}: {e}", dir.display());
            std::process::exit(2);
        }
    };
    let out = yoroi_helm::render(std::path::Path::new(""), &fs, &opts);
    let mut text = String::new();
    for m in &out.manifests {
        text.push_str(&format!("---\n# Source: {}\n{}\n", m.source, m.text));
    }
    print!("{text}");
    let mut failed = false;
    for d in &out.diagnostics {
        eprintln!("{:?}: {}: {}", d.kind, d.file, d.message);
        failed |= !matches!(d.kind, yoroi_helm::DiagnosticKind::Note);
    }
    if failed {
        std::process::exit(1);
    }
}
