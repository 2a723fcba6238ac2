use super::*;
use std::collections::HashMap;

fn files(list: &[(&str, &str)]) -> Vec<Arc<SourceFile>> {
    list.iter()
        .map(|(name, text)| {
            let file_name = Path::new(name).file_name().unwrap().to_str().unwrap();
            SourceFile::new(
                *name,
                FileKind::from_file_name(file_name).unwrap(),
                text.to_string(),
            )
        })
        .collect()
}

/// Modules by directory, all in memory.
struct MemLoader(HashMap<PathBuf, Arc<ParsedModule>>);

impl MemLoader {
    fn new(modules: &[(&str, &[(&str, &str)])]) -> MemLoader {
        MemLoader(
            modules
                .iter()
                .map(|(dir, list)| {
                    let dir = PathBuf::from(dir);
                    (dir.clone(), Arc::new(ParsedModule::parse(dir, files(list))))
                })
                .collect(),
        )
    }
}

impl SourceLoader for MemLoader {
    fn module(&self, dir: &Path) -> Result<Arc<ParsedModule>, String> {
        self.0
            .get(dir)
            .cloned()
            .ok_or_else(|| format!("no module at {}", dir.display()))
    }
    fn read(&self, path: &Path) -> Option<String> {
        self.0
            .values()
            .flat_map(|m| m.files.iter())
            .find(|f| f.path == path)
            .map(|f| f.text.clone())
    }
}

fn eval_root(list: &[(&str, &str)], inputs: RootInputs) -> Module {
    let parsed = ParsedModule::parse(PathBuf::from("root"), files(list));
    let ctx = EvalContext::new(&NoLoader, EvalLimits::default());
    evaluate_root(&parsed, &inputs, &ctx)
}

fn resource<'m>(m: &'m Module, address: &str) -> &'m Block {
    m.blocks
        .iter()
        .find(|b| b.address() == address)
        .unwrap_or_else(|| {
            panic!(
                "no {address} in {:?}",
                m.blocks.iter().map(Block::address).collect::<Vec<_>>()
            )
        })
}

#[test]
fn variable_default_in_another_file_with_provenance() {
    let m = eval_root(
        &[
            (
                "root/main.tf",
                "resource \"aws_ebs_volume\" \"v\" {\n  encrypted = var.encrypted\n  size = local.size * 2\n}\n",
            ),
            (
                "root/variables.tf",
                "variable \"encrypted\" {\n  type    = bool\n  default = false\n}\n",
            ),
            ("root/locals.tf", "locals {\n  size = 50\n}\n"),
        ],
        RootInputs::default(),
    );
    let v = resource(&m, "aws_ebs_volume.v");
    let encrypted = v.body.get("encrypted").unwrap();
    assert_eq!(encrypted.as_bool(), Some(false));
    let main = &m.files[v.file];
    assert_eq!(main.slice(encrypted.span), "var.encrypted");
    let origin = encrypted.origin.as_ref().expect("provenance");
    assert_eq!(origin.file.path, Path::new("root/variables.tf"));
    assert_eq!(origin.file.slice(origin.span), "false");
    assert!(origin.note.contains("default of variable `encrypted`"));
    assert_eq!(v.body.get("size").unwrap().as_i64(), Some(100));
}

#[test]
fn tfvars_override_defaults_in_terraform_order() {
    let m = eval_root(
        &[
            (
                "root/main.tf",
                "variable \"a\" { default = \"default\" }\nvariable \"b\" { default = \"default\" }\nvariable \"c\" { type = number }\nresource \"x_thing\" \"t\" {\n  a = var.a\n  b = var.b\n  c = var.c\n}\n",
            ),
            ("root/terraform.tfvars", "a = \"tfvars\"\nb = \"tfvars\"\n"),
            ("root/b.auto.tfvars", "b = \"auto\"\n"),
        ],
        RootInputs {
            var_files: Vec::new(),
            vars: vec![("c".into(), "7".into())],
        },
    );
    let t = resource(&m, "x_thing.t");
    assert_eq!(t.body.get("a").unwrap().as_str(), Some("tfvars"));
    assert_eq!(t.body.get("b").unwrap().as_str(), Some("auto"));
    // A number variable converts its command-line string.
    assert_eq!(t.body.get("c").unwrap().as_i64(), Some(7));
    let origin = t.body.get("b").unwrap().origin.as_ref().unwrap();
    assert_eq!(origin.note, "set in b.auto.tfvars");
}

