//! Static evaluation: folding what is known, leaving the rest unknown (`None`). A context value
//! is known only when the caller's `known` function supplies it.

use std::cmp::Ordering;

use crate::ast::{BinOp, ContextPath, Expr, ExprKind, Function, Literal, LogicalOp, Segment, Step};
use crate::template::{Embedded, Template, template};
use crate::value::Value;

/// What the caller knows about contexts: the value at a path, or `None` when unknown. The
/// evaluator asks for the longest static path first, then for shorter prefixes.
pub type Known<'a> = &'a dyn Fn(&ContextPath) -> Option<Value>;

/// Knows nothing: only literals fold.
pub fn nothing_known(_: &ContextPath) -> Option<Value> {
    None
}

/// Evaluates `expr`; `None` when the value depends on something unknown (a context `known`
/// does not supply, a job status function, `hashFiles`) or when GitHub would fail at run time
/// (an invalid `format` string or JSON text).
pub fn evaluate(expr: &Expr, known: Known<'_>) -> Option<Value> {
    match &expr.kind {
        ExprKind::Literal(lit) => Some(match lit {
            Literal::Null => Value::Null,
            Literal::Bool(b) => Value::Bool(*b),
            Literal::Number(n) => Value::Number(*n),
            Literal::String(s) => Value::String(s.clone()),
        }),
        ExprKind::Context { name, .. } => known(&ContextPath::new(name)),
        ExprKind::Access { base, steps } => access(base, steps, known),
        ExprKind::Group(inner) => evaluate(inner, known),
        ExprKind::Not(inner) => evaluate(inner, known).map(|v| Value::Bool(!v.is_truthy())),
        ExprKind::Binary { op, lhs, rhs } => {
            let l = evaluate(lhs, known)?;
            let r = evaluate(rhs, known)?;
            if !l.is_primitive()
                && !r.is_primitive()
                && matches!(op, BinOp::Eq | BinOp::Ne)
                && let (Some(a), Some(b)) = (lhs.context_path(), rhs.context_path())
                && a == b
                && !a
                    .segments
                    .iter()
                    .any(|s| matches!(s, Segment::Dynamic | Segment::Star))
            {
                // Objects and arrays are equal only to themselves: the same reference is.
                return Some(Value::Bool(*op == BinOp::Eq));
            }
            Some(Value::Bool(compare(*op, &l, &r)?))
        }
        ExprKind::Logical { op, args } => {
            let mut last = Value::Null;
            for arg in args {
                let v = evaluate(arg, known)?;
                let stop = match op {
                    LogicalOp::And => !v.is_truthy(),
                    LogicalOp::Or => v.is_truthy(),
                };
                if stop {
                    return Some(v);
                }
                last = v;
            }
            Some(last)
        }
        ExprKind::Call { function, args, .. } => call((*function)?, args, known),
    }
}

/// Whether `expr` is truthy, with three-valued logic: `a && b` is false as soon as one operand
/// is known false, `a || b` true as soon as one is known true, even when the others are unknown.
pub fn truthiness(expr: &Expr, known: Known<'_>) -> Option<bool> {
    match &expr.kind {
        ExprKind::Group(inner) => truthiness(inner, known),
        ExprKind::Not(inner) => truthiness(inner, known).map(|b| !b),
        ExprKind::Logical { op, args } => {
            let (decisive, other) = match op {
                LogicalOp::And => (false, true),
                LogicalOp::Or => (true, false),
            };
            let mut all_known = true;
            for arg in args {
                match truthiness(arg, known) {
                    Some(b) if b == decisive => return Some(decisive),
                    Some(_) => {}
                    None => all_known = false,
                }
            }
            all_known.then_some(other)
        }
        _ => evaluate(expr, known).map(|v| v.is_truthy()),
    }
}

fn compare(op: BinOp, l: &Value, r: &Value) -> Option<bool> {
    Some(match op {
        BinOp::Eq => l.loose_eq(r)?,
        BinOp::Ne => !l.loose_eq(r)?,
        BinOp::Lt => l.loose_cmp(r) == Some(Ordering::Less),
        BinOp::Gt => l.loose_cmp(r) == Some(Ordering::Greater),
        BinOp::Le => l.loose_eq(r)? || l.loose_cmp(r) == Some(Ordering::Less),
        BinOp::Ge => l.loose_eq(r)? || l.loose_cmp(r) == Some(Ordering::Greater),
    })
}

/// The value under evaluation in a dereference chain: a plain value, or the array an object
/// filter (`.*`) produced, whose further dereferences apply to each element.
enum Cur {
    Plain(Value),
    Filtered(Vec<Value>),
}

