//! File modes set in a build: `chmod MODE`, `install -m MODE`, `mkdir -m MODE` in `RUN`, and
//! `COPY --chmod=MODE`/`ADD --chmod=MODE`; numeric (`4755`) or symbolic (`u+s,o+w`).

use super::wrappers::effective;
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::shell::{Command, ShellWord};

/// Special and write bits a mode turns on.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Bits {
    pub setuid: bool,
    pub setgid: bool,
    pub sticky: bool,
    pub other_write: bool,
}

/// The bits `mode` turns on; `None` when it is not a mode we can read (a variable,
/// `--reference`).
pub(super) fn bits(mode: &str) -> Option<Bits> {
    if !mode.is_empty() && mode.chars().all(|c| c.is_ascii_digit()) {
        let value = u32::from_str_radix(mode, 8).ok()?;
        return Some(Bits {
            setuid: value & 0o4000 != 0,
            setgid: value & 0o2000 != 0,
            sticky: value & 0o1000 != 0,
            other_write: value & 0o002 != 0,
        });
    }
    let mut out = Bits::default();
    for clause in mode.split(',') {
        let op_at = clause.find(['+', '-', '='])?;
        let who = &clause[..op_at];
        if !who.chars().all(|c| "ugoa".contains(c)) {
            return None;
        }
        let all = who.is_empty() || who.contains('a');
        let mut adding = false;
        for c in clause[op_at..].chars() {
            match c {
                '+' | '=' => adding = true,
                '-' => adding = false,
                's' if adding => {
                    out.setuid |= all || who.contains('u');
                    out.setgid |= all || who.contains('g');
                }
                't' if adding => out.sticky = true,
                // Without `who`, the umask keeps `w` away from others.
                'w' if adding => out.other_write |= who.contains('o') || who.contains('a'),
                'r' | 'w' | 'x' | 'X' | 's' | 't' | 'u' | 'g' | 'o' => {}
                _ => return None,
            }
        }
    }
    Some(out)
}

/// A mode given to a command in `RUN`.
pub(super) struct ModeUse<'c> {
    /// `chmod`, `install`, `mkdir`.
    pub tool: &'c str,
    pub mode: &'c ShellWord,
    /// The files or directories it applies to.
    pub targets: Vec<&'c ShellWord>,
    /// The targets are directories the command creates (`mkdir`, `install -d`).
    pub creates_directories: bool,
}

/// The mode `command` applies, if it is `chmod`, `install -m` or `mkdir -m`.
pub(super) fn mode_use(command: &Command) -> Option<ModeUse<'_>> {
    let e = effective(command)?;
    let tool = e.program();
    let args = e.args;
    match tool {
        "chmod" => {
            // Options; a mode such as `-w` or `-x` is taken for one, which only removes bits.
            let mut rest = args.iter().skip_while(|w| {
                let t = w.text.as_str();
                t.starts_with('-') && t.len() > 1 && t != "--"
            });
            let mode = rest
                .next()
                .filter(|w| w.text != "--")
                .or_else(|| rest.next())?;
            if !mode.literal {
                return None;
            }
            Some(ModeUse {
                tool,
                mode,
                targets: rest.collect(),
                creates_directories: false,
            })
        }
        "install" | "mkdir" => {
            let mut mode = None;
            let mut targets = Vec::new();
            let mut directories = tool == "mkdir";
            let mut words = args.iter();
            while let Some(w) = words.next() {
                let t = w.text.as_str();
                if t == "-m" || t == "--mode" {
                    mode = words.next();
                } else if t.starts_with("--mode=") || (t.starts_with("-m") && t.len() > 2) {
                    mode = Some(w);
                } else if t == "--directory"
                    || (t.starts_with('-') && !t.starts_with("--") && t.contains('d'))
                {
                    directories = true;
                } else if !t.starts_with('-') {
                    targets.push(w);
                }
            }
            let mode = mode.filter(|m| m.literal)?;
            Some(ModeUse {
                tool,
                mode,
                targets,
                creates_directories: directories,
            })
        }
        _ => None,
    }
}

/// The mode text of a word that may be `-m4755` or `--mode=4755`.
pub(super) fn mode_text(word: &ShellWord) -> &str {
    let t = word.text.as_str();
    t.strip_prefix("--mode=")
        .or_else(|| t.strip_prefix("-m"))
        .unwrap_or(t)
}

/// The span of `--chmod=MODE` on a `COPY`/`ADD`, with its mode.
pub(super) fn chmod_flag(
    instruction: &yoroi_syntax::dockerfile::Instruction,
) -> Option<(Span, &str)> {
    let flag = instruction.flag("chmod")?;
    Some((flag.span, flag.value.as_deref()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_modes() {
        let b = |m: &str| bits(m).unwrap_or_default();
        assert!(b("4755").setuid && !b("4755").setgid);
        assert!(b("2775").setgid && !b("2775").setuid);
        assert!(b("3777").sticky && b("3777").other_write);
        assert!(b("u+s").setuid && !b("u+s").setgid);
        assert!(b("+s").setuid && b("+s").setgid);
        assert!(!b("u-s").setuid);
        assert!(b("o+w").other_write && b("a=rwx").other_write);
        assert!(!b("+w").other_write && !b("755").other_write);
        assert!(b("ug+rwx,o+rwxt").sticky);
        assert_eq!(bits("$MODE"), None);
    }
}
