//! The settings of the Kubernetes control plane and of the kubelet, read from the files that
//! carry them in a repository: static pod manifests (`command`/`args` of a container running
//! `kube-apiserver`, `kube-controller-manager`, `kube-scheduler`, `etcd` or `kubelet`), kubeadm
//! `ClusterConfiguration` (`apiServer.extraArgs`, `controllerManager.extraArgs`,
//! `scheduler.extraArgs`, `etcd.local.extraArgs`, as a v1beta3 map or a v1beta4 list of
//! `{name, value}`), kubeadm `InitConfiguration`/`JoinConfiguration`
//! (`nodeRegistration.kubeletExtraArgs`) and `KubeletConfiguration` files.
//!
//! One question is asked of it: what is the effective value of setting S of component C in this
//! object, and where is it written. A missing setting has a place too (the nearest parent: the
//! `command:` list, `extraArgs:`, the config section), and each source says whether a missing
//! setting means the binary's default ([`Instance::absent_is_default`]): kubeadm writes some flags
//! itself, and kubelet flags passed through kubeadm only override its configuration file.

use yoroi_syntax::kubernetes::K8sObject;
use yoroi_syntax::{Node, Span, Value};

/// A component whose settings the CIS Kubernetes Benchmark judges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Component {
    ApiServer,
    ControllerManager,
    Scheduler,
    Etcd,
    Kubelet,
}

impl Component {
    const ALL: [Component; 5] = [
        Component::ApiServer,
        Component::ControllerManager,
        Component::Scheduler,
        Component::Etcd,
        Component::Kubelet,
    ];

    pub(crate) fn binary(self) -> &'static str {
        match self {
            Component::ApiServer => "kube-apiserver",
            Component::ControllerManager => "kube-controller-manager",
            Component::Scheduler => "kube-scheduler",
            Component::Etcd => "etcd",
            Component::Kubelet => "kubelet",
        }
    }

    /// The hyperkube sub-command that runs the component.
    fn hyperkube(self) -> &'static [&'static str] {
        match self {
            Component::ApiServer => &["apiserver", "kube-apiserver"],
            Component::ControllerManager => &["controller-manager", "kube-controller-manager"],
            Component::Scheduler => &["scheduler", "kube-scheduler"],
            Component::Etcd => &[],
            Component::Kubelet => &["kubelet"],
        }
    }

    /// Flags kubeadm writes into the component's manifest itself, with values the benchmark
    /// accepts: when a `ClusterConfiguration` leaves them out, they are still set.
    fn kubeadm_sets(self, flag: &str) -> bool {
        let set: &[&str] = match self {
            Component::ApiServer => &[
                "authorization-mode",
                "enable-admission-plugins",
                "client-ca-file",
                "tls-cert-file",
                "tls-private-key-file",
                "kubelet-client-certificate",
                "kubelet-client-key",
                "etcd-cafile",
                "etcd-certfile",
                "etcd-keyfile",
                "service-account-key-file",
                "secure-port",
            ],
            Component::ControllerManager => &[
                "use-service-account-credentials",
                "service-account-private-key-file",
                "root-ca-file",
                "bind-address",
            ],
            Component::Scheduler => &["bind-address"],
            Component::Etcd => &[
                "cert-file",
                "key-file",
                "client-cert-auth",
                "peer-cert-file",
                "peer-key-file",
                "peer-client-cert-auth",
                "trusted-ca-file",
                "peer-trusted-ca-file",
            ],
            Component::Kubelet => &[],
        };
        set.contains(&flag)
    }
}

/// Boolean flags: written alone they mean `true`, and a following word is not their value.
const BOOL_FLAGS: &[&str] = &[
    "anonymous-auth",
    "profiling",
    "service-account-lookup",
    "use-service-account-credentials",
    "kubelet-https",
    "client-cert-auth",
    "peer-client-cert-auth",
    "auto-tls",
    "peer-auto-tls",
    "protect-kernel-defaults",
    "make-iptables-util-chains",
    "rotate-certificates",
    "rotate-server-certificates",
    "authentication-token-webhook",
    "leader-elect",
    "allow-privileged",
    "enable-debugging-handlers",
    "enable-server",
    "serialize-image-pulls",
    "insecure-skip-tls-verify",
];

