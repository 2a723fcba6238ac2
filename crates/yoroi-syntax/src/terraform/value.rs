//! Converting HCL expressions into [`Node`]s without evaluation: literals are known, the rest is
//! unknown. Never a guess.

use crate::node::{Entry, Node, Value};
use crate::source::Span;
use hcl_edit::Span as _;
use hcl_edit::expr::{Expression, ObjectKey};

fn span_of(range: Option<std::ops::Range<usize>>) -> Span {
    range.map_or(Span::default(), |r| Span::new(r.start, r.end))
}

/// The literal value of an expression, or unknown.
pub fn literal(expr: &Expression) -> Node {
    let span = span_of(expr.span());
    let value = match expr {
        Expression::Null(_) => Value::Null,
        Expression::Bool(b) => Value::Bool(*b.value()),
        Expression::Number(n) => {
            let n = n.value();
            if let Some(i) = n.as_i64() {
                Value::Int(i)
            } else {
                n.as_f64().map_or(Value::Unknown, Value::Float)
            }
        }
        Expression::String(s) => Value::Str(s.value().to_string()),
        Expression::Array(items) => Value::Seq(items.iter().map(literal).collect()),
        Expression::Object(object) => {
            let mut entries = Vec::with_capacity(object.len());
            for (key, value) in object.iter() {
                let (key_text, key_span) = match key {
                    ObjectKey::Ident(ident) => (ident.as_str().to_string(), span_of(ident.span())),
                    ObjectKey::Expression(Expression::String(s)) => {
                        (s.value().to_string(), span_of(s.span()))
                    }
                    ObjectKey::Expression(other) => {
                        // A computed key: the object's shape is not known.
                        let _ = other;
                        return Node::unknown(span);
                    }
                };
                entries.push(Entry {
                    key: key_text,
                    key_span,
                    value: literal(value.expr()),
                });
            }
            Value::Map(entries)
        }
        Expression::StringTemplate(template) => literal_template(template.iter()),
        Expression::HeredocTemplate(heredoc) => literal_template(heredoc.template.iter()),
        Expression::Parenthesis(inner) => return with_span(literal(inner.inner()), span),
        _ => Value::Unknown,
    };
    Node::new(span, value)
}

fn with_span(mut node: Node, span: Span) -> Node {
    node.span = span;
    node
}

/// A template is literal when it has no interpolation and no directive.
fn literal_template<'a>(elements: impl Iterator<Item = &'a hcl_edit::template::Element>) -> Value {
    let mut text = String::new();
    for element in elements {
        match element {
            hcl_edit::template::Element::Literal(lit) => text.push_str(lit.value()),
            _ => return Value::Unknown,
        }
    }
    Value::Str(text)
}
