//! Helm's `toYaml`: sigs.k8s.io/yaml's output (encoding/json, then go-yaml v2's block style): sorted keys,
//! sequences not indented under their key, integral numbers without a fraction, strings quoted only where YAML
//! would read them as something else, multi-line strings as literal blocks. Every scalar gets a chunk with the
//! origin of the value it printed.

use std::rc::Rc;

use yoroi_gotmpl::{ChunkSource, Kind, StrBuilder, Value, format_float};

use crate::values::resolve_v2;

pub struct Emitter<'a> {
    pub out: StrBuilder,
    /// The source for a value's chunk (the calling action with the value's origin).
    pub source: &'a dyn Fn(Option<yoroi_gotmpl::Origin>) -> Rc<ChunkSource>,
    pub limit: usize,
}

impl Emitter<'_> {
    /// Emits `v` as a whole document, without the final newline (Helm trims it).
    pub fn document(&mut self, v: &Value) -> Result<(), String> {
        match &v.kind {
            Kind::Map(m) if !m.borrow().is_empty() => self.map(v, 0, false, 0)?,
            Kind::List(l) if !l.is_empty() => self.list(v, 0, false, 0)?,
            _ => {
                self.scalar_inline(v, 0)?;
            }
        }
        while self.out.text.ends_with('\n') {
            self.out.text.pop();
            if let Some(c) = self.out.chunks.last_mut() {
                if c.end > self.out.text.len() {
                    c.end = self.out.text.len();
                }
                if c.start >= c.end {
                    self.out.chunks.pop();
                }
            }
        }
        Ok(())
    }

    fn check(&self, depth: usize) -> Result<(), String> {
        if depth > 200 {
            return Err("json: unsupported value: encountered a cycle".into());
        }
        if self.out.text.len() > self.limit {
            return Err("value too large".into());
        }
        Ok(())
    }

    fn pad(&mut self, n: usize) {
        for _ in 0..n {
            self.out.text.push(' ');
        }
    }

    /// A mapping whose keys start at column `indent`; `inline` when the first key follows `- ` already written.
    fn map(&mut self, v: &Value, indent: usize, inline: bool, depth: usize) -> Result<(), String> {
        self.check(depth)?;
        let Kind::Map(m) = &v.kind else {
            return Ok(());
        };
        let mut entries: Vec<(String, Value)> = m
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        entries.sort_by(|a, b| key_order(&a.0, &b.0));
        for (i, (k, val)) in entries.iter().enumerate() {
            if i > 0 || !inline {
                self.pad(indent);
            }
            let key = plain_or_quoted(k);
            self.out.text.push_str(&key);
            self.out.text.push(':');
            self.value_after_key(val, indent, depth)?;
        }
        Ok(())
    }

    fn value_after_key(&mut self, val: &Value, indent: usize, depth: usize) -> Result<(), String> {
        match &val.kind {
            Kind::Map(m) if !m.borrow().is_empty() => {
                self.out.text.push('\n');
                self.map(val, indent + 2, false, depth + 1)
            }
            Kind::List(l) if !l.is_empty() => {
                self.out.text.push('\n');
                self.list(val, indent, false, depth + 1)
            }
            _ => {
                self.out.text.push(' ');
                self.scalar_inline(val, indent + 2)?;
                self.out.text.push('\n');
                Ok(())
            }
        }
    }

    fn list(&mut self, v: &Value, indent: usize, inline: bool, depth: usize) -> Result<(), String> {
        self.check(depth)?;
        let Kind::List(l) = &v.kind else {
            return Ok(());
        };
        for (i, item) in l.iter().enumerate() {
            if i > 0 || !inline {
                self.pad(indent);
            }
            self.out.text.push_str("- ");
            match &item.kind {
                Kind::Map(m) if !m.borrow().is_empty() => {
                    self.map(item, indent + 2, true, depth + 1)?
                }
                Kind::List(l) if !l.is_empty() => self.list(item, indent + 2, true, depth + 1)?,
                _ => {
                    self.scalar_inline(item, indent + 2)?;
                    self.out.text.push('\n');
                }
            }
        }
        Ok(())
    }

    /// A scalar (or an empty collection) where a value goes; block scalars' lines are indented by `indent`.
    fn scalar_inline(&mut self, v: &Value, indent: usize) -> Result<(), String> {
        let text = match &v.kind {
            Kind::Nil => "null".to_string(),
            Kind::Bool(b) => b.to_string(),
            Kind::Int(i) | Kind::Int64(i) => i.to_string(),
            Kind::Float(f) => yaml_float(*f)?,
            Kind::Str(s) => string_scalar(&s.text, indent),
            Kind::Map(_) => "{}".to_string(),
            Kind::List(_) => "[]".to_string(),
        };
        let src = (self.source)(v.origin);
        self.out.push_sourced(&text, src, false);
        Ok(())
    }
}

/// A float64 through encoding/json and go-yaml v2: integral values print as integers.
pub fn yaml_float(f: f64) -> Result<String, String> {
    if f.is_nan() || f.is_infinite() {
        return Err(format!(
            "json: unsupported value: {}",
            format_float(f, 'g', -1)
        ));
    }
    if f.fract() == 0.0 && f.abs() < 1e21 {
        return Ok(format!("{}", f as i128));
    }
    Ok(format_float(f, 'g', -1))
}

fn is_printable(c: char) -> bool {
    matches!(c, '\n' | '\u{20}'..='\u{7e}' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..='\u{10ffff}')
        && c != '\u{feff}'
}