fn access(base: &Expr, steps: &[Step], known: Known<'_>) -> Option<Value> {
    let (start, rest) = match &base.unparen().kind {
        ExprKind::Context { name, .. } => {
            // Ask for the longest static prefix first.
            let statics = steps
                .iter()
                .take_while(|s| match s {
                    Step::Property { .. } => true,
                    Step::Index { index, .. } => index.is_literal(),
                    Step::Star { .. } => false,
                })
                .count();
            let mut path = ContextPath::new(name);
            let mut prefixes = vec![path.clone()];
            for step in &steps[..statics] {
                path.segments.push(match step {
                    Step::Property { name, .. } => Segment::Key(name.clone()),
                    Step::Index { index, .. } => match evaluate(index, known)? {
                        Value::Number(n) if n >= 0.0 && n.fract() == 0.0 => {
                            Segment::Index(n as u64)
                        }
                        v => Segment::Key(v.to_display_string()),
                    },
                    Step::Star { .. } => Segment::Star,
                });
                prefixes.push(path.clone());
            }
            let (k, v) = prefixes
                .iter()
                .enumerate()
                .rev()
                .find_map(|(k, p)| known(p).map(|v| (k, v)))?;
            (v, &steps[k..])
        }
        _ => (evaluate(base, known)?, steps),
    };
    let mut cur = Cur::Plain(start);
    for step in rest {
        cur = match step {
            Step::Star { .. } => Cur::Filtered(match cur {
                Cur::Plain(Value::Array(items)) => items,
                Cur::Plain(Value::Object(entries)) => entries.into_iter().map(|(_, v)| v).collect(),
                Cur::Plain(_) => Vec::new(),
                Cur::Filtered(items) => items
                    .into_iter()
                    .flat_map(|item| match item {
                        Value::Array(items) => items,
                        Value::Object(entries) => entries.into_iter().map(|(_, v)| v).collect(),
                        _ => Vec::new(),
                    })
                    .collect(),
            }),
            Step::Property { name, .. } => index_into(cur, &Value::String(name.clone())),
            Step::Index { index, .. } => index_into(cur, &evaluate(index, known)?),
        };
    }
    Some(match cur {
        Cur::Plain(v) => v,
        Cur::Filtered(items) => Value::Array(items),
    })
}

/// GitHub's index coercion: an object is indexed by the index's string form (`null` → `''`),
/// an array by its number form, floored (`' 0x02 '` → 2, `true` → 1).
fn lookup(v: &Value, idx: &Value) -> Option<Value> {
    match v {
        Value::Object(_) if idx.is_primitive() => v.get(&idx.to_display_string()).cloned(),
        Value::Array(items) => {
            let n = idx.to_number();
            (n.is_finite() && n >= 0.0).then(|| items.get(n.floor() as usize).cloned())?
        }
        _ => None,
    }
}

fn index_into(cur: Cur, idx: &Value) -> Cur {
    match cur {
        Cur::Plain(v) => Cur::Plain(lookup(&v, idx).unwrap_or(Value::Null)),
        Cur::Filtered(items) => {
            Cur::Filtered(items.iter().filter_map(|item| lookup(item, idx)).collect())
        }
    }
}

fn call(function: Function, args: &[Expr], known: Known<'_>) -> Option<Value> {
    match function {
        Function::Always => return Some(Value::Bool(true)),
        Function::Success | Function::Failure | Function::Cancelled | Function::HashFiles => {
            return None;
        }
        Function::Case => {
            // Predicates in order; values only when chosen.
            let mut i = 0;
            while i + 1 < args.len() {
                match evaluate(&args[i], known)? {
                    Value::Bool(true) => return evaluate(&args[i + 1], known),
                    Value::Bool(false) => {}
                    _ => return None,
                }
                i += 2;
            }
            return evaluate(args.last()?, known);
        }
        _ => {}
    }
    let vals: Vec<Value> = args
        .iter()
        .map(|a| evaluate(a, known))
        .collect::<Option<_>>()?;
    let lower = |v: &Value| v.to_display_string().to_lowercase();
    let upper = |v: &Value| crate::value::upper(&v.to_display_string());
    Some(match (function, vals.as_slice()) {
        (Function::Contains, [hay, needle]) => Value::Bool(match hay {
            Value::Array(items) => {
                let mut found = false;
                for item in items {
                    if needle.loose_eq(item)? {
                        found = true;
                        break;
                    }
                }
                found
            }
            _ if hay.is_primitive() && needle.is_primitive() => lower(hay).contains(&lower(needle)),
            _ => false,
        }),
        (Function::StartsWith, [s, p]) => {
            Value::Bool(s.is_primitive() && p.is_primitive() && upper(s).starts_with(&upper(p)))
        }
        (Function::EndsWith, [s, p]) => {
            Value::Bool(s.is_primitive() && p.is_primitive() && upper(s).ends_with(&upper(p)))
        }
        (Function::Format, [fmt, rest @ ..]) => {
            Value::String(format(&fmt.to_display_string(), rest)?)
        }
        (Function::Join, [v, rest @ ..]) => Value::String(match v {
            Value::Array(items) => {
                let sep = match rest.first() {
                    Some(s) if s.is_primitive() => s.to_display_string(),
                    _ => ",".to_string(),
                };
                let mut out = String::new();
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&sep);
                    }
                    out.push_str(&item.to_display_string());
                    if out.len() > MAX_STRING_LEN {
                        return None;
                    }
                }
                out
            }
            v if v.is_primitive() => v.to_display_string(),
            _ => String::new(),
        }),
        (Function::ToJson, [v]) => {
            let json = v.to_json();
            if json.len() > MAX_STRING_LEN {
                return None;
            }
            Value::String(json)
        }
        (Function::FromJson, [v]) => Value::from_json(&v.to_display_string()).ok()?,
        _ => return None,
    })
}

