//! The syntax tree of an expression. Every node keeps its byte span in the text it was parsed
//! from.

use std::fmt;

/// A byte range `start..end` into the text an expression (or a scalar holding `${{ }}`) was
/// read from. The caller adds the scalar's own offset to map it into a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span moved right by `offset` bytes.
    pub const fn shift(self, offset: usize) -> Self {
        Span {
            start: self.start + offset,
            end: self.end + offset,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Self {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.end == self.start
    }
}

/// A literal value written in an expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
}

/// The top-level contexts an expression may name (case-insensitively).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    Github,
    Env,
    Vars,
    Job,
    Jobs,
    Steps,
    Runner,
    Secrets,
    Strategy,
    Matrix,
    Needs,
    Inputs,
}

impl Context {
    pub const ALL: [Context; 12] = [
        Context::Github,
        Context::Env,
        Context::Vars,
        Context::Job,
        Context::Jobs,
        Context::Steps,
        Context::Runner,
        Context::Secrets,
        Context::Strategy,
        Context::Matrix,
        Context::Needs,
        Context::Inputs,
    ];

    /// The context's canonical (lower-case) name.
    pub const fn name(self) -> &'static str {
        match self {
            Context::Github => "github",
            Context::Env => "env",
            Context::Vars => "vars",
            Context::Job => "job",
            Context::Jobs => "jobs",
            Context::Steps => "steps",
            Context::Runner => "runner",
            Context::Secrets => "secrets",
            Context::Strategy => "strategy",
            Context::Matrix => "matrix",
            Context::Needs => "needs",
            Context::Inputs => "inputs",
        }
    }

    /// Looks a name up case-insensitively, as GitHub does.
    pub fn from_name(name: &str) -> Option<Context> {
        Context::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(name))
    }
}

/// The functions GitHub Actions provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Function {
    Contains,
    StartsWith,
    EndsWith,
    Format,
    Join,
    ToJson,
    FromJson,
    HashFiles,
    Case,
    Success,
    Always,
    Cancelled,
    Failure,
}

impl Function {
    pub const ALL: [Function; 13] = [
        Function::Contains,
        Function::StartsWith,
        Function::EndsWith,
        Function::Format,
        Function::Join,
        Function::ToJson,
        Function::FromJson,
        Function::HashFiles,
        Function::Case,
        Function::Success,
        Function::Always,
        Function::Cancelled,
        Function::Failure,
    ];

    /// The name as GitHub's documentation spells it.
    pub const fn name(self) -> &'static str {
        match self {
            Function::Contains => "contains",
            Function::StartsWith => "startsWith",
            Function::EndsWith => "endsWith",
            Function::Format => "format",
            Function::Join => "join",
            Function::ToJson => "toJSON",
            Function::FromJson => "fromJSON",
            Function::HashFiles => "hashFiles",
            Function::Case => "case",
            Function::Success => "success",
            Function::Always => "always",
            Function::Cancelled => "cancelled",
            Function::Failure => "failure",
        }
    }

    /// Looks a function up case-insensitively, as GitHub does.
    pub fn from_name(name: &str) -> Option<Function> {
        Function::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// The number of arguments accepted: `(min, max)`.
    pub const fn arity(self) -> (usize, usize) {
        match self {
            Function::Contains | Function::StartsWith | Function::EndsWith => (2, 2),
            Function::Format => (1, 255),
            Function::Join => (1, 2),
            Function::ToJson | Function::FromJson => (1, 1),
            Function::HashFiles => (1, 255),
            Function::Case => (3, 255),
            Function::Success | Function::Always | Function::Cancelled | Function::Failure => {
                (0, 0)
            }
        }
    }

    /// Job status functions (`success()`, `always()`, `cancelled()`, `failure()`).
    pub const fn is_status(self) -> bool {
        matches!(
            self,
            Function::Success | Function::Always | Function::Cancelled | Function::Failure
        )
    }
}

