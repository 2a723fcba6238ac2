//! The render pipeline: load, resolve dependencies, coalesce values, run templates, split and order documents.

use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;

use yoroi_gotmpl::{FileId, Kind, Str, StrBuilder, TemplateSet, Value, execute};

use crate::chart::{Chart, Loader};
use crate::fs::ChartFs;
use crate::helm::{HelmFuncs, strip_no_value_str};
use crate::values::{
    Origins, Table, as_map, coalesce_tables, copy_table, deep_copy, merge_maps, parse_set,
    parse_values, path_value,
};
use crate::{Diagnostic, DiagnosticKind, Manifest, RenderOptions, Rendered, TemplateSource};

const DEFAULT_API_VERSIONS: &[&str] = &[
    "v1",
    "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1alpha1",
    "admissionregistration.k8s.io/v1beta1",
    "internal.apiserver.k8s.io/v1alpha1",
    "apps/v1",
    "apps/v1beta1",
    "apps/v1beta2",
    "authentication.k8s.io/v1",
    "authentication.k8s.io/v1alpha1",
    "authentication.k8s.io/v1beta1",
    "authorization.k8s.io/v1",
    "authorization.k8s.io/v1beta1",
    "autoscaling/v1",
    "autoscaling/v2",
    "autoscaling/v2beta1",
    "autoscaling/v2beta2",
    "batch/v1",
    "batch/v1beta1",
    "certificates.k8s.io/v1",
    "certificates.k8s.io/v1beta1",
    "certificates.k8s.io/v1alpha1",
    "coordination.k8s.io/v1alpha2",
    "coordination.k8s.io/v1beta1",
    "coordination.k8s.io/v1",
    "discovery.k8s.io/v1",
    "discovery.k8s.io/v1beta1",
    "events.k8s.io/v1",
    "events.k8s.io/v1beta1",
    "extensions/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1beta2",
    "flowcontrol.apiserver.k8s.io/v1beta3",
    "networking.k8s.io/v1",
    "networking.k8s.io/v1alpha1",
    "networking.k8s.io/v1beta1",
    "node.k8s.io/v1",
    "node.k8s.io/v1alpha1",
    "node.k8s.io/v1beta1",
    "policy/v1",
    "policy/v1beta1",
    "rbac.authorization.k8s.io/v1",
    "rbac.authorization.k8s.io/v1beta1",
    "rbac.authorization.k8s.io/v1alpha1",
    "resource.k8s.io/v1beta1",
    "resource.k8s.io/v1alpha3",
    "scheduling.k8s.io/v1alpha1",
    "scheduling.k8s.io/v1beta1",
    "scheduling.k8s.io/v1",
    "storage.k8s.io/v1beta1",
    "storage.k8s.io/v1",
    "storage.k8s.io/v1alpha1",
    "storagemigration.k8s.io/v1alpha1",
    "apiextensions.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1",
];

/// Helm's install order (releaseutil.InstallOrder).
const INSTALL_ORDER: &[&str] = &[
    "PriorityClass",
    "Namespace",
    "NetworkPolicy",
    "ResourceQuota",
    "LimitRange",
    "PodSecurityPolicy",
    "PodDisruptionBudget",
    "ServiceAccount",
    "Secret",
    "SecretList",
    "ConfigMap",
    "StorageClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "CustomResourceDefinition",
    "ClusterRole",
    "ClusterRoleList",
    "ClusterRoleBinding",
    "ClusterRoleBindingList",
    "Role",
    "RoleList",
    "RoleBinding",
    "RoleBindingList",
    "Service",
    "DaemonSet",
    "Pod",
    "ReplicationController",
    "ReplicaSet",
    "Deployment",
    "HorizontalPodAutoscaler",
    "StatefulSet",
    "Job",
    "CronJob",
    "IngressClass",
    "Ingress",
    "APIService",
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
];

