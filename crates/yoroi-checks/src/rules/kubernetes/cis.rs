//! The CIS Kubernetes Benchmark rules about component settings (sections 1.2–1.4, 2, 3.2 and
//! 4.2): one table row per rule, each judged on the instances that [`flags`] finds. Every rule
//! keeps its own catalog folder (`rule.yaml`, examples) and stays separately selectable; this
//! module only holds the judgements.

use super::flags::{Component, Instance, Lookup, Source, instances};
use crate::finding::Emitter;
use crate::rules::{Check, K8sCtx, RustRule};
use yoroi_syntax::kubernetes::K8sObject;
use yoroi_syntax::{Node, Span};

/// A due finding.
struct Hit {
    span: Span,
    message: String,
}

type Judge = fn(&Instance<'_>) -> Vec<Hit>;
type ObjectJudge = fn(&K8sObject) -> Vec<Hit>;

enum How {
    /// Judged on every instance of a component.
    Flags(Component, Judge),
    /// Judged on objects of a kind (audit policies).
    Objects(ObjectJudge),
}

macro_rules! table {
    ($($id:literal => $how:expr),* $(,)?) => {
        const TABLE: &[(&str, How)] = &[$(($id, $how)),*];
        /// The rules of the table, registered like every Rust rule.
        pub(crate) static RULES: &[&RustRule] = &[$(&RustRule { id: $id, check: Check::Kubernetes(check) }),*];
    };
}

use Component::{ApiServer as Api, ControllerManager as Cm, Etcd, Kubelet, Scheduler as Sched};
use How::{Flags, Objects};

table! {
    "K8S094" => Flags(Api, api_anonymous_auth),
    "K8S095" => Flags(Api, api_insecure_port),
    "K8S096" => Flags(Api, api_audit_log),
    "K8S097" => Flags(Api, api_always_allow),
    "K8S140" => Flags(Api, api_token_auth_file),
    "K8S141" => Flags(Api, api_basic_auth_file),
    "K8S142" => Flags(Api, api_kubelet_https),
    "K8S143" => Flags(Api, api_kubelet_client_cert),
    "K8S144" => Flags(Api, api_kubelet_ca),
    "K8S145" => Flags(Api, api_authz_node),
    "K8S146" => Flags(Api, api_authz_rbac),
    "K8S147" => Flags(Api, api_always_admit),
    "K8S148" => Flags(Api, api_event_rate_limit),
    "K8S149" => Flags(Api, api_always_pull_images),
    "K8S150" => Flags(Api, api_deny_external_ips),
    "K8S151" => Flags(Api, api_service_account_plugin),
    "K8S152" => Flags(Api, api_namespace_lifecycle),
    "K8S153" => Flags(Api, api_node_restriction),
    "K8S154" => Flags(Api, profiling),
    "K8S155" => Flags(Api, api_audit_maxage),
    "K8S156" => Flags(Api, api_audit_maxbackup),
    "K8S157" => Flags(Api, api_audit_maxsize),
    "K8S158" => Flags(Api, api_audit_policy_file),
    "K8S159" => Flags(Api, api_service_account_lookup),
    "K8S160" => Flags(Api, api_service_account_key_file),
    "K8S161" => Flags(Api, api_etcd_client_cert),
    "K8S162" => Flags(Api, api_etcd_ca),
    "K8S163" => Flags(Api, api_tls_cert),
    "K8S164" => Flags(Api, api_client_ca),
    "K8S165" => Flags(Api, api_encryption_config),
    "K8S166" => Flags(Api, weak_ciphers),
    "K8S167" => Flags(Api, api_secure_port),
    "K8S168" => Flags(Api, api_insecure_bind_address),
    "K8S169" => Flags(Cm, profiling),
    "K8S170" => Flags(Cm, cm_service_account_credentials),
    "K8S171" => Flags(Cm, cm_service_account_private_key),
    "K8S172" => Flags(Cm, cm_root_ca),
    "K8S173" => Flags(Cm, server_cert_rotation_gate),
    "K8S174" => Flags(Cm, bind_address),
    "K8S175" => Flags(Cm, cm_terminated_pod_gc),
    "K8S176" => Flags(Sched, profiling),
    "K8S177" => Flags(Sched, bind_address),
    "K8S178" => Flags(Etcd, etcd_tls),
    "K8S179" => Flags(Etcd, etcd_client_cert_auth),
    "K8S180" => Flags(Etcd, etcd_auto_tls),
    "K8S181" => Flags(Etcd, etcd_peer_tls),
    "K8S182" => Flags(Etcd, etcd_peer_client_cert_auth),
    "K8S183" => Flags(Etcd, etcd_peer_auto_tls),
    "K8S184" => Flags(Kubelet, kubelet_anonymous_auth),
    "K8S185" => Flags(Kubelet, kubelet_always_allow),
    "K8S186" => Flags(Kubelet, kubelet_client_ca),
    "K8S187" => Flags(Kubelet, kubelet_read_only_port),
    "K8S188" => Flags(Kubelet, kubelet_streaming_timeout),
    "K8S189" => Flags(Kubelet, kubelet_protect_kernel_defaults),
    "K8S190" => Flags(Kubelet, kubelet_iptables_chains),
    "K8S191" => Flags(Kubelet, kubelet_hostname_override),
    "K8S192" => Flags(Kubelet, kubelet_tls_cert),
    "K8S193" => Flags(Kubelet, kubelet_rotate_certificates),
    "K8S194" => Flags(Kubelet, server_cert_rotation_gate),
    "K8S195" => Flags(Kubelet, weak_ciphers),
    "K8S196" => Flags(Kubelet, kubelet_pod_pids_limit),
    "K8S197" => Objects(audit_policy_logs_nothing),
    "K8S198" => Objects(audit_policy_secret_bodies),
    "K8S199" => Flags(Api, api_pod_security_disabled),
    "K8S200" => Flags(Etcd, etcd_plain_http_urls),
    "K8S201" => Flags(Api, weak_tls_version),
    "K8S202" => Flags(Kubelet, weak_tls_version),
    "K8S221" => Objects(audit_policy_blind_spots),
}

fn check(ctx: &K8sCtx<'_>, emit: &mut Emitter<'_>) {
    let id = emit.rule().meta.id.clone();
    let Some((_, how)) = TABLE.iter().find(|(rule, _)| *rule == id) else {
        return;
    };
    match how {
        Flags(component, judge) => {
            for instance in instances(ctx.objects) {
                if instance.component != *component {
                    continue;
                }
                for hit in judge(&instance) {
                    emit.report(hit.span, format!("{}: {}", instance.label, hit.message))
                        .object(instance.object.identity());
                }
            }
        }
        Objects(judge) => {
            for object in ctx.objects {
                for hit in judge(object) {
                    emit.report(hit.span, hit.message).object(object.identity());
                }
            }
        }
    }
}

// ---- helpers ---------------------------------------------------------------------------------

fn hit(span: Span, message: impl Into<String>) -> Vec<Hit> {
    vec![Hit {
        span,
        message: message.into(),
    }]
}

/// How a setting is named in messages: the flag, or the config key in a `KubeletConfiguration`.
fn name(i: &Instance<'_>, flag: &str, config: Option<&str>) -> String {
    match config {
        Some(path) if i.is_config_file() => format!("`{path}`"),
        _ => format!("`--{flag}`"),
    }
}

/// The setting must satisfy `ok`. `absent` says whether a missing setting is a finding: first
/// for command-line flags, then for a `KubeletConfiguration` (whose defaults differ).
fn require(
    i: &Instance<'_>,
    flag: &str,
    config: Option<&str>,
    ok: impl Fn(&str) -> bool,
    absent: (bool, bool),
    what: &str,
) -> Vec<Hit> {
    let named = name(i, flag, config);
    match i.get(flag, config) {
        Lookup::Set(value, span) if !ok(&value) => {
            hit(span, format!("{named} is `{value}`: {what}"))
        }
        Lookup::Absent(anchor) => {
            let bad = if i.is_config_file() {
                absent.1
            } else {
                absent.0
            };
            // A patch (kubeadm's `patches/`, a Kustomize overlay) leaves the rest of the
            // command line to the manifest it patches.
            if bad && !i.object.partial && i.absent_is_default(flag) {
                hit(anchor, format!("{named} is not set: {what}"))
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    }
}

/// The setting must not satisfy `bad` when it is written (a missing setting is fine).
fn deny(
    i: &Instance<'_>,
    flag: &str,
    config: Option<&str>,
    bad: impl Fn(&str) -> bool,
    what: &str,
) -> Vec<Hit> {
    require(i, flag, config, |v| !bad(v), (false, false), what)
}

/// The setting must be written (with a non-empty value).
fn present(i: &Instance<'_>, flag: &str, config: Option<&str>, what: &str) -> Vec<Hit> {
    require(
        i,
        flag,
        config,
        |v| !v.trim().is_empty(),
        (true, true),
        what,
    )
}

/// Whether a flag is written with a known value.
fn is_set(i: &Instance<'_>, flag: &str) -> Option<String> {
    match i.get(flag, None) {
        Lookup::Set(v, _) => Some(v),
        _ => None,
    }
}

fn is_written(i: &Instance<'_>, flag: &str) -> bool {
    i.flag(flag).is_some()
}

fn list_has(value: &str, item: &str) -> bool {
    value.split(',').any(|v| v.trim() == item)
}

fn is_false(v: &str) -> bool {
    v.trim().eq_ignore_ascii_case("false")
}

fn is_true(v: &str) -> bool {
    v.trim().eq_ignore_ascii_case("true")
}

fn int(v: &str) -> Option<i64> {
    v.trim().trim_matches('"').parse().ok()
}

fn loopback(v: &str) -> bool {
    let v = v.trim().trim_start_matches('[').trim_end_matches(']');
    v == "::1" || v == "localhost" || v.starts_with("127.")
}

// ---- kube-apiserver --------------------------------------------------------------------------

fn api_anonymous_auth(i: &Instance<'_>) -> Vec<Hit> {
    // A structured authentication configuration (v1.30+) decides anonymous access itself.
    if is_written(i, "authentication-config") && i.flag("anonymous-auth").is_none() {
        return Vec::new();
    }
    require(
        i,
        "anonymous-auth",
        None,
        is_false,
        (true, true),
        "requests without credentials are served as `system:anonymous`",
    )
}

fn api_insecure_port(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "insecure-port",
        None,
        |v| int(v).is_some_and(|p| p != 0),
        "an unauthenticated, unauthorised HTTP port is open",
    )
}

fn api_audit_log(i: &Instance<'_>) -> Vec<Hit> {
    if is_written(i, "audit-webhook-config-file") {
        return Vec::new();
    }
    present(
        i,
        "audit-log-path",
        None,
        "no audit log is written (and no audit webhook is configured)",
    )
}

fn api_always_allow(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "authorization-mode",
        None,
        |v| list_has(v, "AlwaysAllow"),
        "every request is authorised",
    )
}

fn api_token_auth_file(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "token-auth-file",
        None,
        |v| !v.trim().is_empty(),
        "static bearer tokens in a file authenticate users",
    )
}

