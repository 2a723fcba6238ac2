//! Builds small kustomizations held in memory and compares them with what `kubectl kustomize`
//! printed for the same files (the expected JSON was produced by kustomize v5.5.0, so these
//! tests do not need it installed).

use std::path::Path;
use yoroi_kustomize::{Limits, MemFs, build};

fn assert_builds(fs: &MemFs, dir: &str, expected: &str) {
    let b = build(Path::new(dir), fs, Limits::default());
    assert!(
        b.diagnostics.is_empty(),
        "unexpected diagnostics: {:?}",
        b.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>()
    );
    let got = serde_json::Value::Array(b.objects.iter().map(|o| o.root.to_json()).collect());
    let want: serde_json::Value = serde_json::from_str(expected).expect("expected JSON");
    assert_eq!(
        got,
        want,
        "\ngot:  {}\nwant: {}",
        serde_json::to_string_pretty(&got).unwrap_or_default(),
        serde_json::to_string_pretty(&want).unwrap_or_default()
    );
}

#[test]
fn overlay_namespace_prefix_labels_images_replicas() {
    let fs = MemFs::new()
        .with(
            "/k/base/kustomization.yaml",
            r#"resources:
- deploy.yaml
- rbac.yaml
configMapGenerator:
- name: app-config
  literals:
  - LOG=debug
"#,
        )
        .with(
            "/k/base/deploy.yaml",
            r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      serviceAccountName: web
      containers:
      - name: app
        image: registry.example.com/team/web:1.0
        envFrom:
        - configMapRef:
            name: app-config
      volumes:
      - name: cfg
        configMap:
          name: app-config
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
"#,
        )
        .with(
            "/k/base/rbac.yaml",
            r#"apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
rules:
- apiGroups: [""]
  resources: [configmaps]
  verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: web-reader
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: reader
subjects:
- kind: ServiceAccount
  name: web
- kind: ServiceAccount
  name: default
"#,
        )
        .with(
            "/k/prod/kustomization.yaml",
            r#"resources:
- ../base
namespace: prod
namePrefix: prod-
nameSuffix: -v2
commonLabels:
  env: prod
commonAnnotations:
  owner: team-a
images:
- name: registry.example.com/team/web
  newName: mirror.example.com/web
  newTag: "2.1"
replicas:
- name: web
  count: 3
"#,
        );
    // Verified with `kubectl kustomize` (kustomize v5.5.0).
    let expected = r#"[{"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"annotations": {"owner": "team-a"}, "labels": {"env": "prod"}, "name": "prod-web-v2", "namespace": "prod"}}, {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"annotations": {"owner": "team-a"}, "labels": {"env": "prod"}, "name": "prod-reader-v2", "namespace": "prod"}, "rules": [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get"]}]}, {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"annotations": {"owner": "team-a"}, "labels": {"env": "prod"}, "name": "prod-web-reader-v2", "namespace": "prod"}, "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "prod-reader-v2"}, "subjects": [{"kind": "ServiceAccount", "name": "prod-web-v2", "namespace": "prod"}, {"kind": "ServiceAccount", "name": "default", "namespace": "prod"}]}, {"apiVersion": "v1", "data": {"LOG": "debug"}, "kind": "ConfigMap", "metadata": {"annotations": {"owner": "team-a"}, "labels": {"env": "prod"}, "name": "prod-app-config-v2-ttchg99576", "namespace": "prod"}}, {"apiVersion": "v1", "kind": "Service", "metadata": {"annotations": {"owner": "team-a"}, "labels": {"env": "prod"}, "name": "prod-web-v2", "namespace": "prod"}, "spec": {"ports": [{"port": 80}], "selector": {"app": "web", "env": "prod"}}}, {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"annotations": {"owner": "team-a"}, "labels": {"env": "prod"}, "name": "prod-web-v2", "namespace": "prod"}, "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "web", "env": "prod"}}, "template": {"metadata": {"annotations": {"owner": "team-a"}, "labels": {"app": "web", "env": "prod"}}, "spec": {"containers": [{"envFrom": [{"configMapRef": {"name": "prod-app-config-v2-ttchg99576"}}], "image": "mirror.example.com/web:2.1", "name": "app"}], "serviceAccountName": "prod-web-v2", "volumes": [{"configMap": {"name": "prod-app-config-v2-ttchg99576"}, "name": "cfg"}]}}}}]"#;
    assert_builds(&fs, "/k/prod", expected);
}