pub fn render(chart_dir: &Path, fs: &dyn ChartFs, opts: &RenderOptions) -> Rendered {
    let mut out = Rendered::default();
    let mut origins = Origins::default();
    let mut diags = Vec::new();
    let root = {
        let mut loader = Loader {
            limits: &opts.limits,
            origins: &mut origins,
            diagnostics: &mut diags,
            files_read: 0,
            bytes_read: 0,
        };
        loader.load(fs, chart_dir, "", 0)
    };
    let Some(mut root) = root else {
        out.origins = origins;
        out.diagnostics = diags;
        return out;
    };
    if root.library {
        diags.push(Diagnostic {
            file: "Chart.yaml".into(),
            span: None,
            message: "library charts are not installable".into(),
            kind: DiagnosticKind::Chart,
        });
        out.origins = origins;
        out.diagnostics = diags;
        return out;
    }

    // user values: -f files in order, then --set
    let mut user = Table::new();
    for f in &opts.values_files {
        let disp = f.display().to_string();
        let text = match read_bounded(f, opts.limits.max_file_bytes) {
            Ok(t) => t,
            Err(e) => {
                diags.push(diag(&disp, None, DiagnosticKind::Io, e));
                continue;
            }
        };
        match parse_values(&text, &disp, &mut origins) {
            Ok(v) => merge_maps(&mut user, v),
            Err(e) => diags.push(diag(&disp, Some(e.span), DiagnosticKind::Values, e.message)),
        }
    }
    for (list, string) in [(&opts.set, false), (&opts.set_string, true)] {
        for s in list {
            if let Err(e) = parse_set(s, string, &mut user, &mut origins) {
                diags.push(diag(
                    "--set",
                    None,
                    DiagnosticKind::Values,
                    format!("failed parsing --set data: {e}"),
                ));
            }
        }
    }

    // dependencies: aliases, missing ones, conditions and tags
    resolve_dependencies(&mut root, &mut diags);
    let mut all = copy_table(&user);
    coalesce(&root, &mut all);
    let tags = all.get("tags").cloned();
    prune(&mut root, &all, tags.as_ref(), "");
    import_values(&mut root);
    let mut vals = copy_table(&user);
    coalesce(&root, &mut vals);
    crate::schema::validate(&root, &vals, &origins, &mut diags);

    // template data and templates
    let funcs = HelmFuncs::new();
    let caps = capabilities(opts, &funcs);
    let release = release(opts);
    let mut tpls: Vec<Tpl> = Vec::new();
    let mut crds: Vec<(String, String)> = Vec::new();
    let root_name = root.name.clone();
    build(
        &root,
        Value::map(vals),
        &root_name,
        true,
        &caps,
        &release,
        &funcs,
        &mut tpls,
        &mut crds,
    );

    // Helm's parse order: deeper paths first, then reverse lexical order (later definitions win)
    let mut order: Vec<usize> = (0..tpls.len()).collect();
    order.sort_by(|&a, &b| {
        let (na, nb) = (&tpls[a].name, &tpls[b].name);
        let (ca, cb) = (na.matches('/').count(), nb.matches('/').count());
        cb.cmp(&ca).then_with(|| nb.cmp(na))
    });
    let mut set = TemplateSet::new();
    for &i in &order {
        let t = &tpls[i];
        if let Err(e) = set.parse(&t.name, FileId(i as u32), &t.text, &funcs) {
            diags.push(Diagnostic {
                file: t.path.clone(),
                span: Some(e.span.range()),
                message: e.to_string(),
                kind: DiagnosticKind::Template,
            });
        }
    }

    let mut docs: Vec<(usize, String, Manifest)> = Vec::new();
    let mut names: Vec<usize> = (0..tpls.len()).collect();
    names.sort_by(|&a, &b| tpls[a].name.cmp(&tpls[b].name));
    for &i in &names {
        let t = &tpls[i];
        let base = t.name.rsplit('/').next().unwrap_or(&t.name);
        if base.starts_with('_') || !set.contains(&t.name) {
            continue;
        }
        // each template sees its own .Template
        let data = match &t.data.kind {
            Kind::Map(m) => {
                let mut top = m.borrow().clone();
                let mut tm = BTreeMap::new();
                tm.insert("Name".to_string(), Value::str(t.name.as_str()));
                tm.insert("BasePath".to_string(), Value::str(t.base_path.as_str()));
                top.insert("Template".to_string(), Value::map(tm));
                Value::map(top)
            }
            _ => t.data.clone(),
        };
        match execute(&set, &t.name, data, &funcs, opts.limits.template) {
            Ok(r) => {
                if base == "NOTES.txt" {
                    continue;
                }
                let s = strip_no_value_str(&Str {
                    text: r.text.into(),
                    chunks: Some(r.chunks.into()),
                });
                for (text, chunks) in split_manifests(&s) {
                    let kind = kind_of(&text);
                    let hook = text.contains("helm.sh/hook:") || text.contains("\"helm.sh/hook\"");
                    docs.push((
                        i,
                        kind,
                        Manifest {
                            source: t.name.clone(),
                            text,
                            chunks,
                            hook,
                        },
                    ));
                }
            }
            Err(e) => {
                let root = e.root_cause();
                let file = tpls
                    .get(root.span.file.0 as usize)
                    .map(|t| t.path.clone())
                    .unwrap_or_else(|| t.path.clone());
                diags.push(Diagnostic {
                    file,
                    span: Some(root.span.range()),
                    message: e.message.clone(),
                    kind: if e.kind == yoroi_gotmpl::ErrorKind::Limit {
                        DiagnosticKind::Limit
                    } else {
                        DiagnosticKind::Template
                    },
                });
            }
        }
    }
    let rank = |k: &str| {
        INSTALL_ORDER
            .iter()
            .position(|x| *x == k)
            .unwrap_or(INSTALL_ORDER.len())
    };
    docs.sort_by(|a, b| {
        a.2.hook
            .cmp(&b.2.hook)
            .then_with(|| rank(&a.1).cmp(&rank(&b.1)))
            .then_with(|| {
                if rank(&a.1) == INSTALL_ORDER.len() {
                    a.1.cmp(&b.1)
                } else {
                    std::cmp::Ordering::Equal
                }
            })
    });
    if opts.include_crds {
        for (source, text) in crds {
            let s = Str::plain(text);
            for (text, _) in split_manifests(&s) {
                out.manifests.push(Manifest {
                    source: source.clone(),
                    text,
                    chunks: Vec::new(),
                    hook: false,
                });
            }
        }
    }
    out.manifests.extend(docs.into_iter().map(|d| d.2));
    out.templates = tpls
        .into_iter()
        .map(|t| TemplateSource {
            name: t.name,
            path: t.path,
            text: t.text,
        })
        .collect();
    out.origins = origins;
    out.diagnostics = diags;
    out
}

