//! Finding `${{ … }}` in the text of a YAML scalar, as GitHub's template reader does: the
//! closing `}}` is the first one outside a single-quoted string literal.

use crate::ast::{Expr, Span};
use crate::error::{ErrorKind, ParseError};
use crate::parser::parse;

/// One `${{ … }}` found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Embedded {
    /// From `${{` to `}}` inclusive.
    pub span: Span,
    /// The text between the braces.
    pub inner_span: Span,
    /// The parsed expression (spans relative to the whole text), or why it is invalid.
    pub expr: Result<Expr, ParseError>,
}

/// Every `${{ … }}` in `text`, in order. An unterminated one is reported as an error spanning
/// from its `${{` to the end of the text, and ends the search. Spans are byte offsets into
/// `text`.
pub fn find(text: &str) -> Vec<Embedded> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(k) = text[from..].find("${{") {
        let open = from + k;
        let inner_start = open + 3;
        let mut in_string = false;
        let mut close = None;
        let mut i = inner_start;
        while i + 1 < bytes.len() {
            match bytes[i] {
                // `''` inside a string toggles twice: escapes need no special case.
                b'\'' => in_string = !in_string,
                b'}' if !in_string && bytes[i + 1] == b'}' => {
                    close = Some(i);
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        let Some(close) = close else {
            let span = Span::new(open, text.len());
            out.push(Embedded {
                span,
                inner_span: Span::new(inner_start, text.len()),
                expr: Err(ParseError::new(ErrorKind::Unterminated, span)),
            });
            break;
        };
        let inner_span = Span::new(inner_start, close);
        let span = Span::new(open, close + 2);
        let expr = parse(&text[inner_start..close])
            .map(|e| shift_expr(e, inner_start))
            .map_err(|e| match e.kind {
                ErrorKind::Empty => ParseError::new(ErrorKind::Empty, span),
                _ => e.shift(inner_start),
            });
        out.push(Embedded {
            span,
            inner_span,
            expr,
        });
        from = close + 2;
    }
    out
}

/// How a scalar's text evaluates: one value, or a string built from literal text and
/// expressions.
#[derive(Clone, Debug, PartialEq)]
pub enum Template {
    /// No `${{` at all: the text is a plain string.
    Literal,
    /// Exactly one `${{ … }}` and nothing else, not even whitespace: the value keeps its type.
    Single(Embedded),
    /// Literal text and/or several expressions: the value is always a string.
    Interpolated {
        embedded: Vec<Embedded>,
        /// Whether some literal text lies outside the `${{ }}`s (the string is then never
        /// empty).
        has_literal_text: bool,
    },
}

/// Classifies `text` as GitHub's template reader does.
pub fn template(text: &str) -> Template {
    let embedded = find(text);
    if embedded.is_empty() {
        return Template::Literal;
    }
    let covered: usize = embedded.iter().map(|e| e.span.len()).sum();
    let has_literal_text = covered < text.len();
    if embedded.len() == 1 && !has_literal_text {
        let Some(single) = embedded.into_iter().next() else {
            return Template::Literal;
        };
        return Template::Single(single);
    }
    Template::Interpolated {
        embedded,
        has_literal_text,
    }
}

/// Moves every span of `expr` right by `offset`.
pub(crate) fn shift_expr(mut expr: Expr, offset: usize) -> Expr {
    fn go(e: &mut Expr, offset: usize) {
        use crate::ast::{ExprKind, Step};
        e.span = e.span.shift(offset);
        match &mut e.kind {
            ExprKind::Literal(_) | ExprKind::Context { .. } => {}
            ExprKind::Access { base, steps } => {
                go(base, offset);
                for step in steps {
                    match step {
                        Step::Property { span, .. } | Step::Star { span } => {
                            *span = span.shift(offset);
                        }
                        Step::Index { index, span } => {
                            *span = span.shift(offset);
                            go(index, offset);
                        }
                    }
                }
            }
            ExprKind::Call {
                name_span, args, ..
            } => {
                *name_span = name_span.shift(offset);
                for a in args {
                    go(a, offset);
                }
            }
            ExprKind::Logical { args, .. } => {
                for a in args {
                    go(a, offset);
                }
            }
            ExprKind::Not(inner) | ExprKind::Group(inner) => go(inner, offset),
            ExprKind::Binary { lhs, rhs, .. } => {
                go(lhs, offset);
                go(rhs, offset);
            }
        }
    }
    if offset != 0 {
        go(&mut expr, offset);
    }
    expr
}
