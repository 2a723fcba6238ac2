//! DKR020 secret-in-run-command: a literal credential on a `RUN` command line (`--password x`,
//! `mysql -psecret`, `curl -u user:pass`, `https://user:token@host`, `_authToken=…`). The
//! command line is stored in the image history.

use super::stages::object;
use super::wrappers::{Effective, effective};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use regex::Regex;
use std::sync::LazyLock;
use yoroi_syntax::dockerfile::shell::ShellWord;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR020",
    check: Check::Dockerfile(check),
};

/// Options whose value is a secret.
const SECRET_OPTIONS: &[&str] = &[
    "password",
    "passwd",
    "pass",
    "token",
    "api-key",
    "apikey",
    "secret",
    "client-secret",
    "auth-token",
    "access-token",
    "http-password",
    "ftp-password",
    "proxy-password",
    "registry-password",
];

/// MySQL clients take the password attached to `-p`; a separate word is a database name.
const MYSQL: &[&str] = &[
    "mysql",
    "mysqladmin",
    "mysqldump",
    "mysqlimport",
    "mysqlshow",
    "mysqlcheck",
    "mariadb",
    "mariadb-admin",
    "mariadb-dump",
];

/// `scheme://user:password@` or `scheme://<token>@` with a known token prefix.
static URL_CREDENTIAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[a-z][a-z0-9+.-]*://(?:[^/\s:@]*:([^/\s@]+)|((?:ghp_|gho_|ghs_|github_pat_|glpat-)[^/\s@]+))@",
    )
    .ok()
});

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for command in &run.script.commands {
            let Some(e) = effective(command) else {
                continue;
            };
            let Some((word, what)) = credential(&e) else {
                continue;
            };
            let finding = out.report(
                word.span,
                format!(
                    "`{}` gets a literal credential ({what}); it stays readable in the image history",
                    e.name.text
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

/// A value written out, not read from a variable, a file or a command substitution.
fn is_literal(value: &str) -> bool {
    !value.is_empty() && !value.contains(['$', '`'])
}

/// The word carrying a literal credential and how to name it (never the value itself).
fn credential<'c>(e: &Effective<'c>) -> Option<(&'c ShellWord, String)> {
    let args = e.args;
    let program = e.program();
    for (i, word) in args.iter().enumerate() {
        let text = word.text.as_str();
        let next_literal = || args.get(i + 1).filter(|w| w.literal && is_literal(&w.text));
        if let Some(long) = text.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (long, None),
            };
            if SECRET_OPTIONS.contains(&name.to_ascii_lowercase().as_str()) {
                let literal = match value {
                    Some(v) => word.literal && is_literal(v),
                    None => next_literal().is_some(),
                };
                if literal {
                    return Some((word, format!("--{name}")));
                }
            }
            if name == "user" && program == "curl" && value.is_some_and(has_password) {
                return Some((word, "--user user:password".into()));
            }
            continue;
        }
        if MYSQL.contains(&program)
            && let Some(password) = text.strip_prefix("-p")
            && word.literal
            && is_literal(password)
        {
            return Some((word, "-p<password>".into()));
        }
        if program == "sshpass" && text == "-p" && next_literal().is_some() {
            return Some((word, "sshpass -p".into()));
        }
        if program == "curl"
            && text == "-u"
            && args.get(i + 1).is_some_and(|w| w.literal && has_password(&w.text))
        {
            return Some((word, "-u user:password".into()));
        }
        if let Some(regex) = URL_CREDENTIAL.as_ref()
            && let Some(caps) = regex.captures(text)
            && caps
                .get(1)
                .or_else(|| caps.get(2))
                .is_some_and(|m| is_literal(m.as_str()))
        {
            return Some((word, "a password or token in a URL".into()));
        }
        if let Some(at) = text.find("_authToken=")
            && is_literal(text[at + "_authToken=".len()..].trim_matches(['"', '\'']))
        {
            return Some((word, "an npm `_authToken`".into()));
        }
    }
    None
}

/// `user:password` with a literal, non-empty password.
fn has_password(userinfo: &str) -> bool {
    userinfo
        .split_once(':')
        .is_some_and(|(_, p)| is_literal(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_syntax::Span;
    use yoroi_syntax::dockerfile::shell::parse_script;

    fn found(text: &str) -> bool {
        let script = parse_script(text, &|s, e| Span::new(s, e));
        script
            .commands
            .iter()
            .filter_map(effective)
            .any(|e| credential(&e).is_some())
    }

    #[test]
    fn credentials() {
        assert!(found("mysql -uroot -psecret -e 'select 1'"));
        assert!(!found("mysql -uroot -p\"$MYSQL_ROOT_PASSWORD\" -e 'select 1'"));
        assert!(!found("mysql -uroot -p mydb"));
        assert!(found("docker login --password hunter2 registry"));
        assert!(!found("docker login --password-stdin registry"));
        assert!(!found("tool --password \"$(cat /run/secrets/pw)\""));
        assert!(found("git clone https://bot:abc123@git.example.com/x.git"));
        assert!(!found("git clone https://${GIT_USER}:${GIT_TOKEN}@git.example.com/x.git"));
        assert!(found("git clone https://ghp_abcdef@github.com/x/y.git"));
        assert!(!found("curl -fsSL https://example.com/x"));
        assert!(found("curl -u admin:admin https://x"));
        assert!(!found("curl -u \"$CREDS\" https://x"));
        assert!(found("echo //registry.npmjs.org/:_authToken=npm_abc > ~/.npmrc"));
        assert!(!found("echo //registry.npmjs.org/:_authToken=${NPM_TOKEN} > ~/.npmrc"));
    }
}
