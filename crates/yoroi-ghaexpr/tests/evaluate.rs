use yoroi_ghaexpr::{
    Condition, ContextPath, Value, condition, evaluate, nothing_known, number_to_string, parse,
    parse_number, truthiness,
};

fn eval(src: &str) -> Option<Value> {
    evaluate(
        &parse(src).unwrap_or_else(|e| panic!("{src}: {e}")),
        &nothing_known,
    )
}

fn b(src: &str) -> bool {
    match eval(src) {
        Some(Value::Bool(b)) => b,
        other => panic!("{src} gave {other:?}"),
    }
}

fn s(src: &str) -> String {
    match eval(src) {
        Some(Value::String(s)) => s,
        other => panic!("{src} gave {other:?}"),
    }
}

#[test]
fn loose_equality_converts_mismatched_types_to_numbers() {
    // GitHub's documented conversions: null → 0, true → 1, false → 0, strings parsed as
    // JSON-like numbers (NaN otherwise), NaN equal to nothing, strings compared ignoring case.
    assert!(b("null == 0"));
    assert!(b("true == 1"));
    assert!(b("false == 0"));
    assert!(b("'' == 0"));
    assert!(b("'1' == 1"));
    assert!(b("' 1.0 ' == 1"));
    assert!(b("'0x10' == 16"));
    assert!(!b("'abc' == 0"));
    assert!(!b("NaN == NaN"));
    assert!(b("NaN != NaN"));
    assert!(b("'ABC' == 'abc'"));
    assert!(b("'refs/heads/Main' == 'refs/heads/main'"));
    assert!(!b("'true' == true"));
    assert!(b("null == null"));
    assert!(b("null == false"));
    assert!(b("null == ''"));
    assert!(!b("'a' == 'b'"));
    assert!(b("0.1 == 1e-1"));
    assert!(b("-0 == 0"));
}

#[test]
fn containers_compare_by_reference_which_is_unknown_statically() {
    assert_eq!(eval("fromJSON('[]') == fromJSON('[]')"), None);
    // …but an array is never equal to a string.
    assert_eq!(eval("fromJSON('[]') == 'x'"), Some(Value::Bool(false)));
}

#[test]
fn ordering() {
    assert!(b("1 < 2"));
    assert!(b("1 < '2'"));
    assert!(b("'abc' < 'ABD'"));
    assert!(b("null < 1"));
    assert!(b("false < true"));
    assert!(!b("'a' < 1"));
    assert!(!b("'a' >= 1"));
    assert!(b("2 >= 2"));
    assert!(b("'A' <= 'a'"));
    assert!(!b("NaN < 1"));
    assert!(b("1.001 < 1.002"));
}

#[test]
fn not_and_truthiness() {
    for falsy in ["false", "0", "-0", "''", "null", "NaN"] {
        assert!(b(&format!("!{falsy}")), "{falsy}");
    }
    for truthy in [
        "true",
        "1",
        "'0'",
        "'false'",
        "' '",
        "fromJSON('[]')",
        "fromJSON('{}')",
        "-1",
    ] {
        assert!(!b(&format!("!{truthy}")), "{truthy}");
    }
}

#[test]
fn and_or_return_operands() {
    assert_eq!(s("'a' && 'b'"), "b");
    assert_eq!(s("'' && 'b'"), "");
    assert_eq!(s("0 || 'x'"), "x");
    assert_eq!(eval("null || false"), Some(Value::Bool(false)));
    assert_eq!(eval("0 && 'x'"), Some(Value::Number(0.0)));
    // The ternary idiom.
    assert_eq!(s("1 == 1 && 'yes' || 'no'"), "yes");
    assert_eq!(s("1 == 2 && 'yes' || 'no'"), "no");
    // …and its trap: a falsy "then" value falls through to the "else".
    assert_eq!(s("1 == 1 && '' || 'no'"), "no");
}

