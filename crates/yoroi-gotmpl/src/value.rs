//! Template values, their origins, and strings that remember where their bytes came from.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::rc::Rc;

use crate::ast::Span;

/// Where a value came from, as an opaque id the caller assigns (e.g. an index into its table of values-file
/// locations). The engine only carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Origin(pub u64);

/// One frame of the template call stack: template `name` was entered from `call_site` (a `template` action or a
/// function such as Helm's `include`).
#[derive(Debug, PartialEq, Eq)]
pub struct Frame {
    pub name: Rc<str>,
    pub call_site: Span,
    pub parent: Stack,
}

/// The template call stack, innermost first; `None` at the top level.
pub type Stack = Option<Rc<Frame>>;

/// Iterates a stack from the innermost frame out.
pub fn frames(stack: &Stack) -> impl Iterator<Item = &Frame> {
    let mut cur = stack.as_deref();
    std::iter::from_fn(move || {
        let f = cur?;
        cur = f.parent.as_deref();
        Some(f)
    })
}

/// Where a range of output bytes came from.
#[derive(Clone, Debug, PartialEq)]
pub enum ChunkSource {
    /// Template text copied verbatim: output byte `chunk.start + k` is source byte `span.start + k`.
    Text { span: Span, stack: Stack },
    /// Printed by an action (or built by a function inside it); `origin` is the value's origin when it has one.
    Action {
        span: Span,
        origin: Option<Origin>,
        stack: Stack,
    },
}

/// A range of bytes of a string or of the output, and its source.
#[derive(Clone, Debug, PartialEq)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub source: Rc<ChunkSource>,
    /// Set where a function rewrote the bytes (escaping, case mapping that changed lengths...): the source is
    /// right, the byte offsets inside it are not.
    pub approximate: bool,
}

impl Chunk {
    /// The source of the part `a..b` of this chunk: verbatim text keeps its byte correspondence.
    fn clipped(&self, a: usize, b: usize) -> Rc<ChunkSource> {
        match &*self.source {
            ChunkSource::Text { span, stack }
                if !self.approximate && (a, b) != (self.start, self.end) =>
            {
                let start = span.start + (a - self.start) as u32;
                let span = Span {
                    file: span.file,
                    start,
                    end: start + (b - a) as u32,
                };
                Rc::new(ChunkSource::Text {
                    span,
                    stack: stack.clone(),
                })
            }
            _ => self.source.clone(),
        }
    }
}

/// A string value: text plus, when it was produced by template execution (`include`) or by functions that kept
/// track, the chunks its bytes came from. Bytes not covered by a chunk belong to whatever prints the string.
#[derive(Clone, Debug, Default)]
pub struct Str {
    pub text: Rc<str>,
    pub chunks: Option<Rc<[Chunk]>>,
}

impl Str {
    pub fn plain(s: impl Into<Rc<str>>) -> Self {
        Str {
            text: s.into(),
            chunks: None,
        }
    }
    pub fn as_str(&self) -> &str {
        &self.text
    }
    pub fn chunks(&self) -> &[Chunk] {
        self.chunks.as_deref().unwrap_or(&[])
    }
}

/// Builds a string from slices of other strings (keeping their chunks) and new text.
#[derive(Default, Debug)]
pub struct StrBuilder {
    pub text: String,
    pub chunks: Vec<Chunk>,
}

impl StrBuilder {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
    }
    /// Appends `s.text[range]`, keeping the chunks that cover it.
    pub fn push_slice(&mut self, s: &Str, range: std::ops::Range<usize>) {
        let base = self.text.len();
        self.text.push_str(&s.text[range.clone()]);
        let chunks = s.chunks();
        // chunks are sorted and disjoint: skip to the first that ends after the range starts
        let first = chunks.partition_point(|c| c.end <= range.start);
        for c in &chunks[first..] {
            if c.start >= range.end {
                break;
            }
            let a = c.start.max(range.start);
            let b = c.end.min(range.end);
            if a < b {
                self.chunks.push(Chunk {
                    start: base + a - range.start,
                    end: base + b - range.start,
                    source: c.clipped(a, b),
                    approximate: c.approximate,
                });
            }
        }
    }
    /// Appends `text`, attributing it to `source`.
    pub fn push_sourced(&mut self, text: &str, source: Rc<ChunkSource>, approximate: bool) {
        let start = self.text.len();
        self.text.push_str(text);
        if !text.is_empty() {
            self.chunks.push(Chunk {
                start,
                end: self.text.len(),
                source,
                approximate,
            });
        }
    }
    pub fn finish(self) -> Str {
        Str {
            text: self.text.into(),
            chunks: if self.chunks.is_empty() {
                None
            } else {
                Some(self.chunks.into())
            },
        }
    }
}

/// A map value. Go maps are references: `set` and `merge` mutate them in place, so the map is shared.
pub type Map = Rc<RefCell<BTreeMap<String, Value>>>;

