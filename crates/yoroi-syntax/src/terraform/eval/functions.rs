//! Terraform's built-in functions that real modules use. Each takes evaluated arguments and returns
//! a value, unknown when an argument it needs is unknown, or an error when Terraform would fail.
//! A function not listed here is unknown — never an error and never a guess.

use super::{EvalError, known_str};
use crate::node::{Entry, Node, Value};
use crate::source::Span;

type Result = std::result::Result<Node, EvalError>;

fn err(message: impl Into<String>) -> EvalError {
    EvalError(message.into())
}

/// The functions evaluated here.
const SUPPORTED: &[&str] = &[
    "lookup",
    "merge",
    "concat",
    "coalesce",
    "coalescelist",
    "compact",
    "distinct",
    "flatten",
    "contains",
    "element",
    "format",
    "join",
    "split",
    "keys",
    "values",
    "length",
    "lower",
    "upper",
    "trimspace",
    "title",
    "chomp",
    "trimprefix",
    "trimsuffix",
    "trim",
    "replace",
    "regex",
    "substr",
    "startswith",
    "endswith",
    "strcontains",
    "tostring",
    "tonumber",
    "tobool",
    "tolist",
    "toset",
    "tomap",
    "max",
    "min",
    "abs",
    "ceil",
    "floor",
    "jsonencode",
    "jsondecode",
    "yamldecode",
    "cidrsubnet",
    "range",
    "zipmap",
    "one",
    "reverse",
    "sort",
    "slice",
    "setunion",
    "base64encode",
    "file",
    "templatefile",
];

/// Calls `name`; `None` when the function is not supported (the caller makes it unknown).
pub(super) fn call(
    name: &str,
    args: Vec<Node>,
    span: Span,
    read_file: &dyn Fn(&str) -> Option<String>,
) -> Option<Result> {
    SUPPORTED
        .contains(&name)
        .then(|| dispatch(name, args, span, read_file))
}

