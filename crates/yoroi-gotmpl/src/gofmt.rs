//! Go's `fmt.Sprintf`, `fmt.Sprint` and `fmt.Sprintln` over template values.

use std::fmt::Write as _;

use crate::value::{
    Kind, MAX_VALUE_DEPTH, Value, format_float, format_v, go_quote, print_cap, to_v,
};

#[derive(Default, Clone, Copy)]
struct Flags {
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// `fmt.Sprintf`. Also returns, for each argument consumed by a verb, the output byte range it produced.
pub fn sprintf(format: &str, args: &[Value]) -> (String, Vec<(std::ops::Range<usize>, usize)>) {
    let mut out = String::new();
    let mut ranges = Vec::new();
    let mut argi = 0;
    let b = format.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let Some(off) = format[i..].find('%') else {
            out.push_str(&format[i..]);
            break;
        };
        out.push_str(&format[i..i + off]);
        i += off + 1;
        let mut f = Flags::default();
        while i < b.len() {
            match b[i] {
                b'-' => f.minus = true,
                b'+' => f.plus = true,
                b'#' => f.sharp = true,
                b' ' => f.space = true,
                b'0' => f.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < b.len() && b[i] == b'*' {
            i += 1;
            if let Some(Kind::Int(w) | Kind::Int64(w)) = args.get(argi).map(|a| &a.kind) {
                if *w < 0 {
                    f.minus = true;
                }
                f.width = Some(w.unsigned_abs() as usize);
            } else {
                out.push_str("%!(BADWIDTH)");
            }
            argi += 1;
        } else {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i > s {
                f.width = format[s..i].parse().ok();
            }
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            if i < b.len() && b[i] == b'*' {
                i += 1;
                if let Some(Kind::Int(p) | Kind::Int64(p)) = args.get(argi).map(|a| &a.kind) {
                    f.prec = usize::try_from(*p).ok();
                } else {
                    out.push_str("%!(BADPREC)");
                }
                argi += 1;
            } else {
                let s = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                f.prec = Some(format[s..i].parse().unwrap_or(0));
            }
        }
        let Some(verb) = format[i..].chars().next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        i += verb.len_utf8();
        if verb == '%' {
            out.push('%');
            continue;
        }
        let Some(arg) = args.get(argi) else {
            let _ = write!(out, "%!{verb}(MISSING)");
            continue;
        };
        let start = out.len();
        fmt_arg(&mut out, arg, verb, f, 0);
        ranges.push((start..out.len(), argi));
        argi += 1;
    }
    if argi < args.len() {
        out.push_str("%!(EXTRA ");
        for (k, a) in args[argi..].iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            if a.is_nil() {
                out.push_str("<nil>");
            } else {
                let _ = write!(out, "{}={}", a.type_name(), to_v(a));
            }
        }
        out.push(')');
    }
    (out, ranges)
}

fn pad(out: &mut String, s: &str, f: Flags, numeric: bool) {
    let n = s.chars().count();
    let w = f.width.unwrap_or(0);
    if n >= w {
        out.push_str(s);
        return;
    }
    let fill = w - n;
    if f.minus {
        out.push_str(s);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if f.zero {
        if numeric && (s.starts_with('-') || s.starts_with('+')) {
            out.push_str(&s[..1]);
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(&s[1..]);
        } else {
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(s);
        }
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(s);
    }
}

fn bad_verb(out: &mut String, v: &Value, verb: char) {
    if v.is_nil() {
        let _ = write!(out, "%!{verb}(<nil>)");
    } else {
        let _ = write!(out, "%!{verb}({}={})", v.type_name(), to_v(v));
    }
}

fn fmt_int(i: i64, verb: char, f: Flags) -> Option<String> {
    let mag = i.unsigned_abs();
    let mut body = match verb {
        'd' | 'v' => mag.to_string(),
        'x' => format!("{mag:x}"),
        'X' => format!("{mag:X}"),
        'o' | 'O' => format!("{mag:o}"),
        'b' => format!("{mag:b}"),
        'c' => return char::from_u32(i as u32).map(String::from),
        'q' => {
            return char::from_u32(i as u32)
                .map(|c| format!("'{}'", go_quote(&c.to_string()).trim_matches('"')));
        }
        'U' => return Some(format!("U+{mag:04X}")),
        _ => return None,
    };
    if let Some(p) = f.prec
        && body.len() < p
    {
        body = "0".repeat(p - body.len()) + &body;
    }
    if f.sharp {
        match verb {
            'x' => body.insert_str(0, "0x"),
            'X' => body.insert_str(0, "0X"),
            'o' => body.insert(0, '0'),
            _ => {}
        }
    }
    if verb == 'O' {
        body.insert_str(0, "0o");
    }
    let sign = if i < 0 {
        "-"
    } else if f.plus {
        "+"
    } else if f.space {
        " "
    } else {
        ""
    };
    Some(format!("{sign}{body}"))
}

fn fmt_float(x: f64, verb: char, f: Flags) -> Option<String> {
    let s = match verb {
        'v' | 'g' | 'G' => format_float(x, 'g', f.prec.map_or(-1, |p| p as i32)),
        'f' | 'F' => format_float(x, 'f', f.prec.unwrap_or(6) as i32),
        'e' | 'E' => format_float(x, 'e', f.prec.unwrap_or(6) as i32),
        _ => return None,
    };
    let s = if verb == 'E' || verb == 'G' {
        s.to_uppercase()
    } else {
        s
    };
    if f.plus && !s.starts_with('-') {
        return Some(format!("+{s}"));
    }
    if f.space && !s.starts_with('-') {
        return Some(format!(" {s}"));
    }
    Some(s)
}

fn fmt_arg(out: &mut String, v: &Value, verb: char, f: Flags, depth: usize) {
    if depth > MAX_VALUE_DEPTH || out.len() > print_cap() {
        out.push_str("...");
        return;
    }
    if verb == 'T' {
        pad(out, v.type_name(), f, false);
        return;
    }
    match &v.kind {
        Kind::Nil => match verb {
            'v' => pad(out, "<nil>", f, false),
            _ => bad_verb(out, v, verb),
        },
        Kind::Bool(b) => match verb {
            'v' | 't' => pad(out, if *b { "true" } else { "false" }, f, false),
            _ => bad_verb(out, v, verb),
        },
        Kind::Int(i) | Kind::Int64(i) => match fmt_int(*i, verb, f) {
            Some(s) => pad(out, &s, f, true),
            None => bad_verb(out, v, verb),
        },
        Kind::Float(x) => match fmt_float(*x, verb, f) {
            Some(s) => pad(out, &s, f, true),
            None => bad_verb(out, v, verb),
        },
        Kind::Str(s) => {
            let t: &str = &s.text;
            match verb {
                'v' | 's' => {
                    let t = match f.prec {
                        Some(p) => t.chars().take(p).collect::<String>(),
                        None => t.to_string(),
                    };
                    pad(out, &t, f, false)
                }
                'q' => {
                    let q = if f.sharp && !t.contains('`') {
                        format!("`{t}`")
                    } else {
                        go_quote(t)
                    };
                    pad(out, &q, f, false)
                }
                'x' | 'X' => {
                    let mut h = String::new();
                    for (k, byte) in t.bytes().enumerate() {
                        if f.space && k > 0 {
                            h.push(' ');
                        }
                        if verb == 'x' {
                            let _ = write!(h, "{byte:02x}");
                        } else {
                            let _ = write!(h, "{byte:02X}");
                        }
                    }
                    pad(out, &h, f, false)
                }
                _ => bad_verb(out, v, verb),
            }
        }
        Kind::List(l) => {
            out.push('[');
            for (k, e) in l.iter().enumerate() {
                if out.len() > print_cap() {
                    break;
                }
                if k > 0 {
                    out.push(' ');
                }
                fmt_arg(out, e, verb, f, depth + 1);
            }
            out.push(']');
        }
        Kind::Map(m) => {
            let entries: Vec<(String, Value)> = m
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            out.push_str("map[");
            for (k, (key, e)) in entries.iter().enumerate() {
                if out.len() > print_cap() {
                    break;
                }
                if k > 0 {
                    out.push(' ');
                }
                fmt_arg(out, &Value::str(key.as_str()), verb, f, depth + 1);
                out.push(':');
                fmt_arg(out, e, verb, f, depth + 1);
            }
            out.push(']');
        }
    }
}

/// `fmt.Sprint`: spaces between operands when neither side is a string.
pub fn sprint(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        let is_str = matches!(a.kind, Kind::Str(_));
        if i > 0 && !is_str && !matches!(args[i - 1].kind, Kind::Str(_)) {
            out.push(' ');
        }
        format_v(a, &mut out, 0);
    }
    out
}

/// `fmt.Sprintln`: spaces between all operands, and a newline.
pub fn sprintln(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        format_v(a, &mut out, 0);
    }
    out.push('\n');
    out
}
