//! Docker Compose files end to end: discovery by name and content, merged projects (`.env`,
//! `extends` across files, override files), JSON and SARIF output, and suppressions.

mod common;

use common::*;

#[test]
fn compose_findings_in_json_and_sarif() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "docker-compose.yml",
        "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n",
    );
    let report = scan_json(dir.path(), &[]);
    let found = findings(&report);
    assert!(has(&found, "docker-compose.yml", 4, "CMP001"), "{found:?}");
    assert!(has(&found, "docker-compose.yml", 6, "CMP002"), "{found:?}");
    // A compose file is no Kubernetes manifest.
    assert!(!found.iter().any(|f| f.2.starts_with("K8S")), "{found:?}");
    let privileged = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "CMP001")
        .unwrap();
    assert_eq!(privileged["object"], "service web");
    assert_eq!(privileged["severity"], "critical");

    let out = yoroi_in(
        dir.path(),
        &["scan", ".", "--format", "sarif", "--soft-fail"],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &sarif["runs"][0];
    let result = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "CMP001")
        .expect("a CMP001 result");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "docker-compose.yml");
    assert_eq!(location["region"]["startLine"], 4);
    assert!(
        run["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "CMP001")
    );
}

#[test]
fn a_suppression_comment_covers_a_compose_finding() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "compose.yaml",
        "services:\n  agent:\n    image: registry.example.com/agent:2.1\n    # yoroi:ignore CMP001 reason=\"node agent needs the host\"\n    privileged: true\n    pid: host\n",
    );
    let report = scan_json(dir.path(), &[]);
    let all = report["findings"].as_array().unwrap();
    let privileged = all.iter().find(|f| f["rule_id"] == "CMP001").unwrap();
    assert_eq!(privileged["suppressed"], true, "{privileged}");
    let pid = all.iter().find(|f| f["rule_id"] == "CMP004").unwrap();
    assert_eq!(pid["suppressed"], false);
    assert!(!all.iter().any(|f| f["rule_id"] == "YOR005"), "{all:?}");
}

#[test]
fn merged_projects_point_at_the_file_that_set_the_value() {
    let dir = tempfile::tempdir().unwrap();
    // Found by content: no compose name, a top-level `services:` mapping.
    write(
        dir.path(),
        "stack/app.yml",
        "services:\n  api:\n    extends:\n      file: ../common/base.yml\n      service: base\n    image: registry.example.com/api:${TAG}\n    ports:\n      - \"${BIND:-0.0.0.0}:8080:8080\"\n      - \"${PORT}:9090\"\n",
    );
    write(dir.path(), "stack/.env", "TAG=1.0\n");
    write(
        dir.path(),
        "common/base.yml",
        "services:\n  base:\n    image: registry.example.com/base:1.0\n    network_mode: host\n",
    );
    write(
        dir.path(),
        "site/compose.yml",
        "services:\n  web:\n    image: nginx:1.27\n",
    );
    write(
        dir.path(),
        "site/compose.override.yml",
        "services:\n  web:\n    cap_add:\n      - SYS_ADMIN\n",
    );
    let found = findings(&scan_json(dir.path(), &[]));
    // The inherited `network_mode: host` is reported in the base file, for both services.
    let host = found
        .iter()
        .filter(|f| f.2 == "CMP003" && f.0 == "common/base.yml" && f.1 == 4)
        .count();
    assert_eq!(host, 2, "{found:?}");
    // A literal default decides; a port nobody sets does not.
    assert!(has(&found, "stack/app.yml", 8, "CMP030"), "{found:?}");
    assert!(!has(&found, "stack/app.yml", 9, "CMP030"), "{found:?}");
    // `.env` pins the tag.
    assert!(
        !found
            .iter()
            .any(|f| f.2 == "CMP027" && f.0 == "stack/app.yml"),
        "{found:?}"
    );
    // The override file is judged merged into its base, once.
    let sys_admin: Vec<_> = found.iter().filter(|f| f.2 == "CMP008").collect();
    assert_eq!(sys_admin.len(), 1, "{found:?}");
    assert_eq!(sys_admin[0].0, "site/compose.override.yml");
    assert_eq!(sys_admin[0].1, 4);
}

#[test]
fn the_hardening_profile_selects_absence_rules() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "compose.yml",
        "services:\n  web:\n    image: nginx:1.27\n    pid: host\n",
    );
    let found = findings(&scan_json(dir.path(), &["--profile", "compose-hardening"]));
    assert!(found.iter().any(|f| f.2 == "CMP021"), "{found:?}");
    assert!(!found.iter().any(|f| f.2 == "CMP004"), "{found:?}");
}

#[test]
fn a_built_service_is_judged_with_its_dockerfile() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "compose.yml",
        "services:\n  api:\n    build:\n      context: ./api\n  web:\n    build: ./web\n",
    );
    write(
        dir.path(),
        "api/Dockerfile",
        "FROM python:3.12-slim\nCMD [\"python\"]\n",
    );
    write(
        dir.path(),
        "web/Dockerfile",
        "FROM nginx:1.27\nRUN useradd web\nUSER web\nHEALTHCHECK CMD curl -f http://localhost/\n",
    );
    let report = scan_json(dir.path(), &[]);
    let all = report["findings"].as_array().unwrap();
    let root: Vec<_> = all.iter().filter(|f| f["rule_id"] == "CMP038").collect();
    assert_eq!(root.len(), 1, "{all:?}");
    assert_eq!(root[0]["start"]["line"], 3);
    assert!(
        root[0]["labels"].to_string().contains("api/Dockerfile"),
        "{}",
        root[0]
    );
    let health: Vec<_> = all.iter().filter(|f| f["rule_id"] == "CMP026").collect();
    assert_eq!(health.len(), 1, "{all:?}");
    assert_eq!(health[0]["object"], "service api");
}

