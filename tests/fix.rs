//! `yoroi scan --fix`, `--diff` and `--unsafe-fixes` end to end, and snapshots of `--diff` for
//! each format (in `snapshots/`).

mod common;

use common::*;

const DEPLOYMENT: &str = "\
# The web tier.
apiVersion: apps/v1
kind: Deployment
metadata:
    name: web
spec:
    replicas: 2
    selector:
        matchLabels: {app: web}
    template:
        metadata:
            labels: {app: web}
        spec:
            containers:
                - name: web   # the main container
                  image: registry.example.com/web@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                  securityContext:
                      allowPrivilegeEscalation: true
";

const MAIN_TF: &str = "\
variable \"rotate\" {
  default = false
}

resource \"aws_kms_key\" \"by_variable\" {
  description         = \"rotation set through a variable\"
  enable_key_rotation = var.rotate
}

resource \"aws_kms_key\" \"literal\" {
  description         = \"rotation off\"
  enable_key_rotation = false # keep this comment
}

resource \"aws_instance\" \"web\" {
  ami           = \"ami-0123456789abcdef0\"
  instance_type = \"t3.micro\"
}
";

const DOCKERFILE: &str = "\
FROM debian:12.5
# tools for the build
RUN apt-get update && apt-get install curl
ADD app.js /srv/
CMD /srv/app
";

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "k8s/deploy.yaml", DEPLOYMENT);
    write(dir.path(), "infra/main.tf", MAIN_TF);
    write(dir.path(), "Dockerfile", DOCKERFILE);
    dir
}

fn read(dir: &tempfile::TempDir, name: &str) -> String {
    std::fs::read_to_string(dir.path().join(name)).expect("read file")
}

#[test]
fn diff_prints_a_unified_diff_and_writes_nothing() {
    let dir = project();
    let out = yoroi_in(dir.path(), &["scan", ".", "--diff"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let diff = stdout(&out);
    assert!(
        diff.contains("--- a/k8s/deploy.yaml\n+++ b/k8s/deploy.yaml\n"),
        "{diff}"
    );
    assert!(diff.contains("-                      allowPrivilegeEscalation: true\n+                      allowPrivilegeEscalation: false\n"), "{diff}");
    assert!(stderr(&out).contains("would apply"), "{}", stderr(&out));
    assert_eq!(read(&dir, "k8s/deploy.yaml"), DEPLOYMENT);
    assert_eq!(read(&dir, "infra/main.tf"), MAIN_TF);
    assert_eq!(read(&dir, "Dockerfile"), DOCKERFILE);
}

#[test]
fn fix_applies_safe_fixes_keeps_everything_else_and_is_idempotent() {
    let dir = project();
    let out = yoroi_in(dir.path(), &["scan", ".", "--fix", "--format", "json"]);
    let summary = stderr(&out);
    assert!(summary.contains("applied "), "{summary}");
    assert!(summary.contains("findings remain"), "{summary}");
    let yaml = read(&dir, "k8s/deploy.yaml");
    assert!(yaml.contains("allowPrivilegeEscalation: false"), "{yaml}");
    assert!(yaml.starts_with("# The web tier.\n"), "{yaml}");
    assert!(
        yaml.contains("- name: web   # the main container\n"),
        "{yaml}"
    );
    let tf = read(&dir, "infra/main.tf");
    assert!(
        tf.contains("enable_key_rotation = true # keep this comment"),
        "{tf}"
    );
    // A value set through a variable is never rewritten: the finding stays, pointing there.
    assert!(tf.contains("enable_key_rotation = var.rotate"), "{tf}");
    let docker = read(&dir, "Dockerfile");
    assert!(docker.contains("COPY app.js /srv/"), "{docker}");
    assert!(docker.contains("# tools for the build\n"), "{docker}");
    let report = json(&out);
    let remaining: Vec<String> = findings(&report).into_iter().map(|f| f.2).collect();
    assert!(remaining.contains(&"AWS009".to_string()), "{remaining:?}");
    let by_variable = report["findings"]
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|f| f["rule_id"] == "AWS009" && f["fix"].is_null())
                .cloned()
        })
        .expect("the variable's finding remains, without a fix");
    assert!(
        by_variable.to_string().contains("change it here"),
        "{by_variable}"
    );

    // Unsafe fixes were held back; a second --fix has nothing left to do.
    assert!(!tf.contains("http_tokens"), "{tf}");
    let again = yoroi_in(dir.path(), &["scan", ".", "--fix"]);
    assert!(
        stderr(&again).contains("applied 0 fixes in 0 files"),
        "{}",
        stderr(&again)
    );
    assert_eq!(read(&dir, "infra/main.tf"), tf);
    assert_eq!(read(&dir, "k8s/deploy.yaml"), yaml);
}

#[test]
fn unsafe_fixes_need_the_flag() {
    let dir = project();
    let out = yoroi_in(dir.path(), &["scan", "infra", "--fix"]);
    assert!(
        stderr(&out).contains("needs --unsafe-fixes"),
        "{}",
        stderr(&out)
    );
    assert!(!read(&dir, "infra/main.tf").contains("http_tokens"));
    yoroi_in(dir.path(), &["scan", "infra", "--fix", "--unsafe-fixes"]);
    let tf = read(&dir, "infra/main.tf");
    assert!(
        tf.contains("  metadata_options {\n    http_tokens = \"required\"\n  }\n"),
        "{tf}"
    );
    let out = yoroi_in(dir.path(), &["scan", "infra", "--unsafe-fixes"]);
    assert_eq!(code(&out), 2, "--unsafe-fixes alone is a usage error");
}