/// How go-yaml v2 writes a string in block context.
fn string_scalar(s: &str, indent: usize) -> String {
    let special = s.chars().any(|c| !is_printable(c));
    if s.contains('\n') && !special && !s.contains(" \n") && !s.ends_with(' ') {
        // literal block
        let chomp = if !s.ends_with('\n') {
            "-"
        } else if s.ends_with("\n\n") || s == "\n" {
            "+"
        } else {
            ""
        };
        let ind = if s.starts_with([' ', '\n']) { "2" } else { "" };
        let mut out = format!("|{ind}{chomp}\n");
        let body = s.strip_suffix('\n').unwrap_or(s);
        let body = if chomp == "+" {
            s.strip_suffix('\n').unwrap_or(s)
        } else {
            body
        };
        for (i, line) in body.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if !line.is_empty() {
                out.push_str(&" ".repeat(indent));
                out.push_str(line);
            }
        }
        return out;
    }
    plain_or_quoted_at(s, special)
}

fn plain_or_quoted(s: &str) -> String {
    let special = s.chars().any(|c| !is_printable(c));
    plain_or_quoted_at(s, special)
}

fn plain_or_quoted_at(s: &str, special: bool) -> String {
    let resolves_to_str =
        matches!(resolve_v2(s), Kind::Str(_)) && !looks_like_timestamp(s) && !is_base60(s);
    if !resolves_to_str || special || s.contains('\n') {
        return double_quoted(s);
    }
    if plain_allowed(s) {
        return s.to_string();
    }
    format!("'{}'", s.replace('\'', "''"))
}

fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02X}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04X}"));
                } else {
                    out.push_str(&format!("\\U{n:08X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn looks_like_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && {
        let rest = &s[5..];
        let mut parts = rest.splitn(2, '-');
        let m = parts.next().unwrap_or("");
        let d = parts.next().unwrap_or("");
        let dd: String = d.chars().take_while(char::is_ascii_digit).collect();
        (1..=2).contains(&m.len())
            && m.bytes().all(|c| c.is_ascii_digit())
            && (1..=2).contains(&dd.len())
            && (d.len() == dd.len() || d[dd.len()..].starts_with(['T', 't', ' ']))
    }
}

fn is_base60(s: &str) -> bool {
    // go-yaml v2's isBase60Float: ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$
    let t = s.trim_start_matches(['-', '+']);
    let (main, _frac) = t.split_once('.').unwrap_or((t, ""));
    let mut parts = main.split(':');
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && first.starts_with(|c: char| c.is_ascii_digit())
        && first.bytes().all(|c| c.is_ascii_digit() || c == b'_')
        && rest.iter().all(|p| {
            (1..=2).contains(&p.len())
                && p.bytes().all(|c| c.is_ascii_digit())
                && (p.len() == 1 || p.as_bytes()[0] <= b'5')
        })
        && _frac.bytes().all(|c| c.is_ascii_digit() || c == b'_')
}

/// go-yaml v2's analysis of whether a single-line string may be written plain in block context.
fn plain_allowed(s: &str) -> bool {
    if s.is_empty() || s.starts_with(' ') || s.ends_with(' ') {
        return false;
    }
    if s.starts_with("---") || s.starts_with("...") {
        return false;
    }
    let chars: Vec<char> = s.chars().collect();
    let blank_at = |i: usize| i >= chars.len() || chars[i] == ' ' || chars[i] == '\t';
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            match c {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"'
                | '%' | '@' | '`' => return false,
                '?' | ':' | '-' if blank_at(1) => return false,
                _ => {}
            }
        } else {
            match c {
                ':' if blank_at(i + 1) => return false,
                '#' if chars[i - 1] == ' ' || chars[i - 1] == '\t' => return false,
                _ => {}
            }
        }
    }
    true
}

/// go-yaml v2's key order: letters before digits, digit runs compared as numbers.
pub fn key_order(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let less = |a: &str, b: &str| -> bool {
        let ar: Vec<char> = a.chars().collect();
        let br: Vec<char> = b.chars().collect();
        let mut i = 0;
        while i < ar.len() && i < br.len() {
            if ar[i] == br[i] {
                i += 1;
                continue;
            }
            let al = ar[i].is_alphabetic();
            let bl = br[i].is_alphabetic();
            if al && bl {
                return ar[i] < br[i];
            }
            if al || bl {
                return bl;
            }
            let (mut an, mut bn): (i64, i64) = (0, 0);
            if ar[i] == '0' || br[i] == '0' {
                let mut j = i;
                while j > 0 && ar[j - 1].is_ascii_digit() {
                    j -= 1;
                    if ar[j] != '0' {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            let mut ai = i;
            while ai < ar.len() && ar[ai].is_ascii_digit() {
                an = an
                    .saturating_mul(10)
                    .saturating_add(ar[ai] as i64 - '0' as i64);
                ai += 1;
            }
            let mut bi = i;
            while bi < br.len() && br[bi].is_ascii_digit() {
                bn = bn
                    .saturating_mul(10)
                    .saturating_add(br[bi] as i64 - '0' as i64);
                bi += 1;
            }
            if an != bn {
                return an < bn;
            }
            if ai != bi {
                return ai < bi;
            }
            return ar[i] < br[i];
        }
        ar.len() < br.len()
    };
    if less(a, b) {
        Ordering::Less
    } else if less(b, a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}