#[test]
fn patches_strategic_and_json() {
    let fs = MemFs::new()
        .with(
            "/k/kustomization.yaml",
            r#"resources:
- deploy.yaml
patchesStrategicMerge:
- delete-sidecar.yaml
patches:
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: api
    spec:
      template:
        spec:
          containers:
          - name: app
            image: api:2
            env:
            - name: MODE
              value: fast
          - name: extra
            image: extra:1
          tolerations:
          - key: dedicated
- target:
    kind: Deploy.*
    labelSelector: tier=backend
  patch: |-
    - op: replace
      path: /spec/replicas
      value: 5
    - op: add
      path: /metadata/annotations
      value:
        patched: "yes"
    - op: remove
      path: /spec/template/spec/containers/0/args
"#,
        )
        .with(
            "/k/delete-sidecar.yaml",
            r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
      - name: sidecar
        $patch: delete
"#,
        )
        .with(
            "/k/deploy.yaml",
            r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    tier: backend
spec:
  replicas: 1
  template:
    spec:
      containers:
      - name: app
        image: api:1
        args: [--verbose]
        env:
        - name: LEVEL
          value: info
      - name: sidecar
        image: proxy:1
      tolerations:
      - key: old
"#,
        );
    // Verified with `kubectl kustomize` (kustomize v5.5.0).
    let expected = r#"[{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"annotations": {"patched": "yes"}, "labels": {"tier": "backend"}, "name": "api"}, "spec": {"replicas": 5, "template": {"spec": {"containers": [{"env": [{"name": "MODE", "value": "fast"}, {"name": "LEVEL", "value": "info"}], "image": "api:2", "name": "app"}, {"image": "extra:1", "name": "extra"}], "tolerations": [{"key": "dedicated"}]}}}}]"#;
    assert_builds(&fs, "/k", expected);
}

#[test]
fn components_generators_merge() {
    let fs = MemFs::new()
        .with(
            "/k/base/kustomization.yaml",
            r#"resources:
- pod.yaml
configMapGenerator:
- name: settings
  literals:
  - a=1
  - b=two
secretGenerator:
- name: creds
  literals:
  - password=s3cret
"#,
        )
        .with(
            "/k/base/pod.yaml",
            r#"apiVersion: v1
kind: Pod
metadata:
  name: runner
spec:
  containers:
  - name: run
    image: busybox
    env:
    - name: PASSWORD
      valueFrom:
        secretKeyRef:
          name: creds
          key: password
  volumes:
  - name: s
    configMap:
      name: settings
"#,
        )
        .with(
            "/k/overlay/kustomization.yaml",
            r#"resources:
- ../base
components:
- ../feature
configMapGenerator:
- name: settings
  behavior: merge
  literals:
  - b=three
  - c=4
generatorOptions:
  labels:
    generated: "true"
"#,
        )
        .with(
            "/k/feature/kustomization.yaml",
            r#"apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
secretGenerator:
- name: feature-token
  type: kubernetes.io/opaque
  literals:
  - token=abc
  options:
    disableNameSuffixHash: true
labels:
- pairs:
    feature: on-demand
  includeSelectors: false
"#,
        );
    // Verified with `kubectl kustomize` (kustomize v5.5.0).
    let expected = r#"[{"apiVersion": "v1", "data": {"a": "1", "b": "three", "c": "4"}, "kind": "ConfigMap", "metadata": {"labels": {"feature": "on-demand", "generated": "true"}, "name": "settings-65m5d59db2"}}, {"apiVersion": "v1", "data": {"password": "czNjcmV0"}, "kind": "Secret", "metadata": {"labels": {"feature": "on-demand"}, "name": "creds-bf5fk5d75b"}, "type": "Opaque"}, {"apiVersion": "v1", "data": {"token": "YWJj"}, "kind": "Secret", "metadata": {"labels": {"feature": "on-demand"}, "name": "feature-token"}, "type": "kubernetes.io/opaque"}, {"apiVersion": "v1", "kind": "Pod", "metadata": {"labels": {"feature": "on-demand"}, "name": "runner"}, "spec": {"containers": [{"env": [{"name": "PASSWORD", "valueFrom": {"secretKeyRef": {"key": "password", "name": "creds-bf5fk5d75b"}}}], "image": "busybox", "name": "run"}], "volumes": [{"configMap": {"name": "settings-65m5d59db2"}, "name": "s"}]}}]"#;
    assert_builds(&fs, "/k/overlay", expected);
}

