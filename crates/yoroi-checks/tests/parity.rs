//! The peer parity matrix (`checks/parity/`) agrees with the peers' id lists and with the rules'
//! `equivalents`, Trivy ids carry their tfsec names, and `docs/parity.md` is generated from it.
//!
//! `YOROI_UPDATE_PARITY=1` rewrites the matrix files from the rules (folding in
//! `checks/parity/pending/*.yaml`) and the rules' tfsec ids from their Trivy ids;
//! `YOROI_UPDATE_DOCS=1` rewrites `docs/parity.md`.

use std::path::{Path, PathBuf};

use yoroi_checks::Catalog;
use yoroi_checks::parity::{self, Matrix, PeerIds, PendingExclusion};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn parity_dir() -> PathBuf {
    root().join("checks/parity")
}

/// The catalog as it is on disk (the embedded one can be older than an edit made by this test).
fn catalog() -> Catalog {
    let mut catalog = Catalog::default();
    catalog
        .load_dir(&root().join("checks"))
        .unwrap_or_else(|e| panic!("catalog does not load: {e}"));
    catalog
}

fn ids(peer: &str) -> PeerIds {
    let path = parity_dir().join(format!("ids/{peer}.tsv"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run scripts/parity-refresh.py)", path.display()));
    parity::parse_ids(peer, &text).unwrap_or_else(|e| panic!("{e}"))
}

fn matrix(peer: &str) -> Option<Matrix> {
    let path = parity_dir().join(format!("{peer}.yaml"));
    let text = std::fs::read_to_string(&path).ok()?;
    Some(parity::parse_matrix(&format!("{peer}.yaml"), &text).unwrap_or_else(|e| panic!("{e}")))
}

fn pending() -> Vec<(PathBuf, Vec<PendingExclusion>)> {
    let dir = parity_dir().join("pending");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let list: Vec<PendingExclusion> =
                serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, list)
        })
        .collect()
}

fn update_tfsec(catalog: &Catalog, trivy: &PeerIds) -> bool {
    let mut changed = false;
    for rule in &catalog.rules {
        let (trivy_ids, tfsec) = parity::trivy_and_tfsec(rule, trivy);
        let eq = &rule.meta.equivalents;
        if eq.get("trivy").cloned().unwrap_or_default() == trivy_ids
            && eq.get("tfsec").cloned().unwrap_or_default() == tfsec
        {
            continue;
        }
        let path = root().join("checks").join(&rule.dir).join("rule.yaml");
        let text = std::fs::read_to_string(&path).expect("rule.yaml");
        let text = parity::set_equivalents(&text, "trivy", &trivy_ids);
        let text = parity::set_equivalents(&text, "tfsec", &tfsec);
        std::fs::write(&path, text).expect("write rule.yaml");
        changed = true;
    }
    changed
}

#[test]
fn matrix_agrees_with_peers_and_rules() {
    let mut catalog = catalog();
    let update = std::env::var_os("YOROI_UPDATE_PARITY").is_some();
    if update && update_tfsec(&catalog, &ids("trivy")) {
        catalog = self::catalog();
    }
    let pending = pending();
    let all_pending: Vec<PendingExclusion> = pending
        .iter()
        .flat_map(|(_, l)| l.iter().cloned())
        .collect();
    let mut problems = Vec::new();
    let mut peers = Vec::new();
    for peer in parity::PEERS {
        let ids = ids(peer);
        let current = matrix(peer).unwrap_or_default();
        let current = if update {
            let synced = parity::sync(&catalog, &ids, &current, &all_pending);
            std::fs::write(
                parity_dir().join(format!("{peer}.yaml")),
                parity::render_matrix(&ids, &synced),
            )
            .expect("write matrix");
            synced
        } else {
            current
        };
        problems.extend(parity::check(&catalog, &ids, &current));
        peers.push((ids, current));
    }
    if update {
        for (path, _) in &pending {
            std::fs::remove_file(path).expect("remove folded pending file");
        }
    } else if !pending.is_empty() {
        problems.push(
            "checks/parity/pending/ holds exclusions not yet folded in: run \
             `YOROI_UPDATE_PARITY=1 cargo test -p yoroi-checks --test parity`"
                .to_string(),
        );
    }
    problems.extend(parity::check_tfsec(&catalog, &ids("trivy")));
    let generated = parity::markdown(&peers);
    let path = root().join("docs/parity.md");
    if std::env::var_os("YOROI_UPDATE_DOCS").is_some() || update {
        std::fs::write(&path, &generated).expect("write docs/parity.md");
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) (`YOROI_UPDATE_PARITY=1 cargo test -p yoroi-checks --test parity` \
         syncs the matrix with the rules):\n{}",
        problems.len(),
        problems.join("\n")
    );

    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/parity.md is out of date: run `YOROI_UPDATE_DOCS=1 cargo test -p yoroi-checks --test parity`"
    );
}

