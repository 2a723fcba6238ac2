//! Terraform's Kubernetes provider (`kubernetes_deployment`, `kubernetes_pod_v1`, …) seen as
//! Kubernetes objects, so one set of Kubernetes rules serves both syntaxes.
//!
//! The provider writes the same API objects in HCL: snake_case names (`security_context`,
//! `run_as_non_root`) and repeated blocks (`container { … } container { … }`) where the API has
//! camelCase names and lists. The conversion renames keys and gathers repeated blocks into lists;
//! every node keeps its span in the `.tf` file, so findings point at the Terraform lines, and
//! unknown values stay unknown.

use crate::kubernetes::K8sObject;
use crate::node::{Entry, Node, Value};
use crate::terraform::Block;

/// The Kubernetes kind and apiVersion a provider resource type stands for.
pub fn kind_of(resource_type: &str) -> Option<(&'static str, &'static str)> {
    let base = resource_type.strip_suffix("_v1").unwrap_or(resource_type);
    Some(match base {
        "kubernetes_pod" => ("Pod", "v1"),
        "kubernetes_deployment" => ("Deployment", "apps/v1"),
        "kubernetes_stateful_set" => ("StatefulSet", "apps/v1"),
        "kubernetes_daemonset" | "kubernetes_daemon_set" => ("DaemonSet", "apps/v1"),
        "kubernetes_replication_controller" => ("ReplicationController", "v1"),
        "kubernetes_job" => ("Job", "batch/v1"),
        "kubernetes_cron_job" => ("CronJob", "batch/v1"),
        _ => return None,
    })
}

/// Blocks that repeat in HCL where the API has a list, and the list's name.
fn list_name(key: &str) -> Option<&'static str> {
    Some(match key {
        "container" => "containers",
        "init_container" => "initContainers",
        "ephemeral_container" => "ephemeralContainers",
        "volume" => "volumes",
        "volume_mount" => "volumeMounts",
        "port" => "ports",
        "env" => "env",
        "env_from" => "envFrom",
        "toleration" => "tolerations",
        "sysctl" => "sysctls",
        "image_pull_secrets" => "imagePullSecrets",
        "host_aliases" => "hostAliases",
        "topology_spread_constraint" => "topologySpreadConstraints",
        "readiness_gate" => "readinessGates",
        "match_expressions" => "matchExpressions",
        _ => return None,
    })
}

/// Maps whose keys are the user's own (label names, resource names): copied as written.
fn is_free_form(key: &str) -> bool {
    matches!(
        key,
        "labels"
            | "annotations"
            | "limits"
            | "requests"
            | "node_selector"
            | "match_labels"
            | "data"
    )
}

/// `run_as_non_root` → `runAsNonRoot`, with the API's own spellings where they differ.
fn camel(key: &str) -> String {
    match key {
        "host_pid" => return "hostPID".into(),
        "host_ipc" => return "hostIPC".into(),
        "se_linux_options" => return "seLinuxOptions".into(),
        _ => {}
    }
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A provider resource as the Kubernetes object it manages; `None` for other resources.
pub fn object_of(block: &Block) -> Option<K8sObject> {
    let (kind, api_version) = kind_of(block.resource_type()?)?;
    let body = convert(&block.body);
    let metadata = body.get("metadata");
    let namespace = metadata
        .and_then(|m| m.get("namespace"))
        .and_then(Node::as_str)
        .map(str::to_owned);
    let mut entries = vec![
        Entry {
            key: "apiVersion".into(),
            key_span: block.header,
            value: Node::new(block.header, Value::Str(api_version.into())),
        },
        Entry {
            key: "kind".into(),
            key_span: block.header,
            value: Node::new(block.header, Value::Str(kind.into())),
        },
    ];
    if let Value::Map(rest) = body.value {
        entries.extend(rest);
    }
    Some(K8sObject {
        api_version: api_version.into(),
        kind: kind.into(),
        // Findings name the Terraform resource, which is what the user edits.
        name: Some(block.address()),
        namespace,
        root: Node::new(block.span, Value::Map(entries)),
        kind_span: block.header,
        document: 0,
        pod_spec_path: crate::kubernetes::builtin_pod_spec_path(api_version, kind)
            .map(|p| p.iter().map(|k| (*k).to_owned()).collect()),
        partial: false,
    })
}

fn convert(node: &Node) -> Node {
    let Value::Map(entries) = &node.value else {
        return node.clone();
    };
    let mut out: Vec<Entry> = Vec::with_capacity(entries.len());
    for entry in entries {
        if is_free_form(&entry.key) {
            out.push(Entry {
                key: entry.key.clone(),
                key_span: entry.key_span,
                value: entry.value.clone(),
            });
            continue;
        }
        let value = convert(&entry.value);
        match list_name(&entry.key) {
            Some(list) => {
                // An attribute already holding a list (`env = [...]`) or repeated blocks.
                let items = match value.value {
                    Value::Seq(items) => items,
                    _ => vec![value],
                };
                match out.iter_mut().find(|e| e.key == list) {
                    Some(existing) => {
                        if let Value::Seq(seq) = &mut existing.value.value {
                            seq.extend(items);
                        }
                        existing.value.span = existing.value.span.cover(entry.value.span);
                    }
                    None => out.push(Entry {
                        key: list.to_string(),
                        key_span: entry.key_span,
                        value: Node::new(entry.value.span, Value::Seq(items)),
                    }),
                }
            }
            None => out.push(Entry {
                key: camel(&entry.key),
                key_span: entry.key_span,
                value,
            }),
        }
    }
    Node {
        span: node.span,
        value: Value::Map(out),
        origin: node.origin.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{FileKind, SourceFile};
    use crate::terraform::Module;
    use std::path::PathBuf;

    #[test]
    fn a_provider_deployment_becomes_a_deployment() {
        let text = r#"resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "web"
    namespace = "shop"
    labels    = { app_name = "web" }
  }
  spec {
    template {
      metadata {}
      spec {
        host_pid = true
        container {
          name  = "nginx"
          image = "nginx:1.27"
          security_context {
            privileged                 = true
            allow_privilege_escalation = false
            capabilities {
              drop = ["ALL"]
            }
          }
        }
        container {
          name  = "sidecar"
          image = var.sidecar_image
        }
      }
    }
  }
}
"#;
        let file = SourceFile::new("main.tf", FileKind::Terraform, text.into());
        let module = Module::parse(PathBuf::from("."), vec![file]);
        let object = object_of(&module.blocks[0]).unwrap();
        assert_eq!(object.kind, "Deployment");
        assert_eq!(
            object.identity(),
            "Deployment/shop/kubernetes_deployment_v1.web"
        );
        assert_eq!(
            object.root.at("metadata.labels.app_name").unwrap().as_str(),
            Some("web")
        );
        let pod = object.pod_spec().unwrap();
        assert_eq!(pod.spec.get("hostPID").unwrap().as_bool(), Some(true));
        let containers: Vec<_> = pod.containers().collect();
        assert_eq!(containers.len(), 2);
        let sc = containers[0].node.get("securityContext").unwrap();
        assert_eq!(sc.get("privileged").unwrap().as_bool(), Some(true));
        assert_eq!(
            sc.get("allowPrivilegeEscalation").unwrap().as_bool(),
            Some(false)
        );
        assert!(sc.at("capabilities.drop").unwrap().is_seq());
        assert!(containers[1].node.get("image").unwrap().is_unknown());
        let privileged = sc.get("privileged").unwrap();
        assert_eq!(&text[privileged.span.range()], "true");
    }
}