#[test]
fn replacements_and_vars() {
    let fs = MemFs::new()
        .with(
            "/k/kustomization.yaml",
            r#"resources:
- res.yaml
replacements:
- source:
    kind: Service
    name: db
    fieldPath: metadata.name
  targets:
  - select:
      kind: Deployment
    fieldPaths:
    - spec.template.spec.containers.[name=app].env.[name=DB_HOST].value
    - metadata.annotations.[db.example.com/host]
    options:
      create: true
- source:
    kind: ConfigMap
    name: versions
    fieldPath: data.tag
  targets:
  - select:
      kind: Deployment
    fieldPaths:
    - spec.template.spec.containers.0.image
    options:
      delimiter: ':'
      index: 1
vars:
- name: PORT
  objref:
    kind: Service
    name: db
    apiVersion: v1
  fieldref:
    fieldpath: spec.ports[0].port
"#,
        )
        .with(
            "/k/res.yaml",
            r#"apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  ports:
  - port: 5432
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: versions
data:
  tag: "9.1"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
      - name: app
        image: app:1.0
        args: ["--port=$(PORT)"]
        env:
        - name: DB_HOST
          value: placeholder
"#,
        );
    // Verified with `kubectl kustomize` (kustomize v5.5.0).
    let expected = r#"[{"apiVersion": "v1", "data": {"tag": "9.1"}, "kind": "ConfigMap", "metadata": {"name": "versions"}}, {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "db"}, "spec": {"ports": [{"port": 5432}]}}, {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"annotations": {"db.example.com/host": "db"}, "name": "app"}, "spec": {"template": {"spec": {"containers": [{"args": ["--port=5432"], "env": [{"name": "DB_HOST", "value": "db"}], "image": "app:9.1", "name": "app"}]}}}}]"#;
    assert_builds(&fs, "/k", expected);
}

/// A replacement copies the text into a scalar target, which keeps its type: a string stays a
/// string, a number takes the number, and a field it creates reads the text as plain YAML.
/// (Expected output from kustomize v5.7.1.)
#[test]
fn replacements_keep_the_target_type() {
    let fs = MemFs::new()
        .with(
            "/k/kustomization.yaml",
            r#"resources:
- objects.yaml
replacements:
- source: {kind: ConfigMap, name: src, fieldPath: data.count}
  targets:
  - select: {kind: Deployment}
    fieldPaths:
    - spec.template.metadata.annotations.created
    - spec.template.metadata.annotations.text
    - spec.replicas
    options: {create: true}
"#,
        )
        .with(
            "/k/objects.yaml",
            r#"apiVersion: v1
kind: ConfigMap
metadata: {name: src}
data: {count: "4"}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  replicas: 1
  template:
    metadata:
      annotations: {text: "x"}
"#,
        );
    assert_builds(
        &fs,
        "/k",
        r#"[{"apiVersion": "v1", "data": {"count": "4"}, "kind": "ConfigMap", "metadata": {"name": "src"}}, {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "app"}, "spec": {"replicas": 4, "template": {"metadata": {"annotations": {"created": 4, "text": "4"}}}}}]"#,
    );
}
