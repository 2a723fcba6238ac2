//! Lexer and parser for Go `text/template`, following `text/template/parse` (Go 1.23) closely, including its error
//! messages.

use std::rc::Rc;

use crate::ast::{Arg, Branch, Command, FileId, List, Node, Number, Pipe, Span};

/// A template that failed to parse: Go's message, the template name and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("template: {name}:{line}: {message}")]
pub struct ParseError {
    pub name: String,
    pub line: usize,
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kw {
    Block,
    Break,
    Continue,
    Define,
    Else,
    End,
    If,
    Range,
    Template,
    With,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Text(Rc<str>),
    LeftDelim,
    RightDelim,
    Space,
    Kw(Kw),
    Ident(Rc<str>),
    Field(Rc<str>),
    Variable(Rc<str>),
    Dot,
    Bool(bool),
    Nil,
    Number(Rc<str>),
    Char(Rc<str>),
    Str(Rc<str>),
    LParen,
    RParen,
    Pipe,
    Declare,
    Assign,
    Comma,
    /// Any other printable ASCII character (Go's itemChar): always a syntax error where it appears.
    Punct(char),
    Eof,
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    toks: Vec<Token>,
}

type LexErr = (usize, String);

impl<'a> Lexer<'a> {
    fn char_at(&self, p: usize) -> Option<char> {
        self.src.get(p..).and_then(|s| s.chars().next())
    }

    fn push(&mut self, tok: Tok, start: usize, end: usize) {
        self.toks.push(Token { tok, start, end });
    }

    fn at_right_trim(&self, p: usize) -> bool {
        self.b.get(p).is_some_and(|c| is_space(*c))
            && self.src.get(p + 1..).is_some_and(|s| s.starts_with("-}}"))
    }

    fn run(mut self) -> Result<Vec<Token>, LexErr> {
        let mut pos = 0;
        let mut trim_next = false;
        loop {
            let rest = &self.src[pos..];
            let found = rest.find("{{");
            let text_end = found.map_or(self.src.len(), |i| pos + i);
            let mut t0 = pos;
            let mut t1 = text_end;
            if trim_next {
                while t0 < t1 && is_space(self.b[t0]) {
                    t0 += 1;
                }
            }
            let Some(_) = found else {
                if t1 > t0 {
                    self.push(Tok::Text(self.src[t0..t1].into()), t0, t1);
                }
                self.push(Tok::Eof, self.src.len(), self.src.len());
                return Ok(self.toks);
            };
            let delim = text_end;
            let left_trim = self.b.get(delim + 2) == Some(&b'-')
                && self.b.get(delim + 3).is_some_and(|c| is_space(*c));
            if left_trim {
                while t1 > t0 && is_space(self.b[t1 - 1]) {
                    t1 -= 1;
                }
            }
            if t1 > t0 {
                self.push(Tok::Text(self.src[t0..t1].into()), t0, t1);
            }
            let mut p = delim + 2 + if left_trim { 2 } else { 0 };
            if self.src[p..].starts_with("/*") {
                let Some(close) = self.src[p + 2..].find("*/") else {
                    return Err((delim, "unclosed comment".into()));
                };
                p = p + 2 + close + 2;
                if self.at_right_trim(p) {
                    trim_next = true;
                    pos = p + 4;
                } else if self.src[p..].starts_with("}}") {
                    trim_next = false;
                    pos = p + 2;
                } else {
                    return Err((delim, "comment ends before closing delimiter".into()));
                }
                continue;
            }
            self.push(Tok::LeftDelim, delim, p);
            let (end, trim) = self.inside_action(p, delim)?;
            pos = end;
            trim_next = trim;
        }
    }