#[test]
fn compose_fixes_harden_a_service() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "compose.yml",
        "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n",
    );
    let out = yoroi_in(
        dir.path(),
        &[
            "scan",
            ".",
            "--fix",
            "--unsafe-fixes",
            "--rule",
            "CMP010,CMP020,CMP021,CMP030",
        ],
    );
    assert!(code(&out) < 2, "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("compose.yml")).unwrap();
    assert_eq!(
        text,
        "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"127.0.0.1:8080:80\"\n    cap_drop: [ALL]\n    read_only: true\n    security_opt: [\"no-new-privileges:true\"]\n"
    );
}

#[test]
fn a_baseline_covers_compose_findings() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let compose = "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n";
    write(d, "compose.yaml", compose);
    let out = yoroi_in(
        d,
        &[
            "scan",
            "--rule",
            "CMP001,CMP003",
            "--write-baseline",
            "baseline.json",
        ],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    // Lines added above do not make the known finding new.
    write(
        d,
        "compose.yaml",
        &format!("# stack\nname: shop\n{compose}"),
    );
    let args = [
        "scan",
        "--rule",
        "CMP001,CMP003",
        "--baseline",
        "baseline.json",
        "--format",
        "json",
    ];
    let out = yoroi_in(d, &args);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert_eq!(json(&out)["summary"]["baseline_unchanged"], 1);
    // A new problem is reported.
    write(
        d,
        "compose.yaml",
        &format!("# stack\nname: shop\n{compose}    network_mode: host\n"),
    );
    let out = yoroi_in(d, &args);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    let found = findings(&json(&out));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "CMP003");
}

#[test]
fn included_files_join_the_project_and_point_into_themselves() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "compose.yaml",
        "include:\n  - db/stack.yaml\n  - oci://registry.example.com/monitoring:1.0\n  - path: missing.yaml\nservices:\n  web:\n    image: registry.example.com/web:1.0\n  cache:\n    image: redis:7\n",
    );
    write(
        dir.path(),
        "db/stack.yaml",
        "services:\n  db:\n    image: postgres:16\n    privileged: true\n  cache:\n    image: redis:7\n",
    );
    let report = scan_json(dir.path(), &[]);
    let found = findings(&report);
    // The included service's finding is in the included file, once (it is also scanned alone).
    let privileged: Vec<_> = found.iter().filter(|f| f.2 == "CMP001").collect();
    assert_eq!(privileged.len(), 1, "{found:?}");
    assert_eq!(
        (privileged[0].0.as_str(), privileged[0].1),
        ("db/stack.yaml", 4)
    );
    // A remote include is not read, and says so; a missing file and a service defined twice
    // are errors at the lines responsible.
    assert!(has(&found, "compose.yaml", 3, "YOR002"), "{found:?}");
    assert!(has(&found, "compose.yaml", 4, "YOR001"), "{found:?}");
    assert!(has(&found, "compose.yaml", 8, "YOR001"), "{found:?}");
}

#[test]
fn a_dockerfile_built_by_a_service_names_it_and_keeps_its_fingerprint() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "app/Dockerfile",
        "FROM ubuntu:latest\nUSER app\n",
    );
    let alone = scan_json(dir.path(), &[]);
    let before = alone["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "DKR002")
        .cloned()
        .expect("a DKR002 finding");
    assert_eq!(before["labels"].as_array().unwrap().len(), 0, "{before}");
    write(
        dir.path(),
        "compose.yaml",
        "services:\n  web:\n    build:\n      context: ./app\n    user: app\n",
    );
    let report = scan_json(dir.path(), &[]);
    let after = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "DKR002")
        .expect("a DKR002 finding");
    assert_eq!(after["path"], "app/Dockerfile");
    let label = &after["labels"][0];
    assert_eq!(label["path"], "compose.yaml", "{after}");
    assert_eq!(label["line"], 3, "{after}");
    assert_eq!(
        label["message"], "built by service `web` (`compose.yaml`)",
        "{after}"
    );
    assert_eq!(after["fingerprint"], before["fingerprint"]);

    let out = yoroi_in(
        dir.path(),
        &["scan", ".", "--format", "sarif", "--soft-fail"],
    );
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let result = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "DKR002")
        .expect("a DKR002 result");
    let related = &result["relatedLocations"][0];
    assert_eq!(
        related["physicalLocation"]["artifactLocation"]["uri"],
        "compose.yaml"
    );
    assert_eq!(related["physicalLocation"]["region"]["startLine"], 3);
}

#[test]
fn an_included_file_scanned_on_its_own_keeps_its_fixes() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "compose.yaml",
        "include:\n  - db/stack.yaml\nservices:\n  web:\n    image: nginx:1.27\n",
    );
    write(
        dir.path(),
        "db/stack.yaml",
        "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"5432:5432\"\n",
    );
    let report = scan_json(dir.path(), &["--rule", "CMP030"]);
    let all = report["findings"].as_array().unwrap();
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["path"], "db/stack.yaml");
    assert!(!all[0]["fix"].is_null(), "{all:?}");
}
