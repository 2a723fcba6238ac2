//! The project brief's examples (`testdata/brief/`, copied as the brief gives them): every file
//! is read, the workflows' weaknesses are reported at their lines, and the hardened files get
//! nothing at high or critical severity.

mod common;

use common::*;

#[test]
fn the_brief_examples_are_read_and_their_weaknesses_reported() {
    let out = yoroi(&["scan", "testdata/brief", "--format", "json", "--soft-fail"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["summary"]["files_scanned"], 9, "{report}");
    let found = findings(&report);
    assert!(!found.iter().any(|f| f.2.starts_with("YOR")), "{found:?}");
    let image = "testdata/brief/workflow-image-scan.yml";
    let terraform = "testdata/brief/workflow-terraform-scan.yml";
    // `@master` pins, missing permissions, and the unpinned `@v3` actions.
    for (path, line, rule) in [
        (image, 21, "GHA008"),
        (terraform, 20, "GHA008"),
        (image, 3, "GHA005"),
        (terraform, 3, "GHA005"),
        (image, 15, "GHA009"),
        (image, 44, "GHA009"),
        (terraform, 12, "GHA009"),
    ] {
        assert!(
            has(&found, path, line, rule),
            "{path}:{line} {rule}: {found:?}"
        );
    }
    // The hardened examples hold no high or critical finding.
    let severe: Vec<_> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| !f["path"].as_str().unwrap_or("").contains("workflow-"))
        .filter(|f| matches!(f["severity"].as_str(), Some("high" | "critical")))
        .map(|f| (at(f), f["rule_id"].clone()))
        .collect();
    assert!(severe.is_empty(), "{severe:?}");
}
