//! Terraform as users meet it: variables from tfvars and the command line, local modules
//! evaluated with the caller's inputs, provenance labels, unknowns that stay quiet.

mod common;

use common::*;

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "live/main.tf",
        "module \"disk\" {\n  source    = \"../modules/disk\"\n  encrypted = var.encrypt\n}\n\nmodule \"remote\" {\n  source = \"git::https://example.com/mod.git\"\n}\n",
    );
    write(
        d,
        "live/variables.tf",
        "variable \"encrypt\" {\n  type    = bool\n  default = true\n}\n",
    );
    write(d, "live/terraform.tfvars", "encrypt = false\n");
    write(
        d,
        "modules/disk/main.tf",
        "variable \"encrypted\" {}\n\nresource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 10\n  encrypted         = var.encrypted\n}\n",
    );
    dir
}

#[test]
fn module_findings_carry_the_call_path_and_the_value_origin() {
    let dir = project();
    let out = yoroi_in(
        dir.path(),
        &["scan", "--format", "json", "--rule", "AWS005,YOR002"],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let report = json(&out);
    let findings = report["findings"].as_array().unwrap();
    let ebs: Vec<_> = findings
        .iter()
        .filter(|f| f["rule_id"] == "AWS005")
        .collect();
    // Found once, through the caller: the module directory is not also scanned on its own.
    assert_eq!(ebs.len(), 1, "{findings:#?}");
    let f = ebs[0];
    assert_eq!(f["path"], "modules/disk/main.tf");
    assert_eq!(f["start"]["line"], 6);
    assert_eq!(f["object"], "module.disk.aws_ebs_volume.data");
    assert_eq!(f["labels"][0]["path"], "live/terraform.tfvars");
    assert_eq!(f["labels"][0]["line"], 1);
    // The call that instantiated the module is a label too.
    assert_eq!(f["labels"][1]["path"], "live/main.tf");
    assert_eq!(f["labels"][1]["line"], 1);
    assert_eq!(f["labels"][1]["message"], "through `module.disk`");
    // The remote module is reported as not analysed (info).
    let remote: Vec<_> = findings
        .iter()
        .filter(|f| f["rule_id"] == "YOR002")
        .collect();
    assert_eq!(remote.len(), 1);
    assert_eq!(remote[0]["severity"], "info");
}

#[test]
fn command_line_variables_win_over_tfvars() {
    let dir = project();
    let out = yoroi_in(
        dir.path(),
        &[
            "scan",
            "--format",
            "json",
            "--rule",
            "AWS005",
            "--var",
            "encrypt=true",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    write(dir.path(), "prod.tfvars", "encrypt = true\n");
    let out = yoroi_in(
        dir.path(),
        &[
            "scan",
            "--format",
            "json",
            "--rule",
            "AWS005",
            "--var-file",
            "prod.tfvars",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let out = yoroi_in(dir.path(), &["scan", "--var-file", "missing.tfvars"]);
    assert_eq!(code(&out), 2);
    let out = yoroi_in(dir.path(), &["scan", "--var", "novalue"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn unset_variables_are_unknown_and_never_fire() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "main.tf",
        "variable \"encrypted\" {}\n\nresource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 10\n  encrypted         = var.encrypted\n}\n",
    );
    let out = yoroi_in(
        dir.path(),
        &["scan", "--format", "json", "--rule", "AWS005"],
    );
    assert_eq!(code(&out), 0, "{}", stdout(&out));
}

#[test]
fn companions_in_other_module_instances_count() {
    // A VPC made by one module and its flow log made by another, wired through the first
    // module's output; a log bucket that another module's bucket logs into.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "main.tf",
        "module \"network\" {\n  source = \"./network\"\n}\n\nmodule \"flow\" {\n  source = \"./flow\"\n  vpc_id = module.network.vpc_id\n}\n\nmodule \"logs\" {\n  source = \"./bucket\"\n  name   = \"corp-logs\"\n}\n\nmodule \"data\" {\n  source     = \"./bucket\"\n  name       = \"corp-data\"\n  log_target = module.logs.id\n}\n\nresource \"aws_vpc\" \"lonely\" {\n  cidr_block = \"10.9.0.0/16\"\n}\n",
    );
    write(
        d,
        "network/main.tf",
        "resource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n\noutput \"vpc_id\" {\n  value = try(aws_vpc.this.id, null)\n}\n",
    );
    write(
        d,
        "flow/main.tf",
        "variable \"vpc_id\" {\n  type = string\n}\n\nresource \"aws_flow_log\" \"this\" {\n  vpc_id               = var.vpc_id\n  traffic_type         = \"ALL\"\n  log_destination_type = \"s3\"\n  log_destination      = \"arn:aws:s3:::corp-flow-logs\"\n}\n",
    );
    write(
        d,
        "bucket/main.tf",
        "variable \"name\" {\n  type = string\n}\n\nvariable \"log_target\" {\n  type    = string\n  default = null\n}\n\nresource \"aws_s3_bucket\" \"this\" {\n  bucket = var.name\n}\n\nresource \"aws_s3_bucket_logging\" \"this\" {\n  count         = var.log_target == null ? 0 : 1\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = var.log_target\n  target_prefix = \"${var.name}/\"\n}\n\noutput \"id\" {\n  value = aws_s3_bucket.this.id\n}\n",
    );
    let out = yoroi_in(d, &["scan", "--format", "json", "--rule", "AWS026,AWS033"]);
    let report = json(&out);
    let mut objects: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {}",
                f["rule_id"].as_str().unwrap(),
                f["object"].as_str().unwrap()
            )
        })
        .collect();
    objects.sort();
    assert_eq!(objects, ["AWS033 aws_vpc.lonely"], "{report:#?}");
}

#[test]
fn count_and_for_each_instances_collapse_into_one_finding_per_line() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "main.tf",
        "resource \"aws_ebs_volume\" \"data\" {\n  for_each          = toset([\"a\", \"b\", \"c\"])\n  availability_zone = \"eu-west-1a\"\n  size              = 10\n  encrypted         = each.key == \"b\"\n}\n",
    );
    let out = yoroi_in(
        dir.path(),
        &["scan", "--format", "json", "--rule", "AWS005"],
    );
    let report = json(&out);
    let f = report["findings"].as_array().unwrap();
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0]["start"]["line"], 5);
    assert_eq!(f[0]["object"], "aws_ebs_volume.data[\"a\"]");
}