/// Where an instance's settings come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// The `command`/`args` of a container.
    Container,
    /// `extraArgs` of a kubeadm `ClusterConfiguration`.
    Kubeadm,
    /// `nodeRegistration.kubeletExtraArgs` of a kubeadm Init/JoinConfiguration.
    KubeadmKubelet,
    /// A component configuration file: `KubeletConfiguration`, `KubeSchedulerConfiguration`.
    KubeletConfig,
}

/// A setting's value as written: text, or something that cannot be known here.
#[derive(Debug, Clone)]
pub(crate) enum Val {
    Text(String),
    Unknown,
}

/// One flag as written (without its leading dashes).
#[derive(Debug, Clone)]
pub(crate) struct Flag {
    pub name: String,
    pub value: Val,
    pub span: Span,
}

/// The effective value of a setting.
#[derive(Debug, Clone)]
pub(crate) enum Lookup {
    /// Written, with this value, here.
    Set(String, Span),
    /// Written, but its value cannot be known (an environment reference, a template).
    Unknown,
    /// Not written: the place where it would go.
    Absent(Span),
}

/// One running (or configured) component found in an object.
#[derive(Debug)]
pub(crate) struct Instance<'a> {
    pub component: Component,
    pub source: Source,
    pub object: &'a K8sObject,
    /// Names the instance in messages: `Pod/kube-system/kube-apiserver`.
    pub label: String,
    /// Where findings about a missing setting point.
    pub anchor: Span,
    flags: Vec<Flag>,
    /// The root of a `KubeletConfiguration`.
    config: Option<&'a Node>,
}

impl Instance<'_> {
    /// The last occurrence of a flag (the one that takes effect).
    pub(crate) fn flag(&self, name: &str) -> Option<&Flag> {
        self.flags.iter().rev().find(|f| f.name == name)
    }

    /// Whether a missing setting takes the component's built-in default here. It does not for
    /// flags kubeadm writes itself, for kubelet flags passed through kubeadm (its configuration
    /// file decides) and for a component started with `--config`/`--config-file` (the file
    /// decides).
    pub(crate) fn absent_is_default(&self, flag: &str) -> bool {
        match self.source {
            Source::Container => {
                self.flag("config").is_none() && self.flag("config-file").is_none()
            }
            Source::Kubeadm => !self.component.kubeadm_sets(flag),
            Source::KubeadmKubelet => false,
            Source::KubeletConfig => true,
        }
    }

    /// Whether this instance is a component configuration file (settings by config path).
    pub(crate) fn is_config_file(&self) -> bool {
        self.source == Source::KubeletConfig
    }

    /// The effective value of a setting: `flag` on command lines and in kubeadm, `config` (a
    /// dotted path) in a `KubeletConfiguration`. A setting with no config field is absent there.
    pub(crate) fn get(&self, flag: &str, config: Option<&str>) -> Lookup {
        if let Some(root) = self.config {
            let Some(path) = config else {
                return Lookup::Absent(self.anchor);
            };
            return config_lookup(root, path, self.anchor);
        }
        match self.flag(flag) {
            Some(Flag {
                value: Val::Text(v),
                span,
                ..
            }) => Lookup::Set(v.clone(), *span),
            Some(Flag {
                value: Val::Unknown,
                ..
            }) => Lookup::Unknown,
            None => Lookup::Absent(self.anchor),
        }
    }

    /// A feature gate: `--feature-gates=A=true,B=false` or `featureGates: {A: true}`.
    pub(crate) fn feature_gate(&self, gate: &str) -> Option<(bool, Span)> {
        if let Some(root) = self.config {
            let entry = root.get("featureGates")?.entry(gate)?;
            let on = match &entry.value.value {
                Value::Bool(b) => *b,
                Value::Str(s) => s.trim().eq_ignore_ascii_case("true"),
                _ => return None,
            };
            return Some((on, entry.key_span.cover(entry.value.span)));
        }
        let flag = self.flag("feature-gates")?;
        let Val::Text(text) = &flag.value else {
            return None;
        };
        let mut found = None;
        for part in text.split(',') {
            if let Some((name, value)) = part.split_once('=')
                && name.trim() == gate
            {
                found = Some((value.trim().eq_ignore_ascii_case("true"), flag.span));
            }
        }
        found
    }
}