#[test]
fn conditional_count_creates_or_removes_instances() {
    let text = "variable \"enabled\" { default = true }\nvariable \"off\" { default = false }\nvariable \"unset\" {}\nresource \"x\" \"on\" {\n  count = var.enabled ? 2 : 0\n  name = \"n-${count.index}\"\n}\nresource \"x\" \"gone\" {\n  count = var.off ? 1 : 0\n}\nresource \"x\" \"maybe\" {\n  count = var.unset ? 1 : 0\n  idx = count.index\n}\n";
    let m = eval_root(&[("root/main.tf", text)], RootInputs::default());
    assert_eq!(
        resource(&m, "x.on[0]").body.get("name").unwrap().as_str(),
        Some("n-0")
    );
    assert_eq!(
        resource(&m, "x.on[1]").body.get("name").unwrap().as_str(),
        Some("n-1")
    );
    assert!(!m.blocks.iter().any(|b| b.local_address() == "x.gone"));
    // Unknown count: checked once, with an unknown index.
    assert!(
        resource(&m, "x.maybe")
            .body
            .get("idx")
            .unwrap()
            .is_unknown()
    );
}

#[test]
fn for_each_over_a_map_and_a_set() {
    let text = r#"
locals {
  buckets = {
    logs   = { acl = "private" }
    public = { acl = "public-read" }
  }
}
resource "aws_s3_bucket" "b" {
  for_each = local.buckets
  bucket   = "corp-${each.key}"
  acl      = each.value.acl
}
resource "x" "s" {
  for_each = toset(["a", "b"])
  name     = upper(each.value)
}
"#;
    let m = eval_root(&[("root/main.tf", text)], RootInputs::default());
    let public = resource(&m, "aws_s3_bucket.b[\"public\"]");
    assert_eq!(
        public.body.get("acl").unwrap().as_str(),
        Some("public-read")
    );
    assert_eq!(
        public.body.get("bucket").unwrap().as_str(),
        Some("corp-public")
    );
    // The value points at the attribute that used it and remembers the local.
    let acl = public.body.get("acl").unwrap();
    assert_eq!(m.files[0].slice(acl.span), "each.value.acl");
    assert_eq!(
        resource(&m, "x.s[\"b\"]")
            .body
            .get("name")
            .unwrap()
            .as_str(),
        Some("B")
    );
}

#[test]
fn dynamic_blocks_expand_and_unknown_ones_stay_unknown() {
    let text = r#"
variable "ports" { default = [22, 443] }
variable "other" {}
resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = var.ports
    iterator = port
    content {
      from_port   = port.value
      to_port     = port.value
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  dynamic "egress" {
    for_each = var.other
    content {}
  }
}
"#;
    let m = eval_root(&[("root/main.tf", text)], RootInputs::default());
    let sg = resource(&m, "aws_security_group.sg");
    let ports: Vec<i64> = sg
        .body
        .get_all("ingress")
        .filter_map(|i| i.get("from_port")?.as_i64())
        .collect();
    assert_eq!(ports, [22, 443]);
    assert!(sg.body.get("egress").unwrap().is_unknown());
}