#[test]
fn kubernetes_rules_run_on_the_terraform_kubernetes_provider() {
    let out = yoroi(&[
        "scan",
        "testdata/terraform/kubernetes",
        "--format",
        "json",
        "--rule",
        "K8S001,K8S004,K8S012",
    ]);
    let found = findings(&json(&out));
    assert_eq!(
        found,
        [
            (
                "testdata/terraform/kubernetes/main.tf".to_string(),
                17,
                "K8S004".to_string()
            ),
            (
                "testdata/terraform/kubernetes/main.tf".to_string(),
                22,
                "K8S001".to_string()
            ),
        ]
    );
    let dir = tempfile::tempdir().unwrap();
    // An image from a variable is unknown: the tag rule stays quiet; a literal `latest` fires.
    write(
        dir.path(),
        "main.tf",
        "variable \"image\" {}\nresource \"kubernetes_pod_v1\" \"p\" {\n  metadata {\n    name = \"p\"\n  }\n  spec {\n    container {\n      name  = \"a\"\n      image = var.image\n    }\n    container {\n      name  = \"b\"\n      image = \"nginx:latest\"\n    }\n  }\n}\n",
    );
    let out = yoroi_in(
        dir.path(),
        &["scan", "--format", "json", "--rule", "K8S012"],
    );
    assert_eq!(
        findings(&json(&out)),
        [("main.tf".to_string(), 13, "K8S012".to_string())]
    );
}

