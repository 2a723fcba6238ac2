//! GLC016 credential-sent-to-third-party: `curl`/`wget` in a `script:` sends the job's own
//! credentials (`$CI_JOB_TOKEN`, the registry and deploy passwords, the job's JWTs) or every
//! variable of the job (`env | curl --data @-`) to a host that is written out and is not the
//! GitLab instance.

use super::{GitlabCtx, expanded_refs, script_owners, sub_span};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::dockerfile::shell::{Command, ShellWord};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC016",
    check: Check::Gitlab(check),
};

/// Credentials GitLab gives every job, valid against the GitLab instance (its API, registry,
/// dependency proxy) only.
const INSTANCE_CREDENTIALS: &[&str] = &[
    "CI_JOB_TOKEN",
    "CI_REGISTRY_PASSWORD",
    "CI_DEPLOY_PASSWORD",
    "CI_DEPENDENCY_PROXY_PASSWORD",
];

/// The job's legacy JSON web tokens, meant for token exchange (Vault, a cloud's STS).
const JWTS: &[&str] = &["CI_JOB_JWT", "CI_JOB_JWT_V1", "CI_JOB_JWT_V2"];

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    let ci = ctx.ci;
    for (job, name, lines) in script_owners(ci) {
        // `id_tokens:` of the job (and of the templates it extends in this file) are JWTs too.
        let mut tokens: Vec<&str> = JWTS.to_vec();
        if let Some(job) = job {
            for j in ci.extends_chain(job) {
                if let Some(ids) = j.node.get("id_tokens") {
                    tokens.extend(ids.entries().map(|e| e.key.as_str()));
                }
            }
        }
        for line in lines {
            let commands = &line.script.commands;
            for command in commands {
                let Some(program @ ("curl" | "wget")) = command.program() else {
                    continue;
                };
                let Some(host) = destination(command) else {
                    continue;
                };
                if host.instance {
                    continue;
                }
                let mut reported = false;
                // The URL itself too: a credential in its user part or its query.
                for word in command.args() {
                    for (var, start, len) in expanded_refs(&word.text) {
                        let why = if INSTANCE_CREDENTIALS.contains(&var) {
                            "a credential of this job, valid against the GitLab instance"
                        } else if tokens.contains(&var) && !host.exchange {
                            "the job's identity token"
                        } else {
                            continue;
                        };
                        reported = true;
                        out.report_in(
                            &line.file,
                            sub_span(word.span, word.text.len(), start, len),
                            format!(
                                "`{program}` sends `${var}`, {why}, to `{}`, which is not the GitLab instance",
                                host.name
                            ),
                        )
                        .label(host.word.span, "sent here")
                        .object(format!("job {name}"));
                    }
                }
                if !reported && let Some(dump) = environment_piped_into(command, commands) {
                    out.report_in(
                        &line.file,
                        command.span,
                        format!(
                            "`{program}` sends the output of `{dump}`, every variable of the job with its secrets, to `{}`",
                            host.name
                        ),
                    )
                    .label(host.word.span, "sent here")
                    .object(format!("job {name}"));
                }
            }
        }
    }
}

/// Where a request goes, when its URL is written out.
struct Destination<'a> {
    word: &'a ShellWord,
    name: String,
    /// The GitLab instance: a host naming GitLab, or a path only GitLab serves.
    instance: bool,
    /// A token-exchange endpoint: Vault's auth path, or a cloud's security token service.
    exchange: bool,
}

/// The first `http(s)://` argument; `None` when there is none (the target comes from a
/// variable: unknown) or its host is built from a variable.
fn destination(command: &Command) -> Option<Destination<'_>> {
    for word in command.args() {
        let text = word.text.trim_matches(|c| c == '"' || c == '\'');
        let rest = match text.split_once("://") {
            Some(("http" | "https", rest)) => rest,
            _ => continue,
        };
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..end];
        let host = authority
            .rsplit('@')
            .next()
            .unwrap_or(authority)
            .split(':')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if host.is_empty() || host.contains('$') || host.contains('{') {
            return None;
        }
        let path = &rest[end..];
        // GitLab's REST and GraphQL APIs, its `/-/` routes (raw files, job artifacts,
        // packages), and the container registry API.
        let instance = host.contains("gitlab")
            || path.contains("/api/v4/")
            || path.contains("/api/graphql")
            || path.contains("/-/")
            || path.starts_with("/v2/");
        let exchange = path.contains("/v1/auth/")
            || host.contains("vault")
            || host.starts_with("sts.")
            || host == "login.microsoftonline.com"
            || host == "sts.googleapis.com";
        return Some(Destination {
            word,
            name: host,
            instance,
            exchange,
        });
    }
    None
}

/// `env`, `printenv` or `export -p` earlier in the same pipeline as `command`, whose output the
/// request reads (`--data @-`, `--data-binary @-`, `-T -`, `--upload-file -`, `--post-file=-`).
fn environment_piped_into<'a>(command: &Command, commands: &'a [Command]) -> Option<&'a str> {
    let (pipeline, position) = command.pipeline?;
    let reads_stdin = command.args().iter().any(|w| {
        let t = w.text.trim_matches(|c| c == '"' || c == '\'');
        t == "@-" || t.ends_with("=@-") || t == "-" || t == "--post-file=-"
    });
    if !reads_stdin {
        return None;
    }
    commands.iter().find_map(|c| {
        let (p, at) = c.pipeline?;
        if p != pipeline || at >= position {
            return None;
        }
        match c.program()? {
            "env" | "printenv" if c.args().is_empty() => Some(c.program()?),
            "export" if c.args().iter().any(|a| a.text == "-p") => Some("export -p"),
            _ => None,
        }
    })
}
