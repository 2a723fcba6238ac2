//! Values: YAML read as Helm reads it (sigs.k8s.io/yaml over go-yaml v2: YAML 1.1 scalars, every number a
//! float64), origins for every node, Helm's coalescing rules, and `--set` parsing.

use std::collections::BTreeMap;
use std::rc::Rc;

use yoroi_gotmpl::{Kind, Origin, Value};
use yoroi_syntax::yaml::{YamlLimits, parse_stream};
use yoroi_syntax::{LineIndex, Node, Value as YValue};

/// Where a value was set: a file (a values file, `Chart.yaml`, or `--set` for command-line values), the byte span
/// of the value there, and its key path (`image.tag`, `args[0]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OriginEntry {
    pub file: String,
    pub span: std::ops::Range<usize>,
    pub key_path: String,
}

/// Origin id → where it was set (`Origin(i)` is entry `i`).
#[derive(Clone, Debug, Default)]
pub struct Origins {
    pub entries: Vec<OriginEntry>,
}

impl Origins {
    pub fn add(&mut self, file: &str, span: std::ops::Range<usize>, key_path: &str) -> Origin {
        self.entries.push(OriginEntry {
            file: file.to_string(),
            span,
            key_path: key_path.to_string(),
        });
        Origin(self.entries.len() as u64 - 1)
    }
    pub fn get(&self, o: Origin) -> Option<&OriginEntry> {
        self.entries.get(o.0 as usize)
    }
}

pub type Table = BTreeMap<String, Value>;

/// A values-file parse error: message and byte span.
#[derive(Clone, Debug)]
pub struct ValuesError {
    pub message: String,
    pub span: std::ops::Range<usize>,
}

/// Parses a values file (its first document) into a table whose every node carries an origin in `origins`.
pub fn parse_values(text: &str, file: &str, origins: &mut Origins) -> Result<Table, ValuesError> {
    let v = parse_yaml_value(text, Some((file, origins)))?;
    match v.kind {
        Kind::Map(m) => Ok(m.borrow().clone()),
        Kind::Nil => Ok(Table::new()),
        _ => Err(ValuesError {
            message: "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}".into(),
            span: 0..text.len().min(1),
        }),
    }
}

/// Parses the first YAML document of `text` as Helm does (`fromYaml`, values files); with `origins`, every node
/// gets one.
pub fn parse_yaml_value(
    text: &str,
    mut origins: Option<(&str, &mut Origins)>,
) -> Result<Value, ValuesError> {
    let lines = LineIndex::new(text);
    let stream = parse_stream(text, &lines, YamlLimits::default());
    if let Some(e) = stream.errors.first()
        && stream.documents.first().is_none_or(|d| d.index > 0)
    {
        let line = lines.line_of(e.span.start()) + 1;
        return Err(ValuesError {
            message: format!(
                "error converting YAML to JSON: yaml: line {line}: {}",
                e.message
            ),
            span: e.span.range(),
        });
    }
    let Some(doc) = stream.documents.first() else {
        return Ok(Value::NIL);
    };
    Ok(convert(&doc.root, text, "", &mut origins, 0))
}

fn convert(
    node: &Node,
    src: &str,
    path: &str,
    origins: &mut Option<(&str, &mut Origins)>,
    depth: usize,
) -> Value {
    let origin = origins
        .as_mut()
        .map(|(file, o)| o.add(file, node.span.range(), path));
    let kind = match &node.value {
        YValue::Map(entries) => {
            let mut m = BTreeMap::new();
            for e in entries {
                let key = key_text(&e.key, src.get(e.key_span.range()).unwrap_or(""));
                let sub = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                let v = if depth > 200 {
                    Value::NIL
                } else {
                    convert(&e.value, src, &sub, origins, depth + 1)
                };
                m.insert(key, v);
            }
            Kind::Map(Rc::new(std::cell::RefCell::new(m)))
        }
        YValue::Seq(items) => Kind::List(Rc::new(
            items
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    if depth > 200 {
                        Value::NIL
                    } else {
                        convert(n, src, &format!("{path}[{i}]"), origins, depth + 1)
                    }
                })
                .collect(),
        )),
        other => scalar(other, src.get(node.span.range()).unwrap_or("")),
    };
    Value { kind, origin }
}

