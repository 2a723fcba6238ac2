//! Origins and chunk maps: where every output byte came from, through include, nindent, quote, printf, default.

use std::collections::BTreeMap;

use yoroi_gotmpl::{
    ChunkSource, FileId, FuncError, FuncMap, Kind, Limits, Origin, Rendered, TemplateSet, Value,
    execute, frames,
};

const HELPERS: &str = r#"{{- define "labels" -}}
app: {{ .Values.name | quote }}
tier: web
{{- end }}"#;

const MAIN: &str = r#"metadata:
  labels:
    {{- include "labels" . | nindent 4 }}
  port: {{ .Values.port | default 80 }}
  image: {{ printf "%s:%s" .Values.repo .Values.tag }}
  name: {{ .Values.name | trunc 2 | upper }}
"#;

fn funcs() -> FuncMap {
    let mut f = FuncMap::sprig();
    f.insert("include", |cx, args| {
        let name = args
            .first()
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let data = args.get(1).cloned().unwrap_or_default();
        let s = cx.include(&name, data).map_err(FuncError::Nested)?;
        Ok(Kind::Str(s).into())
    });
    f
}

fn render() -> (TemplateSet, Rendered) {
    let funcs = funcs();
    let mut set = TemplateSet::new();
    set.parse("_helpers.tpl", FileId(1), HELPERS, &funcs)
        .unwrap();
    set.parse("main.yaml", FileId(2), MAIN, &funcs).unwrap();
    let mut values = BTreeMap::new();
    values.insert(
        "name".to_string(),
        Value::str("web").with_origin(Some(Origin(10))),
    );
    values.insert(
        "repo".to_string(),
        Value::str("r").with_origin(Some(Origin(11))),
    );
    values.insert(
        "tag".to_string(),
        Value::str("t").with_origin(Some(Origin(12))),
    );
    let mut top = BTreeMap::new();
    top.insert("Values".to_string(), Value::map(values));
    let out = execute(
        &set,
        "main.yaml",
        Value::map(top),
        &funcs,
        Limits::default(),
    )
    .unwrap();
    (set, out)
}

/// Chunks tile the output; verbatim text chunks have their source's length (and, unless a function rewrote them,
/// its bytes).
fn check_invariants(set: &TemplateSet, out: &Rendered) {
    let mut at = 0;
    for c in &out.chunks {
        assert_eq!(c.start, at, "chunks must tile the output: {:?}", out.chunks);
        assert!(c.end > c.start);
        at = c.end;
        if let ChunkSource::Text { span, .. } = &*c.source {
            assert!(!c.approximate);
            let src = set.source_text(span.file).unwrap();
            assert_eq!(&src[span.range()], &out.text[c.start..c.end]);
        }
    }
    assert_eq!(at, out.text.len());
}

fn find(out: &Rendered, needle: &str) -> usize {
    out.text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {:?}", out.text))
}

#[test]
fn output_is_as_helm_renders_it() {
    let (_, out) = render();
    assert_eq!(
        out.text,
        "metadata:\n  labels:\n    app: \"web\"\n    tier: web\n  port: 80\n  image: r:t\n  name: WE\n"
    );
}

#[test]
fn chunks_tile_the_output_and_text_maps_to_source_bytes() {
    let (set, out) = render();
    check_invariants(&set, &out);
}

#[test]
fn a_value_inside_an_included_template_points_at_its_origin_and_the_include_chain() {
    let (set, out) = render();
    let at = find(&out, "\"web\"") + 1;
    let c = out.chunk_at(at).unwrap();
    let ChunkSource::Action {
        span,
        origin,
        stack,
    } = &*c.source
    else {
        panic!("{c:?}")
    };
    assert_eq!(*origin, Some(Origin(10)));
    assert_eq!(span.file, FileId(1));
    assert_eq!(&HELPERS[span.range()], "{{ .Values.name | quote }}");
    let chain: Vec<_> = frames(stack).collect();
    assert_eq!(chain.len(), 1);
    assert_eq!(&*chain[0].name, "labels");
    assert_eq!(set.source_name(chain[0].call_site.file), Some("main.yaml"));
    assert_eq!(&MAIN[chain[0].call_site.range()], "include \"labels\" .");
    // the quotes added by `quote` belong to the same action
    let q = out.chunk_at(at - 1).unwrap();
    assert!(matches!(&*q.source, ChunkSource::Action { span: s, .. } if s == span));
}