/// Comparison and equality operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    pub const fn as_str(self) -> &'static str {
        match self {
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
        }
    }
}

/// `&&` and `||`; chains are kept flat (`a && b && c` is one node with three operands).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LogicalOp {
    And,
    Or,
}

impl LogicalOp {
    pub const fn as_str(self) -> &'static str {
        match self {
            LogicalOp::And => "&&",
            LogicalOp::Or => "||",
        }
    }
}

/// One dereference after a context, a call or a parenthesised expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// `.name`
    Property { name: String, span: Span },
    /// `[expr]`
    Index { index: Box<Expr>, span: Span },
    /// `.*` or `[*]`: the object filter.
    Star { span: Span },
}

impl Step {
    pub fn span(&self) -> Span {
        match self {
            Step::Property { span, .. } | Step::Index { span, .. } | Step::Star { span } => *span,
        }
    }
}

/// An expression node with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Literal(Literal),
    /// A top-level context name as written (`github`, `GitHub`); `context` is `None` when the
    /// name is not a known context (only [`crate::parse_syntax`] lets such a tree through).
    Context {
        name: String,
        context: Option<Context>,
    },
    /// Dereferences applied to `base` (a context, a call or a parenthesised expression). Kept
    /// flat so that a long `a.b.c…` chain is not a deep tree.
    Access {
        base: Box<Expr>,
        steps: Vec<Step>,
    },
    /// A function call; `function` is `None` for a name GitHub does not know (only
    /// [`crate::parse_syntax`] lets such a tree through).
    Call {
        name: String,
        name_span: Span,
        function: Option<Function>,
        args: Vec<Expr>,
    },
    Not(Box<Expr>),
    Binary {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Logical {
        op: LogicalOp,
        args: Vec<Expr>,
    },
    /// `( expr )`
    Group(Box<Expr>),
}

impl Expr {
    /// Calls `f` on this node and every node below it, parents first.
    pub fn walk<'a>(&'a self, f: &mut dyn FnMut(&'a Expr)) {
        f(self);
        match &self.kind {
            ExprKind::Literal(_) | ExprKind::Context { .. } => {}
            ExprKind::Access { base, steps } => {
                base.walk(f);
                for step in steps {
                    if let Step::Index { index, .. } = step {
                        index.walk(f);
                    }
                }
            }
            ExprKind::Call { args, .. } | ExprKind::Logical { args, .. } => {
                for arg in args {
                    arg.walk(f);
                }
            }
            ExprKind::Not(inner) | ExprKind::Group(inner) => inner.walk(f),
            ExprKind::Binary { lhs, rhs, .. } => {
                lhs.walk(f);
                rhs.walk(f);
            }
        }
    }

    /// Whether a job status function (`success()`, `always()`, `cancelled()`, `failure()`)
    /// appears anywhere. GitHub evaluates an `if:` without one as `success() && (…)`.
    pub fn uses_status_function(&self) -> bool {
        let mut found = false;
        self.walk(&mut |e| {
            if let ExprKind::Call {
                function: Some(f), ..
            } = &e.kind
            {
                found |= f.is_status();
            }
        });
        found
    }