#[test]
fn two_level_local_module_chain_with_inputs_and_call_path() {
    let loader = MemLoader::new(&[
        (
            "root",
            &[(
                "root/main.tf",
                "module \"app\" {\n  source = \"./modules/app\"\n  encrypt = false\n}\n",
            )],
        ),
        (
            "root/modules/app",
            &[(
                "root/modules/app/main.tf",
                "variable \"encrypt\" {}\nmodule \"disk\" {\n  source = \"../disk\"\n  encrypted = var.encrypt\n}\n",
            )],
        ),
        (
            "root/modules/disk",
            &[(
                "root/modules/disk/main.tf",
                "variable \"encrypted\" { default = true }\nresource \"aws_ebs_volume\" \"data\" {\n  encrypted = var.encrypted\n}\n",
            )],
        ),
    ]);
    let root = loader.module(Path::new("root")).unwrap();
    let ctx = EvalContext::new(&loader, EvalLimits::default());
    let m = evaluate_root(&root, &RootInputs::default(), &ctx);
    let disk = resource(&m, "module.app.module.disk.aws_ebs_volume.data");
    assert_eq!(disk.body.get("encrypted").unwrap().as_bool(), Some(false));
    assert_eq!(
        m.files[disk.file].path,
        Path::new("root/modules/disk/main.tf")
    );
    assert_eq!(root.local_calls(), [PathBuf::from("root/modules/app")]);
}

#[test]
fn remote_modules_are_reported_not_fetched() {
    let m = eval_root(
        &[(
            "root/main.tf",
            "module \"vpc\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"5.0.0\"\n}\nresource \"x\" \"y\" {\n  id = module.vpc.vpc_id\n}\n",
        )],
        RootInputs::default(),
    );
    assert_eq!(m.diagnostics.len(), 1);
    assert_eq!(m.diagnostics[0].kind, TfDiagnosticKind::NotAnalysed);
    assert!(resource(&m, "x.y").body.get("id").unwrap().is_unknown());
}

#[test]
fn ten_thousand_instances_stay_within_the_cap() {
    let text = "resource \"x\" \"many\" {\n  for_each = toset([for i in range(1000) : tostring(i)])\n  name = each.key\n}\nresource \"x\" \"too_many\" {\n  count = 10001\n}\n";
    let m = eval_root(&[("root/main.tf", text)], RootInputs::default());
    // range() is capped at 1024 elements, so 1,000 instances are known.
    assert_eq!(
        m.blocks
            .iter()
            .filter(|b| b.local_address() == "x.many")
            .count(),
        1000
    );
    assert_eq!(
        m.blocks
            .iter()
            .filter(|b| b.local_address() == "x.too_many")
            .count(),
        10_000
    );
    assert!(
        m.diagnostics
            .iter()
            .any(|d| d.kind == TfDiagnosticKind::Limit && d.message.contains("10001"))
    );
}

#[test]
fn local_cycles_are_reported_not_looped() {
    let text = "locals {\n  a = local.b\n  b = local.a\n  c = 1\n}\nresource \"x\" \"y\" {\n  v = local.a\n  c = local.c\n}\n";
    let m = eval_root(&[("root/main.tf", text)], RootInputs::default());
    let y = resource(&m, "x.y");
    assert!(y.body.get("v").unwrap().is_unknown());
    assert_eq!(y.body.get("c").unwrap().as_i64(), Some(1));
    assert!(
        m.diagnostics
            .iter()
            .any(|d| d.kind == TfDiagnosticKind::Cycle)
    );
}

#[test]
fn references_build_the_resource_graph() {
    let text = r#"
resource "aws_s3_bucket" "logs" { bucket = "logs" }
resource "aws_s3_bucket" "other" { bucket = "other" }
resource "aws_s3_bucket_public_access_block" "logs" {
  bucket              = aws_s3_bucket.logs.id
  block_public_acls   = true
}
"#;
    let m = eval_root(&[("root/main.tf", text)], RootInputs::default());
    let logs = resource(&m, "aws_s3_bucket.logs");
    let other = resource(&m, "aws_s3_bucket.other");
    let types = ["aws_s3_bucket_public_access_block"];
    assert_eq!(m.referrers(logs, &types).count(), 1);
    assert_eq!(m.referrers(other, &types).count(), 0);
}

