//! One syntax error never hides the rest of a Terraform file: the error is reported at its line,
//! and every top-level block that is whole is still evaluated and checked.

mod common;

use common::*;

const SSH_RULE: &str = r#"resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-123"
  description       = "ssh"
}
"#;

fn scan(dir: &std::path::Path) -> Vec<(String, u64, String)> {
    let out = yoroi_in(dir, &["scan", ".", "--soft-fail", "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut found = findings(&json(&out));
    found.retain(|(_, _, rule)| ["AWS016", "AWS005", "YOR001"].contains(&rule.as_str()));
    found.sort();
    found
}

fn f(path: &str, line: u64, rule: &str) -> (String, u64, String) {
    (path.to_string(), line, rule.to_string())
}

/// `main.tf` = the SSH rule (lines 1–9), a blank line, then `broken`, then an unencrypted
/// volume. Returns the line where the volume block starts.
fn with_broken_block(dir: &std::path::Path, broken: &str) -> u64 {
    let head = format!("{SSH_RULE}\n{broken}\n");
    let volume_line = head.lines().count() as u64 + 1;
    write(
        dir,
        "main.tf",
        &format!(
            "{head}resource \"aws_ebs_volume\" \"data\" {{\n  availability_zone = \"eu-west-1a\"\n  size = 10\n  encrypted = false\n}}\n"
        ),
    );
    volume_line
}

#[test]
fn unterminated_string() {
    let dir = tempfile::tempdir().expect("temp dir");
    let volume = with_broken_block(
        dir.path(),
        "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\n}\n",
    );
    assert_eq!(
        scan(dir.path()),
        [
            f("main.tf", 6, "AWS016"),
            // The parser notices the open string three blocks later; the error is reported at
            // the block that does not parse.
            f("main.tf", 11, "YOR001"),
            f("main.tf", volume + 3, "AWS005"),
        ]
    );
}

#[test]
fn missing_closing_brace() {
    let dir = tempfile::tempdir().expect("temp dir");
    let volume = with_broken_block(
        dir.path(),
        "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs\"\n",
    );
    let found = scan(dir.path());
    assert!(found.contains(&f("main.tf", 6, "AWS016")), "{found:?}");
    assert!(
        found.contains(&f("main.tf", volume + 3, "AWS005")),
        "{found:?}"
    );
    assert_eq!(
        found.iter().filter(|x| x.2 == "YOR001").count(),
        1,
        "{found:?}"
    );
}

#[test]
fn stray_token_between_blocks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let volume = with_broken_block(dir.path(), "oops !!");
    assert_eq!(
        scan(dir.path()),
        [
            f("main.tf", 6, "AWS016"),
            f("main.tf", 11, "YOR001"),
            f("main.tf", volume + 3, "AWS005"),
        ]
    );
}

#[test]
fn error_inside_a_nested_block_drops_only_that_top_level_block() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The broken security group would also allow SSH from anywhere; it is cut by the error, so
    // it is not judged (no finding from half a block).
    let volume = with_broken_block(
        dir.path(),
        "resource \"aws_security_group\" \"web\" {\n  ingress {\n    from_port = 22 +\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
    );
    assert_eq!(
        scan(dir.path()),
        [
            f("main.tf", 6, "AWS016"),
            f("main.tf", 13, "YOR001"),
            f("main.tf", volume + 3, "AWS005"),
        ]
    );
}

#[test]
fn a_broken_tfvars_keeps_its_other_assignments() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "main.tf",
        "variable \"encrypted\" {\n  default = true\n}\n\nresource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size = 10\n  encrypted = var.encrypted\n}\n",
    );
    write(
        dir.path(),
        "terraform.tfvars",
        "region = \"eu-west-1\"\nsize = \nencrypted = false\n",
    );
    assert_eq!(
        scan(dir.path()),
        [
            // The assignment after the broken line still applies: the volume is judged with
            // `encrypted = false` (the default says true).
            f("main.tf", 8, "AWS005"),
            f("terraform.tfvars", 2, "YOR001"),
        ]
    );
}

#[test]
fn error_in_a_called_modules_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "main.tf",
        "module \"disk\" {\n  source    = \"./modules/disk\"\n  encrypted = false\n}\n",
    );
    write(
        dir.path(),
        "modules/disk/variables.tf",
        "variable \"encrypted\" {\n  type = bool\n}\n",
    );
    write(
        dir.path(),
        "modules/disk/main.tf",
        "resource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size = 10\n  encrypted = var.encrypted\n}\n\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\n}\n",
    );
    let found = scan(dir.path());
    // The module's whole block is evaluated with the caller's input; its error is reported.
    assert!(
        found.iter().any(|x| x.2 == "AWS005"),
        "the volume in the broken module file is still judged: {found:?}"
    );
    assert!(
        found
            .iter()
            .any(|x| x.0 == "modules/disk/main.tf" && x.2 == "YOR001"),
        "{found:?}"
    );
}

#[test]
fn a_file_with_nothing_whole_is_only_the_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "main.tf",
        "resource \"aws_ebs_volume\" \"x\" {\n  size = \n",
    );
    assert_eq!(scan(dir.path()), [f("main.tf", 2, "YOR001")]);
}