fn api_basic_auth_file(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "basic-auth-file",
        None,
        |v| !v.trim().is_empty(),
        "passwords in a file authenticate users",
    )
}

fn api_kubelet_https(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "kubelet-https",
        None,
        is_false,
        "the API server talks to kubelets over plain HTTP",
    )
}

fn both(i: &Instance<'_>, a: &str, b: &str, what: &str) -> Vec<Hit> {
    let mut hits = present(i, a, None, what);
    if hits.is_empty() {
        hits = present(i, b, None, what);
    }
    hits
}

fn api_kubelet_client_cert(i: &Instance<'_>) -> Vec<Hit> {
    both(
        i,
        "kubelet-client-certificate",
        "kubelet-client-key",
        "the API server has no client certificate for kubelets",
    )
}

fn api_kubelet_ca(i: &Instance<'_>) -> Vec<Hit> {
    present(
        i,
        "kubelet-certificate-authority",
        None,
        "kubelet serving certificates are not verified",
    )
}

fn authz(i: &Instance<'_>, mode: &str, what: &str) -> Vec<Hit> {
    // A structured authorization configuration (v1.29+) lists the authorizers instead.
    if is_written(i, "authorization-config") {
        return Vec::new();
    }
    require(
        i,
        "authorization-mode",
        None,
        |v| list_has(v, mode),
        (true, true),
        what,
    )
}

