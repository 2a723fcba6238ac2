//! Deterministic corpora for yoroi's benchmarks: Terraform modules (variables, locals,
//! `for_each`/`count`, `dynamic` blocks, calls of local modules), Kubernetes manifests with every
//! workload kind, and multi-stage Dockerfiles. The same seed and size always give the same bytes,
//! so numbers taken on two machines are about the same input.
//!
//! Corpora are written under a directory the caller chooses (the `yoroi-bench` binary uses
//! `target/bench/`); nothing generated is ever committed.

pub mod measure;

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

/// A small, fast, deterministic generator (xorshift64*); no external crate, stable across
/// platforms and Rust versions.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Which formats a corpus holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mix {
    /// 40% Terraform, 40% Kubernetes, 20% Dockerfiles (by file count).
    Mixed,
    Terraform,
    Kubernetes,
    Dockerfile,
}

impl Mix {
    pub fn parse(s: &str) -> Option<Mix> {
        Some(match s {
            "mixed" => Mix::Mixed,
            "terraform" | "tf" => Mix::Terraform,
            "kubernetes" | "k8s" | "yaml" => Mix::Kubernetes,
            "dockerfile" | "docker" => Mix::Dockerfile,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Mix::Mixed => "mixed",
            Mix::Terraform => "terraform",
            Mix::Kubernetes => "kubernetes",
            Mix::Dockerfile => "dockerfile",
        }
    }

    /// Files of each format: (terraform, kubernetes, dockerfile).
    fn split(self, files: usize) -> (usize, usize, usize) {
        match self {
            Mix::Mixed => {
                let tf = files * 2 / 5;
                let docker = files / 5;
                (tf, files - tf - docker, docker)
            }
            Mix::Terraform => (files, 0, 0),
            Mix::Kubernetes => (0, files, 0),
            Mix::Dockerfile => (0, 0, files),
        }
    }
}

/// What a generated corpus holds.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    pub files: usize,
    pub bytes: u64,
    pub terraform: usize,
    pub kubernetes: usize,
    pub dockerfiles: usize,
}

/// Files per Terraform module directory (main, variables, locals, outputs).
const FILES_PER_MODULE: usize = 4;
/// Root modules share one local child module per this many roots.
const ROOTS_PER_SHARED_MODULE: usize = 50;

/// Writes a corpus of about `files` files into `dir` (created; existing generated files are
/// overwritten). Deterministic for a given `(files, mix, seed)`.
pub fn generate(dir: &Path, files: usize, mix: Mix, seed: u64) -> io::Result<Stats> {
    let (tf_files, k8s_files, docker_files) = mix.split(files);
    let mut stats = Stats::default();
    let mut rng = Rng::new(seed);
    let put = |path: PathBuf, text: String, stats: &mut Stats| -> io::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        stats.files += 1;
        stats.bytes += text.len() as u64;
        std::fs::write(path, text)
    };
    // Terraform: root modules in groups of 100 per directory level, each calling a shared
    // local module.
    let roots = tf_files.div_ceil(FILES_PER_MODULE);
    let shared = roots.div_ceil(ROOTS_PER_SHARED_MODULE);
    let mut written_tf = 0;
    for s in 0..shared {
        if written_tf >= tf_files {
            break;
        }
        let module_dir = dir.join(format!("terraform/modules/common-{s:03}"));
        put(
            module_dir.join("main.tf"),
            shared_module(&mut rng, s),
            &mut stats,
        )?;
        written_tf += 1;
        stats.terraform += 1;
    }
    let mut root = 0;
    while written_tf < tf_files {
        let module_dir = dir.join(format!(
            "terraform/envs/group-{:03}/stack-{root:05}",
            root / 100
        ));
        let files = terraform_root(&mut rng, root, root / ROOTS_PER_SHARED_MODULE);
        for (name, text) in files {
            if written_tf >= tf_files {
                break;
            }
            put(module_dir.join(name), text, &mut stats)?;
            written_tf += 1;
            stats.terraform += 1;
        }
        root += 1;
    }
    for i in 0..k8s_files {
        let path = dir.join(format!("kubernetes/team-{:03}/app-{i:05}.yaml", i / 100));
        put(path, kubernetes_file(&mut rng, i), &mut stats)?;
        stats.kubernetes += 1;
    }
    for i in 0..docker_files {
        let path = dir.join(format!("docker/svc-{:03}/app-{i:05}/Dockerfile", i / 100));
        put(path, dockerfile(&mut rng, i), &mut stats)?;
        stats.dockerfiles += 1;
    }
    Ok(stats)
}