#[test]
fn included_text_keeps_its_template_span_through_nindent() {
    let (_, out) = render();
    let at = find(&out, "tier: web");
    let c = out.chunk_at(at).unwrap();
    let ChunkSource::Text { span, stack } = &*c.source else {
        panic!("{c:?}")
    };
    assert_eq!(span.file, FileId(1));
    assert_eq!(
        &HELPERS[span.start as usize..span.start as usize + 9],
        "tier: web"
    );
    assert_eq!(frames(stack).count(), 1);
    // the indentation nindent inserted belongs to the calling action in main.yaml
    let pad = out.chunk_at(at - 2).unwrap();
    let ChunkSource::Action {
        span,
        origin,
        stack,
    } = &*pad.source
    else {
        panic!("{pad:?}")
    };
    assert_eq!(span.file, FileId(2));
    assert!(MAIN[span.range()].starts_with("{{- include"));
    assert_eq!(*origin, None);
    assert!(stack.is_none());
}

#[test]
fn default_with_a_literal_points_at_the_action_without_origin() {
    let (_, out) = render();
    let c = out.chunk_at(find(&out, "80")).unwrap();
    let ChunkSource::Action { span, origin, .. } = &*c.source else {
        panic!("{c:?}")
    };
    assert_eq!(*origin, None);
    assert_eq!(&MAIN[span.range()], "{{ .Values.port | default 80 }}");
}

#[test]
fn printf_gives_each_substituted_value_its_own_origin() {
    let (_, out) = render();
    let at = find(&out, "r:t");
    let origin_at = |i: usize| match &*out.chunk_at(i).unwrap().source {
        ChunkSource::Action { origin, .. } => *origin,
        ChunkSource::Text { .. } => panic!("text"),
    };
    assert_eq!(origin_at(at), Some(Origin(11)));
    assert_eq!(origin_at(at + 1), None);
    assert_eq!(origin_at(at + 2), Some(Origin(12)));
}

#[test]
fn origins_flow_through_string_functions() {
    let (_, out) = render();
    let c = out.chunk_at(find(&out, "WE")).unwrap();
    assert!(
        matches!(
            &*c.source,
            ChunkSource::Action {
                origin: Some(Origin(10)),
                ..
            }
        ),
        "{c:?}"
    );
}

#[test]
fn field_access_and_default_keep_the_chosen_values_origin() {
    let funcs = funcs();
    let mut set = TemplateSet::new();
    set.parse(
        "x",
        FileId(0),
        "{{ default \"d\" .a }}|{{ default .b .a }}|{{ ternary .a .b false }}",
        &funcs,
    )
    .unwrap();
    let mut m = BTreeMap::new();
    m.insert("a".to_string(), Value::str("").with_origin(Some(Origin(1))));
    m.insert(
        "b".to_string(),
        Value::str("B").with_origin(Some(Origin(2))),
    );
    let out = execute(&set, "x", Value::map(m), &funcs, Limits::default()).unwrap();
    assert_eq!(out.text, "d|B|B");
    let origin_at = |i: usize| match &*out.chunk_at(i).unwrap().source {
        ChunkSource::Action { origin, .. } => *origin,
        ChunkSource::Text { .. } => None,
    };
    assert_eq!(origin_at(0), None);
    assert_eq!(origin_at(2), Some(Origin(2)));
    assert_eq!(origin_at(4), Some(Origin(2)));
}

#[test]
fn trimming_an_included_string_keeps_exact_text_offsets() {
    let funcs = funcs();
    let mut set = TemplateSet::new();
    let src =
        "{{ define \"d\" }}\n  hello world  \n{{ end }}[{{ include \"d\" . | trim | trunc 7 }}]";
    set.parse("x", FileId(0), src, &funcs).unwrap();
    let out = execute(&set, "x", Value::NIL, &funcs, Limits::default()).unwrap();
    assert_eq!(out.text, "[hello w]");
    check_invariants(&set, &out);
    let c = out.chunk_at(1).unwrap();
    let ChunkSource::Text { span, .. } = &*c.source else {
        panic!("{c:?}")
    };
    assert_eq!(&src[span.range()], "hello w");
}

#[test]
fn a_rewritten_string_is_marked_approximate() {
    let funcs = funcs();
    let mut set = TemplateSet::new();
    let src = "{{ define \"d\" }}a\"b{{ end }}{{ include \"d\" . | quote }}";
    set.parse("x", FileId(0), src, &funcs).unwrap();
    let out = execute(&set, "x", Value::NIL, &funcs, Limits::default()).unwrap();
    assert_eq!(out.text, "\"a\\\"b\"");
    assert!(out.chunks.iter().any(|c| c.approximate));
    assert!(
        out.chunks
            .iter()
            .all(
                |c| !matches!(&*c.source, ChunkSource::Text { .. }) || c.approximate || {
                    let ChunkSource::Text { span, .. } = &*c.source else {
                        unreachable!()
                    };
                    src[span.range()] == out.text[c.start..c.end]
                }
            )
    );
}

