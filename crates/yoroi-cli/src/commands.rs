//! The subcommands.

use crate::discover::{Filters, discover};
use crate::output::{Format, plan};
use crate::{CliError, ColorChoice, RulesFormat, ScanArgs, ShowHelpChoice};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::sync::Arc;
use yoroi_checks::{Catalog, Engine, ParseOptions, Selection};
use yoroi_project::config::{self, Config};
use yoroi_project::policy::{FindingPolicy, path_glob};
use yoroi_report::human::{HumanOptions, ShowHelp};
use yoroi_report::sarif::SarifOptions;
use yoroi_syntax::terraform::eval::{EvalLimits, RootInputs};
use yoroi_syntax::{FileKind, SourceFile};

fn load_catalog(checks_dirs: &[PathBuf]) -> Result<Arc<Catalog>, CliError> {
    Ok(yoroi_project::load_catalog(checks_dirs)?)
}

/// Folds the config file into the arguments: flags win, lists from both apply.
fn merge_config(args: &mut ScanArgs, config: &Config) -> Result<(), CliError> {
    let base = config
        .source
        .as_ref()
        .and_then(|p| p.parent().map(PathBuf::from))
        .unwrap_or_default();
    let rel = |p: &PathBuf| {
        if p.is_absolute() {
            p.clone()
        } else {
            base.join(p)
        }
    };
    if args.format.is_empty() {
        args.format = config.format.clone();
    }
    let severity = |s: &Option<String>| s.as_deref().and_then(yoroi_checks::Severity::parse);
    args.fail_on = args.fail_on.or(severity(&config.fail_on));
    args.severity = args.severity.or(severity(&config.severity));
    args.soft_fail |= config.soft_fail.unwrap_or(false);
    args.strict_unknown |= config.strict_unknown.unwrap_or(false);
    if args.profile.is_empty() {
        args.profile = config.profiles.clone();
    }
    let mut dirs: Vec<PathBuf> = config.checks_dirs.iter().map(rel).collect();
    dirs.append(&mut args.checks_dirs);
    args.checks_dirs = dirs;
    let mut var_files: Vec<PathBuf> = config.terraform.var_files.iter().map(rel).collect();
    var_files.append(&mut args.var_files);
    args.var_files = var_files;
    args.max_instances = args.max_instances.or(config.terraform.max_instances);
    let limits = &config.limits;
    if args.max_file_size.is_none() {
        args.max_file_size = match &limits.max_file_size {
            Some(config::Size::Bytes(n)) => Some(*n),
            Some(config::Size::Text(t)) => {
                Some(yoroi_project::files::parse_size(t).map_err(CliError::Usage)?)
            }
            None => None,
        };
    }
    args.max_yaml_aliases = args.max_yaml_aliases.or(limits.max_yaml_aliases);
    args.max_depth = args.max_depth.or(limits.max_depth);
    args.max_eval_steps = args.max_eval_steps.or(limits.max_eval_steps);
    args.file_time_budget = args
        .file_time_budget
        .or(limits.file_time_budget.map(config::Seconds::get));
    let mut pod_paths = config.kubernetes.pod_spec_paths.clone();
    pod_paths.append(&mut args.pod_spec_paths);
    args.pod_spec_paths = pod_paths;
    for rule in config.paths.iter().filter(|p| p.exclude) {
        args.exclude.push(path_glob(&base, &rule.path));
    }
    Ok(())
}

/// `yoroi merge-sarif`: one SARIF run from the shards' logs.
pub fn merge_sarif(files: &[PathBuf], output: Option<&std::path::Path>) -> Result<u8, CliError> {
    let mut logs = Vec::with_capacity(files.len());
    for path in files {
        let text = std::fs::read_to_string(path)
            .map_err(|e| CliError::Usage(format!("cannot read {}: {e}", path.display())))?;
        logs.push((path.display().to_string(), text));
    }
    let merged = yoroi_report::sarif::merge(&logs).map_err(|e| CliError::Usage(e.to_string()))?;
    emit(&merged, output)?;
    Ok(0)
}