#[test]
fn expressions_and_functions() {
    let text = r#"
variable "env" { default = "prod" }
variable "cidrs" { default = ["10.0.0.0/8", ""] }
variable "unknown" {}
locals {
  tags      = merge({ a = "1" }, { b = "2" }, { a = "3" })
  name      = format("%s-%s", "app", var.env)
  compacted = compact(var.cidrs)
  joined    = join(",", ["x", "y"])
  looked    = lookup({ k = "v" }, "missing", "fallback")
  tried     = try(local.tags.nope, "fallback")
  can_it    = can(local.tags.nope)
  flat      = flatten([[1, 2], [3]])
  sub       = cidrsubnet("10.0.0.0/16", 8, 1)
  cond      = var.unknown ? "same" : "same"
  short     = false && var.unknown
  tmpl      = "%{ if var.env == "prod" }p%{ else }np%{ endif }"
  loop      = [for c in var.cidrs : upper(c) if c != ""]
  objs      = { for k, v in { x = 1, y = 2 } : k => v * 10 }
  json      = jsonencode({ Statement = [{ Effect = "Allow" }] })
  decoded   = jsondecode("{\"a\": [1, 2]}").a[1]
  yaml      = yamldecode("k: v\n").k
  unknown   = upper(var.unknown)
  provider  = provider::aws::arn_parse("arn:aws:iam::1:role/x")
  splat     = [{ id = "a" }, { id = "b" }][*].id
  heredoc   = <<-EOT
    line ${var.env}
  EOT
}
resource "x" "y" {
  tags      = local.tags
  name      = local.name
  compacted = local.compacted
  joined    = local.joined
  looked    = local.looked
  tried     = local.tried
  can_it    = local.can_it
  flat      = local.flat
  sub       = local.sub
  cond      = local.cond
  short     = local.short
  tmpl      = local.tmpl
  loop      = local.loop
  objs      = local.objs
  json      = local.json
  decoded   = local.decoded
  yaml      = local.yaml
  unknown   = local.unknown
  provider  = local.provider
  splat     = local.splat
  heredoc   = local.heredoc
}
"#;
    let m = eval_root(&[("root/main.tf", text)], RootInputs::default());
    let y = resource(&m, "x.y");
    let get = |k: &str| y.body.get(k).unwrap().to_json();
    assert_eq!(get("tags"), serde_json::json!({"a": "3", "b": "2"}));
    assert_eq!(get("name"), "app-prod");
    assert_eq!(get("compacted"), serde_json::json!(["10.0.0.0/8"]));
    assert_eq!(get("joined"), "x,y");
    assert_eq!(get("looked"), "fallback");
    assert_eq!(get("tried"), "fallback");
    assert_eq!(get("can_it"), false);
    assert_eq!(get("flat"), serde_json::json!([1, 2, 3]));
    assert_eq!(get("sub"), "10.0.1.0/24");
    assert_eq!(get("cond"), "same");
    assert_eq!(get("short"), false);
    assert_eq!(get("tmpl"), "p");
    assert_eq!(get("loop"), serde_json::json!(["10.0.0.0/8"]));
    assert_eq!(get("objs"), serde_json::json!({"x": 10, "y": 20}));
    assert_eq!(get("json"), r#"{"Statement":[{"Effect":"Allow"}]}"#);
    assert_eq!(get("decoded"), 2);
    assert_eq!(get("yaml"), "v");
    assert!(y.body.get("unknown").unwrap().is_unknown());
    assert!(y.body.get("provider").unwrap().is_unknown());
    assert_eq!(get("splat"), serde_json::json!(["a", "b"]));
    assert_eq!(get("heredoc"), "line prod\n");
}

#[test]
fn module_calls_using_each_others_outputs_do_not_recurse() {
    let loader = MemLoader::new(&[
        (
            "root",
            &[(
                "root/main.tf",
                "module \"a\" {\n  source = \"./m\"\n  x = module.b.out\n}\nmodule \"b\" {\n  source = \"./m\"\n  x = module.a.out\n}\n",
            )],
        ),
        (
            "root/m",
            &[(
                "root/m/main.tf",
                "variable \"x\" {}\noutput \"out\" { value = var.x }\nresource \"r\" \"t\" { v = var.x }\n",
            )],
        ),
    ]);
    let root = loader.module(Path::new("root")).unwrap();
    let ctx = EvalContext::new(&loader, EvalLimits::default());
    let m = evaluate_root(&root, &RootInputs::default(), &ctx);
    assert!(
        resource(&m, "module.a.r.t")
            .body
            .get("v")
            .unwrap()
            .is_unknown()
    );
    assert!(
        resource(&m, "module.b.r.t")
            .body
            .get("v")
            .unwrap()
            .is_unknown()
    );
}

#[test]
fn templatefile_and_downloaded_registry_modules() {
    struct Loader(MemLoader);
    impl SourceLoader for Loader {
        fn module(&self, dir: &Path) -> Result<Arc<ParsedModule>, String> {
            self.0.module(dir)
        }
        fn read(&self, path: &Path) -> Option<String> {
            match path.to_str()? {
                "root/.terraform/modules/modules.json" => Some(
                    r#"{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"vpc","Source":"registry.terraform.io/x/vpc/aws","Version":"1.0.0","Dir":".terraform/modules/vpc"}]}"#.into(),
                ),
                "root/user_data.sh" => Some("#!/bin/sh\necho ${greeting}, %{ for n in names }${n} %{ endfor }\n".into()),
                _ => self.0.read(path),
            }
        }
    }
    let loader = Loader(MemLoader::new(&[
        (
            "root",
            &[(
                "root/main.tf",
                "module \"vpc\" {\n  source = \"x/vpc/aws\"\n  flow_logs = false\n}\nresource \"aws_instance\" \"i\" {\n  user_data = templatefile(\"${path.module}/user_data.sh\", { greeting = \"hi\", names = [\"a\", \"b\"] })\n}\n",
            )],
        ),
        (
            "root/.terraform/modules/vpc",
            &[(
                "root/.terraform/modules/vpc/main.tf",
                "variable \"flow_logs\" { default = true }\nresource \"aws_vpc\" \"this\" { logs = var.flow_logs }\n",
            )],
        ),
    ]));
    let root = loader.module(Path::new("root")).unwrap();
    let ctx = EvalContext::new(&loader, EvalLimits::default());
    let m = evaluate_root(&root, &RootInputs::default(), &ctx);
    assert!(m.diagnostics.is_empty(), "{:?}", m.diagnostics);
    assert_eq!(
        resource(&m, "module.vpc.aws_vpc.this")
            .body
            .get("logs")
            .unwrap()
            .as_bool(),
        Some(false)
    );
    assert_eq!(
        resource(&m, "aws_instance.i")
            .body
            .get("user_data")
            .unwrap()
            .as_str(),
        Some("#!/bin/sh\necho hi, a b \n")
    );
}

#[test]
fn json_policy_documents_are_navigable() {
    let text = r#"
resource "aws_iam_policy" "encoded" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}
resource "aws_iam_policy" "heredoc" {
  policy = <<-EOT
    {"Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"}]}
  EOT
}
resource "aws_iam_policy" "reference" {
  policy = data.aws_iam_policy_document.x.json
}
resource "aws_sqs_queue_policy" "partly_known" {
  policy = jsonencode({
    Statement = { Effect = "Allow", Principal = "*", Action = "sqs:*", Resource = aws_sqs_queue.q.arn }
  })
}
"#;
    let m = eval_root(&[("root/main.tf", text)], RootInputs::default());
    let encoded = resource(&m, "aws_iam_policy.encoded");
    let statement = encoded
        .body
        .at("policy.Statement")
        .unwrap()
        .items()
        .next()
        .unwrap();
    assert_eq!(statement.get("Action").unwrap().as_str(), Some("*"));
    // Inside jsonencode(), nodes keep their own spans: a finding points at the statement.
    assert_eq!(
        m.files[0].slice(statement.span),
        "{ Effect = \"Allow\", Action = \"*\", Resource = \"*\" }"
    );
    let heredoc = resource(&m, "aws_iam_policy.heredoc");
    assert!(heredoc.body.at("policy.Statement").unwrap().is_seq());
    assert!(
        resource(&m, "aws_iam_policy.reference")
            .body
            .get("policy")
            .unwrap()
            .is_unknown()
    );
}

