//! Package caches left in a layer: whether a `RUN` removes a directory (`rm -rf /var/cache/apk/*`,
//! `find … -delete`) or keeps it out of the layer with `--mount=type=cache` / `type=tmpfs`.

use super::wrappers::effective;
use yoroi_syntax::dockerfile::Instruction;
use yoroi_syntax::dockerfile::shell::Script;

/// A path as written, compared loosely: quotes gone, a trailing `/` or `/*` dropped, and the
/// home directory (`$HOME`, `${HOME}`, `/root`) written `~`.
fn normalize(path: &str) -> String {
    let path = path.trim_matches(['"', '\'']);
    let path = path.trim_end_matches("/*").trim_end_matches('/');
    for home in ["${HOME}", "$HOME", "/root"] {
        if let Some(rest) = path.strip_prefix(home)
            && (rest.is_empty() || rest.starts_with('/'))
        {
            return format!("~{rest}");
        }
    }
    path.to_string()
}

/// `dir` is `container` or lies below it.
fn within(dir: &str, container: &str) -> bool {
    !container.is_empty()
        && (dir == container
            || dir
                .strip_prefix(container)
                .is_some_and(|rest| rest.starts_with('/')))
}

/// The script deletes `dir` (or its contents, or a directory above it) with `rm` or with
/// `find … -delete`.
pub(super) fn removes_dir(script: &Script, dir: &str) -> bool {
    let dir = normalize(dir);
    script.commands.iter().any(|command| {
        let Some(e) = effective(command) else {
            return false;
        };
        let hits = || {
            e.args
                .iter()
                .any(|a| !a.text.starts_with('-') && within(&dir, &normalize(&a.text)))
        };
        match e.program() {
            "rm" => hits(),
            "find" => hits() && e.args.iter().any(|a| a.text == "-delete"),
            _ => false,
        }
    })
}

/// The `RUN` mounts a cache or tmpfs on `dir` or on a directory above it, so nothing written
/// there reaches the layer.
pub(super) fn mounts_dir(instruction: &Instruction, dir: &str) -> bool {
    let dir = normalize(dir);
    instruction
        .flags
        .iter()
        .filter(|f| f.name.eq_ignore_ascii_case("mount"))
        .filter_map(|f| f.value.as_deref())
        .any(|value| {
            let mut kind = None;
            let mut target = None;
            for part in value.split(',') {
                let (key, val) = part.split_once('=').unwrap_or((part, ""));
                match key.trim().to_ascii_lowercase().as_str() {
                    "type" => kind = Some(val.trim().to_ascii_lowercase()),
                    "target" | "dst" | "destination" => target = Some(normalize(val.trim())),
                    _ => {}
                }
            }
            matches!(kind.as_deref(), Some("cache" | "tmpfs"))
                && target.is_some_and(|t| within(&dir, &t))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert!(within(
            &normalize("/root/.cache/pip"),
            &normalize("$HOME/.cache")
        ));
        assert!(within(
            &normalize("/var/cache/apk"),
            &normalize("/var/cache/apk/*")
        ));
        assert!(!within(
            &normalize("/var/cache/apk"),
            &normalize("/var/cache/apk-old")
        ));
        assert!(!within(&normalize("/var/cache/apk"), &normalize("/")));
    }
}