/// Reads a dotted path of a `KubeletConfiguration`; a missing key points at its nearest parent.
fn config_lookup(root: &Node, path: &str, anchor: Span) -> Lookup {
    let mut node = root;
    let mut at = anchor;
    for key in path.split('.') {
        match node.entry(key) {
            Some(entry) => {
                at = entry.key_span.cover(entry.value.span);
                node = &entry.value;
            }
            None => return Lookup::Absent(first_line(at, node, anchor)),
        }
    }
    match text_of(node) {
        Some(text) => Lookup::Set(text, at),
        None if node.is_null() => Lookup::Absent(at),
        None => Lookup::Unknown,
    }
}

/// A parent's span trimmed to its key, so a finding does not cover the whole section.
fn first_line(at: Span, node: &Node, anchor: Span) -> Span {
    if at == anchor {
        return anchor;
    }
    if node.is_map() || node.is_seq() {
        Span::new(at.start(), node.span.start().max(at.start()))
    } else {
        at
    }
}

/// A scalar (or a list of scalars, joined by commas) as text; `None` for anything else.
fn text_of(node: &Node) -> Option<String> {
    match &node.value {
        Value::Str(s) => {
            if s.contains("$(") || s.contains("{{") || s.contains("${") {
                None
            } else {
                Some(s.clone())
            }
        }
        Value::Bool(b) => Some(b.to_string()),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(f) => Some(f.to_string()),
        Value::Seq(items) => items
            .iter()
            .map(text_of)
            .collect::<Option<Vec<_>>>()
            .map(|v| v.join(",")),
        _ => None,
    }
}

/// Every component instance in the objects of one file.
pub(crate) fn instances(objects: &[K8sObject]) -> Vec<Instance<'_>> {
    let mut out = Vec::new();
    for object in objects {
        let group = object.api_version.split('/').next().unwrap_or("");
        match (group, object.kind.as_str()) {
            ("kubeadm.k8s.io", "ClusterConfiguration") => kubeadm_cluster(object, &mut out),
            ("kubeadm.k8s.io", "InitConfiguration" | "JoinConfiguration") => {
                kubeadm_node(object, &mut out);
            }
            ("kubescheduler.config.k8s.io", "KubeSchedulerConfiguration") => out.push(Instance {
                component: Component::Scheduler,
                source: Source::KubeletConfig,
                object,
                label: format!("KubeSchedulerConfiguration{}", name_suffix(object)),
                anchor: object.kind_span,
                flags: Vec::new(),
                config: Some(&object.root),
            }),
            ("kubelet.config.k8s.io", "KubeletConfiguration") => out.push(Instance {
                component: Component::Kubelet,
                source: Source::KubeletConfig,
                object,
                label: format!("KubeletConfiguration{}", name_suffix(object)),
                anchor: object.kind_span,
                flags: Vec::new(),
                config: Some(&object.root),
            }),
            _ => containers(object, &mut out),
        }
    }
    out
}

fn name_suffix(object: &K8sObject) -> String {
    object
        .name
        .as_deref()
        .map(|n| format!("/{n}"))
        .unwrap_or_default()
}

fn kubeadm_cluster<'a>(object: &'a K8sObject, out: &mut Vec<Instance<'a>>) {
    let root = &object.root;
    let sections: [(Component, &[&str]); 4] = [
        (Component::ApiServer, &["apiServer"]),
        (Component::ControllerManager, &["controllerManager"]),
        (Component::Scheduler, &["scheduler"]),
        (Component::Etcd, &["etcd", "local"]),
    ];
    for (component, path) in sections {
        if component == Component::Etcd && root.at("etcd.external").is_some() {
            continue;
        }
        let (anchor, args) = extra_args(root, path, "extraArgs", object.kind_span);
        out.push(Instance {
            component,
            source: Source::Kubeadm,
            object,
            label: format!(
                "ClusterConfiguration{} ({})",
                name_suffix(object),
                path.join(".")
            ),
            anchor,
            flags: args.map(kubeadm_flags).unwrap_or_default(),
            config: None,
        });
    }
}

fn kubeadm_node<'a>(object: &'a K8sObject, out: &mut Vec<Instance<'a>>) {
    let (anchor, args) = extra_args(
        &object.root,
        &["nodeRegistration"],
        "kubeletExtraArgs",
        object.kind_span,
    );
    let Some(args) = args else {
        return;
    };
    out.push(Instance {
        component: Component::Kubelet,
        source: Source::KubeadmKubelet,
        object,
        label: format!("{}{} (nodeRegistration)", object.kind, name_suffix(object)),
        anchor,
        flags: kubeadm_flags(args),
        config: None,
    });
}

