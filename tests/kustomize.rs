//! Kustomize overlays in `yoroi scan` and `yoroi render`, end to end: findings at the line that
//! wrote the node (base, patch, kustomization field), the overlay that built them named, no
//! stand-alone report of the files an overlay read, diagnostics for what cannot be built, and
//! `--fix` that only writes where a finding's text lies.

mod common;

use common::*;
use serde_json::Value;

const BASE_DEPLOYMENT: &str = "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.25
          securityContext:
            privileged: true
";

const BASE_KUSTOMIZATION: &str = "\
resources:
  - deploy.yaml
";

const PROD_PATCH: &str = "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      hostNetwork: true
";

const PROD_KUSTOMIZATION: &str = "\
namespace: prod
resources:
  - ../../base
patches:
  - path: patch.yaml
images:
  - name: nginx
    newTag: latest
";

const STAGE_KUSTOMIZATION: &str = "\
namespace: stage
resources:
  - ../../base
";

/// A base with a privileged container, a `prod` overlay (strategic-merge patch, `namespace`,
/// `images`) and a `stage` overlay on the same base.
fn overlays() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "base/deploy.yaml", BASE_DEPLOYMENT);
    write(dir.path(), "base/kustomization.yaml", BASE_KUSTOMIZATION);
    write(dir.path(), "overlays/prod/patch.yaml", PROD_PATCH);
    write(
        dir.path(),
        "overlays/prod/kustomization.yaml",
        PROD_KUSTOMIZATION,
    );
    write(
        dir.path(),
        "overlays/stage/kustomization.yaml",
        STAGE_KUSTOMIZATION,
    );
    dir
}

fn built_by(finding: &Value, overlay: &str) -> bool {
    let wanted = format!("built by `overlays/{overlay}/kustomization.yaml`");
    label_messages(finding).iter().any(|m| m.contains(&wanted))
}

#[test]
fn findings_point_at_the_line_that_wrote_the_node() {
    let dir = overlays();
    let report = scan_json(dir.path(), &[]);

    // Privileged: the base's line, once per overlay, each naming its overlay, apart.
    let privileged = of_rule(&report, "K8S001");
    assert_eq!(privileged.len(), 2, "{privileged:?}");
    for finding in &privileged {
        assert_eq!(at(finding), ("base/deploy.yaml".to_string(), 16));
    }
    assert!(privileged.iter().any(|f| built_by(f, "prod")));
    assert!(privileged.iter().any(|f| built_by(f, "stage")));
    assert_ne!(privileged[0]["fingerprint"], privileged[1]["fingerprint"]);
    assert!(privileged[0]["object"] != privileged[1]["object"]);

    // hostNetwork: the patch's line, with the object's file as a secondary label.
    let host_network = of_rule(&report, "K8S004");
    assert_eq!(host_network.len(), 1, "{host_network:?}");
    assert_eq!(
        at(host_network[0]),
        ("overlays/prod/patch.yaml".to_string(), 8)
    );
    assert!(built_by(host_network[0], "prod"));
    assert!(
        label_messages(host_network[0])
            .iter()
            .any(|m| m.contains("in the object built from `base/deploy.yaml`")),
        "{:?}",
        label_messages(host_network[0])
    );

    // The `:latest` tag: the `images:` entry of the kustomization that set it; stage keeps the
    // base's pinned tag.
    let latest = of_rule(&report, "K8S012");
    assert_eq!(latest.len(), 1, "{latest:?}");
    assert_eq!(
        at(latest[0]),
        ("overlays/prod/kustomization.yaml".to_string(), 7)
    );

    // Every finding came through an overlay: the base is not judged on its own (which would
    // report objects in no namespace), and every fingerprint is unique.
    let findings = report["findings"].as_array().expect("findings");
    for finding in findings {
        assert!(
            built_by(finding, "prod") || built_by(finding, "stage"),
            "a finding no overlay built: {finding}"
        );
        let object = finding["object"].as_str().unwrap_or("");
        assert!(
            ["/prod", "/stage"]
                .iter()
                .any(|ns| object.contains(&format!("{ns}/")) || object.ends_with(ns)),
            "{object}"
        );
    }
    let mut fingerprints: Vec<&str> = findings
        .iter()
        .filter_map(|f| f["fingerprint"].as_str())
        .collect();
    let count = fingerprints.len();
    fingerprints.sort_unstable();
    fingerprints.dedup();
    assert_eq!(fingerprints.len(), count);
}

#[test]
fn a_base_scanned_without_its_overlays_is_still_checked_on_its_own() {
    let dir = overlays();
    let report = scan_json(&dir.path().join("base"), &[]);
    let privileged = of_rule(&report, "K8S001");
    assert_eq!(privileged.len(), 1, "{privileged:?}");
    assert_eq!(at(privileged[0]), ("deploy.yaml".to_string(), 16));
}