fn diag(
    file: &str,
    span: Option<std::ops::Range<usize>>,
    kind: DiagnosticKind,
    message: String,
) -> Diagnostic {
    Diagnostic {
        file: file.to_string(),
        span,
        message,
        kind,
    }
}

fn read_bounded(path: &Path, max: u64) -> Result<String, String> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut b = Vec::new();
    f.take(max + 1)
        .read_to_end(&mut b)
        .map_err(|e| e.to_string())?;
    if b.len() as u64 > max {
        return Err(format!("{} is larger than {max} bytes", path.display()));
    }
    Ok(String::from_utf8_lossy(&b).to_string())
}

struct Tpl {
    name: String,
    path: String,
    base_path: String,
    text: String,
    data: Value,
}

fn capabilities(opts: &RenderOptions, funcs: &HelmFuncs) -> Value {
    let v = opts.kube_version.trim_start_matches('v');
    let mut parts = v.split('.');
    let major = parts.next().unwrap_or("1").to_string();
    let minor = parts.next().unwrap_or("0").to_string();
    let version = format!("v{v}");
    let mut kv = BTreeMap::new();
    kv.insert("Version".to_string(), Value::str(version.as_str()));
    kv.insert("GitVersion".to_string(), Value::str(version.as_str()));
    kv.insert("Major".to_string(), Value::str(major));
    kv.insert("Minor".to_string(), Value::str(minor));
    let mut apis: Vec<String> = DEFAULT_API_VERSIONS.iter().map(|s| s.to_string()).collect();
    apis.extend(opts.api_versions.iter().cloned());
    let mut hv = BTreeMap::new();
    hv.insert("Version".to_string(), Value::str("v3.17.2"));
    hv.insert(
        "GitCommit".to_string(),
        Value::str("cc0bbbd6d6276b83880042c1ecb34087e84d41eb"),
    );
    hv.insert("GitTreeState".to_string(), Value::str("clean"));
    hv.insert("GoVersion".to_string(), Value::str("go1.23.7"));
    let mut c = BTreeMap::new();
    c.insert("KubeVersion".to_string(), Value::map(kv));
    c.insert("APIVersions".to_string(), funcs.api_versions(&apis));
    c.insert("HelmVersion".to_string(), Value::map(hv));
    Value::map(c)
}