/// Follows `path` then `key`; returns the nearest existing key's span and the args node.
fn extra_args<'a>(
    root: &'a Node,
    path: &[&str],
    key: &str,
    kind: Span,
) -> (Span, Option<&'a Node>) {
    let mut node = root;
    let mut anchor = kind;
    for step in path.iter().copied().chain([key]) {
        match node.entry(step) {
            Some(entry) => {
                anchor = entry.key_span;
                node = &entry.value;
            }
            None => return (anchor, None),
        }
    }
    (anchor, Some(node))
}

/// kubeadm `extraArgs`: a map of name to value (v1beta3) or a list of `{name, value}` (v1beta4).
fn kubeadm_flags(args: &Node) -> Vec<Flag> {
    let mut flags = Vec::new();
    if args.is_map() {
        for entry in args.entries() {
            flags.push(Flag {
                name: entry.key.trim_start_matches('-').to_string(),
                value: text_of(&entry.value).map_or(Val::Unknown, Val::Text),
                span: entry.key_span.cover(entry.value.span),
            });
        }
    } else {
        for item in args.items() {
            let Some(name) = item.get("name").and_then(Node::as_str) else {
                continue;
            };
            let value = match item.get("value") {
                Some(v) => text_of(v).map_or(Val::Unknown, Val::Text),
                None => Val::Text(String::new()),
            };
            flags.push(Flag {
                name: name.trim_start_matches('-').to_string(),
                value,
                span: item.span,
            });
        }
    }
    flags
}

/// The last path segment of an image reference, without tag, digest or architecture suffix.
fn image_name(image: &str) -> &str {
    let image = image.split('@').next().unwrap_or(image);
    let last = image.rsplit('/').next().unwrap_or(image);
    let last = last.split(':').next().unwrap_or(last);
    for arch in ["-amd64", "-arm64", "-arm", "-ppc64le", "-s390x"] {
        if let Some(base) = last.strip_suffix(arch) {
            return base;
        }
    }
    last
}

fn basename(s: &str) -> &str {
    s.rsplit('/').next().unwrap_or(s)
}

/// A token of a command line: its text (None when it is not a plain string) and span.
struct Token {
    text: Option<String>,
    span: Span,
}

fn tokens(list: Option<&Node>) -> Vec<Token> {
    list.into_iter()
        .flat_map(Node::items)
        .map(|n| Token {
            text: n.as_str().map(str::to_string),
            span: n.span,
        })
        .collect()
}

fn containers<'a>(object: &'a K8sObject, out: &mut Vec<Instance<'a>>) {
    let Some(pod) = object.pod_spec() else {
        return;
    };
    let is_pod = object.kind == "Pod";
    for container in pod.containers() {
        let node = container.node;
        if !may_run_component(node) {
            continue;
        }
        let command = tokens(node.get("command"));
        let args = tokens(node.get("args"));
        let image = node.get("image").and_then(Node::as_str).map(image_name);
        for component in Component::ALL {
            // A second scheduler, an etcd or a kubelet in a Deployment is an ordinary workload;
            // only a static pod (kind Pod) is taken for the node's own component.
            let any_kind = matches!(
                component,
                Component::ApiServer | Component::ControllerManager
            );
            if !is_pod && !any_kind {
                continue;
            }
            let Some((anchor, flag_tokens)) =
                recognise(component, node, &command, &args, image, is_pod)
            else {
                continue;
            };
            out.push(Instance {
                component,
                source: Source::Container,
                object,
                label: format!(
                    "{} container {}",
                    object.identity(),
                    container.display_name()
                ),
                anchor,
                flags: parse_flags(&flag_tokens),
                config: None,
            });
        }
    }
}

/// A cheap first look, so ordinary workloads cost no allocation: the first word of the command
/// line names a component or hyperkube, or the image is a component's.
fn may_run_component(node: &Node) -> bool {
    let first = node
        .get("command")
        .and_then(|c| c.items().next())
        .or_else(|| node.get("args").and_then(|a| a.items().next()))
        .and_then(Node::as_str)
        .map(basename);
    let image = node.get("image").and_then(Node::as_str).map(image_name);
    [first, image]
        .into_iter()
        .flatten()
        .any(|name| name == "hyperkube" || Component::ALL.iter().any(|c| c.binary() == name))
}

