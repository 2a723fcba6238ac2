//! The peer parity matrix (`checks/parity/`): for every check of a peer tool in yoroi's domains,
//! the yoroi rules that decide the same thing, or why yoroi does not have one.
//!
//! Two inputs per peer: its id list (`ids/<peer>.tsv`: id, domain, target and, for Trivy, the
//! tfsec long id; refreshed from the peers' catalogs by `scripts/parity-refresh.py`) and the
//! matrix (`<peer>.yaml`). The rules' `equivalents` are the other half of the same facts;
//! [`check`] proves that both halves agree and [`sync`] rewrites a matrix from the rules.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use serde::Deserialize;

use crate::{Catalog, Domain};

/// The peers with a matrix, in the order the docs list them.
pub const PEERS: &[&str] = &[
    "checkov",
    "trivy",
    "kics",
    "hadolint",
    "kube-linter",
    "polaris",
    "kube-score",
    "zizmor",
    "compose-lint",
    "semgrep",
];

/// The peer domains in the order matrices and docs list them.
pub const DOMAIN_ORDER: &[&str] = &[
    "dockerfile",
    "kubernetes",
    "terraform-aws",
    "terraform-azure",
    "terraform-gcp",
    "terraform-kubernetes",
    "terraform-other",
    "github-actions",
    "gitlab-ci",
    "compose",
];

fn domain_rank(domain: &str) -> usize {
    DOMAIN_ORDER
        .iter()
        .position(|d| *d == domain)
        .unwrap_or(DOMAIN_ORDER.len())
}

/// Domains in which no peer check may stay missing.
pub const COMPLETE_DOMAINS: &[&str] = &["dockerfile"];

/// Why yoroi has no rule for a peer check (a closed set).
pub const REASONS: &[&str] = &[
    "deprecated-api",
    "needs-live-account",
    "not-a-file-property",
    "duplicate-of",
    "disagree",
    "other-cloud",
];

/// One check of a peer, as listed in `ids/<peer>.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerCheck {
    pub id: String,
    pub domain: String,
    /// Resource type, kind or instruction the check looks at (may be empty).
    pub target: String,
    /// Trivy only: the tfsec-style long id (`aws-ec2-no-public-ingress-sgr`).
    pub long_id: Option<String>,
}

/// A peer's check list.
#[derive(Debug, Clone)]
pub struct PeerIds {
    pub peer: String,
    pub checks: Vec<PeerCheck>,
}

/// What the matrix says about one peer check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// yoroi rules that decide the same thing.
    Mapped(Vec<String>),
    /// Not implemented on purpose.
    Excluded {
        reason: String,
        of: Option<String>,
        why: String,
    },
    /// Not covered yet.
    Missing,
}

/// A peer's matrix: `(domain, id)` → decision.
#[derive(Debug, Clone, Default)]
pub struct Matrix {
    pub peer: String,
    pub entries: BTreeMap<(String, String), Decision>,
}

/// An exclusion waiting to be folded into a matrix (`checks/parity/pending/*.yaml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PendingExclusion {
    pub peer: String,
    pub domain: String,
    pub id: String,
    pub excluded: String,
    #[serde(default)]
    pub of: Option<String>,
    pub why: String,
}

#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
pub struct ParityError {
    pub file: String,
    pub message: String,
}

fn error(file: &str, message: impl Into<String>) -> ParityError {
    ParityError {
        file: file.to_string(),
        message: message.into(),
    }
}