const REGIONS: &[&str] = &["eu-west-1", "us-east-1", "ap-southeast-2", "eu-central-1"];
const ENVS: &[&str] = &["dev", "staging", "prod"];
const TEAMS: &[&str] = &["platform", "payments", "search", "identity", "data"];
const PORTS: &[&str] = &["22", "80", "443", "5432", "6379", "8080", "9090"];

fn shared_module(rng: &mut Rng, index: usize) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        r#"variable "name" {{
  type = string
}}

variable "tags" {{
  type    = map(string)
  default = {{}}
}}

variable "encrypted" {{
  type    = bool
  default = {encrypted}
}}

locals {{
  full_name = "${{var.name}}-shared-{index}"
  tags      = merge(var.tags, {{ module = "common-{index}" }})
}}

resource "aws_s3_bucket" "this" {{
  bucket = local.full_name
  tags   = local.tags
}}

resource "aws_s3_bucket_versioning" "this" {{
  bucket = aws_s3_bucket.this.id
  versioning_configuration {{
    status = var.encrypted ? "Enabled" : "Suspended"
  }}
}}

resource "aws_kms_key" "this" {{
  description         = "key for ${{local.full_name}}"
  enable_key_rotation = var.encrypted
  tags                = local.tags
}}

output "bucket" {{
  value = aws_s3_bucket.this.id
}}
"#,
        encrypted = rng.chance(50),
    );
    out
}

/// The four files of one root module.
fn terraform_root(rng: &mut Rng, index: usize, shared: usize) -> Vec<(&'static str, String)> {
    let env = rng.pick(ENVS);
    let team = rng.pick(TEAMS);
    let region = rng.pick(REGIONS);
    let instances = 1 + rng.below(4);
    let mut variables = String::new();
    let _ = write!(
        variables,
        r#"variable "environment" {{
  type        = string
  description = "Deployment environment"
  default     = "{env}"
}}

variable "region" {{
  type    = string
  default = "{region}"
}}

variable "instance_count" {{
  type    = number
  default = {instances}
}}

variable "allowed_cidrs" {{
  type    = list(string)
  default = ["10.{a}.0.0/16", "10.{b}.0.0/16"]
}}

variable "buckets" {{
  type = map(object({{
    versioned = bool
    public    = bool
  }}))
  default = {{
"#,
        a = rng.below(255),
        b = rng.below(255),
    );
    let buckets = 2 + rng.below(4);
    for b in 0..buckets {
        let _ = writeln!(
            variables,
            "    logs-{b} = {{ versioned = {}, public = {} }}",
            rng.chance(70),
            rng.chance(10)
        );
    }
    variables.push_str("  }\n}\n\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n  default   = null\n}\n");

    let mut locals = String::new();
    let _ = write!(
        locals,
        r#"locals {{
  name_prefix = "{team}-${{var.environment}}-{index}"
  common_tags = {{
    Team        = "{team}"
    Environment = var.environment
    ManagedBy   = "terraform"
    Stack       = "stack-{index}"
  }}
  subnets       = [for i, cidr in var.allowed_cidrs : cidrsubnet(cidr, 8, i)]
  bucket_names  = {{ for k, v in var.buckets : k => "${{local.name_prefix}}-${{k}}" }}
  public_ports  = [{p1}, {p2}]
  ingress_rules = {{ for p in local.public_ports : tostring(p) => {{ port = p, cidr = var.allowed_cidrs[0] }} }}
  is_prod       = var.environment == "prod"
  retention     = local.is_prod ? 90 : 7
  upper_team    = upper("{team}")
  joined        = join(",", local.subnets)
}}
"#,
        p1 = rng.pick(PORTS),
        p2 = rng.pick(PORTS),
    );

    let mut main = String::new();
    let _ = write!(
        main,
        r#"terraform {{
  required_version = ">= 1.5"
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }}
  }}
}}

provider "aws" {{
  region = var.region
}}

module "shared" {{
  source    = "../../../modules/common-{shared:03}"
  name      = local.name_prefix
  tags      = local.common_tags
  encrypted = local.is_prod
}}

resource "aws_s3_bucket" "logs" {{
  for_each = var.buckets
  bucket   = local.bucket_names[each.key]
  tags     = merge(local.common_tags, {{ Name = each.key }})
}}

