//! The syntax tree of a Go `text/template`. Every node keeps its byte span in its source file.

use std::rc::Rc;

/// Identifies a source text (a template file, or a string given to `tpl`). The caller assigns it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A byte range in one source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        Span {
            file,
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn to(&self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A sequence of nodes.
#[derive(Clone, Debug, Default)]
pub struct List {
    pub nodes: Vec<Node>,
}

#[derive(Clone, Debug)]
pub enum Node {
    /// Literal text, after trim markers removed whitespace; `span` covers exactly `text`.
    Text {
        span: Span,
        text: Rc<str>,
    },
    /// `{{ pipeline }}`
    Action {
        span: Span,
        pipe: Pipe,
    },
    If(Branch),
    With(Branch),
    Range(Branch),
    /// `{{ template "name" pipeline }}` (also the call half of `block`).
    Template {
        span: Span,
        name: Rc<str>,
        pipe: Option<Pipe>,
    },
    Break(Span),
    Continue(Span),
}

/// `if`, `with` and `range`: a pipeline, a body, an optional `else` body. `else if` / `else with` are an `else`
/// body holding one nested `If` / `With`, as in Go.
#[derive(Clone, Debug)]
pub struct Branch {
    pub span: Span,
    pub pipe: Pipe,
    pub list: List,
    pub else_list: Option<List>,
}

#[derive(Clone, Debug)]
pub struct Pipe {
    pub span: Span,
    /// Declared or assigned variables (`$x :=`, `$i, $v :=`, `$x =`).
    pub decl: Vec<(Rc<str>, Span)>,
    pub is_assign: bool,
    pub cmds: Vec<Command>,
}

#[derive(Clone, Debug)]
pub struct Command {
    pub span: Span,
    pub args: Vec<Arg>,
}

/// A number literal, with the readings Go's parser allows.
#[derive(Clone, Debug)]
pub struct Number {
    pub text: Rc<str>,
    pub int: Option<i64>,
    pub float: Option<f64>,
    /// Go's "ideal constant": a literal with `.`, `e` or `p` (not hex) is a float64, else an int.
    pub is_float: bool,
}

#[derive(Clone, Debug)]
pub enum Arg {
    /// `.`
    Dot(Span),
    /// `nil`
    Nil(Span),
    Bool(Span, bool),
    Number(Span, Number),
    Str(Span, Rc<str>),
    /// `.A.B`
    Field(Span, Vec<Rc<str>>),
    /// `$x.A.B` (`$` alone is the root)
    Variable(Span, Rc<str>, Vec<Rc<str>>),
    /// A function name.
    Ident(Span, Rc<str>),
    /// `(pipeline)`
    Pipe(Span, Box<Pipe>),
    /// `(pipeline).A.B`
    Chain(Span, Box<Arg>, Vec<Rc<str>>),
}

impl Arg {
    pub fn span(&self) -> Span {
        match self {
            Arg::Dot(s) | Arg::Nil(s) | Arg::Bool(s, _) | Arg::Number(s, _) | Arg::Str(s, _) => *s,
            Arg::Field(s, _) | Arg::Variable(s, _, _) | Arg::Ident(s, _) | Arg::Pipe(s, _) => *s,
            Arg::Chain(s, _, _) => *s,
        }
    }
    /// A literal (`.`, `nil`, bool, number, string): it cannot start a later pipeline stage.
    pub fn is_literal(&self) -> bool {
        matches!(
            self,
            Arg::Dot(_) | Arg::Nil(_) | Arg::Bool(..) | Arg::Number(..) | Arg::Str(..)
        )
    }
}

impl Node {
    pub fn span(&self) -> Span {
        match self {
            Node::Text { span, .. } | Node::Action { span, .. } | Node::Template { span, .. } => {
                *span
            }
            Node::If(b) | Node::With(b) | Node::Range(b) => b.span,
            Node::Break(s) | Node::Continue(s) => *s,
        }
    }
}

impl List {
    /// Go's `IsEmptyTree`: only whitespace text (a `define` with such a body does not replace another).
    pub fn is_empty_tree(&self) -> bool {
        self.nodes.iter().all(|n| match n {
            Node::Text { text, .. } => text.trim().is_empty(),
            _ => false,
        })
    }
}