fn release(opts: &RenderOptions) -> Value {
    let mut r = BTreeMap::new();
    r.insert("Name".to_string(), Value::str(opts.release_name.as_str()));
    r.insert("Namespace".to_string(), Value::str(opts.namespace.as_str()));
    r.insert("IsInstall".to_string(), Value::bool(true));
    r.insert("IsUpgrade".to_string(), Value::bool(false));
    r.insert("Revision".to_string(), Value::int(1));
    r.insert("Service".to_string(), Value::str("Helm"));
    Value::map(r)
}

/// Builds the template data of `c` (and its subcharts), collecting templates and CRD files.
#[allow(clippy::too_many_arguments)]
fn build(
    c: &Chart,
    values: Value,
    id: &str,
    is_root: bool,
    caps: &Value,
    release: &Value,
    funcs: &HelmFuncs,
    tpls: &mut Vec<Tpl>,
    crds: &mut Vec<(String, String)>,
) -> Value {
    let mut meta = c.metadata.clone();
    meta.insert("Name".into(), Value::str(c.name.as_str()));
    meta.insert("IsRoot".into(), Value::bool(is_root));
    let files: BTreeMap<String, Rc<[u8]>> = c
        .files
        .iter()
        .map(|(k, v)| (k.clone(), Rc::from(v.as_slice())))
        .collect();
    let mut subcharts = BTreeMap::new();
    let next_values = values.clone();
    let crds_start = crds.len();
    for sub in &c.subcharts {
        let sv = as_map(&next_values)
            .and_then(|m| m.borrow().get(&sub.name).cloned())
            .filter(|v| matches!(v.kind, Kind::Map(_)))
            .unwrap_or_else(|| Value::map(BTreeMap::new()));
        let sid = format!("{id}/charts/{}", sub.name);
        let d = build(sub, sv, &sid, false, caps, release, funcs, tpls, crds);
        subcharts.insert(sub.name.clone(), d);
    }
    let mut next = BTreeMap::new();
    next.insert("Chart".to_string(), Value::map(meta));
    next.insert("Files".to_string(), funcs.files(files));
    next.insert("Release".to_string(), release.clone());
    next.insert("Capabilities".to_string(), caps.clone());
    next.insert("Values".to_string(), values);
    next.insert("Subcharts".to_string(), Value::map(subcharts));
    let data = Value::map(next);
    for (rel, text) in &c.templates {
        let base = rel.rsplit('/').next().unwrap_or(rel);
        if c.library && !base.starts_with('_') {
            continue;
        }
        tpls.push(Tpl {
            name: format!("{id}/{rel}"),
            path: join(&c.path, rel),
            base_path: format!("{id}/templates"),
            text: text.clone(),
            data: data.clone(),
        });
    }
    // CRDs: this chart's, then its subcharts' (Helm's CRDObjects)
    let mut own: Vec<(String, String)> = c
        .files
        .iter()
        .filter(|(k, _)| {
            k.starts_with("crds/")
                && (k.ends_with(".yaml") || k.ends_with(".yml") || k.ends_with(".json"))
        })
        .map(|(k, v)| (format!("{id}/{k}"), String::from_utf8_lossy(v).to_string()))
        .collect();
    let mut tail = crds.split_off(crds_start);
    crds.append(&mut own);
    crds.append(&mut tail);
    data
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}/{b}")
    }
}

