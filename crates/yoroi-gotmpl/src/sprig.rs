//! Sprig functions (github.com/Masterminds/sprig v3, as Helm 3 registers them) and the pure Helm ones (`toJson`,
//! `fromJson`). Non-deterministic functions return fixed values.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::exec::{Exec, FuncError};
use crate::funcs::{
    FuncMap, first_origin, go_eq, min_args, nargs, str_value, want_bool, want_int, want_str,
};
use crate::value::{
    Chunk, Kind, MAX_VALUE_DEPTH, Str, StrBuilder, Value, format_float, go_quote, print_cap, to_v,
};

/// Sprig's `strval`: strings as is, anything else through `%v`.
pub(crate) fn strval(v: &Value) -> String {
    match &v.kind {
        Kind::Str(s) => s.text.to_string(),
        _ => to_v(v),
    }
}

fn trim_zero_decimal(s: &str) -> &str {
    // cast's trimZeroDecimal: "1.0" and "1.00" parse as 1
    if let Some((a, b)) = s.split_once('.')
        && !b.is_empty()
        && b.bytes().all(|c| c == b'0')
    {
        return a;
    }
    s
}

fn parse_go_int(s: &str) -> Option<i64> {
    let t = s.trim_start_matches(['+', '-']);
    let neg = s.starts_with('-');
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
    if d.is_empty() || d.starts_with(['+', '-']) {
        return None;
    }
    let v = i64::from_str_radix(d, radix).ok()?;
    Some(if neg { -v } else { v })
}

/// `cast.ToInt64` (errors give 0).
pub(crate) fn to_int64(v: &Value) -> i64 {
    match &v.kind {
        Kind::Int(i) | Kind::Int64(i) => *i,
        Kind::Float(f) => *f as i64,
        Kind::Bool(b) => i64::from(*b),
        Kind::Str(s) => parse_go_int(trim_zero_decimal(&s.text)).unwrap_or(0),
        _ => 0,
    }
}

/// `cast.ToFloat64` (errors give 0).
pub(crate) fn to_float64(v: &Value) -> f64 {
    match &v.kind {
        Kind::Int(i) | Kind::Int64(i) => *i as f64,
        Kind::Float(f) => *f,
        Kind::Bool(b) => f64::from(u8::from(*b)),
        Kind::Str(s) => s.text.parse().unwrap_or(0.0),
        _ => 0.0,
    }
}

/// Sprig's `empty`.
pub(crate) fn empty(v: &Value) -> bool {
    !v.truthy()
}

fn list_of(v: &Value, what: &str) -> Result<Rc<Vec<Value>>, FuncError> {
    match &v.kind {
        Kind::List(l) => Ok(l.clone()),
        // Sprig calls reflect on the nil and panics
        Kind::Nil => Err(FuncError::Call(
            "runtime error: invalid memory address or nil pointer dereference".into(),
        )),
        _ => Err(FuncError::Call(format!(
            "Cannot {what} on type {}",
            go_kind(v)
        ))),
    }
}

fn go_kind(v: &Value) -> &'static str {
    match &v.kind {
        Kind::Nil => "invalid",
        Kind::List(_) => "slice",
        Kind::Map(_) => "map",
        _ => v.type_name(),
    }
}

fn want_map(v: &Value) -> Result<crate::value::Map, FuncError> {
    match &v.kind {
        Kind::Map(m) => Ok(m.clone()),
        _ => Err(if v.is_nil() {
            FuncError::Plain("invalid value; expected map[string]interface {}".into())
        } else {
            FuncError::Plain(format!(
                "wrong type for value; expected map[string]interface {{}}; got {}",
                v.type_name()
            ))
        }),
    }
}

/// Sprig's `strslice`.
fn strslice(v: &Value) -> Vec<String> {
    match &v.kind {
        Kind::List(l) => l.iter().filter(|e| !e.is_nil()).map(strval).collect(),
        Kind::Nil => Vec::new(),
        _ => vec![strval(v)],
    }
}

/// reflect.DeepEqual over values.
/// reflect.DeepEqual over values. Values nested past [`MAX_VALUE_DEPTH`] or larger than a million nodes compare
/// unequal (Go would not return).
pub(crate) fn deep_equal(a: &Value, b: &Value) -> bool {
    let mut budget = 1_000_000usize;
    deep_equal_in(a, b, 0, &mut budget)
}

fn deep_equal_in(a: &Value, b: &Value, depth: usize, budget: &mut usize) -> bool {
    if depth > MAX_VALUE_DEPTH || *budget == 0 {
        return false;
    }
    *budget -= 1;
    match (&a.kind, &b.kind) {
        (Kind::Nil, Kind::Nil) => true,
        (Kind::Bool(x), Kind::Bool(y)) => x == y,
        (Kind::Int(x), Kind::Int(y)) | (Kind::Int64(x), Kind::Int64(y)) => x == y,
        (Kind::Float(x), Kind::Float(y)) => x == y,
        (Kind::Str(x), Kind::Str(y)) => x.text == y.text,
        (Kind::List(x), Kind::List(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|(p, q)| deep_equal_in(p, q, depth + 1, budget))
        }
        (Kind::Map(x), Kind::Map(y)) => {
            if Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len()
                && x.iter().all(|(k, v)| {
                    y.get(k)
                        .is_some_and(|w| deep_equal_in(v, w, depth + 1, budget))
                })
        }
        _ => false,
    }
}

fn deep_copy(v: &Value, depth: usize, budget: &mut usize) -> Result<Value, FuncError> {
    if depth > MAX_VALUE_DEPTH || *budget == 0 {
        return Err(FuncError::Call(
            "value too deep or too large to copy".into(),
        ));
    }
    *budget -= 1;
    Ok(match &v.kind {
        Kind::List(l) => Value {
            kind: Kind::List(Rc::new(
                l.iter()
                    .map(|e| deep_copy(e, depth + 1, budget))
                    .collect::<Result<_, _>>()?,
            )),
            origin: v.origin,
        },
        Kind::Map(m) => {
            let entries: Vec<(String, Value)> = m
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let mut c = BTreeMap::new();
            for (k, e) in entries {
                c.insert(k, deep_copy(&e, depth + 1, budget)?);
            }
            Value::map(c).with_origin(v.origin)
        }
        _ => v.clone(),
    })
}

/// A string result that keeps `src`'s chunks when the bytes are unchanged, and marks them approximate otherwise.
fn rewrite(cx: &Exec<'_>, src: &Value, text: String) -> Value {
    let Kind::Str(s) = &src.kind else {
        return Value::str(text).with_origin(src.origin);
    };
    if s.chunks.is_none() {
        return Value::str(text).with_origin(src.origin);
    }
    if text.len() == s.text.len()
        && s.chunks()
            .iter()
            .all(|c| text.is_char_boundary(c.start) && text.is_char_boundary(c.end))
    {
        // same offsets; chunks whose bytes changed are marked approximate
        let chunks: Vec<Chunk> = s
            .chunks()
            .iter()
            .map(|c| {
                let mut c = c.clone();
                c.approximate |= text[c.start..c.end] != s.text[c.start..c.end];
                c
            })
            .collect();
        return str_value(
            Str {
                text: text.into(),
                chunks: Some(chunks.into()),
            },
            src.origin,
        );
    }
    let mut b = StrBuilder::new();
    let source = s
        .chunks()
        .first()
        .map(|c| c.source.clone())
        .unwrap_or_else(|| cx.action_source(src.origin));
    b.push_sourced(&text, source, true);
    str_value(b.finish(), src.origin)
}

fn slice_value(src: &Value, s: &Str, range: std::ops::Range<usize>) -> Value {
    let mut b = StrBuilder::new();
    b.push_slice(s, range);
    str_value(b.finish(), src.origin)
}

fn indent(pad: &str, s: &Str, newline_first: bool) -> Str {
    let mut b = StrBuilder::new();
    if newline_first {
        b.push_str("\n");
    }
    b.push_str(pad);
    let mut start = 0;
    for (i, c) in s.text.bytes().enumerate() {
        if c == b'\n' {
            b.push_slice(s, start..i + 1);
            b.push_str(pad);
            start = i + 1;
        }
    }
    b.push_slice(s, start..s.text.len());
    b.finish()
}

fn byte_floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn go_title(s: &str) -> String {
    // strings.Title: upper-case letters that begin words; a word boundary is anything not a letter, digit, `_`
    // or `'` (approximately unicode's separator rules)
    let mut out = String::with_capacity(s.len());
    let mut prev_sep = true;
    for c in s.chars() {
        if prev_sep {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev_sep = !(c.is_alphanumeric() || c == '_' || c == '\'');
    }
    out
}

// ----- base64 / sha256 / adler32 --------------------------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(crate) fn b64enc(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for ch in data.chunks(3) {
        let n = (u32::from(ch[0]) << 16)
            | (u32::from(*ch.get(1).unwrap_or(&0)) << 8)
            | u32::from(*ch.get(2).unwrap_or(&0));
        out.push(B64[(n >> 18) as usize & 63] as char);
        out.push(B64[(n >> 12) as usize & 63] as char);
        out.push(if ch.len() > 1 {
            B64[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if ch.len() > 2 {
            B64[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}

pub(crate) fn b64dec(s: &str) -> Result<Vec<u8>, String> {
    let bytes = s.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return Err(format!(
            "illegal base64 data at input byte {}",
            bytes.len() / 4 * 4
        ));
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (ci, ch) in bytes.chunks(4).enumerate() {
        let mut n = 0u32;
        let mut pad = 0;
        for (k, &c) in ch.iter().enumerate() {
            let v = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'+' => 62,
                b'/' => 63,
                b'=' if k >= 2 && ci == bytes.len() / 4 - 1 => {
                    pad += 1;
                    0
                }
                _ => return Err(format!("illegal base64 data at input byte {}", ci * 4 + k)),
            };
            if pad > 0 && c != b'=' {
                return Err(format!("illegal base64 data at input byte {}", ci * 4 + k));
            }
            n = (n << 6) | u32::from(v);
        }
        out.push((n >> 16) as u8);
        if pad < 2 {
            out.push((n >> 8) as u8);
        }
        if pad < 1 {
            out.push(n as u8);
        }
    }
    Ok(out)
}

pub(crate) fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    let bitlen = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bitlen.to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 64];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                block[4 * i],
                block[4 * i + 1],
                block[4 * i + 2],
                block[4 * i + 3],
            ]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (i, x) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

pub(crate) fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut msg = data.to_vec();
    let bitlen = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bitlen.to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 80];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                block[4 * i],
                block[4 * i + 1],
                block[4 * i + 2],
                block[4 * i + 3],
            ]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (i, x) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