resource "aws_s3_bucket_public_access_block" "logs" {{
  for_each                = var.buckets
  bucket                  = aws_s3_bucket.logs[each.key].id
  block_public_acls       = !each.value.public
  block_public_policy     = !each.value.public
  ignore_public_acls      = true
  restrict_public_buckets = true
}}

resource "aws_security_group" "web" {{
  name        = "${{local.name_prefix}}-web"
  description = "web tier"
  vpc_id      = aws_vpc.main.id

  dynamic "ingress" {{
    for_each = local.ingress_rules
    content {{
      description = "port ${{ingress.value.port}}"
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [ingress.value.cidr]
    }}
  }}

  egress {{
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }}
  tags = local.common_tags
}}

resource "aws_vpc" "main" {{
  cidr_block           = var.allowed_cidrs[0]
  enable_dns_hostnames = true
  tags                 = local.common_tags
}}

resource "aws_instance" "app" {{
  count                  = var.instance_count
  ami                    = "ami-{ami:08x}"
  instance_type          = local.is_prod ? "m6i.large" : "t3.micro"
  monitoring             = local.is_prod
  vpc_security_group_ids = [aws_security_group.web.id]
  metadata_options {{
    http_tokens   = "{tokens}"
    http_endpoint = "enabled"
  }}
  root_block_device {{
    encrypted   = {encrypted}
    volume_size = 20 + count.index
  }}
  user_data = templatefile("${{path.module}}/user-data.sh", {{ env = var.environment }})
  tags      = merge(local.common_tags, {{ Name = "${{local.name_prefix}}-app-${{count.index}}" }})
}}

resource "aws_db_instance" "db" {{
  identifier              = "${{local.name_prefix}}-db"
  engine                  = "postgres"
  engine_version          = "15.4"
  instance_class          = "db.t3.medium"
  allocated_storage       = 20
  storage_encrypted       = {encrypted}
  publicly_accessible     = false
  backup_retention_period = local.retention
  deletion_protection     = local.is_prod
  username                = "app"
  password                = var.db_password
  skip_final_snapshot     = !local.is_prod
  tags                    = local.common_tags
}}

resource "aws_iam_policy" "read" {{
  name = "${{local.name_prefix}}-read"
  policy = jsonencode({{
    Version = "2012-10-17"
    Statement = [
      {{
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = [for b in aws_s3_bucket.logs : b.arn]
      }},
      {{
        Effect   = "Allow"
        Action   = "{action}"
        Resource = "*"
      }}
    ]
  }})
}}

resource "aws_cloudwatch_log_group" "app" {{
  name              = "/app/${{local.name_prefix}}"
  retention_in_days = local.retention
  kms_key_id        = aws_kms_key.logs.arn
}}

resource "aws_kms_key" "logs" {{
  description             = "logs of ${{local.name_prefix}}"
  deletion_window_in_days = 30
  enable_key_rotation     = local.is_prod
}}

resource "aws_iam_role" "worker" {{
  name = "${{local.name_prefix}}-worker"
  assume_role_policy = jsonencode({{
    Version = "2012-10-17"
    Statement = [{{
      Effect    = "Allow"
      Principal = {{ Service = "lambda.amazonaws.com" }}
      Action    = "sts:AssumeRole"
    }}]
  }})
  tags = local.common_tags
}}

resource "aws_sqs_queue" "jobs" {{
  for_each                   = toset(["high", "low", "dead"])
  name                       = "${{local.name_prefix}}-${{each.key}}"
  visibility_timeout_seconds = each.key == "high" ? 30 : 300
  sqs_managed_sse_enabled    = {encrypted}
  tags                       = merge(local.common_tags, {{ Priority = each.key }})
}}

resource "aws_sns_topic" "alerts" {{
  name              = "${{local.name_prefix}}-alerts"
  kms_master_key_id = local.is_prod ? aws_kms_key.logs.id : null
}}

resource "aws_lambda_function" "worker" {{
  function_name = "${{local.name_prefix}}-worker"
  role          = aws_iam_role.worker.arn
  handler       = "main.handler"
  runtime       = "python3.12"
  memory_size   = local.is_prod ? 1024 : 256
  timeout       = 60
  environment {{
    variables = {{
      QUEUE_HIGH = aws_sqs_queue.jobs["high"].url
      QUEUE_LOW  = aws_sqs_queue.jobs["low"].url
      LOG_LEVEL  = local.is_prod ? "warn" : "debug"
    }}
  }}
  tracing_config {{
    mode = "{tracing}"
  }}
  tags = local.common_tags
}}

