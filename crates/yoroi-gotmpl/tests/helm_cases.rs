//! Replays `tests/cases.txt`: every expectation there was produced by Helm 3.17 (`oracle/helm_oracle.py`).

use std::collections::BTreeMap;

use yoroi_gotmpl::{ExecError, FileId, FuncError, FuncMap, Limits, TemplateSet, Value, execute};

const NAME: &str = "t/templates/_case.tpl";

struct Case {
    name: String,
    values: Option<String>,
    template: String,
    expect: Option<String>,
    error: Option<String>,
}

fn parse_cases(text: &str) -> Vec<Case> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    let mut cases: Vec<Case> = Vec::new();
    let mut section: Option<(String, Vec<&str>)> = None;
    let flush = |cases: &mut Vec<Case>, section: &mut Option<(String, Vec<&str>)>| {
        if let (Some((k, lines)), Some(c)) = (section.take(), cases.last_mut()) {
            let v = lines.join("\n");
            match k.as_str() {
                "values" => c.values = Some(v),
                "template" => c.template = v,
                "expect" => c.expect = Some(v),
                _ => c.error = Some(v),
            }
        }
    };
    for line in text.split('\n') {
        if let Some(name) = line.strip_prefix("=== ") {
            flush(&mut cases, &mut section);
            cases.push(Case {
                name: name.trim().into(),
                values: None,
                template: String::new(),
                expect: None,
                error: None,
            });
        } else if let Some(k) = line
            .strip_prefix("--- ")
            .filter(|k| ["values", "template", "expect", "error"].contains(k))
        {
            flush(&mut cases, &mut section);
            section = Some((k.to_string(), Vec::new()));
        } else if let Some((_, lines)) = section.as_mut() {
            lines.push(line);
        }
    }
    flush(&mut cases, &mut section);
    cases
}

fn from_json(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::NIL,
        serde_json::Value::Bool(b) => Value::bool(*b),
        serde_json::Value::Number(n) => Value::float(n.as_f64().unwrap_or(0.0)),
        serde_json::Value::String(s) => Value::str(s.as_str()),
        serde_json::Value::Array(a) => Value::list(a.iter().map(from_json).collect()),
        serde_json::Value::Object(o) => {
            Value::map(o.iter().map(|(k, v)| (k.clone(), from_json(v))).collect())
        }
    }
}

/// The functions of the tests: Sprig plus a minimal `include`.
fn funcs() -> FuncMap {
    let mut f = FuncMap::sprig();
    f.insert("include", |cx, args| {
        let [name, data] = <[Value; 2]>::try_from(args)
            .map_err(|_| FuncError::Plain("wrong number of args for include".into()))?;
        let name = name.as_str().unwrap_or_default().to_string();
        let s = cx.include(&name, data)?;
        Ok(Value {
            kind: yoroi_gotmpl::Kind::Str(s),
            origin: None,
        })
    });
    f
}

/// Our message in Helm's words: Helm rewrites parse errors and `fail`.
fn error_matches(ours: &str, helm: &str) -> bool {
    if let Some(rest) = helm.strip_prefix("parse error at (") {
        // "parse error at (NAME:LINE): MSG" vs Go's "template: NAME:LINE: MSG"
        let Some((loc, msg)) = rest.split_once("): ") else {
            return false;
        };
        return ours.starts_with(&format!("template: {loc}: ")) && ours.ends_with(msg);
    }
    if let Some(rest) = helm.strip_prefix("execution error at (") {
        let Some((_, msg)) = rest.split_once("): ") else {
            return false;
        };
        return ours.ends_with(&format!("error calling fail: {msg}"));
    }
    ours == helm
}

/// Chunks tile the output, and verbatim template text maps to the same bytes of its source.
fn check_chunks(set: &TemplateSet, r: &yoroi_gotmpl::Rendered, name: &str) {
    let mut at = 0;
    for c in &r.chunks {
        assert_eq!(c.start, at, "{name}: chunks do not tile the output");
        at = c.end;
        if let yoroi_gotmpl::ChunkSource::Text { span, .. } = &*c.source
            && !c.approximate
        {
            let src = set.source_text(span.file).unwrap_or_default();
            assert_eq!(
                &src[span.range()],
                &r.text[c.start..c.end],
                "{name}: text chunk"
            );
        }
    }
    assert_eq!(at, r.text.len(), "{name}: chunks do not cover the output");
}

#[test]
fn helm_cases() {
    let cases = parse_cases(include_str!("cases.txt"));
    assert!(cases.len() > 80);
    let funcs = funcs();
    let mut failures = Vec::new();
    for c in &cases {
        let values = c
            .values
            .as_deref()
            .map_or(serde_json::Value::Object(Default::default()), |v| {
                serde_json::from_str(v).unwrap_or_else(|e| panic!("{}: bad values: {e}", c.name))
            });
        let mut top = BTreeMap::new();
        top.insert("Values".to_string(), from_json(&values));
        let data = Value::map(top);
        let mut set = TemplateSet::new();
        let result: Result<String, String> = match set.parse(NAME, FileId(0), &c.template, &funcs) {
            Err(e) => Err(e.to_string()),
            Ok(()) => execute(&set, NAME, data, &funcs, Limits::default())
                .map(|r| {
                    check_chunks(&set, &r, &c.name);
                    r.text
                })
                .map_err(|e: ExecError| e.root_cause().message.clone()),
        };
        let ok = match (&result, &c.expect, &c.error) {
            (Ok(out), Some(want), _) => out == want,
            (Err(e), _, Some(want)) => error_matches(e, want),
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "{}:\n   ours: {:?}\n   helm: {:?}",
                c.name,
                result,
                c.expect.as_ref().or(c.error.as_ref())
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from Helm:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
