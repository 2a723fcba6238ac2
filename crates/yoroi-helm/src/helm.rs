//! Helm's template functions and objects on top of the Sprig set: `include`, `tpl`, `required`, `toYaml`,
//! `fromYaml`, `fromYamlArray`, `toToml`, `lookup`, and the methods of `.Files` and `.Capabilities.APIVersions`.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use yoroi_gotmpl::{Exec, Func, FuncError, FuncMap, Functions, Kind, Map, Str, StrBuilder, Value};

use crate::values::parse_yaml_value;
use crate::yamlout::Emitter;

enum Obj {
    Files(Rc<BTreeMap<String, Rc<[u8]>>>),
    ApiVersions,
}

/// Objects with methods, by the address of their map (kept alive here).
#[derive(Default)]
pub struct Objects {
    by_ptr: HashMap<usize, (Map, Obj)>,
}

pub struct HelmFuncs {
    base: FuncMap,
    objects: Rc<RefCell<Objects>>,
}

fn files_map(objects: &Rc<RefCell<Objects>>, files: BTreeMap<String, Rc<[u8]>>) -> Value {
    let m: BTreeMap<String, Value> = files
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                Value::str(String::from_utf8_lossy(v).to_string()),
            )
        })
        .collect();
    let v = Value::map(m);
    if let Kind::Map(map) = &v.kind {
        objects.borrow_mut().by_ptr.insert(
            Rc::as_ptr(map) as usize,
            (map.clone(), Obj::Files(Rc::new(files))),
        );
    }
    v
}

impl HelmFuncs {
    pub fn new() -> HelmFuncs {
        let mut base = FuncMap::sprig();
        register(&mut base);
        HelmFuncs {
            base,
            objects: Rc::new(RefCell::new(Objects::default())),
        }
    }

    /// `.Files` of a chart.
    pub fn files(&self, files: BTreeMap<String, Rc<[u8]>>) -> Value {
        files_map(&self.objects, files)
    }

    /// `.Capabilities.APIVersions`: a map version → true, with `Has`.
    pub fn api_versions(&self, versions: &[String]) -> Value {
        let v = Value::map(
            versions
                .iter()
                .map(|s| (s.clone(), Value::bool(true)))
                .collect(),
        );
        if let Kind::Map(map) = &v.kind {
            self.objects
                .borrow_mut()
                .by_ptr
                .insert(Rc::as_ptr(map) as usize, (map.clone(), Obj::ApiVersions));
        }
        v
    }
}

impl Functions for HelmFuncs {
    fn has(&self, name: &str) -> bool {
        self.base.has(name)
    }
    fn call(&self, name: &str, cx: &mut Exec<'_>, args: Vec<Value>) -> Result<Value, FuncError> {
        self.base.call(name, cx, args)
    }
    fn method(&self, recv: &Value, name: &str) -> Option<Func> {
        let Kind::Map(m) = &recv.kind else {
            return None;
        };
        let objs = self.objects.borrow();
        let (_, obj) = objs.by_ptr.get(&(Rc::as_ptr(m) as usize))?;
        match obj {
            Obj::ApiVersions => {
                let m = m.clone();
                (name == "Has").then(|| -> Func {
                    Rc::new(move |_, a: Vec<Value>| {
                        let v = a.first().and_then(Value::as_str).unwrap_or("");
                        Ok(Value::bool(m.borrow().contains_key(v)))
                    })
                })
            }
            Obj::Files(files) => {
                let files = files.clone();
                let objects = self.objects.clone();
                let f: Func = match name {
                    "Get" | "GetBytes" => Rc::new(move |_, a: Vec<Value>| {
                        let p = a.first().and_then(Value::as_str).unwrap_or("");
                        Ok(Value::str(
                            files
                                .get(p)
                                .map(|b| String::from_utf8_lossy(b).to_string())
                                .unwrap_or_default(),
                        ))
                    }),
                    "Lines" => Rc::new(move |_, a: Vec<Value>| {
                        let p = a.first().and_then(Value::as_str).unwrap_or("");
                        let Some(b) = files.get(p) else {
                            return Ok(Value::list(Vec::new()));
                        };
                        let s = String::from_utf8_lossy(b).to_string();
                        let s = s.strip_suffix('\n').unwrap_or(&s);
                        Ok(Value::list(s.split('\n').map(Value::str).collect()))
                    }),
                    "Glob" => Rc::new(move |_, a: Vec<Value>| {
                        let p = a.first().and_then(Value::as_str).unwrap_or("");
                        let sub: BTreeMap<String, Rc<[u8]>> = files
                            .iter()
                            .filter(|(k, _)| crate::chart::glob_match(p, k, true))
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        Ok(files_map(&objects, sub))
                    }),
                    "AsConfig" | "AsSecrets" => {
                        let secrets = name == "AsSecrets";
                        Rc::new(move |cx, _| {
                            let m: BTreeMap<String, Value> = files
                                .iter()
                                .map(|(k, v)| {
                                    let base = k.rsplit('/').next().unwrap_or(k).to_string();
                                    let s = if secrets {
                                        b64(v)
                                    } else {
                                        String::from_utf8_lossy(v).to_string()
                                    };
                                    (base, Value::str(s))
                                })
                                .collect();
                            Ok(Kind::Str(to_yaml(cx, &Value::map(m))).into())
                        })
                    }
                    _ => return None,
                };
                Some(f)
            }
        }
    }
}