resource "aws_ebs_volume" "data" {{
  count             = var.instance_count
  availability_zone = "${{var.region}}a"
  size              = 100
  encrypted         = {encrypted}
  tags              = merge(local.common_tags, {{ Name = "${{local.name_prefix}}-data-${{count.index}}" }})
}}

resource "aws_lb" "web" {{
  name                       = "${{local.name_prefix}}-web"
  internal                   = !local.is_prod
  load_balancer_type         = "application"
  security_groups            = [aws_security_group.web.id]
  drop_invalid_header_fields = {encrypted}
  enable_deletion_protection = local.is_prod
}}

resource "aws_lb_listener" "https" {{
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  default_action {{
    type = "fixed-response"
    fixed_response {{
      content_type = "text/plain"
      status_code  = "404"
    }}
  }}
}}
"#,
        ami = rng.next_u64() as u32,
        tokens = if rng.chance(60) {
            "required"
        } else {
            "optional"
        },
        encrypted = rng.chance(70),
        action = rng.pick(&["kms:Decrypt", "logs:PutLogEvents", "*", "s3:*"]),
        tracing = rng.pick(&["Active", "PassThrough"]),
    );

    let mut outputs = String::new();
    let _ = write!(
        outputs,
        r#"output "bucket_ids" {{
  value = {{ for k, b in aws_s3_bucket.logs : k => b.id }}
}}

output "instance_ids" {{
  value = aws_instance.app[*].id
}}

output "security_group" {{
  value       = aws_security_group.web.id
  description = "The web tier security group"
}}

output "summary" {{
  value = "${{local.upper_team}} ${{var.environment}} ${{length(local.subnets)}} subnets: ${{local.joined}}"
}}

output "shared_bucket" {{
  value = module.shared.bucket
}}
"#
    );
    vec![
        ("main.tf", main),
        ("variables.tf", variables),
        ("locals.tf", locals),
        ("outputs.tf", outputs),
    ]
}

/// The workload kinds, each with its pod template path.
const WORKLOADS: &[&str] = &[
    "Deployment",
    "StatefulSet",
    "DaemonSet",
    "ReplicaSet",
    "ReplicationController",
    "Job",
    "CronJob",
    "Pod",
    "PodTemplate",
];

fn container(rng: &mut Rng, out: &mut String, indent: &str, name: &str) {
    let image = rng.pick(&[
        "nginx:1.25",
        "ghcr.io/acme/api:2.4.1",
        "redis:7.2-alpine",
        "busybox",
        "registry.example.com/team/worker@sha256:4f1e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e",
        "postgres:latest",
    ]);
    let _ = writeln!(out, "{indent}- name: {name}");
    let _ = writeln!(out, "{indent}  image: {image}");
    let _ = writeln!(out, "{indent}  imagePullPolicy: Always");
    let _ = writeln!(out, "{indent}  ports:");
    let _ = writeln!(out, "{indent}    - containerPort: {}", rng.pick(PORTS));
    let _ = writeln!(out, "{indent}      protocol: TCP");
    let _ = writeln!(out, "{indent}  env:");
    for e in 0..3 {
        let _ = writeln!(out, "{indent}    - name: SETTING_{e}");
        let _ = writeln!(out, "{indent}      value: \"value-{}\"", rng.below(1000));
    }
    let _ = writeln!(out, "{indent}    - name: DB_PASSWORD");
    let _ = writeln!(out, "{indent}      valueFrom:");
    let _ = writeln!(
        out,
        "{indent}        secretKeyRef: {{name: db, key: password}}"
    );
    if rng.chance(70) {
        let _ = writeln!(out, "{indent}  resources:");
        let _ = writeln!(out, "{indent}    requests: {{cpu: 100m, memory: 128Mi}}");
        let _ = writeln!(out, "{indent}    limits: {{cpu: 500m, memory: 512Mi}}");
    }
    if rng.chance(60) {
        let _ = writeln!(out, "{indent}  securityContext:");
        let _ = writeln!(out, "{indent}    runAsNonRoot: true");
        let _ = writeln!(out, "{indent}    allowPrivilegeEscalation: false");
        let _ = writeln!(
            out,
            "{indent}    readOnlyRootFilesystem: {}",
            rng.chance(50)
        );
        let _ = writeln!(out, "{indent}    capabilities:");
        let _ = writeln!(out, "{indent}      drop: [ALL]");
    } else if rng.chance(30) {
        let _ = writeln!(out, "{indent}  securityContext:");
        let _ = writeln!(out, "{indent}    privileged: true");
    }
    if rng.chance(50) {
        let _ = writeln!(out, "{indent}  livenessProbe:");
        let _ = writeln!(out, "{indent}    httpGet: {{path: /healthz, port: 8080}}");
        let _ = writeln!(out, "{indent}    initialDelaySeconds: 10");
        let _ = writeln!(out, "{indent}  readinessProbe:");
        let _ = writeln!(out, "{indent}    httpGet: {{path: /ready, port: 8080}}");
    }
    let _ = writeln!(out, "{indent}  volumeMounts:");
    let _ = writeln!(out, "{indent}    - name: config");
    let _ = writeln!(out, "{indent}      mountPath: /etc/app");
}

