//! The `yoroi` command line: argument parsing, output routing and exit codes. The `yoroi`
//! binary (the workspace root package) calls [`main`].
//!
//! Exit codes: 0 nothing at or above `--fail-on`; 1 findings at or above it; 2 usage, config or
//! I/O error. `--soft-fail` turns 1 into 0 and still writes every report.

mod commands;
mod discover;
mod fixing;
mod helm;
mod kustomize;
mod new_since;
mod output;
mod scan;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (rule catalog ",
    env!("CARGO_PKG_VERSION"),
    ")"
);

/// A fast linter for Dockerfiles, Terraform and Kubernetes manifests.
#[derive(Debug, Parser)]
#[command(
    name = "yoroi",
    version = VERSION,
    about = "A fast linter for Dockerfiles, Terraform and Kubernetes manifests",
    max_term_width = 100
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Scan files and directories (default: the current directory).
    Scan(Box<ScanArgs>),
    /// Print the objects yoroi builds from a kustomization directory (the multi-document YAML
    /// that `kustomize build` prints, with `# Source:` comments), so that you can see what a
    /// scan checks. Problems go to standard error; exit 1 when the build was incomplete.
    Render {
        /// A directory holding `kustomization.yaml`, `kustomization.yml` or `Kustomization`, or
        /// a Helm chart (a directory holding `Chart.yaml`).
        #[arg(value_name = "PATH")]
        path: PathBuf,
        /// A Helm values file (relative to the working directory). Repeatable.
        #[arg(long = "values", short = 'f', value_name = "FILE")]
        values: Vec<PathBuf>,
        /// A Helm value, `key=value`. Repeatable.
        #[arg(long = "set", value_name = "KEY=VALUE")]
        set: Vec<String>,
        /// The release name (`.Release.Name`).
        #[arg(long, value_name = "NAME")]
        release_name: Option<String>,
        /// The release namespace (`.Release.Namespace`).
        #[arg(long, value_name = "NS")]
        namespace: Option<String>,
        /// The Kubernetes version charts see (`.Capabilities.KubeVersion`).
        #[arg(long, value_name = "VERSION")]
        kube_version: Option<String>,
    },
    /// List the rules.
    Rules {
        /// table, json or markdown.
        #[arg(long, short = 'f', value_enum, default_value_t = RulesFormat::Table)]
        format: RulesFormat,
        /// Also load rule folders from this directory.
        #[arg(long = "checks-dir", value_name = "DIR")]
        checks_dirs: Vec<PathBuf>,
    },
    /// Rewrite Checkov, tfsec/Trivy, hadolint, kube-linter, kube-score and Polaris inline
    /// suppressions into yoroi's syntax (prints what would change unless --write).
    Migrate {
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Change the files.
        #[arg(long)]
        write: bool,
        #[arg(long = "checks-dir", value_name = "DIR")]
        checks_dirs: Vec<PathBuf>,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions { shell: clap_complete::Shell },
    /// Print the man page (roff) to standard output.
    Man,
    /// Write a commented starter `.yoroi.toml` in the current directory.
    Init {
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Combine the SARIF reports of several `scan --shard K/N` runs into one SARIF run.
    MergeSarif {
        /// SARIF files written by `yoroi scan --format sarif`.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Write the merged log here instead of standard output.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Run the language server on standard input and output (for editors: diagnostics, fixes,
    /// suppressions and rule docs on hover; see editors/ in the repository).
    Lsp,
    /// Show a rule's documentation.
    Explain {
        /// Rule id (DKR001) or name (root-user).
        rule: String,
        #[arg(long = "checks-dir", value_name = "DIR")]
        checks_dirs: Vec<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RulesFormat {
    Table,
    Json,
    Markdown,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ShowHelpChoice {
    Always,
    Once,
    Never,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, clap::Args)]
struct ScanArgs {
    /// Files or directories to scan; `-` reads standard input (needs --stdin-filename).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format: human, concise, json, sarif, junit, checkstyle, gitlab, github or
    /// markdown; `FORMAT=FILE` writes it to a file. Repeatable.
    #[arg(long, short = 'f', value_name = "FORMAT[=FILE]", value_delimiter = ',')]
    format: Vec<String>,
    /// Write the format given without `=FILE` to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit 1 when a finding is at or above this severity [default: low].
    #[arg(long, value_name = "SEVERITY", value_parser = parse_severity)]
    fail_on: Option<yoroi_checks::Severity>,
    /// Use this config file instead of the nearest `.yoroi.toml`.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Report everything but exit 0 unless yoroi itself failed.
    #[arg(long)]
    soft_fail: bool,
    /// Run only rules at or above this severity.
    #[arg(long, value_name = "SEVERITY", value_parser = parse_severity)]
    severity: Option<yoroi_checks::Severity>,
    /// Run only these rules (ids or names). Repeatable, comma-separated.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    rule: Vec<String>,
    /// Do not run these rules. Repeatable, comma-separated.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    skip_rule: Vec<String>,
    /// Run only the rules of these profiles (pss-baseline, pss-restricted, cis-kubernetes,
    /// kube-apiserver, kube-controller-manager, kube-scheduler, etcd, kubelet). Repeatable,
    /// comma-separated.
    #[arg(long, value_name = "NAME", value_delimiter = ',')]
    profile: Vec<String>,
    /// Compliance view: run the rules of a benchmark and report every control as pass, fail,
    /// not applicable or manual (cis-docker, cis-kubernetes, pss-baseline, pss-restricted,
    /// cis-aws, cis-azure, cis-gcp). Shapes the human, json and markdown formats.
    #[arg(long, value_name = "NAME")]
    benchmark: Option<String>,
    /// Where the pod spec of a custom resource kind is, as `Kind=dotted.path`
    /// (e.g. `Workflow=spec.podTemplate.spec`). Repeatable.
    #[arg(long = "pod-spec-path", value_name = "KIND=PATH")]
    pod_spec_paths: Vec<String>,
    /// Only scan discovered files matching these globs.
    #[arg(long, value_name = "GLOB")]
    include: Vec<String>,
    /// Skip discovered files matching these globs.
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,
    /// The file name that decides the type of standard input (e.g. `Dockerfile`, `main.tf`).
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<String>,
    /// Load extra rule folders (the same format as the built-in catalog).
    #[arg(long = "checks-dir", value_name = "DIR")]
    checks_dirs: Vec<PathBuf>,
    /// A Terraform variable file applied to every root module, after its own tfvars. Repeatable.
    #[arg(long = "var-file", value_name = "FILE")]
    var_files: Vec<PathBuf>,
    /// A Terraform variable, `NAME=VALUE`; wins over variable files. Repeatable.
    #[arg(long = "var", value_name = "NAME=VALUE")]
    vars: Vec<String>,
    /// A values file applied to every Helm chart scanned (relative to the working directory),
    /// as one more values set after the chart's defaults. Repeatable.
    #[arg(long = "values", value_name = "FILE")]
    helm_values: Vec<PathBuf>,
    /// A Helm value, `key=value` as `helm --set` takes it, in the same values set. Repeatable.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    helm_set: Vec<String>,
    /// Report only findings on lines changed since this git revision (uses `git` from PATH).
    #[arg(long, value_name = "GIT_REF")]
    new_since: Option<String>,
    /// Exit 3 when some files could not be analysed (parse or read errors).
    #[arg(long)]
    fail_on_partial: bool,
    /// Record the current findings in FILE (a baseline for `--baseline`).
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Report, as info, every place where an unknown value kept a rule from deciding.
    #[arg(long)]
    strict_unknown: bool,
    /// Most instances checked per Terraform `count`/`for_each` block [default: 10000].
    #[arg(long, value_name = "N")]
    max_instances: Option<usize>,
    /// Apply the safe fixes findings offer, re-scan until nothing changes, and report what
    /// remains.
    #[arg(long)]
    fix: bool,
    /// Print the fixes as a unified diff instead of writing them (exit 1 when there is one).
    #[arg(long)]
    diff: bool,
    /// With --fix or --diff, also apply fixes that may change behaviour.
    #[arg(long)]
    unsafe_fixes: bool,
    /// Larger files are reported (YOR001), not read: bytes, or with a unit (`512kB`, `5MB`,
    /// `1GB`) [default: 5MB].
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_file_size: Option<u64>,
    /// Nodes that YAML alias expansion may create per document [default: 100000].
    #[arg(long, value_name = "N")]
    max_yaml_aliases: Option<usize>,
    /// Deepest nesting of YAML mappings and sequences (at most 10000) [default: 256].
    #[arg(long, value_name = "N")]
    max_depth: Option<usize>,
    /// Expression evaluations per Terraform root module [default: 20000000].
    #[arg(long, value_name = "N")]
    max_eval_steps: Option<u64>,
    /// Seconds one file (or Terraform root module) may take before its remaining checks are
    /// skipped and reported (YOR007); 0 turns it off [default: 30].
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    file_time_budget: Option<f64>,
    /// Colour in human output (`auto` also honours `NO_COLOR`).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Scan only shard K of N (`2/4`): discovered files and Terraform root modules are split
    /// deterministically, a module with its local modules stays whole. Combine the shards'
    /// SARIF with `yoroi merge-sarif`.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    shard: Option<Shard>,
    /// After the findings, a table of how often each rule fired and how many findings have a fix
    /// (in the JSON report as `statistics`).
    #[arg(long)]
    statistics: bool,
    /// When the human format prints a rule's help and docs link: with every finding, with the
    /// rule's first finding only, or never.
    #[arg(long, value_enum, default_value_t = ShowHelpChoice::Once)]
    show_help: ShowHelpChoice,
    /// Print findings only: no summary line, no progress bar.
    #[arg(long, short = 'q', conflicts_with = "verbose")]
    quiet: bool,
    /// Also print what was discovered and how long each phase took (on standard error).
    #[arg(long, short = 'v')]
    verbose: bool,
}

/// One shard of a split scan: `index` counts from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

fn parse_shard(s: &str) -> Result<Shard, String> {
    let (k, n) = s
        .split_once('/')
        .ok_or_else(|| format!("`{s}` is not K/N (e.g. 1/4)"))?;
    let index: usize = k
        .trim()
        .parse()
        .map_err(|_| format!("`{k}` is not a shard number"))?;
    let count: usize = n
        .trim()
        .parse()
        .map_err(|_| format!("`{n}` is not a shard count"))?;
    if count == 0 || index == 0 || index > count {
        return Err(format!("shard {index}/{count}: K must be between 1 and N"));
    }
    Ok(Shard { index, count })
}

/// `5242880`, `512k`, `512kB`, `5M`, `5MB`, `5MiB`, `1G`: binary multiples, as file sizes are.
fn parse_size(s: &str) -> Result<u64, String> {
    yoroi_project::files::parse_size(s)
}

fn parse_seconds(s: &str) -> Result<f64, String> {
    match s.trim().trim_end_matches('s').parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(format!("`{s}` is not a number of seconds")),
    }
}

fn parse_severity(s: &str) -> Result<yoroi_checks::Severity, String> {
    yoroi_checks::Severity::parse(s)
        .ok_or_else(|| format!("`{s}` is not one of critical, high, medium, low, info"))
}

/// An error that ends the run with exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Project(#[from] yoroi_project::ProjectError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read standard input: {0}")]
    Stdin(std::io::Error),
}

/// Runs the `yoroi` command line: parses the arguments, runs the command, returns the exit code.
pub fn main() -> ExitCode {
    main_with_args(std::env::args_os())
}

/// As [`main`], with the arguments given (the first is the program name). The benchmarks run
/// scans in-process through this.
pub fn main_with_args<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = Cli::parse_from(args);
    // Deep but legal inputs recurse in a few places (dropping nested trees, the HCL parser):
    // give worker threads room. Failure only means rayon was already initialised.
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(32 * 1024 * 1024)
        .build_global();
    let result = match cli.command {
        Command::Scan(args) => commands::scan(*args),
        Command::Render {
            path,
            values,
            set,
            release_name,
            namespace,
            kube_version,
        } => {
            if path.join("Chart.yaml").is_file() {
                let mut opts = yoroi_helm::RenderOptions {
                    values_files: values,
                    set,
                    ..yoroi_helm::RenderOptions::default()
                };
                if let Some(name) = release_name {
                    opts.release_name = name;
                }
                if let Some(namespace) = namespace {
                    opts.namespace = namespace;
                }
                if let Some(version) = kube_version {
                    opts.kube_version = version;
                }
                helm::render(&path, &opts)
            } else {
                kustomize::render(&path)
            }
        }
        Command::Rules {
            format,
            checks_dirs,
        } => commands::rules(format, &checks_dirs),
        Command::MergeSarif { files, output } => commands::merge_sarif(&files, output.as_deref()),
        Command::Explain { rule, checks_dirs } => commands::explain(&rule, &checks_dirs),
        Command::Init { force } => commands::init(force),
        Command::Lsp => yoroi_lsp::run_stdio()
            .map(|()| 0)
            .map_err(|e| CliError::Usage(format!("language server: {e}"))),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "yoroi", &mut std::io::stdout());
            Ok(0)
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            match clap_mangen::Man::new(command).render(&mut out) {
                Ok(()) => {
                    use std::io::Write;
                    let _ = std::io::stdout().write_all(&out);
                    Ok(0)
                }
                Err(e) => Err(CliError::Usage(format!("cannot render the man page: {e}"))),
            }
        }
        Command::Migrate {
            paths,
            write,
            checks_dirs,
        } => commands::migrate(&paths, write, &checks_dirs),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}