#[test]
fn a_named_terraform_file_is_evaluated_with_its_module_but_reports_alone() {
    // What pre-commit does: it passes only the changed files.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "variables.tf",
        "variable \"encrypt\" {\n  default = false\n}\n\nresource \"aws_ebs_volume\" \"other\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 1\n}\n",
    );
    write(
        dir.path(),
        "main.tf",
        "resource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 10\n  encrypted         = var.encrypt\n}\n",
    );
    let out = yoroi_in(
        dir.path(),
        &["scan", "main.tf", "--rule", "AWS005", "--format", "json"],
    );
    // The default in the sibling file is seen (so the finding exists) …
    assert_eq!(
        findings(&json(&out)),
        [("main.tf".to_string(), 4, "AWS005".to_string())]
    );
    // … and the sibling's own finding is not reported.
    assert_eq!(code(&out), 1);
}

#[test]
fn evaluated_module_snapshot() {
    // testdata/terraform/evaluated: a variable default in another file overridden by tfvars, a
    // conditional count, for_each over a map, a dynamic ingress block, a two-level local module
    // chain, and an unset input that must stay quiet.
    let out = yoroi(&[
        "scan",
        "testdata/terraform/evaluated",
        "--rule",
        "AWS001,AWS005,AWS007,AWS009",
        "--format",
        "json",
    ]);
    let report = json(&out);
    let summary: Vec<serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            serde_json::json!({
                "rule": f["rule_id"],
                "at": format!("{}:{}", f["path"].as_str().unwrap(), f["start"]["line"]),
                "object": f["object"],
                "message": f["message"],
                "labels": f["labels"].as_array().unwrap().iter().map(|l| format!("{}:{} {}", l["path"].as_str().unwrap(), l["line"], l["message"].as_str().unwrap())).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_json_snapshot!("terraform-evaluated", summary));
}

/// One module line reached from three example roots, and twice through `for_each`, gives five
/// findings with five fingerprints; lines added above the finding change none of them.
#[test]
fn fingerprints_tell_roots_and_instances_apart() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let module = "variable \"name\" {\n  type = string\n}\n\nresource \"aws_s3_bucket_acl\" \"this\" {\n  bucket = var.name\n  acl    = \"public-read\"\n}\n";
    std::fs::create_dir_all(d.join("modules/bucket")).unwrap();
    std::fs::write(d.join("modules/bucket/main.tf"), module).unwrap();
    for root in ["a", "b", "c"] {
        std::fs::create_dir_all(d.join("examples").join(root)).unwrap();
        std::fs::write(
            d.join("examples").join(root).join("main.tf"),
            format!("module \"bucket\" {{\n  source = \"../../modules/bucket\"\n  name   = \"{root}\"\n}}\n"),
        )
        .unwrap();
    }
    std::fs::write(
        d.join("examples/c/many.tf"),
        "module \"many\" {\n  source   = \"../../modules/bucket\"\n  for_each = toset([\"x\", \"y\"])\n  name     = each.key\n}\n",
    )
    .unwrap();
    let prints = || -> Vec<String> {
        let out = yoroi_in(d, &["scan", ".", "--rule", "AWS004", "--format", "json"]);
        let report = json(&out);
        let mut prints: Vec<String> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["fingerprint"].as_str().unwrap().to_string())
            .collect();
        prints.sort();
        prints
    };
    let before = prints();
    assert_eq!(before.len(), 5, "{before:?}");
    let mut distinct = before.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), 5, "{before:?}");
    std::fs::write(
        d.join("modules/bucket/main.tf"),
        format!("# Buckets.\n\n{module}"),
    )
    .unwrap();
    std::fs::write(
        d.join("examples/a/main.tf"),
        "# Example A.\nmodule \"bucket\" {\n  source = \"../../modules/bucket\"\n  name   = \"a\"\n}\n",
    )
    .unwrap();
    assert_eq!(prints(), before);
}