/// Whether a container runs `component`; returns the anchor for missing flags and the tokens
/// that follow the binary.
fn recognise<'t>(
    component: Component,
    node: &Node,
    command: &'t [Token],
    args: &'t [Token],
    image: Option<&str>,
    is_pod: bool,
) -> Option<(Span, Vec<&'t Token>)> {
    let key_span = |k: &str| node.entry(k).map(|e| e.key_span);
    let all: Vec<&Token> = command.iter().chain(args.iter()).collect();
    let first = all.first()?.text.as_deref().map(basename)?;
    let anchor_of = |i: usize| {
        if i < command.len() {
            key_span("command")
        } else {
            key_span("args")
        }
    };
    if first == component.binary() {
        return Some((anchor_of(0)?, all[1..].to_vec()));
    }
    if first == "hyperkube" {
        let second = all.get(1)?.text.as_deref()?;
        if component.hyperkube().contains(&second) {
            return Some((anchor_of(1)?, all[2..].to_vec()));
        }
        return None;
    }
    // The image's own entrypoint runs the binary: only flags are given.
    if is_pod && command.is_empty() && image == Some(component.binary()) && first.starts_with('-') {
        return Some((key_span("args")?, all));
    }
    None
}

/// `--name=value`, `--name value` (not for boolean flags) and `--name` (boolean: true).
fn parse_flags(tokens: &[&Token]) -> Vec<Flag> {
    let mut flags = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        i += 1;
        let Some(text) = token.text.as_deref() else {
            continue;
        };
        let Some(body) = text.strip_prefix("--").or_else(|| text.strip_prefix('-')) else {
            continue;
        };
        if body.is_empty() {
            continue;
        }
        let (name, value, span) = match body.split_once('=') {
            Some((name, value)) => (name, Some(value.to_string()), token.span),
            None if BOOL_FLAGS.contains(&body) => (body, Some("true".to_string()), token.span),
            None => match tokens.get(i) {
                // Like pflag, a non-boolean flag takes the next word as its value, even `-1`;
                // a word starting with `--` is taken for the next flag instead.
                Some(next) if next.text.as_deref().is_none_or(|t| !t.starts_with("--")) => {
                    i += 1;
                    (body, next.text.clone(), token.span.cover(next.span))
                }
                _ => (body, Some(String::new()), token.span),
            },
        };
        let value = match value {
            Some(v) if !(v.contains("$(") || v.contains("{{") || v.contains("${")) => Val::Text(v),
            _ => Val::Unknown,
        };
        flags.push(Flag {
            name: name.to_string(),
            value,
            span,
        });
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_syntax::LineIndex;
    use yoroi_syntax::yaml::{YamlLimits, parse_stream};

    fn objects(text: &str) -> Vec<K8sObject> {
        parse_stream(text, &LineIndex::new(text), YamlLimits::default())
            .documents
            .into_iter()
            .flat_map(K8sObject::from_document)
            .collect()
    }

    #[test]
    fn split_and_joined_flags_and_last_wins() {
        let objs = objects(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n  - name: a\n    command: [/usr/local/bin/kube-apiserver, --profiling, --secure-port, '6443', --secure-port=0, --anonymous-auth, 'false']\n",
        );
        let inst = instances(&objs);
        assert_eq!(inst.len(), 1);
        assert!(matches!(inst[0].get("secure-port", None), Lookup::Set(v, _) if v == "0"));
        assert!(matches!(inst[0].get("profiling", None), Lookup::Set(v, _) if v == "true"));
        assert!(matches!(inst[0].get("anonymous-auth", None), Lookup::Set(v, _) if v == "true"));
        assert!(matches!(
            inst[0].get("audit-log-path", None),
            Lookup::Absent(_)
        ));
    }

    #[test]
    fn kubeadm_map_and_list_forms() {
        let objs = objects(
            "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n  - name: profiling\n    value: \"false\"\ncontrollerManager:\n  extraArgs:\n    bind-address: 0.0.0.0\n",
        );
        let inst = instances(&objs);
        let api = inst
            .iter()
            .find(|i| i.component == Component::ApiServer)
            .expect("apiserver");
        assert!(matches!(api.get("profiling", None), Lookup::Set(v, _) if v == "false"));
        assert!(!api.absent_is_default("authorization-mode"));
        let cm = inst
            .iter()
            .find(|i| i.component == Component::ControllerManager)
            .expect("cm");
        assert!(matches!(cm.get("bind-address", None), Lookup::Set(v, _) if v == "0.0.0.0"));
    }
}