// ----- JSON (encoding/json) -------------------------------------------------------------------------------------

pub(crate) fn json_float(f: f64) -> String {
    // encoding/json: 'f' format unless the exponent is < -6 or >= 21, then 'e' with a one-digit exponent minimum
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let s = format_float(f, 'e', -1);
        // e-07 -> e-7
        if let Some(i) = s.find("e-0") {
            return format!("{}e-{}", &s[..i], &s[i + 3..]);
        }
        return s;
    }
    format_float(f, 'f', -1)
}

pub(crate) fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

pub(crate) fn to_json(
    v: &Value,
    out: &mut String,
    indent: Option<usize>,
    depth: usize,
) -> Result<(), String> {
    if depth > MAX_VALUE_DEPTH {
        return Err("json: unsupported value: encountered a cycle".into());
    }
    if out.len() > print_cap() {
        return Err("json: value too large".into());
    }
    let nl = |out: &mut String, d: usize| {
        if indent.is_some() {
            out.push('\n');
            out.push_str(&"  ".repeat(d));
        }
    };
    match &v.kind {
        Kind::Nil => out.push_str("null"),
        Kind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Kind::Int(i) | Kind::Int64(i) => out.push_str(&i.to_string()),
        Kind::Float(f) => {
            if !f.is_finite() {
                return Err(format!(
                    "json: unsupported value: {}",
                    format_float(*f, 'g', -1)
                ));
            }
            out.push_str(&json_float(*f));
        }
        Kind::Str(s) => json_string(&s.text, out),
        Kind::List(l) => {
            out.push('[');
            for (i, e) in l.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, depth + 1);
                to_json(e, out, indent, depth + 1)?;
            }
            if !l.is_empty() {
                nl(out, depth);
            }
            out.push(']');
        }
        Kind::Map(m) => {
            let entries: Vec<(String, Value)> = m
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            out.push('{');
            for (i, (k, e)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, depth + 1);
                json_string(k, out);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                to_json(e, out, indent, depth + 1)?;
            }
            if !entries.is_empty() {
                nl(out, depth);
            }
            out.push('}');
        }
    }
    Ok(())
}

pub(crate) fn from_serde(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::NIL,
        serde_json::Value::Bool(b) => Value::bool(*b),
        serde_json::Value::Number(n) => Value::float(n.as_f64().unwrap_or(0.0)),
        serde_json::Value::String(s) => Value::str(s.as_str()),
        serde_json::Value::Array(a) => Value::list(a.iter().map(from_serde).collect()),
        serde_json::Value::Object(o) => {
            Value::map(o.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect())
        }
    }
}

// ----- merge (mergo) --------------------------------------------------------------------------------------------

fn merge_into(
    dst: &crate::value::Map,
    src: &crate::value::Map,
    overwrite: bool,
    depth: usize,
    budget: &mut usize,
) {
    if depth > MAX_VALUE_DEPTH || *budget == 0 || Rc::ptr_eq(dst, src) {
        return;
    }
    *budget -= 1;
    let entries: Vec<(String, Value)> = src
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, sv) in entries {
        let dv = dst.borrow().get(&k).cloned();
        if sv.is_nil() {
            // mergo: a nil source value only ever overwrites
            if overwrite {
                dst.borrow_mut().insert(k, sv);
            }
            continue;
        }
        match dv {
            None => {
                dst.borrow_mut().insert(k, sv);
            }
            Some(dv) => {
                if let (Kind::Map(dm), Kind::Map(sm)) = (&dv.kind, &sv.kind) {
                    merge_into(dm, sm, overwrite, depth + 1, budget);
                } else if overwrite || empty(&dv) {
                    dst.borrow_mut().insert(k, sv);
                }
            }
        }
    }
}

// ----- deterministic stand-ins ----------------------------------------------------------------------------------

/// A deterministic "random" string over `alphabet` (a fixed generator, so renders are reproducible).
fn pseudo_random(n: usize, alphabet: &[u8]) -> String {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            alphabet[(state % alphabet.len() as u64) as usize] as char
        })
        .collect()
}

const FIXED_CERT: &str = "-----BEGIN CERTIFICATE-----\nMIIBdeterministicplaceholdercertificateyoroi\n-----END CERTIFICATE-----\n";
const FIXED_KEY: &str = "-----BEGIN RSA PRIVATE KEY-----\nMIIBdeterministicplaceholderkeyyoroi\n-----END RSA PRIVATE KEY-----\n";

fn cert_pair() -> Value {
    let mut m = BTreeMap::new();
    m.insert("Cert".to_string(), Value::str(FIXED_CERT));
    m.insert("Key".to_string(), Value::str(FIXED_KEY));
    Value::map(m)
}