fn wrapped_modules() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "modules/bucket/main.tf",
        "variable \"acl\" {\n  default = \"public-read\"\n}\n\nresource \"aws_s3_bucket_acl\" \"this\" {\n  bucket = \"logs\"\n  acl    = \"public-read\"\n}\n\nresource \"aws_s3_bucket_acl\" \"chosen\" {\n  bucket = \"other\"\n  acl    = var.acl\n}\n\nmodule \"inner\" {\n  source = \"../inner\"\n}\n",
    );
    write(
        d,
        "modules/inner/main.tf",
        "resource \"aws_s3_bucket_acl\" \"inner\" {\n  bucket = \"inner\"\n  acl    = \"public-read-write\"\n}\n",
    );
    write(
        d,
        "wrappers/main.tf",
        "variable \"items\" {\n  type    = any\n  default = {}\n}\n\nmodule \"wrapper\" {\n  source   = \"../modules/bucket\"\n  for_each = var.items\n}\n",
    );
    dir
}

fn aws004(dir: &std::path::Path, extra: &[&str]) -> Vec<(String, u64, String)> {
    let mut args = vec!["scan", ".", "--rule", "AWS004", "--format", "json"];
    args.extend_from_slice(extra);
    let out = yoroi_in(dir, &args);
    findings(&json(&out))
}

/// A module that its only caller never instantiates (a wrapper's `for_each` over an empty
/// default) is still checked, once, on its own with its inputs unknown, and so are the modules
/// it calls; once an example instantiates it, its findings come through that call only.
#[test]
fn a_module_no_caller_instantiates_is_checked_on_its_own() {
    let dir = wrapped_modules();
    let d = dir.path();
    let expected = vec![
        (
            "modules/bucket/main.tf".to_string(),
            7,
            "AWS004".to_string(),
        ),
        ("modules/inner/main.tf".to_string(), 3, "AWS004".to_string()),
    ];
    // `chosen` takes its ACL from a variable: a caller decides it, not the default.
    assert_eq!(aws004(d, &[]), expected);
    write(
        d,
        "examples/basic/main.tf",
        "module \"bucket\" {\n  source = \"../../modules/bucket\"\n  acl    = \"private\"\n}\n",
    );
    let out = yoroi_in(d, &["scan", ".", "--rule", "AWS004", "--format", "json"]);
    let report = json(&out);
    assert_eq!(findings(&report), expected, "{}", stdout(&out));
    for finding in report["findings"].as_array().unwrap() {
        assert_eq!(
            finding["labels"][0]["message"], "through `module.bucket`",
            "{finding}"
        );
    }
}

/// Shards decide a module nobody instantiates as the whole scan does: every split reports its
/// findings exactly once.
#[test]
fn shards_agree_on_modules_no_caller_instantiates() {
    let dir = wrapped_modules();
    let d = dir.path();
    write(
        d,
        "examples/unused/main.tf",
        "module \"inner\" {\n  source = \"../../modules/inner\"\n  count  = 0\n}\n",
    );
    // Instantiated by a counted call: the shard that owns `modules/bucket` must learn it from
    // this root, which another shard may own.
    write(
        d,
        "examples/one/main.tf",
        "module \"bucket\" {\n  source   = \"../../modules/bucket\"\n  for_each = toset([\"a\"])\n  acl      = \"private\"\n}\n",
    );
    let whole = aws004(d, &[]);
    assert_eq!(whole.len(), 2, "{whole:?}");
    for n in 2..=6 {
        let mut union = Vec::new();
        for k in 1..=n {
            union.extend(aws004(d, &["--shard", &format!("{k}/{n}")]));
        }
        union.sort();
        assert_eq!(union, whole, "split in {n}");
    }
}