fn pod_spec(rng: &mut Rng, out: &mut String, indent: &str, app: &str) {
    let _ = writeln!(out, "{indent}serviceAccountName: {app}");
    if rng.chance(20) {
        let _ = writeln!(out, "{indent}hostNetwork: true");
    }
    if rng.chance(50) {
        let _ = writeln!(out, "{indent}automountServiceAccountToken: false");
    }
    let _ = writeln!(out, "{indent}securityContext:");
    let _ = writeln!(out, "{indent}  runAsUser: {}", 1000 + rng.below(1000));
    let _ = writeln!(out, "{indent}  fsGroup: 2000");
    let _ = writeln!(out, "{indent}  seccompProfile: {{type: RuntimeDefault}}");
    if rng.chance(30) {
        let _ = writeln!(out, "{indent}initContainers:");
        container(rng, out, indent, "init");
    }
    let _ = writeln!(out, "{indent}containers:");
    for c in 0..1 + rng.below(2) {
        container(rng, out, indent, &format!("{app}-{c}"));
    }
    let _ = writeln!(out, "{indent}volumes:");
    let _ = writeln!(out, "{indent}  - name: config");
    let _ = writeln!(out, "{indent}    configMap: {{name: {app}-config}}");
}

fn metadata(out: &mut String, name: &str, namespace: &str, app: &str) {
    let _ = writeln!(out, "metadata:");
    let _ = writeln!(out, "  name: {name}");
    let _ = writeln!(out, "  namespace: {namespace}");
    let _ = writeln!(out, "  labels:");
    let _ = writeln!(out, "    app.kubernetes.io/name: {app}");
    let _ = writeln!(out, "    app.kubernetes.io/part-of: shop");
}

/// One workload of the given kind, with its pod template.
pub fn workload(rng: &mut Rng, out: &mut String, kind: &str, app: &str, namespace: &str) {
    let api = match kind {
        "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet" => "apps/v1",
        "Job" | "CronJob" => "batch/v1",
        _ => "v1",
    };
    let _ = writeln!(out, "apiVersion: {api}\nkind: {kind}");
    metadata(out, app, namespace, app);
    let template = |rng: &mut Rng, out: &mut String, indent: &str| {
        let _ = writeln!(out, "{indent}metadata:");
        let _ = writeln!(out, "{indent}  labels: {{app.kubernetes.io/name: {app}}}");
        let _ = writeln!(out, "{indent}spec:");
        pod_spec(rng, out, &format!("{indent}  "), app);
    };
    match kind {
        "Pod" => {
            out.push_str("spec:\n");
            pod_spec(rng, out, "  ", app);
        }
        "PodTemplate" => {
            out.push_str("template:\n");
            template(rng, out, "  ");
        }
        "CronJob" => {
            out.push_str("spec:\n  schedule: \"*/15 * * * *\"\n  jobTemplate:\n    spec:\n      backoffLimit: 2\n      template:\n");
            template(rng, out, "        ");
        }
        "Job" => {
            out.push_str("spec:\n  backoffLimit: 3\n  template:\n");
            template(rng, out, "    ");
        }
        _ => {
            let _ = writeln!(out, "spec:\n  replicas: {}", 1 + rng.below(5));
            if kind != "ReplicationController" {
                let _ = writeln!(
                    out,
                    "  selector:\n    matchLabels: {{app.kubernetes.io/name: {app}}}"
                );
            }
            out.push_str("  template:\n");
            template(rng, out, "    ");
        }
    }
}

