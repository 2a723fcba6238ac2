//! The function registry and Go's builtin functions.

use std::collections::HashMap;
use std::rc::Rc;

use crate::exec::{Exec, FuncError, Functions};
use crate::gofmt;
use crate::value::{Kind, Origin, Str, StrBuilder, Value, to_v};

/// A template function: evaluated arguments in, a value or an error out.
pub type Func = Rc<dyn Fn(&mut Exec<'_>, Vec<Value>) -> Result<Value, FuncError>>;

/// Functions by name. `and` and `or` are built into the executor (they short-circuit).
#[derive(Clone, Default)]
pub struct FuncMap {
    map: HashMap<String, Func>,
}

impl std::fmt::Debug for FuncMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names: Vec<_> = self.map.keys().collect();
        names.sort();
        f.debug_struct("FuncMap").field("names", &names).finish()
    }
}

impl Functions for FuncMap {
    fn has(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }
    fn call(&self, name: &str, cx: &mut Exec<'_>, args: Vec<Value>) -> Result<Value, FuncError> {
        match self.map.get(name) {
            Some(f) => {
                let f = f.clone();
                f(cx, args)
            }
            None => Err(FuncError::Plain(format!(
                "{name:?} is not a defined function"
            ))),
        }
    }
}

impl FuncMap {
    /// An empty map (only `and`/`or`).
    pub fn new() -> Self {
        Self::default()
    }

    /// Go's builtin functions.
    pub fn builtins() -> Self {
        let mut m = Self::new();
        register_builtins(&mut m);
        m
    }

    /// Go's builtins plus the Sprig functions (Sprig's `slice` replaces Go's, as in Helm).
    pub fn sprig() -> Self {
        let mut m = Self::builtins();
        crate::sprig::register(&mut m);
        m
    }