pub fn init(force: bool) -> Result<u8, CliError> {
    let path = PathBuf::from(config::FILE_NAME);
    if path.exists() && !force {
        return Err(CliError::Usage(format!(
            "{} already exists (use --force to replace it)",
            path.display()
        )));
    }
    std::fs::write(&path, config::STARTER).map_err(|source| CliError::Write {
        path: path.clone(),
        source,
    })?;
    println!("wrote {}", path.display());
    Ok(0)
}

/// Seconds one file may take by default (`--file-time-budget`).
const DEFAULT_FILE_TIME_BUDGET: f64 = 30.0;

/// The highest `--max-depth` honoured.
const MAX_DEPTH_CAP: usize = 10_000;

/// Findings that mean some file was not (fully) analysed: `--fail-on-partial` exits 3.
const PARTIAL_RULES: [&str; 4] = ["YOR001", "YOR006", "YOR007", "YOR009"];

pub fn scan(mut args: ScanArgs) -> Result<u8, CliError> {
    let start = args
        .paths
        .iter()
        .find(|p| p.as_os_str() != "-")
        .cloned()
        .unwrap_or_else(|| PathBuf::from("."));
    let config = config::load(args.config.as_deref(), &start)?;
    // Each scanned path gets its nearest config for what is reported under it; run-wide
    // settings (formats, fail-on, inputs) come from the first path's.
    let mut scoped_configs: Vec<(PathBuf, Config)> = Vec::new();
    if args.config.is_none() {
        for path in args.paths.iter().filter(|p| p.as_os_str() != "-") {
            let nearest = config::load(None, path)?;
            scoped_configs.push((
                path.strip_prefix("./").unwrap_or(path).to_path_buf(),
                nearest,
            ));
        }
    }
    let several = {
        let mut sources: Vec<Option<PathBuf>> = scoped_configs
            .iter()
            .map(|(_, c)| c.source.clone())
            .collect();
        sources.sort();
        sources.dedup();
        sources.len() > 1
    };
    merge_config(&mut args, &config)?;
    let outputs = plan(&args.format, args.output.clone())?;
    let catalog = load_catalog(&args.checks_dirs)?;
    let expand = |selectors: &[String]| config::rule_ids(&catalog, selectors);
    let benchmark = match &args.benchmark {
        Some(name) => Some(
            yoroi_checks::benchmark::builtin(name)
                .map_err(|e| CliError::Usage(e.to_string()))?
                .ok_or_else(|| {
                    CliError::Usage(format!(
                        "--benchmark {name}: unknown; one of {}",
                        yoroi_checks::benchmark::names().join(", ")
                    ))
                })?,
        ),
        None => None,
    };
    let mut only = args.rule.clone();
    if only.is_empty() && !config.rules.enable.is_empty() && !several {
        only = expand(&config.rules.enable);
    }
    if let Some(benchmark) = &benchmark {
        // The benchmark's rules, narrowed further by --rule or the config when they are given.
        let ids = benchmark.rule_ids(&catalog);
        only = if only.is_empty() {
            ids
        } else {
            let chosen = expand(&only);
            ids.into_iter().filter(|id| chosen.contains(id)).collect()
        };
    }
    let mut skip = args.skip_rule.clone();
    // Rules asked for by name on the command line run even if the config disables them.
    let config_disables = if several {
        Vec::new()
    } else {
        expand(&config.rules.disable)
    };
    skip.extend(config_disables.into_iter().filter(|id| {
        !args
            .rule
            .iter()
            .any(|r| catalog.get(r).is_some_and(|rule| rule.meta.id == *id))
    }));
    let selection = Selection {
        only,
        skip,
        min_severity: args.severity,
        strict_unknown: args.strict_unknown,
        profiles: args.profile.clone(),
    };
    let mut engine = Engine::new(catalog, &selection).map_err(CliError::Usage)?;
    // Run-wide, like the inputs: the first scanned path's config.
    engine.set_options(config.rule_options());
    let mut parse_options = ParseOptions::default();
    if let Some(n) = args.max_yaml_aliases {
        parse_options.yaml.alias_budget = n;
    }
    if let Some(n) = args.max_depth {
        // Deeper trees would risk the stack of the code that walks and drops them.
        parse_options.yaml.max_depth = n.clamp(1, MAX_DEPTH_CAP);
    }
    for mapping in &args.pod_spec_paths {
        parse_options
            .pod_spec_paths
            .add(mapping)
            .map_err(|e| CliError::Usage(format!("--pod-spec-path {e}")))?;
    }
    let filters = Filters::new(&args.include, &args.exclude).map_err(CliError::Usage)?;

    let wants_stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if args.unsafe_fixes && !(args.fix || args.diff) {
        return Err(CliError::Usage(
            "--unsafe-fixes needs --fix or --diff".into(),
        ));
    }
    if wants_stdin && (args.fix || args.diff) {
        return Err(CliError::Usage(
            "--fix and --diff work on files, not on standard input".into(),
        ));
    }
    let stdin = if wants_stdin {
        let name = args.stdin_filename.as_deref().ok_or_else(|| {
            CliError::Usage("reading standard input needs --stdin-filename NAME".into())
        })?;
        // The whole name: a workflow or a Dependabot configuration is known by its directory.
        let kind = FileKind::from_path(std::path::Path::new(name)).ok_or_else(|| {
            CliError::Usage(format!(
                "--stdin-filename {name}: not a Dockerfile, Terraform or YAML file name"
            ))
        })?;
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(CliError::Stdin)?;
        Some(SourceFile::new(name, kind, text))
    } else {
        None
    };
    let mut paths: Vec<PathBuf> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    if paths.is_empty() && !wants_stdin {
        paths.push(PathBuf::from("."));
    }
    let terraform = terraform_inputs(&args)?;
    let roots: Vec<PathBuf> = paths
        .iter()
        .map(|p| {
            if p.is_file() {
                p.parent()
                    .map(PathBuf::from)
                    .unwrap_or_else(|| PathBuf::from("."))
            } else {
                p.clone()
            }
        })
        .collect();
    let discovering = std::time::Instant::now();
    let discovered = discover(&paths, &filters);
    if args.verbose {
        eprintln!(
            "yoroi: {} files discovered in {} ms",
            discovered.files.len() + discovered.modules.values().map(Vec::len).sum::<usize>(),
            discovering.elapsed().as_millis()
        );
    }
    let problems = discovered.problems.clone();
    let context_only = discovered.context_only.clone();
    for problem in &problems {
        eprintln!("error: {problem}");
    }

    let time_budget = match args.file_time_budget.unwrap_or(DEFAULT_FILE_TIME_BUDGET) {
        s if s > 0.0 => Some(std::time::Duration::from_secs_f64(s)),
        _ => None,
    };
    let defaults = EvalLimits::default();
    let limits = EvalLimits {
        max_instances: args.max_instances.unwrap_or(defaults.max_instances),
        max_steps: args.max_eval_steps.unwrap_or(defaults.max_steps),
        time_budget,
        ..defaults
    };
    let file_limits = crate::scan::FileLimits {
        max_bytes: args
            .max_file_size
            .unwrap_or(yoroi_project::files::MAX_FILE_BYTES),
        ..crate::scan::FileLimits::default()
    };
    engine.set_time_budget(time_budget);
    engine.set_panic_token(std::env::var("YOROI_PANIC_TOKEN").ok());
    let changed = match &args.new_since {
        Some(reference) => Some(crate::new_since::changed_lines(reference)?),
        None => None,
    };
    let baseline = match &args.baseline {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| CliError::Usage(format!("--baseline {}: {e}", path.display())))?;
            Some(
                yoroi_report::baseline::parse(&text)
                    .map_err(|e| CliError::Usage(format!("--baseline {}: {e}", path.display())))?,
            )
        }
        None => None,
    };
    let policies: Vec<(PathBuf, FindingPolicy)> = if several {
        scoped_configs
            .iter()
            .map(|(root, c)| Ok((root.clone(), FindingPolicy::new(c, true, &args.rule)?)))
            .collect::<Result<_, CliError>>()?
    } else {
        vec![(
            PathBuf::from("."),
            FindingPolicy::new(&config, false, &args.rule)?,
        )]
    };
    let require_suppression_reason = config.require_suppression_reason.unwrap_or(false);
    let helm = crate::helm::HelmOptions {
        values: args.helm_values.clone(),
        set: args.helm_set.clone(),
        charts: config.helm.charts.clone(),
    };
    let inputs = |overlay: Arc<crate::scan::Overlay>| crate::scan::ScanInputs {
        stdin: stdin.clone(),
        roots: roots.clone(),
        terraform: terraform.clone(),
        limits,
        file_limits,
        require_suppression_reason,
        overlay,
        shard: args.shard,
        progress: !args.quiet && show_progress(),
        verbose: args.verbose,
        helm: helm.clone(),
    };
    // What the command line and the config decide about the scan's findings.
    let decide = |mut report: yoroi_report::Report| {
        apply_configs_to_findings(&mut report, &policies);
        if !context_only.is_empty() {
            report
                .findings
                .retain(|f| !context_only.contains(&f.file.path));
        }
        if let Some(changed) = &changed {
            report.findings.retain(|f| {
                let line = f.file.lines.line_col(&f.file.text, f.span.start()).line;
                match changed.get(&f.file.display_path()) {
                    Some(None) => true,
                    Some(Some(lines)) => lines.contains(&line),
                    None => false,
                }
            });
        }
        if let Some(baseline) = &baseline {
            yoroi_report::baseline::apply(&mut report, baseline);
        }
        report
    };
    let fixing = (args.fix || args.diff).then_some(crate::fixing::FixOptions {
        unsafe_fixes: args.unsafe_fixes,
    });
    let report;
    if let Some(options) = fixing {
        // The rounds scan again only what the fixes changed, unless told to scan everything
        // (which tests compare against).
        let full = std::env::var_os("YOROI_FIX_FULL_RESCAN").is_some_and(|v| v != "0");
        let (first, mut state) =
            crate::scan::run_keeping(&engine, &parse_options, discovered, inputs(Arc::default()));
        let (fixed, outcome) =
            crate::fixing::run(decide(first), options, |overlay, changed_files| {
                if full {
                    return decide(crate::scan::run(
                        &engine,
                        &parse_options,
                        discover(&paths, &filters),
                        inputs(overlay),
                    ));
                }
                if let Some(report) = crate::scan::rescan(
                    &engine,
                    &parse_options,
                    &mut state,
                    inputs(Arc::clone(&overlay)),
                    changed_files,
                ) {
                    return decide(report);
                }
                let (report, fresh) = crate::scan::run_keeping(
                    &engine,
                    &parse_options,
                    discover(&paths, &filters),
                    inputs(overlay),
                );
                state = fresh;
                decide(report)
            });
        report = fixed;
        let held_back = options.held_back(&report);
        if let Some(warning) = crate::fixing::pin_table_warning(&outcome) {
            eprintln!("{warning}");
        }
        if args.diff {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(crate::fixing::diff(&outcome).as_bytes());
            let _ = stdout.flush();
            eprintln!(
                "{}",
                crate::fixing::summary(&outcome, &report, held_back, true)
            );
            return Ok(u8::from(!outcome.changed.is_empty()));
        }
        crate::fixing::write(&outcome)?;
        eprintln!(
            "{}",
            crate::fixing::summary(&outcome, &report, held_back, false)
        );
    } else {
        report = decide(crate::scan::run(
            &engine,
            &parse_options,
            discovered,
            inputs(Arc::default()),
        ));
    }
    if let Some(path) = &args.write_baseline {
        std::fs::write(path, yoroi_report::baseline::write(&report)).map_err(|source| {
            CliError::Write {
                path: path.clone(),
                source,
            }
        })?;
    }
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
        }
    };
    let src_root = std::env::current_dir()
        .ok()
        .map(|d| format!("file://{}/", d.to_string_lossy().trim_end_matches('/')));
    let compliance = benchmark.as_ref().map(|b| {
        (
            b,
            yoroi_report::compliance::evaluate(b, &report, engine.catalog()),
        )
    });
    let cwd = std::env::current_dir()
        .ok()
        .map(|d| d.to_string_lossy().replace('\\', "/"));
    let statistics = args
        .statistics
        .then(|| yoroi_report::statistics::compute(&report));
    let statistics_json = statistics.as_deref().map(yoroi_report::statistics::json);
    let writing = std::time::Instant::now();
    for output in &outputs {
        let to_terminal = output.path.is_none() && color;
        // JSON and SARIF are streamed: a report of 100,000 findings is over 100 MB of text.
        if output.format == Format::Json && compliance.is_none() {
            stream(output.path.as_ref(), |mut out| {
                yoroi_report::json::write_with(&report, statistics_json.as_ref(), &mut out)
            })?;
            continue;
        }
        if output.format == Format::Sarif {
            let options = SarifOptions {
                src_root: src_root.clone(),
            };
            stream(output.path.as_ref(), |mut out| {
                yoroi_report::sarif::write(&report, &options, &mut out)
            })?;
            continue;
        }
        let text = match (output.format, &compliance) {
            (Format::Human, Some((b, results))) => yoroi_report::compliance::human(b, results),
            (Format::Json, Some((b, results))) => yoroi_report::compliance::json(b, results),
            (Format::Markdown, Some((b, results))) => {
                yoroi_report::compliance::markdown(b, results)
            }
            _ => match output.format {
                Format::Human => yoroi_report::human::render(
                    &report,
                    HumanOptions {
                        color: to_terminal,
                        links: to_terminal,
                        width: human_width(),
                        summary: !args.quiet,
                        show_help: match args.show_help {
                            ShowHelpChoice::Always => ShowHelp::Always,
                            ShowHelpChoice::Once => ShowHelp::Once,
                            ShowHelpChoice::Never => ShowHelp::Never,
                        },
                        cwd: cwd.as_deref(),
                    },
                ),
                Format::Concise => yoroi_report::concise::render(&report, cwd.as_deref()),
                Format::Json => yoroi_report::json::render(&report),
                Format::Sarif => yoroi_report::sarif::render(
                    &report,
                    &SarifOptions {
                        src_root: src_root.clone(),
                    },
                ),
                Format::Junit => yoroi_report::ci::junit(&report),
                Format::Checkstyle => yoroi_report::ci::checkstyle(&report),
                Format::Gitlab => yoroi_report::ci::gitlab(&report),
                Format::Github => yoroi_report::ci::github(&report),
                Format::Markdown => yoroi_report::ci::markdown(&report),
            },
        };
        emit(&text, output.path.as_deref())?;
    }
    if args.verbose {
        eprintln!(
            "yoroi: {} findings written in {} ms",
            report.findings.len(),
            writing.elapsed().as_millis()
        );
    }
    if let Some(counts) = &statistics {
        // The table follows the findings on standard output when people read it there; JSON
        // carries it as a member; otherwise it goes to standard error, beside the summary.
        let table = yoroi_report::statistics::table(counts);
        let on_stdout = outputs.iter().find(|o| o.path.is_none()).map(|o| o.format);
        match on_stdout {
            Some(Format::Human | Format::Concise) => {
                let mut stdout = std::io::stdout().lock();
                let _ = stdout.write_all(b"\n");
                let _ = stdout.write_all(table.as_bytes());
                let _ = stdout.flush();
            }
            Some(Format::Json) => {}
            _ => eprint!("{table}"),
        }
    }
    if !args.quiet
        && !outputs
            .iter()
            .any(|o| o.format == Format::Human && o.path.is_none())
    {
        eprintln!("{}", report.summary_line());
    }
    if !problems.is_empty() {
        return Ok(2);
    }
    let partial = report
        .findings
        .iter()
        .any(|f| f.suppression.is_none() && PARTIAL_RULES.contains(&f.rule.meta.id.as_str()));
    if args.fail_on_partial && partial {
        return Ok(3);
    }
    let fail_on = args.fail_on.unwrap_or(yoroi_checks::Severity::Low);
    let failing = report.active().any(|f| f.severity >= fail_on);
    Ok(if failing && !args.soft_fail { 1 } else { 0 })
}