/// A scalar as go-yaml v2 resolves it, then through JSON (numbers become float64).
fn scalar(v: &YValue, raw: &str) -> Kind {
    let plain = !raw.starts_with(['"', '\'', '|', '>', '!', '&', '*']);
    if plain {
        let text = match v {
            YValue::Str(s) => s.as_str(),
            _ => raw.trim(),
        };
        return resolve_v2(text);
    }
    match v {
        YValue::Null => Kind::Nil,
        YValue::Bool(b) => Kind::Bool(*b),
        YValue::Int(i) => Kind::Float(*i as f64),
        YValue::Float(f) => Kind::Float(*f),
        YValue::Str(s) => Kind::Str(yoroi_gotmpl::Str::plain(s.as_str())),
        _ => Kind::Nil,
    }
}

/// go-yaml v2's resolution of a plain scalar, numbers as float64 (JSON).
pub fn resolve_v2(s: &str) -> Kind {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Kind::Nil,
        "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" | "true" | "True" | "TRUE" => {
            return Kind::Bool(true);
        }
        "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF" | "false" | "False" | "FALSE" => {
            return Kind::Bool(false);
        }
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Kind::Float(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Kind::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Kind::Float(f64::NAN),
        _ => {}
    }
    if !s.starts_with([
        '+', '-', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
    ]) {
        return Kind::Str(yoroi_gotmpl::Str::plain(s));
    }
    let plain: String = s.chars().filter(|&c| c != '_').collect();
    if let Some(i) = go_parse_int(&plain) {
        return Kind::Float(i as f64);
    }
    if is_yaml_float(&plain)
        && let Ok(f) = plain.parse::<f64>()
    {
        return Kind::Float(f);
    }
    Kind::Str(yoroi_gotmpl::Str::plain(s))
}

/// Go's `strconv.ParseInt(s, 0, 64)` (and ParseUint for large positives).
fn go_parse_int(s: &str) -> Option<i128> {
    let (neg, t) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, d) = if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (16, r)
    } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        (2, r)
    } else if let Some(r) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        (8, r)
    } else if t.len() > 1 && t.starts_with('0') {
        (8, &t[1..])
    } else {
        (10, t)
    };
    if d.is_empty() || !d.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let v = i128::from_str_radix(d, radix).ok()?;
    if v > u64::MAX as i128 || (neg && v > i64::MAX as i128 + 1) {
        return None;
    }
    Some(if neg { -v } else { v })
}

