//! `ADD` sources: local paths, remote URLs, git repositories and local archives that `ADD`
//! extracts.

use yoroi_syntax::dockerfile::{Form, Instruction, Word};

/// The source words of an `ADD`/`COPY` (every argument but the destination).
pub(super) fn sources(instruction: &Instruction, escape: char) -> Vec<Word> {
    let mut words = match instruction.form {
        Form::Json => instruction.json.clone(),
        Form::Shell => instruction.args.words(escape),
    };
    if words.len() < 2 {
        return Vec::new();
    }
    words.pop();
    words
}

/// A heredoc source (`ADD <<EOF /dst`), which is local content.
pub(super) fn is_heredoc(source: &str) -> bool {
    source.starts_with("<<")
}

/// `http://`, `https://`.
pub(super) fn is_http_url(source: &str) -> bool {
    let lower = source.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A git repository: `git@host:…`, `git://…`, or a URL whose path ends in `.git` (optionally
/// followed by `#ref`).
pub(super) fn is_git(source: &str) -> bool {
    let lower = source.to_ascii_lowercase();
    if lower.starts_with("git@") || lower.starts_with("git://") || lower.starts_with("ssh://") {
        return true;
    }
    let path = lower.split('#').next().unwrap_or(&lower);
    let path = path.split('?').next().unwrap_or(path);
    let path = path.trim_end_matches('/');
    path.ends_with(".git") || lower.contains(".git#")
}

/// Anything `ADD` fetches instead of copying from the build context.
pub(super) fn is_remote(source: &str) -> bool {
    let lower = source.to_ascii_lowercase();
    is_http_url(source) || lower.starts_with("ftp://") || is_git(source)
}

/// A local file `ADD` would extract (by name; globs such as `*.tar.bz2` count).
pub(super) fn is_archive(source: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        ".tar",
        ".tar.gz",
        ".tgz",
        ".tar.bz2",
        ".tbz",
        ".tbz2",
        ".tb2",
        ".tar.xz",
        ".txz",
        ".tar.zst",
        ".tzst",
        ".tar.lz",
        ".tlz",
        ".tar.lzma",
        ".gz",
        ".bz2",
        ".xz",
        ".zst",
        ".lz",
        ".lzma",
        ".z",
    ];
    let lower = source.trim_end_matches('/').to_ascii_lowercase();
    SUFFIXES.iter().any(|s| lower.ends_with(s))
}