fn api_authz_node(i: &Instance<'_>) -> Vec<Hit> {
    authz(
        i,
        "Node",
        "the Node authorizer does not limit what kubelets can read",
    )
}

fn api_authz_rbac(i: &Instance<'_>) -> Vec<Hit> {
    authz(i, "RBAC", "RBAC is not used to authorise requests")
}

/// Admission plugins switched on: `--enable-admission-plugins` and the old `--admission-control`.
fn enabled_plugins(i: &Instance<'_>) -> Option<(String, Span)> {
    let mut out: Option<(String, Span)> = None;
    for flag in ["admission-control", "enable-admission-plugins"] {
        if let Lookup::Set(v, span) = i.get(flag, None) {
            out = Some(match out {
                Some((prev, _)) => (format!("{prev},{v}"), span),
                None => (v, span),
            });
        }
    }
    out
}

fn api_always_admit(i: &Instance<'_>) -> Vec<Hit> {
    match enabled_plugins(i) {
        Some((v, span)) if list_has(&v, "AlwaysAdmit") => hit(
            span,
            "the `AlwaysAdmit` admission plugin accepts every request unchecked",
        ),
        _ => Vec::new(),
    }
}

/// A plugin that is off by default must be listed in `--enable-admission-plugins`.
fn plugin_enabled(i: &Instance<'_>, plugin: &str, what: &str) -> Vec<Hit> {
    match i.get("enable-admission-plugins", None) {
        Lookup::Unknown => return Vec::new(),
        Lookup::Set(..) | Lookup::Absent(_) => {}
    }
    if let Some((v, span)) = enabled_plugins(i) {
        if list_has(&v, plugin) {
            return Vec::new();
        }
        return hit(
            span,
            format!("`{plugin}` is not among the admission plugins: {what}"),
        );
    }
    match i.get("enable-admission-plugins", None) {
        Lookup::Absent(anchor) if i.absent_is_default("enable-admission-plugins") => hit(
            anchor,
            format!("`--enable-admission-plugins` is not set, so `{plugin}` is off: {what}"),
        ),
        // kubeadm enables NodeRestriction and nothing else.
        Lookup::Absent(anchor) if i.source == Source::Kubeadm && plugin != "NodeRestriction" => {
            hit(
                anchor,
                format!(
                    "kubeadm enables only `NodeRestriction` when `enable-admission-plugins` is not set, so `{plugin}` is off: {what}"
                ),
            )
        }
        _ => Vec::new(),
    }
}

