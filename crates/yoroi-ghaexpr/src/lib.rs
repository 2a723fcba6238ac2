//! The GitHub Actions expression language, for yoroi's workflow rules.
//!
//! - [`find`] locates every `${{ … }}` in a YAML scalar's text; [`template`] and
//!   [`condition`] say how GitHub evaluates that text (one typed value, or a string).
//! - [`parse`] builds a spanned [`Expr`] with GitHub's grammar and precedence, checking
//!   functions, their arity and context names; [`parse_syntax`] keeps unknown names in the tree.
//! - [`evaluate`] and [`truthiness`] fold what is known with GitHub's coercion rules.
//! - [`taint`] lists the context values that may flow into an expression's result and who
//!   controls them; [`classify`] answers for one context path.
//! - [`spoofable_actor_checks`], [`unsound_contains`] and [`secrets_uses`] find the patterns
//!   security rules report.
//!
//! Spans are byte offsets into the text given; the caller maps them into its file.

mod analysis;
mod ast;
mod error;
mod eval;
mod lexer;
mod parser;
mod taint;
mod template;
mod value;

pub use analysis::{
    ActorCheck, BOT_USER_IDS, SPOOFABLE_ACTOR_IDS, SPOOFABLE_ACTOR_NAMES, SecretsUse,
    UnsoundContains, secrets_uses, spoofable_actor_checks, unsound_contains,
};
pub use ast::{
    BinOp, Context, ContextPath, Expr, ExprKind, Function, Literal, LogicalOp, Segment, Span, Step,
};
pub use error::{ErrorKind, ParseError};
pub use eval::{Condition, Known, condition, evaluate, format, nothing_known, truthiness};
pub use parser::{MAX_DEPTH, MAX_LENGTH, parse, parse_syntax, semantic_errors};
pub use taint::{
    Classification, Level, Resolve, TaintOptions, Tainted, Trust, classify, classify_under, flows,
    reads, taint, taint_with,
};
pub use template::{Embedded, Template, find, template};
pub use value::{JsonError, MAX_JSON_DEPTH, Value, number_to_string, parse_number};
