//! DKR012 tls-verification-disabled: certificate checks switched off for downloads in `RUN`
//! (`curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, `strict-ssl false`,
//! `http.sslVerify=false`, `sslverify=0`) or for every container through `ENV`
//! (`NODE_TLS_REJECT_UNAUTHORIZED=0`, `GIT_SSL_NO_VERIFY`, …).

use super::stages::{declarations, object};
use super::wrappers::{Effective, effective, is_assignment, pip_args};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use regex::Regex;
use std::sync::LazyLock;
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::Keyword;
use yoroi_syntax::dockerfile::shell::{Command, ShellWord};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR012",
    check: Check::Dockerfile(check),
};

static SSLVERIFY_OFF: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?i)sslverify\s*=\s*(0|false|no|off)\b").ok());

/// curl short options that take a value: the rest of the cluster (or the next word) is theirs.
const CURL_VALUE_LETTERS: &str = "oHdDuxXAebcFTwrmCEKYyzQUtP";

/// What was found: the word to label and how to name it in the message.
struct Offence<'c> {
    word: &'c ShellWord,
    what: String,
}

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        let scope = match instruction.keyword {
            Keyword::Env => "every container",
            Keyword::Arg if instruction.stage.is_some() => "every later RUN of the stage",
            _ => continue,
        };
        for decl in declarations(instruction, df.escape) {
            let Some(value) = decl.value.as_deref() else {
                continue;
            };
            if !disabling_variable(&decl.key, value) {
                continue;
            }
            let finding = out.report(
                decl.key_span,
                format!(
                    "TLS certificate verification is disabled for {scope} (`{}={value}`)",
                    decl.key
                ),
            );
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        }
    }
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some((token, offence)) = offence(command) else {
                continue;
            };
            let finding = out.report(
                token,
                format!(
                    "TLS certificate verification is disabled (`{}`)",
                    offence.what
                ),
            );
            if offence.word.span != token {
                finding.label(offence.word.span, "turns certificate checks off");
            }
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// An environment variable setting that turns verification off.
fn disabling_variable(key: &str, value: &str) -> bool {
    let value = value.trim();
    match key {
        "NODE_TLS_REJECT_UNAUTHORIZED" | "PYTHONHTTPSVERIFY" => value == "0",
        "GIT_SSL_NO_VERIFY" => true,
        "PIP_TRUSTED_HOST" => !value.is_empty(),
        _ if key.eq_ignore_ascii_case("NPM_CONFIG_STRICT_SSL") => {
            value.eq_ignore_ascii_case("false")
        }
        _ => false,
    }
}

fn is_falsy(value: &str) -> bool {
    ["false", "0", "no", "off"]
        .iter()
        .any(|f| value.trim().eq_ignore_ascii_case(f))
}

/// The command token and the first offence of one command.
fn offence(command: &Command) -> Option<(Span, Offence<'_>)> {
    // `NODE_TLS_REJECT_UNAUTHORIZED=0 npm install …`: the assignment is the token.
    if let Some(word) = command
        .assignments
        .iter()
        .find(|w| assignment_disables(&w.text))
    {
        return Some((
            word.span,
            Offence {
                word,
                what: word.text.clone(),
            },
        ));
    }
    // `export GIT_SSL_NO_VERIFY=1`
    if let Some(first) = command.argv.first()
        && matches!(
            first.text.as_str(),
            "export" | "declare" | "typeset" | "readonly"
        )
        && let Some(word) = command
            .argv
            .iter()
            .skip(1)
            .chain(&command.assignments)
            .find(|w| assignment_disables(&w.text))
    {
        return Some((
            first.span,
            Offence {
                word,
                what: word.text.clone(),
            },
        ));
    }
    let e = effective(command)?;
    // `env NODE_TLS_REJECT_UNAUTHORIZED=0 node …`
    if let Some(word) = command
        .argv
        .iter()
        .take_while(|w| w.span != e.name.span)
        .find(|w| w.literal && is_assignment(&w.text) && assignment_disables(&w.text))
    {
        return Some((
            word.span,
            Offence {
                word,
                what: word.text.clone(),
            },
        ));
    }
    let found = program_offence(&e).or_else(|| {
        let regex = SSLVERIFY_OFF.as_ref()?;
        e.args
            .iter()
            .find(|w| regex.is_match(&w.text))
            .map(|word| Offence {
                word,
                what: regex
                    .find(&word.text)
                    .map_or_else(|| word.text.clone(), |m| m.as_str().to_string()),
            })
    })?;
    Some((e.name.span, found))
}

/// `KEY=value` as a shell assignment (assignment words are raw text: quotes are removed here,
/// and a value with an expansion is unknown).
fn assignment_disables(word: &str) -> bool {
    word.split_once('=').is_some_and(|(key, value)| {
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(value);
        (key == "GIT_SSL_NO_VERIFY" || !value.contains(['$', '`']))
            && disabling_variable(key, value)
    })
}

fn program_offence<'c>(e: &Effective<'c>) -> Option<Offence<'c>> {
    let program = e.program();
    let args = e.args;
    match program {
        "curl" => curl(args),
        "wget" => args
            .iter()
            .find(|w| {
                w.text == "--no-check-certificate"
                    || w.text
                        .strip_prefix("--check-certificate=")
                        .is_some_and(|v| is_falsy(v) || v.eq_ignore_ascii_case("quiet"))
            })
            .map(|word| Offence {
                word,
                what: format!("wget {}", word.text),
            }),
        "npm" | "yarn" | "pnpm" => strict_ssl_off(program, args),
        "git" => git(args),
        _ => pip(pip_args(e)?),
    }
}

