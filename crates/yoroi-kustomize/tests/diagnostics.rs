//! What cannot be built is said at the responsible line; hostile trees stay bounded; every node
//! tells where it came from.

use std::path::Path;
use yoroi_kustomize::{Build, DiagnosticKind, Limits, MemFs, build};
use yoroi_syntax::Node;

fn line_of(b: &Build, kind: DiagnosticKind) -> Option<(String, u32)> {
    b.diagnostics.iter().find(|d| d.kind == kind).map(|d| {
        let lc = d.file.lines.line_col(&d.file.text, d.span.start());
        (d.file.display().to_string(), lc.line)
    })
}

#[test]
fn remote_bases_helm_charts_and_missing_files_are_reported_at_their_line() {
    let fs = MemFs::new()
        .with(
            "/k/kustomization.yaml",
            "resources:\n- cm.yaml\n- github.com/org/repo//deploy?ref=v1\n- https://example.com/x.yaml\n- missing.yaml\nhelmCharts:\n- name: redis\n",
        )
        .with("/k/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
    let b = build(Path::new("/k"), &fs, Limits::default());
    assert_eq!(b.objects.len(), 1, "the local resource is still built");
    let remote: Vec<u32> = b
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::RemoteBase)
        .map(|d| d.file.lines.line_col(&d.file.text, d.span.start()).line)
        .collect();
    assert_eq!(remote, vec![3, 4]);
    assert_eq!(
        line_of(&b, DiagnosticKind::MissingFile),
        Some(("/k/kustomization.yaml".into(), 5))
    );
    assert_eq!(
        line_of(&b, DiagnosticKind::HelmCharts),
        Some(("/k/kustomization.yaml".into(), 6))
    );
}

#[test]
fn cycles_of_bases_and_deep_chains_stop_with_a_diagnostic() {
    let fs = MemFs::new()
        .with("/k/a/kustomization.yaml", "resources:\n- ../b\n")
        .with("/k/b/kustomization.yaml", "resources:\n- ../a\n");
    let b = build(Path::new("/k/a"), &fs, Limits::default());
    assert_eq!(
        line_of(&b, DiagnosticKind::Cycle),
        Some(("/k/b/kustomization.yaml".into(), 2))
    );

    let mut fs = MemFs::new();
    for i in 0..200 {
        fs.add(
            format!("/d/{i}/kustomization.yaml"),
            format!("resources:\n- ../{}\n", i + 1),
        );
    }
    let b = build(Path::new("/d/0"), &fs, Limits::default());
    assert!(
        b.diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::Limit)
    );
}

#[test]
fn files_outside_the_kustomization_directory_are_refused() {
    let fs = MemFs::new()
        .with(
            "/k/app/kustomization.yaml",
            "resources:\n- ../secret.yaml\n",
        )
        .with(
            "/k/secret.yaml",
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n",
        );
    let b = build(Path::new("/k/app"), &fs, Limits::default());
    assert!(b.objects.is_empty());
    assert_eq!(
        line_of(&b, DiagnosticKind::Invalid),
        Some(("/k/app/kustomization.yaml".into(), 2))
    );
}

#[test]
fn a_directory_without_kustomization_and_broken_yaml_are_diagnosed() {
    let fs = MemFs::new().with("/k/x.yaml", "a: 1\n");
    let b = build(Path::new("/k"), &fs, Limits::default());
    assert_eq!(b.diagnostics[0].kind, DiagnosticKind::MissingFile);

    let fs = MemFs::new()
        .with("/k/kustomization.yaml", "resources:\n- bad.yaml\n")
        .with("/k/bad.yaml", "kind: [unclosed\n");
    let b = build(Path::new("/k"), &fs, Limits::default());
    assert_eq!(
        line_of(&b, DiagnosticKind::ParseError),
        Some(("/k/bad.yaml".into(), 1))
    );
}

fn origin_of<'a>(root: &'a Node, path: &str) -> (&'a Node, Option<(String, u32, String)>) {
    let mut n = root;
    for key in path.split('.') {
        n = match key.parse::<usize>() {
            Ok(i) => n.items().nth(i).expect(key),
            Err(_) => n.get(key).expect(key),
        };
    }
    let o = n.origin.as_ref().map(|o| {
        let lc = o.file.lines.line_col(&o.file.text, o.span.start());
        (o.file.display().to_string(), lc.line, o.note.clone())
    });
    (n, o)
}

#[test]
fn nodes_point_at_the_file_and_line_that_produced_them() {
    let fs = MemFs::new()
        .with(
            "/k/base/kustomization.yaml",
            "resources:\n- deploy.yaml\n",
        )
        .with(
            "/k/base/deploy.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: web:1\n",
        )
        .with(
            "/k/prod/kustomization.yaml",
            "resources:\n- ../base\nnamespace: prod\nimages:\n- name: web\n  newTag: \"2\"\npatches:\n- path: patch.yaml\n",
        )
        .with(
            "/k/prod/patch.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        securityContext:\n          runAsNonRoot: true\n",
        );
    let b = build(Path::new("/k/prod"), &fs, Limits::default());
    assert!(b.diagnostics.is_empty(), "{:?}", b.diagnostics);
    let obj = &b.objects[0];
    assert_eq!(obj.file.display(), "/k/base/deploy.yaml");

    // Untouched: its own span, no origin.
    let (name, o) = origin_of(&obj.root, "metadata.name");
    assert!(o.is_none());
    assert_eq!(obj.file.slice(name.span), "web");

    // Set by a kustomization field.
    let (_, o) = origin_of(&obj.root, "metadata.namespace");
    let (file, line, note) = o.expect("namespace origin");
    assert_eq!((file.as_str(), line), ("/k/prod/kustomization.yaml", 3));
    assert!(note.contains("`namespace`"), "{note}");

    let (_, o) = origin_of(&obj.root, "spec.template.spec.containers.0.image");
    let (file, line, _) = o.expect("image origin");
    assert_eq!((file.as_str(), line), ("/k/prod/kustomization.yaml", 5));

    // Written by a patch: the patch file's line; the span stays inside the object's file.
    let (n, o) = origin_of(
        &obj.root,
        "spec.template.spec.containers.0.securityContext.runAsNonRoot",
    );
    let (file, line, note) = o.expect("patch origin");
    assert_eq!((file.as_str(), line), ("/k/prod/patch.yaml", 11));
    assert!(note.contains("patch"), "{note}");
    assert!(n.span.end() <= obj.file.text.len());
}

#[test]
fn inline_patches_point_into_the_kustomization() {
    let fs = MemFs::new()
        .with(
            "/k/kustomization.yaml",
            "resources:\n- cm.yaml\npatches:\n- patch: |-\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: c\n    data:\n      added: x\n",
        )
        .with("/k/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  kept: y\n");
    let b = build(Path::new("/k"), &fs, Limits::default());
    assert!(b.diagnostics.is_empty(), "{:?}", b.diagnostics);
    let (n, o) = origin_of(&b.objects[0].root, "data.added");
    let (file, line, _) = o.expect("origin");
    assert_eq!((file.as_str(), line), ("/k/kustomization.yaml", 10));
    let origin = n.origin.as_ref().expect("origin");
    assert_eq!(origin.file.slice(origin.span), "x");
}