fn dispatch(
    name: &str,
    args: Vec<Node>,
    span: Span,
    read_file: &dyn Fn(&str) -> Option<String>,
) -> Result {
    let n = |value: Value| Ok(Node::new(span, value));
    let unknown = || Ok(Node::unknown(span));
    // Most functions need every argument known; `coalesce`-style ones handle unknowns themselves.
    let needs_known = !matches!(
        name,
        "coalesce"
            | "coalescelist"
            | "try"
            | "can"
            | "length"
            | "tolist"
            | "toset"
            | "concat"
            | "merge"
            | "compact"
            | "flatten"
            | "distinct"
            | "lookup"
            | "element"
            | "keys"
            | "values"
            | "one"
            | "contains"
    );
    if needs_known && args.iter().any(has_unknown) {
        return unknown();
    }
    match name {
        "lookup" => lookup(args, span),
        "merge" => merge(args, span),
        "concat" => concat(args, span),
        "coalesce" => coalesce(args, span),
        "coalescelist" => coalescelist(args, span),
        "compact" => list_fn(args, span, |items| {
            if items.iter().any(Node::is_unknown) {
                return None;
            }
            Some(
                items
                    .into_iter()
                    .filter(|i| !matches!(&i.value, Value::Str(s) if s.is_empty()) && !i.is_null())
                    .collect(),
            )
        }),
        "distinct" => list_fn(args, span, |items| {
            if items.iter().any(has_unknown) {
                return None;
            }
            Some(dedup(items))
        }),
        "flatten" => flatten(args, span),
        "contains" => {
            let [list, value] = take::<2>(args)?;
            if list.is_unknown() || has_unknown(&value) {
                return unknown();
            }
            let items: Vec<&Node> = list.items().collect();
            if items.iter().any(|i| i.is_unknown()) && !items.iter().any(|i| deep_eq(i, &value)) {
                return unknown();
            }
            n(Value::Bool(items.iter().any(|i| deep_eq(i, &value))))
        }
        "element" => {
            let [list, index] = take::<2>(args)?;
            if list.is_unknown() || index.is_unknown() {
                return unknown();
            }
            let items: Vec<Node> = list.items().cloned().collect();
            if items.is_empty() {
                return Err(err("element() of an empty list"));
            }
            let i = index
                .as_i64()
                .ok_or_else(|| err("element() index must be a number"));
            match i {
                Ok(i) => Ok(items[(i.rem_euclid(items.len() as i64)) as usize].clone()),
                Err(e) => Err(e),
            }
        }
        "format" => format_fn(args, span),
        "join" => {
            let [sep, list] = take::<2>(args)?;
            let sep = known_str(&sep)?;
            let parts: Option<Vec<String>> = list.items().map(scalar_string).collect();
            parts.map_or_else(
                || Err(err("join() needs a list of strings")),
                |p| n(Value::Str(p.join(&sep))),
            )
        }
        "split" => {
            let [sep, s] = take::<2>(args)?;
            let (sep, s) = (known_str(&sep)?, known_str(&s)?);
            n(Value::Seq(
                s.split(sep.as_str())
                    .map(|p| Node::new(span, Value::Str(p.to_string())))
                    .collect(),
            ))
        }
        "keys" | "values" => {
            let [map] = take::<1>(args)?;
            if map.is_unknown() {
                return unknown();
            }
            let mut entries: Vec<&Entry> = map.entries().collect();
            entries.sort_by(|a, b| a.key.cmp(&b.key));
            n(Value::Seq(
                entries
                    .into_iter()
                    .map(|e| {
                        if name == "keys" {
                            Node::new(span, Value::Str(e.key.clone()))
                        } else {
                            e.value.clone()
                        }
                    })
                    .collect(),
            ))
        }
        "length" => {
            let [value] = take::<1>(args)?;
            match &value.value {
                Value::Unknown => unknown(),
                Value::Seq(items) => n(Value::Int(items.len() as i64)),
                Value::Map(entries) => n(Value::Int(entries.len() as i64)),
                Value::Str(s) => n(Value::Int(s.chars().count() as i64)),
                _ => Err(err("length() needs a collection or string")),
            }
        }
        "lower" | "upper" | "trimspace" | "title" | "chomp" => {
            let [s] = take::<1>(args)?;
            let s = known_str(&s)?;
            n(Value::Str(match name {
                "lower" => s.to_lowercase(),
                "upper" => s.to_uppercase(),
                "trimspace" => s.trim().to_string(),
                "chomp" => s.trim_end_matches(['\n', '\r']).to_string(),
                _ => s
                    .split(' ')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next().map_or(String::new(), |f| {
                            f.to_uppercase().collect::<String>() + c.as_str()
                        })
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
            }))
        }
        "trimprefix" | "trimsuffix" | "trim" => {
            let [s, t] = take::<2>(args)?;
            let (s, t) = (known_str(&s)?, known_str(&t)?);
            n(Value::Str(match name {
                "trimprefix" => s.strip_prefix(t.as_str()).unwrap_or(&s).to_string(),
                "trimsuffix" => s.strip_suffix(t.as_str()).unwrap_or(&s).to_string(),
                _ => s.trim_matches(|c| t.contains(c)).to_string(),
            }))
        }
        "replace" => {
            let [s, from, to] = take::<3>(args)?;
            let (s, from, to) = (known_str(&s)?, known_str(&from)?, known_str(&to)?);
            if from.len() > 2 && from.starts_with('/') && from.ends_with('/') {
                match regex::Regex::new(&from[1..from.len() - 1]) {
                    Ok(re) => n(Value::Str(
                        re.replace_all(&s, to.replace("$", "$$").as_str())
                            .into_owned(),
                    )),
                    Err(_) => Err(err("invalid regex in replace()")),
                }
            } else {
                n(Value::Str(s.replace(from.as_str(), &to)))
            }
        }
        "regex" => {
            let [pattern, s] = take::<2>(args)?;
            let (pattern, s) = (known_str(&pattern)?, known_str(&s)?);
            let re = regex::Regex::new(&pattern).map_err(|_| err("invalid regex"));
            match re {
                Err(e) => Err(e),
                Ok(re) => match re.captures(&s) {
                    None => Err(err("regex() found no match")),
                    Some(c) if c.len() == 1 => n(Value::Str(c[0].to_string())),
                    Some(c) => {
                        let names: Vec<Option<&str>> = re.capture_names().collect();
                        if names.iter().skip(1).all(Option::is_some) {
                            n(Value::Map(
                                names
                                    .iter()
                                    .enumerate()
                                    .skip(1)
                                    .filter_map(|(i, name)| {
                                        Some(Entry {
                                            key: (*name)?.to_string(),
                                            key_span: span,
                                            value: Node::new(
                                                span,
                                                Value::Str(
                                                    c.get(i).map_or("", |m| m.as_str()).to_string(),
                                                ),
                                            ),
                                        })
                                    })
                                    .collect(),
                            ))
                        } else {
                            n(Value::Seq(
                                (1..c.len())
                                    .map(|i| {
                                        Node::new(
                                            span,
                                            Value::Str(
                                                c.get(i).map_or("", |m| m.as_str()).to_string(),
                                            ),
                                        )
                                    })
                                    .collect(),
                            ))
                        }
                    }
                },
            }
        }
        "substr" => {
            let [s, offset, length] = take::<3>(args)?;
            let s = known_str(&s)?;
            let chars: Vec<char> = s.chars().collect();
            let (Some(offset), Some(length)) = (offset.as_i64(), length.as_i64()) else {
                return Err(err("substr() needs numbers"));
            };
            let start = if offset < 0 {
                (chars.len() as i64 + offset).max(0)
            } else {
                offset.min(chars.len() as i64)
            } as usize;
            let end = if length < 0 {
                chars.len()
            } else {
                (start + length as usize).min(chars.len())
            };
            n(Value::Str(chars[start..end.max(start)].iter().collect()))
        }
        "startswith" | "endswith" | "strcontains" => {
            let [s, p] = take::<2>(args)?;
            let (s, p) = (known_str(&s)?, known_str(&p)?);
            n(Value::Bool(match name {
                "startswith" => s.starts_with(p.as_str()),
                "endswith" => s.ends_with(p.as_str()),
                _ => s.contains(p.as_str()),
            }))
        }
        "tostring" => {
            let [v] = take::<1>(args)?;
            match scalar_string(&v) {
                Some(s) if !v.is_null() => n(Value::Str(s)),
                _ if v.is_null() => Ok(v),
                _ => Err(err("tostring() needs a primitive")),
            }
        }
        "tonumber" => {
            let [v] = take::<1>(args)?;
            match &v.value {
                Value::Int(_) | Value::Float(_) | Value::Null => Ok(v),
                Value::Str(s) => {
                    parse_number(s).map_or_else(|| Err(err("tonumber() of a non-number")), &n)
                }
                _ => Err(err("tonumber() needs a number or string")),
            }
        }
        "tobool" => {
            let [v] = take::<1>(args)?;
            match &v.value {
                Value::Bool(_) | Value::Null => Ok(v),
                Value::Str(s) if s == "true" => n(Value::Bool(true)),
                Value::Str(s) if s == "false" => n(Value::Bool(false)),
                _ => Err(err("tobool() needs a bool")),
            }
        }
        "tolist" | "toset" => {
            let [v] = take::<1>(args)?;
            match &v.value {
                Value::Unknown => unknown(),
                Value::Seq(items) => {
                    if name == "toset" {
                        if items.iter().any(has_unknown) {
                            return unknown();
                        }
                        n(Value::Seq(dedup(items.clone())))
                    } else {
                        Ok(v)
                    }
                }
                _ => Err(err("tolist()/toset() needs a list")),
            }
        }
        "tomap" => {
            let [v] = take::<1>(args)?;
            if v.is_map() {
                Ok(v)
            } else {
                Err(err("tomap() needs an object"))
            }
        }
        "max" | "min" => {
            let nums: Option<Vec<f64>> = flatten_args(args).iter().map(Node::as_f64).collect();
            match nums {
                Some(nums) if !nums.is_empty() => {
                    let v = if name == "max" {
                        nums.iter().cloned().fold(f64::MIN, f64::max)
                    } else {
                        nums.iter().cloned().fold(f64::MAX, f64::min)
                    };
                    n(number(v))
                }
                _ => Err(err("max()/min() need numbers")),
            }
        }
        "abs" | "ceil" | "floor" => {
            let [v] = take::<1>(args)?;
            let Some(x) = v.as_f64() else {
                return Err(err("needs a number"));
            };
            n(number(match name {
                "abs" => x.abs(),
                "ceil" => x.ceil(),
                _ => x.floor(),
            }))
        }
        "jsonencode" => {
            let [v] = take::<1>(args)?;
            n(Value::Str(
                serde_json::to_string(&v.to_json()).unwrap_or_default(),
            ))
        }
        "jsondecode" => {
            let [s] = take::<1>(args)?;
            let s = known_str(&s)?;
            match serde_json::from_str::<serde_json::Value>(&s) {
                Ok(j) => Ok(from_json(&j, span)),
                Err(_) => Err(err("jsondecode() of invalid JSON")),
            }
        }
        "yamldecode" => {
            let [s] = take::<1>(args)?;
            let s = known_str(&s)?;
            let lines = crate::source::LineIndex::new(&s);
            let stream = crate::yaml::parse_stream(&s, &lines, crate::yaml::YamlLimits::default());
            match (
                stream.errors.is_empty(),
                stream.documents.into_iter().next(),
            ) {
                (true, Some(doc)) => Ok(relocate_plain(doc.root, span)),
                (true, None) => n(Value::Null),
                _ => Err(err("yamldecode() of invalid YAML")),
            }
        }
        "cidrsubnet" => {
            let [prefix, newbits, netnum] = take::<3>(args)?;
            let prefix = known_str(&prefix)?;
            match (newbits.as_i64(), netnum.as_i64()) {
                (Some(b), Some(num)) => cidrsubnet(&prefix, b, num)
                    .map_or_else(|| Err(err("invalid cidrsubnet()")), |s| n(Value::Str(s))),
                _ => Err(err("cidrsubnet() needs numbers")),
            }
        }
        "range" => {
            let nums: Option<Vec<f64>> = args.iter().map(Node::as_f64).collect();
            let Some(nums) = nums else {
                return Err(err("range() needs numbers"));
            };
            let (start, end, step) = match nums.as_slice() {
                [end] => (0.0, *end, 1.0),
                [start, end] => (*start, *end, if end >= start { 1.0 } else { -1.0 }),
                [start, end, step] => (*start, *end, *step),
                _ => return Err(err("range() takes 1 to 3 arguments")),
            };
            if step == 0.0 {
                return Err(err("range() step of zero"));
            }
            let mut out = Vec::new();
            let mut x = start;
            while (step > 0.0 && x < end) || (step < 0.0 && x > end) {
                if out.len() >= MAX_RANGE {
                    return unknown();
                }
                out.push(Node::new(span, number(x)));
                x += step;
            }
            n(Value::Seq(out))
        }
        "zipmap" => {
            let [keys, values] = take::<2>(args)?;
            let keys: Option<Vec<String>> = keys.items().map(scalar_string).collect();
            let Some(keys) = keys else {
                return Err(err("zipmap() keys must be strings"));
            };
            let values: Vec<Node> = values.items().cloned().collect();
            if keys.len() != values.len() {
                return Err(err("zipmap() lists differ in length"));
            }
            n(Value::Map(
                keys.into_iter()
                    .zip(values)
                    .map(|(key, value)| Entry {
                        key,
                        key_span: span,
                        value,
                    })
                    .collect(),
            ))
        }
        "one" => {
            let [list] = take::<1>(args)?;
            match &list.value {
                Value::Unknown => unknown(),
                Value::Seq(items) if items.is_empty() => n(Value::Null),
                Value::Seq(items) if items.len() == 1 => Ok(items[0].clone()),
                _ => Err(err("one() of more than one element")),
            }
        }
        "reverse" => list_fn(args, span, |mut items| {
            items.reverse();
            Some(items)
        }),
        "sort" => list_fn(args, span, |items| {
            let mut strings: Vec<String> =
                items.iter().map(scalar_string).collect::<Option<_>>()?;
            strings.sort();
            Some(
                strings
                    .into_iter()
                    .map(|s| Node::new(span, Value::Str(s)))
                    .collect(),
            )
        }),
        "slice" => {
            let [list, start, end] = take::<3>(args)?;
            let items: Vec<Node> = list.items().cloned().collect();
            match (start.as_i64(), end.as_i64()) {
                (Some(s), Some(e)) if s >= 0 && e >= s && (e as usize) <= items.len() => {
                    n(Value::Seq(items[s as usize..e as usize].to_vec()))
                }
                _ => Err(err("slice() out of range")),
            }
        }
        "setunion" => n(Value::Seq(dedup(
            args.iter().flat_map(|a| a.items()).cloned().collect(),
        ))),
        "base64encode" => {
            let [s] = take::<1>(args)?;
            n(Value::Str(base64_encode(known_str(&s)?.as_bytes())))
        }
        "file" => {
            let [path] = take::<1>(args)?;
            let path = known_str(&path)?;
            match read_file(&path) {
                Some(text) => n(Value::Str(text)),
                None => unknown(),
            }
        }
        "templatefile" => unknown(),
        _ => Err(err(format!("unsupported function `{name}`"))),
    }
}