fn kubernetes_file(rng: &mut Rng, index: usize) -> String {
    let mut out = String::new();
    let app = format!("app-{index}");
    let namespace = rng.pick(&["default", "shop", "payments", "kube-system"]);
    let kind = WORKLOADS[index % WORKLOADS.len()];
    workload(rng, &mut out, kind, &app, namespace);
    out.push_str("---\n");
    let sidecar = WORKLOADS[(index + 4) % WORKLOADS.len()];
    workload(rng, &mut out, sidecar, &format!("{app}-worker"), namespace);
    out.push_str("---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\n");
    metadata(&mut out, &app, namespace, &app);
    let _ = writeln!(
        out,
        "spec:\n  scaleTargetRef: {{apiVersion: apps/v1, kind: Deployment, name: {app}}}\n  minReplicas: 2\n  maxReplicas: {}\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target: {{type: Utilization, averageUtilization: 70}}",
        3 + rng.below(20)
    );
    out.push_str("---\napiVersion: policy/v1\nkind: PodDisruptionBudget\n");
    metadata(&mut out, &app, namespace, &app);
    let _ = writeln!(
        out,
        "spec:\n  minAvailable: 1\n  selector:\n    matchLabels: {{app.kubernetes.io/name: {app}}}"
    );
    out.push_str("---\napiVersion: networking.k8s.io/v1\nkind: Ingress\n");
    metadata(&mut out, &app, namespace, &app);
    let _ = writeln!(
        out,
        "spec:\n  ingressClassName: nginx\n  tls:\n    - hosts: [{app}.example.com]\n      secretName: {app}-tls\n  rules:\n    - host: {app}.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: {{name: {app}, port: {{number: 80}}}}"
    );
    out.push_str("---\napiVersion: v1\nkind: Service\n");
    metadata(&mut out, &app, namespace, &app);
    let _ = writeln!(
        out,
        "spec:\n  type: {}\n  selector: {{app.kubernetes.io/name: {app}}}\n  ports:\n    - port: 80\n      targetPort: 8080",
        rng.pick(&["ClusterIP", "NodePort", "LoadBalancer"])
    );
    out.push_str("---\napiVersion: v1\nkind: ConfigMap\n");
    metadata(&mut out, &format!("{app}-config"), namespace, &app);
    out.push_str("data:\n");
    for k in 0..4 {
        let _ = writeln!(out, "  key{k}: \"{}\"", rng.next_u64());
    }
    out.push_str("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n");
    metadata(&mut out, &app, namespace, &app);
    let _ = writeln!(
        out,
        "rules:\n  - apiGroups: [\"\"]\n    resources: [{}]\n    verbs: [get, list, watch]",
        rng.pick(&["pods", "secrets", "configmaps", "\"*\""])
    );
    out.push_str("---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\n");
    metadata(&mut out, &app, namespace, &app);
    let _ = writeln!(
        out,
        "roleRef: {{apiGroup: rbac.authorization.k8s.io, kind: Role, name: {app}}}\nsubjects:\n  - kind: ServiceAccount\n    name: {app}\n    namespace: {namespace}"
    );
    if rng.chance(50) {
        out.push_str("---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n");
        metadata(&mut out, &app, namespace, &app);
        let _ = writeln!(
            out,
            "spec:\n  podSelector:\n    matchLabels: {{app.kubernetes.io/name: {app}}}\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - podSelector: {{}}"
        );
    }
    out
}