#[derive(Clone, Debug)]
pub enum Kind {
    Nil,
    Bool(bool),
    /// Go `int` (literals, `len`, `atoi`, `int`).
    Int(i64),
    /// Go `int64` (Sprig arithmetic).
    Int64(i64),
    Float(f64),
    Str(Str),
    List(Rc<Vec<Value>>),
    Map(Map),
}

#[derive(Clone, Debug)]
pub struct Value {
    pub kind: Kind,
    pub origin: Option<Origin>,
}

impl Default for Value {
    fn default() -> Self {
        Value::NIL
    }
}

impl From<Kind> for Value {
    fn from(kind: Kind) -> Self {
        Value { kind, origin: None }
    }
}

impl Value {
    pub const NIL: Value = Value {
        kind: Kind::Nil,
        origin: None,
    };

    pub fn str(s: impl Into<Rc<str>>) -> Value {
        Kind::Str(Str::plain(s)).into()
    }
    pub fn int(i: i64) -> Value {
        Kind::Int(i).into()
    }
    pub fn int64(i: i64) -> Value {
        Kind::Int64(i).into()
    }
    pub fn float(f: f64) -> Value {
        Kind::Float(f).into()
    }
    pub fn bool(b: bool) -> Value {
        Kind::Bool(b).into()
    }
    pub fn list(v: Vec<Value>) -> Value {
        Kind::List(Rc::new(v)).into()
    }
    pub fn map(m: BTreeMap<String, Value>) -> Value {
        Kind::Map(Rc::new(RefCell::new(m))).into()
    }
    pub fn with_origin(mut self, origin: Option<Origin>) -> Value {
        self.origin = origin;
        self
    }

    pub fn is_nil(&self) -> bool {
        matches!(self.kind, Kind::Nil)
    }
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::Str(s) => Some(&s.text),
            _ => None,
        }
    }

    /// Go's truth: false, 0, "", empty list/map and nil are false.
    pub fn truthy(&self) -> bool {
        match &self.kind {
            Kind::Nil => false,
            Kind::Bool(b) => *b,
            Kind::Int(i) | Kind::Int64(i) => *i != 0,
            Kind::Float(f) => *f != 0.0,
            Kind::Str(s) => !s.text.is_empty(),
            Kind::List(l) => !l.is_empty(),
            Kind::Map(m) => !m.borrow().is_empty(),
        }
    }

    /// The Go type name, as `printf "%T"` and Sprig's `typeOf` print it.
    pub fn type_name(&self) -> &'static str {
        match &self.kind {
            Kind::Nil => "<nil>",
            Kind::Bool(_) => "bool",
            Kind::Int(_) => "int",
            Kind::Int64(_) => "int64",
            Kind::Float(_) => "float64",
            Kind::Str(_) => "string",
            Kind::List(_) => "[]interface {}",
            Kind::Map(_) => "map[string]interface {}",
        }
    }

    /// The Go reflect kind name, as Sprig's `kindOf` prints it.
    pub fn kind_name(&self) -> &'static str {
        match &self.kind {
            Kind::Nil => "invalid",
            Kind::List(_) => "slice",
            Kind::Map(_) => "map",
            _ => self.type_name(),
        }
    }
}

/// Formats a float as Go's `strconv.FormatFloat(f, fmt, prec, 64)` for `fmt` in `e`, `f`, `g`; `prec` < 0 means the
/// shortest representation that round-trips.
pub fn format_float(f: f64, fmt: char, prec: i32) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    // decimal digits and exponent: value = 0.d1d2d3... * 10^dp
    let (neg, digits, dp) = decimal_digits(f, fmt, prec);
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let shortest = prec < 0;
    match fmt {
        'e' => {
            let p = if shortest {
                digits.len().saturating_sub(1)
            } else {
                prec as usize
            };
            fmt_e(&mut out, &digits, dp, p);
        }
        'f' => {
            let p = if shortest {
                (digits.len() as i32 - dp).max(0) as usize
            } else {
                prec as usize
            };
            fmt_f(&mut out, &digits, dp, p);
        }
        _ => {
            let mut eprec = if shortest { 6 } else { prec.max(1) as usize };
            if !shortest && eprec > digits.len() && digits.len() as i32 >= dp {
                eprec = digits.len();
            }
            let exp = dp - 1;
            if exp < -4 || exp >= eprec as i32 {
                let p = if shortest {
                    digits.len().saturating_sub(1)
                } else {
                    eprec - 1
                };
                let d = trim_zeros(&digits);
                fmt_e(&mut out, d, dp, p.min(d.len().saturating_sub(1)));
            } else {
                let d = trim_zeros(&digits);
                let p = (d.len() as i32 - dp).max(0) as usize;
                fmt_f(&mut out, d, dp, p);
            }
        }
    }
    out
}

