//! DKR003 add-instead-of-copy: `ADD` whose sources are all plain local files, where `COPY` does
//! the same without the archive-extraction and download behaviour.

use super::add::{is_archive, is_heredoc, is_remote, sources};
use super::stages::{each_instruction, object};
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR003",
    check: Check::Dockerfile(check),
};

/// Flags only `ADD` understands.
const ADD_ONLY_FLAGS: &[&str] = &["checksum", "keep-git-dir", "unpack"];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, scope| {
        if instruction.keyword != Keyword::Add {
            return;
        }
        if instruction.flags.iter().any(|f| {
            ADD_ONLY_FLAGS
                .iter()
                .any(|a| f.name.eq_ignore_ascii_case(a))
        }) {
            return;
        }
        let sources = sources(instruction, df.escape);
        if sources.is_empty() {
            return;
        }
        let mut names = Vec::with_capacity(sources.len());
        for source in &sources {
            if is_heredoc(&source.text) {
                continue;
            }
            // A variable that cannot be resolved may name an archive or a URL.
            let Some(resolved) = scope.resolve(&source.text) else {
                return;
            };
            if is_remote(&resolved) || is_archive(&resolved) {
                return;
            }
            names.push(resolved);
        }
        let keyword = ctx.file.slice(instruction.keyword_span);
        let replacement = copy_keyword(keyword);
        let what = match names.as_slice() {
            [] => "heredoc content".to_string(),
            [one] => format!("`{one}`"),
            more => format!("{} local sources", more.len()),
        };
        let finding = out.report(
            instruction.keyword_span,
            format!("`{keyword}` only copies {what} here; use `{replacement}`"),
        );
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
        finding.fix(
            format!("replace `{keyword}` with `{replacement}`"),
            vec![Edit {
                span: instruction.keyword_span,
                replacement,
            }],
        );
    });
}

/// `COPY` in the case style of the `ADD` it replaces.
fn copy_keyword(add: &str) -> String {
    if add.chars().all(|c| c.is_ascii_lowercase()) {
        "copy".to_string()
    } else if add.chars().all(|c| c.is_ascii_uppercase()) {
        "COPY".to_string()
    } else {
        "Copy".to_string()
    }
}