    /// Lexes tokens from `p` up to and including the right delimiter; returns the position after it and whether
    /// it carried a trim marker.
    fn inside_action(&mut self, mut p: usize, delim: usize) -> Result<(usize, bool), LexErr> {
        let mut depth = 0i32;
        loop {
            if self.at_right_trim(p) || self.src[p..].starts_with("}}") {
                let trim = !self.src[p..].starts_with("}}");
                if depth > 0 {
                    return Err((p, "unclosed left paren".into()));
                }
                let end = p + if trim { 4 } else { 2 };
                self.push(Tok::RightDelim, p, end);
                return Ok((end, trim));
            }
            let Some(c) = self.char_at(p) else {
                return Err((delim, "unclosed action".into()));
            };
            let start = p;
            match c {
                ' ' | '\t' | '\r' | '\n' => {
                    while p < self.b.len() && is_space(self.b[p]) && !self.at_right_trim(p) {
                        p += 1;
                    }
                    if p == start {
                        // a trim marker follows immediately
                        continue;
                    }
                    self.push(Tok::Space, start, p);
                }
                '=' => {
                    p += 1;
                    self.push(Tok::Assign, start, p);
                }
                ':' => {
                    if self.b.get(p + 1) != Some(&b'=') {
                        return Err((p, "expected :=".into()));
                    }
                    p += 2;
                    self.push(Tok::Declare, start, p);
                }
                '|' => {
                    p += 1;
                    self.push(Tok::Pipe, start, p);
                }
                ',' => {
                    p += 1;
                    self.push(Tok::Comma, start, p);
                }
                '(' => {
                    p += 1;
                    depth += 1;
                    self.push(Tok::LParen, start, p);
                }
                ')' => {
                    p += 1;
                    depth -= 1;
                    if depth < 0 {
                        return Err((start, "unexpected right paren".into()));
                    }
                    self.push(Tok::RParen, start, p);
                }
                '"' => {
                    p += 1;
                    loop {
                        match self.b.get(p) {
                            None | Some(b'\n') => {
                                return Err((start, "unterminated quoted string".into()));
                            }
                            Some(b'\\') => p += 2,
                            Some(b'"') => break,
                            Some(_) => p += 1,
                        }
                    }
                    p += 1;
                    let raw = &self.src[start..p.min(self.src.len())];
                    let v = unquote(raw).ok_or((start, format!("invalid syntax: {raw}")))?;
                    self.push(Tok::Str(v.into()), start, p);
                }
                '`' => {
                    let Some(close) = self.src[p + 1..].find('`') else {
                        return Err((start, "unterminated raw quoted string".into()));
                    };
                    p = p + 1 + close + 1;
                    let v: String = self.src[start + 1..p - 1]
                        .chars()
                        .filter(|c| *c != '\r')
                        .collect();
                    self.push(Tok::Str(v.into()), start, p);
                }
                '\'' => {
                    p += 1;
                    loop {
                        match self.b.get(p) {
                            None | Some(b'\n') => {
                                return Err((start, "unterminated character constant".into()));
                            }
                            Some(b'\\') => p += 2,
                            Some(b'\'') => break,
                            Some(_) => p += 1,
                        }
                    }
                    p += 1;
                    self.push(Tok::Char(self.src[start..p].into()), start, p);
                }
                '$' | '.' => {
                    if c == '.' && self.b.get(p + 1).is_some_and(|d| d.is_ascii_digit()) {
                        p = self.number(p)?;
                        self.push(Tok::Number(self.src[start..p].into()), start, p);
                        continue;
                    }
                    p += 1;
                    while let Some(ch) = self.char_at(p) {
                        if !is_alnum(ch) {
                            break;
                        }
                        p += ch.len_utf8();
                    }
                    self.terminator(p)?;
                    let name: Rc<str> = self.src[start + 1..p].into();
                    if c == '$' {
                        self.push(Tok::Variable(self.src[start..p].into()), start, p);
                    } else if name.is_empty() {
                        self.push(Tok::Dot, start, p);
                    } else {
                        self.push(Tok::Field(name), start, p);
                    }
                }
                '+' | '-' | '0'..='9' => {
                    p = self.number(p)?;
                    self.push(Tok::Number(self.src[start..p].into()), start, p);
                }
                c if is_alnum(c) => {
                    while let Some(ch) = self.char_at(p) {
                        if !is_alnum(ch) {
                            break;
                        }
                        p += ch.len_utf8();
                    }
                    self.terminator(p)?;
                    let word = &self.src[start..p];
                    let tok = match word {
                        "block" => Tok::Kw(Kw::Block),
                        "break" => Tok::Kw(Kw::Break),
                        "continue" => Tok::Kw(Kw::Continue),
                        "define" => Tok::Kw(Kw::Define),
                        "else" => Tok::Kw(Kw::Else),
                        "end" => Tok::Kw(Kw::End),
                        "if" => Tok::Kw(Kw::If),
                        "range" => Tok::Kw(Kw::Range),
                        "template" => Tok::Kw(Kw::Template),
                        "with" => Tok::Kw(Kw::With),
                        "true" => Tok::Bool(true),
                        "false" => Tok::Bool(false),
                        "nil" => Tok::Nil,
                        _ => Tok::Ident(word.into()),
                    };
                    self.push(tok, start, p);
                }
                other if other.is_ascii_graphic() => {
                    p += 1;
                    self.push(Tok::Punct(other), start, p);
                }
                other => {
                    return Err((
                        start,
                        format!("unrecognized character in action: {}", char_desc(other)),
                    ));
                }
            }
        }
    }

