use crate::ast::Span;

/// Why an expression (or a `${{ }}` around it) is invalid.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error("the expression is empty")]
    Empty,
    #[error("`${{{{` is not closed by `}}}}`")]
    Unterminated,
    #[error("unterminated string literal (strings use single quotes; write '' for a quote)")]
    UnterminatedString,
    #[error("unexpected `{0}`")]
    UnexpectedSymbol(String),
    #[error("unexpected end of expression")]
    UnexpectedEnd,
    #[error("`{0}` is not a valid number")]
    InvalidNumber(String),
    #[error("`{0}` is not a valid name")]
    InvalidIdentifier(String),
    #[error("string literals use single quotes, not double quotes")]
    DoubleQuote,
    #[error("unknown function `{0}`")]
    UnknownFunction(String),
    #[error("`{name}` takes at least {min} argument(s), got {got}")]
    TooFewArguments {
        name: &'static str,
        min: usize,
        got: usize,
    },
    #[error("`{name}` takes at most {max} argument(s), got {got}")]
    TooManyArguments {
        name: &'static str,
        max: usize,
        got: usize,
    },
    #[error(
        "`case` takes an odd number of arguments (pairs of predicate and value, then a default)"
    )]
    EvenArguments,
    #[error(
        "unknown context `{0}` (contexts: github, env, vars, job, jobs, steps, runner, secrets, strategy, matrix, needs, inputs)"
    )]
    UnknownContext(String),
    #[error("the expression nests deeper than {0} levels")]
    TooDeep(usize),
    #[error("the expression is longer than {0} characters")]
    TooLong(usize),
}

/// An invalid expression: what is wrong and where (byte offsets into the text given to the
/// parser or to [`crate::find`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct ParseError {
    pub kind: ErrorKind,
    pub span: Span,
}

impl ParseError {
    pub(crate) fn new(kind: ErrorKind, span: Span) -> Self {
        ParseError { kind, span }
    }

    /// Whether the error is a semantic one (unknown function or context, arity) rather than
    /// broken syntax: the tree from [`crate::parse_syntax`] is still usable.
    pub fn is_semantic(&self) -> bool {
        matches!(
            self.kind,
            ErrorKind::UnknownFunction(_)
                | ErrorKind::TooFewArguments { .. }
                | ErrorKind::TooManyArguments { .. }
                | ErrorKind::EvenArguments
                | ErrorKind::UnknownContext(_)
        )
    }

    /// The error moved right by `offset` bytes.
    pub fn shift(mut self, offset: usize) -> Self {
        self.span = self.span.shift(offset);
        self
    }
}
