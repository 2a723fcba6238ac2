//! What a `module` block's `source` says about where the module comes from and which revision
//! `terraform init` fetches (TF001–TF003), and the blocks the declaration rules walk once each
//! (TF004–TF007).

use std::collections::HashSet;
use std::path::Path;
use yoroi_syntax::Node;
use yoroi_syntax::terraform::{Block, Module};

/// A module source, as Terraform's module installer reads it.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Source<'s> {
    /// A directory of this repository (`./modules/vpc`).
    Local,
    /// A registry address (`terraform-aws-modules/vpc/aws`, `app.terraform.io/acme/vpc/aws`):
    /// its revision is the block's `version`.
    Registry,
    /// A Git or Mercurial repository (`git::https://…`, `github.com/org/repo`, `git@host:org/repo`,
    /// `bitbucket.org/org/repo`, `hg::…`): its revision is the `ref` query argument.
    Vcs { reference: Option<&'s str> },
    /// An archive over HTTP(S), a bucket (`s3::`, `gcs::`): no revision in the address.
    Other,
}

pub(super) fn classify(source: &str) -> Source<'_> {
    let source = source.trim();
    if source.starts_with("./") || source.starts_with("../") || source.starts_with('/') {
        return Source::Local;
    }
    let vcs = source.starts_with("git::")
        || source.starts_with("hg::")
        || source.starts_with("git@")
        || source.starts_with("github.com/")
        || source.starts_with("bitbucket.org/");
    if vcs {
        return Source::Vcs {
            reference: query_argument(source, "ref"),
        };
    }
    if source.contains("::") || source.contains("://") {
        return Source::Other;
    }
    // `[host/]namespace/name/provider[//subdirectory]`.
    let address = source.split("//").next().unwrap_or(source);
    let parts: Vec<&str> = address.split('/').collect();
    let plain = |p: &str| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    let registry = match parts.as_slice() {
        [namespace, name, provider] => plain(namespace) && plain(name) && plain(provider),
        [host, namespace, name, provider] => {
            host.contains('.') && plain(namespace) && plain(name) && plain(provider)
        }
        _ => false,
    };
    if registry {
        Source::Registry
    } else {
        Source::Other
    }
}

/// The value of `key` in the address's query string (`?ref=v1.2.0&depth=1`).
fn query_argument<'s>(source: &'s str, key: &str) -> Option<&'s str> {
    let (_, query) = source.split_once('?')?;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == key && !v.is_empty()).then_some(v)
    })
}

/// Branch names that move by design: a `ref` to one of them pins nothing.
pub(super) fn is_branch(reference: &str) -> bool {
    matches!(
        reference.to_ascii_lowercase().as_str(),
        "main" | "master" | "develop" | "development" | "dev" | "trunk" | "head" | "latest"
    )
}

/// A full or abbreviated commit hash (SHA-1, or SHA-256 in SHA-256 repositories).
pub(super) fn is_commit(reference: &str) -> bool {
    (7..=64).contains(&reference.len()) && reference.chars().all(|c| c.is_ascii_hexdigit())
}

/// The `module` blocks of the module tree with a literal `source`, each once (a module called
/// twice holds its calls twice).
pub(super) fn module_calls(module: &Module) -> Vec<(&Block, &Node, &str)> {
    once_each(module, &["module"])
        .into_iter()
        .filter_map(|b| {
            let node = b.body.get("source")?;
            Some((b, node, node.as_str()?))
        })
        .collect()
}

/// The blocks of these kinds, each written block once (instances of `count`/`for_each` and
/// modules called twice repeat them).
pub(super) fn once_each<'m>(module: &'m Module, kinds: &[&str]) -> Vec<&'m Block> {
    // By path: a module called twice holds its files twice.
    let mut seen: HashSet<(&Path, u32)> = HashSet::new();
    module
        .blocks
        .iter()
        .filter(|b| kinds.contains(&b.kind.as_str()))
        .filter(|b| seen.insert((module.file(b).path.as_path(), b.header.start)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_told_apart() {
        assert_eq!(classify("./modules/vpc"), Source::Local);
        assert_eq!(classify("../shared"), Source::Local);
        assert_eq!(classify("terraform-aws-modules/vpc/aws"), Source::Registry);
        assert_eq!(
            classify("app.terraform.io/acme/vpc/aws//modules/endpoints"),
            Source::Registry
        );
        assert_eq!(
            classify("git::https://example.com/vpc.git?ref=v1.2.0"),
            Source::Vcs {
                reference: Some("v1.2.0")
            }
        );
        assert_eq!(
            classify("github.com/acme/terraform-vpc//modules/a?depth=1&ref=main"),
            Source::Vcs {
                reference: Some("main")
            }
        );
        assert_eq!(
            classify("git@github.com:acme/terraform-vpc.git"),
            Source::Vcs { reference: None }
        );
        assert_eq!(
            classify("https://example.com/vpc-module.zip"),
            Source::Other
        );
        assert_eq!(
            classify("s3::https://s3.amazonaws.com/bucket/vpc.zip"),
            Source::Other
        );
        assert!(is_commit("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"));
        assert!(!is_commit("v1.2.0"));
        assert!(is_branch("Main"));
        assert!(!is_branch("v1.2.0"));
    }
}