    fn terminator(&self, p: usize) -> Result<(), LexErr> {
        match self.char_at(p) {
            None => Ok(()),
            Some(' ' | '\t' | '\r' | '\n') => Ok(()),
            Some('.' | ',' | '|' | ':' | ')' | '(') => Ok(()),
            Some(_) if self.src[p..].starts_with("}}") => Ok(()),
            Some(c) => Err((p, format!("bad character {}", char_desc(c)))),
        }
    }

    fn number(&self, mut p: usize) -> Result<usize, LexErr> {
        let start = p;
        let b = self.b;
        let accept = |p: &mut usize, set: &str| -> bool {
            if let Some(&c) = b.get(*p)
                && set.as_bytes().contains(&c)
            {
                *p += 1;
                return true;
            }
            false
        };
        let run = |p: &mut usize, set: &str| while accept(p, set) {};
        accept(&mut p, "+-");
        let mut digits = "0123456789_";
        if accept(&mut p, "0") {
            if accept(&mut p, "xX") {
                digits = "0123456789abcdefABCDEF_";
            } else if accept(&mut p, "oO") {
                digits = "01234567_";
            } else if accept(&mut p, "bB") {
                digits = "01_";
            }
        }
        run(&mut p, digits);
        if accept(&mut p, ".") {
            run(&mut p, digits);
        }
        if digits.len() == 11 && accept(&mut p, "eE") {
            accept(&mut p, "+-");
            run(&mut p, "0123456789_");
        }
        if digits.len() == 23 && accept(&mut p, "pP") {
            accept(&mut p, "+-");
            run(&mut p, "0123456789_");
        }
        accept(&mut p, "i");
        if self.char_at(p).is_some_and(is_alnum) {
            let end = p + self.char_at(p).map_or(1, char::len_utf8);
            return Err((
                start,
                format!("bad number syntax: {:?}", &self.src[start..end]),
            ));
        }
        Ok(p)
    }
}

fn char_desc(c: char) -> String {
    format!("U+{:04X} '{}'", c as u32, c)
}

/// Go's `strconv.Unquote` for a double-quoted literal (or a character literal, for `'x'`).
pub(crate) fn unquote(s: &str) -> Option<String> {
    let quote = s.chars().next()?;
    let inner = s.strip_prefix(quote)?.strip_suffix(quote)?;
    let mut out = String::new();
    let mut it = inner.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            if c == quote || c == '\n' {
                return None;
            }
            out.push(c);
            continue;
        }
        let e = it.next()?;
        match e {
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '\\' => out.push('\\'),
            '"' | '\'' if e == quote => out.push(e),
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    v = v * 16 + it.next()?.to_digit(16)?;
                }
                if e == 'x' {
                    // a byte; only ASCII keeps the string valid UTF-8 here
                    out.push(char::from_u32(v)?);
                } else {
                    out.push(char::from_u32(v)?);
                }
            }
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    v = v * 8 + it.next()?.to_digit(8)?;
                }
                if v > 255 {
                    return None;
                }
                out.push(char::from_u32(v)?);
            }
            _ => return None,
        }
    }
    if quote == '\'' && out.chars().count() != 1 {
        return None;
    }
    Some(out)
}