/// Go's time layout rendered for the fixed instant 1970-01-01T00:00:00Z.
fn epoch_format(layout: &str) -> String {
    let subs: [(&str, &str); 24] = [
        ("2006", "1970"),
        ("January", "January"),
        ("Monday", "Thursday"),
        ("Jan", "Jan"),
        ("Mon", "Thu"),
        ("MST", "UTC"),
        ("Z07:00", "Z"),
        ("-07:00", "+00:00"),
        ("-0700", "+0000"),
        ("-07", "+00"),
        ("Z0700", "Z"),
        (".000000000", ".000000000"),
        (".000000", ".000000"),
        (".000", ".000"),
        ("15", "00"),
        ("01", "01"),
        ("02", "01"),
        ("03", "12"),
        ("04", "00"),
        ("05", "00"),
        ("06", "70"),
        ("PM", "AM"),
        ("_2", " 1"),
        ("pm", "am"),
    ];
    let mut out = String::new();
    let mut rest = layout;
    'outer: while !rest.is_empty() {
        for (k, v) in subs {
            if let Some(r) = rest.strip_prefix(k) {
                out.push_str(v);
                rest = r;
                continue 'outer;
            }
        }
        let single: [(&str, &str); 4] = [("1", "1"), ("2", "1"), ("3", "12"), ("4", "0")];
        for (k, v) in single {
            if let Some(r) = rest.strip_prefix(k) {
                out.push_str(v);
                rest = r;
                continue 'outer;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

// ----- semver ---------------------------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
struct Version {
    major: u64,
    minor: u64,
    patch: u64,
    pre: String,
}

fn parse_version(s: &str) -> Option<Version> {
    let s = s.trim();
    let s = s.strip_prefix('v').unwrap_or(s);
    let (core, rest) = match s.find(['-', '+']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let pre = rest
        .strip_prefix('-')
        .map(|p| p.split('+').next().unwrap_or("").to_string())
        .unwrap_or_default();
    let mut parts = core.split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    let patch = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    if parts.next().is_some() {
        return None;
    }
    Some(Version {
        major,
        minor,
        patch,
        pre,
    })
}

fn cmp_pre(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match (a.is_empty(), b.is_empty()) {
        (true, true) => return Equal,
        (true, false) => return Greater,
        (false, true) => return Less,
        _ => {}
    }
    let (pa, pb): (Vec<&str>, Vec<&str>) = (a.split('.').collect(), b.split('.').collect());
    for (x, y) in pa.iter().zip(pb.iter()) {
        let o = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(i), Ok(j)) => i.cmp(&j),
            (Ok(_), Err(_)) => Less,
            (Err(_), Ok(_)) => Greater,
            _ => x.cmp(y),
        };
        if o != Equal {
            return o;
        }
    }
    pa.len().cmp(&pb.len())
}

fn cmp_version(a: &Version, b: &Version) -> std::cmp::Ordering {
    (a.major, a.minor, a.patch)
        .cmp(&(b.major, b.minor, b.patch))
        .then_with(|| cmp_pre(&a.pre, &b.pre))
}

/// Masterminds semver constraint check (the common forms: comparisons, `~`, `^`, wildcards, ranges with `,` or
/// spaces, `||`).
fn semver_check(constraint: &str, v: &Version) -> Result<bool, String> {
    for alt in constraint.split("||") {
        let mut all = true;
        let alt = alt.replace(", ", ",");
        let terms: Vec<&str> = alt.split([',', ' ']).filter(|t| !t.is_empty()).collect();
        if terms.is_empty() {
            return Err(format!("improper constraint: {constraint}"));
        }
        let mut i = 0;
        while i < terms.len() {
            let mut t = terms[i].to_string();
            // "a - b" hyphen ranges
            if i + 2 < terms.len() && terms[i + 1] == "-" {
                let lo = term_check(&format!(">={}", terms[i]), v, constraint)?;
                let hi = term_check(&format!("<={}", terms[i + 2]), v, constraint)?;
                all &= lo && hi;
                i += 3;
                continue;
            }
            if matches!(t.as_str(), ">" | "<" | ">=" | "<=" | "=" | "!=" | "~" | "^")
                && i + 1 < terms.len()
            {
                t.push_str(terms[i + 1]);
                i += 1;
            }
            all &= term_check(&t, v, constraint)?;
            i += 1;
        }
        if all {
            return Ok(true);
        }
    }
    Ok(false)
}

fn term_check(t: &str, v: &Version, whole: &str) -> Result<bool, String> {
    let ops = [">=", "<=", "!=", "=>", "=<", ">", "<", "=", "~>", "~", "^"];
    let (op, rest) = ops
        .iter()
        .find_map(|op| t.strip_prefix(op).map(|r| (*op, r.trim())))
        .unwrap_or(("", t.trim()));
    let rest = rest.strip_prefix('v').unwrap_or(rest);
    let core = rest.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    let wild = |p: Option<&&str>| p.is_none_or(|p| matches!(*p, "x" | "X" | "*"));
    let num = |p: Option<&&str>| -> Result<u64, String> {
        match p {
            Some(p) if !matches!(*p, "x" | "X" | "*") => p
                .parse()
                .map_err(|_| format!("improper constraint: {whole}")),
            _ => Ok(0),
        }
    };
    let (maj_w, min_w, pat_w) = (wild(parts.first()), wild(parts.get(1)), wild(parts.get(2)));
    let c = Version {
        major: num(parts.first())?,
        minor: num(parts.get(1))?,
        patch: num(parts.get(2))?,
        pre: rest
            .split_once('-')
            .map(|(_, p)| p.split('+').next().unwrap_or("").to_string())
            .unwrap_or_default(),
    };
    // a prerelease version only satisfies constraints that carry a prerelease themselves
    if !v.pre.is_empty() && c.pre.is_empty() {
        return Ok(false);
    }
    use std::cmp::Ordering::*;
    let o = cmp_version(v, &c);
    let next = |maj: bool| {
        if maj {
            Version {
                major: c.major + 1,
                minor: 0,
                patch: 0,
                pre: String::new(),
            }
        } else {
            Version {
                major: c.major,
                minor: c.minor + 1,
                patch: 0,
                pre: String::new(),
            }
        }
    };
    Ok(match op {
        "" | "=" => {
            if maj_w {
                true
            } else if min_w {
                v.major == c.major
            } else if pat_w {
                v.major == c.major && v.minor == c.minor
            } else {
                o == Equal
            }
        }
        "!=" => {
            if min_w {
                v.major != c.major
            } else if pat_w {
                !(v.major == c.major && v.minor == c.minor)
            } else {
                o != Equal
            }
        }
        ">" => {
            if min_w {
                v.major > c.major
            } else if pat_w {
                (v.major, v.minor) > (c.major, c.minor)
            } else {
                o == Greater
            }
        }
        "<" => o == Less,
        ">=" | "=>" => o != Less,
        "<=" | "=<" => {
            if min_w {
                v.major <= c.major
            } else if pat_w {
                (v.major, v.minor) <= (c.major, c.minor)
            } else {
                o != Greater
            }
        }
        "~" | "~>" => o != Less && cmp_version(v, &next(min_w)) == Less,
        "^" => {
            let upper = if c.major > 0 || min_w {
                next(true)
            } else if c.minor > 0 || pat_w {
                next(false)
            } else {
                Version {
                    major: 0,
                    minor: 0,
                    patch: c.patch + 1,
                    pre: String::new(),
                }
            };
            o != Less && cmp_version(v, &upper) == Less
        }
        _ => return Err(format!("improper constraint: {whole}")),
    })
}

fn regex(pat: &str) -> Result<regex::Regex, FuncError> {
    regex::Regex::new(pat).map_err(|e| FuncError::Call(format!("error parsing regexp: {e}")))
}

/// Go's `Regexp.ReplaceAllString` template syntax (`$1`, `${name}`) matches the regex crate's.
fn go_list(v: Vec<Value>) -> Value {
    Value::list(v)
}

fn str_list(v: Vec<String>) -> Value {
    Value::list(v.into_iter().map(Value::str).collect())
}

fn max_collection(cx: &Exec<'_>, n: i64) -> Result<(), FuncError> {
    if n > cx.limits().max_collection as i64 {
        return Err(FuncError::Call(format!(
            "result would exceed {} elements",
            cx.limits().max_collection
        )));
    }
    Ok(())
}

fn until_step(cx: &Exec<'_>, start: i64, stop: i64, step: i64) -> Result<Value, FuncError> {
    let mut v = Vec::new();
    if step == 0 || (step > 0 && start >= stop) || (step < 0 && start <= stop) {
        return Ok(Value::list(v));
    }
    let n = ((stop - start) / step).unsigned_abs() as i64 + 1;
    max_collection(cx, n)?;
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        v.push(Value::int(i));
        i += step;
    }
    Ok(Value::list(v))
}

#[allow(clippy::too_many_lines)]
pub(crate) fn register(m: &mut FuncMap) {
    // ----- defaults / flow
    m.insert("default", |_, a| {
        min_args("default", &a, 1)?;
        let d = a[0].clone();
        match a.get(1) {
            Some(g) if !empty(g) => Ok(g.clone()),
            _ => Ok(d),
        }
    });
    m.insert("empty", |_, a| {
        nargs("empty", &a, 1)?;
        Ok(Value::bool(empty(&a[0])))
    });
    m.insert("coalesce", |_, a| {
        Ok(a.iter().find(|v| !empty(v)).cloned().unwrap_or_default())
    });
    m.insert("all", |_, a| Ok(Value::bool(a.iter().all(|v| !empty(v)))));
    m.insert("any", |_, a| Ok(Value::bool(a.iter().any(|v| !empty(v)))));
    m.insert("ternary", |_, a| {
        nargs("ternary", &a, 3)?;
        Ok(if want_bool(&a[2])? {
            a[0].clone()
        } else {
            a[1].clone()
        })
    });
    m.insert("fail", |_, a| {
        nargs("fail", &a, 1)?;
        Err(FuncError::Call(want_str(&a[0])?.text.to_string()))
    });

    // ----- strings
    m.insert("quote", |cx, a| {
        let origin = first_origin(&a);
        let mut b = StrBuilder::new();
        let mut first = true;
        for v in a.iter().filter(|v| !v.is_nil()) {
            if !first {
                b.push_str(" ");
            }
            first = false;
            let s = strval(v);
            let q = go_quote(&s);
            match &v.kind {
                Kind::Str(st) if q.len() == s.len() + 2 => {
                    b.push_str("\"");
                    b.push_slice(st, 0..st.text.len());
                    b.push_str("\"");
                }
                Kind::Str(st) if st.chunks.is_some() => {
                    let src = st
                        .chunks()
                        .first()
                        .map(|c| c.source.clone())
                        .unwrap_or_else(|| cx.action_source(v.origin));
                    b.push_sourced(&q, src, true);
                }
                _ if v.origin.is_some() => b.push_sourced(&q, cx.action_source(v.origin), false),
                _ => b.push_str(&q),
            }
        }
        Ok(str_value(b.finish(), origin))
    });
    m.insert("squote", |cx, a| {
        let origin = first_origin(&a);
        let mut b = StrBuilder::new();
        let mut first = true;
        for v in a.iter().filter(|v| !v.is_nil()) {
            if !first {
                b.push_str(" ");
            }
            first = false;
            b.push_str("'");
            match &v.kind {
                Kind::Str(st) => b.push_slice(st, 0..st.text.len()),
                _ if v.origin.is_some() => {
                    b.push_sourced(&strval(v), cx.action_source(v.origin), false)
                }
                _ => b.push_str(&strval(v)),
            }
            b.push_str("'");
        }
        Ok(str_value(b.finish(), origin))
    });
    m.insert("upper", |cx, a| {
        nargs("upper", &a, 1)?;
        let s = want_str(&a[0])?.text.to_uppercase();
        Ok(rewrite(cx, &a[0], s))
    });
    m.insert("lower", |cx, a| {
        nargs("lower", &a, 1)?;
        let s = want_str(&a[0])?.text.to_lowercase();
        Ok(rewrite(cx, &a[0], s))
    });
    m.insert("title", |cx, a| {
        nargs("title", &a, 1)?;
        let s = go_title(&want_str(&a[0])?.text);
        Ok(rewrite(cx, &a[0], s))
    });
    m.insert("untitle", |cx, a| {
        nargs("untitle", &a, 1)?;
        let t = &want_str(&a[0])?.text;
        let mut out = String::new();
        let mut prev_sep = true;
        for c in t.chars() {
            if prev_sep {
                out.extend(c.to_lowercase());
            } else {
                out.push(c);
            }
            prev_sep = c.is_whitespace();
        }
        Ok(rewrite(cx, &a[0], out))
    });
    m.insert("trim", |_, a| {
        nargs("trim", &a, 1)?;
        let s = want_str(&a[0])?;
        let t = s.text.trim_start();
        let start = s.text.len() - t.len();
        let end = start + t.trim_end().len();
        Ok(slice_value(&a[0], s, start..end))
    });
    m.insert("trimSuffix", |_, a| {
        nargs("trimSuffix", &a, 2)?;
        let suf = want_str(&a[0])?.text.clone();
        let s = want_str(&a[1])?;
        let end = if s.text.ends_with(&*suf) {
            s.text.len() - suf.len()
        } else {
            s.text.len()
        };
        Ok(slice_value(&a[1], s, 0..end))
    });
    m.insert("trimPrefix", |_, a| {
        nargs("trimPrefix", &a, 2)?;
        let pre = want_str(&a[0])?.text.clone();
        let s = want_str(&a[1])?;
        let start = if s.text.starts_with(&*pre) {
            pre.len()
        } else {
            0
        };
        Ok(slice_value(&a[1], s, start..s.text.len()))
    });
    m.insert("trimAll", |_, a| {
        nargs("trimAll", &a, 2)?;
        let cut: Vec<char> = want_str(&a[0])?.text.chars().collect();
        let s = want_str(&a[1])?;
        let t = s.text.trim_start_matches(&cut[..]);
        let start = s.text.len() - t.len();
        let end = start + t.trim_end_matches(&cut[..]).len();
        Ok(slice_value(&a[1], s, start..end))
    });
    m.insert("trunc", |_, a| {
        nargs("trunc", &a, 2)?;
        let c = want_int(&a[0])?;
        let s = want_str(&a[1])?;
        let n = s.text.len() as i64;
        let r = if c < 0 && n + c > 0 {
            byte_floor(&s.text, (n + c) as usize)..s.text.len()
        } else if c >= 0 && n > c {
            0..byte_floor(&s.text, c as usize)
        } else {
            0..s.text.len()
        };
        Ok(slice_value(&a[1], s, r))
    });
    m.insert("substr", |_, a| {
        nargs("substr", &a, 3)?;
        let (start, end) = (want_int(&a[0])?, want_int(&a[1])?);
        let s = want_str(&a[2])?;
        let n = s.text.len() as i64;
        let r = if start < 0 {
            0..end
        } else if end < 0 || end > n {
            start..n
        } else {
            start..end
        };
        if r.start < 0 || r.end > n || r.start > r.end {
            return Err(FuncError::Call(format!(
                "runtime error: slice bounds out of range [{}:{}]",
                r.start, r.end
            )));
        }
        let r = byte_floor(&s.text, r.start as usize)..byte_floor(&s.text, r.end as usize);
        Ok(slice_value(&a[2], s, r))
    });
    m.insert("replace", |cx, a| {
        nargs("replace", &a, 3)?;
        let (old, new) = (want_str(&a[0])?.text.clone(), want_str(&a[1])?.text.clone());
        let s = want_str(&a[2])?;
        let out = if old.is_empty() {
            // strings.Replace with an empty old inserts `new` around every rune
            let mut o = String::from(&*new);
            for c in s.text.chars() {
                o.push(c);
                o.push_str(&new);
            }
            o
        } else {
            s.text.replace(&*old, &new)
        };
        if out == *s.text {
            return Ok(a[2].clone());
        }
        Ok(rewrite(cx, &a[2], out))
    });
    m.insert("contains", |_, a| {
        nargs("contains", &a, 2)?;
        Ok(Value::bool(
            want_str(&a[1])?.text.contains(&*want_str(&a[0])?.text),
        ))
    });
    m.insert("hasPrefix", |_, a| {
        nargs("hasPrefix", &a, 2)?;
        Ok(Value::bool(
            want_str(&a[1])?.text.starts_with(&*want_str(&a[0])?.text),
        ))
    });
    m.insert("hasSuffix", |_, a| {
        nargs("hasSuffix", &a, 2)?;
        Ok(Value::bool(
            want_str(&a[1])?.text.ends_with(&*want_str(&a[0])?.text),
        ))
    });
    m.insert("indent", |cx, a| {
        nargs("indent", &a, 2)?;
        let n = want_int(&a[0])?;
        max_collection(cx, n)?;
        let s = want_str(&a[1])?;
        Ok(str_value(
            indent(&" ".repeat(n.max(0) as usize), s, false),
            a[1].origin,
        ))
    });
    m.insert("nindent", |cx, a| {
        nargs("nindent", &a, 2)?;
        let n = want_int(&a[0])?;
        max_collection(cx, n)?;
        let s = want_str(&a[1])?;
        Ok(str_value(
            indent(&" ".repeat(n.max(0) as usize), s, true),
            a[1].origin,
        ))
    });
    m.insert("repeat", |cx, a| {
        nargs("repeat", &a, 2)?;
        let n = want_int(&a[0])?;
        let s = want_str(&a[1])?;
        if n < 0 {
            return Err(FuncError::Call("strings: negative Repeat count".into()));
        }
        max_collection(cx, n.saturating_mul(s.text.len() as i64))?;
        Ok(Value::str(s.text.repeat(n as usize)).with_origin(a[1].origin))
    });
    m.insert("nospace", |cx, a| {
        nargs("nospace", &a, 1)?;
        let s: String = want_str(&a[0])?
            .text
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        Ok(rewrite(cx, &a[0], s))
    });
    m.insert("cat", |_, a| {
        let parts: Vec<String> = a.iter().filter(|v| !v.is_nil()).map(to_v).collect();
        Ok(Value::str(parts.join(" ")).with_origin(first_origin(&a)))
    });
    m.insert("splitList", |_, a| {
        nargs("splitList", &a, 2)?;
        let sep = want_str(&a[0])?.text.clone();
        let s = want_str(&a[1])?;
        Ok(str_list(go_split(&s.text, &sep)))
    });
    m.insert("split", |_, a| {
        nargs("split", &a, 2)?;
        let sep = want_str(&a[0])?.text.clone();
        let s = want_str(&a[1])?;
        let mut mm = BTreeMap::new();
        for (i, p) in go_split(&s.text, &sep).into_iter().enumerate() {
            mm.insert(format!("_{i}"), Value::str(p));
        }
        Ok(Value::map(mm))
    });
    m.insert("splitn", |_, a| {
        nargs("splitn", &a, 3)?;
        let sep = want_str(&a[0])?.text.clone();
        let n = want_int(&a[1])?;
        let s = want_str(&a[2])?;
        let mut mm = BTreeMap::new();
        if n != 0 {
            let parts: Vec<&str> = if n < 0 {
                s.text.split(&*sep).collect()
            } else {
                s.text.splitn(n as usize, &*sep).collect()
            };
            for (i, p) in parts.into_iter().enumerate() {
                mm.insert(format!("_{i}"), Value::str(p));
            }
        }
        Ok(Value::map(mm))
    });
    m.insert("join", |_, a| {
        nargs("join", &a, 2)?;
        let sep = want_str(&a[0])?.text.clone();
        Ok(Value::str(strslice(&a[1]).join(&sep)).with_origin(a[1].origin))
    });
    m.insert("toString", |_, a| {
        nargs("toString", &a, 1)?;
        match &a[0].kind {
            Kind::Str(_) => Ok(a[0].clone()),
            _ => Ok(Value::str(strval(&a[0])).with_origin(a[0].origin)),
        }
    });
    m.insert("toStrings", |_, a| {
        nargs("toStrings", &a, 1)?;
        Ok(str_list(strslice(&a[0])))
    });
    m.insert("abbrev", |_, a| {
        nargs("abbrev", &a, 2)?;
        let w = want_int(&a[0])?;
        let s = &want_str(&a[1])?.text;
        if w < 4 || s.len() as i64 <= w {
            return Ok(a[1].clone());
        }
        Ok(Value::str(format!(
            "{}...",
            &s[..byte_floor(s, (w - 3) as usize)]
        )))
    });
    m.insert("plural", |_, a| {
        nargs("plural", &a, 3)?;
        let n = want_int(&a[2])?;
        Ok(if n == 1 { a[0].clone() } else { a[1].clone() })
    });
    m.insert("snakecase", |_, a| {
        nargs("snakecase", &a, 1)?;
        Ok(Value::str(case_words(&want_str(&a[0])?.text, "_", false)))
    });
    m.insert("kebabcase", |_, a| {
        nargs("kebabcase", &a, 1)?;
        Ok(Value::str(case_words(&want_str(&a[0])?.text, "-", false)))
    });
    m.insert("camelcase", |_, a| {
        nargs("camelcase", &a, 1)?;
        Ok(Value::str(case_words(&want_str(&a[0])?.text, "", true)))
    });

    // ----- lists
    m.insert("list", |_, a| Ok(go_list(a)));
    m.insert("tuple", |_, a| Ok(go_list(a)));
    for name in ["append", "push", "mustAppend", "mustPush"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 2)?;
            let mut l = list_of(&a[0], "append")?.as_ref().clone();
            l.push(a[1].clone());
            Ok(Value::list(l))
        });
    }
    for name in ["prepend", "mustPrepend"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 2)?;
            let mut l = list_of(&a[0], "prepend")?.as_ref().clone();
            l.insert(0, a[1].clone());
            Ok(Value::list(l))
        });
    }
    for name in ["first", "mustFirst"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 1)?;
            Ok(list_of(&a[0], "find first")?
                .first()
                .cloned()
                .unwrap_or_default())
        });
    }
    for name in ["last", "mustLast"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 1)?;
            Ok(list_of(&a[0], "find last")?
                .last()
                .cloned()
                .unwrap_or_default())
        });
    }
    for name in ["rest", "mustRest"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 1)?;
            let l = list_of(&a[0], "find rest")?;
            Ok(if l.is_empty() {
                Value::NIL
            } else {
                Value::list(l[1..].to_vec())
            })
        });
    }
    for name in ["initial", "mustInitial"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 1)?;
            let l = list_of(&a[0], "find initial")?;
            Ok(if l.is_empty() {
                Value::NIL
            } else {
                Value::list(l[..l.len() - 1].to_vec())
            })
        });
    }
    for name in ["reverse", "mustReverse"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 1)?;
            let mut l = list_of(&a[0], "find reverse")?.as_ref().clone();
            l.reverse();
            Ok(Value::list(l))
        });
    }
    for name in ["uniq", "mustUniq"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 1)?;
            let l = list_of(&a[0], "find uniq")?;
            let mut out: Vec<Value> = Vec::new();
            for e in l.iter() {
                if !out.iter().any(|o| deep_equal(o, e)) {
                    out.push(e.clone());
                }
            }
            Ok(Value::list(out))
        });
    }
    for name in ["compact", "mustCompact"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 1)?;
            let l = list_of(&a[0], "compact")?;
            Ok(Value::list(
                l.iter().filter(|e| !empty(e)).cloned().collect(),
            ))
        });
    }
    for name in ["without", "mustWithout"] {
        m.insert(name, move |_, a| {
            min_args(name, &a, 1)?;
            let l = list_of(&a[0], "find without")?;
            Ok(Value::list(
                l.iter()
                    .filter(|e| !a[1..].iter().any(|o| deep_equal(o, e)))
                    .cloned()
                    .collect(),
            ))
        });
    }
    for name in ["has", "mustHas"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 2)?;
            if a[1].is_nil() {
                return Ok(Value::bool(false));
            }
            let l = list_of(&a[1], "find has")?;
            Ok(Value::bool(l.iter().any(|e| deep_equal(e, &a[0]))))
        });
    }
    m.insert("concat", |_, a| {
        let mut out = Vec::new();
        for l in &a {
            match &l.kind {
                Kind::List(l) => out.extend(l.iter().cloned()),
                _ => {
                    return Err(FuncError::Call(format!(
                        "Cannot concat type {} as list",
                        go_kind(l)
                    )));
                }
            }
        }
        Ok(Value::list(out))
    });
    m.insert("sortAlpha", |_, a| {
        nargs("sortAlpha", &a, 1)?;
        let mut s = match &a[0].kind {
            Kind::List(_) => strslice(&a[0]),
            _ => vec![strval(&a[0])],
        };
        s.sort();
        Ok(str_list(s))
    });
    m.insert("slice", |_, a| {
        min_args("slice", &a, 1)?;
        let l = match &a[0].kind {
            Kind::List(l) => l.clone(),
            _ => {
                return Err(FuncError::Call(format!(
                    "list should be type of slice or array but {}",
                    go_kind(&a[0])
                )));
            }
        };
        if l.is_empty() {
            return Ok(Value::NIL);
        }
        let start = a.get(1).map_or(0, to_int64);
        let end = a.get(2).map_or(l.len() as i64, to_int64);
        if start < 0 || end > l.len() as i64 || start > end {
            return Err(FuncError::Call(format!(
                "runtime error: slice bounds out of range [{start}:{end}]"
            )));
        }
        Ok(Value::list(l[start as usize..end as usize].to_vec()))
    });
    m.insert("until", |cx, a| {
        nargs("until", &a, 1)?;
        let n = want_int(&a[0])?;
        let step = if n < 0 { -1 } else { 1 };
        until_step(cx, 0, n, step)
    });
    m.insert("untilStep", |cx, a| {
        nargs("untilStep", &a, 3)?;
        until_step(cx, want_int(&a[0])?, want_int(&a[1])?, want_int(&a[2])?)
    });
    m.insert("seq", |cx, a| {
        let p: Vec<i64> = a.iter().map(want_int).collect::<Result<_, _>>()?;
        let (start, end, step) = match p.as_slice() {
            [] => return Ok(Value::str("")),
            [e] => (1, *e, 1),
            [s, e] => (*s, *e, if s <= e { 1 } else { -1 }),
            [s, st, e] => (*s, *e, *st),
            _ => return Ok(Value::str("")),
        };
        let stop = if step > 0 { end + 1 } else { end - 1 };
        let v = until_step(cx, start, stop, step)?;
        Ok(Value::str(
            crate::gofmt::sprint(&[v])
                .trim_matches(['[', ']'])
                .to_string(),
        ))
    });

    // ----- dicts
    m.insert("dict", |_, a| {
        let mut mm = BTreeMap::new();
        for pair in a.chunks(2) {
            let k = strval(&pair[0]);
            mm.insert(k, pair.get(1).cloned().unwrap_or_else(|| Value::str("")));
        }
        Ok(Value::map(mm))
    });
    m.insert("get", |_, a| {
        nargs("get", &a, 2)?;
        let d = want_map(&a[0])?;
        let k = want_str(&a[1])?.text.clone();
        Ok(d.borrow()
            .get(&*k)
            .cloned()
            .unwrap_or_else(|| Value::str("")))
    });
    m.insert("set", |_, a| {
        nargs("set", &a, 3)?;
        let d = want_map(&a[0])?;
        let k = want_str(&a[1])?.text.to_string();
        d.borrow_mut().insert(k, a[2].clone());
        Ok(a[0].clone())
    });
    m.insert("unset", |_, a| {
        nargs("unset", &a, 2)?;
        let d = want_map(&a[0])?;
        let k = want_str(&a[1])?.text.clone();
        d.borrow_mut().remove(&*k);
        Ok(a[0].clone())
    });
    m.insert("hasKey", |_, a| {
        nargs("hasKey", &a, 2)?;
        let d = want_map(&a[0])?;
        let k = want_str(&a[1])?.text.clone();
        Ok(Value::bool(d.borrow().contains_key(&*k)))
    });
    m.insert("keys", |_, a| {
        let mut out = Vec::new();
        for d in &a {
            out.extend(want_map(d)?.borrow().keys().cloned());
        }
        Ok(str_list(out))
    });
    m.insert("values", |_, a| {
        nargs("values", &a, 1)?;
        let d = want_map(&a[0])?;
        let v: Vec<Value> = d.borrow().values().cloned().collect();
        Ok(Value::list(v))
    });
    m.insert("pluck", |_, a| {
        min_args("pluck", &a, 1)?;
        let k = want_str(&a[0])?.text.clone();
        let mut out = Vec::new();
        for d in &a[1..] {
            if let Some(v) = want_map(d)?.borrow().get(&*k) {
                out.push(v.clone());
            }
        }
        Ok(Value::list(out))
    });
    m.insert("pick", |_, a| {
        min_args("pick", &a, 1)?;
        let d = want_map(&a[0])?;
        let mut out = BTreeMap::new();
        for k in &a[1..] {
            let k = want_str(k)?.text.clone();
            if let Some(v) = d.borrow().get(&*k) {
                out.insert(k.to_string(), v.clone());
            }
        }
        Ok(Value::map(out))
    });
    m.insert("omit", |_, a| {
        min_args("omit", &a, 1)?;
        let d = want_map(&a[0])?;
        let drop: Vec<String> = a[1..]
            .iter()
            .map(|k| want_str(k).map(|s| s.text.to_string()))
            .collect::<Result<_, _>>()?;
        let out: BTreeMap<String, Value> = d
            .borrow()
            .iter()
            .filter(|(k, _)| !drop.contains(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Ok(Value::map(out))
    });
    for (name, overwrite) in [
        ("merge", false),
        ("mustMerge", false),
        ("mergeOverwrite", true),
        ("mustMergeOverwrite", true),
    ] {
        m.insert(name, move |_, a| {
            min_args(name, &a, 1)?;
            let dst = want_map(&a[0])?;
            for s in &a[1..] {
                let src = want_map(s)?;
                merge_into(&dst, &src, overwrite, 0, &mut 1_000_000);
            }
            Ok(a[0].clone())
        });
    }
    m.insert("deepCopy", |_, a| {
        nargs("deepCopy", &a, 1)?;
        deep_copy(&a[0], 0, &mut 200_000)
    });
    m.insert("dig", |_, a| {
        min_args("dig", &a, 3)?;
        let n = a.len();
        let d = want_map(&a[n - 1])?;
        let default = a[n - 2].clone();
        let keys: Vec<String> = a[..n - 2]
            .iter()
            .map(|k| want_str(k).map(|s| s.text.to_string()))
            .collect::<Result<_, _>>()?;
        let mut cur = Value {
            kind: Kind::Map(d),
            origin: None,
        };
        for k in &keys {
            let next = match &cur.kind {
                Kind::Map(m) => m.borrow().get(k).cloned(),
                _ => {
                    return Err(FuncError::Call(format!(
                        "interface conversion: interface {{}} is {}, not map[string]interface {{}}",
                        cur.type_name()
                    )));
                }
            };
            match next {
                Some(v) => cur = v,
                None => return Ok(default),
            }
        }
        Ok(cur)
    });

    // ----- types and conversions
    m.insert("kindOf", |_, a| {
        nargs("kindOf", &a, 1)?;
        Ok(Value::str(go_kind(&a[0])))
    });
    m.insert("kindIs", |_, a| {
        nargs("kindIs", &a, 2)?;
        Ok(Value::bool(*want_str(&a[0])?.text == *go_kind(&a[1])))
    });
    m.insert("typeOf", |_, a| {
        nargs("typeOf", &a, 1)?;
        Ok(Value::str(a[0].type_name()))
    });
    m.insert("typeIs", |_, a| {
        nargs("typeIs", &a, 2)?;
        Ok(Value::bool(*want_str(&a[0])?.text == *a[1].type_name()))
    });
    m.insert("typeIsLike", |_, a| {
        nargs("typeIsLike", &a, 2)?;
        let t = want_str(&a[0])?.text.clone();
        let n = a[1].type_name();
        Ok(Value::bool(*t == *n || t.strip_prefix('*') == Some(n)))
    });
    m.insert("deepEqual", |_, a| {
        nargs("deepEqual", &a, 2)?;
        Ok(Value::bool(deep_equal(&a[0], &a[1])))
    });
    m.insert("int", |_, a| {
        nargs("int", &a, 1)?;
        Ok(Value::int(to_int64(&a[0])).with_origin(a[0].origin))
    });
    m.insert("int64", |_, a| {
        nargs("int64", &a, 1)?;
        Ok(Value::int64(to_int64(&a[0])).with_origin(a[0].origin))
    });
    m.insert("float64", |_, a| {
        nargs("float64", &a, 1)?;
        Ok(Value::float(to_float64(&a[0])).with_origin(a[0].origin))
    });
    m.insert("atoi", |_, a| {
        nargs("atoi", &a, 1)?;
        let s = want_str(&a[0])?;
        let t = s.text.strip_prefix('+').unwrap_or(&s.text);
        Ok(Value::int(t.parse::<i64>().unwrap_or(0)).with_origin(a[0].origin))
    });
    m.insert("toDecimal", |_, a| {
        nargs("toDecimal", &a, 1)?;
        Ok(Value::int64(
            i64::from_str_radix(&strval(&a[0]), 8).unwrap_or(0),
        ))
    });

    // ----- math
    m.insert("add", |_, a| {
        Ok(Value::int64(
            a.iter().map(to_int64).fold(0i64, i64::wrapping_add),
        ))
    });
    m.insert("add1", |_, a| {
        nargs("add1", &a, 1)?;
        Ok(Value::int64(to_int64(&a[0]).wrapping_add(1)))
    });
    m.insert("sub", |_, a| {
        nargs("sub", &a, 2)?;
        Ok(Value::int64(to_int64(&a[0]).wrapping_sub(to_int64(&a[1]))))
    });
    m.insert("mul", |_, a| {
        min_args("mul", &a, 1)?;
        Ok(Value::int64(
            a.iter().map(to_int64).fold(1i64, i64::wrapping_mul),
        ))
    });
    m.insert("div", |_, a| {
        nargs("div", &a, 2)?;
        let d = to_int64(&a[1]);
        if d == 0 {
            return Err(FuncError::Call(
                "runtime error: integer divide by zero".into(),
            ));
        }
        Ok(Value::int64(to_int64(&a[0]).wrapping_div(d)))
    });
    m.insert("mod", |_, a| {
        nargs("mod", &a, 2)?;
        let d = to_int64(&a[1]);
        if d == 0 {
            return Err(FuncError::Call(
                "runtime error: integer divide by zero".into(),
            ));
        }
        Ok(Value::int64(to_int64(&a[0]).wrapping_rem(d)))
    });
    m.insert("max", |_, a| {
        min_args("max", &a, 1)?;
        Ok(Value::int64(a.iter().map(to_int64).max().unwrap_or(0)))
    });
    m.insert("min", |_, a| {
        min_args("min", &a, 1)?;
        Ok(Value::int64(a.iter().map(to_int64).min().unwrap_or(0)))
    });
    m.insert("addf", |_, a| {
        Ok(Value::float(dec_fold(&a, 0.0, Dec::add, |x, y| x + y)))
    });
    m.insert("add1f", |_, a| {
        nargs("add1f", &a, 1)?;
        Ok(Value::float(to_float64(&a[0]) + 1.0))
    });
    m.insert("subf", |_, a| {
        min_args("subf", &a, 1)?;
        Ok(Value::float(dec_fold(
            &a[1..],
            to_float64(&a[0]),
            Dec::sub,
            |x, y| x - y,
        )))
    });
    m.insert("mulf", |_, a| {
        min_args("mulf", &a, 1)?;
        Ok(Value::float(dec_fold(&a, 1.0, Dec::mul, |x, y| x * y)))
    });
    m.insert("divf", |_, a| {
        min_args("divf", &a, 1)?;
        Ok(Value::float(dec_fold(
            &a[1..],
            to_float64(&a[0]),
            Dec::div,
            |x, y| x / y,
        )))
    });
    m.insert("maxf", |_, a| {
        min_args("maxf", &a, 1)?;
        Ok(Value::float(
            a.iter().map(to_float64).fold(f64::NEG_INFINITY, f64::max),
        ))
    });
    m.insert("minf", |_, a| {
        min_args("minf", &a, 1)?;
        Ok(Value::float(
            a.iter().map(to_float64).fold(f64::INFINITY, f64::min),
        ))
    });
    m.insert("floor", |_, a| {
        nargs("floor", &a, 1)?;
        Ok(Value::float(to_float64(&a[0]).floor()))
    });
    m.insert("ceil", |_, a| {
        nargs("ceil", &a, 1)?;
        Ok(Value::float(to_float64(&a[0]).ceil()))
    });
    m.insert("round", |_, a| {
        min_args("round", &a, 2)?;
        let p = to_int64(&a[1]) as i32;
        let pow = 10f64.powi(p);
        let x = to_float64(&a[0]) * pow;
        let r = if x.fract().abs() >= 0.5 {
            x.trunc() + x.signum()
        } else {
            x.trunc()
        };
        Ok(Value::float(r / pow))
    });

    // ----- encodings and hashes
    m.insert("b64enc", |_, a| {
        nargs("b64enc", &a, 1)?;
        Ok(Value::str(b64enc(want_str(&a[0])?.text.as_bytes())))
    });
    m.insert("b64dec", |_, a| {
        nargs("b64dec", &a, 1)?;
        Ok(Value::str(match b64dec(&want_str(&a[0])?.text) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => e,
        }))
    });
    m.insert("sha256sum", |_, a| {
        nargs("sha256sum", &a, 1)?;
        Ok(Value::str(hex(&sha256(want_str(&a[0])?.text.as_bytes()))))
    });
    m.insert("sha1sum", |_, a| {
        nargs("sha1sum", &a, 1)?;
        Ok(Value::str(hex(&sha1(want_str(&a[0])?.text.as_bytes()))))
    });
    m.insert("adler32sum", |_, a| {
        nargs("adler32sum", &a, 1)?;
        let (mut x, mut y) = (1u32, 0u32);
        for b in want_str(&a[0])?.text.bytes() {
            x = (x + u32::from(b)) % 65521;
            y = (y + x) % 65521;
        }
        Ok(Value::str(((y << 16) | x).to_string()))
    });
    m.insert("toJson", |_, a| {
        nargs("toJson", &a, 1)?;
        let mut s = String::new();
        Ok(Value::str(if to_json(&a[0], &mut s, None, 0).is_ok() {
            s
        } else {
            String::new()
        }))
    });
    m.insert("mustToJson", |_, a| {
        nargs("mustToJson", &a, 1)?;
        let mut s = String::new();
        to_json(&a[0], &mut s, None, 0).map_err(FuncError::Call)?;
        Ok(Value::str(s))
    });
    m.insert("toPrettyJson", |_, a| {
        nargs("toPrettyJson", &a, 1)?;
        let mut s = String::new();
        Ok(Value::str(if to_json(&a[0], &mut s, Some(2), 0).is_ok() {
            s
        } else {
            String::new()
        }))
    });
    m.insert("toRawJson", |_, a| {
        nargs("toRawJson", &a, 1)?;
        let mut s = String::new();
        if to_json(&a[0], &mut s, None, 0).is_err() {
            return Ok(Value::str(""));
        }
        let s = s
            .replace("\\u003c", "<")
            .replace("\\u003e", ">")
            .replace("\\u0026", "&");
        Ok(Value::str(s))
    });
    m.insert("fromJson", |_, a| {
        nargs("fromJson", &a, 1)?;
        let text = want_str(&a[0])?.text.clone();
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(v @ serde_json::Value::Object(_)) => Ok(from_serde(&v)),
            Ok(_) => {
                let mut mm = BTreeMap::new();
                mm.insert(
                    "Error".to_string(),
                    Value::str(
                        "json: cannot unmarshal into Go value of type map[string]interface {}",
                    ),
                );
                Ok(Value::map(mm))
            }
            Err(e) => {
                let mut mm = BTreeMap::new();
                mm.insert("Error".to_string(), Value::str(json_error(&text, &e)));
                Ok(Value::map(mm))
            }
        }
    });
    m.insert("fromJsonArray", |_, a| {
        nargs("fromJsonArray", &a, 1)?;
        let text = want_str(&a[0])?.text.clone();
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(v @ serde_json::Value::Array(_)) => Ok(from_serde(&v)),
            Ok(_) => Ok(Value::list(vec![Value::str(
                "json: cannot unmarshal into Go value of type []interface {}",
            )])),
            Err(e) => Ok(Value::list(vec![Value::str(json_error(&text, &e))])),
        }
    });

    // ----- regular expressions
    for name in ["regexMatch", "mustRegexMatch"] {
        let must = name.starts_with("must");
        m.insert(name, move |_, a| {
            nargs(name, &a, 2)?;
            match regex(&want_str(&a[0])?.text) {
                Ok(re) => Ok(Value::bool(re.is_match(&want_str(&a[1])?.text))),
                Err(e) if must => Err(e),
                Err(_) => Ok(Value::bool(false)),
            }
        });
    }
    m.insert("regexFind", |_, a| {
        nargs("regexFind", &a, 2)?;
        let re = regex(&want_str(&a[0])?.text)?;
        Ok(Value::str(
            re.find(&want_str(&a[1])?.text).map_or("", |m| m.as_str()),
        ))
    });
    m.insert("regexFindAll", |_, a| {
        nargs("regexFindAll", &a, 3)?;
        let re = regex(&want_str(&a[0])?.text)?;
        let s = want_str(&a[1])?.text.clone();
        let n = want_int(&a[2])?;
        let it = re.find_iter(&s).map(|m| m.as_str().to_string());
        let v: Vec<String> = if n < 0 {
            it.collect()
        } else {
            it.take(n as usize).collect()
        };
        Ok(str_list(v))
    });
    m.insert("regexReplaceAll", |_, a| {
        nargs("regexReplaceAll", &a, 3)?;
        let re = regex(&want_str(&a[0])?.text)?;
        Ok(Value::str(
            re.replace_all(&want_str(&a[1])?.text, &*want_str(&a[2])?.text)
                .into_owned(),
        ))
    });
    m.insert("regexReplaceAllLiteral", |_, a| {
        nargs("regexReplaceAllLiteral", &a, 3)?;
        let re = regex(&want_str(&a[0])?.text)?;
        let rep = want_str(&a[2])?.text.to_string();
        Ok(Value::str(
            re.replace_all(&want_str(&a[1])?.text, regex::NoExpand(&rep))
                .into_owned(),
        ))
    });
    m.insert("regexSplit", |_, a| {
        nargs("regexSplit", &a, 3)?;
        let re = regex(&want_str(&a[0])?.text)?;
        let s = want_str(&a[1])?.text.clone();
        let n = want_int(&a[2])?;
        let v: Vec<String> = if n < 0 {
            re.split(&s).map(str::to_string).collect()
        } else {
            re.splitn(&s, n as usize).map(str::to_string).collect()
        };
        Ok(str_list(v))
    });
    m.insert("regexQuoteMeta", |_, a| {
        nargs("regexQuoteMeta", &a, 1)?;
        Ok(Value::str(regex::escape(&want_str(&a[0])?.text)))
    });

    // ----- semver
    m.insert("semverCompare", |_, a| {
        nargs("semverCompare", &a, 2)?;
        let c = want_str(&a[0])?.text.clone();
        let v = want_str(&a[1])?.text.clone();
        let Some(ver) = parse_version(&v) else {
            return Err(FuncError::Call("Invalid Semantic Version".into()));
        };
        semver_check(&c, &ver)
            .map(Value::bool)
            .map_err(FuncError::Call)
    });

    // ----- deterministic stand-ins for clocks, randomness and crypto
    m.insert("now", |_, _| {
        Ok(Value::str("1970-01-01 00:00:00 +0000 UTC"))
    });
    m.insert("date", |_, a| {
        nargs("date", &a, 2)?;
        Ok(Value::str(epoch_format(&want_str(&a[0])?.text)))
    });
    m.insert("dateInZone", |_, a| {
        nargs("dateInZone", &a, 3)?;
        Ok(Value::str(epoch_format(&want_str(&a[0])?.text)))
    });
    m.insert("htmlDate", |_, _| Ok(Value::str("1970-01-01")));
    m.insert("unixEpoch", |_, _| Ok(Value::str("0")));
    m.insert("dateModify", |_, a| {
        nargs("dateModify", &a, 2)?;
        Ok(a[1].clone())
    });
    m.insert("ago", |_, _| Ok(Value::str("0s")));
    for (name, alphabet) in [
        ("randAlphaNum", &b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[..]),
        ("randAlpha", &b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[..]),
        ("randNumeric", &b"0123456789"[..]),
        ("randAscii", &b"!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~"[..]),
    ] {
        m.insert(name, move |cx, a| {
            nargs(name, &a, 1)?;
            let n = want_int(&a[0])?.max(0);
            max_collection(cx, n)?;
            Ok(Value::str(pseudo_random(n as usize, alphabet)))
        });
    }
    m.insert("randInt", |_, a| {
        nargs("randInt", &a, 2)?;
        Ok(Value::int(to_int64(&a[0])))
    });
    m.insert("uuidv4", |_, _| {
        Ok(Value::str("00000000-0000-4000-8000-000000000000"))
    });
    m.insert("genPrivateKey", |_, _| Ok(Value::str(FIXED_KEY)));
    m.insert("genCA", |_, _| Ok(cert_pair()));
    m.insert("genCAWithKey", |_, _| Ok(cert_pair()));
    m.insert("genSelfSignedCert", |_, _| Ok(cert_pair()));
    m.insert("genSelfSignedCertWithKey", |_, _| Ok(cert_pair()));
    m.insert("genSignedCert", |_, _| Ok(cert_pair()));
    m.insert("genSignedCertWithKey", |_, _| Ok(cert_pair()));
    m.insert("derivePassword", |_, _| {
        Ok(Value::str("deterministic-password"))
    });
    m.insert("htpasswd", |_, a| {
        nargs("htpasswd", &a, 2)?;
        Ok(Value::str(format!(
            "{}:$2a$10$deterministichashdeterministichashdeterministich",
            strval(&a[0])
        )))
    });
    m.insert("bcrypt", |_, _| {
        Ok(Value::str(
            "$2a$10$deterministichashdeterministichashdeterministich",
        ))
    });
    m.insert("shuffle", |_, a| {
        nargs("shuffle", &a, 1)?;
        Ok(a[0].clone())
    });

    // ----- misc
    m.insert("env", |_, _| Ok(Value::str("")));
    m.insert("expandenv", |_, a| {
        nargs("expandenv", &a, 1)?;
        Ok(a[0].clone())
    });
    m.insert("base", |_, a| {
        nargs("base", &a, 1)?;
        let s = want_str(&a[0])?.text.trim_end_matches('/').to_string();
        Ok(Value::str(if s.is_empty() {
            "/".into()
        } else {
            s.rsplit('/').next().unwrap_or("").to_string()
        }))
    });
    m.insert("dir", |_, a| {
        nargs("dir", &a, 1)?;
        let s = want_str(&a[0])?.text.clone();
        Ok(Value::str(match s.rfind('/') {
            Some(0) => "/".to_string(),
            Some(i) => s[..i].to_string(),
            None => ".".to_string(),
        }))
    });
    m.insert("ext", |_, a| {
        nargs("ext", &a, 1)?;
        let s = want_str(&a[0])?.text.clone();
        let base = s.rsplit('/').next().unwrap_or("");
        Ok(Value::str(base.rfind('.').map_or("", |i| &base[i..])))
    });
    let _ = go_eq;
    register_more(m);
}