#[test]
fn a_container_a_patch_added_is_reported_in_the_patch() {
    let dir = overlays();
    write(
        dir.path(),
        "overlays/prod/patch.yaml",
        "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: sidecar
          image: busybox:1.36
          securityContext:
            privileged: true
",
    );
    let report = scan_json(dir.path(), &[]);
    let sidecar = |f: &&Value| {
        f["message"]
            .as_str()
            .is_some_and(|m| m.contains("container `sidecar`"))
    };
    // A value the patch wrote, and values missing from the container it added.
    let privileged: Vec<_> = of_rule(&report, "K8S001")
        .into_iter()
        .filter(sidecar)
        .collect();
    assert_eq!(privileged.len(), 1);
    assert_eq!(
        at(privileged[0]),
        ("overlays/prod/patch.yaml".to_string(), 12)
    );
    for id in ["K8S002", "K8S011"] {
        let missing: Vec<_> = of_rule(&report, id).into_iter().filter(sidecar).collect();
        assert_eq!(missing.len(), 1, "{id}");
        assert_eq!(
            at(missing[0]),
            ("overlays/prod/patch.yaml".to_string(), 9),
            "{id}"
        );
        assert!(missing[0]["fix"].is_null(), "{id}: {}", missing[0]);
    }
    // The base's own container stays at the base's line.
    let web: Vec<_> = of_rule(&report, "K8S002")
        .into_iter()
        .filter(|f| {
            f["message"]
                .as_str()
                .is_some_and(|m| m.contains("container `web`"))
        })
        .collect();
    assert_eq!(web.len(), 2);
    for finding in web {
        assert_eq!(at(finding), ("base/deploy.yaml".to_string(), 13));
    }
}

#[test]
fn cross_file_findings_name_the_overlay_that_built_the_object() {
    let dir = overlays();
    write(
        dir.path(),
        "base/service.yaml",
        "\
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
    - port: 80
",
    );
    write(
        dir.path(),
        "base/kustomization.yaml",
        "resources:\n  - deploy.yaml\n  - service.yaml\n",
    );
    let report = scan_json(dir.path(), &[]);
    // The Service selects no pod: the cross-file pass, over each overlay's objects.
    let selecting_nothing = of_rule(&report, "K8S081");
    assert_eq!(selecting_nothing.len(), 2, "{selecting_nothing:?}");
    for finding in &selecting_nothing {
        assert_eq!(at(finding), ("base/service.yaml".to_string(), 6));
    }
    assert!(selecting_nothing.iter().any(|f| built_by(f, "prod")));
    assert!(selecting_nothing.iter().any(|f| built_by(f, "stage")));
    // The namespace rule of the cross-file pass too.
    let namespaces = of_rule(&report, "K8S083");
    assert_eq!(namespaces.len(), 2, "{namespaces:?}");
    assert!(namespaces.iter().any(|f| built_by(f, "prod")));
    assert!(namespaces.iter().any(|f| built_by(f, "stage")));
}

#[test]
fn a_remote_base_is_reported_at_its_line_and_counts_as_partial() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "app/kustomization.yaml",
        "\
resources:
  - config.yaml
  - https://github.com/example/platform//base?ref=v1.2.0
",
    );
    write(
        dir.path(),
        "app/config.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n",
    );
    let report = scan_json(dir.path(), &[]);
    let not_built = of_rule(&report, "YOR009");
    assert_eq!(not_built.len(), 1, "{report}");
    assert_eq!(at(not_built[0]), ("app/kustomization.yaml".to_string(), 3));
    // In every format.
    for format in ["human", "sarif", "github", "junit", "gitlab", "checkstyle"] {
        let out = yoroi_in(dir.path(), &["scan", ".", "--format", format]);
        assert!(
            stdout(&out).contains("YOR009"),
            "{format}: {}",
            stdout(&out)
        );
    }
    let plain = yoroi_in(dir.path(), &["scan", ".", "--soft-fail"]);
    assert_eq!(code(&plain), 0, "{}", stderr(&plain));
    let partial = yoroi_in(
        dir.path(),
        &["scan", ".", "--soft-fail", "--fail-on-partial"],
    );
    assert_eq!(code(&partial), 3, "{}", stderr(&partial));
}

#[test]
fn a_cycle_of_kustomizations_is_reported_at_the_entry_that_closes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "a/kustomization.yaml",
        "resources:\n  - ../b\n  - config.yaml\n",
    );
    write(
        dir.path(),
        "a/config.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n",
    );
    write(dir.path(), "b/kustomization.yaml", "resources:\n  - ../a\n");
    let report = scan_json(dir.path(), &[]);
    let not_built = of_rule(&report, "YOR009");
    assert_eq!(not_built.len(), 1, "{report}");
    assert_eq!(at(not_built[0]), ("b/kustomization.yaml".to_string(), 2));
    assert!(
        not_built[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("cycle")),
        "{}",
        not_built[0]
    );
    let partial = yoroi_in(
        dir.path(),
        &["scan", ".", "--soft-fail", "--fail-on-partial"],
    );
    assert_eq!(code(&partial), 3, "{}", stderr(&partial));
}

