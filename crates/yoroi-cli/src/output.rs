//! Output routing: which formats are written where (`--format sarif=out.sarif`, `--output`).

use crate::CliError;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Concise,
    Json,
    Sarif,
    Junit,
    Checkstyle,
    Gitlab,
    Github,
    Markdown,
}

impl Format {
    fn parse(s: &str) -> Result<Format, CliError> {
        match s {
            "human" | "text" => Ok(Format::Human),
            "concise" => Ok(Format::Concise),
            "json" => Ok(Format::Json),
            "sarif" => Ok(Format::Sarif),
            "junit" => Ok(Format::Junit),
            "checkstyle" => Ok(Format::Checkstyle),
            "gitlab" => Ok(Format::Gitlab),
            "github" => Ok(Format::Github),
            "markdown" => Ok(Format::Markdown),
            other => Err(CliError::Usage(format!(
                "unknown format `{other}` (human, concise, json, sarif, junit, checkstyle, gitlab, github, markdown)"
            ))),
        }
    }
}

/// One output: a format and its destination (`None` = standard output).
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub path: Option<PathBuf>,
}

/// Resolves `--format` and `--output` into outputs; at most one may go to standard output.
pub fn plan(formats: &[String], output: Option<PathBuf>) -> Result<Vec<Output>, CliError> {
    let mut outputs = Vec::new();
    let mut output = output;
    for spec in formats {
        let (name, path) = match spec.split_once('=') {
            Some((n, p)) if !p.is_empty() => (n, Some(PathBuf::from(p))),
            Some((n, _)) => (n, None),
            None => (spec.as_str(), None),
        };
        let format = Format::parse(name.trim())?;
        let path = path.or_else(|| output.take());
        outputs.push(Output { format, path });
    }
    if outputs.is_empty() {
        outputs.push(Output {
            format: Format::Human,
            path: output.take(),
        });
    }
    if output.is_some() {
        return Err(CliError::Usage(
            "--output needs a format without `=FILE` to write".into(),
        ));
    }
    if outputs.iter().filter(|o| o.path.is_none()).count() > 1 {
        return Err(CliError::Usage(
            "only one format can go to standard output; give the others a file (`--format sarif=out.sarif`)".into(),
        ));
    }
    Ok(outputs)
}