    pub fn insert(
        &mut self,
        name: &str,
        f: impl Fn(&mut Exec<'_>, Vec<Value>) -> Result<Value, FuncError> + 'static,
    ) {
        self.map.insert(name.to_string(), Rc::new(f));
    }

    /// Registers an existing function under `name`.
    pub fn insert_func(&mut self, name: &str, f: Func) {
        self.map.insert(name.to_string(), f);
    }

    /// The function registered as `name`.
    pub fn get(&self, name: &str) -> Option<Func> {
        self.map.get(name).cloned()
    }

    pub fn remove(&mut self, name: &str) {
        self.map.remove(name);
    }

    pub fn contains(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }

    /// The names, sorted.
    pub fn names(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.map.keys().map(String::as_str).collect();
        v.sort_unstable();
        v
    }
}

// ---------------------------------------------------------------------------------------------------------------
// argument helpers (Go's reflect-based argument checks)

pub(crate) fn nargs(name: &str, args: &[Value], n: usize) -> Result<(), FuncError> {
    if args.len() != n {
        return Err(FuncError::Plain(format!(
            "wrong number of args for {name}: want {n} got {}",
            args.len()
        )));
    }
    Ok(())
}

pub(crate) fn min_args(name: &str, args: &[Value], n: usize) -> Result<(), FuncError> {
    if args.len() < n {
        return Err(FuncError::Plain(format!(
            "wrong number of args for {name}: want at least {n} got {}",
            args.len()
        )));
    }
    Ok(())
}

fn wrong_type(v: &Value, want: &str) -> FuncError {
    if v.is_nil() {
        FuncError::Plain(format!("invalid value; expected {want}"))
    } else {
        FuncError::Plain(format!(
            "wrong type for value; expected {want}; got {}",
            v.type_name()
        ))
    }
}

/// A `string` parameter.
pub(crate) fn want_str(v: &Value) -> Result<&Str, FuncError> {
    match &v.kind {
        Kind::Str(s) => Ok(s),
        _ => Err(wrong_type(v, "string")),
    }
}

/// An `int` parameter.
pub(crate) fn want_int(v: &Value) -> Result<i64, FuncError> {
    match &v.kind {
        Kind::Int(i) => Ok(*i),
        _ => Err(wrong_type(v, "int")),
    }
}

/// A `bool` parameter.
pub(crate) fn want_bool(v: &Value) -> Result<bool, FuncError> {
    match &v.kind {
        Kind::Bool(b) => Ok(*b),
        _ => Err(wrong_type(v, "bool")),
    }
}

/// The first origin among `args`.
pub(crate) fn first_origin(args: &[Value]) -> Option<Origin> {
    args.iter().find_map(|a| a.origin)
}

/// A string result keeping the chunk map of `s`.
pub(crate) fn str_value(s: Str, origin: Option<Origin>) -> Value {
    Value {
        kind: Kind::Str(s),
        origin,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// comparisons (text/template funcs.go)

#[derive(PartialEq, Eq, Clone, Copy, Debug)]
enum BasicKind {
    Invalid,
    Bool,
    Int,
    Float,
    Str,
    Other,
}

fn basic_kind(v: &Value) -> BasicKind {
    match &v.kind {
        Kind::Nil => BasicKind::Invalid,
        Kind::Bool(_) => BasicKind::Bool,
        Kind::Int(_) | Kind::Int64(_) => BasicKind::Int,
        Kind::Float(_) => BasicKind::Float,
        Kind::Str(_) => BasicKind::Str,
        Kind::List(_) | Kind::Map(_) => BasicKind::Other,
    }
}

const BAD_COMPARISON: &str = "incompatible types for comparison";
const BAD_COMPARISON_TYPE: &str = "invalid type for comparison";

pub(crate) fn go_eq(a: &Value, others: &[Value]) -> Result<bool, FuncError> {
    if others.is_empty() {
        return Err(FuncError::Call("missing argument for comparison".into()));
    }
    let k1 = basic_kind(a);
    for b in others {
        let k2 = basic_kind(b);
        let truth = if k1 != k2 {
            if !a.is_nil() && !b.is_nil() {
                return Err(FuncError::Call(BAD_COMPARISON.into()));
            }
            false
        } else {
            match (&a.kind, &b.kind) {
                (Kind::Bool(x), Kind::Bool(y)) => x == y,
                (Kind::Int(x) | Kind::Int64(x), Kind::Int(y) | Kind::Int64(y)) => x == y,
                (Kind::Float(x), Kind::Float(y)) => x == y,
                (Kind::Str(x), Kind::Str(y)) => x.text == y.text,
                (Kind::Nil, Kind::Nil) => true,
                _ => {
                    let shown = gofmt::sprintf("%s", std::slice::from_ref(b)).0;
                    return Err(FuncError::Call(format!(
                        "non-comparable type {shown}: {}",
                        b.type_name()
                    )));
                }
            }
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

pub(crate) fn go_lt(a: &Value, b: &Value) -> Result<bool, FuncError> {
    let k1 = basic_kind(a);
    let k2 = basic_kind(b);
    if matches!(k1, BasicKind::Invalid | BasicKind::Other)
        || matches!(k2, BasicKind::Invalid | BasicKind::Other)
    {
        return Err(FuncError::Call(BAD_COMPARISON_TYPE.into()));
    }
    if k1 != k2 {
        return Err(FuncError::Call(BAD_COMPARISON.into()));
    }
    Ok(match (&a.kind, &b.kind) {
        (Kind::Int(x) | Kind::Int64(x), Kind::Int(y) | Kind::Int64(y)) => x < y,
        (Kind::Float(x), Kind::Float(y)) => x < y,
        (Kind::Str(x), Kind::Str(y)) => x.text < y.text,
        _ => return Err(FuncError::Call(BAD_COMPARISON_TYPE.into())),
    })
}

// ---------------------------------------------------------------------------------------------------------------
// escapers

pub(crate) fn html_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\0' => o.push('\u{FFFD}'),
            '"' => o.push_str("&#34;"),
            '\'' => o.push_str("&#39;"),
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            c => o.push(c),
        }
    }
    o
}

fn js_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '\'' => o.push_str("\\'"),
            '"' => o.push_str("\\\""),
            '<' => o.push_str("\\u003C"),
            '>' => o.push_str("\\u003E"),
            '&' => o.push_str("\\u0026"),
            '=' => o.push_str("\\u003D"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04X}", c as u32)),
            c => o.push(c),
        }
    }
    o
}