#[test]
fn references_cross_module_inputs_and_outputs() {
    let loader = MemLoader::new(&[
        (
            "root",
            &[(
                "root/main.tf",
                r#"
resource "aws_vpc" "shared" { cidr_block = "10.9.0.0/16" }
module "net" { source = "./net" }
module "log" {
  source = "./log"
  vpc_id = module.net.id
}
module "log_shared" {
  source = "./log"
  vpc_id = aws_vpc.shared.id
}
resource "aws_flow_log" "root" { vpc_id = module.net.id }
"#,
            )],
        ),
        (
            "root/net",
            &[(
                "root/net/main.tf",
                r#"
resource "aws_vpc" "this" { cidr_block = "10.0.0.0/16" }
resource "aws_vpc" "unused" { cidr_block = "10.1.0.0/16" }
locals { id = try(aws_vpc.this.id, null) }
output "id" { value = local.id }
"#,
            )],
        ),
        (
            "root/log",
            &[(
                "root/log/main.tf",
                r#"
variable "vpc_id" {}
resource "aws_flow_log" "this" { vpc_id = var.vpc_id }
"#,
            )],
        ),
    ]);
    let root = loader.module(Path::new("root")).unwrap();
    let ctx = EvalContext::new(&loader, EvalLimits::default());
    let m = evaluate_root(&root, &RootInputs::default(), &ctx);
    let types = ["aws_flow_log"];
    let addresses = |target: &str| {
        let mut out: Vec<String> = m
            .referrers(resource(&m, target), &types)
            .map(Block::address)
            .collect();
        out.sort();
        out
    };
    // Through an output (via a local) into the root, and through an input into a sibling module.
    assert_eq!(
        addresses("module.net.aws_vpc.this"),
        ["aws_flow_log.root", "module.log.aws_flow_log.this"]
    );
    // From the root into a module through an input.
    assert_eq!(
        addresses("aws_vpc.shared"),
        ["module.log_shared.aws_flow_log.this"]
    );
    assert!(addresses("module.net.aws_vpc.unused").is_empty());
}