fn parse_int_go(text: &str) -> Option<i64> {
    let (neg, t) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (radix, digits, prefixed) =
        if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
            (16, r, true)
        } else if let Some(r) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
            (8, r, true)
        } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
            (2, r, true)
        } else if t.len() > 1 && t.starts_with('0') {
            (8, &t[1..], true)
        } else {
            (10, t, false)
        };
    if digits.contains('_') {
        // underscores only between digits (or after a base prefix)
        let lead_ok = prefixed && radix != 8 || t.starts_with("0_");
        if digits.starts_with('_') && !lead_ok || digits.ends_with('_') || digits.contains("__") {
            return None;
        }
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if clean.is_empty() {
        return if t == "0" { Some(0) } else { None };
    }
    let v = u64::from_str_radix(&clean, radix).ok()?;
    if neg {
        if v > i64::MAX as u64 + 1 {
            None
        } else {
            Some((v as i64).wrapping_neg())
        }
    } else {
        i64::try_from(v).ok()
    }
}

fn parse_number(text: &str, is_char: bool) -> Result<Number, String> {
    if is_char {
        let v = unquote(text).ok_or_else(|| format!("malformed character constant: {text}"))?;
        let c = v.chars().next().unwrap_or('\0') as i64;
        return Ok(Number {
            text: text.into(),
            int: Some(c),
            float: Some(c as f64),
            is_float: false,
        });
    }
    if text.ends_with('i') {
        return Err(format!("complex numbers are not supported: {text:?}"));
    }
    let is_hex = {
        let t = text.trim_start_matches(['+', '-']);
        t.starts_with("0x") || t.starts_with("0X")
    };
    let floaty = !is_hex && text.contains(['.', 'e', 'E', 'p', 'P']);
    if let Some(i) = parse_int_go(text) {
        return Ok(Number {
            text: text.into(),
            int: Some(i),
            float: Some(i as f64),
            is_float: floaty,
        });
    }
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let parsed = if is_hex {
        parse_hex_float(&clean)
    } else {
        clean.parse::<f64>().ok()
    };
    let floaty = floaty || (is_hex && text.contains(['p', 'P']));
    if let Some(f) = parsed {
        if !floaty {
            return Err(format!("integer overflow: {text:?}"));
        }
        let int = if f.fract() == 0.0 && f.abs() < 9.2e18 {
            Some(f as i64)
        } else {
            None
        };
        return Ok(Number {
            text: text.into(),
            int,
            float: Some(f),
            is_float: true,
        });
    }
    Err(format!("illegal number syntax: {text:?}"))
}

/// A Go hexadecimal float literal (`0x1p60`, `-0x1.8p-3`): hex mantissa, `p`, decimal power of two.
fn parse_hex_float(t: &str) -> Option<f64> {
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let t = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X"))?;
    let (mant, exp) = t.split_once(['p', 'P'])?;
    let exp: i32 = exp.parse().ok()?;
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in int.chars() {
        v = v * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac.chars() {
        v += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    let v = v * 2f64.powi(exp);
    Some(if neg { -v } else { v })
}

/// The result of parsing one source: its top-level body and the templates it defines.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub root: List,
    pub defines: Vec<(Rc<str>, List)>,
}

pub(crate) struct Parser<'a> {
    name: &'a str,
    src: &'a str,
    file: FileId,
    toks: Vec<Token>,
    i: usize,
    vars: Vec<Rc<str>>,
    range_depth: usize,
    has_func: &'a dyn Fn(&str) -> bool,
    defines: Vec<(Rc<str>, List)>,
    /// Nesting of pipelines and control structures, bounded so hostile input cannot exhaust the stack.
    depth: usize,
}

/// The deepest nesting of parentheses and control structures a template may have (Go allows 10000; a Rust stack
/// of a test thread does not).
pub const MAX_PARSE_DEPTH: usize = 100;

enum Item {
    Node(Node),
    End(Span),
    Else(Span),
}

type PResult<T> = Result<T, ParseError>;