/// The longest list `range()` builds (beyond it the result is unknown, never a huge allocation).
const MAX_RANGE: usize = 100_000;

/// Removes duplicates keeping the first occurrence; linear for primitives.
fn dedup(items: Vec<Node>) -> Vec<Node> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<Node> = Vec::with_capacity(items.len());
    for item in items {
        let key = match &item.value {
            Value::Str(s) => Some(format!("s{s}")),
            Value::Int(i) => Some(format!("n{}", *i as f64)),
            Value::Float(f) => Some(format!("n{f}")),
            Value::Bool(b) => Some(format!("b{b}")),
            Value::Null => Some("null".to_string()),
            _ => None,
        };
        let fresh = match key {
            Some(key) => seen.insert(key),
            None => !out.iter().any(|o| deep_eq(o, &item)),
        };
        if fresh {
            out.push(item);
        }
    }
    out
}

fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::Int(x as i64)
    } else {
        Value::Float(x)
    }
}

fn parse_number(s: &str) -> Option<Value> {
    let t = s.trim();
    if let Ok(i) = t.parse::<i64>() {
        return Some(Value::Int(i));
    }
    t.parse::<f64>()
        .ok()
        .filter(|f| f.is_finite())
        .map(Value::Float)
}

/// Whether a value holds an unknown anywhere.
pub(super) fn has_unknown(node: &Node) -> bool {
    match &node.value {
        Value::Unknown => true,
        Value::Seq(items) => items.iter().any(has_unknown),
        Value::Map(entries) => entries.iter().any(|e| has_unknown(&e.value)),
        _ => false,
    }
}