/// Columns for the human format: `COLUMNS` when set (shells export it to terminals), else 120,
/// which CI log viewers show without wrapping.
fn human_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c >= 40)
        .unwrap_or(120)
}

/// A progress bar only helps a person watching a terminal: never in CI logs or when standard
/// error is redirected.
fn show_progress() -> bool {
    std::io::stderr().is_terminal()
        && std::env::var_os("CI").is_none()
        && std::env::var_os("YOROI_NO_PROGRESS").is_none()
}

/// Writes a report to a file, or to standard output (a closed pipe, as in `yoroi scan | head`,
/// is not an error worth a message).
fn emit(text: &str, path: Option<&std::path::Path>) -> Result<(), CliError> {
    match path {
        Some(path) => std::fs::write(path, text).map_err(|source| CliError::Write {
            path: path.to_path_buf(),
            source,
        }),
        None => {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(text.as_bytes());
            let _ = stdout.flush();
            Ok(())
        }
    }
}

/// Writes a streamed report to a file, or to standard output (a closed pipe is not an error).
fn stream(
    path: Option<&PathBuf>,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), CliError> {
    match path {
        Some(path) => {
            let failed = |source| CliError::Write {
                path: path.clone(),
                source,
            };
            let file = std::fs::File::create(path).map_err(failed)?;
            let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
            write(&mut out).map_err(failed)?;
            out.flush().map_err(failed)
        }
        None => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            let _ = write(&mut out);
            let _ = out.flush();
            Ok(())
        }
    }
}