#[test]
fn no_dockerfile_check_is_missing() {
    let missing: Vec<String> = parity::PEERS
        .iter()
        .filter_map(|peer| {
            Some(parity::missing_in_complete_domains(
                &ids(peer),
                &matrix(peer)?,
            ))
        })
        .flatten()
        .collect();
    assert!(
        missing.is_empty(),
        "{} peer check(s) of a complete domain are neither mapped nor excluded:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_matrix_format_round_trips() {
    let ids = parity::parse_ids(
        "hadolint",
        "id\tdomain\ttarget\nDL3000\tdockerfile\tWORKDIR\nDL3001\tdockerfile\tRUN\nDL3002\tdockerfile\tUSER\nDL3003\tdockerfile\tRUN\n",
    )
    .expect("ids");
    let text = "peer: hadolint\nchecks:\n  dockerfile:\n    DL3000: { yoroi: [DKR014] }\n    \
                DL3001: { excluded: disagree, why: \"says \\\"no\\\" to a thing\" }\n    \
                DL3002: { excluded: duplicate-of, of: DL3000, why: \"the same decision\" }\n    \
                DL3003: missing\n";
    let matrix = parity::parse_matrix("t.yaml", text).expect("parses");
    assert_eq!(
        parity::render_matrix(&ids, &matrix)
            .split_once("peer:")
            .map(|x| x.1),
        text.split_once("peer:").map(|x| x.1)
    );
    let counts = parity::counts(&ids, &matrix);
    assert_eq!(counts.len(), 1);
    assert_eq!(
        (
            counts[0].1.mapped,
            counts[0].1.excluded,
            counts[0].1.missing
        ),
        (1, 2, 1)
    );
    assert!(
        parity::parse_matrix(
            "t.yaml",
            "peer: x\nchecks:\n  dockerfile:\n    DL3000: maybe\n"
        )
        .is_err()
    );
    assert!(
        parity::parse_matrix(
            "t.yaml",
            "peer: x\nchecks:\n  dockerfile:\n    DL3000: { yoroi: [A], excluded: disagree }\n"
        )
        .is_err()
    );
}

#[test]
fn a_disagreement_is_reported() {
    let catalog = catalog();
    let ids = parity::parse_ids(
        "hadolint",
        "id\tdomain\ttarget\nDL3000\tdockerfile\tWORKDIR\nDL9999\tdockerfile\t\n",
    )
    .expect("ids");
    // DKR014 lists DL3000; a matrix that says something else about it, names an unknown rule,
    // misses an id and excludes without a reason must each be reported.
    let text = "peer: hadolint\nchecks:\n  dockerfile:\n    DL3000: { yoroi: [DKR999] }\n";
    let matrix = parity::parse_matrix("t.yaml", text).expect("parses");
    let problems = parity::check(&catalog, &ids, &matrix);
    let joined = problems.join("\n");
    assert!(joined.contains("unknown rule DKR999"), "{joined}");
    assert!(
        joined.contains("DL9999 (dockerfile) is not in the matrix"),
        "{joined}"
    );
    assert!(
        joined.contains("the matrix does not map it to DKR014"),
        "{joined}"
    );
    let text = "peer: hadolint\nchecks:\n  dockerfile:\n    DL3000: { excluded: because, why: \"x\" }\n    DL9999: missing\n";
    let matrix = parity::parse_matrix("t.yaml", text).expect("parses");
    let joined = parity::check(&catalog, &ids, &matrix).join("\n");
    assert!(joined.contains("unknown reason `because`"), "{joined}");
    assert!(joined.contains("`why` must say why"), "{joined}");
    let missing = parity::missing_in_complete_domains(&ids, &matrix);
    assert_eq!(missing, vec!["hadolint DL9999 (dockerfile)".to_string()]);
}

#[test]
fn equivalents_lines_are_rewritten_in_place() {
    let yaml = "id: X\nequivalents:\n  checkov: [A]\n  trivy: [AWS-0001]\nrationale: |\n  r\n";
    let out = parity::set_equivalents(yaml, "tfsec", &["aws-x".to_string()]);
    assert_eq!(
        out,
        "id: X\nequivalents:\n  checkov: [A]\n  trivy: [AWS-0001]\n  tfsec: [aws-x]\nrationale: |\n  r\n"
    );
    let out = parity::set_equivalents(&out, "tfsec", &["aws-y".to_string()]);
    assert!(out.contains("  tfsec: [aws-y]\n") && !out.contains("aws-x"));
    let out = parity::set_equivalents(
        "id: X\nequivalents: {}\nrationale: r\n",
        "trivy",
        &["AWS-1".to_string()],
    );
    assert_eq!(out, "id: X\nequivalents:\n  trivy: [AWS-1]\nrationale: r\n");
}
