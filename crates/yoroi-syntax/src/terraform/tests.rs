use super::*;
use crate::source::FileKind;

fn module(files: &[(&str, &str)]) -> Module {
    let files = files
        .iter()
        .map(|(name, text)| {
            SourceFile::new(
                *name,
                FileKind::from_file_name(name).unwrap(),
                text.to_string(),
            )
        })
        .collect();
    Module::parse(PathBuf::from("."), files)
}

#[test]
fn blocks_attributes_and_nested_blocks_keep_spans() {
    let text = r#"resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0", var.office]
  }
  ingress {
    from_port = 443
  }
  dynamic "egress" {
    for_each = var.rules
    content {}
  }
  tags = { Name = "web-${var.env}" }
}
"#;
    let m = module(&[("main.tf", text)]);
    assert!(m.errors.is_empty());
    let block = &m.blocks[0];
    assert_eq!(block.address(), "aws_security_group.web");
    assert_eq!(
        &text[block.header.range()],
        "resource \"aws_security_group\" \"web\""
    );
    let ingress: Vec<_> = block.body.get_all("ingress").collect();
    assert_eq!(ingress.len(), 2);
    let cidrs: Vec<_> = ingress[0].get("cidr_blocks").unwrap().items().collect();
    assert_eq!(cidrs[0].as_str(), Some("0.0.0.0/0"));
    assert!(cidrs[1].is_unknown());
    assert_eq!(&text[cidrs[1].span.range()], "var.office");
    assert!(block.body.get("egress").unwrap().is_unknown());
    assert!(block.body.at("tags.Name").unwrap().is_unknown());
    assert_eq!(ingress[1].get("from_port").unwrap().as_i64(), Some(443));
}

#[test]
fn a_broken_file_is_an_error_and_its_siblings_still_parse() {
    let m = module(&[
        (
            "a.tf",
            "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = \n}\n",
        ),
        ("b.tf", "resource \"aws_kms_key\" \"k\" {}\n"),
    ]);
    assert_eq!(m.errors.len(), 1);
    assert_eq!(m.errors[0].file, 0);
    assert_eq!(m.blocks.len(), 1);
    assert_eq!(m.blocks[0].address(), "aws_kms_key.k");
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let text = format!("x = {}1{}\n", "[".repeat(5000), "]".repeat(5000));
    let m = module(&[("deep.tf", &text)]);
    assert_eq!(m.errors.len(), 1);
    assert!(m.errors[0].message.contains("nesting"));
}

#[test]
fn tf_json_resources_become_blocks() {
    let text = r#"{"resource": {"aws_ebs_volume": {"data": {"size": 10, "encrypted": false, "tags": {"a": "${var.x}"}}}}}"#;
    let m = module(&[("main.tf.json", text)]);
    assert!(m.errors.is_empty(), "{:?}", m.errors);
    let b = &m.blocks[0];
    assert_eq!(b.address(), "aws_ebs_volume.data");
    assert_eq!(b.body.get("encrypted").unwrap().as_bool(), Some(false));
    assert!(b.body.at("tags.a").unwrap().is_unknown());
}