/// Applies each scanned path's nearest config to the findings under that path (the deepest
/// scanned path containing a file decides).
fn apply_configs_to_findings(
    report: &mut yoroi_report::Report,
    scoped: &[(PathBuf, FindingPolicy)],
) {
    report.findings.retain_mut(|f| {
        let path = f.file.path.clone();
        let policy = scoped
            .iter()
            .filter(|(root, _)| root.as_os_str() == "." || path.starts_with(root) || path == *root)
            .max_by_key(|(root, _)| root.components().count());
        policy.is_none_or(|(_, p)| p.keep(f))
    });
}

/// `--var-file` contents and `--var` pairs for Terraform root modules.
fn terraform_inputs(args: &ScanArgs) -> Result<RootInputs, CliError> {
    let mut inputs = RootInputs::default();
    for path in &args.var_files {
        let kind = FileKind::TerraformVars;
        let file =
            yoroi_project::files::read_source(path, kind, yoroi_project::files::MAX_FILE_BYTES)
                .map_err(|(_, message)| {
                    CliError::Usage(format!("--var-file {}: {message}", path.display()))
                })?;
        inputs.var_files.push(file);
    }
    for pair in &args.vars {
        let (name, value) = pair
            .split_once('=')
            .ok_or_else(|| CliError::Usage(format!("--var {pair}: expected NAME=VALUE")))?;
        inputs
            .vars
            .push((name.trim().to_string(), value.to_string()));
    }
    Ok(inputs)
}

