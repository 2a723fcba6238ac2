//! `values.schema.json`: the values a chart is rendered with are checked against the schema of
//! the chart and of each enabled subchart (its values under its name), as Helm does before it
//! renders. A violation is reported where it was made: the values line that set the offending
//! value (the `-f` file that won, or the chart's default), else the schema keyword that asks
//! for what is missing.

use crate::chart::Chart;
use crate::values::{Origins, Table, parse_yaml_value};
use crate::{Diagnostic, DiagnosticKind};
use serde_json::{Map, Number, Value as Json};
use yoroi_gotmpl::{Kind, Value};

/// How many violations of one schema are reported (the rest are counted in the last message).
const MAX_REPORTED: usize = 20;

/// Checks `values` against `chart`'s schema and, recursively, each subchart's values against its
/// own; diagnostics go to `diags`.
pub(crate) fn validate(
    chart: &Chart,
    values: &Table,
    origins: &Origins,
    diags: &mut Vec<Diagnostic>,
) {
    if let Some((file, text)) = &chart.schema {
        validate_one(file, text, values, origins, diags);
    }
    for sub in &chart.subcharts {
        let sub_values = match values.get(&sub.name).map(|v| &v.kind) {
            Some(Kind::Map(m)) => m.borrow().clone(),
            _ => Table::new(),
        };
        validate(sub, &sub_values, origins, diags);
    }
}

fn validate_one(
    file: &str,
    text: &str,
    values: &Table,
    origins: &Origins,
    diags: &mut Vec<Diagnostic>,
) {
    let schema: Json = match serde_json::from_str(text) {
        Ok(s) => s,
        Err(e) => {
            let at = offset_of(text, e.line(), e.column());
            diags.push(diagnostic(
                file,
                Some(at..at),
                format!("values.schema.json is not valid JSON, so the values were not checked against it: {e}"),
            ));
            return;
        }
    };
    let validator = match jsonschema::options()
        .should_validate_formats(false)
        .build(&schema)
    {
        Ok(v) => v,
        Err(e) => {
            diags.push(diagnostic(
                file,
                None,
                format!(
                    "the values were not checked against values.schema.json: {e} \
                     (yoroi never downloads a schema a `$ref` points to)"
                ),
            ));
            return;
        }
    };
    let instance = to_json(&Value::map(values.clone()), 0);
    // spans of the schema's own nodes, for violations with no value to point at
    let mut schema_origins = Origins::default();
    let schema_tree = parse_yaml_value(text, Some((file, &mut schema_origins))).ok();
    let root = Value::map(values.clone());
    let errors: Vec<_> = validator.iter_errors(&instance).collect();
    let total = errors.len();
    for (n, error) in errors.iter().enumerate().take(MAX_REPORTED) {
        let pointer = error.instance_path().as_str();
        let mut message = if pointer.is_empty() {
            format!("values don't meet the chart's schema: {error}")
        } else {
            format!(
                "values don't meet the chart's schema at `{}`: {error}",
                dotted(pointer)
            )
        };
        if n + 1 == MAX_REPORTED && total > MAX_REPORTED {
            message.push_str(&format!(
                " ({} more violations not shown)",
                total - MAX_REPORTED
            ));
        }
        let at_value = node_at(&root, pointer)
            .and_then(|v| v.origin)
            .and_then(|o| origins.get(o));
        match at_value {
            Some(entry) => diags.push(diagnostic(&entry.file, Some(entry.span.clone()), message)),
            None => {
                let span = schema_tree
                    .as_ref()
                    .and_then(|t| deepest_origin(t, error.schema_path().as_str()))
                    .and_then(|o| schema_origins.get(o))
                    .map(|e| e.span.clone());
                diags.push(diagnostic(file, span, message));
            }
        }
    }
}

fn diagnostic(file: &str, span: Option<std::ops::Range<usize>>, message: String) -> Diagnostic {
    Diagnostic {
        file: file.to_string(),
        span,
        message,
        kind: DiagnosticKind::Schema,
    }
}

/// `/image/tag` → `image.tag`, `/args/0` → `args[0]`.
fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    for seg in pointer.split('/').skip(1) {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{seg}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&seg);
        }
    }
    out
}

/// The child of `cur` a JSON pointer segment names.
fn step(cur: &Value, seg: &str) -> Option<Value> {
    let seg = seg.replace("~1", "/").replace("~0", "~");
    match &cur.kind {
        Kind::Map(m) => m.borrow().get(&seg).cloned(),
        Kind::List(l) => seg.parse::<usize>().ok().and_then(|i| l.get(i).cloned()),
        _ => None,
    }
}

/// The value a JSON pointer names, if it exists.
fn node_at(root: &Value, pointer: &str) -> Option<Value> {
    let mut cur = root.clone();
    for seg in pointer.split('/').skip(1) {
        cur = step(&cur, seg)?;
    }
    Some(cur)
}

/// The origin of the deepest node along `pointer` that has one (the schema keyword, or its
/// nearest existing parent).
fn deepest_origin(root: &Value, pointer: &str) -> Option<yoroi_gotmpl::Origin> {
    let mut cur = root.clone();
    let mut best = cur.origin;
    for seg in pointer.split('/').skip(1) {
        let Some(next) = step(&cur, seg) else { break };
        best = next.origin.or(best);
        cur = next;
    }
    best
}

/// A values tree as JSON (Helm validates the values after converting them to JSON).
fn to_json(v: &Value, depth: usize) -> Json {
    if depth > 512 {
        return Json::Null;
    }
    match &v.kind {
        Kind::Nil => Json::Null,
        Kind::Bool(b) => Json::Bool(*b),
        Kind::Int(i) | Kind::Int64(i) => Json::Number((*i).into()),
        Kind::Float(f) => Number::from_f64(*f).map_or(Json::Null, Json::Number),
        Kind::Str(s) => Json::String(s.as_str().to_string()),
        Kind::List(l) => Json::Array(l.iter().map(|x| to_json(x, depth + 1)).collect()),
        Kind::Map(m) => Json::Object(
            m.borrow()
                .iter()
                .map(|(k, x)| (k.clone(), to_json(x, depth + 1)))
                .collect::<Map<String, Json>>(),
        ),
    }
}

/// The byte offset of a 1-based line and column (serde_json's error position).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}
