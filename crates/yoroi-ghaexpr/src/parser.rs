//! A recursive-descent parser with GitHub's precedence, lowest first:
//! `||`, `&&`, `== !=`, `< <= > >=`, `!`, then `.`/`[ ]` dereference, calls and literals.
//! Recursion is bounded by [`MAX_DEPTH`], so hostile input gives an error, never a stack
//! overflow.

use crate::ast::{BinOp, Context, Expr, ExprKind, Function, Literal, LogicalOp, Span, Step};
use crate::error::{ErrorKind, ParseError};
use crate::lexer::{Tok, Token, lex};

/// GitHub refuses expressions nested deeper than this (actions/languageservices
/// `MAX_PARSER_DEPTH`), counting as GitHub does: each parenthesis, index and function
/// argument, each `!`, each dereference in a chain, each `&&`/`||` chain. A chain of more
/// than this many comparisons (`a == b == c …`) is refused too, which GitHub allows.
pub const MAX_DEPTH: usize = 50;

/// GitHub refuses expressions longer than this many characters (`MAX_EXPRESSION_LENGTH`).
pub const MAX_LENGTH: usize = 21_000;

/// Parses an expression (the text between `${{` and `}}`, or a bare `if:` condition) and
/// checks it: unknown functions, wrong arity and unknown contexts are errors, as they are for
/// GitHub. Spans are byte offsets into `src`.
pub fn parse(src: &str) -> Result<Expr, ParseError> {
    let expr = parse_syntax(src)?;
    match semantic_errors(&expr).into_iter().next() {
        Some(err) => Err(err),
        None => Ok(expr),
    }
}

/// Parses the syntax only: unknown functions and contexts are kept in the tree
/// (`function: None`, `context: None`); [`semantic_errors`] lists them.
pub fn parse_syntax(src: &str) -> Result<Expr, ParseError> {
    if src.chars().count() > MAX_LENGTH {
        return Err(ParseError::new(
            ErrorKind::TooLong(MAX_LENGTH),
            Span::new(0, src.len()),
        ));
    }
    let tokens = lex(src)?;
    if tokens.is_empty() {
        return Err(ParseError::new(ErrorKind::Empty, Span::new(0, src.len())));
    }
    let mut p = Parser {
        tokens,
        pos: 0,
        depth: 0,
        end: src.len(),
    };
    let expr = p.expression()?;
    if let Some(t) = p.peek() {
        return Err(ParseError::new(
            ErrorKind::UnexpectedSymbol(t.tok.describe()),
            t.span,
        ));
    }
    Ok(expr)
}