/// Structural equality of known values.
pub(super) fn deep_eq(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Value::Seq(x), Value::Seq(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| deep_eq(a, b))
        }
        (Value::Map(x), Value::Map(y)) => {
            x.len() == y.len()
                && x.iter().all(|e| {
                    y.iter()
                        .any(|f| f.key == e.key && deep_eq(&e.value, &f.value))
                })
        }
        _ => a.scalar_eq(b),
    }
}

/// A primitive as Terraform converts it to a string.
pub(super) fn scalar_string(node: &Node) -> Option<String> {
    match &node.value {
        Value::Str(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(f) => Some(f.to_string()),
        _ => None,
    }
}

fn take<const N: usize>(args: Vec<Node>) -> std::result::Result<[Node; N], EvalError> {
    let len = args.len();
    args.try_into()
        .map_err(|_| err(format!("expected {N} arguments, got {len}")))
}

fn flatten_args(args: Vec<Node>) -> Vec<Node> {
    args.into_iter()
        .flat_map(|a| match a.value {
            Value::Seq(items) => items,
            _ => vec![a],
        })
        .collect()
}

fn list_fn(args: Vec<Node>, span: Span, f: impl FnOnce(Vec<Node>) -> Option<Vec<Node>>) -> Result {
    let [list] = take::<1>(args)?;
    match list.value {
        Value::Unknown => Ok(Node::unknown(span)),
        Value::Seq(items) => Ok(f(items).map_or_else(
            || Node::unknown(span),
            |items| Node::new(span, Value::Seq(items)),
        )),
        _ => Err(err("expected a list")),
    }
}

fn lookup(args: Vec<Node>, span: Span) -> Result {
    let len = args.len();
    let mut it = args.into_iter();
    let (Some(map), Some(key)) = (it.next(), it.next()) else {
        return Err(err(format!("lookup() takes 2 or 3 arguments, got {len}")));
    };
    let default = it.next();
    if map.is_unknown() || key.is_unknown() {
        return Ok(Node::unknown(span));
    }
    let key = known_str(&key)?;
    match map.get(&key) {
        Some(v) => Ok(v.clone()),
        None if map.entries().any(|e| e.key.is_empty()) => Ok(Node::unknown(span)),
        None => default.ok_or_else(|| err(format!("lookup() found no key `{key}`"))),
    }
}

fn merge(args: Vec<Node>, span: Span) -> Result {
    let mut entries: Vec<Entry> = Vec::new();
    for arg in args {
        match arg.value {
            Value::Unknown => return Ok(Node::unknown(span)),
            Value::Null => {}
            Value::Map(items) => {
                for item in items {
                    match entries.iter_mut().find(|e| e.key == item.key) {
                        Some(existing) => *existing = item,
                        None => entries.push(item),
                    }
                }
            }
            _ => return Err(err("merge() needs maps")),
        }
    }
    Ok(Node::new(span, Value::Map(entries)))
}

fn concat(args: Vec<Node>, span: Span) -> Result {
    let mut items = Vec::new();
    for arg in args {
        match arg.value {
            Value::Unknown => return Ok(Node::unknown(span)),
            Value::Seq(list) => items.extend(list),
            _ => return Err(err("concat() needs lists")),
        }
    }
    Ok(Node::new(span, Value::Seq(items)))
}

fn coalesce(args: Vec<Node>, span: Span) -> Result {
    for arg in args {
        match &arg.value {
            Value::Unknown => return Ok(Node::unknown(span)),
            Value::Null => {}
            Value::Str(s) if s.is_empty() => {}
            _ => return Ok(arg),
        }
    }
    Err(err("coalesce() found no non-null argument"))
}

fn coalescelist(args: Vec<Node>, span: Span) -> Result {
    for arg in args {
        match &arg.value {
            Value::Unknown => return Ok(Node::unknown(span)),
            Value::Seq(items) if items.is_empty() => {}
            Value::Seq(_) => return Ok(arg),
            _ => return Err(err("coalescelist() needs lists")),
        }
    }
    Err(err("coalescelist() found no non-empty list"))
}

fn flatten(args: Vec<Node>, span: Span) -> Result {
    fn walk(node: Node, out: &mut Vec<Node>) -> bool {
        match node.value {
            Value::Unknown => false,
            Value::Seq(items) => items.into_iter().all(|i| walk(i, out)),
            _ => {
                out.push(node);
                true
            }
        }
    }
    let [list] = take::<1>(args)?;
    let mut out = Vec::new();
    if walk(list, &mut out) {
        Ok(Node::new(span, Value::Seq(out)))
    } else {
        Ok(Node::unknown(span))
    }
}

fn format_fn(args: Vec<Node>, span: Span) -> Result {
    let mut it = args.into_iter();
    let fmt = known_str(&it.next().ok_or_else(|| err("format() needs a format"))?)?;
    let values: Vec<Node> = it.collect();
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let mut next = 0;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        // Flags and width are accepted and ignored; the verb decides the conversion.
        let mut verb = None;
        for c in chars.by_ref() {
            if c.is_ascii_alphabetic() || c == '%' {
                verb = Some(c);
                break;
            }
        }
        match verb {
            Some('%') => out.push('%'),
            Some(v) => {
                let value = values
                    .get(next)
                    .ok_or_else(|| err("format() has too few arguments"))?;
                next += 1;
                match v {
                    'v' | 's' | 'd' | 'f' | 'g' | 't' | 'q' => {
                        let s =
                            scalar_string(value).ok_or_else(|| err("format() of a collection"))?;
                        if v == 'q' {
                            out.push('"');
                            out.push_str(&s);
                            out.push('"');
                        } else {
                            out.push_str(&s);
                        }
                    }
                    _ => return Err(err("unsupported format verb")),
                }
            }
            None => return Err(err("format() ends with %")),
        }
    }
    Ok(Node::new(span, Value::Str(out)))
}