/// GitHub's `format`: `{N}` is replaced by argument N, `{{` and `}}` are literal braces. `None`
/// for a format GitHub would reject at run time.
pub fn format(fmt: &str, args: &[Value]) -> Option<String> {
    let mut out = String::new();
    let mut rest = fmt;
    while !rest.is_empty() {
        let l = rest.find('{');
        let r = rest.find('}');
        match (l, r) {
            (Some(l), r) if r.is_none_or(|r| r > l) => {
                out.push_str(&rest[..l]);
                let after = &rest[l + 1..];
                if let Some(tail) = after.strip_prefix('{') {
                    out.push('{');
                    rest = tail;
                    continue;
                }
                // `{N…}`: GitHub reads the digits and skips to the `}`.
                let digits = after.bytes().take_while(u8::is_ascii_digit).count();
                let r = r?;
                if digits == 0 || r <= l + 1 {
                    return None;
                }
                let n: usize = after[..digits].parse().ok()?;
                out.push_str(&args.get(n)?.to_display_string());
                rest = &rest[r + 1..];
            }
            (_, Some(r)) => {
                if rest[r + 1..].starts_with('}') {
                    out.push_str(&rest[..=r]);
                    rest = &rest[r + 2..];
                } else {
                    return None;
                }
            }
            _ => {
                out.push_str(rest);
                break;
            }
        }
        if out.len() > MAX_STRING_LEN {
            return None;
        }
    }
    (out.len() <= MAX_STRING_LEN).then_some(out)
}

/// Strings built while folding (`format`, `join`, `toJSON`) longer than this are left
/// unknown: nested `format('{0}{0}…', format(…))` would otherwise grow exponentially.
pub const MAX_STRING_LEN: usize = 1 << 20;

/// The shape of an `if:` condition, which decides how GitHub evaluates it.
#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    /// No `${{`: the whole text is one expression.
    Bare(Embedded),
    /// Exactly `${{ … }}`, nothing around it: the expression inside.
    Fenced(Embedded),
    /// Text outside the `${{ }}` (even whitespace, such as the newline a `|` block scalar
    /// keeps), or several of them: the condition is a string, so it is truthy whenever that
    /// string is non-empty — always, when `has_literal_text`.
    Interpolated {
        embedded: Vec<Embedded>,
        has_literal_text: bool,
    },
}

/// Classifies the text of an `if:` value (a YAML string; `if: true` is not text).
pub fn condition(text: &str) -> Condition {
    match template(text) {
        Template::Literal => {
            let span = crate::ast::Span::new(0, text.len());
            Condition::Bare(Embedded {
                span,
                inner_span: span,
                expr: crate::parse(text),
            })
        }
        Template::Single(e) => Condition::Fenced(e),
        Template::Interpolated {
            embedded,
            has_literal_text,
        } => Condition::Interpolated {
            embedded,
            has_literal_text,
        },
    }
}

impl Condition {
    /// The expression GitHub evaluates as the condition (bare or fenced), when valid.
    pub fn expr(&self) -> Option<&Expr> {
        match self {
            Condition::Bare(e) | Condition::Fenced(e) => e.expr.as_ref().ok(),
            Condition::Interpolated { .. } => None,
        }
    }

    /// Whether the condition is always true because it is a non-empty string (text outside
    /// `${{ }}`): the mistake of `if: ${{ a }} && b` or of a `|` block scalar.
    pub fn always_true_string(&self) -> bool {
        matches!(
            self,
            Condition::Interpolated {
                has_literal_text: true,
                ..
            }
        )
    }

    /// Whether the condition holds, when decidable.
    pub fn truthiness(&self, known: Known<'_>) -> Option<bool> {
        match self {
            Condition::Bare(e) | Condition::Fenced(e) => truthiness(e.expr.as_ref().ok()?, known),
            Condition::Interpolated {
                has_literal_text: true,
                ..
            } => Some(true),
            Condition::Interpolated { embedded, .. } => {
                let mut all_known = true;
                for e in embedded {
                    match e.expr.as_ref().ok().and_then(|x| evaluate(x, known)) {
                        Some(v) if !v.to_display_string().is_empty() => return Some(true),
                        Some(_) => {}
                        None => all_known = false,
                    }
                }
                all_known.then_some(false)
            }
        }
    }
}