pub(crate) fn parse(
    name: &str,
    src: &str,
    file: FileId,
    has_func: &dyn Fn(&str) -> bool,
) -> PResult<Parsed> {
    let toks = match (Lexer {
        src,
        b: src.as_bytes(),
        toks: Vec::new(),
    })
    .run()
    {
        Ok(t) => t,
        Err((pos, message)) => {
            return Err(ParseError {
                name: name.into(),
                line: line_of(src, pos),
                span: Span::new(file, pos, pos),
                message,
            });
        }
    };
    let mut p = Parser {
        name,
        src,
        file,
        toks,
        i: 0,
        vars: vec!["$".into()],
        range_depth: 0,
        has_func,
        defines: Vec::new(),
        depth: 0,
    };
    let root = p.top()?;
    Ok(Parsed {
        root,
        defines: p.defines,
    })
}

pub(crate) fn line_of(src: &str, pos: usize) -> usize {
    1 + src.as_bytes()[..pos.min(src.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
}

fn tok_desc(t: &Token, src: &str) -> String {
    match &t.tok {
        Tok::Eof => "EOF".into(),
        Tok::Kw(_) => format!("<{}>", &src[t.start..t.end]),
        _ => {
            let s = &src[t.start..t.end];
            if s.chars().count() > 10 {
                let head: String = s.chars().take(10).collect();
                format!("{head:?}...")
            } else {
                format!("{s:?}")
            }
        }
    }
}

impl<'a> Parser<'a> {
    fn err<T>(&self, at: usize, message: impl Into<String>) -> PResult<T> {
        Err(ParseError {
            name: self.name.into(),
            line: line_of(self.src, at),
            span: Span::new(self.file, at, at),
            message: message.into(),
        })
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.file, start, end)
    }

    fn prev_end(&self) -> usize {
        self.toks[self.i.clamp(1, self.toks.len()) - 1].end
    }

    fn peek(&self) -> &Token {
        &self.toks[self.i.min(self.toks.len() - 1)]
    }

    fn next(&mut self) -> Token {
        let t = self.peek().clone();
        self.i += 1;
        t
    }

    fn next_non_space(&mut self) -> Token {
        loop {
            let t = self.next();
            if t.tok != Tok::Space {
                return t;
            }
        }
    }

    fn peek_non_space(&mut self) -> Token {
        while self.peek().tok == Tok::Space {
            self.i += 1;
        }
        self.peek().clone()
    }

    fn unexpected<T>(&self, t: &Token, context: &str) -> PResult<T> {
        self.err(
            t.start,
            format!("unexpected {} in {}", tok_desc(t, self.src), context),
        )
    }

    fn expect_right(&mut self, context: &str) -> PResult<Token> {
        let t = self.next_non_space();
        if t.tok != Tok::RightDelim {
            return self.unexpected(&t, context);
        }
        Ok(t)
    }

    fn top(&mut self) -> PResult<List> {
        let mut list = List::default();
        while self.peek().tok != Tok::Eof {
            if self.peek().tok == Tok::LeftDelim {
                let save = self.i;
                let delim = self.next();
                if self.next_non_space().tok == Tok::Kw(Kw::Define) {
                    self.definition(delim.start)?;
                    continue;
                }
                self.i = save;
            }
            match self.text_or_action()? {
                Item::Node(n) => list.nodes.push(n),
                Item::End(s) => return self.err(s.start as usize, "unexpected {{end}}"),
                Item::Else(s) => return self.err(s.start as usize, "unexpected {{else}}"),
            }
        }
        Ok(list)
    }

    fn template_name(&mut self, context: &str) -> PResult<Rc<str>> {
        let t = self.next_non_space();
        match t.tok {
            Tok::Str(s) => Ok(s),
            _ => self.unexpected(&t, context),
        }
    }

    fn definition(&mut self, _start: usize) -> PResult<()> {
        let name = self.template_name("define clause")?;
        self.expect_right("define clause")?;
        let saved = std::mem::replace(&mut self.vars, vec!["$".into()]);
        let (list, end) = self.item_list()?;
        self.vars = saved;
        if let Item::Else(s) = end {
            return self.err(s.start as usize, "unexpected {{else}} in define clause");
        }
        let at = self.prev_end();
        self.add_define(name, list, at)
    }

    /// Go's `Tree.add`: within one parse, a second non-empty definition of a name is an error; an empty one does
    /// not replace a non-empty one.
    fn add_define(&mut self, name: Rc<str>, list: List, at: usize) -> PResult<()> {
        match self.defines.iter_mut().find(|(n, _)| *n == name) {
            Some((_, old)) if old.is_empty_tree() => *old = list,
            Some(_) if !list.is_empty_tree() => {
                return self.err(
                    at,
                    format!("template: multiple definition of template {name:?}"),
                );
            }
            Some(_) => {}
            None => self.defines.push((name, list)),
        }
        Ok(())
    }

    fn item_list(&mut self) -> PResult<(List, Item)> {
        let mut list = List::default();
        while self.peek_non_space().tok != Tok::Eof {
            match self.text_or_action()? {
                Item::Node(n) => list.nodes.push(n),
                end => return Ok((list, end)),
            }
        }
        let at = self.src.len();
        self.err(at, "unexpected EOF")
    }

    fn text_or_action(&mut self) -> PResult<Item> {
        let t = self.next_non_space();
        match t.tok {
            Tok::Text(text) => Ok(Item::Node(Node::Text {
                span: self.span(t.start, t.end),
                text,
            })),
            Tok::LeftDelim => self.action(t.start),
            _ => self.unexpected(&t, "input"),
        }
    }

    fn action(&mut self, start: usize) -> PResult<Item> {
        let t = self.next_non_space();
        match t.tok {
            Tok::Kw(Kw::Block) => return self.block(start).map(Item::Node),
            Tok::Kw(kw @ (Kw::Break | Kw::Continue)) => {
                let r = self.next_non_space();
                let word = if kw == Kw::Break {
                    "{{break}}"
                } else {
                    "{{continue}}"
                };
                if r.tok != Tok::RightDelim {
                    return self.unexpected(&r, word);
                }
                if self.range_depth == 0 {
                    return self.err(t.start, format!("{word} outside {{{{range}}}}"));
                }
                let span = self.span(start, r.end);
                return Ok(Item::Node(if kw == Kw::Break {
                    Node::Break(span)
                } else {
                    Node::Continue(span)
                }));
            }
            Tok::Kw(Kw::Else) => {
                let p = self.peek_non_space();
                if matches!(p.tok, Tok::Kw(Kw::If | Kw::With)) {
                    return Ok(Item::Else(self.span(start, p.start)));
                }
                let r = self.expect_right("else")?;
                return Ok(Item::Else(self.span(start, r.end)));
            }
            Tok::Kw(Kw::End) => {
                let r = self.expect_right("end")?;
                return Ok(Item::End(self.span(start, r.end)));
            }
            Tok::Kw(Kw::If) => return self.control(start, "if").map(|b| Item::Node(Node::If(b))),
            Tok::Kw(Kw::With) => {
                return self
                    .control(start, "with")
                    .map(|b| Item::Node(Node::With(b)));
            }
            Tok::Kw(Kw::Range) => {
                return self
                    .control(start, "range")
                    .map(|b| Item::Node(Node::Range(b)));
            }
            Tok::Kw(Kw::Template) => {
                let name = self.template_name("template clause")?;
                let next = self.next_non_space();
                let (pipe, end) = if next.tok == Tok::RightDelim {
                    (None, next.end)
                } else {
                    self.i -= 1;
                    let p = self.pipeline("template clause", true)?;
                    (Some(p), self.prev_end())
                };
                return Ok(Item::Node(Node::Template {
                    span: self.span(start, end),
                    name,
                    pipe,
                }));
            }
            _ => {}
        }
        self.i -= 1;
        let pipe = self.pipeline("command", true)?;
        let end = self.prev_end();
        Ok(Item::Node(Node::Action {
            span: self.span(start, end),
            pipe,
        }))
    }

    fn block(&mut self, start: usize) -> PResult<Node> {
        let name = self.template_name("block clause")?;
        let pipe = self.pipeline("block clause", true)?;
        let head_end = self.prev_end();
        let saved = std::mem::replace(&mut self.vars, vec!["$".into()]);
        let saved_depth = std::mem::replace(&mut self.range_depth, 0);
        let (list, end) = self.item_list()?;
        self.vars = saved;
        self.range_depth = saved_depth;
        if let Item::Else(s) = end {
            return self.err(s.start as usize, "unexpected {{else}} in block clause");
        }
        let at = self.prev_end();
        self.add_define(name.clone(), list, at)?;
        Ok(Node::Template {
            span: self.span(start, head_end),
            name,
            pipe: Some(pipe),
        })
    }

    fn control(&mut self, start: usize, context: &str) -> PResult<Branch> {
        self.depth += 1;
        if self.depth > MAX_PARSE_DEPTH {
            return self.err(start, "max expression depth exceeded");
        }
        let r = self.control_inner(start, context);
        self.depth -= 1;
        r
    }

    fn control_inner(&mut self, start: usize, context: &str) -> PResult<Branch> {
        let nvars = self.vars.len();
        let pipe = self.pipeline(context, true)?;
        if context == "range" {
            self.range_depth += 1;
        }
        let (list, next) = self.item_list()?;
        if context == "range" {
            self.range_depth -= 1;
        }
        let mut else_list = None;
        let end_span = match next {
            Item::End(s) => s,
            Item::Else(s) => {
                let p = self.peek_non_space();
                if context == "if" && p.tok == Tok::Kw(Kw::If)
                    || context == "with" && p.tok == Tok::Kw(Kw::With)
                {
                    self.next_non_space();
                    let nested = self.control(p.start, context)?;
                    let end = nested.span;
                    else_list = Some(List {
                        nodes: vec![if context == "if" {
                            Node::If(nested)
                        } else {
                            Node::With(nested)
                        }],
                    });
                    end
                } else {
                    let (l, e) = self.item_list()?;
                    else_list = Some(l);
                    match e {
                        Item::End(s) => s,
                        Item::Else(s) => {
                            return self.err(s.start as usize, "expected end; found {{else}}");
                        }
                        Item::Node(_) => s,
                    }
                }
            }
            Item::Node(n) => n.span(),
        };
        self.vars.truncate(nvars);
        Ok(Branch {
            span: self.span(start, end_span.end as usize),
            pipe,
            list,
            else_list,
        })
    }

    fn pipeline(&mut self, context: &str, right_delim: bool) -> PResult<Pipe> {
        self.depth += 1;
        if self.depth > MAX_PARSE_DEPTH {
            let at = self.peek().start;
            return self.err(at, "max expression depth exceeded");
        }
        let r = self.pipeline_inner(context, right_delim);
        self.depth -= 1;
        r
    }

    fn pipeline_inner(&mut self, context: &str, right_delim: bool) -> PResult<Pipe> {
        let first = self.peek_non_space();
        let mut decl = Vec::new();
        let mut is_assign = false;
        loop {
            let v = self.peek_non_space();
            let Tok::Variable(name) = &v.tok else { break };
            let save = self.i;
            self.next();
            let next = self.peek_non_space();
            match next.tok {
                Tok::Assign | Tok::Declare => {
                    is_assign = next.tok == Tok::Assign;
                    self.next_non_space();
                    decl.push((name.clone(), self.span(v.start, v.end)));
                    self.vars.push(name.clone());
                    break;
                }
                Tok::Comma => {
                    self.next_non_space();
                    decl.push((name.clone(), self.span(v.start, v.end)));
                    self.vars.push(name.clone());
                    if context == "range" && decl.len() < 2 {
                        let p = self.peek_non_space();
                        match p.tok {
                            Tok::Variable(_) | Tok::RightDelim | Tok::RParen => continue,
                            _ => return self.err(p.start, "range can only initialize variables"),
                        }
                    }
                    return self.err(v.start, format!("too many declarations in {context}"));
                }
                _ => {
                    self.i = save;
                    break;
                }
            }
        }
        let mut cmds = Vec::new();
        loop {
            let t = self.next_non_space();
            let at_end = if right_delim {
                t.tok == Tok::RightDelim
            } else {
                t.tok == Tok::RParen
            };
            if at_end {
                if cmds.is_empty() {
                    return self.err(t.start, format!("missing value for {context}"));
                }
                for (i, c) in cmds.iter().enumerate().skip(1) {
                    let c: &Command = c;
                    if c.args.first().is_some_and(Arg::is_literal) {
                        return self.err(
                            t.start,
                            format!("non executable command in pipeline stage {}", i + 1),
                        );
                    }
                }
                let span = self.span(first.start, t.start);
                return Ok(Pipe {
                    span,
                    decl,
                    is_assign,
                    cmds,
                });
            }
            match t.tok {
                Tok::Bool(_)
                | Tok::Char(_)
                | Tok::Dot
                | Tok::Field(_)
                | Tok::Ident(_)
                | Tok::Number(_)
                | Tok::Nil
                | Tok::Str(_)
                | Tok::Variable(_)
                | Tok::LParen => {
                    self.i -= 1;
                    cmds.push(self.command()?);
                }
                _ => return self.unexpected(&t, context),
            }
        }
    }

    fn command(&mut self) -> PResult<Command> {
        let first = self.peek_non_space();
        let mut args = Vec::new();
        let mut end = first.start;
        loop {
            self.peek_non_space();
            if let Some(a) = self.operand()? {
                end = a.span().end as usize;
                args.push(a);
            }
            let t = self.next();
            match t.tok {
                Tok::Space => continue,
                Tok::RightDelim | Tok::RParen => self.i -= 1,
                Tok::Pipe => {}
                _ => return self.unexpected(&t, "operand"),
            }
            break;
        }
        if args.is_empty() {
            return self.err(first.start, "empty command");
        }
        Ok(Command {
            span: self.span(first.start, end),
            args,
        })
    }

    fn operand(&mut self) -> PResult<Option<Arg>> {
        let Some(node) = self.term()? else {
            return Ok(None);
        };
        if !matches!(self.peek().tok, Tok::Field(_)) {
            return Ok(Some(node));
        }
        let mut fields = Vec::new();
        let mut end = node.span().end as usize;
        while let Tok::Field(f) = &self.peek().tok {
            fields.push(f.clone());
            end = self.peek().end;
            self.next();
        }
        let span = node.span().to(self.span(end, end));
        Ok(Some(match node {
            Arg::Field(_, mut a) => {
                a.extend(fields);
                Arg::Field(span, a)
            }
            Arg::Variable(_, name, mut a) => {
                a.extend(fields);
                Arg::Variable(span, name, a)
            }
            Arg::Bool(..) | Arg::Str(..) | Arg::Number(..) | Arg::Nil(_) | Arg::Dot(_) => {
                let s = node.span();
                let text = &self.src[s.range()];
                return self.err(
                    s.start as usize,
                    format!("unexpected . after term {text:?}"),
                );
            }
            other => Arg::Chain(span, Box::new(other), fields),
        }))
    }

    fn term(&mut self) -> PResult<Option<Arg>> {
        let t = self.next_non_space();
        let span = self.span(t.start, t.end);
        let is_char = matches!(t.tok, Tok::Char(_));
        Ok(Some(match t.tok {
            Tok::Ident(name) => {
                if !(self.has_func)(&name) {
                    return self.err(t.start, format!("function {name:?} not defined"));
                }
                Arg::Ident(span, name)
            }
            Tok::Dot => Arg::Dot(span),
            Tok::Nil => Arg::Nil(span),
            Tok::Variable(name) => {
                if !self.vars.contains(&name) {
                    return self.err(t.start, format!("undefined variable {name:?}"));
                }
                Arg::Variable(span, name, Vec::new())
            }
            Tok::Field(f) => Arg::Field(span, vec![f]),
            Tok::Bool(b) => Arg::Bool(span, b),
            Tok::Number(text) | Tok::Char(text) => match parse_number(&text, is_char) {
                Ok(n) => Arg::Number(span, n),
                Err(m) => return self.err(t.start, m),
            },
            Tok::Str(s) => Arg::Str(span, s),
            Tok::LParen => {
                let p = self.pipeline("parenthesized pipeline", false)?;
                let end = self.prev_end();
                Arg::Pipe(self.span(t.start, end), Box::new(p))
            }
            _ => {
                self.i -= 1;
                return Ok(None);
            }
        }))
    }
}
