//! Tokens of the expression language, following GitHub's own lexer (actions/languageservices
//! `expressions/src/lexer.ts`): identifiers may hold `-`, numbers are read up to the next
//! boundary character and parsed as JavaScript's `Number()` would, `true`/`false`/`null`/`NaN`/
//! `Infinity` are keywords (case-sensitive) except right after a `.`.

use crate::ast::Span;
use crate::error::{ErrorKind, ParseError};
use crate::value::parse_number;

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tok {
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Dot,
    Bang,
    Ne,
    Eq,
    Gt,
    Ge,
    Lt,
    Le,
    And,
    Or,
    Star,
    Number(f64),
    Str(String),
    Ident(String),
    True,
    False,
    Null,
}

impl Tok {
    pub(crate) fn describe(&self) -> String {
        match self {
            Tok::LParen => "(".into(),
            Tok::RParen => ")".into(),
            Tok::LBracket => "[".into(),
            Tok::RBracket => "]".into(),
            Tok::Comma => ",".into(),
            Tok::Dot => ".".into(),
            Tok::Bang => "!".into(),
            Tok::Ne => "!=".into(),
            Tok::Eq => "==".into(),
            Tok::Gt => ">".into(),
            Tok::Ge => ">=".into(),
            Tok::Lt => "<".into(),
            Tok::Le => "<=".into(),
            Tok::And => "&&".into(),
            Tok::Or => "||".into(),
            Tok::Star => "*".into(),
            Tok::Number(n) => crate::value::number_to_string(*n),
            Tok::Str(s) => format!("'{}'", s.replace('\'', "''")),
            Tok::Ident(s) => s.clone(),
            Tok::True => "true".into(),
            Tok::False => "false".into(),
            Tok::Null => "null".into(),
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Token {
    pub tok: Tok,
    pub span: Span,
}

/// Characters that end a number or a name.
fn is_boundary(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | ')' | ']' | ',' | '.' | '!' | '>' | '<' | '=' | '&' | '|'
    ) || c.is_whitespace()
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return false,
    }
    chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

pub(crate) fn lex(src: &str) -> Result<Vec<Token>, ParseError> {
    let bytes = src.as_bytes();
    let mut tokens: Vec<Token> = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let start = i;
        let Some(c) = src[i..].chars().next() else {
            break;
        };
        let prev = tokens.last().map(|t| &t.tok);
        let single = |tok: Tok| Token {
            tok,
            span: Span::new(start, start + 1),
        };
        let double = |tok: Tok| Token {
            tok,
            span: Span::new(start, start + 2),
        };
        let next_is = |b: u8| bytes.get(i + 1) == Some(&b);
        match c {
            '(' => tokens.push(single(Tok::LParen)),
            ')' => tokens.push(single(Tok::RParen)),
            '[' => tokens.push(single(Tok::LBracket)),
            ']' => tokens.push(single(Tok::RBracket)),
            ',' => tokens.push(single(Tok::Comma)),
            '*' => tokens.push(single(Tok::Star)),
            '.' => {
                if matches!(
                    prev,
                    Some(Tok::Ident(_) | Tok::RBracket | Tok::RParen | Tok::Star)
                ) {
                    tokens.push(single(Tok::Dot));
                } else {
                    i = number(src, start, &mut tokens)?;
                    continue;
                }
            }
            '-' | '+' | '0'..='9' => {
                i = number(src, start, &mut tokens)?;
                continue;
            }
            '!' if next_is(b'=') => {
                tokens.push(double(Tok::Ne));
                i += 2;
                continue;
            }
            '!' => tokens.push(single(Tok::Bang)),
            '=' if next_is(b'=') => {
                tokens.push(double(Tok::Eq));
                i += 2;
                continue;
            }
            '<' | '>' if next_is(b'=') => {
                tokens.push(double(if c == '<' { Tok::Le } else { Tok::Ge }));
                i += 2;
                continue;
            }
            '<' => tokens.push(single(Tok::Lt)),
            '>' => tokens.push(single(Tok::Gt)),
            '&' if next_is(b'&') => {
                tokens.push(double(Tok::And));
                i += 2;
                continue;
            }
            '|' if next_is(b'|') => {
                tokens.push(double(Tok::Or));
                i += 2;
                continue;
            }
            '=' | '&' | '|' => {
                return Err(ParseError::new(
                    ErrorKind::UnexpectedSymbol(c.to_string()),
                    Span::new(start, start + 1),
                ));
            }
            '\'' => {
                let (value, end) = string(src, start)?;
                tokens.push(Token {
                    tok: Tok::Str(value),
                    span: Span::new(start, end),
                });
                i = end;
                continue;
            }
            '"' => {
                return Err(ParseError::new(
                    ErrorKind::DoubleQuote,
                    Span::new(start, start + 1),
                ));
            }
            c if c.is_whitespace() => {}
            _ => {
                let end = src[start..]
                    .char_indices()
                    .find(|&(_, ch)| is_boundary(ch))
                    .map_or(src.len(), |(k, _)| start + k);
                let word = &src[start..end];
                let span = Span::new(start, end);
                let after_dot = matches!(prev, Some(Tok::Dot));
                let tok = match word {
                    "true" if !after_dot => Tok::True,
                    "false" if !after_dot => Tok::False,
                    "null" if !after_dot => Tok::Null,
                    "NaN" if !after_dot => Tok::Number(f64::NAN),
                    "Infinity" if !after_dot => Tok::Number(f64::INFINITY),
                    _ if is_identifier(word) => Tok::Ident(word.to_string()),
                    _ => {
                        return Err(ParseError::new(
                            ErrorKind::InvalidIdentifier(word.to_string()),
                            span,
                        ));
                    }
                };
                tokens.push(Token { tok, span });
                i = end;
                continue;
            }
        }
        i += c.len_utf8();
    }
    Ok(tokens)
}

/// Reads a number starting at `start` (up to the next boundary other than `.`).
fn number(src: &str, start: usize, tokens: &mut Vec<Token>) -> Result<usize, ParseError> {
    let end = src[start..]
        .char_indices()
        .skip(1)
        .find(|&(_, ch)| is_boundary(ch) && ch != '.')
        .map_or(src.len(), |(k, _)| start + k);
    let lexeme = &src[start..end];
    let span = Span::new(start, end);
    match parse_number(lexeme) {
        Some(n) if !lexeme.trim().is_empty() => {
            tokens.push(Token {
                tok: Tok::Number(n),
                span,
            });
            Ok(end)
        }
        _ => Err(ParseError::new(
            ErrorKind::InvalidNumber(lexeme.to_string()),
            span,
        )),
    }
}

/// Reads a single-quoted string starting at `start`; returns its value and the end offset.
pub(crate) fn string(src: &str, start: usize) -> Result<(String, usize), ParseError> {
    let bytes = src.as_bytes();
    let mut value = String::new();
    let mut i = start + 1;
    let mut run = i;
    loop {
        match bytes.get(i) {
            None => {
                return Err(ParseError::new(
                    ErrorKind::UnterminatedString,
                    Span::new(start, src.len()),
                ));
            }
            Some(b'\'') if bytes.get(i + 1) == Some(&b'\'') => {
                value.push_str(&src[run..=i]);
                i += 2;
                run = i;
            }
            Some(b'\'') => {
                value.push_str(&src[run..i]);
                return Ok((value, i + 1));
            }
            Some(_) => i += 1,
        }
    }
}