pub(crate) fn query_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                o.push(b as char)
            }
            b' ' => o.push('+'),
            b => o.push_str(&format!("%{b:02X}")),
        }
    }
    o
}

/// Go's `evalArgs` for the escapers: one string argument as is, else `fmt.Sprint`.
fn eval_args(args: &[Value]) -> String {
    if let [
        Value {
            kind: Kind::Str(s), ..
        },
    ] = args
    {
        return s.text.to_string();
    }
    gofmt::sprint(args)
}

fn to_index(v: &Value, len: usize, what: &str) -> Result<usize, FuncError> {
    let i = match &v.kind {
        Kind::Int(i) | Kind::Int64(i) => *i,
        Kind::Nil => return Err(FuncError::Call("cannot index slice/array with nil".into())),
        _ => {
            return Err(FuncError::Call(format!(
                "cannot index slice/array with type {}",
                v.type_name()
            )));
        }
    };
    if i < 0 || i as usize >= len {
        return Err(FuncError::Call(format!("{what} out of range: {i}")));
    }
    Ok(i as usize)
}

fn register_builtins(m: &mut FuncMap) {
    m.insert("not", |_, a| {
        nargs("not", &a, 1)?;
        Ok(Value::bool(!a[0].truthy()))
    });
    m.insert("len", |_, a| {
        nargs("len", &a, 1)?;
        let n = match &a[0].kind {
            Kind::Str(s) => s.text.len(),
            Kind::List(l) => l.len(),
            Kind::Map(m) => m.borrow().len(),
            Kind::Nil => return Err(FuncError::Call("len of nil pointer".into())),
            _ => return Err(FuncError::Call(format!("len of type {}", a[0].type_name()))),
        };
        Ok(Value::int(n as i64))
    });
    m.insert("index", |_, a| {
        min_args("index", &a, 1)?;
        let mut item = a[0].clone();
        for idx in &a[1..] {
            item = match &item.kind {
                Kind::List(l) => l[to_index(idx, l.len(), "index")?].clone(),
                Kind::Str(s) => {
                    let i = to_index(idx, s.text.len(), "index")?;
                    Value::int(i64::from(s.text.as_bytes()[i]))
                }
                Kind::Map(m) => match &idx.kind {
                    Kind::Str(k) => m.borrow().get(&*k.text).cloned().unwrap_or_default(),
                    Kind::Nil => Value::NIL,
                    _ => {
                        return Err(FuncError::Call(format!(
                            "value has type {}; should be string",
                            idx.type_name()
                        )));
                    }
                },
                Kind::Nil => return Err(FuncError::Call("index of untyped nil".into())),
                _ => {
                    return Err(FuncError::Call(format!(
                        "can't index item of type {}",
                        item.type_name()
                    )));
                }
            };
        }
        Ok(item)
    });
    m.insert("slice", |_, a| {
        min_args("slice", &a, 1)?;
        if a.len() > 4 {
            return Err(FuncError::Call(format!(
                "too many slice indexes: {}",
                a.len() - 1
            )));
        }
        let len = match &a[0].kind {
            Kind::Str(s) => s.text.len(),
            Kind::List(l) => l.len(),
            Kind::Nil => return Err(FuncError::Call("slice of untyped nil".into())),
            _ => {
                return Err(FuncError::Call(format!(
                    "can't slice item of type {}",
                    a[0].type_name()
                )));
            }
        };
        let mut idx = [0usize, len, len];
        for (k, v) in a[1..].iter().enumerate() {
            let i = match &v.kind {
                Kind::Int(i) | Kind::Int64(i) => *i,
                _ => {
                    return Err(FuncError::Call(format!(
                        "cannot index slice/array with type {}",
                        v.type_name()
                    )));
                }
            };
            if i < 0 || i as usize > len {
                return Err(FuncError::Call(format!("index out of range: {i}")));
            }
            idx[k] = i as usize;
        }
        if idx[0] > idx[1] {
            return Err(FuncError::Call(format!(
                "invalid slice index: {} > {}",
                idx[0], idx[1]
            )));
        }
        match &a[0].kind {
            Kind::Str(s) => {
                if a.len() == 4 {
                    return Err(FuncError::Call("cannot 3-index slice a string".into()));
                }
                let mut b = StrBuilder::new();
                if !s.text.is_char_boundary(idx[0]) || !s.text.is_char_boundary(idx[1]) {
                    return Ok(Value::str(
                        String::from_utf8_lossy(&s.text.as_bytes()[idx[0]..idx[1]]).as_ref(),
                    ));
                }
                b.push_slice(s, idx[0]..idx[1]);
                Ok(str_value(b.finish(), a[0].origin))
            }
            Kind::List(l) => Ok(Value::list(l[idx[0]..idx[1]].to_vec())),
            _ => Ok(Value::NIL),
        }
    });
    m.insert("print", |_, a| {
        Ok(Value::str(gofmt::sprint(&a)).with_origin(first_origin(&a)))
    });
    m.insert("println", |_, a| {
        Ok(Value::str(gofmt::sprintln(&a)).with_origin(first_origin(&a)))
    });
    m.insert("printf", printf);
    m.insert("eq", |_, a| {
        min_args("eq", &a, 1)?;
        Ok(Value::bool(go_eq(&a[0], &a[1..])?))
    });
    m.insert("ne", |_, a| {
        nargs("ne", &a, 2)?;
        Ok(Value::bool(!go_eq(&a[0], &a[1..])?))
    });
    m.insert("lt", |_, a| {
        nargs("lt", &a, 2)?;
        Ok(Value::bool(go_lt(&a[0], &a[1])?))
    });
    m.insert("le", |_, a| {
        nargs("le", &a, 2)?;
        Ok(Value::bool(go_lt(&a[0], &a[1])? || go_eq(&a[0], &a[1..])?))
    });
    m.insert("gt", |_, a| {
        nargs("gt", &a, 2)?;
        let le = go_lt(&a[0], &a[1])? || go_eq(&a[0], &a[1..])?;
        Ok(Value::bool(!le))
    });
    m.insert("ge", |_, a| {
        nargs("ge", &a, 2)?;
        Ok(Value::bool(!go_lt(&a[0], &a[1])?))
    });
    m.insert("html", |_, a| Ok(Value::str(html_escape(&eval_args(&a)))));
    m.insert("js", |_, a| Ok(Value::str(js_escape(&eval_args(&a)))));
    m.insert("urlquery", |_, a| {
        Ok(Value::str(query_escape(&eval_args(&a))))
    });
    m.insert("call", |_, a| {
        min_args("call", &a, 1)?;
        if a[0].is_nil() {
            return Err(FuncError::Call("call of nil".into()));
        }
        Err(FuncError::Call(format!(
            "non-function {} of type {}",
            to_v(&a[0]),
            a[0].type_name()
        )))
    });
}

/// `printf`, keeping the chunks and origins of the arguments it substitutes.
fn printf(cx: &mut Exec<'_>, a: Vec<Value>) -> Result<Value, FuncError> {
    min_args("printf", &a, 1)?;
    let format = want_str(&a[0])?.text.clone();
    let args = &a[1..];
    let (text, ranges) = gofmt::sprintf(&format, args);
    let origin = first_origin(args);
    let mut chunks = Vec::new();
    for (r, i) in ranges {
        let arg = &args[i];
        match &arg.kind {
            Kind::Str(s) if s.chunks.is_some() && text.get(r.clone()) == Some(&*s.text) => {
                for c in s.chunks() {
                    let mut c = c.clone();
                    c.start += r.start;
                    c.end += r.start;
                    chunks.push(c);
                }
            }
            _ if arg.origin.is_some() && !r.is_empty() => {
                chunks.push(crate::value::Chunk {
                    start: r.start,
                    end: r.end,
                    source: cx.action_source(arg.origin),
                    approximate: false,
                });
            }
            _ => {}
        }
    }
    let s = Str {
        text: text.into(),
        chunks: if chunks.is_empty() {
            None
        } else {
            Some(chunks.into())
        },
    };
    Ok(str_value(s, origin))
}