/// Less used Sprig functions, aliases and `must` variants.
fn register_more(m: &mut FuncMap) {
    m.insert("hello", |_, _| Ok(Value::str("Hello!")));
    for (alias, of) in [
        ("biggest", "max"),
        ("trimall", "trimAll"),
        ("mustDeepCopy", "deepCopy"),
        ("mustSlice", "slice"),
        ("mustRegexFind", "regexFind"),
        ("mustRegexFindAll", "regexFindAll"),
        ("mustRegexReplaceAll", "regexReplaceAll"),
        ("mustRegexReplaceAllLiteral", "regexReplaceAllLiteral"),
        ("mustRegexSplit", "regexSplit"),
        ("osBase", "base"),
        ("osDir", "dir"),
        ("osExt", "ext"),
    ] {
        if let Some(f) = m.get(of) {
            m.insert_func(alias, f);
        }
    }
    m.insert("mustToPrettyJson", |_, a| {
        nargs("mustToPrettyJson", &a, 1)?;
        let mut s = String::new();
        to_json(&a[0], &mut s, Some(2), 0).map_err(FuncError::Call)?;
        Ok(Value::str(s))
    });
    m.insert("mustToRawJson", |_, a| {
        nargs("mustToRawJson", &a, 1)?;
        let mut s = String::new();
        to_json(&a[0], &mut s, None, 0).map_err(FuncError::Call)?;
        let s = s
            .replace("\\u003c", "<")
            .replace("\\u003e", ">")
            .replace("\\u0026", "&");
        Ok(Value::str(s))
    });
    m.insert("mustFromJson", |_, a| {
        nargs("mustFromJson", &a, 1)?;
        let text = want_str(&a[0])?.text.clone();
        serde_json::from_str::<serde_json::Value>(&text)
            .map(|v| from_serde(&v))
            .map_err(|e| FuncError::Call(json_error(&text, &e)))
    });
    for name in ["chunk", "mustChunk"] {
        m.insert(name, move |_, a| {
            nargs(name, &a, 2)?;
            let size = want_int(&a[0])?;
            let l = list_of(&a[1], "chunk")?;
            if size <= 0 {
                return Err(FuncError::Call(
                    "runtime error: integer divide by zero".into(),
                ));
            }
            let out = l
                .chunks(size as usize)
                .map(|c| Value::list(c.to_vec()))
                .collect();
            Ok(Value::list(out))
        });
    }
    m.insert("initials", |_, a| {
        nargs("initials", &a, 1)?;
        let s: String = want_str(&a[0])?
            .text
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect();
        Ok(Value::str(s))
    });
    m.insert("swapcase", |_, a| {
        nargs("swapcase", &a, 1)?;
        let s: String = want_str(&a[0])?
            .text
            .chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect::<Vec<_>>()
                }
            })
            .collect();
        Ok(Value::str(s))
    });
    m.insert("b32enc", |_, a| {
        nargs("b32enc", &a, 1)?;
        Ok(Value::str(b32enc(want_str(&a[0])?.text.as_bytes())))
    });
    m.insert("b32dec", |_, a| {
        nargs("b32dec", &a, 1)?;
        Ok(Value::str(match b32dec(&want_str(&a[0])?.text) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => "illegal base32 data".to_string(),
        }))
    });
    m.insert("clean", |_, a| {
        nargs("clean", &a, 1)?;
        Ok(Value::str(clean_path(&want_str(&a[0])?.text)))
    });
    m.insert("osClean", |_, a| {
        nargs("osClean", &a, 1)?;
        Ok(Value::str(clean_path(&want_str(&a[0])?.text)))
    });
    m.insert("isAbs", |_, a| {
        nargs("isAbs", &a, 1)?;
        Ok(Value::bool(want_str(&a[0])?.text.starts_with('/')))
    });
    m.insert("osIsAbs", |_, a| {
        nargs("osIsAbs", &a, 1)?;
        Ok(Value::bool(want_str(&a[0])?.text.starts_with('/')))
    });
    m.insert("semver", |_, a| {
        nargs("semver", &a, 1)?;
        let text = want_str(&a[0])?.text.clone();
        let Some(v) = parse_version(&text) else {
            return Err(FuncError::Call("Invalid Semantic Version".into()));
        };
        let meta = text.split_once('+').map_or("", |(_, m)| m);
        let mut mm = BTreeMap::new();
        mm.insert("Major".to_string(), Value::int64(v.major as i64));
        mm.insert("Minor".to_string(), Value::int64(v.minor as i64));
        mm.insert("Patch".to_string(), Value::int64(v.patch as i64));
        mm.insert("Prerelease".to_string(), Value::str(v.pre.as_str()));
        mm.insert("Metadata".to_string(), Value::str(meta));
        mm.insert("Original".to_string(), Value::str(&*text));
        Ok(Value::map(mm))
    });
    // no network, no secrets: fixed answers
    m.insert("getHostByName", |_, _| Ok(Value::str("")));
    m.insert("randBytes", |_, a| {
        nargs("randBytes", &a, 1)?;
        let n = want_int(&a[0])?.clamp(0, 1 << 20) as usize;
        Ok(Value::str(b64enc(
            pseudo_random(n, b"0123456789abcdef").as_bytes(),
        )))
    });
    m.insert("encryptAES", |_, a| {
        nargs("encryptAES", &a, 2)?;
        Ok(Value::str(b64enc(want_str(&a[1])?.text.as_bytes())))
    });
    m.insert("decryptAES", |_, a| {
        nargs("decryptAES", &a, 2)?;
        Ok(Value::str(""))
    });
    m.insert("buildCustomCert", |_, _| Ok(cert_pair()));
    m.insert("toDate", |_, a| {
        nargs("toDate", &a, 2)?;
        Ok(a[1].clone())
    });
    m.insert("mustToDate", |_, a| {
        nargs("mustToDate", &a, 2)?;
        Ok(a[1].clone())
    });
    m.insert("mustDateModify", |_, a| {
        nargs("mustDateModify", &a, 2)?;
        Ok(a[1].clone())
    });
    m.insert("htmlDateInZone", |_, _| Ok(Value::str("1970-01-01")));
    m.insert("duration", |_, a| {
        nargs("duration", &a, 1)?;
        // Sprig accepts a string or an int64 only; anything else (an int literal, a float) is 0
        let n = match &a[0].kind {
            Kind::Str(t) => t.text.parse().unwrap_or(0),
            Kind::Int64(n) => *n,
            _ => 0,
        };
        Ok(Value::str(go_duration(n)))
    });
}