fn cidrsubnet(prefix: &str, newbits: i64, netnum: i64) -> Option<String> {
    let (addr, len) = prefix.split_once('/')?;
    let len: u32 = len.parse().ok()?;
    let octets: Vec<u32> = addr
        .split('.')
        .map(|o| o.parse().ok())
        .collect::<Option<_>>()?;
    if octets.len() != 4 || newbits < 0 || netnum < 0 {
        return None;
    }
    let new_len = len + newbits as u32;
    if new_len > 32 || (netnum as u64) >= (1u64 << newbits) {
        return None;
    }
    let base = octets.iter().fold(0u32, |acc, o| (acc << 8) | o);
    let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
    let shift = 32 - new_len;
    let ip = (base & mask) | ((netnum as u32) << shift);
    Some(format!(
        "{}.{}.{}.{}/{}",
        ip >> 24,
        (ip >> 16) & 255,
        (ip >> 8) & 255,
        ip & 255,
        new_len
    ))
}

fn base64_encode(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A JSON value as a node, every span at `span`.
pub(super) fn from_json(value: &serde_json::Value, span: Span) -> Node {
    let v = match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => n
            .as_i64()
            .map_or_else(|| number(n.as_f64().unwrap_or(0.0)), Value::Int),
        serde_json::Value::String(s) => Value::Str(s.clone()),
        serde_json::Value::Array(items) => {
            Value::Seq(items.iter().map(|i| from_json(i, span)).collect())
        }
        serde_json::Value::Object(map) => Value::Map(
            map.iter()
                .map(|(k, v)| Entry {
                    key: k.clone(),
                    key_span: span,
                    value: from_json(v, span),
                })
                .collect(),
        ),
    };
    Node::new(span, v)
}

fn relocate_plain(mut node: Node, span: Span) -> Node {
    node.span = span;
    node.value = match node.value {
        Value::Seq(items) => {
            Value::Seq(items.into_iter().map(|i| relocate_plain(i, span)).collect())
        }
        Value::Map(entries) => Value::Map(
            entries
                .into_iter()
                .map(|e| Entry {
                    key: e.key,
                    key_span: span,
                    value: relocate_plain(e.value, span),
                })
                .collect(),
        ),
        other => other,
    };
    node
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidrsubnet_matches_terraform() {
        assert_eq!(
            cidrsubnet("10.0.0.0/16", 8, 2).as_deref(),
            Some("10.0.2.0/24")
        );
        assert_eq!(
            cidrsubnet("172.16.0.0/12", 4, 15).as_deref(),
            Some("172.31.0.0/16")
        );
        assert_eq!(cidrsubnet("10.0.0.0/30", 4, 1), None);
    }

    #[test]
    fn base64_pads() {
        assert_eq!(base64_encode(b"ab"), "YWI=");
        assert_eq!(base64_encode(b"abc"), "YWJj");
    }
}