/// Aliases, missing dependencies (diagnosed), and each subchart's condition and tags.
fn resolve_dependencies(c: &mut Chart, diags: &mut Vec<Diagnostic>) {
    let deps = c.dependencies.clone();
    let mut subs: Vec<Chart> = std::mem::take(&mut c.subcharts);
    let mut kept: Vec<Chart> = Vec::new();
    // charts not named by any dependency stay
    let mut i = 0;
    while i < subs.len() {
        if deps.iter().any(|d| d.name == subs[i].name) {
            i += 1;
        } else {
            kept.push(subs.remove(i));
        }
    }
    for d in &deps {
        match subs.iter().find(|s| s.name == d.name) {
            Some(s) => {
                let mut s = s.clone();
                if !d.alias.is_empty() {
                    s.name = d.alias.clone();
                }
                s.condition = d.condition.clone();
                s.tags = d.tags.clone();
                kept.push(s);
            }
            None => diags.push(Diagnostic {
                file: d.file.clone(),
                span: Some(d.span.clone()),
                message: format!(
                    "found in Chart.yaml, but missing in charts/ directory: {}",
                    d.name
                ),
                kind: DiagnosticKind::MissingDependency,
            }),
        }
    }
    for s in &mut kept {
        resolve_dependencies(s, diags);
    }
    c.subcharts = kept;
}

/// Helm's `import-values`, deepest charts first: a dependency's values (its `exports.NAME`, or a
/// `child` path) are copied into the parent's defaults (at the root, or at a `parent` path). The
/// parent's own values win over imported ones; earlier imports win over later ones.
fn import_values(c: &mut Chart) {
    for sub in &mut c.subcharts {
        import_values(sub);
    }
    if c.dependencies.iter().all(|d| d.import_values.is_empty()) {
        return;
    }
    let mut cvals = Table::new();
    coalesce(c, &mut cvals);
    let mut imported = Table::new();
    for d in &c.dependencies {
        let name = if d.alias.is_empty() {
            &d.name
        } else {
            &d.alias
        };
        for (child, parent) in &d.import_values {
            // Helm skips (with a warning) a path that is not a table
            let Some(table) = path_value(&cvals, &format!("{name}.{child}"))
                .as_ref()
                .and_then(as_map)
                .map(|m| copy_table(&m.borrow()))
            else {
                continue;
            };
            let at_parent =
                parent
                    .split('.')
                    .filter(|p| !p.is_empty())
                    .rev()
                    .fold(table, |inner, key| {
                        let mut t = Table::new();
                        t.insert(key.to_string(), Value::map(inner));
                        t
                    });
            coalesce_tables(&mut imported, &at_parent, false);
        }
    }
    coalesce_tables(&mut cvals, &imported, false);
    c.values = cvals;
}

/// Removes subcharts disabled by their tags or condition (conditions win over tags).
fn prune(c: &mut Chart, top: &Table, tags: Option<&Value>, prefix: &str) {
    c.subcharts.retain(|s| {
        let mut enabled = true;
        if let Some(t) = tags.and_then(as_map) {
            let t = t.borrow();
            let (mut has_true, mut has_false) = (false, false);
            for tag in &s.tags {
                match t.get(tag).map(|v| &v.kind) {
                    Some(Kind::Bool(true)) => has_true = true,
                    Some(Kind::Bool(false)) => has_false = true,
                    _ => {}
                }
            }
            if has_false && !has_true {
                enabled = false;
            }
            if has_true {
                enabled = true;
            }
        }
        for cond in s
            .condition
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            if let Some(Value {
                kind: Kind::Bool(b),
                ..
            }) = path_value(top, &format!("{prefix}{cond}"))
            {
                enabled = b;
                break;
            }
        }
        enabled
    });
    for s in &mut c.subcharts {
        let p = format!("{prefix}{}.", s.name);
        prune(s, top, tags, &p);
    }
}