/// A plugin that is on by default must not be switched off.
fn plugin_not_disabled(i: &Instance<'_>, plugin: &str, what: &str) -> Vec<Hit> {
    if let Lookup::Set(v, span) = i.get("disable-admission-plugins", None)
        && list_has(&v, plugin)
    {
        return hit(
            span,
            format!("the `{plugin}` admission plugin is disabled: {what}"),
        );
    }
    // The old flag replaces the default list: a plugin it does not name is off.
    if let Lookup::Set(v, span) = i.get("admission-control", None)
        && !list_has(&v, plugin)
    {
        return hit(
            span,
            format!("`--admission-control` does not list `{plugin}`: {what}"),
        );
    }
    Vec::new()
}

fn api_event_rate_limit(i: &Instance<'_>) -> Vec<Hit> {
    plugin_enabled(
        i,
        "EventRateLimit",
        "a flood of events can overload the API server and etcd",
    )
}

fn api_always_pull_images(i: &Instance<'_>) -> Vec<Hit> {
    plugin_enabled(
        i,
        "AlwaysPullImages",
        "pods can start private images already cached on a node without pull credentials",
    )
}

fn api_deny_external_ips(i: &Instance<'_>) -> Vec<Hit> {
    plugin_enabled(
        i,
        "DenyServiceExternalIPs",
        "Services may claim arbitrary external IPs and intercept traffic",
    )
}

fn api_service_account_plugin(i: &Instance<'_>) -> Vec<Hit> {
    plugin_not_disabled(
        i,
        "ServiceAccount",
        "pods are not tied to service accounts and their tokens",
    )
}

fn api_namespace_lifecycle(i: &Instance<'_>) -> Vec<Hit> {
    plugin_not_disabled(
        i,
        "NamespaceLifecycle",
        "objects can be created in terminating or missing namespaces",
    )
}

fn api_pod_security_disabled(i: &Instance<'_>) -> Vec<Hit> {
    plugin_not_disabled(
        i,
        "PodSecurity",
        "the Pod Security Standards are not enforced on any namespace",
    )
}

fn api_node_restriction(i: &Instance<'_>) -> Vec<Hit> {
    plugin_enabled(
        i,
        "NodeRestriction",
        "a kubelet can modify other nodes and pods not bound to it",
    )
}

fn profiling(i: &Instance<'_>) -> Vec<Hit> {
    // Only kube-scheduler has a configuration file with the setting (`enableProfiling`).
    require(
        i,
        "profiling",
        Some("enableProfiling"),
        is_false,
        (true, true),
        "the `/debug/pprof` profiling endpoints are served",
    )
}

/// Audit log retention flags matter only when the log is written to a file.
fn audit_file(i: &Instance<'_>) -> bool {
    is_set(i, "audit-log-path").is_some_and(|p| !p.trim().is_empty() && p.trim() != "-")
}

fn api_audit_maxage(i: &Instance<'_>) -> Vec<Hit> {
    if !audit_file(i) {
        return Vec::new();
    }
    deny(
        i,
        "audit-log-maxage",
        None,
        |v| int(v).is_some_and(|d| (1..30).contains(&d)),
        "audit logs are deleted after fewer than 30 days",
    )
}

fn api_audit_maxbackup(i: &Instance<'_>) -> Vec<Hit> {
    if !audit_file(i) {
        return Vec::new();
    }
    deny(
        i,
        "audit-log-maxbackup",
        None,
        |v| int(v).is_some_and(|d| (1..10).contains(&d)),
        "fewer than 10 rotated audit logs are kept",
    )
}