/// Parses `ids/<peer>.tsv`.
pub fn parse_ids(peer: &str, text: &str) -> Result<PeerIds, ParityError> {
    let file = format!("ids/{peer}.tsv");
    let mut lines = text.lines();
    let header: Vec<&str> = lines
        .next()
        .ok_or_else(|| error(&file, "empty"))?
        .split('\t')
        .collect();
    if header.get(..3) != Some(&["id", "domain", "target"][..]) {
        return Err(error(&file, "header must start with id, domain, target"));
    }
    let long_col = header.iter().position(|h| *h == "tfsec");
    let mut checks = Vec::new();
    for (n, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 3 || fields[0].is_empty() || fields[1].is_empty() {
            return Err(error(&file, format!("line {}: malformed", n + 2)));
        }
        checks.push(PeerCheck {
            id: fields[0].to_string(),
            domain: fields[1].to_string(),
            target: fields[2].to_string(),
            long_id: long_col
                .and_then(|c| fields.get(c))
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string()),
        });
    }
    Ok(PeerIds {
        peer: peer.to_string(),
        checks,
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MatrixFile {
    peer: String,
    #[serde(default)]
    checks: BTreeMap<String, BTreeMap<String, EntryRepr>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum EntryRepr {
    Word(String),
    Fields(EntryFields),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryFields {
    #[serde(default)]
    yoroi: Option<Vec<String>>,
    #[serde(default)]
    excluded: Option<String>,
    #[serde(default)]
    of: Option<String>,
    #[serde(default)]
    why: Option<String>,
}

/// Parses `<peer>.yaml`.
pub fn parse_matrix(file: &str, text: &str) -> Result<Matrix, ParityError> {
    let parsed: MatrixFile =
        serde_saphyr::from_str(text).map_err(|e| error(file, e.to_string()))?;
    let mut entries = BTreeMap::new();
    for (domain, checks) in parsed.checks {
        for (id, repr) in checks {
            let decision = match repr {
                EntryRepr::Word(w) if w == "missing" => Decision::Missing,
                EntryRepr::Word(w) => {
                    return Err(error(file, format!("{domain}/{id}: unknown word `{w}`")));
                }
                EntryRepr::Fields(f) => match (f.yoroi, f.excluded) {
                    (Some(rules), None) if f.of.is_none() && f.why.is_none() => {
                        Decision::Mapped(rules)
                    }
                    (None, Some(reason)) => Decision::Excluded {
                        reason,
                        of: f.of,
                        why: f.why.unwrap_or_default(),
                    },
                    _ => {
                        return Err(error(
                            file,
                            format!(
                                "{domain}/{id}: give either `yoroi:` or `excluded:` with `why:`"
                            ),
                        ));
                    }
                },
            };
            entries.insert((domain.clone(), id), decision);
        }
    }
    Ok(Matrix {
        peer: parsed.peer,
        entries,
    })
}

/// Whether a rule of this domain can decide a peer check of that peer domain.
pub fn compatible(domain: Domain, peer_domain: &str) -> bool {
    match domain {
        Domain::Dockerfile => peer_domain == "dockerfile",
        Domain::Kubernetes => matches!(peer_domain, "kubernetes" | "terraform-kubernetes"),
        Domain::Aws => peer_domain == "terraform-aws",
        Domain::Azure => peer_domain == "terraform-azure",
        Domain::Gcp => peer_domain == "terraform-gcp",
        Domain::Terraform => peer_domain.starts_with("terraform-"),
        // Secrets are judged in every file kind yoroi reads.
        Domain::Secrets => true,
        Domain::GithubActions => peer_domain == "github-actions",
        Domain::Compose => peer_domain == "compose",
        Domain::GitlabCi => peer_domain == "gitlab-ci",
        Domain::Yoroi => false,
    }
}

/// Every way in which the matrix, the id list and the rules' `equivalents` disagree.
pub fn check(catalog: &Catalog, ids: &PeerIds, matrix: &Matrix) -> Vec<String> {
    let peer = ids.peer.as_str();
    let mut problems = Vec::new();
    if matrix.peer != peer {
        problems.push(format!("{peer}.yaml: `peer: {}`", matrix.peer));
    }
    let listed: BTreeSet<(String, String)> = ids
        .checks
        .iter()
        .map(|c| (c.domain.clone(), c.id.clone()))
        .collect();
    let known_ids: BTreeSet<&str> = ids.checks.iter().map(|c| c.id.as_str()).collect();
    for key in &listed {
        if !matrix.entries.contains_key(key) {
            problems.push(format!(
                "{peer}: {} ({}) is not in the matrix",
                key.1, key.0
            ));
        }
    }
    for ((domain, id), decision) in &matrix.entries {
        if !listed.contains(&(domain.clone(), id.clone())) {
            problems.push(format!(
                "{peer}: {id} ({domain}) is in the matrix but not in ids/{peer}.tsv"
            ));
        }
        match decision {
            Decision::Mapped(rules) => {
                if rules.is_empty() {
                    problems.push(format!("{peer}: {id} ({domain}) maps to no rule"));
                }
                for rule_id in rules {
                    let Some(rule) = catalog.get(rule_id) else {
                        problems.push(format!(
                            "{peer}: {id} ({domain}) names unknown rule {rule_id}"
                        ));
                        continue;
                    };
                    if !compatible(rule.domain, domain) {
                        problems.push(format!(
                            "{peer}: {id} ({domain}) maps to {rule_id}, a {} rule",
                            rule.domain.as_str()
                        ));
                    }
                    let lists = rule
                        .meta
                        .equivalents
                        .get(peer)
                        .is_some_and(|v| v.iter().any(|x| x == id));
                    if !lists {
                        problems.push(format!(
                            "{peer}: {id} ({domain}) maps to {rule_id}, whose equivalents do not list it"
                        ));
                    }
                }
            }
            Decision::Excluded { reason, of, why } => {
                if !REASONS.contains(&reason.as_str()) {
                    problems.push(format!(
                        "{peer}: {id} ({domain}): unknown reason `{reason}`"
                    ));
                }
                if why.trim().len() < 10 {
                    problems.push(format!("{peer}: {id} ({domain}): `why` must say why"));
                }
                match (reason.as_str(), of) {
                    ("duplicate-of", Some(other)) if known_ids.contains(other.as_str()) => {}
                    ("duplicate-of", _) => problems.push(format!(
                        "{peer}: {id} ({domain}): duplicate-of needs `of:` naming a {peer} id"
                    )),
                    (_, Some(_)) => problems.push(format!(
                        "{peer}: {id} ({domain}): `of:` only goes with duplicate-of"
                    )),
                    _ => {}
                }
            }
            Decision::Missing => {}
        }
    }
    for rule in &catalog.rules {
        let Some(listed_ids) = rule.meta.equivalents.get(peer) else {
            continue;
        };
        for id in listed_ids {
            if !known_ids.contains(id.as_str()) {
                problems.push(format!(
                    "{}: equivalents name {peer} `{id}`, which {peer} does not have",
                    rule.id()
                ));
                continue;
            }
            let mapped = matrix.entries.iter().any(|((_, mid), d)| {
                mid == id && matches!(d, Decision::Mapped(r) if r.iter().any(|r| r == rule.id()))
            });
            if !mapped {
                problems.push(format!(
                    "{}: equivalents name {peer} `{id}`, but the matrix does not map it to {}",
                    rule.id(),
                    rule.id()
                ));
            }
        }
    }
    problems
}

/// The checks of the domains that must be complete ([`COMPLETE_DOMAINS`]) that the matrix
/// still marks missing.
pub fn missing_in_complete_domains(ids: &PeerIds, matrix: &Matrix) -> Vec<String> {
    ids.checks
        .iter()
        .filter(|c| COMPLETE_DOMAINS.contains(&c.domain.as_str()))
        .filter(|c| {
            !matches!(
                matrix.entries.get(&(c.domain.clone(), c.id.clone())),
                Some(Decision::Mapped(_) | Decision::Excluded { .. })
            )
        })
        .map(|c| format!("{} {} ({})", ids.peer, c.id, c.domain))
        .collect()
}

/// The Trivy and tfsec ids a rule's `equivalents` should list: Trivy's own ids plus those whose
/// long id the rule names under `tfsec`, and the long id of each (tfsec's names for Trivy's
/// checks, which `#tfsec:ignore:` comments use).
pub fn trivy_and_tfsec(rule: &crate::Rule, trivy: &PeerIds) -> (Vec<String>, Vec<String>) {
    let eq = &rule.meta.equivalents;
    let mut trivy_ids: Vec<String> = eq.get("trivy").cloned().unwrap_or_default();
    for long in eq.get("tfsec").into_iter().flatten() {
        // Some long ids name several Trivy checks (the `--profiling` one of every control-plane
        // component); only a long id that names one check says which.
        let mut named = trivy
            .checks
            .iter()
            .filter(|c| c.long_id.as_deref() == Some(long));
        if let (Some(c), None) = (named.next(), named.next())
            && !trivy_ids.contains(&c.id)
        {
            trivy_ids.push(c.id.clone());
        }
    }
    // Names tfsec used before Trivy took its checks over (`aws-api-gateway-…`) stay valid.
    let mut tfsec: Vec<String> = eq.get("tfsec").cloned().unwrap_or_default();
    for id in &trivy_ids {
        if let Some(long) = trivy
            .checks
            .iter()
            .find(|c| &c.id == id)
            .and_then(|c| c.long_id.clone())
            && !tfsec.contains(&long)
        {
            tfsec.push(long);
        }
    }
    (trivy_ids, tfsec)
}

/// Every rule whose Trivy ids lack their tfsec long ids, or whose tfsec ids name a Trivy check
/// the rule does not list.
pub fn check_tfsec(catalog: &Catalog, trivy: &PeerIds) -> Vec<String> {
    let mut problems = Vec::new();
    for rule in &catalog.rules {
        let (trivy_ids, tfsec) = trivy_and_tfsec(rule, trivy);
        let eq = &rule.meta.equivalents;
        let as_set = |v: Option<&Vec<String>>| -> BTreeSet<String> {
            v.map(|v| v.iter().cloned().collect()).unwrap_or_default()
        };
        if as_set(eq.get("trivy")) != trivy_ids.iter().cloned().collect()
            || as_set(eq.get("tfsec")) != tfsec.iter().cloned().collect()
        {
            problems.push(format!(
                "{}: trivy/tfsec equivalents should be {:?} / {:?}",
                rule.id(),
                trivy_ids,
                tfsec
            ));
        }
    }
    problems
}

/// `rule.yaml` text with the `equivalents` line of `tool` set to `ids` (added after the last
/// line of the block when missing, removed when `ids` is empty).
pub fn set_equivalents(yaml: &str, tool: &str, ids: &[String]) -> String {
    let lines: Vec<&str> = yaml.split_inclusive('\n').collect();
    let Some(start) = lines.iter().position(|l| l.trim_end() == "equivalents:") else {
        if ids.is_empty() {
            return yaml.to_string();
        }
        // No block yet: it replaces `equivalents: {}`, or goes before `rationale:`.
        let empty = lines.iter().position(|l| l.trim_end() == "equivalents: {}");
        let at = empty
            .or_else(|| lines.iter().position(|l| l.starts_with("rationale:")))
            .unwrap_or(lines.len());
        let mut out: String = lines[..at].concat();
        let _ = writeln!(out, "equivalents:\n  {tool}: [{}]", ids.join(", "));
        let rest = if empty.is_some() { at + 1 } else { at };
        out.push_str(&lines[rest..].concat());
        return out;
    };
    let mut end = start + 1;
    while end < lines.len() && lines[end].starts_with("  ") {
        end += 1;
    }
    let prefix = format!("  {tool}:");
    let new_line = format!("  {tool}: [{}]\n", ids.join(", "));
    let mut out = String::with_capacity(yaml.len() + new_line.len());
    out.push_str(&lines[..=start].concat());
    let mut done = false;
    for line in &lines[start + 1..end] {
        if line.starts_with(&prefix) {
            if !ids.is_empty() {
                out.push_str(&new_line);
            }
            done = true;
        } else {
            out.push_str(line);
        }
    }
    if !done && !ids.is_empty() {
        out.push_str(&new_line);
    }
    out.push_str(&lines[end..].concat());
    out
}

/// The matrix the rules imply: mappings from `equivalents`, exclusions kept from `existing` and
/// taken from `pending`, everything else missing. An id that the peer has in several domains
/// yoroi's rules could cover (Checkov's `CKV_K8S_*` on manifests and on the Terraform provider,
/// which differ in meaning for some ids) keeps a mapping written by hand as long as it agrees
/// with the rules.
pub fn sync(
    catalog: &Catalog,
    ids: &PeerIds,
    existing: &Matrix,
    pending: &[PendingExclusion],
) -> Matrix {
    let peer = ids.peer.as_str();
    let mut domains_of: HashMap<&str, usize> = HashMap::new();
    for c in &ids.checks {
        *domains_of.entry(c.id.as_str()).or_default() += 1;
    }
    let mut entries = BTreeMap::new();
    for c in &ids.checks {
        let key = (c.domain.clone(), c.id.clone());
        let listing: Vec<String> = catalog
            .rules
            .iter()
            .filter(|r| compatible(r.domain, &c.domain))
            .filter(|r| {
                r.meta
                    .equivalents
                    .get(peer)
                    .is_some_and(|v| v.iter().any(|x| x == &c.id))
            })
            .map(|r| r.id().to_string())
            .collect();
        let all_listing = listing.clone();
        let old = existing.entries.get(&key);
        let ambiguous = domains_of.get(c.id.as_str()).copied().unwrap_or(0) > 1;
        let listing = if ambiguous {
            // A rule mapped to this id in another domain was put there by hand: it decides
            // what the id means in that domain, not necessarily here.
            let elsewhere: Vec<&String> = existing
                .entries
                .iter()
                .filter(|((d, i), _)| i == &c.id && d != &c.domain)
                .filter_map(|(_, d)| match d {
                    Decision::Mapped(rules) => Some(rules),
                    _ => None,
                })
                .flatten()
                .collect();
            listing
                .into_iter()
                .filter(|r| !elsewhere.contains(&r))
                .collect()
        } else {
            listing
        };
        let decision = match old {
            Some(Decision::Mapped(rules))
                if ambiguous
                    && !rules.is_empty()
                    && rules.iter().all(|r| all_listing.contains(r)) =>
            {
                Decision::Mapped(rules.clone())
            }
            _ if !listing.is_empty() => Decision::Mapped(listing),
            Some(d @ Decision::Excluded { .. }) => d.clone(),
            _ => pending
                .iter()
                .find(|p| p.peer == peer && p.domain == c.domain && p.id == c.id)
                .map(|p| Decision::Excluded {
                    reason: p.excluded.clone(),
                    of: p.of.clone(),
                    why: p.why.trim().to_string(),
                })
                .unwrap_or(Decision::Missing),
        };
        entries.insert(key, decision);
    }
    Matrix {
        peer: peer.to_string(),
        entries,
    }
}

fn yaml_key(s: &str) -> String {
    let plain = s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if plain { s.to_string() } else { quote(s) }
}

fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `<peer>.yaml`, in the id list's order.
pub fn render_matrix(ids: &PeerIds, matrix: &Matrix) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Parity with {}: every check it has in yoroi's domains, and what yoroi does about it.\n\
         # `yoroi: [...]` the rules that decide the same thing (kept equal to their `equivalents`);\n\
         # `excluded:` one of {} with `why:`; `missing` not covered yet.\n\
         # Refresh with `YOROI_UPDATE_PARITY=1 cargo test -p yoroi-checks --test parity`\n\
         # (docs/rule-format.md, \"Parity with other tools\").",
        ids.peer,
        REASONS.join(", ")
    );
    let _ = writeln!(out, "peer: {}\nchecks:", ids.peer);
    let mut domains: Vec<&str> = Vec::new();
    for c in &ids.checks {
        if !domains.contains(&c.domain.as_str()) {
            domains.push(&c.domain);
        }
    }
    domains.sort_by_key(|d| domain_rank(d));
    for c in domains
        .iter()
        .flat_map(|d| ids.checks.iter().filter(move |c| c.domain == *d))
    {
        if ids
            .checks
            .iter()
            .find(|x| x.domain == c.domain)
            .is_some_and(|first| std::ptr::eq(first, c))
        {
            let _ = writeln!(out, "  {}:", c.domain);
        }
        let key = yaml_key(&c.id);
        let value = match matrix.entries.get(&(c.domain.clone(), c.id.clone())) {
            Some(Decision::Mapped(rules)) => format!("{{ yoroi: [{}] }}", rules.join(", ")),
            Some(Decision::Excluded { reason, of, why }) => match of {
                Some(of) => format!(
                    "{{ excluded: {reason}, of: {}, why: {} }}",
                    yaml_key(of),
                    quote(why)
                ),
                None => format!("{{ excluded: {reason}, why: {} }}", quote(why)),
            },
            Some(Decision::Missing) | None => "missing".to_string(),
        };
        let _ = writeln!(out, "    {key}: {value}");
    }
    out
}

/// Counts for one peer and domain.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub mapped: usize,
    pub excluded: usize,
    pub missing: usize,
}

impl Counts {
    pub fn total(&self) -> usize {
        self.mapped + self.excluded + self.missing
    }
}

/// Per domain counts of a peer's matrix, in the id list's domain order.
pub fn counts(ids: &PeerIds, matrix: &Matrix) -> Vec<(String, Counts)> {
    let mut out: Vec<(String, Counts)> = Vec::new();
    for c in &ids.checks {
        let idx = match out.iter().position(|(d, _)| *d == c.domain) {
            Some(i) => i,
            None => {
                out.push((c.domain.clone(), Counts::default()));
                out.len() - 1
            }
        };
        let counts = &mut out[idx].1;
        match matrix.entries.get(&(c.domain.clone(), c.id.clone())) {
            Some(Decision::Mapped(_)) => counts.mapped += 1,
            Some(Decision::Excluded { .. }) => counts.excluded += 1,
            _ => counts.missing += 1,
        }
    }
    out.sort_by_key(|(d, _)| domain_rank(d));
    out
}

/// `docs/parity.md`.
pub fn markdown(peers: &[(PeerIds, Matrix)]) -> String {
    let mut out = String::from(
        "# Parity with other tools\n\n\
         Generated from `checks/parity/` by `YOROI_UPDATE_DOCS=1 cargo test -p yoroi-checks --test parity`;\n\
         do not edit by hand.\n\n\
         For every check of Checkov, Trivy (and tfsec, its former name), KICS, hadolint, kube-linter,\n\
         Polaris, kube-score, zizmor, compose-lint and Semgrep (its Compose rules) that falls in one\n\
         of yoroi's domains, the matrix in\n\
         `checks/parity/<peer>.yaml` names the yoroi rules that decide the same thing, or the reason\n\
         yoroi has none (`excluded`), or marks it `missing` (not covered yet). The rules list the same\n\
         facts as `equivalents` (shown by `yoroi explain` and `yoroi rules --format json`), which is\n\
         also how yoroi honours the peers' inline ignore comments. The peers' check lists come from\n\
         their public catalogs (`checks/parity/ids/`).\n\n\
         Exclusion reasons: `deprecated-api` (an API Kubernetes removed, reported as such by K8S073),\n\
         `needs-live-account` (decided by state outside the files), `not-a-file-property`,\n\
         `duplicate-of` (the peer checks the same thing twice), `disagree` (we think the check is\n\
         wrong; the reason is given), `other-cloud`.\n\n\
         ## Summary\n\n\
         | peer | domain | checks | mapped | excluded | missing | decided |\n\
         | --- | --- | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let mut missing_lists = String::new();
    let mut excluded_lists = String::new();
    for (ids, matrix) in peers {
        for (domain, c) in counts(ids, matrix) {
            let decided = (c.mapped + c.excluded) as f64 * 100.0 / c.total().max(1) as f64;
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {:.0} % |",
                ids.peer,
                domain,
                c.total(),
                c.mapped,
                c.excluded,
                c.missing,
                decided
            );
        }
        let mut excluded = String::new();
        let mut missing = String::new();
        for c in &ids.checks {
            let target = if c.target.is_empty() {
                String::new()
            } else {
                format!(" ({})", c.target.replace(',', ", "))
            };
            match matrix.entries.get(&(c.domain.clone(), c.id.clone())) {
                Some(Decision::Excluded { reason, of, why }) => {
                    let of = of.as_deref().map(|o| format!(" `{o}`")).unwrap_or_default();
                    let _ = writeln!(
                        excluded,
                        "| `{}` | {} | {reason}{of} | {} |",
                        c.id,
                        c.domain,
                        why.replace('|', "\\|")
                    );
                }
                Some(Decision::Mapped(_)) => {}
                _ => {
                    let _ = writeln!(missing, "- `{}` {}{target}", c.id, c.domain);
                }
            }
        }
        if !excluded.is_empty() {
            let _ = write!(
                excluded_lists,
                "\n### {}\n\n| check | domain | reason | why |\n| --- | --- | --- | --- |\n{excluded}",
                ids.peer
            );
        }
        if !missing.is_empty() {
            let _ = write!(missing_lists, "\n### {}\n\n{missing}", ids.peer);
        }
    }
    out.push_str("\n## Excluded\n");
    if excluded_lists.is_empty() {
        out.push_str("\nNone.\n");
    } else {
        out.push_str(&excluded_lists);
    }
    out.push_str("\n## Missing\n\nPeer checks yoroi does not cover yet (with the resource type, kind or instruction\nthey look at).\n");
    if missing_lists.is_empty() {
        out.push_str("\nNone.\n");
    } else {
        out.push_str(&missing_lists);
    }
    out
}
