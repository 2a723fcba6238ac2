//! Hostile templates end with a clear error, in bounded time and memory, never a hang or a stack overflow.
//! (Tests run on 2 MiB threads, smaller than a main thread's stack.)

use yoroi_gotmpl::{
    ErrorKind, FileId, FuncError, FuncMap, Kind, Limits, TemplateSet, Value, execute,
};

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

fn run(src: &str, limits: Limits) -> Result<String, (ErrorKind, String)> {
    let funcs = funcs();
    let mut set = TemplateSet::new();
    set.parse("t", FileId(0), src, &funcs)
        .map_err(|e| (ErrorKind::Exec, e.to_string()))?;
    execute(&set, "t", Value::NIL, &funcs, limits)
        .map(|r| r.text)
        .map_err(|e| (e.kind, e.message))
}

#[test]
fn recursive_template_stops_at_the_depth_limit() {
    let err = run(
        r#"{{ define "r" }}x{{ template "r" . }}{{ end }}{{ template "r" . }}"#,
        Limits::default(),
    )
    .unwrap_err();
    assert_eq!(err.0, ErrorKind::Limit);
    assert!(
        err.1.contains("exceeded maximum template depth (100)"),
        "{}",
        err.1
    );
}

#[test]
fn recursive_include_stops_at_the_depth_limit() {
    let err = run(
        r#"{{ define "r" }}{{ include "r" . | nindent 2 }}{{ end }}{{ include "r" . }}"#,
        Limits::default(),
    )
    .unwrap_err();
    assert_eq!(err.0, ErrorKind::Limit);
    assert!(
        err.1.contains("exceeded maximum template depth")
            || err.1.contains("template nesting exceeds"),
        "{}",
        err.1
    );
}

#[test]
fn nested_controls_inside_recursion_are_bounded() {
    let body = format!(
        "{}{{{{ include \"r\" . }}}}{}",
        "{{ if true }}".repeat(90),
        "{{ end }}".repeat(90)
    );
    let src = format!("{{{{ define \"r\" }}}}{body}{{{{ end }}}}{{{{ include \"r\" . }}}}");
    let err = run(&src, Limits::default()).unwrap_err();
    assert_eq!(err.0, ErrorKind::Limit);
    assert!(
        err.1.contains("template nesting exceeds 200 levels"),
        "{}",
        err.1
    );
}

#[test]
fn deep_parentheses_are_a_parse_error() {
    let src = format!("{{{{ {}1{} }}}}", "(".repeat(100_000), ")".repeat(100_000));
    let err = run(&src, Limits::default()).unwrap_err();
    assert!(err.1.contains("max expression depth exceeded"), "{}", err.1);
    // moderate nesting still works
    let src = format!("{{{{ {}1{} }}}}", "(".repeat(50), ")".repeat(50));
    assert_eq!(run(&src, Limits::default()).unwrap(), "1");
}

#[test]
fn deep_control_nesting_is_a_parse_error() {
    let src = format!(
        "{}x{}",
        "{{ if true }}".repeat(10_000),
        "{{ end }}".repeat(10_000)
    );
    let err = run(&src, Limits::default()).unwrap_err();
    assert!(err.1.contains("max expression depth exceeded"), "{}", err.1);
}

#[test]
fn huge_range_hits_the_collection_limit() {
    let err = run("{{ range until 1000000000 }}x{{ end }}", Limits::default()).unwrap_err();
    assert!(
        err.1.contains("error calling until: result would exceed"),
        "{}",
        err.1
    );
}

#[test]
fn long_loops_hit_the_step_limit() {
    let limits = Limits {
        max_steps: 100_000,
        ..Limits::default()
    };
    let err = run(
        "{{ range until 1000000 }}{{ range until 1000 }}{{ end }}{{ end }}",
        limits,
    )
    .unwrap_err();
    assert_eq!(err.0, ErrorKind::Limit);
    assert!(err.1.contains("evaluation steps"), "{}", err.1);
}