#[test]
fn case_mapping_an_included_string_marks_changed_text_approximate() {
    let funcs = funcs();
    let mut set = TemplateSet::new();
    let src =
        "{{ define \"d\" }}ab-{{ .x }}{{ end }}{{ include \"d\" (dict \"x\" \"1\") | upper }}";
    set.parse("x", FileId(0), src, &funcs).unwrap();
    let out = execute(&set, "x", Value::NIL, &funcs, Limits::default()).unwrap();
    assert_eq!(out.text, "AB-1");
    let c = out.chunk_at(0).unwrap();
    assert!(c.approximate && matches!(&*c.source, ChunkSource::Text { .. }));
    assert!(!out.chunk_at(3).unwrap().approximate);
}

#[test]
fn the_most_used_chart_functions_exist() {
    // the most used functions of public charts, minus the Helm layer's (toYaml, include, tpl, required, lookup)
    let f = FuncMap::sprig();
    for name in [
        "default",
        "nindent",
        "printf",
        "quote",
        "not",
        "trimSuffix",
        "trunc",
        "list",
        "eq",
        "dict",
        "ne",
        "contains",
        "empty",
        "b64enc",
        "print",
        "append",
        "join",
        "ternary",
        "omit",
        "index",
        "without",
        "sha256sum",
        "genCA",
        "genSignedCert",
        "int",
        "fail",
        "toString",
        "indent",
        "toJson",
        "fromJson",
        "semverCompare",
        "regexMatch",
        "merge",
        "mergeOverwrite",
        "hasKey",
        "keys",
        "set",
        "get",
        "pluck",
        "upper",
        "lower",
        "replace",
        "trim",
        "hasPrefix",
        "split",
        "splitList",
        "first",
        "last",
        "until",
        "randAlphaNum",
        "uuidv4",
        "now",
        "date",
        "deepCopy",
        "dig",
        "kindIs",
        "typeOf",
        "coalesce",
        "len",
    ] {
        assert!(f.contains(name), "{name}");
    }
    eprintln!("{} functions: {}", f.names().len(), f.names().join(" "));
}

#[test]
fn tpl_renders_a_string_with_every_template_in_reach_and_its_own_file_id() {
    let mut funcs = funcs();
    funcs.insert("tpl", |cx, args| {
        let text = args
            .first()
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let data = args.get(1).cloned().unwrap_or_default();
        // the caller gives the string its own source id (here: the id of the values entry)
        let s = cx
            .tpl("values.yaml:tpl", FileId(99), &text, data)
            .map_err(FuncError::Nested)?;
        Ok(Kind::Str(s).into())
    });
    let mut set = TemplateSet::new();
    let src = "{{ define \"name\" }}web{{ end }}{{ tpl .t . }}|{{ tpl \"{{ define \\\"x\\\" }}X{{ end }}{{ template \\\"x\\\" }}\" . }}";
    set.parse("main", FileId(1), src, &funcs).unwrap();
    let mut m = BTreeMap::new();
    m.insert(
        "t".to_string(),
        Value::str("host-{{ include \"name\" . }}").with_origin(Some(Origin(7))),
    );
    let out = execute(&set, "main", Value::map(m), &funcs, Limits::default()).unwrap();
    assert_eq!(out.text, "host-web|X");
    let c = out.chunk_at(0).unwrap();
    let ChunkSource::Text { span, stack } = &*c.source else {
        panic!("{c:?}")
    };
    assert_eq!(span.file, FileId(99));
    assert_eq!(&*frames(stack).next().unwrap().name, "values.yaml:tpl");
    // a template the tpl text defined is gone afterwards
    assert!(!set.contains("x"));
    // a parse error in the string is an error of the tpl call
    let mut m = BTreeMap::new();
    m.insert("t".to_string(), Value::str("{{ nope }}"));
    let err = execute(&set, "main", Value::map(m), &funcs, Limits::default()).unwrap_err();
    assert!(
        err.message.contains(
            "error calling tpl: template: values.yaml:tpl:1: function \"nope\" not defined"
        ),
        "{}",
        err.message
    );
}