#[test]
fn functions() {
    assert!(b("contains('Hello world', 'llo')"));
    assert!(b("contains('Hello world', 'LLO')"));
    assert!(b("contains(fromJSON('[\"a\", \"B\"]'), 'b')"));
    assert!(!b("contains(fromJSON('[\"ab\"]'), 'a')"));
    assert!(b("contains(fromJSON('[1, 2]'), '2')"));
    assert!(b("contains(123, 2)"));
    assert!(b("startsWith('Hello world', 'he')"));
    assert!(b("endsWith('Hello world', 'LD')"));
    assert!(!b("startsWith(fromJSON('[]'), '')"));
    assert_eq!(
        s("format('Hello {0} {1} {2}', 'Mona', 'the', 'Octocat')"),
        "Hello Mona the Octocat"
    );
    assert_eq!(
        s("format('{{Hello {0} {1} {2}!}}', 'Mona', 'the', 'Octocat')"),
        "{Hello Mona the Octocat!}"
    );
    assert_eq!(s("format('{0}{0}', 1.5)"), "1.51.5");
    assert_eq!(s("format('{0} {1}', true, null)"), "true ");
    assert_eq!(eval("format('{0', 'x')"), None);
    assert_eq!(eval("format('{1}', 'x')"), None);
    assert_eq!(eval("format('}', 'x')"), None);
    assert_eq!(s("join(fromJSON('[\"a\", \"b\"]'), ', ')"), "a, b");
    assert_eq!(s("join(fromJSON('[\"a\", 1, true]'))"), "a,1,true");
    assert_eq!(s("join('abc')"), "abc");
    assert_eq!(s("toJSON('x')"), "\"x\"");
    assert_eq!(
        s("toJSON(fromJSON('{\"a\":[1,\"x\"],\"b\":{}}'))"),
        "{\n  \"a\": [\n    1,\n    \"x\"\n  ],\n  \"b\": {}\n}"
    );
    assert_eq!(eval("fromJSON('true')"), Some(Value::Bool(true)));
    assert_eq!(eval("fromJSON('3')"), Some(Value::Number(3.0)));
    assert_eq!(eval("fromJSON('not json')"), None);
    assert_eq!(s("case(1 == 2, 'a', 1 == 1, 'b', 'c')"), "b");
    assert_eq!(s("case(false, 'a', 'default')"), "default");
    assert_eq!(
        eval("case('x', 'a', 'b')"),
        None,
        "predicates must be booleans"
    );
    assert_eq!(eval("always()"), Some(Value::Bool(true)));
    assert_eq!(eval("success()"), None);
    assert_eq!(eval("hashFiles('**/go.sum')"), None);
}

#[test]
fn numbers_print_as_github_prints_them() {
    assert_eq!(number_to_string(1.0), "1");
    assert_eq!(number_to_string(-0.0), "0");
    assert_eq!(number_to_string(0.1 + 0.2), "0.3");
    assert_eq!(number_to_string(1.5), "1.5");
    assert_eq!(number_to_string(1e21), "1e+21");
    assert_eq!(number_to_string(123456789.0), "123456789");
    assert_eq!(number_to_string(f64::NAN), "NaN");
    assert_eq!(parse_number(""), Some(0.0));
    assert_eq!(parse_number("  12  "), Some(12.0));
    assert_eq!(parse_number("0b101"), Some(5.0));
    assert_eq!(parse_number("-Infinity"), Some(f64::NEG_INFINITY));
    assert_eq!(parse_number("1e"), None);
    assert_eq!(parse_number("inf"), None);
    assert_eq!(parse_number("1_000"), None);
}

fn ctx(path: &ContextPath) -> Option<Value> {
    let p = path.to_string();
    match p.as_str() {
        "github.event_name" => Some("push".into()),
        "github.ref" => Some("refs/heads/main".into()),
        "matrix" => Some(Value::Object(vec![
            ("os".into(), "ubuntu-latest".into()),
            ("node".into(), Value::Number(20.0)),
        ])),
        "github.event.pull_request.labels" => Some(Value::Array(vec![
            Value::Object(vec![("name".into(), "bug".into())]),
            Value::Object(vec![("name".into(), "safe to test".into())]),
        ])),
        _ => None,
    }
}

#[test]
fn known_contexts() {
    let ev = |src: &str| evaluate(&parse(src).unwrap(), &ctx);
    assert_eq!(ev("github.event_name == 'PUSH'"), Some(Value::Bool(true)));
    // The longest known prefix is used, then indexed.
    assert_eq!(ev("matrix.os"), Some("ubuntu-latest".into()));
    assert_eq!(ev("matrix['NODE'] >= 18"), Some(Value::Bool(true)));
    assert_eq!(ev("matrix.missing"), Some(Value::Null));
    assert_eq!(
        ev("github.event.pull_request.labels.*.name"),
        Some(Value::Array(vec!["bug".into(), "safe to test".into()]))
    );
    assert_eq!(
        ev("contains(github.event.pull_request.labels.*.name, 'Safe To Test')"),
        Some(Value::Bool(true))
    );
    assert_eq!(
        ev("github.event.pull_request.labels[1].name"),
        Some("safe to test".into())
    );
    assert_eq!(ev("steps.x.outputs.y"), None);
    assert_eq!(
        ev("format('{0}-{1}', matrix.os, matrix.node)"),
        Some("ubuntu-latest-20".into())
    );
}