/// encoding/json's wording for the common syntax errors (the rest approximately).
fn json_error(text: &str, e: &serde_json::Error) -> String {
    if e.is_eof() {
        return "unexpected end of JSON input".into();
    }
    let line = text.lines().nth(e.line().saturating_sub(1)).unwrap_or("");
    match line.chars().nth(e.column().saturating_sub(1)) {
        Some(c) => format!("invalid character {c:?} looking for beginning of value"),
        None => e.to_string(),
    }
}

/// Go's `time.Duration.String` for whole seconds.
fn go_duration(secs: i64) -> String {
    if secs == 0 {
        return "0s".into();
    }
    let sign = if secs < 0 { "-" } else { "" };
    let s = secs.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        format!("{sign}{h}h{m}m{sec}s")
    } else if m > 0 {
        format!("{sign}{m}m{sec}s")
    } else {
        format!("{sign}{sec}s")
    }
}

/// Go's `path.Clean`.
fn clean_path(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let body = parts.join("/");
    match (rooted, body.is_empty()) {
        (true, _) => format!("/{body}"),
        (false, true) => ".".into(),
        (false, false) => body,
    }
}

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

fn b32enc(data: &[u8]) -> String {
    let mut out = String::new();
    for chunk in data.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let n = buf.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        let chars = (chunk.len() * 8).div_ceil(5);
        for i in 0..8 {
            if i < chars {
                out.push(B32[((n >> (35 - 5 * i)) & 31) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn b32dec(s: &str) -> Option<Vec<u8>> {
    let t = s.trim_end_matches('=');
    let mut bits = 0u64;
    let mut nbits = 0;
    let mut out = Vec::new();
    for c in t.bytes() {
        let v = B32.iter().position(|x| *x == c)? as u64;
        bits = (bits << 5) | v;
        nbits += 5;
        if nbits >= 8 {
            nbits -= 8;
            out.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    Some(out)
}

fn go_split(s: &str, sep: &str) -> Vec<String> {
    if sep.is_empty() {
        return s.chars().map(String::from).collect();
    }
    s.split(sep).map(str::to_string).collect()
}

fn case_words(s: &str, sep: &str, camel: bool) -> String {
    // split on non-alphanumerics and lower-to-upper transitions
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.push(c);
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    if camel {
        words
            .iter()
            .map(|w| {
                let mut cs = w.chars();
                cs.next()
                    .map(|f| f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase())
                    .unwrap_or_default()
            })
            .collect()
    } else {
        words
            .iter()
            .map(|w| w.to_lowercase())
            .collect::<Vec<_>>()
            .join(sep)
    }
}

/// A decimal `m * 10^e`: Sprig's float functions compute with shopspring/decimal, from each float's shortest
/// representation, so `addf 0.1 0.2` is 0.3.
#[derive(Clone, Copy)]
struct Dec {
    m: i128,
    e: i32,
}

impl Dec {
    fn from_f64(f: f64) -> Option<Dec> {
        if !f.is_finite() {
            return None;
        }
        let s = format!("{f:e}");
        let (mant, exp) = s.split_once('e')?;
        let exp: i32 = exp.parse().ok()?;
        let neg = mant.starts_with('-');
        let mant = mant.trim_start_matches('-');
        let frac = mant.split_once('.').map_or(0, |(_, f)| f.len()) as i32;
        let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
        let m: i128 = digits.parse().ok()?;
        Some(Dec {
            m: if neg { -m } else { m },
            e: exp - frac,
        })
    }

    fn to_f64(self) -> f64 {
        format!("{}e{}", self.m, self.e).parse().unwrap_or(f64::NAN)
    }

    fn align(a: Dec, b: Dec) -> Option<(i128, i128, i32)> {
        let e = a.e.min(b.e);
        let sa = 10i128.checked_pow(u32::try_from(a.e - e).ok()?)?;
        let sb = 10i128.checked_pow(u32::try_from(b.e - e).ok()?)?;
        Some((a.m.checked_mul(sa)?, b.m.checked_mul(sb)?, e))
    }

    fn add(a: Dec, b: Dec) -> Option<Dec> {
        let (x, y, e) = Dec::align(a, b)?;
        Some(Dec {
            m: x.checked_add(y)?,
            e,
        })
    }

    fn sub(a: Dec, b: Dec) -> Option<Dec> {
        let (x, y, e) = Dec::align(a, b)?;
        Some(Dec {
            m: x.checked_sub(y)?,
            e,
        })
    }

    fn mul(a: Dec, b: Dec) -> Option<Dec> {
        Some(Dec {
            m: a.m.checked_mul(b.m)?,
            e: a.e.checked_add(b.e)?,
        })
    }

    /// Division rounded half away from zero to 16 decimal places (decimal.DivisionPrecision).
    fn div(a: Dec, b: Dec) -> Option<Dec> {
        if b.m == 0 {
            return None;
        }
        // a/b = (a.m / b.m) * 10^(a.e - b.e); want q = round(a/b * 10^16)
        let shift = a.e - b.e + 16;
        let (num, den) = if shift >= 0 {
            (a.m.checked_mul(10i128.checked_pow(shift as u32)?)?, b.m)
        } else {
            (a.m, b.m.checked_mul(10i128.checked_pow((-shift) as u32)?)?)
        };
        let q = num / den;
        let r = num % den;
        let q = if 2 * r.abs() >= den.abs() {
            q + (num.signum() * den.signum())
        } else {
            q
        };
        Some(Dec { m: q, e: -16 })
    }
}

fn dec_fold(
    args: &[Value],
    init: f64,
    op: fn(Dec, Dec) -> Option<Dec>,
    plain: fn(f64, f64) -> f64,
) -> f64 {
    let mut acc = init;
    for v in args {
        let y = to_float64(v);
        // outside i128's reach (or a division by zero): plain float arithmetic
        acc = match (Dec::from_f64(acc), Dec::from_f64(y)) {
            (Some(a), Some(b)) => op(a, b).map_or_else(|| plain(acc, y), Dec::to_f64),
            _ => plain(acc, y),
        };
    }
    acc
}