fn api_audit_maxsize(i: &Instance<'_>) -> Vec<Hit> {
    if !audit_file(i) {
        return Vec::new();
    }
    require(
        i,
        "audit-log-maxsize",
        None,
        |v| int(v).is_none_or(|d| d > 0),
        (true, true),
        "the audit log is never rotated and grows until the disk is full",
    )
}

fn api_audit_policy_file(i: &Instance<'_>) -> Vec<Hit> {
    let audits = audit_file(i)
        || is_set(i, "audit-log-path").is_some_and(|p| p.trim() == "-")
        || is_written(i, "audit-webhook-config-file");
    if !audits {
        return Vec::new();
    }
    present(
        i,
        "audit-policy-file",
        None,
        "without an audit policy no event is recorded",
    )
}

fn api_service_account_lookup(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "service-account-lookup",
        None,
        is_false,
        "tokens of deleted service accounts keep working",
    )
}

fn api_service_account_key_file(i: &Instance<'_>) -> Vec<Hit> {
    present(
        i,
        "service-account-key-file",
        None,
        "service account tokens are verified with the serving key, which prevents key rotation",
    )
}

fn api_etcd_client_cert(i: &Instance<'_>) -> Vec<Hit> {
    both(
        i,
        "etcd-certfile",
        "etcd-keyfile",
        "the API server does not authenticate to etcd with a client certificate",
    )
}

fn api_etcd_ca(i: &Instance<'_>) -> Vec<Hit> {
    present(
        i,
        "etcd-cafile",
        None,
        "etcd's serving certificate is not verified",
    )
}

fn api_tls_cert(i: &Instance<'_>) -> Vec<Hit> {
    both(
        i,
        "tls-cert-file",
        "tls-private-key-file",
        "the API server serves a self-signed certificate it generated",
    )
}

fn api_client_ca(i: &Instance<'_>) -> Vec<Hit> {
    present(
        i,
        "client-ca-file",
        None,
        "client certificates are not accepted or verified",
    )
}

fn api_encryption_config(i: &Instance<'_>) -> Vec<Hit> {
    present(
        i,
        "encryption-provider-config",
        None,
        "Secrets are stored unencrypted in etcd",
    )
}

/// Cipher suites without forward secrecy or with CBC, RC4 or 3DES.
fn weak_cipher(suite: &str) -> bool {
    let s = suite.trim();
    s.contains("RC4")
        || s.contains("3DES")
        || s.contains("_CBC_")
        || s.starts_with("TLS_RSA_WITH_")
        || s.contains("_NULL_")
}

fn weak_ciphers(i: &Instance<'_>) -> Vec<Hit> {
    let named = name(i, "tls-cipher-suites", Some("tlsCipherSuites"));
    match i.get("tls-cipher-suites", Some("tlsCipherSuites")) {
        Lookup::Set(v, span) => {
            let weak: Vec<&str> = v
                .split(',')
                .map(str::trim)
                .filter(|s| weak_cipher(s))
                .collect();
            if weak.is_empty() {
                Vec::new()
            } else {
                hit(
                    span,
                    format!("{named} allows weak cipher suites: {}", weak.join(", ")),
                )
            }
        }
        _ => Vec::new(),
    }
}

fn weak_tls_version(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "tls-min-version",
        Some("tlsMinVersion"),
        |v| matches!(v.trim(), "VersionTLS10" | "VersionTLS11"),
        "TLS 1.0 and 1.1 are accepted",
    )
}

fn api_secure_port(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "secure-port",
        None,
        |v| int(v) == Some(0),
        "the HTTPS port is closed, leaving only insecure access",
    )
}

fn api_insecure_bind_address(i: &Instance<'_>) -> Vec<Hit> {
    if is_set(i, "insecure-port").is_some_and(|p| int(&p) == Some(0)) {
        return Vec::new();
    }
    deny(
        i,
        "insecure-bind-address",
        None,
        |v| !v.trim().is_empty() && !loopback(v),
        "the unauthenticated HTTP port listens beyond localhost",
    )
}

// ---- kube-controller-manager and kube-scheduler ----------------------------------------------

fn cm_service_account_credentials(i: &Instance<'_>) -> Vec<Hit> {
    require(
        i,
        "use-service-account-credentials",
        None,
        is_true,
        (true, true),
        "every controller runs with the controller manager's own broad credentials",
    )
}

fn cm_service_account_private_key(i: &Instance<'_>) -> Vec<Hit> {
    present(
        i,
        "service-account-private-key-file",
        None,
        "service account tokens are not signed by a key the operator controls",
    )
}

fn cm_root_ca(i: &Instance<'_>) -> Vec<Hit> {
    present(
        i,
        "root-ca-file",
        None,
        "pods are not given the CA to verify the API server's certificate",
    )
}