#[test]
fn three_valued_truthiness() {
    let t = |src: &str| truthiness(&parse(src).unwrap(), &ctx);
    assert_eq!(t("env.x && false"), Some(false));
    assert_eq!(t("env.x || true"), Some(true));
    assert_eq!(t("env.x && true"), None);
    assert_eq!(t("success() || always()"), Some(true));
    assert_eq!(
        t("!cancelled() && github.event_name == 'pull_request'"),
        Some(false)
    );
    assert_eq!(
        t("github.ref == 'refs/heads/main' && (env.a || !env.a || true)"),
        Some(true)
    );
    assert_eq!(t("!(env.x && false)"), Some(true));
    assert_eq!(t("steps.x.outputs.y"), None);
}

#[test]
fn conditions() {
    let c = condition("github.event_name == 'push'");
    assert!(matches!(c, Condition::Bare(_)));
    assert_eq!(c.truthiness(&ctx), Some(true));
    assert!(!c.always_true_string());

    let c = condition("${{ github.event_name != 'push' }}");
    assert!(matches!(c, Condition::Fenced(_)));
    assert_eq!(c.truthiness(&ctx), Some(false));
    assert!(c.expr().is_some());

    // A `|` block scalar keeps the final newline: the condition is the string "false\n".
    let c = condition("${{ github.event_name != 'push' }}\n");
    assert!(c.always_true_string());
    assert_eq!(c.truthiness(&ctx), Some(true));
    assert!(c.expr().is_none());

    // Text outside the braces: `if: ${{ a }} && b` is a non-empty string.
    let c = condition("${{ github.event_name != 'push' }} && false");
    assert!(c.always_true_string());

    // Only expressions, no literal text: falsy when every part is empty.
    let c = condition("${{ '' }}${{ null }}");
    assert!(!c.always_true_string());
    assert_eq!(c.truthiness(&ctx), Some(false));
    assert_eq!(
        condition("${{ '' }}${{ 'x' }}").truthiness(&ctx),
        Some(true)
    );

    // Invalid bare conditions keep their error.
    let Condition::Bare(e) = condition("github.actor = 'x'") else {
        panic!()
    };
    assert!(e.expr.is_err());
}

#[test]
fn json_round_trip_and_limits() {
    let v = Value::from_json(
        r#"{"a": "\u00e9\n", "b": [1.5, -2e3, null, true], "c": {"d": "\ud83d\ude00"}}"#,
    )
    .unwrap();
    assert_eq!(
        v.get("A").and_then(|a| if let Value::String(s) = a {
            Some(s.as_str())
        } else {
            None
        }),
        Some("é\n")
    );
    let again = Value::from_json(&v.to_json()).unwrap();
    assert_eq!(again, v);
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    assert!(Value::from_json(&deep).is_err());
    assert!(Value::from_json("[1,]").is_err());
    assert!(Value::from_json("{\"a\" 1}").is_err());
}

#[test]
fn case_insensitivity_is_upper_case_ordinal() {
    // GitHub upper-cases both sides: the sigmas meet, a dotted capital I does not meet i.
    assert!(b("startsWith('ς_x', 'Σ')"));
    assert!(b("endsWith('x_σ', 'ς')"));
    assert!(b("'ς' == 'σ'"));
    assert!(!b("startsWith('İx', 'i')"));
}

#[test]
fn index_coercion() {
    let known = |p: &ContextPath| match p.to_string().as_str() {
        "matrix" => Some(Value::Object(vec![
            ("5".into(), "five".into()),
            ("".into(), "empty".into()),
            ("true".into(), "yes".into()),
        ])),
        "github" => Some(Value::Object(vec![(
            "list".into(),
            Value::Array(vec!["zero".into(), "one".into(), "two".into()]),
        )])),
        _ => None,
    };
    let ev = |src: &str| evaluate(&parse(src).unwrap(), &known);
    assert_eq!(ev("matrix[5]"), Some("five".into()));
    assert_eq!(ev("matrix[null]"), Some("empty".into()));
    assert_eq!(ev("matrix[true]"), Some("yes".into()));
    assert_eq!(ev("github.list[true]"), Some("one".into()));
    assert_eq!(ev("github.list[' 0x02 ']"), Some("two".into()));
    assert_eq!(ev("github.list[1.9]"), Some("one".into()));
    assert_eq!(ev("github.list[-1]"), Some(Value::Null));
    assert_eq!(ev("github.list.*"), ev("github.list"));
    // The same container is equal to itself; two different ones cannot be told apart here.
    assert_eq!(ev("matrix == matrix"), Some(Value::Bool(true)));
    assert_eq!(ev("matrix != matrix"), Some(Value::Bool(false)));
    assert_eq!(ev("matrix == github"), None);
}

#[test]
fn status_functions_are_detected() {
    assert!(parse("always() && env.a").unwrap().uses_status_function());
    assert!(parse("!CANCELLED()").unwrap().uses_status_function());
    assert!(
        !parse("github.event_name == 'push'")
            .unwrap()
            .uses_status_function()
    );
}
