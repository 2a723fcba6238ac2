//! Render parity: every case of `testdata/charts/*/cases.txt` rendered by yoroi equals, object for object, what
//! `helm template` rendered (`expected-NAME.yaml`, written by `oracle/helm_compare.py --write`).

use std::path::{Path, PathBuf};

use yoroi_helm::{ChunkSource, DiagnosticKind, DiskFs, RenderOptions, Rendered, render};
use yoroi_syntax::LineIndex;
use yoroi_syntax::yaml::{YamlLimits, parse_stream};

fn objects(text: &str) -> Vec<String> {
    let stream = parse_stream(text, &LineIndex::new(text), YamlLimits::default());
    assert!(stream.errors.is_empty(), "{:?}\n{text}", stream.errors);
    let mut v: Vec<String> = stream
        .documents
        .iter()
        .map(|d| d.root.to_json())
        .filter(|j| !j.is_null())
        .map(|j| j.to_string())
        .collect();
    v.sort();
    v
}

fn charts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/charts")
}

fn render_case(chart: &Path, args: &[&str]) -> Rendered {
    let mut opts = RenderOptions::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let v = it.next().expect("flag value");
        match *a {
            "-f" => opts.values_files.push(chart.join(v)),
            "--set" => opts.set.push(v.to_string()),
            "--set-string" => opts.set_string.push(v.to_string()),
            other => panic!("unknown flag {other}"),
        }
    }
    let fs = DiskFs::new(chart.join("chart")).unwrap();
    render(Path::new(""), &fs, &opts)
}

fn text_of(r: &Rendered) -> String {
    r.manifests
        .iter()
        .map(|m| format!("---\n# Source: {}\n{}\n", m.source, m.text))
        .collect()
}

#[test]
fn every_test_chart_renders_as_helm_does() {
    let mut cases = 0;
    for entry in std::fs::read_dir(charts_dir()).unwrap() {
        let chart = entry.unwrap().path();
        let Ok(list) = std::fs::read_to_string(chart.join("cases.txt")) else {
            continue;
        };
        for line in list
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let mut words = line.split_whitespace();
            let name = words.next().unwrap();
            let args: Vec<&str> = words.collect();
            let r = render_case(&chart, &args);
            let bad: Vec<_> = r
                .diagnostics
                .iter()
                .filter(|d| d.kind != DiagnosticKind::Note)
                .collect();
            assert!(bad.is_empty(), "{}/{name}: {bad:?}", chart.display());
            let expected =
                std::fs::read_to_string(chart.join(format!("expected-{name}.yaml"))).unwrap();
            assert_eq!(
                objects(&text_of(&r)),
                objects(&expected),
                "{}/{name}",
                chart.display()
            );
            cases += 1;
        }
    }
    assert!(cases >= 5, "only {cases} cases");
}

#[test]
fn chunks_tile_each_manifest_and_values_point_at_their_line() {
    let r = render_case(&charts_dir().join("basic"), &[]);
    for m in &r.manifests {
        let mut at = 0;
        for c in &m.chunks {
            assert_eq!(c.start, at, "{}", m.source);
            at = c.end;
            if let ChunkSource::Text { span, .. } = &*c.source
                && span.file != yoroi_helm::TPL_FILE
            {
                let src = &r.templates[span.file.0 as usize].text;
                assert_eq!(&src[span.range()], &m.text[c.start..c.end]);
            }
        }
        assert!(m.chunks.is_empty() || at == m.text.len(), "{}", m.source);
    }
    // `replicas: 3` in the Deployment comes from values.yaml's `replicas`
    let dep = r
        .manifests
        .iter()
        .find(|m| m.text.contains("kind: Deployment"))
        .unwrap();
    let at = dep.text.find("replicas: 3").unwrap() + "replicas: ".len();
    let chunk = dep
        .chunks
        .iter()
        .find(|c| c.start <= at && at < c.end)
        .unwrap();
    let ChunkSource::Action { origin, .. } = &*chunk.source else {
        panic!("{chunk:?}")
    };
    let o = r.origins.get(origin.unwrap()).unwrap();
    assert_eq!(o.file, "values.yaml");
    assert_eq!(o.key_path, "replicas");
    // a leaf printed by toYaml keeps its own origin
    let at = dep.text.find("memory: 128Mi").unwrap() + "memory: ".len();
    let chunk = dep
        .chunks
        .iter()
        .find(|c| c.start <= at && at < c.end)
        .unwrap();
    let ChunkSource::Action { origin, .. } = &*chunk.source else {
        panic!("{chunk:?}")
    };
    assert_eq!(
        r.origins.get(origin.unwrap()).unwrap().key_path,
        "resources.limits.memory"
    );
}

#[test]
fn a_set_value_and_a_values_file_value_name_their_source() {
    let r = render_case(
        &charts_dir().join("basic"),
        &["-f", "override-1.yaml", "--set", "image.tag=v2"],
    );
    let dep = r
        .manifests
        .iter()
        .find(|m| m.text.contains("kind: Deployment"))
        .unwrap();
    let origin_at = |needle: &str| {
        let at = dep.text.find(needle).unwrap();
        let c = dep
            .chunks
            .iter()
            .find(|c| c.start <= at && at < c.end)
            .unwrap();
        match &*c.source {
            ChunkSource::Action { origin, .. } => r.origins.get(origin.unwrap()).unwrap().clone(),
            other => panic!("{other:?}"),
        }
    };
    let o = origin_at("busybox");
    assert!(o.file.ends_with("override-1.yaml"), "{o:?}");
    assert_eq!(o.key_path, "image.repository");
    let o = origin_at("v2\"");
    assert_eq!(
        (o.file.as_str(), o.key_path.as_str()),
        ("--set", "image.tag")
    );
}

