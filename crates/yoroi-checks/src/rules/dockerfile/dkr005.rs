//! DKR005 secret-in-env-or-arg: an `ENV` or `ARG` whose name says it holds a password, token or
//! key. The value is never echoed in the message.

use super::stages::{declarations, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR005",
    check: Check::Dockerfile(check),
};

const SECRET_WORDS: &[&str] = &[
    "PASSWORD",
    "PASSWD",
    "PASS",
    "PASSPHRASE",
    "SECRET",
    "SECRETS",
    "TOKEN",
    "CREDENTIAL",
    "CREDENTIALS",
    "APIKEY",
];

const SECRET_PAIRS: &[(&str, &str)] = &[
    ("API", "KEY"),
    ("PRIVATE", "KEY"),
    ("ACCESS", "KEY"),
    ("SECRET", "KEY"),
    ("SIGNING", "KEY"),
    ("ENCRYPTION", "KEY"),
    ("CLIENT", "SECRET"),
];

/// A last word that makes the variable about a secret rather than the secret itself.
const NOT_SECRET_LAST: &[&str] = &[
    "FILE", "FILES", "PATH", "DIR", "URL", "URI", "ENDPOINT", "HOST", "PORT", "NAME", "USER",
    "USERNAME", "LENGTH", "LEN", "TYPE", "VERSION", "ENABLED", "MODE", "HEADER", "TTL", "EXPIRY",
];

const SWITCHES: &[&str] = &["true", "false", "yes", "no", "on", "off", "0", "1"];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        let kind = match instruction.keyword {
            Keyword::Env => "ENV",
            // Global ARGs only feed FROM lines; a stage must redeclare them to use them.
            Keyword::Arg if instruction.stage.is_some() => "ARG",
            _ => continue,
        };
        for decl in declarations(instruction, df.escape) {
            if !is_secret_name(&decl.key) {
                continue;
            }
            match (kind, decl.value.as_deref()) {
                ("ENV", None | Some("")) => continue,
                (_, Some(v)) if SWITCHES.iter().any(|s| v.trim().eq_ignore_ascii_case(s)) => {
                    continue;
                }
                _ => {}
            }
            let message = if kind == "ENV" {
                format!(
                    "`{}` looks like a secret, and ENV stores its value in the image configuration",
                    decl.key
                )
            } else {
                format!(
                    "`{}` looks like a secret, and a build argument's value is recorded in the image history",
                    decl.key
                )
            };
            let finding = out.report(decl.key_span, message);
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// Splits a variable name on `_`, `-`, `.` and lower→upper camel-case boundaries, upper-cased.
fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if matches!(c, '_' | '-' | '.') {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        prev_lower = c.is_lowercase();
        current.extend(c.to_uppercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn is_secret_name(name: &str) -> bool {
    let words = words(name);
    let Some(last) = words.last() else {
        return false;
    };
    if NOT_SECRET_LAST.contains(&last.as_str()) || words.iter().any(|w| w == "PUBLIC") {
        return false;
    }
    // `GPG_KEY_ID`, `AWS_ACCESS_KEY_ID`: the identifier of a key, not the key.
    if words.ends_with(&["KEY".to_string(), "ID".to_string()]) {
        return false;
    }
    let single = words.iter().any(|w| SECRET_WORDS.contains(&w.as_str()))
        || (words.len() > 1 && words.iter().any(|w| w == "PWD"));
    let pair = words
        .windows(2)
        .any(|p| SECRET_PAIRS.iter().any(|(a, b)| p[0] == *a && p[1] == *b));
    single || pair
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_names() {
        for name in [
            "AWS_SECRET_ACCESS_KEY",
            "STRIPE_API_KEY",
            "sentryAuthToken",
            "GITHUB_TOKEN",
            "DB_PWD",
            "apiKey",
            "MY_APIKEY",
            "client.secret",
            "SSH_PRIVATE_KEY",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in [
            "GPG_KEY",
            "KEYSERVER",
            "PWD",
            "POSTGRES_PASSWORD_FILE",
            "OAUTH_TOKEN_URL",
            "SECRETS_DIR",
            "PASSWORD_MIN_LENGTH",
            "AWS_ACCESS_KEY_ID_PATH",
            "SIGNING_KEY_ID",
            "AWS_ACCESS_KEY_ID",
            "PUBLIC_API_KEY",
            "PASSENGER_VERSION",
            "COMPASS_HOME",
        ] {
            assert!(!is_secret_name(name), "{name}");
        }
    }
}