fn server_cert_rotation_gate(i: &Instance<'_>) -> Vec<Hit> {
    match i.feature_gate("RotateKubeletServerCertificate") {
        Some((false, span)) => hit(
            span,
            "the `RotateKubeletServerCertificate` feature gate is off, so kubelet serving certificates are not rotated",
        ),
        _ => Vec::new(),
    }
}

fn bind_address(i: &Instance<'_>) -> Vec<Hit> {
    // The scheduler's configuration file has no bind address; the flag decides.
    if i.is_config_file() {
        return Vec::new();
    }
    require(
        i,
        "bind-address",
        None,
        loopback,
        (true, true),
        "the metrics, health and profiling port listens on every interface",
    )
}

fn cm_terminated_pod_gc(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "terminated-pod-gc-threshold",
        None,
        |v| int(v).is_some_and(|n| n <= 0),
        "terminated pods are never garbage-collected",
    )
}

// ---- etcd ------------------------------------------------------------------------------------

fn etcd_tls(i: &Instance<'_>) -> Vec<Hit> {
    both(
        i,
        "cert-file",
        "key-file",
        "etcd serves clients without TLS",
    )
}

fn etcd_client_cert_auth(i: &Instance<'_>) -> Vec<Hit> {
    require(
        i,
        "client-cert-auth",
        None,
        is_true,
        (true, true),
        "any client that reaches etcd can read and write the whole cluster state",
    )
}

fn etcd_auto_tls(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "auto-tls",
        None,
        is_true,
        "clients get a self-signed certificate nobody can verify",
    )
}

fn etcd_peer_tls(i: &Instance<'_>) -> Vec<Hit> {
    both(
        i,
        "peer-cert-file",
        "peer-key-file",
        "etcd members replicate without TLS",
    )
}

fn etcd_peer_client_cert_auth(i: &Instance<'_>) -> Vec<Hit> {
    require(
        i,
        "peer-client-cert-auth",
        None,
        is_true,
        (true, true),
        "any host that reaches the peer port can join or read the replication stream",
    )
}

fn etcd_peer_auto_tls(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "peer-auto-tls",
        None,
        is_true,
        "peers use self-signed certificates nobody can verify",
    )
}

/// `http://` URLs on an address other than loopback.
fn plain_http_beyond_localhost(urls: &str) -> Vec<&str> {
    urls.split(',')
        .map(str::trim)
        .filter(|u| {
            u.strip_prefix("http://").is_some_and(|rest| {
                let host = rest.split('/').next().unwrap_or(rest);
                let host = match host.rsplit_once(':') {
                    Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
                    _ => host,
                };
                !loopback(host)
            })
        })
        .collect()
}

fn etcd_plain_http_urls(i: &Instance<'_>) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (flag, what) in [
        ("listen-client-urls", "clients"),
        ("listen-peer-urls", "peers"),
    ] {
        if let Lookup::Set(v, span) = i.get(flag, None) {
            let plain = plain_http_beyond_localhost(&v);
            if !plain.is_empty() {
                hits.extend(hit(
                    span,
                    format!(
                        "`--{flag}` serves {what} over plain HTTP beyond localhost: {}",
                        plain.join(", ")
                    ),
                ));
            }
        }
    }
    hits
}

// ---- kubelet ---------------------------------------------------------------------------------

fn kubelet_anonymous_auth(i: &Instance<'_>) -> Vec<Hit> {
    // The flag defaults to true; the configuration file defaults to false.
    require(
        i,
        "anonymous-auth",
        Some("authentication.anonymous.enabled"),
        is_false,
        (true, false),
        "requests without credentials reach the kubelet API",
    )
}

fn kubelet_always_allow(i: &Instance<'_>) -> Vec<Hit> {
    // The flag defaults to AlwaysAllow; the configuration file defaults to Webhook.
    require(
        i,
        "authorization-mode",
        Some("authorization.mode"),
        |v| !list_has(v, "AlwaysAllow"),
        (true, false),
        "every authenticated (or anonymous) caller may exec into pods and read their logs",
    )
}

fn kubelet_client_ca(i: &Instance<'_>) -> Vec<Hit> {
    present(
        i,
        "client-ca-file",
        Some("authentication.x509.clientCAFile"),
        "the kubelet cannot authenticate the API server by client certificate",
    )
}

fn kubelet_read_only_port(i: &Instance<'_>) -> Vec<Hit> {
    // The flag defaults to 10255; the configuration file defaults to 0.
    require(
        i,
        "read-only-port",
        Some("readOnlyPort"),
        |v| int(v).is_none_or(|p| p == 0),
        (true, false),
        "an unauthenticated port exposes pod specs and node metrics",
    )
}