#[test]
fn a_missing_dependency_is_reported_at_its_entry_and_the_rest_renders() {
    let dir = tempfile::tempdir().unwrap();
    let chart_yaml = "apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n";
    std::fs::write(dir.path().join("Chart.yaml"), chart_yaml).unwrap();
    std::fs::create_dir(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/cm.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Chart.Name }}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("templates/bad.yaml"),
        "x: {{ required \"x is required\" .Values.x }}\n",
    )
    .unwrap();
    let fs = DiskFs::new(dir.path()).unwrap();
    let r = render(Path::new(""), &fs, &RenderOptions::default());
    assert_eq!(r.manifests.len(), 1);
    assert_eq!(r.manifests[0].source, "app/templates/cm.yaml");
    let missing = r
        .diagnostics
        .iter()
        .find(|d| d.kind == DiagnosticKind::MissingDependency)
        .unwrap();
    assert_eq!(missing.file, "Chart.yaml");
    assert!(chart_yaml[missing.span.clone().unwrap()].starts_with("name: redis"));
    let failed = r
        .diagnostics
        .iter()
        .find(|d| d.kind == DiagnosticKind::Template)
        .unwrap();
    assert_eq!(failed.file, "templates/bad.yaml");
    assert!(
        failed.message.contains("x is required"),
        "{}",
        failed.message
    );
}

#[test]
fn reads_stay_inside_the_chart_directory() {
    let dir = tempfile::tempdir().unwrap();
    let chart = dir.path().join("c");
    std::fs::create_dir_all(chart.join("templates")).unwrap();
    std::fs::write(dir.path().join("secret.txt"), "s3cr3t").unwrap();
    std::fs::write(
        chart.join("Chart.yaml"),
        "apiVersion: v2\nname: c\nversion: 1.0.0\n",
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("secret.txt"), chart.join("leak.txt")).unwrap();
    std::fs::write(
        chart.join("templates/cm.yaml"),
        "kind: ConfigMap\ndata:\n  leak: {{ .Files.Get \"leak.txt\" | quote }}\n",
    )
    .unwrap();
    let fs = DiskFs::new(&chart).unwrap();
    let r = render(Path::new(""), &fs, &RenderOptions::default());
    assert!(!text_of(&r).contains("s3cr3t"), "{}", text_of(&r));
}

#[test]
fn values_breaking_the_schema_are_reported_at_the_line_that_set_them() {
    let dir = tempfile::tempdir().unwrap();
    let write = |rel: &str, text: &str| {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    write("Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n");
    write("values.yaml", "replicas: 1\nimage:\n  tag: latest\n");
    let schema = r#"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "required": ["image", "port"],
  "properties": {
    "replicas": {"type": "integer", "minimum": 1},
    "image": {"type": "object", "properties": {"tag": {"type": "string"}}}
  }
}
"#;
    write("values.schema.json", schema);
    write(
        "templates/cm.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  r: {{ .Values.replicas | quote }}\n",
    );
    write("prod.yaml", "replicas: \"three\"\n");
    let mut opts = RenderOptions::default();
    opts.values_files.push(dir.path().join("prod.yaml"));
    let fs = DiskFs::new(dir.path()).unwrap();
    let r = render(Path::new(""), &fs, &opts);
    let schema_diags: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::Schema)
        .collect();
    assert_eq!(schema_diags.len(), 2, "{schema_diags:?}");
    // the wrong type is reported in the -f file that won, at the value
    let wrong = schema_diags
        .iter()
        .find(|d| d.message.contains("`replicas`"))
        .unwrap();
    assert!(wrong.file.ends_with("prod.yaml"), "{wrong:?}");
    let prod = "replicas: \"three\"\n";
    assert_eq!(&prod[wrong.span.clone().unwrap()], "\"three\"");
    // a missing required key is reported at the schema's `required`
    let missing = schema_diags
        .iter()
        .find(|d| d.message.contains("port"))
        .unwrap();
    assert_eq!(missing.file, "values.schema.json");
    let line = schema[..missing.span.clone().unwrap().start]
        .lines()
        .count();
    assert_eq!(line, 4, "{missing:?}");
    // the chart still renders, so its objects are still checked
    assert_eq!(r.manifests.len(), 1);

    // values that meet the schema give nothing
    write(
        "values.yaml",
        "replicas: 2\nport: 80\nimage:\n  tag: \"1.0\"\n",
    );
    let r = render(Path::new(""), &fs, &RenderOptions::default());
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.kind != DiagnosticKind::Schema),
        "{:?}",
        r.diagnostics
    );
}

#[test]
fn a_schema_that_cannot_be_used_is_said_so_and_never_fetched() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Chart.yaml"),
        "apiVersion: v2\nname: app\nversion: 0.1.0\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("values.schema.json"),
        r#"{"properties": {"a": {"$ref": "https://example.invalid/defs.json#/a"}}}"#,
    )
    .unwrap();
    let fs = DiskFs::new(dir.path()).unwrap();
    let r = render(Path::new(""), &fs, &RenderOptions::default());
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.kind == DiagnosticKind::Schema)
        .expect("a schema diagnostic");
    assert!(d.message.contains("not checked"), "{d:?}");
    std::fs::write(dir.path().join("values.schema.json"), "{ not json").unwrap();
    let r = render(Path::new(""), &fs, &RenderOptions::default());
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.kind == DiagnosticKind::Schema)
        .expect("a schema diagnostic");
    assert!(d.message.contains("not valid JSON"), "{d:?}");
}