pub fn rules(format: RulesFormat, checks_dirs: &[PathBuf]) -> Result<u8, CliError> {
    let catalog = load_catalog(checks_dirs)?;
    let text = match format {
        RulesFormat::Json => crate::commands::rules_json(&catalog),
        RulesFormat::Markdown => yoroi_report_docs(&catalog),
        RulesFormat::Table => {
            let mut out = String::new();
            for rule in &catalog.rules {
                let m = &rule.meta;
                out.push_str(&format!(
                    "{:<8} {:<9} {:<11} {:<40} {}\n",
                    m.id,
                    m.severity,
                    rule.domain.as_str(),
                    m.name,
                    m.title
                ));
            }
            out.push_str(&format!("{} rules\n", catalog.rules.len()));
            out
        }
    };
    print!("{text}");
    Ok(0)
}

pub fn rules_json(catalog: &Catalog) -> String {
    let rules: Vec<serde_json::Value> = catalog
        .rules
        .iter()
        .map(|rule| {
            let m = &rule.meta;
            serde_json::json!({
                "id": m.id,
                "name": m.name,
                "domain": rule.domain,
                "severity": m.severity,
                "category": m.category,
                "title": m.title,
                "references": m.references,
                "equivalents": m.equivalents,
                "fix": m.fix,
                "profiles": m.profiles,
                "docs_url": rule.docs_url(),
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&rules).unwrap_or_default();
    text.push('\n');
    text
}

fn yoroi_report_docs(catalog: &Catalog) -> String {
    yoroi_checks::docs::rules_markdown(catalog)
}

pub fn explain(key: &str, checks_dirs: &[PathBuf]) -> Result<u8, CliError> {
    let catalog = load_catalog(checks_dirs)?;
    let rule = catalog
        .get(key)
        .ok_or_else(|| CliError::Usage(format!("unknown rule `{key}` (see `yoroi rules`)")))?;
    print!("{}", yoroi_checks::docs::rule_markdown(rule));
    Ok(0)
}

/// `yoroi migrate`: rewrites the peers' inline suppressions into yoroi's syntax.
pub fn migrate(paths: &[PathBuf], write: bool, checks_dirs: &[PathBuf]) -> Result<u8, CliError> {
    let catalog = load_catalog(checks_dirs)?;
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let filters = Filters::new(&[], &[]).map_err(CliError::Usage)?;
    let discovered = discover(&paths, &filters);
    let files = discovered
        .files
        .into_iter()
        .chain(discovered.modules.into_values().flatten());
    let (mut changed, mut unmapped) = (0, 0);
    for (path, kind) in files {
        let Ok(file) =
            yoroi_project::files::read_source(&path, kind, yoroi_project::files::MAX_FILE_BYTES)
        else {
            continue;
        };
        let mut edits = Vec::new();
        for directive in yoroi_checks::suppress::directives(&file)
            .into_iter()
            .filter(|d| d.tool.is_some())
        {
            match yoroi_checks::suppress::migration(&directive, &catalog) {
                Some(e) => edits.extend(e),
                None => {
                    unmapped += 1;
                    let pos = file.lines.line_col(&file.text, directive.span.start());
                    eprintln!(
                        "{}:{}: {} {} has no yoroi equivalent; left as is",
                        file.display_path(),
                        pos.line,
                        directive.tool.unwrap_or(""),
                        directive.rules.join(",")
                    );
                }
            }
        }
        if edits.is_empty() {
            continue;
        }
        edits.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
        let mut text = file.text.clone();
        for (span, replacement) in &edits {
            text.replace_range(span.range(), replacement);
        }
        changed += 1;
        if write {
            std::fs::write(&path, &text).map_err(|source| CliError::Write {
                path: path.clone(),
                source,
            })?;
            println!("migrated {}", file.display_path());
        } else {
            println!(
                "--- {}\n+++ {} (migrated)",
                file.display_path(),
                file.display_path()
            );
            for (old, new) in file.text.lines().zip(text.lines()).filter(|(a, b)| a != b) {
                println!("-{old}\n+{new}");
            }
        }
    }
    eprintln!(
        "{changed} file(s) {}; {unmapped} suppression(s) without a yoroi equivalent",
        if write {
            "migrated"
        } else {
            "would change (use --write)"
        }
    );
    Ok(0)
}