fn dockerfile(rng: &mut Rng, index: usize) -> String {
    let base = rng.pick(&[
        "golang:1.22",
        "node:20-bookworm",
        "python:3.12-slim",
        "rust:1.79",
        "ubuntu:22.04",
    ]);
    let runtime = rng.pick(&[
        "gcr.io/distroless/static-debian12",
        "alpine:3.20",
        "debian:bookworm-slim",
        "ubuntu:latest",
    ]);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"# syntax=docker/dockerfile:1.7
# Service {index}: build, test and a small runtime image.
ARG BASE={base}
ARG VERSION=1.{minor}.0

FROM --platform=$BUILDPLATFORM ${{BASE}} AS deps
WORKDIR /src
RUN apt-get update && \
    apt-get install -y curl git ca-certificates build-essential && \
    rm -rf /var/lib/apt/lists/*
COPY go.mod go.sum package.json requirements.txt ./
RUN --mount=type=cache,target=/root/.cache \
    curl -fsSL https://example.com/install-{index}.sh | sh && \
    echo "deps ready"

FROM deps AS build
ARG VERSION
ENV CGO_ENABLED=0 \
    APP_VERSION=${{VERSION}}
COPY . .
RUN make build VERSION=$VERSION && \
    strip bin/app || true
RUN <<EOF
set -eu
for f in bin/*; do
  sha256sum "$f" >> /checksums
done
echo "built {index}"
EOF

FROM build AS test
RUN make test && \
    cd /src && ./scripts/lint.sh --strict
# Integration tests need a database and a cache; both run in the same container here.
RUN apt-get update && apt-get install -y --no-install-recommends postgresql redis-server && \
    service postgresql start && service redis-server start && \
    make integration-test TIMEOUT=600 PARALLEL=4 && \
    rm -rf /var/lib/apt/lists/*

FROM deps AS docs
WORKDIR /docs
COPY docs/ ./
RUN pip install --no-cache-dir mkdocs==1.6.0 mkdocs-material==9.5.0 && \
    mkdocs build --strict --site-dir /site

FROM {runtime} AS runtime
LABEL org.opencontainers.image.title="svc-{index}" \
      org.opencontainers.image.version="1.{minor}.0"
"#,
        minor = rng.below(40),
    );
    if runtime.starts_with("alpine") {
        out.push_str("RUN apk add --no-cache tini ca-certificates && addgroup -S app && adduser -S app -G app\n");
    } else if runtime.contains("distroless") {
        out.push_str("# distroless: no shell\n");
    } else {
        out.push_str(
            "RUN apt-get update && apt-get install -y tini && rm -rf /var/lib/apt/lists/*\n",
        );
    }
    let _ = writeln!(
        out,
        "COPY --from=build --chown=1000:1000 /src/bin/app /usr/local/bin/app\nCOPY --from=build /checksums /checksums\nADD https://example.com/config-{index}.tar.gz /etc/app/\nENV PORT={port} \\\n    LOG_LEVEL=info\nEXPOSE {port}",
        port = rng.pick(PORTS)
    );
    if rng.chance(60) {
        out.push_str(
            "HEALTHCHECK --interval=30s --timeout=3s CMD [\"/usr/local/bin/app\", \"health\"]\n",
        );
    }
    if rng.chance(70) {
        out.push_str("USER 1000:1000\n");
    }
    if rng.chance(50) {
        out.push_str(
            "ENTRYPOINT [\"/usr/local/bin/app\"]\nCMD [\"serve\", \"--port\", \"8080\"]\n",
        );
    } else {
        out.push_str("CMD /usr/local/bin/app serve --port 8080\n");
    }
    out
}

/// One Kubernetes manifest of about `lines` lines: many documents of every workload kind.
pub fn large_manifest(lines: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::new();
    let mut i = 0;
    while out.lines().count() < lines {
        // Grow in chunks so the line count is only taken once per chunk.
        for _ in 0..50 {
            if i > 0 {
                out.push_str("---\n");
            }
            let kind = WORKLOADS[i % WORKLOADS.len()];
            workload(&mut rng, &mut out, kind, &format!("app-{i}"), "big");
            i += 1;
        }
    }
    out
}

/// One `.tf` file of about `lines` lines: variables, locals and many resources.
pub fn large_terraform(lines: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::new();
    let mut i = 0;
    while out.lines().count() < lines {
        for _ in 0..5 {
            for (name, text) in terraform_root(&mut rng, i, 0) {
                if name == "main.tf" {
                    // One provider and one module call per file is enough.
                    let body = text
                        .split_once("resource \"aws_s3_bucket\" \"logs\"")
                        .map_or(text.as_str(), |(_, rest)| rest);
                    let _ = write!(
                        out,
                        "resource \"aws_s3_bucket\" \"logs_{i}\"{}",
                        rename(body, i)
                    );
                } else {
                    out.push_str(&rename(&text, i));
                }
            }
            i += 1;
        }
    }
    out
}

/// Gives every block and variable of a generated root a unique name (suffix `_i`), so that many
/// roots fit in one module.
fn rename(text: &str, i: usize) -> String {
    let mut out = String::with_capacity(text.len() + 256);
    for line in text.lines() {
        let mut line = line.to_string();
        for prefix in ["resource \"", "variable \"", "output \""] {
            if let Some(rest) = line.strip_prefix(prefix) {
                // resource "type" "name" { → name_i; variable "name" { → name_i.
                let mut parts: Vec<&str> = rest.split('"').collect();
                let at = if prefix == "resource \"" { 2 } else { 0 };
                let renamed;
                if parts.len() > at {
                    renamed = format!("{}_{i}", parts[at]);
                    parts[at] = &renamed;
                    line = format!("{prefix}{}", parts.join("\""));
                }
                break;
            }
        }
        if line.trim() == "locals {" {
            line = "locals {".to_string();
        }
        let line = line
            .replace("var.environment", &format!("var.environment_{i}"))
            .replace("var.region", &format!("var.region_{i}"))
            .replace("var.instance_count", &format!("var.instance_count_{i}"))
            .replace("var.allowed_cidrs", &format!("var.allowed_cidrs_{i}"))
            .replace("var.buckets", &format!("var.buckets_{i}"))
            .replace("var.db_password", &format!("var.db_password_{i}"))
            .replace("local.", &format!("local.l{i}_"))
            .replace("aws_s3_bucket.logs", &format!("aws_s3_bucket.logs_{i}"))
            .replace(
                "aws_security_group.web",
                &format!("aws_security_group.web_{i}"),
            )
            .replace("aws_vpc.main", &format!("aws_vpc.main_{i}"))
            .replace("module.shared.bucket", "\"none\"");
        // Local definitions: `  name = …` inside `locals` become `  l{i}_name = …`.
        let line = match local_definition(&line) {
            Some(name) => line.replacen(name, &format!("l{i}_{name}"), 1),
            None => line,
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The name defined by a two-space-indented `name = value` line of a generated `locals` block.
fn local_definition(line: &str) -> Option<&str> {
    const LOCALS: &[&str] = &[
        "name_prefix",
        "common_tags",
        "subnets",
        "bucket_names",
        "public_ports",
        "ingress_rules",
        "is_prod",
        "retention",
        "upper_team",
        "joined",
    ];
    let rest = line.strip_prefix("  ")?;
    let name = rest.split_whitespace().next()?;
    (LOCALS.contains(&name) && rest[name.len()..].trim_start().starts_with('=')).then_some(name)
}

/// A module with `resources` resources and `locals` chained locals (the evaluation target).
pub fn large_module(resources: usize, locals: usize) -> String {
    let mut out = String::new();
    out.push_str("variable \"env\" {\n  default = \"prod\"\n}\nvariable \"cidrs\" {\n  default = [\"10.0.0.0/16\", \"10.1.0.0/16\"]\n}\n");
    out.push_str("locals {\n  base = { owner = \"platform\", env = var.env }\n");
    for i in 0..locals {
        if i == 0 {
            out.push_str("  l0 = merge(local.base, { index = 0 })\n");
        } else {
            let _ = writeln!(out, "  l{i} = merge(local.l{}, {{ index = {i} }})", i / 2);
        }
    }
    out.push_str("}\n");
    for i in 0..resources {
        let _ = write!(
            out,
            "resource \"aws_security_group\" \"sg{i}\" {{\n  name   = \"sg-${{var.env}}-{i}\"\n  vpc_id = aws_vpc.main.id\n  tags   = local.l{}\n  ingress {{\n    from_port   = {}\n    to_port     = {}\n    protocol    = \"tcp\"\n    cidr_blocks = [cidrsubnet(var.cidrs[{}], 8, {})]\n  }}\n}}\n",
            i % locals.max(1),
            1000 + i % 1000,
            1000 + i % 1000,
            i % 2,
            i % 256
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_split_by_format() {
        let a = tempdir("det-a");
        let b = tempdir("det-b");
        let sa = generate(&a, 50, Mix::Mixed, 7).unwrap();
        let sb = generate(&b, 50, Mix::Mixed, 7).unwrap();
        assert_eq!(sa.files, 50);
        assert_eq!(sa.bytes, sb.bytes);
        assert_eq!((sa.terraform, sa.kubernetes, sa.dockerfiles), (20, 20, 10));
        let main = "terraform/envs/group-000/stack-00000/main.tf";
        assert_eq!(
            std::fs::read(a.join(main)).unwrap(),
            std::fs::read(b.join(main)).unwrap()
        );
        let _ = std::fs::remove_dir_all(a);
        let _ = std::fs::remove_dir_all(b);
    }

    #[test]
    fn large_files_have_the_asked_size() {
        let yaml = large_manifest(2_000, 1);
        assert!(
            (2_000..6_000).contains(&yaml.lines().count()),
            "{}",
            yaml.lines().count()
        );
        let tf = large_terraform(2_000, 1);
        assert!(
            (2_000..5_000).contains(&tf.lines().count()),
            "{}",
            tf.lines().count()
        );
    }

    fn tempdir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("yoroi-bench-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }
}