fn trim_zeros(d: &[u8]) -> &[u8] {
    let mut n = d.len();
    while n > 1 && d[n - 1] == b'0' {
        n -= 1;
    }
    &d[..n]
}

/// Digits (ASCII) and decimal point position of `f`, rounded for the requested format.
fn decimal_digits(f: f64, fmt: char, prec: i32) -> (bool, Vec<u8>, i32) {
    let neg = f.is_sign_negative();
    let a = f.abs();
    if a == 0.0 {
        return (neg, vec![b'0'], 1);
    }
    let s = if prec < 0 {
        format!("{a:e}")
    } else {
        match fmt {
            'e' => format!("{a:.*e}", prec as usize),
            'f' => {
                let t = format!("{a:.*}", prec as usize);
                // convert to digits/dp
                let (ip, fp) = t.split_once('.').unwrap_or((&t, ""));
                let mut digits: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
                let mut dp = ip.len() as i32;
                while digits.len() > 1 && digits[0] == b'0' {
                    digits.remove(0);
                    dp -= 1;
                }
                return (neg, digits, dp);
            }
            _ => format!("{a:.*e}", (prec.max(1) - 1) as usize),
        }
    };
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    (neg, digits, exp + 1)
}

fn fmt_e(out: &mut String, digits: &[u8], dp: i32, prec: usize) {
    out.push(digits.first().copied().unwrap_or(b'0') as char);
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(digits.get(i).copied().unwrap_or(b'0') as char);
        }
    }
    let exp = if digits.iter().all(|d| *d == b'0') {
        0
    } else {
        dp - 1
    };
    let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
}

fn fmt_f(out: &mut String, digits: &[u8], dp: i32, prec: usize) {
    if dp > 0 {
        for i in 0..dp as usize {
            out.push(digits.get(i).copied().unwrap_or(b'0') as char);
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 0..prec as i32 {
            let j = dp + i;
            let d = if j < 0 {
                b'0'
            } else {
                digits.get(j as usize).copied().unwrap_or(b'0')
            };
            out.push(d as char);
        }
    }
}

/// Go's `strconv.Quote`.
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_go_printable(c) => out.push(c),
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push('"');
    out
}

fn is_go_printable(c: char) -> bool {
    // close to unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0xad | 0x600..=0x605 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff)
        || matches!(c as u32, 0xe000..=0xf8ff | 0xfff9..=0xfffb))
}

thread_local! {
    /// The size past which printing a value stops adding to its string (set from [`crate::Limits::max_output`]
    /// while a template executes): a map that contains itself, or one shared many times over, would otherwise
    /// print forever (Go overflows its stack).
    static PRINT_CAP: std::cell::Cell<usize> = const { std::cell::Cell::new(64 << 20) };
}

/// The current print cap.
pub(crate) fn print_cap() -> usize {
    PRINT_CAP.with(std::cell::Cell::get)
}

/// Sets the print cap until the guard is dropped.
pub(crate) struct PrintCapGuard(usize);

impl PrintCapGuard {
    pub(crate) fn set(cap: usize) -> Self {
        PrintCapGuard(PRINT_CAP.with(|c| c.replace(cap)))
    }
}

impl Drop for PrintCapGuard {
    fn drop(&mut self) {
        PRINT_CAP.with(|c| c.set(self.0));
    }
}

/// Values nest at most this deep when printed, compared, copied or encoded.
pub const MAX_VALUE_DEPTH: usize = 100;

/// Go's `fmt` `%v` of a value (nil is `<nil>`; an action printing nil itself prints `<no value>`). Call with
/// `depth` 0.
pub fn format_v(v: &Value, out: &mut String, depth: usize) {
    if depth > MAX_VALUE_DEPTH || out.len() > print_cap() {
        out.push_str("...");
        return;
    }
    match &v.kind {
        Kind::Nil => out.push_str("<nil>"),
        Kind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Kind::Int(i) | Kind::Int64(i) => {
            let _ = write!(out, "{i}");
        }
        Kind::Float(f) => out.push_str(&format_float(*f, 'g', -1)),
        Kind::Str(s) => out.push_str(&s.text),
        Kind::List(l) => {
            out.push('[');
            for (i, e) in l.iter().enumerate() {
                if out.len() > print_cap() {
                    break;
                }
                if i > 0 {
                    out.push(' ');
                }
                format_v(e, out, depth + 1);
            }
            out.push(']');
        }
        Kind::Map(m) => {
            out.push_str("map[");
            let entries: Vec<(String, Value)> = m
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (i, (k, e)) in entries.iter().enumerate() {
                if out.len() > print_cap() {
                    break;
                }
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(k);
                out.push(':');
                format_v(e, out, depth + 1);
            }
            out.push(']');
        }
    }
}

pub fn to_v(v: &Value) -> String {
    let mut s = String::new();
    format_v(v, &mut s, 0);
    s
}