fn curl(args: &[ShellWord]) -> Option<Offence<'_>> {
    let mut words = args.iter();
    while let Some(word) = words.next() {
        let text = word.text.as_str();
        if text == "--insecure" || text == "--proxy-insecure" {
            return Some(Offence {
                word,
                what: format!("curl {text}"),
            });
        }
        if text.starts_with("--") {
            continue;
        }
        let Some(cluster) = text.strip_prefix('-') else {
            continue;
        };
        for (at, letter) in cluster.char_indices() {
            if letter == 'k' {
                return Some(Offence {
                    word,
                    what: if cluster == "k" {
                        "curl -k".to_string()
                    } else {
                        format!("curl -k in `{text}`")
                    },
                });
            }
            if CURL_VALUE_LETTERS.contains(letter) {
                if at + 1 == cluster.len() {
                    words.next();
                }
                break;
            }
        }
    }
    None
}

fn pip(args: &[ShellWord]) -> Option<Offence<'_>> {
    if let Some(word) = args
        .iter()
        .find(|w| w.text == "--trusted-host" || w.text.starts_with("--trusted-host="))
    {
        return Some(Offence {
            word,
            what: format!("pip {}", word.text),
        });
    }
    let config = args.iter().position(|w| w.text == "config")?;
    args.get(config..)?
        .iter()
        .find(|w| w.text.ends_with(".trusted-host"))
        .map(|word| Offence {
            word,
            what: format!("pip config {}", word.text),
        })
}

/// `npm config set strict-ssl false`, `npm set strict-ssl false`, `--strict-ssl=false`,
/// `--no-strict-ssl`, yarn berry `enableStrictSsl false`.
fn strict_ssl_off<'c>(program: &str, args: &'c [ShellWord]) -> Option<Offence<'c>> {
    for (i, word) in args.iter().enumerate() {
        let text = word.text.as_str();
        let key = text.trim_start_matches('-');
        let is_key = |k: &str| k.eq_ignore_ascii_case("strict-ssl") || k == "enableStrictSsl";
        let off = if text == "--no-strict-ssl" {
            true
        } else if let Some((k, v)) = key.split_once('=') {
            is_key(k) && v.eq_ignore_ascii_case("false")
        } else if is_key(key) {
            args.get(i + 1)
                .is_some_and(|v| v.text.eq_ignore_ascii_case("false"))
        } else {
            false
        };
        if off {
            return Some(Offence {
                word,
                what: format!("{program} {} false", key.split('=').next().unwrap_or(key)),
            });
        }
    }
    None
}

/// `git -c http.sslVerify=false …`, `git config … http.sslVerify false`.
fn git(args: &[ShellWord]) -> Option<Offence<'_>> {
    let is_key = |k: &str| {
        let k = k.to_ascii_lowercase();
        k.starts_with("http.") && k.ends_with(".sslverify") || k == "http.sslverify"
    };
    for (i, word) in args.iter().enumerate() {
        if word.text == "-c"
            && let Some(setting) = args.get(i + 1)
            && let Some((k, v)) = setting.text.split_once('=')
            && is_key(k)
            && is_falsy(v)
        {
            return Some(Offence {
                word: setting,
                what: format!("git -c {}", setting.text),
            });
        }
    }
    let config = args.iter().position(|w| w.text == "config")?;
    let rest = args.get(config + 1..)?;
    rest.windows(2)
        .find(|p| is_key(&p[0].text) && is_falsy(&p[1].text))
        .map(|p| Offence {
            word: &p[0],
            what: format!("git config {} {}", p[0].text, p[1].text),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_syntax::dockerfile::shell::parse_script;

    fn what(text: &str) -> Option<String> {
        let script = parse_script(text, &|s, e| Span::new(s, e));
        script
            .commands
            .iter()
            .find_map(|c| offence(c).map(|(_, o)| o.what))
    }

    #[test]
    fn offences() {
        assert!(what("curl -fsSLk https://x").is_some());
        assert!(what("curl -k https://x").is_some());
        assert!(what("curl -fsSL -K /etc/curlrc https://x").is_none());
        assert!(what("curl -fsSLo /tmp/k https://x").is_none());
        assert!(what("curl -o -k https://x").is_none());
        assert!(what("python3 -m pip install --trusted-host x y").is_some());
        assert!(what("pip3.12 config set global.trusted-host x").is_some());
        assert!(what("npm set strict-ssl false").is_some());
        assert!(what("npm config set strict-ssl true").is_none());
        assert!(what("yarn config set enableStrictSsl false").is_some());
        assert!(what("git config --global http.https://x.sslVerify false").is_some());
        assert!(what("git config --global http.sslVerify true").is_none());
        assert!(what("yum install -y --setopt=sslverify=false x").is_some());
        assert!(what("yum install -y --setopt=sslverify=true x").is_none());
        assert!(what("env NODE_TLS_REJECT_UNAUTHORIZED=0 node x").is_some());
        assert!(what("NODE_TLS_REJECT_UNAUTHORIZED=1 node x").is_none());
        assert!(what("echo 'curl -k'").is_none());
        assert!(what("NODE_TLS_REJECT_UNAUTHORIZED=\"0\" npm i").is_some());
        assert!(what("NODE_TLS_REJECT_UNAUTHORIZED=$X npm i").is_none());
    }
}