#[test]
fn every_use_of_a_local_refers_to_its_resources() {
    let text = r#"
locals { vpc_id = aws_vpc.main.id }
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "a" { vpc_id = local.vpc_id }
resource "aws_flow_log" "main" { vpc_id = local.vpc_id }
"#;
    let m = eval_root(&[("root/main.tf", text)], RootInputs::default());
    let vpc = resource(&m, "aws_vpc.main");
    assert_eq!(m.referrers(vpc, &["aws_subnet"]).count(), 1);
    assert_eq!(m.referrers(vpc, &["aws_flow_log"]).count(), 1);
}

#[test]
fn an_unbound_module_knows_nothing_of_its_inputs() {
    let loader = MemLoader::new(&[
        (
            "mods/bucket",
            &[
                (
                    "mods/bucket/main.tf",
                    "variable \"acl\" { default = \"public-read\" }\nmodule \"log\" {\n  source = \"../log\"\n  acl = \"private\"\n}\nresource \"aws_s3_bucket_acl\" \"this\" {\n  acl = var.acl\n  bucket = \"logs\"\n}\n",
                ),
                (
                    "mods/bucket/terraform.tfvars",
                    "acl = \"log-delivery-write\"\n",
                ),
            ],
        ),
        (
            "mods/log",
            &[(
                "mods/log/main.tf",
                "variable \"acl\" { default = \"public-read\" }\nvariable \"tier\" { default = \"cold\" }\nresource \"aws_s3_bucket\" \"log\" {\n  acl = var.acl\n  tier = var.tier\n}\n",
            )],
        ),
    ]);
    let bucket = loader.module(Path::new("mods/bucket")).unwrap();
    let ctx = EvalContext::new(&loader, EvalLimits::default());
    let m = evaluate_unbound(&bucket, &ctx);
    let own = resource(&m, "aws_s3_bucket_acl.this");
    // Neither the default nor a variable file decides what a caller passes.
    assert!(own.body.get("acl").unwrap().is_unknown());
    assert_eq!(own.body.get("bucket").unwrap().as_str(), Some("logs"));
    // A module it calls gets what it passes, and its own defaults for the rest.
    let log = resource(&m, "module.log.aws_s3_bucket.log");
    assert_eq!(log.body.get("acl").unwrap().as_str(), Some("private"));
    assert_eq!(log.body.get("tier").unwrap().as_str(), Some("cold"));
}