#[test]
fn render_prints_the_built_objects_with_their_sources() {
    let dir = overlays();
    let out = yoroi_in(dir.path(), &["render", "overlays/prod"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("# Source: base/deploy.yaml\n"), "{text}");
    assert!(text.contains("namespace: prod"), "{text}");
    assert!(text.contains("hostNetwork: true"), "{text}");
    assert!(text.contains("image: nginx:latest"), "{text}");
    // Not a kustomization: a usage error.
    let out = yoroi_in(dir.path(), &["render", "overlays"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    // What cannot be built: on standard error at its line, exit 1.
    write(
        dir.path(),
        "overlays/prod/kustomization.yaml",
        &format!("{PROD_KUSTOMIZATION}helmCharts:\n  - name: redis\n"),
    );
    let out = yoroi_in(dir.path(), &["render", "overlays/prod"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("overlays/prod/kustomization.yaml:9:"),
        "{}",
        stderr(&out)
    );
}

/// A tree with overlays, a patch that writes a value a rule fixes, and a plain manifest.
fn fix_tree() -> tempfile::TempDir {
    let dir = overlays();
    write(
        dir.path(),
        "overlays/prod/patch.yaml",
        "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      hostNetwork: true
      containers:
        - name: web
          securityContext:
            allowPrivilegeEscalation: true
",
    );
    write(
        dir.path(),
        "plain/pod.yaml",
        "\
apiVersion: v1
kind: Pod
metadata:
  name: tools
spec:
  containers:
    - name: tools
      image: busybox:1.36
      securityContext:
        privileged: true
",
    );
    dir
}

fn fix(full: bool) -> (Value, Vec<(String, String)>) {
    let dir = fix_tree();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_yoroi"));
    command
        .args(["scan", ".", "--fix", "--unsafe-fixes", "--format", "json"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null());
    if full {
        command.env("YOROI_FIX_FULL_RESCAN", "1");
    }
    let out = command.output().expect("the yoroi binary runs");
    assert!(stderr(&out).contains("findings remain"), "{}", stderr(&out));
    let mut report = json(&out);
    report
        .as_object_mut()
        .and_then(|r| r.get_mut("summary"))
        .and_then(|s| s.as_object_mut())
        .map(|s| s.remove("duration_ms"));
    let mut files = Vec::new();
    for name in [
        "base/deploy.yaml",
        "base/kustomization.yaml",
        "overlays/prod/patch.yaml",
        "overlays/prod/kustomization.yaml",
        "overlays/stage/kustomization.yaml",
        "plain/pod.yaml",
    ] {
        let text = std::fs::read_to_string(dir.path().join(name)).expect("read file");
        files.push((name.to_string(), text));
    }
    (report, files)
}

#[test]
fn fix_writes_only_where_the_text_lies_and_ends_as_a_full_rescan_does() {
    let (incremental, fixed) = fix(false);
    let (full, fixed_fully) = fix(true);
    assert_eq!(fixed, fixed_fully);
    assert_eq!(incremental, full);
    // The base and the plain manifest were fixed in place, once although two overlays build the
    // base.
    let base = &fixed[0].1;
    assert!(base.contains("privileged: false"), "{base}");
    assert_eq!(base.matches("runAsNonRoot: true").count(), 1, "{base}");
    assert!(fixed[5].1.contains("privileged: false"), "{}", fixed[5].1);
    // The patch and the kustomizations are as written: a value a patch wrote is not fixed
    // through the object (whose text is the base's), and the patch is not edited either.
    assert_eq!(fixed[1].1, BASE_KUSTOMIZATION);
    assert!(fixed[2].1.contains("allowPrivilegeEscalation: true"));
    assert!(fixed[2].1.contains("hostNetwork: true"));
    assert_eq!(fixed[3].1, PROD_KUSTOMIZATION);
    assert_eq!(fixed[4].1, STAGE_KUSTOMIZATION);
    // ... and still reported there.
    let escalation = of_rule(&incremental, "K8S002");
    assert!(
        escalation
            .iter()
            .any(|f| at(f) == ("overlays/prod/patch.yaml".to_string(), 12)),
        "{escalation:?}"
    );
}

#[test]
fn render_says_why_a_base_outside_the_readable_directories_is_not_read() {
    let tree = tempfile::tempdir().unwrap();
    write(
        tree.path(),
        "base/kustomization.yaml",
        "resources:\n- pod.yaml\n",
    );
    write(
        tree.path(),
        "base/pod.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx:1.27\n",
    );
    write(
        tree.path(),
        "overlays/prod/kustomization.yaml",
        "resources:\n- ../../base\n- ../../missing\n",
    );
    // Run from another directory, outside any Git repository holding the tree.
    let elsewhere = tempfile::tempdir().unwrap();
    let overlay = tree.path().join("overlays/prod");
    let out = yoroi_in(elsewhere.path(), &["render", overlay.to_str().unwrap()]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("`../../base` lies outside the directories being read"),
        "{err}"
    );
    assert!(
        err.contains("`../../missing`: no such file or directory"),
        "{err}"
    );
    let missing = yoroi_in(elsewhere.path(), &["render", "no/such/dir"]);
    assert_eq!(code(&missing), 2);
    assert!(
        stderr(&missing).contains("no such file or directory"),
        "{}",
        stderr(&missing)
    );
}
