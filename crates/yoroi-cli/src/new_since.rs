//! `--new-since GIT_REF`: keep only findings on lines changed since a git revision, using `git`
//! from PATH. Files git does not track yet count as changed throughout.

use crate::CliError;
use std::collections::{HashMap, HashSet};
use std::process::Command;

/// Changed lines per path (relative to the working directory, as reports show them); `None`
/// for a file whose every line counts.
pub type ChangedLines = HashMap<String, Option<HashSet<u32>>>;

fn git(args: &[&str]) -> Result<String, CliError> {
    let output = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| CliError::Usage(format!("--new-since needs `git` on PATH: {e}")))?;
    if !output.status.success() {
        return Err(CliError::Usage(format!(
            "--new-since: `git {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The lines changed since `reference` in the working tree.
pub fn changed_lines(reference: &str) -> Result<ChangedLines, CliError> {
    git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{reference}^{{commit}}"),
    ])
    .map_err(|_| {
        CliError::Usage(format!(
            "--new-since: `{reference}` is not a known git revision"
        ))
    })?;
    let diff = git(&[
        "diff",
        "--relative",
        "--unified=0",
        "--no-color",
        "--no-ext-diff",
        reference,
        "--",
    ])?;
    let mut changed: ChangedLines = HashMap::new();
    let mut current: Option<String> = None;
    for line in diff.lines() {
        if let Some(path) = line.strip_prefix("+++ ") {
            current = path.strip_prefix("b/").map(str::to_string);
            continue;
        }
        let Some(hunk) = line.strip_prefix("@@ ") else {
            continue;
        };
        let Some(path) = &current else { continue };
        // `@@ -a,b +c,d @@`: the new side starts at c and spans d lines (1 when omitted).
        let Some(new_side) = hunk.split_whitespace().find(|p| p.starts_with('+')) else {
            continue;
        };
        let (start, count) = match new_side[1..].split_once(',') {
            Some((s, c)) => (s.parse::<u32>().unwrap_or(0), c.parse::<u32>().unwrap_or(0)),
            None => (new_side[1..].parse::<u32>().unwrap_or(0), 1),
        };
        let lines = changed
            .entry(path.clone())
            .or_insert_with(|| Some(HashSet::new()));
        if let Some(lines) = lines {
            lines.extend(start..start + count);
        }
    }
    for path in git(&["ls-files", "--others", "--exclude-standard"])?.lines() {
        changed.insert(path.to_string(), None);
    }
    Ok(changed)
}