/// Helm's `coalesce`: chart defaults under `v`, then each subchart's under `v[sub]` with globals passed down.
fn coalesce(c: &Chart, v: &mut Table) {
    for (k, dv) in &c.values {
        match v.get(k) {
            Some(x) if x.is_nil() => {
                v.remove(k);
            }
            Some(x) => {
                if let (Some(dst), Some(src)) = (as_map(x), as_map(dv)) {
                    let merge = c.subcharts.iter().any(|s| &s.name == k);
                    let src = src.borrow();
                    coalesce_tables(&mut dst.borrow_mut(), &src, merge);
                }
            }
            None => {
                v.insert(k.clone(), deep_copy(dv));
            }
        }
    }
    for sub in &c.subcharts {
        if !v.contains_key(&sub.name) {
            v.insert(sub.name.clone(), Value::map(BTreeMap::new()));
        }
        let Some(sm) = v.get(&sub.name).and_then(as_map) else {
            continue;
        };
        {
            let mut dest = sm.borrow_mut();
            coalesce_globals(&mut dest, v);
        }
        let mut dest = sm.borrow_mut();
        coalesce(sub, &mut dest);
    }
}

fn coalesce_globals(dest: &mut Table, src: &Table) {
    let mut dg: Table = dest
        .get("global")
        .and_then(as_map)
        .map(|m| m.borrow().clone())
        .unwrap_or_default();
    let sg: Table = src
        .get("global")
        .and_then(as_map)
        .map(|m| m.borrow().clone())
        .unwrap_or_default();
    for (k, sv) in sg {
        if let Some(svm) = as_map(&sv) {
            let vv = deep_copy(&sv);
            match dg.get(&k) {
                None => {
                    dg.insert(k, vv);
                }
                Some(dv) => {
                    if let (Some(dvm), Some(vvm)) = (as_map(dv), as_map(&vv)) {
                        let d = dvm.borrow().clone();
                        coalesce_tables(&mut vvm.borrow_mut(), &d, true);
                        dg.insert(k, vv);
                    }
                }
            }
            let _ = svm;
        } else if dg.get(&k).and_then(as_map).is_some() {
            // a table in the subchart: kept
        } else {
            dg.insert(k, sv);
        }
    }
    let origin = dest.get("global").and_then(|g| g.origin);
    dest.insert("global".to_string(), Value::map(dg).with_origin(origin));
}

/// Helm's SplitManifests: documents separated by `---` (regex `(?:^|\s*\n)---\s*`), trimmed, empty ones dropped.
pub fn split_manifests(s: &Str) -> Vec<(String, Vec<yoroi_gotmpl::Chunk>)> {
    let text = &*s.text;
    let lead = text.len() - text.trim_start().len();
    let end = text.trim_end().len().max(lead);
    let t = &text[lead..end];
    let mut seps: Vec<(usize, usize)> = Vec::new();
    let b = t.as_bytes();
    let mut i = 0;
    while let Some(k) = t[i..].find("---") {
        let at = i + k;
        if at == 0 || b[at - 1] == b'\n' {
            let mut st = at;
            if at > 0 {
                while st > 0 && (b[st - 1] as char).is_ascii_whitespace() {
                    st -= 1;
                }
            }
            let mut en = at + 3;
            while en < b.len() && (b[en] as char).is_ascii_whitespace() {
                en += 1;
            }
            seps.push((st, en));
            i = en;
        } else {
            i = at + 3;
        }
        if i >= t.len() {
            break;
        }
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut pieces = Vec::new();
    for (a, bnd) in seps {
        pieces.push((start, a.max(start)));
        start = bnd;
    }
    pieces.push((start, t.len().max(start)));
    for (a, bnd) in pieces {
        let piece = &t[a..bnd];
        let l = piece.len() - piece.trim_start().len();
        let r = piece.trim_end().len();
        if r <= l {
            continue;
        }
        let (ga, gb) = (lead + a + l, lead + a + r);
        let mut sb = StrBuilder::new();
        sb.push_slice(s, ga..gb);
        out.push((sb.text, sb.chunks));
    }
    out
}

fn kind_of(doc: &str) -> String {
    for line in doc.lines() {
        if let Some(rest) = line.strip_prefix("kind:") {
            return rest.trim().trim_matches(['"', '\'']).to_string();
        }
    }
    String::new()
}