#[test]
fn fix_does_not_touch_suppressed_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "resource \"aws_kms_key\" \"k\" {\n  # yoroi:ignore AWS009 reason=\"rotation handled elsewhere\"\n  enable_key_rotation = false\n}\n";
    write(dir.path(), "main.tf", text);
    yoroi_in(dir.path(), &["scan", ".", "--fix"]);
    assert_eq!(read(&dir, "main.tf"), text);
}

#[test]
fn fix_refuses_standard_input() {
    let out = yoroi_stdin(
        &["scan", "-", "--stdin-filename", "Dockerfile", "--fix"],
        DOCKERFILE,
    );
    assert_eq!(code(&out), 2);
}

#[test]
fn diff_snapshots_per_format() {
    let dir = project();
    for (name, path) in [
        ("fix-diff-dockerfile", "Dockerfile"),
        ("fix-diff-kubernetes", "k8s"),
        ("fix-diff-terraform", "infra"),
    ] {
        let out = yoroi_in(dir.path(), &["scan", path, "--diff", "--unsafe-fixes"]);
        settings().bind(|| insta::assert_snapshot!(name, stdout(&out)));
    }
}

/// A tree where fixes land in a Dockerfile, in manifests whose objects other files refer to, and
/// in a Terraform module two roots call.
fn mixed_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "Dockerfile", DOCKERFILE);
    write(dir.path(), "k8s/deploy.yaml", DEPLOYMENT);
    write(
        dir.path(),
        "k8s/service.yaml",
        "\
apiVersion: v1
kind: Service
metadata:
    name: web
spec:
    selector: {app: web} # yoroi:ignore K8S002 reason=\"suppresses nothing\"
    ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata:
    name: orphan
spec:
    selector: {app: nothing}
    ports: [{port: 80}]
",
    );
    write(
        dir.path(),
        "modules/kms/main.tf",
        "\
variable \"rotate\" {
  default = true
}

resource \"aws_kms_key\" \"this\" {
  description         = \"rotation off\"
  enable_key_rotation = false
}

resource \"aws_kms_key\" \"by_caller\" {
  description         = \"rotation from the caller\"
  enable_key_rotation = var.rotate
}
",
    );
    // A module no caller instantiates (a wrapper over an empty map) is checked on its own: its
    // fix comes from that evaluation alone.
    write(
        dir.path(),
        "wrappers/main.tf",
        "\
variable \"items\" {
  default = {}
}

module \"wrapped\" {
  source   = \"../modules/unbound\"
  for_each = var.items
}
",
    );
    write(
        dir.path(),
        "modules/unbound/main.tf",
        "\
resource \"aws_kms_key\" \"wrapped\" {
  description         = \"rotation off, whatever the caller\"
  enable_key_rotation = false
}
",
    );
    for root in ["prod", "stage"] {
        write(
            dir.path(),
            &format!("infra/{root}/main.tf"),
            "\
variable \"rotate\" {}

module \"kms\" {
  source = \"../../modules/kms\"
  rotate = var.rotate
}
",
        );
        write(
            dir.path(),
            &format!("infra/{root}/terraform.tfvars"),
            "rotate = false\n",
        );
    }
    dir
}

/// Runs `--fix` in a fresh copy of the mixed tree, rescanning everything after each round when
/// `full`; returns the JSON report (without its timing) and every file's text afterwards.
fn fix_mixed(full: bool, extra: &[&str]) -> (serde_json::Value, Vec<(String, String)>) {
    let dir = mixed_project();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_yoroi"));
    command
        .args(["scan", ".", "--fix", "--unsafe-fixes", "--format", "json"])
        .args(extra)
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
        "Dockerfile",
        "k8s/deploy.yaml",
        "k8s/service.yaml",
        "modules/kms/main.tf",
        "infra/prod/main.tf",
        "infra/stage/main.tf",
        "modules/unbound/main.tf",
    ] {
        files.push((name.to_string(), read(&dir, name)));
    }
    (report, files)
}

#[test]
fn fix_rounds_that_rescan_what_changed_end_as_a_full_rescan_does() {
    let (incremental, fixed) = fix_mixed(false, &[]);
    let (full, fixed_fully) = fix_mixed(true, &[]);
    assert_eq!(fixed, fixed_fully);
    assert_eq!(incremental, full);
    // The tree exercised what it is meant to: a fix in the module both roots call, fixes in a
    // manifest the cross-file pass reports on (K8S088 on the fixed Deployment, K8S081 on an
    // unchanged file), an unused suppression, and a module finding whose value came from each
    // caller.
    let module = &fixed[3].1;
    assert!(module.contains("enable_key_rotation = true"), "{module}");
    assert!(fixed[1].1.contains("allowPrivilegeEscalation: false"));
    assert!(fixed[0].1.contains("COPY app.js"));
    assert!(
        fixed[6].1.contains("enable_key_rotation = true"),
        "{}",
        fixed[6].1
    );
    let text = incremental.to_string();
    for id in ["K8S081", "K8S088", "YOR005", "AWS009"] {
        assert!(text.contains(id), "{id} in {text}");
    }
    // The same with the policy of the command line applied to what remains.
    assert_eq!(
        fix_mixed(false, &["--severity", "medium"]).0,
        fix_mixed(true, &["--severity", "medium"]).0
    );
}