#[test]
fn output_is_bounded() {
    let limits = Limits {
        max_output: 1 << 20,
        ..Limits::default()
    };
    let err = run(
        "{{ range until 100000 }}{{ repeat 100 \"x\" }}{{ end }}",
        limits,
    )
    .unwrap_err();
    assert_eq!(err.0, ErrorKind::Limit);
    assert!(err.1.contains("output exceeds"), "{}", err.1);
    let err = run("{{ repeat 1000000000 \"xxxxxxxxxx\" }}", Limits::default()).unwrap_err();
    assert!(err.1.contains("result would exceed"), "{}", err.1);
}

#[test]
fn exponential_include_fan_out_is_bounded() {
    // each level includes the next twice: 2^40 calls without a step limit
    let mut src = String::new();
    for i in 0..40 {
        src.push_str(&format!("{{{{ define \"l{i}\" }}}}{{{{ include \"l{}\" . }}}}{{{{ include \"l{}\" . }}}}{{{{ end }}}}", i + 1, i + 1));
    }
    src.push_str("{{ define \"l40\" }}x{{ end }}{{ include \"l0\" . }}");
    let limits = Limits {
        max_steps: 200_000,
        ..Limits::default()
    };
    let err = run(&src, limits).unwrap_err();
    assert_eq!(err.0, ErrorKind::Limit, "{}", err.1);
}

#[test]
fn self_referencing_map_prints_without_hanging() {
    let out = run(
        "{{ $d := dict }}{{ $_ := set $d \"self\" $d }}{{ len (printf \"%v\" $d) }}",
        Limits::default(),
    );
    assert!(out.is_ok(), "{out:?}");
    let json = run(
        "{{ $d := dict }}{{ $_ := set $d \"self\" $d }}[{{ toJson $d }}]",
        Limits::default(),
    )
    .unwrap();
    assert_eq!(json, "[]");
}

#[test]
fn unterminated_input_is_a_parse_error() {
    for src in [
        "{{",
        "{{ \"abc",
        "{{ `abc",
        "{{ 'a",
        "{{/* x",
        "{{ (1 }}",
        "{{ 1) }}",
        "{{ range }}{{ end }}",
        "{{ $x := }}",
    ] {
        let err = run(src, Limits::default()).unwrap_err();
        assert!(err.1.starts_with("template: t:1: "), "{src}: {}", err.1);
    }
}

#[test]
fn shared_and_cyclic_maps_are_bounded_in_every_function() {
    // $d holds 30 levels where each level has two keys pointing at the next: 2^30 leaves when walked naively
    let mut src = String::from("{{ $d := dict \"leaf\" 1 }}");
    for _ in 0..30 {
        src.push_str("{{ $d = dict \"a\" $d \"b\" $d }}");
    }
    for (call, ok) in [
        ("{{ len (printf \"%v\" $d) }}", true),
        ("{{ len (toString $d) }}", true),
        ("{{ $_ := toString $d }}{{ $d }}", false),
        ("{{ toJson $d | len }}", true),
        ("{{ deepEqual $d $d }}", true),
        ("{{ $e := deepCopy $d }}", false),
        ("{{ $_ := merge (dict) $d }}", true),
    ] {
        let limits = Limits {
            max_output: 1 << 20,
            ..Limits::default()
        };
        let r = run(&format!("{src}{call}"), limits);
        assert_eq!(r.is_ok(), ok, "{call}: {r:?}");
    }
    // a map that contains itself
    let cyc = "{{ $d := dict }}{{ $_ := set $d \"a\" $d }}{{ $_ := set $d \"b\" $d }}";
    for call in [
        "{{ len (print $d) }}",
        "{{ toJson $d }}",
        "{{ has $d (list $d) }}",
        "{{ $e := deepCopy $d }}",
    ] {
        let limits = Limits {
            max_output: 1 << 20,
            ..Limits::default()
        };
        let r = run(&format!("{cyc}{call}"), limits);
        assert!(
            r.is_ok() || r.as_ref().is_err_and(|e| e.1.contains("too deep")),
            "{call}: {r:?}"
        );
    }
}