fn kubelet_streaming_timeout(i: &Instance<'_>) -> Vec<Hit> {
    // In a KubeletConfiguration a zero duration means "use the default" (4h), so only the flag
    // can turn the timeout off.
    if i.is_config_file() {
        return Vec::new();
    }
    deny(
        i,
        "streaming-connection-idle-timeout",
        None,
        |v| {
            let t = v.trim().trim_end_matches(['s', 'm', 'h']);
            t.chars().all(|c| c == '0' || c == '.') && !t.is_empty()
        },
        "idle exec, attach and port-forward sessions never time out",
    )
}

fn kubelet_protect_kernel_defaults(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "protect-kernel-defaults",
        Some("protectKernelDefaults"),
        is_false,
        "the kubelet silently changes kernel tunables instead of refusing to start",
    )
}

fn kubelet_iptables_chains(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "make-iptables-util-chains",
        Some("makeIPTablesUtilChains"),
        is_false,
        "the kubelet does not manage its iptables chains",
    )
}

fn kubelet_hostname_override(i: &Instance<'_>) -> Vec<Hit> {
    if i.is_config_file() {
        return Vec::new();
    }
    deny(
        i,
        "hostname-override",
        None,
        |v| !v.trim().is_empty(),
        "the node name no longer matches the host, which breaks TLS name checks between kubelet and API server",
    )
}

fn kubelet_tls_cert(i: &Instance<'_>) -> Vec<Hit> {
    // Serving certificates requested from the cluster replace the files.
    let bootstrap = match i.get("rotate-server-certificates", Some("serverTLSBootstrap")) {
        Lookup::Set(v, _) => is_true(&v),
        Lookup::Unknown => true,
        Lookup::Absent(_) => false,
    };
    if bootstrap {
        return Vec::new();
    }
    let mut hits = present(
        i,
        "tls-cert-file",
        Some("tlsCertFile"),
        "the kubelet serves a self-signed certificate",
    );
    if hits.is_empty() {
        hits = present(
            i,
            "tls-private-key-file",
            Some("tlsPrivateKeyFile"),
            "the kubelet serves a self-signed certificate",
        );
    }
    hits
}

fn kubelet_rotate_certificates(i: &Instance<'_>) -> Vec<Hit> {
    deny(
        i,
        "rotate-certificates",
        Some("rotateCertificates"),
        is_false,
        "the kubelet's client certificate is not renewed before it expires",
    )
}

fn kubelet_pod_pids_limit(i: &Instance<'_>) -> Vec<Hit> {
    require(
        i,
        "pod-max-pids",
        Some("podPidsLimit"),
        |v| int(v).is_none_or(|n| n > 0),
        (true, true),
        "a pod can exhaust the node's process IDs",
    )
}

// ---- audit policy ----------------------------------------------------------------------------

fn audit_policies(object: &K8sObject) -> Option<&Node> {
    (object.api_version.starts_with("audit.k8s.io/") && object.kind == "Policy")
        .then_some(&object.root)
}

fn audit_policy_logs_nothing(object: &K8sObject) -> Vec<Hit> {
    let Some(root) = audit_policies(object) else {
        return Vec::new();
    };
    let rules = root.entry("rules");
    let items: Vec<&Node> = rules.map(|r| r.value.items().collect()).unwrap_or_default();
    let mut unknown = false;
    for rule in &items {
        match rule.get("level").and_then(Node::as_str) {
            Some("None") => {}
            Some(_) => return Vec::new(),
            None => unknown = true,
        }
    }
    if unknown || rules.is_some_and(|r| !r.value.is_seq() && !r.value.is_null()) {
        return Vec::new();
    }
    let span = rules.map_or(object.kind_span, |r| r.key_span);
    hit(
        span,
        format!(
            "`{}`: the audit policy records no event (no rule has a level other than `None`)",
            object.identity()
        ),
    )
}

/// Whether an audit rule's `resources` can match Secrets.
fn matches_secrets(rule: &Node) -> bool {
    if rule.get("nonResourceURLs").is_some() {
        return false;
    }
    let Some(resources) = rule.get("resources") else {
        return true;
    };
    resources.items().any(|group| {
        let core = group
            .get("group")
            .and_then(Node::as_str)
            .is_none_or(|g| g.is_empty() || g == "*");
        let names = group.get("resources");
        core && names.is_none_or(|n| {
            n.items().count() == 0
                || n.items()
                    .filter_map(Node::as_str)
                    .any(|r| r == "secrets" || r == "*" || r == "secrets/*")
        })
    })
}

