//! Random templates (token soup and byte mutations of real ones) never panic: they parse or fail to, execute or
//! fail to, within small limits.

use std::collections::BTreeMap;

use yoroi_gotmpl::{FileId, FuncError, FuncMap, Kind, Limits, TemplateSet, Value, execute};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const TOKENS: &[&str] = &[
    "{{",
    "}}",
    "{{- ",
    " -}}",
    "{{/*",
    "*/}}",
    " ",
    "\n",
    "if",
    "else",
    "end",
    "range",
    "with",
    "define",
    "template",
    "block",
    "break",
    "continue",
    "$",
    "$x",
    "$x :=",
    "$x =",
    "$i, $v :=",
    ".",
    ".a",
    ".a.b",
    ".Values",
    ".l",
    "(",
    ")",
    "|",
    ",",
    "\"s\"",
    "\"é\\n\"",
    "`raw`",
    "'c'",
    "1",
    "-2",
    "0x1F",
    "1.5",
    "1e3",
    "true",
    "nil",
    "x",
    "é",
    "printf \"%d %s %v\"",
    "default",
    "quote",
    "nindent 2",
    "indent",
    "trunc 3",
    "substr 1 2",
    "slice",
    "index",
    "len",
    "eq",
    "lt",
    "and",
    "or",
    "not",
    "list",
    "dict \"a\"",
    "include \"t\"",
    "toJson",
    "trim",
    "upper",
    "split \"é\"",
    "regexMatch \"(\"",
    "until 5",
    "add",
    "div",
    "set",
    "merge",
    "%",
    "#",
    "\\",
    "\"",
];

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

fn data() -> Value {
    let mut v = BTreeMap::new();
    v.insert(
        "a".to_string(),
        Value::map(BTreeMap::from([(
            "b".to_string(),
            Value::str("héllo\nwörld"),
        )])),
    );
    v.insert(
        "l".to_string(),
        Value::list(vec![Value::float(1.0), Value::str("é"), Value::NIL]),
    );
    let mut top = BTreeMap::new();
    top.insert("Values".to_string(), Value::map(v.clone()));
    top.extend(v);
    Value::map(top)
}

fn exercise(src: &str, funcs: &FuncMap, data: &Value) {
    let mut set = TemplateSet::new();
    let _ = set.parse("t", FileId(0), "{{ .a.b | trunc 3 }}", funcs);
    if set.parse("main", FileId(1), src, funcs).is_ok() {
        let limits = Limits {
            max_steps: 20_000,
            max_output: 1 << 16,
            max_collection: 10_000,
            ..Limits::default()
        };
        if let Ok(out) = execute(&set, "main", data.clone(), funcs, limits) {
            // the chunk map always tiles the output
            let mut at = 0;
            for c in &out.chunks {
                assert_eq!(c.start, at, "{src:?}");
                at = c.end;
            }
            assert_eq!(at, out.text.len(), "{src:?}");
        }
    }
}

#[test]
fn token_soup_never_panics() {
    let funcs = funcs();
    let data = data();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..20_000 {
        let n = 1 + rng.next() % 24;
        let src: String = (0..n).map(|_| rng.pick(TOKENS)).collect();
        exercise(&src, &funcs, &data);
    }
}

#[test]
fn mutated_templates_never_panic() {
    let funcs = funcs();
    let data = data();
    let seeds = [
        "{{- range $i, $v := .l }}{{ if eq $i 1 }}{{ $v | quote }}{{ else }}{{ printf \"%v\" $v }}{{ end }}{{ end }}",
        "{{ define \"x\" }}{{ .a.b | nindent 4 }}{{ end }}{{ include \"x\" . | trim }}{{ with .a }}{{ .b }}{{ end }}",
        "{{/* c */}}{{ $d := dict \"k\" (list 1 2) }}{{ toJson $d }} {{ index .l 1 }} {{ substr 1 3 .a.b }}",
        "a: {{ .Values.a.b | default \"é\" | upper | trunc 4 }}\nb: {{ and .l (or .x \"y\") }}",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let seed = seeds[(rng.next() % seeds.len() as u64) as usize];
        let mut bytes = seed.as_bytes().to_vec();
        for _ in 0..1 + rng.next() % 4 {
            let i = (rng.next() % bytes.len() as u64) as usize;
            match rng.next() % 3 {
                0 => {
                    bytes.remove(i);
                }
                1 => bytes.insert(i, b"{}()|$.\"'`-/* \n"[(rng.next() % 15) as usize]),
                _ => {
                    let j = (rng.next() % bytes.len() as u64) as usize;
                    bytes.swap(i, j);
                }
            }
            if bytes.is_empty() {
                break;
            }
        }
        let src = String::from_utf8_lossy(&bytes);
        exercise(&src, &funcs, &data);
    }
}