    /// The expression with parentheses removed.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Group(inner) = &e.kind {
            e = inner;
        }
        e
    }

    /// The string literal this expression is, if it is one (through parentheses).
    pub fn as_str_literal(&self) -> Option<&str> {
        match &self.unparen().kind {
            ExprKind::Literal(Literal::String(s)) => Some(s),
            _ => None,
        }
    }

    /// Whether the expression is a literal (through parentheses).
    pub fn is_literal(&self) -> bool {
        matches!(self.unparen().kind, ExprKind::Literal(_))
    }

    /// The context path this expression reads, when it is a context reference
    /// (`github.event.issue.title`, `steps['x'].outputs.y`, `github.event.pages.*.page_name`).
    pub fn context_path(&self) -> Option<ContextPath> {
        match &self.unparen().kind {
            ExprKind::Context { name, .. } => Some(ContextPath::new(name)),
            ExprKind::Access { base, steps } => {
                let ExprKind::Context { name, .. } = &base.unparen().kind else {
                    return None;
                };
                let mut path = ContextPath::new(name);
                for step in steps {
                    path.segments.push(match step {
                        Step::Property { name, .. } => Segment::Key(name.clone()),
                        Step::Star { .. } => Segment::Star,
                        Step::Index { index, .. } => match &index.unparen().kind {
                            ExprKind::Literal(Literal::String(s)) => Segment::Key(s.clone()),
                            ExprKind::Literal(Literal::Number(n))
                                if *n >= 0.0 && n.fract() == 0.0 && *n < 1e15 =>
                            {
                                Segment::Index(*n as u64)
                            }
                            _ => Segment::Dynamic,
                        },
                    });
                }
                Some(path)
            }
            _ => None,
        }
    }
}

/// One segment of a [`ContextPath`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A property name or a string index (`.title`, `['title']`).
    Key(String),
    /// A numeric index (`[0]`).
    Index(u64),
    /// The object filter (`.*`, `[*]`).
    Star,
    /// An index computed at run time (`[matrix.key]`).
    Dynamic,
}

/// A context reference as a list of segments, the first being the context name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ContextPath {
    pub segments: Vec<Segment>,
}

impl ContextPath {
    pub fn new(context: &str) -> Self {
        ContextPath {
            segments: vec![Segment::Key(context.to_string())],
        }
    }

    /// Builds a path from dotted text, `*` meaning the object filter
    /// (`"github.event.pages.*.page_name"`). For tables and tests; not an expression parser.
    pub fn parse_dotted(text: &str) -> Self {
        ContextPath {
            segments: text
                .split('.')
                .map(|s| {
                    if s == "*" {
                        Segment::Star
                    } else {
                        Segment::Key(s.to_string())
                    }
                })
                .collect(),
        }
    }

    /// The context named by the first segment.
    pub fn context(&self) -> Option<Context> {
        match self.segments.first() {
            Some(Segment::Key(name)) => Context::from_name(name),
            _ => None,
        }
    }

    /// The key at `i`, lower-cased (contexts and properties are case-insensitive).
    pub fn key(&self, i: usize) -> Option<String> {
        match self.segments.get(i) {
            Some(Segment::Key(k)) => Some(k.to_ascii_lowercase()),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.segments.len()
    }

    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    /// Whether this path matches a dotted pattern where `*` matches any one segment,
    /// case-insensitively (`"steps.*.outputs.*"`).
    pub fn matches(&self, pattern: &str) -> bool {
        let parts: Vec<&str> = pattern.split('.').collect();
        parts.len() == self.segments.len()
            && parts.iter().zip(&self.segments).all(|(p, s)| {
                *p == "*"
                    || match s {
                        Segment::Key(k) => k.eq_ignore_ascii_case(p),
                        Segment::Index(i) => p.parse::<u64>().ok() == Some(*i),
                        Segment::Star | Segment::Dynamic => false,
                    }
            })
    }
}

impl fmt::Display for ContextPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.segments.iter().enumerate() {
            match seg {
                Segment::Key(k) => {
                    let plain = !k.is_empty()
                        && k.chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
                        && !k.starts_with(|c: char| c.is_ascii_digit() || c == '-');
                    if plain {
                        if i > 0 {
                            f.write_str(".")?;
                        }
                        f.write_str(k)?;
                    } else {
                        write!(f, "['{}']", k.replace('\'', "''"))?;
                    }
                }
                Segment::Index(n) => write!(f, "[{n}]")?,
                Segment::Star => f.write_str(if i > 0 { ".*" } else { "*" })?,
                Segment::Dynamic => f.write_str("[…]")?,
            }
        }
        Ok(())
    }
}