/// Every semantic error of a tree from [`parse_syntax`]: unknown functions, wrong numbers of
/// arguments, unknown contexts. In source order.
pub fn semantic_errors(expr: &Expr) -> Vec<ParseError> {
    let mut errors = Vec::new();
    expr.walk(&mut |e| match &e.kind {
        ExprKind::Context {
            name,
            context: None,
        } => {
            errors.push(ParseError::new(
                ErrorKind::UnknownContext(name.clone()),
                e.span,
            ));
        }
        ExprKind::Call {
            name,
            name_span,
            function,
            args,
        } => match function {
            None => errors.push(ParseError::new(
                ErrorKind::UnknownFunction(name.clone()),
                *name_span,
            )),
            Some(f) => {
                let (min, max) = f.arity();
                let got = args.len();
                if got < min {
                    errors.push(ParseError::new(
                        ErrorKind::TooFewArguments {
                            name: f.name(),
                            min,
                            got,
                        },
                        e.span,
                    ));
                } else if got > max {
                    errors.push(ParseError::new(
                        ErrorKind::TooManyArguments {
                            name: f.name(),
                            max,
                            got,
                        },
                        e.span,
                    ));
                } else if *f == Function::Case && got % 2 == 0 {
                    errors.push(ParseError::new(ErrorKind::EvenArguments, e.span));
                }
            }
        },
        _ => {}
    });
    errors.sort_by_key(|e| e.span);
    errors
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    depth: usize,
    end: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn check(&self, tok: &Tok) -> bool {
        self.peek()
            .is_some_and(|t| std::mem::discriminant(&t.tok) == std::mem::discriminant(tok))
    }

    fn eat(&mut self, tok: &Tok) -> Option<Span> {
        if self.check(tok) {
            let span = self.tokens[self.pos].span;
            self.pos += 1;
            Some(span)
        } else {
            None
        }
    }

    fn unexpected(&self) -> ParseError {
        match self.peek() {
            Some(t) => ParseError::new(ErrorKind::UnexpectedSymbol(t.tok.describe()), t.span),
            None => ParseError::new(ErrorKind::UnexpectedEnd, Span::new(self.end, self.end)),
        }
    }

    fn expect(&mut self, tok: &Tok) -> Result<Span, ParseError> {
        self.eat(tok).ok_or_else(|| self.unexpected())
    }

    fn enter(&mut self, by: usize) -> Result<(), ParseError> {
        self.depth += by;
        if self.depth > MAX_DEPTH {
            let span = self
                .peek()
                .map_or(Span::new(self.end, self.end), |t| t.span);
            return Err(ParseError::new(ErrorKind::TooDeep(MAX_DEPTH), span));
        }
        Ok(())
    }

    fn expression(&mut self) -> Result<Expr, ParseError> {
        self.enter(1)?;
        let e = self.logical(LogicalOp::Or);
        self.depth -= 1;
        e
    }

    fn logical(&mut self, op: LogicalOp) -> Result<Expr, ParseError> {
        let (tok, next) = match op {
            LogicalOp::Or => (Tok::Or, LogicalOp::And),
            LogicalOp::And => (Tok::And, LogicalOp::And),
        };
        let operand = |p: &mut Self| match op {
            LogicalOp::Or => p.logical(next),
            LogicalOp::And => p.equality(),
        };
        let first = operand(self)?;
        if !self.check(&tok) {
            return Ok(first);
        }
        let mut args = vec![first];
        self.enter(1)?;
        while self.eat(&tok).is_some() {
            args.push(operand(self)?);
        }
        self.depth -= 1;
        let span = args[0].span.to(args[args.len() - 1].span);
        Ok(Expr {
            kind: ExprKind::Logical { op, args },
            span,
        })
    }

    fn equality(&mut self) -> Result<Expr, ParseError> {
        self.binary_chain(
            &[(Tok::Eq, BinOp::Eq), (Tok::Ne, BinOp::Ne)],
            Self::comparison,
        )
    }

    fn comparison(&mut self) -> Result<Expr, ParseError> {
        self.binary_chain(
            &[
                (Tok::Lt, BinOp::Lt),
                (Tok::Le, BinOp::Le),
                (Tok::Gt, BinOp::Gt),
                (Tok::Ge, BinOp::Ge),
            ],
            Self::unary,
        )
    }

    fn binary_chain(
        &mut self,
        ops: &[(Tok, BinOp)],
        operand: fn(&mut Self) -> Result<Expr, ParseError>,
    ) -> Result<Expr, ParseError> {
        let mut lhs = operand(self)?;
        let mut nested = 0;
        'chain: loop {
            for (tok, op) in ops {
                if let Some(span) = self.eat(tok) {
                    // A chain builds a left-nested tree: GitHub does not count it as depth,
                    // but a tree that deep would be recursed into, so it is capped too.
                    nested += 1;
                    if nested > MAX_DEPTH {
                        return Err(ParseError::new(ErrorKind::TooDeep(MAX_DEPTH), span));
                    }
                    let rhs = operand(self)?;
                    let span = lhs.span.to(rhs.span);
                    lhs = Expr {
                        kind: ExprKind::Binary {
                            op: *op,
                            lhs: Box::new(lhs),
                            rhs: Box::new(rhs),
                        },
                        span,
                    };
                    continue 'chain;
                }
            }
            break;
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        if let Some(bang) = self.eat(&Tok::Bang) {
            self.enter(1)?;
            let inner = self.unary();
            self.depth -= 1;
            let inner = inner?;
            let span = bang.to(inner.span);
            return Ok(Expr {
                kind: ExprKind::Not(Box::new(inner)),
                span,
            });
        }
        self.postfix()
    }

    fn postfix(&mut self) -> Result<Expr, ParseError> {
        let base = self.primary()?;
        if !matches!(
            base.kind,
            ExprKind::Group(_) | ExprKind::Call { .. } | ExprKind::Context { .. }
        ) {
            return Ok(base);
        }
        let mut steps = Vec::new();
        let mut end = base.span.end;
        let depth = self.depth;
        loop {
            if let Some(dot) = self.eat(&Tok::Dot) {
                // As GitHub: every dereference in a chain counts as one level.
                self.enter(1)?;
                let Some(t) = self.peek().cloned() else {
                    return Err(self.unexpected());
                };
                let step = match t.tok {
                    Tok::Ident(name) => Step::Property {
                        name,
                        span: dot.to(t.span),
                    },
                    Tok::Star => Step::Star {
                        span: dot.to(t.span),
                    },
                    _ => return Err(self.unexpected()),
                };
                self.pos += 1;
                end = t.span.end;
                steps.push(step);
            } else if let Some(open) = self.eat(&Tok::LBracket) {
                let step = if self.eat(&Tok::Star).is_some() {
                    let close = self.expect(&Tok::RBracket)?;
                    Step::Star {
                        span: open.to(close),
                    }
                } else {
                    let index = self.expression()?;
                    let close = self.expect(&Tok::RBracket)?;
                    Step::Index {
                        index: Box::new(index),
                        span: open.to(close),
                    }
                };
                self.enter(1)?;
                end = step.span().end;
                steps.push(step);
            } else {
                break;
            }
        }
        self.depth = depth;
        if steps.is_empty() {
            return Ok(base);
        }
        let span = Span::new(base.span.start, end);
        Ok(Expr {
            kind: ExprKind::Access {
                base: Box::new(base),
                steps,
            },
            span,
        })
    }

    fn primary(&mut self) -> Result<Expr, ParseError> {
        let Some(t) = self.peek().cloned() else {
            return Err(self.unexpected());
        };
        let literal = |lit: Literal| {
            Ok(Expr {
                kind: ExprKind::Literal(lit),
                span: t.span,
            })
        };
        self.pos += 1;
        match t.tok {
            Tok::True => literal(Literal::Bool(true)),
            Tok::False => literal(Literal::Bool(false)),
            Tok::Null => literal(Literal::Null),
            Tok::Number(n) => literal(Literal::Number(n)),
            Tok::Str(s) => literal(Literal::String(s)),
            Tok::LParen => {
                let inner = self.expression()?;
                let close = self.expect(&Tok::RParen)?;
                Ok(Expr {
                    kind: ExprKind::Group(Box::new(inner)),
                    span: t.span.to(close),
                })
            }
            Tok::Ident(name) => {
                if self.eat(&Tok::LParen).is_none() {
                    let context = Context::from_name(&name);
                    return Ok(Expr {
                        kind: ExprKind::Context { name, context },
                        span: t.span,
                    });
                }
                let mut args = Vec::new();
                let close = loop {
                    if let Some(close) = self.eat(&Tok::RParen) {
                        break close;
                    }
                    args.push(self.expression()?);
                    if !self.check(&Tok::RParen) {
                        self.expect(&Tok::Comma)?;
                    }
                };
                let function = Function::from_name(&name);
                Ok(Expr {
                    kind: ExprKind::Call {
                        name,
                        name_span: t.span,
                        function,
                        args,
                    },
                    span: t.span.to(close),
                })
            }
            _ => {
                self.pos -= 1;
                Err(self.unexpected())
            }
        }
    }
}
