#![allow(dead_code)]

use yoroi_ghaexpr::{Expr, ExprKind, Literal, Step, number_to_string};

/// A compact rendering of a tree: `(&& (== a 'b') c)`.
pub fn sexp(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Literal(Literal::Null) => "null".into(),
        ExprKind::Literal(Literal::Bool(b)) => b.to_string(),
        ExprKind::Literal(Literal::Number(n)) => number_to_string(*n),
        ExprKind::Literal(Literal::String(s)) => format!("'{s}'"),
        ExprKind::Context { name, .. } => name.clone(),
        ExprKind::Access { base, steps } => {
            let mut out = sexp(base);
            for s in steps {
                match s {
                    Step::Property { name, .. } => out.push_str(&format!(".{name}")),
                    Step::Star { .. } => out.push_str(".*"),
                    Step::Index { index, .. } => out.push_str(&format!("[{}]", sexp(index))),
                }
            }
            out
        }
        ExprKind::Call { name, args, .. } => {
            let args: Vec<String> = args.iter().map(sexp).collect();
            format!("{name}({})", args.join(", "))
        }
        ExprKind::Not(inner) => format!("(! {})", sexp(inner)),
        ExprKind::Binary { op, lhs, rhs } => {
            format!("({} {} {})", op.as_str(), sexp(lhs), sexp(rhs))
        }
        ExprKind::Logical { op, args } => {
            let args: Vec<String> = args.iter().map(sexp).collect();
            format!("({} {})", op.as_str(), args.join(" "))
        }
        ExprKind::Group(inner) => sexp(inner),
    }
}

pub fn p(src: &str) -> String {
    match yoroi_ghaexpr::parse(src) {
        Ok(e) => sexp(&e),
        Err(err) => panic!("{src:?} did not parse: {err}"),
    }
}

pub fn err(src: &str) -> yoroi_ghaexpr::ParseError {
    match yoroi_ghaexpr::parse(src) {
        Ok(e) => panic!("{src:?} parsed as {}", sexp(&e)),
        Err(err) => err,
    }
}