/// go-yaml v2's float pattern `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn is_yaml_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let digits = |i: &mut usize| {
        let st = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - st
    };
    if i < b.len() && b[i] == b'.' {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            digits(&mut i);
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// A mapping key as sigs.k8s.io/yaml turns it into a JSON key (`yes:` becomes `"true"`, `1:` becomes `"1"`).
fn key_text(parsed: &str, raw: &str) -> String {
    if raw.starts_with(['"', '\'', '!', '&', '*', '|', '>']) || raw.is_empty() {
        return parsed.to_string();
    }
    match resolve_v2(parsed) {
        Kind::Bool(b) => b.to_string(),
        Kind::Float(f) if f.fract() == 0.0 && f.abs() < 1e18 => format!("{}", f as i64),
        Kind::Float(f) => yoroi_gotmpl::format_float(f, 'g', -1),
        _ => parsed.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------------------------
// copying and coalescing

/// A deep copy (maps are shared references in the template engine; Helm copies values before coalescing).
pub fn deep_copy(v: &Value) -> Value {
    deep_copy_at(v, 0)
}

fn deep_copy_at(v: &Value, depth: usize) -> Value {
    if depth > 256 {
        return Value::NIL;
    }
    let kind = match &v.kind {
        Kind::Map(m) => Kind::Map(Rc::new(std::cell::RefCell::new(
            m.borrow()
                .iter()
                .map(|(k, v)| (k.clone(), deep_copy_at(v, depth + 1)))
                .collect(),
        ))),
        Kind::List(l) => Kind::List(Rc::new(
            l.iter().map(|v| deep_copy_at(v, depth + 1)).collect(),
        )),
        k => k.clone(),
    };
    Value {
        kind,
        origin: v.origin,
    }
}

pub fn copy_table(t: &Table) -> Table {
    t.iter().map(|(k, v)| (k.clone(), deep_copy(v))).collect()
}

pub fn as_map(v: &Value) -> Option<yoroi_gotmpl::Map> {
    match &v.kind {
        Kind::Map(m) => Some(m.clone()),
        _ => None,
    }
}

/// Helm's `mergeMaps` (several `-f` files): later wins, maps merge.
pub fn merge_maps(base: &mut Table, over: Table) {
    for (k, v) in over {
        if let (Some(bm), Some(om)) = (base.get(&k).and_then(as_map), as_map(&v)) {
            let mut b = bm.borrow().clone();
            merge_maps(&mut b, om.borrow().clone());
            let origin = base.get(&k).and_then(|x| x.origin);
            base.insert(k, Value::map(b).with_origin(v.origin.or(origin)));
        } else {
            base.insert(k, v);
        }
    }
}

/// Helm's `coalesceTablesFullKey(dst, src, merge)`: dst wins; a null in dst deletes the key unless merging.
pub fn coalesce_tables(dst: &mut Table, src: &Table, merge: bool) {
    for (k, sv) in src {
        match dst.get(k) {
            Some(dv) if dv.is_nil() => {
                if !merge {
                    dst.remove(k);
                }
            }
            Some(dv) => {
                if let (Some(dm), Some(sm)) = (as_map(dv), as_map(sv)) {
                    let mut d = dm.borrow_mut();
                    let s = sm.borrow();
                    coalesce_tables(&mut d, &s, merge);
                }
            }
            None => {
                dst.insert(k.clone(), deep_copy(sv));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// --set

/// Parses one `--set` argument (`a.b=c,d[0]=e,f={x,y}`) into `base`, as Helm's strvals does; `string` for
/// `--set-string`. Values get origins pointing into the argument (file `--set`).
pub fn parse_set(
    arg: &str,
    string: bool,
    base: &mut Table,
    origins: &mut Origins,
) -> Result<(), String> {
    let b = arg.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // key up to '='
        let key_start = i;
        let mut key = String::new();
        let mut path: Vec<Seg> = Vec::new();
        loop {
            if i >= b.len() {
                if key.is_empty() && path.is_empty() {
                    return Ok(());
                }
                return Err(format!("key {:?} has no value", &arg[key_start..]));
            }
            match b[i] {
                b'\\' if i + 1 < b.len() => {
                    let c = arg[i + 1..].chars().next().unwrap_or('\\');
                    key.push(c);
                    i += 1 + c.len_utf8();
                }
                b'.' => {
                    path.push(Seg::Key(std::mem::take(&mut key)));
                    i += 1;
                }
                b'[' => {
                    if !key.is_empty() {
                        path.push(Seg::Key(std::mem::take(&mut key)));
                    }
                    let close = arg[i..].find(']').ok_or("unterminated [")? + i;
                    let n: usize = arg[i + 1..close]
                        .parse()
                        .map_err(|_| format!("failed to parse index {:?}", &arg[i + 1..close]))?;
                    if n > 65536 {
                        return Err(format!(
                            "index of {n} is greater than maximum supported index"
                        ));
                    }
                    path.push(Seg::Index(n));
                    i = close + 1;
                    if i < b.len() && b[i] == b'.' {
                        i += 1;
                    }
                }
                b'=' => {
                    if !key.is_empty() {
                        path.push(Seg::Key(std::mem::take(&mut key)));
                    }
                    i += 1;
                    break;
                }
                b',' => {
                    return Err(format!(
                        "key {:?} has no value (cannot end with ,)",
                        &arg[key_start..i]
                    ));
                }
                _ => {
                    let c = arg[i..].chars().next().unwrap_or(' ');
                    key.push(c);
                    i += c.len_utf8();
                }
            }
        }
        let key_path = &arg[key_start..i - 1];
        // value
        let val_start = i;
        let value = if i < b.len() && b[i] == b'{' && !string {
            let close = arg[i..].find('}').ok_or("list must terminate with '}'")? + i;
            let items = split_unescaped(&arg[i + 1..close], b',');
            let mut list = Vec::new();
            let mut at = i + 1;
            for it in items {
                let o = origins.add("--set", at..at + it.len(), key_path);
                at += it.len() + 1;
                list.push(typed(&unescape(&it), false).with_origin(Some(o)));
            }
            i = close + 1;
            Value::list(list)
        } else {
            let mut v = String::new();
            while i < b.len() && b[i] != b',' {
                if b[i] == b'\\' && i + 1 < b.len() {
                    let c = arg[i + 1..].chars().next().unwrap_or('\\');
                    v.push(c);
                    i += 1 + c.len_utf8();
                } else {
                    let c = arg[i..].chars().next().unwrap_or(' ');
                    v.push(c);
                    i += c.len_utf8();
                }
            }
            let o = origins.add("--set", val_start..i, key_path);
            typed(&v, string).with_origin(Some(o))
        };
        if i < b.len() && b[i] == b',' {
            i += 1;
        }
        set_path(base, &path, value)?;
    }
    Ok(())
}

enum Seg {
    Key(String),
    Index(usize),
}

fn split_unescaped(s: &str, sep: u8) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut esc = false;
    for c in s.chars() {
        if esc {
            cur.push(c);
            esc = false;
        } else if c == '\\' {
            cur.push(c);
            esc = true;
        } else if c as u32 == sep as u32 {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    out.push(cur);
    out
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut esc = false;
    for c in s.chars() {
        if !esc && c == '\\' {
            esc = true;
        } else {
            out.push(c);
            esc = false;
        }
    }
    out
}

/// strvals' `typedVal`: booleans, null, int64 (no leading zero), else a string.
fn typed(v: &str, string: bool) -> Value {
    if string {
        return Value::str(v);
    }
    if v.eq_ignore_ascii_case("true") {
        return Value::bool(true);
    }
    if v.eq_ignore_ascii_case("false") {
        return Value::bool(false);
    }
    if v.eq_ignore_ascii_case("null") {
        return Value::NIL;
    }
    if v == "0" {
        return Value::int64(0);
    }
    if !v.is_empty()
        && !v.starts_with('0')
        && let Ok(i) = v.parse::<i64>()
        && !v.starts_with('+')
    {
        return Value::int64(i);
    }
    Value::str(v)
}

fn set_path(t: &mut Table, path: &[Seg], value: Value) -> Result<(), String> {
    let Some((Seg::Key(k), rest)) = path.split_first() else {
        return Err("a --set key must start with a name".into());
    };
    if rest.is_empty() {
        t.insert(k.clone(), value);
        return Ok(());
    }
    let child = t.remove(k).unwrap_or_default();
    let child = set_in(child, rest, value)?;
    t.insert(k.clone(), child);
    Ok(())
}

fn set_in(cur: Value, path: &[Seg], value: Value) -> Result<Value, String> {
    let Some((seg, rest)) = path.split_first() else {
        return Ok(value);
    };
    match seg {
        Seg::Key(k) => {
            let mut m: Table = as_map(&cur).map(|m| m.borrow().clone()).unwrap_or_default();
            let child = m.remove(k).unwrap_or_default();
            m.insert(k.clone(), set_in(child, rest, value)?);
            Ok(Value::map(m).with_origin(cur.origin))
        }
        Seg::Index(n) => {
            let mut l: Vec<Value> = match &cur.kind {
                Kind::List(l) => l.to_vec(),
                _ => Vec::new(),
            };
            while l.len() <= *n {
                l.push(Value::NIL);
            }
            let child = std::mem::take(&mut l[*n]);
            l[*n] = set_in(child, rest, value)?;
            Ok(Value::list(l).with_origin(cur.origin))
        }
    }
}

/// `a.b.c` of a table, for conditions.
pub fn path_value(t: &Table, path: &str) -> Option<Value> {
    let mut parts = path.split('.');
    let mut cur = t.get(parts.next()?)?.clone();
    for p in parts {
        let m = as_map(&cur)?;
        let next = m.borrow().get(p)?.clone();
        cur = next;
    }
    Some(cur)
}