fn b64(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Helm's `toYaml` with a chunk per scalar carrying its value's origin; "" when the value cannot be encoded.
pub fn to_yaml(cx: &mut Exec<'_>, v: &Value) -> Str {
    let stack = cx.stack().clone();
    let span = cx.current_action();
    let source = move |origin| {
        Rc::new(yoroi_gotmpl::ChunkSource::Action {
            span,
            origin,
            stack: stack.clone(),
        })
    };
    let mut e = Emitter {
        out: StrBuilder::new(),
        source: &source,
        limit: cx.limits().max_collection,
    };
    match e.document(v) {
        Ok(()) => e.out.finish(),
        Err(_) => Str::plain(""),
    }
}

fn arg_str(a: &[Value], i: usize) -> String {
    match a.get(i).map(|v| &v.kind) {
        Some(Kind::Str(s)) => s.text.to_string(),
        Some(_) => yoroi_gotmpl::to_v(&a[i]),
        None => String::new(),
    }
}

fn nargs(name: &str, a: &[Value], n: usize) -> Result<(), FuncError> {
    if a.len() != n {
        return Err(FuncError::Plain(format!(
            "wrong number of args for {name}: want {n} got {}",
            a.len()
        )));
    }
    Ok(())
}

fn register(m: &mut FuncMap) {
    m.remove("env");
    m.remove("expandenv");
    m.insert("include", |cx, a| {
        nargs("include", &a, 2)?;
        let name = arg_str(&a, 0);
        let s = cx.include(&name, a[1].clone()).map_err(FuncError::Nested)?;
        Ok(Kind::Str(s).into())
    });
    m.insert("tpl", |cx, a| {
        nargs("tpl", &a, 2)?;
        let text = arg_str(&a, 0);
        let data = a[1].clone();
        let name = match &data.kind {
            Kind::Map(m) => m
                .borrow()
                .get("Template")
                .and_then(|t| match &t.kind {
                    Kind::Map(t) => t
                        .borrow()
                        .get("Name")
                        .and_then(|n| n.as_str().map(str::to_string)),
                    _ => None,
                })
                .unwrap_or_else(|| "tpl".into()),
            _ => "tpl".into(),
        };
        let s = cx
            .tpl(&name, crate::TPL_FILE, &text, data)
            .map_err(FuncError::Nested)?;
        let stripped = strip_no_value_str(&s);
        Ok(Kind::Str(stripped).with_origin_of(&a[0]))
    });
    m.insert("required", |_, a| {
        nargs("required", &a, 2)?;
        let v = &a[1];
        let missing = match &v.kind {
            Kind::Nil => true,
            Kind::Str(s) => s.text.is_empty(),
            _ => false,
        };
        if missing {
            return Err(FuncError::Call(arg_str(&a, 0)));
        }
        Ok(v.clone())
    });
    m.insert("toYaml", |cx, a| {
        nargs("toYaml", &a, 1)?;
        let s = to_yaml(cx, &a[0]);
        Ok(Kind::Str(s).into())
    });
    m.insert("mustToYaml", |cx, a| {
        nargs("mustToYaml", &a, 1)?;
        let s = to_yaml(cx, &a[0]);
        Ok(Kind::Str(s).into())
    });
    m.insert("fromYaml", |_, a| {
        nargs("fromYaml", &a, 1)?;
        let text = arg_str(&a, 0);
        Ok(match parse_yaml_value(&text, None) {
            Ok(v) if matches!(v.kind, Kind::Map(_)) => v,
            Ok(v) if v.is_nil() => Value::map(BTreeMap::new()),
            Ok(_) => error_map("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}"),
            Err(e) => error_map(&e.message),
        })
    });
    m.insert("fromYamlArray", |_, a| {
        nargs("fromYamlArray", &a, 1)?;
        let text = arg_str(&a, 0);
        Ok(match parse_yaml_value(&text, None) {
            Ok(v) if matches!(v.kind, Kind::List(_)) => v,
            Ok(v) if v.is_nil() => Value::list(Vec::new()),
            Ok(_) => Value::list(vec![Value::str("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}")]),
            Err(e) => Value::list(vec![Value::str(e.message)]),
        })
    });
    m.insert("toToml", |_, a| {
        nargs("toToml", &a, 1)?;
        let mut out = String::new();
        toml(&a[0], "", &mut out);
        Ok(Value::str(out))
    });
    m.insert("lookup", |_, _| Ok(Value::map(BTreeMap::new())));
}

trait WithOriginOf {
    fn with_origin_of(self, v: &Value) -> Value;
}
impl WithOriginOf for Kind {
    fn with_origin_of(self, v: &Value) -> Value {
        Value {
            kind: self,
            origin: v.origin,
        }
    }
}

fn error_map(msg: &str) -> Value {
    let mut m = BTreeMap::new();
    m.insert("Error".to_string(), Value::str(msg));
    Value::map(m)
}

/// Removes `<no value>` from a string, keeping the chunks of what remains (Helm strips it from every render).
pub fn strip_no_value_str(s: &Str) -> Str {
    const NV: &str = "<no value>";
    if !s.text.contains(NV) {
        return s.clone();
    }
    let mut b = StrBuilder::new();
    let mut at = 0;
    while let Some(i) = s.text[at..].find(NV) {
        b.push_slice(s, at..at + i);
        at += i + NV.len();
    }
    b.push_slice(s, at..s.text.len());
    b.finish()
}

/// A minimal TOML encoder (BurntSushi/toml's layout: scalars first, then tables).
fn toml(v: &Value, prefix: &str, out: &mut String) {
    let Kind::Map(m) = &v.kind else { return };
    let m = m.borrow();
    for (k, v) in m.iter() {
        if !matches!(v.kind, Kind::Map(_)) && !v.is_nil() {
            out.push_str(&format!("{} = {}\n", toml_key(k), toml_value(v)));
        }
    }
    for (k, v) in m.iter() {
        if matches!(v.kind, Kind::Map(_)) {
            let p = if prefix.is_empty() {
                toml_key(k)
            } else {
                format!("{prefix}.{}", toml_key(k))
            };
            out.push_str(&format!("\n[{p}]\n"));
            toml(v, &p, out);
        }
    }
}

fn toml_key(k: &str) -> String {
    if !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        k.to_string()
    } else {
        format!("{k:?}")
    }
}

fn toml_value(v: &Value) -> String {
    match &v.kind {
        Kind::Str(s) => format!("{:?}", &*s.text),
        Kind::Bool(b) => b.to_string(),
        Kind::Int(i) | Kind::Int64(i) => i.to_string(),
        Kind::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e17 {
                format!("{f:.1}")
            } else {
                f.to_string()
            }
        }
        Kind::List(l) => format!(
            "[{}]",
            l.iter().map(toml_value).collect::<Vec<_>>().join(", ")
        ),
        _ => "\"\"".into(),
    }
}
