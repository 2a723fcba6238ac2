//! DKR019 secret-file-copied: `COPY`/`ADD` of files that hold credentials: private keys
//! (`id_rsa`, `*.key`, `*.pem`, `*.p12`), `.env`, `.npmrc`, `.pypirc`, `.netrc`,
//! `.git-credentials`, `.aws/credentials`, `.docker/config.json`, or whole `.ssh`/`.aws` folders.

use super::add::{is_heredoc, is_remote, sources};
use super::stages::{each_instruction, object};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR019",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_instruction(df, |_, instruction, scope| {
        if !matches!(instruction.keyword, Keyword::Copy | Keyword::Add) {
            return;
        }
        for source in sources(instruction, df.escape) {
            if is_heredoc(&source.text) || is_remote(&source.text) {
                continue;
            }
            let path = scope.resolve(&source.text).unwrap_or(source.text.clone());
            let Some(kind) = secret_kind(&path) else {
                continue;
            };
            let finding = out.report(
                source.span,
                format!(
                    "`{path}` looks like {kind}; copied into a layer it can be read by anyone with the image"
                ),
            );
            if let Some(o) = object(df, instruction.stage) {
                finding.object(o);
            }
        }
    });
}

/// What kind of secret the path names, judged by its last components.
fn secret_kind(path: &str) -> Option<&'static str> {
    let path = path.trim_end_matches('/');
    let lower = path.to_ascii_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    let parent = lower
        .rsplit('/')
        .nth(1)
        .unwrap_or_default();
    match name {
        "id_rsa" | "id_dsa" | "id_ecdsa" | "id_ed25519" | "id_ecdsa_sk" | "id_ed25519_sk" => {
            return Some("an SSH private key");
        }
        ".ssh" | ".gnupg" => return Some("a folder of private keys"),
        ".aws" | ".kube" | ".azure" | ".docker" => return Some("a folder of cloud credentials"),
        ".npmrc" | ".pypirc" | ".netrc" | "_netrc" | ".git-credentials" | ".pgpass"
        | ".dockercfg" | ".yarnrc.yml" => return Some("a credentials file"),
        "credentials" if parent == ".aws" => return Some("a credentials file"),
        "config.json" if parent == ".docker" => return Some("a credentials file"),
        "config" if parent == ".kube" => return Some("a credentials file"),
        _ => {}
    }
    if name == ".env" || name.starts_with(".env.") {
        let harmless = ["example", "sample", "template", "dist", "defaults", "tmpl", "schema"];
        return (!harmless
            .iter()
            .any(|h| name.ends_with(&format!(".{h}"))))
        .then_some("an environment file with secrets");
    }
    let (stem, extension) = name.rsplit_once('.')?;
    // Certificates, CA bundles and public or GPG keys are meant to be shared.
    let words: Vec<&str> = stem.split(['-', '_', '.']).collect();
    let public = |extra: &[&str]| {
        words.iter().any(|w| {
            [
                "cert", "certs", "certificate", "ca", "cacert", "cacerts", "chain", "fullchain",
                "bundle", "root", "trust", "truststore", "pub", "public",
            ]
            .contains(w)
                || extra.contains(w)
        })
    };
    match extension {
        "pem" if !public(&[]) => Some("a private key"),
        "key" if !public(&["gpg", "pgp", "asc", "apt", "repo", "signing", "release", "archive", "keyring"]) => {
            Some("a private key")
        }
        "p12" | "pfx" | "keystore" | "jks" if !public(&[]) => Some("a key store"),
        "ppk" => Some("a private key"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::secret_kind;

    #[test]
    fn kinds() {
        assert!(secret_kind("id_rsa").is_some());
        assert!(secret_kind("./keys/server.key").is_some());
        assert!(secret_kind("tls/private.pem").is_some());
        assert!(secret_kind("ca-cert.pem").is_none());
        assert!(secret_kind("fullchain.pem").is_none());
        assert!(secret_kind("nodesource-repo.gpg.key").is_none());
        assert!(secret_kind(".env").is_some());
        assert!(secret_kind(".env.production").is_some());
        assert!(secret_kind(".env.example").is_none());
        assert!(secret_kind("home/.aws/credentials").is_some());
        assert!(secret_kind("credentials").is_none());
        assert!(secret_kind("id_rsa.pub").is_none());
        assert!(secret_kind("app.py").is_none());
    }
}