fn audit_policy_secret_bodies(object: &K8sObject) -> Vec<Hit> {
    let Some(root) = audit_policies(object) else {
        return Vec::new();
    };
    for rule in root.get("rules").into_iter().flat_map(Node::items) {
        if !matches_secrets(rule) {
            continue;
        }
        let Some(level) = rule.entry("level") else {
            return Vec::new();
        };
        let restricted = ["users", "userGroups", "verbs", "namespaces"]
            .iter()
            .any(|k| rule.get(k).is_some_and(|n| n.items().count() > 0));
        match level.value.as_str() {
            Some("Request" | "RequestResponse") => {
                return hit(
                    level.key_span.cover(level.value.span),
                    format!(
                        "`{}`: requests on Secrets are logged with their bodies, which copies secret values into the audit log",
                        object.identity()
                    ),
                );
            }
            Some("None" | "Metadata") if !restricted => return Vec::new(),
            Some(_) => {}
            None => return Vec::new(),
        }
    }
    Vec::new()
}

/// The requests an audit policy must record (at least at `Metadata` level): reading credentials
/// and configuration, and the subresources that open a shell or a tunnel into a pod.
const KEY_RESOURCES: &[&str] = &[
    "secrets",
    "configmaps",
    "tokenreviews",
    "pods",
    "deployments",
    "pods/exec",
    "pods/portforward",
    "pods/proxy",
    "services/proxy",
];

/// Whether an audit rule's `resources` can match `resource` (a resource or `name/subresource`).
/// `None` when a value cannot be read.
fn rule_matches_resource(rule: &Node, resource: &str) -> Option<bool> {
    if rule.get("nonResourceURLs").is_some() {
        return Some(false);
    }
    let Some(resources) = rule.get("resources") else {
        return Some(true);
    };
    if !resources.is_seq() {
        return None;
    }
    let parent = resource.split('/').next().unwrap_or(resource);
    let is_sub = resource.contains('/');
    // Deployments live in the `apps` group, everything else here in the core group.
    let want_group = if resource == "deployments" {
        "apps"
    } else {
        ""
    };
    let mut any = false;
    for group in resources.items() {
        let g = match group.get("group") {
            None => "",
            Some(g) => g.as_str()?,
        };
        if g != want_group && g != "*" {
            continue;
        }
        let Some(names) = group.get("resources") else {
            any = true;
            continue;
        };
        if names.items().count() == 0 {
            any = true;
            continue;
        }
        for name in names.items() {
            let name = name.as_str()?;
            let hit = name == "*"
                || name == resource
                || (is_sub && (name == format!("{parent}/*") || name == "*/*"))
                || (is_sub && name == format!("*/{}", &resource[parent.len() + 1..]));
            any |= hit;
        }
    }
    Some(any)
}

fn audit_policy_blind_spots(object: &K8sObject) -> Vec<Hit> {
    let Some(root) = audit_policies(object) else {
        return Vec::new();
    };
    let Some(rules) = root.entry("rules") else {
        return Vec::new();
    };
    if !rules.value.is_seq() {
        return Vec::new();
    }
    // A policy that records nothing at all is K8S197's.
    if !rules.value.items().any(|r| {
        r.get("level")
            .and_then(Node::as_str)
            .is_some_and(|l| l != "None")
    }) {
        return Vec::new();
    }
    let mut missing = Vec::new();
    'resource: for resource in KEY_RESOURCES {
        // Rules are evaluated in order; the first one that matches decides the level. A rule
        // limited to some users, groups, verbs, namespaces or object names only decides for
        // part of the requests, so evaluation goes on past it.
        for rule in rules.value.items() {
            match rule_matches_resource(rule, resource) {
                None => continue 'resource,
                Some(false) => continue,
                Some(true) => {}
            }
            let restricted = ["users", "userGroups", "verbs", "namespaces"]
                .iter()
                .any(|k| {
                    rule.get(k)
                        .is_some_and(|n| !n.is_seq() || n.items().count() > 0)
                })
                || rule.get("resources").is_some_and(|groups| {
                    groups.items().any(|g| {
                        g.get("resourceNames")
                            .is_some_and(|n| !n.is_seq() || n.items().count() > 0)
                    })
                });
            match rule.get("level").and_then(Node::as_str) {
                None => continue 'resource,
                Some("None") if restricted => {}
                Some("None") => {
                    missing.push(*resource);
                    continue 'resource;
                }
                Some(_) if restricted => {}
                Some(_) => continue 'resource,
            }
        }
        missing.push(*resource);
    }
    if missing.is_empty() {
        return Vec::new();
    }
    hit(
        rules.key_span,
        format!(
            "`{}`: the audit policy records no event for {}",
            object.identity(),
            missing
                .iter()
                .map(|r| format!("`{r}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    )
}
