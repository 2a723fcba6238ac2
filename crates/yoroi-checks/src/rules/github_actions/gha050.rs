//! GHA050 adhoc-packages: a `run:` step that installs a named package (`npm install left-pad`,
//! `yarn add`, `pnpm add`, `gem install`, `bundle add`, `pip install requests`) instead of
//! installing what a committed lockfile or requirements file lists.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::dockerfile::shell::{Command, ShellWord};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA050",
    check: Check::Workflow(check),
};

/// Options of npm, yarn, pnpm, gem and bundle whose value is the next word (so it is not a
/// package).
const VALUE_OPTIONS: &[&str] = &[
    "--prefix",
    "--registry",
    "--workspace",
    "--tag",
    "--cache",
    "--userconfig",
    "--filter",
    "-C",
    "--dir",
    "-v",
    "--version",
    "-i",
    "--install-dir",
    "-n",
    "--bindir",
    "--source",
    "-s",
    "--group",
];

/// The same for pip (`-r`, `-c`, `-e` name files or checkouts that the repository commits).
const PIP_VALUE_OPTIONS: &[&str] = &[
    "-r",
    "--requirement",
    "-c",
    "--constraint",
    "-e",
    "--editable",
    "-i",
    "--index-url",
    "--extra-index-url",
    "-f",
    "--find-links",
    "-t",
    "--target",
    "--root",
    "--python-version",
    "--platform",
    "--only-binary",
    "--no-binary",
    "--trusted-host",
    "--cache-dir",
    "--progress-bar",
    "--log",
    "--src",
    "--upgrade-strategy",
    "--python",
    // uv pip
    "-p",
    "--torch-backend",
    "--index",
    "--default-index",
    "--override",
    "--overrides",
    "--exclude-newer",
    "--prerelease",
    "--resolution",
];

/// What an installer may update without that being an ad hoc dependency: the installer itself.
fn bootstrap(tool: &str, name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    match tool.split(' ').next().unwrap_or("") {
        "npm" => name == "npm",
        "gem" => matches!(name.as_str(), "bundler" | "rubygems-update"),
        "bundle" | "yarn" | "pnpm" => false,
        _ => matches!(name.as_str(), "pip" | "setuptools" | "wheel"),
    }
}

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    for (job, _, step) in ctx.steps() {
        let Some(script) = step.run.as_ref().and_then(|r| r.script.as_ref()) else {
            continue;
        };
        for command in &script.commands {
            let Some((tool, packages)) = adhoc_install(command) else {
                continue;
            };
            let Some(first) = packages.first() else {
                continue;
            };
            let names: Vec<&str> = packages.iter().map(|w| w.text.as_str()).collect();
            out.report(
                first.span,
                format!(
                    "`{tool}` installs `{}` outside a lockfile, so it and its dependencies resolve to whatever is newest at run time; declare it in the manifest and install from the lockfile",
                    names.join(" ")
                ),
            )
            .object(format!("job {}", job.id));
        }
    }
}

/// The installer command (`npm install`) and the literal package names it is given.
fn adhoc_install(command: &Command) -> Option<(String, Vec<&ShellWord>)> {
    let program = command.program()?;
    let args = command.args();
    let word = |i: usize| args.get(i).map(|w| w.text.as_str());
    let (tool, rest, python) = match (program, word(0), word(1)) {
        ("npm", Some(sub @ ("install" | "i" | "add" | "in" | "isntall")), _) => {
            (format!("npm {sub}"), &args[1..], false)
        }
        ("pnpm", Some(sub @ ("add" | "install" | "i")), _) => {
            (format!("pnpm {sub}"), &args[1..], false)
        }
        ("yarn", Some("add"), _) => ("yarn add".to_string(), &args[1..], false),
        ("yarn", Some("global"), Some("add")) => {
            ("yarn global add".to_string(), &args[2..], false)
        }
        ("gem", Some("install"), _) => ("gem install".to_string(), &args[1..], false),
        ("bundle", Some("add"), _) => ("bundle add".to_string(), &args[1..], false),
        (p, Some("install"), _) if p == "pip" || p.starts_with("pip3") => {
            (format!("{p} install"), &args[1..], true)
        }
        (p, Some("-m"), Some("pip")) if p.starts_with("python") => {
            if word(2) != Some("install") {
                return None;
            }
            (format!("{p} -m pip install"), &args[3..], true)
        }
        ("uv", Some("pip"), Some("install")) => ("uv pip install".to_string(), &args[2..], true),
        _ => return None,
    };
    let mut packages = Vec::new();
    let mut skip = false;
    for w in rest {
        if skip {
            skip = false;
            continue;
        }
        let text = w.text.as_str();
        if text.starts_with('-') {
            let options = if python {
                PIP_VALUE_OPTIONS
            } else {
                VALUE_OPTIONS
            };
            skip = !text.contains('=') && options.contains(&text);
            continue;
        }
        // a name decided at run time is unknown
        if !w.literal {
            continue;
        }
        if local(text) {
            continue;
        }
        if bootstrap(&tool, package_name(text)) {
            continue;
        }
        packages.push(w);
    }
    (!packages.is_empty()).then_some((tool, packages))
}

/// A path or archive of the repository rather than a registry package.
fn local(text: &str) -> bool {
    text.starts_with('.')
        || text.starts_with('/')
        || text.starts_with("file:")
        || text.starts_with('~')
        || text.ends_with(".tgz")
        || text.ends_with(".tar.gz")
        || text.ends_with(".whl")
        || text.ends_with(".gem")
        // `packages/x` (a path) or `owner/repo` (a GitHub shorthand): not judged
        || (text.contains('/') && !text.starts_with('@') && !text.contains("://"))
}

/// `requests[socks]>=2` → `requests`, `npm@latest` → `npm`.
fn package_name(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(text.len());
    &text[..end]
}
