//! K8S222 etcd-ca-shared-with-apiserver-clients: etcd trusts (`--trusted-ca-file`) the same CA
//! file that kube-apiserver uses to authenticate its clients (`--client-ca-file`), so every
//! client certificate of the cluster is also accepted by etcd. Judged across the objects of one
//! scope (static pod manifests of a node, or one kubeadm configuration).

use super::flags::{Component, Lookup, instances};
use super::set::{Index, Scope};
use crate::finding::SetEmitter;
use crate::rules::{Check, RustRule};
use std::sync::Arc;
use yoroi_syntax::{SourceFile, Span};

pub(crate) const RULE: RustRule = RustRule {
    id: "K8S222",
    check: Check::KubernetesSet(check),
};

fn check(index: &Index<'_>, emit: &mut SetEmitter<'_>) {
    let mut etcd: Vec<(Scope<'_>, &Arc<SourceFile>, String, Span, String)> = Vec::new();
    let mut clients: Vec<(Scope<'_>, String)> = Vec::new();
    for item in &index.items {
        for instance in instances(std::slice::from_ref(item.object)) {
            match instance.component {
                Component::Etcd => {
                    if let Lookup::Set(path, span) = instance.get("trusted-ca-file", None) {
                        etcd.push((item.scope(), item.file, path, span, instance.label.clone()));
                    }
                }
                Component::ApiServer => {
                    if let Lookup::Set(path, _) = instance.get("client-ca-file", None) {
                        clients.push((item.scope(), path));
                    }
                }
                _ => {}
            }
        }
    }
    for (scope, file, path, span, label) in etcd {
        let shared = clients
            .iter()
            .any(|(s, client)| *s == scope && client.trim() == path.trim());
        if shared {
            emit.report(
                file,
                span,
                format!(
                    "{label}: etcd trusts `{path}`, the CA kube-apiserver uses for its clients, so any cluster client certificate is accepted by etcd"
                ),
            )
            .object(label);
        }
    }
}
