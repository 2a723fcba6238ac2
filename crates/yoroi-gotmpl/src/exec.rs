//! The executor: walks a parsed template with a data value, writing output text and the chunk map.

use std::collections::HashMap;
use std::rc::Rc;

use crate::ast::{Arg, Branch, FileId, List, Node, Pipe, Span};
use crate::parse::{self, ParseError};
use crate::value::{Chunk, ChunkSource, Frame, Kind, Stack, Str, StrBuilder, Value, format_v};

/// Bounds that keep hostile templates from hanging or exhausting memory.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Nested template calls (`template`, and functions such as `include` that run a template).
    pub max_depth: usize,
    /// Nesting of the executor's recursion (control structures, parenthesized pipelines and template calls
    /// together). This bounds stack use: the default fits a 2 MiB thread stack even in a debug build; raise it
    /// only on a thread with a larger stack.
    pub max_nesting: usize,
    /// Bytes of output, counting strings built by template calls.
    pub max_output: usize,
    /// Evaluation steps (nodes walked, commands evaluated, loop iterations).
    pub max_steps: u64,
    /// Elements a function may build in one list (`until`, `seq`...) or bytes in one string (`repeat`).
    pub max_collection: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 100,
            max_nesting: 200,
            max_output: 64 << 20,
            max_steps: 50_000_000,
            max_collection: 10_000_000,
        }
    }
}

/// What went wrong while executing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A template error (type mismatch, missing template, nil pointer, a function returning an error...).
    Exec,
    /// A limit of [`Limits`] was reached.
    Limit,
}

/// An execution error: Go's message, the template and span of the node being evaluated, and the call stack.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{message}")]
pub struct ExecError {
    pub message: String,
    pub kind: ErrorKind,
    pub template: Rc<str>,
    pub span: Span,
    pub stack: Stack,
    /// For an error raised inside a template run by a function (`include`), that inner error.
    pub cause: Option<Box<ExecError>>,
}

impl ExecError {
    /// The innermost error (where a nested template failed).
    pub fn root_cause(&self) -> &ExecError {
        let mut e = self;
        while let Some(c) = &e.cause {
            e = c;
        }
        e
    }
}

/// An error returned by a function.
#[derive(Debug)]
pub enum FuncError {
    /// Reported as Go does: `error calling NAME: message`.
    Call(String),
    /// Reported as is (argument type errors, as Go reports them before the call).
    Plain(String),
    /// An error from a template the function ran (Helm's `include`/`tpl`): `error calling NAME: inner`.
    Nested(ExecError),
}

impl From<ExecError> for FuncError {
    fn from(e: ExecError) -> Self {
        FuncError::Nested(e)
    }
}

/// The functions templates can call. The executor is passed in, so a function can run templates
/// ([`Exec::include`], [`Exec::tpl`]) and learn where it is called from ([`Exec::current_span`]).
pub trait Functions {
    /// Whether `name` is defined (checked at parse time, as Go does).
    fn has(&self, name: &str) -> bool;
    /// Calls `name` with evaluated arguments.
    fn call(&self, name: &str, cx: &mut Exec<'_>, args: Vec<Value>) -> Result<Value, FuncError>;
    /// A method `name` of `recv` (a Go method on a typed value, such as Helm's `.Files.Get`): field access on a
    /// map asks here first, as Go looks up methods before map keys. None by default.
    fn method(&self, _recv: &Value, _name: &str) -> Option<crate::funcs::Func> {
        None
    }
}

#[derive(Debug)]
struct Tmpl {
    name: Rc<str>,
    list: Rc<List>,
}

#[derive(Debug, Clone)]
struct Source {
    name: Rc<str>,
    text: Rc<str>,
}

/// A set of named templates (Go's `*template.Template` with its associated templates).
#[derive(Debug, Default)]
pub struct TemplateSet {
    templates: HashMap<Rc<str>, Rc<Tmpl>>,
    sources: HashMap<FileId, Source>,
}

impl TemplateSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// Parses `text` as template `name` (the source `file`), adding it and the templates it `define`s. As in Go,
    /// a definition replaces an earlier one of the same name unless its body is empty.
    pub fn parse(
        &mut self,
        name: &str,
        file: FileId,
        text: &str,
        funcs: &dyn Functions,
    ) -> Result<(), ParseError> {
        let has = |n: &str| funcs.has(n) || matches!(n, "and" | "or");
        let parsed = parse::parse(name, text, file, &has)?;
        self.sources.insert(
            file,
            Source {
                name: name.into(),
                text: text.into(),
            },
        );
        self.add(name.into(), parsed.root);
        for (n, list) in parsed.defines {
            self.add(n, list);
        }
        Ok(())
    }

    fn add(&mut self, name: Rc<str>, list: List) {
        if list.is_empty_tree() && self.templates.contains_key(&name) {
            return;
        }
        self.templates.insert(
            name.clone(),
            Rc::new(Tmpl {
                name,
                list: Rc::new(list),
            }),
        );
    }

    pub fn contains(&self, name: &str) -> bool {
        self.templates.contains_key(name)
    }

    /// The names of all templates, sorted.
    pub fn names(&self) -> Vec<Rc<str>> {
        let mut v: Vec<_> = self.templates.keys().cloned().collect();
        v.sort();
        v
    }

    /// The text of a source file.
    pub fn source_text(&self, file: FileId) -> Option<&str> {
        self.sources.get(&file).map(|s| &*s.text)
    }

    /// The name the source file was parsed under.
    pub fn source_name(&self, file: FileId) -> Option<&str> {
        self.sources.get(&file).map(|s| &*s.name)
    }
}

/// The output of an execution: the text, and for every byte of it the chunk it came from.
#[derive(Clone, Debug, Default)]
pub struct Rendered {
    pub text: String,
    pub chunks: Vec<Chunk>,
}

impl Rendered {
    /// The chunk covering output byte `offset`.
    pub fn chunk_at(&self, offset: usize) -> Option<&Chunk> {
        let i = self.chunks.partition_point(|c| c.end <= offset);
        self.chunks.get(i).filter(|c| c.start <= offset)
    }
}

/// Executes template `name` of `set` with `data` as dot.
pub fn execute(
    set: &TemplateSet,
    name: &str,
    data: Value,
    funcs: &dyn Functions,
    limits: Limits,
) -> Result<Rendered, ExecError> {
    let mut cx = Exec {
        set,
        overlays: Vec::new(),
        funcs,
        limits,
        steps: 0,
        produced: 0,
        depth: 0,
        nesting: 0,
        nil_dot_iface: false,
        vars: Vec::new(),
        stack: None,
        tmpl: name.into(),
        node: Span::new(FileId(u32::MAX), 0, 0),
        pos: 0,
        call: Span::new(FileId(u32::MAX), 0, 0),
        action: Span::new(FileId(u32::MAX), 0, 0),
        out: StrBuilder::new(),
    };
    let Some(t) = cx.lookup(name) else {
        return Err(cx.error(format!(
            "template: no template {name:?} associated with template {name:?}"
        )));
    };
    let _cap = crate::value::PrintCapGuard::set(limits.max_output);
    cx.vars.push(("$".into(), data.clone()));
    cx.run_list(&t.list, &data)?;
    let s = cx.out;
    Ok(Rendered {
        text: s.text,
        chunks: s.chunks,
    })
}

enum Flow {
    Normal,
    Break,
    Continue,
}

/// The execution state, passed to functions.
pub struct Exec<'a> {
    set: &'a TemplateSet,
    overlays: Vec<TemplateSet>,
    funcs: &'a dyn Functions,
    limits: Limits,
    steps: u64,
    produced: usize,
    depth: usize,
    nesting: usize,
    /// Dot is a nil element of a list or map (Go: a nil `interface {}`, not an absent value).
    nil_dot_iface: bool,
    vars: Vec<(Rc<str>, Value)>,
    stack: Stack,
    tmpl: Rc<str>,
    /// The node being evaluated (Go's `s.node`: the last one visited), for error messages.
    node: Span,
    /// The byte offset errors report (Go reports a field chain at its second field).
    pos: u32,
    /// The command calling the current function.
    call: Span,
    /// The action (or control structure, or `template` call) being executed.
    action: Span,
    out: StrBuilder,
}

type R<T> = Result<T, ExecError>;

impl<'a> Exec<'a> {
    /// The span of the node being evaluated (inside a function: the action calling it).
    pub fn current_span(&self) -> Span {
        self.call
    }
    /// The span of the action being executed.
    pub fn current_action(&self) -> Span {
        self.action
    }
    /// The current template call stack.
    pub fn stack(&self) -> &Stack {
        &self.stack
    }
    pub fn limits(&self) -> &Limits {
        &self.limits
    }
    /// A chunk source for bytes a function produces from `origin`, at the current action.
    pub fn action_source(&self, origin: Option<crate::value::Origin>) -> Rc<ChunkSource> {
        Rc::new(ChunkSource::Action {
            span: self.action,
            origin,
            stack: self.stack.clone(),
        })
    }

    fn lookup(&self, name: &str) -> Option<Rc<Tmpl>> {
        for o in self.overlays.iter().rev() {
            if let Some(t) = o.templates.get(name) {
                return Some(t.clone());
            }
        }
        self.set.templates.get(name).cloned()
    }

    fn source_of(&self, file: FileId) -> Option<&Source> {
        for o in self.overlays.iter().rev() {
            if let Some(s) = o.sources.get(&file) {
                return Some(s);
            }
        }
        self.set.sources.get(&file)
    }

    fn at(&mut self, s: Span) {
        self.node = s;
        self.pos = s.start;
    }

    fn error(&self, message: String) -> ExecError {
        ExecError {
            message,
            kind: ErrorKind::Exec,
            template: self.tmpl.clone(),
            span: self.node,
            stack: self.stack.clone(),
            cause: None,
        }
    }

    /// Go's error form: `template: FILE:LINE:COL: executing "NAME" at <NODE>: MESSAGE`.
    pub fn errorf(&self, msg: impl std::fmt::Display) -> ExecError {
        self.errorf_ctx(None, msg)
    }

    fn errorf_ctx(&self, context: Option<String>, msg: impl std::fmt::Display) -> ExecError {
        let (loc, ctx) = match self.source_of(self.node.file) {
            Some(src) => {
                let text = &*src.text;
                let start = (self.node.start as usize).min(text.len());
                let end = (self.node.end as usize).clamp(start, text.len());
                let pos = (self.pos as usize).clamp(start, end.max(start));
                let before = &text[..pos];
                let line = 1 + before.matches('\n').count();
                let col = before.rfind('\n').map_or(pos, |i| pos - i - 1);
                let ctx: String =
                    context.unwrap_or_else(|| text.get(start..end).unwrap_or("").to_string());
                (format!("{}:{}:{}", src.name, line, col), ctx)
            }
            None => (self.tmpl.to_string(), String::new()),
        };
        self.error(format!(
            "template: {loc}: executing {:?} at <{}>: {msg}",
            &*self.tmpl,
            ctx.replace('%', "%%")
        ))
    }

    fn limit(&self, what: String) -> ExecError {
        let mut e = self.errorf(what);
        e.kind = ErrorKind::Limit;
        e
    }

    fn step(&mut self) -> R<()> {
        self.steps += 1;
        if self.steps > self.limits.max_steps {
            return Err(self.limit(format!(
                "exceeded the maximum of {} evaluation steps",
                self.limits.max_steps
            )));
        }
        Ok(())
    }

    fn wrote(&mut self, n: usize) -> R<()> {
        self.produced += n;
        if self.produced > self.limits.max_output {
            return Err(self.limit(format!("output exceeds {} bytes", self.limits.max_output)));
        }
        Ok(())
    }

    fn run_list(&mut self, list: &List, dot: &Value) -> R<Flow> {
        for n in &list.nodes {
            match self.walk(n, dot)? {
                Flow::Normal => {}
                f => return Ok(f),
            }
        }
        Ok(Flow::Normal)
    }

    fn nest(&mut self) -> R<()> {
        self.nesting += 1;
        if self.nesting > self.limits.max_nesting {
            return Err(self.limit(format!(
                "template nesting exceeds {} levels",
                self.limits.max_nesting
            )));
        }
        Ok(())
    }

    fn walk(&mut self, node: &Node, dot: &Value) -> R<Flow> {
        self.nest()?;
        let r = self.walk_inner(node, dot);
        self.nesting -= 1;
        r
    }

    fn walk_inner(&mut self, node: &Node, dot: &Value) -> R<Flow> {
        self.step()?;
        match node {
            Node::Text { span, text } => {
                self.wrote(text.len())?;
                let src = Rc::new(ChunkSource::Text {
                    span: *span,
                    stack: self.stack.clone(),
                });
                self.out.push_sourced(text, src, false);
            }
            Node::Action { span, pipe } => {
                self.at(*span);
                self.action = *span;
                let v = self.eval_pipeline(dot, pipe)?;
                if pipe.decl.is_empty() {
                    self.print(&v, *span)?;
                }
            }
            Node::If(b) => return self.walk_if(b, dot, false),
            Node::With(b) => return self.walk_if(b, dot, true),
            Node::Range(b) => return self.walk_range(b, dot),
            Node::Template { span, name, pipe } => {
                self.at(*span);
                self.action = *span;
                let data = match pipe {
                    Some(p) => self.eval_pipeline(dot, p)?,
                    None => Value::NIL,
                };
                let Some(t) = self.lookup(name) else {
                    // Go reports the node as `{{template "name" pipeline}}`, at the name
                    self.at(*span);
                    let text = self.span_text(*span);
                    if let Some(q) = text.find(['"', '`']) {
                        self.pos = span.start + q as u32;
                    }
                    let ctx = match pipe {
                        Some(p) => format!(
                            "{{{{template {name:?} {}}}}}",
                            self.span_text(p.span).trim()
                        ),
                        None => format!("{{{{template {name:?}}}}}"),
                    };
                    return Err(
                        self.errorf_ctx(Some(ctx), format!("template {name:?} not defined"))
                    );
                };
                self.call_template(&t, data, *span)?;
            }
            Node::Break(_) => return Ok(Flow::Break),
            Node::Continue(_) => return Ok(Flow::Continue),
        }
        Ok(Flow::Normal)
    }

    fn call_template(&mut self, t: &Tmpl, data: Value, call_site: Span) -> R<()> {
        if self.depth >= self.limits.max_depth {
            let mut e = self.errorf(format!(
                "exceeded maximum template depth ({})",
                self.limits.max_depth
            ));
            e.kind = ErrorKind::Limit;
            return Err(e);
        }
        self.depth += 1;
        let saved_vars = std::mem::replace(&mut self.vars, vec![("$".into(), data.clone())]);
        let frame = Rc::new(Frame {
            name: t.name.clone(),
            call_site,
            parent: self.stack.clone(),
        });
        let saved_stack = self.stack.replace(frame);
        let saved_tmpl = std::mem::replace(&mut self.tmpl, t.name.clone());
        let saved = (self.node, self.pos, self.call, self.action);
        let saved_nil = std::mem::replace(&mut self.nil_dot_iface, false);
        let list = t.list.clone();
        let r = self.run_list(&list, &data);
        self.nil_dot_iface = saved_nil;
        self.depth -= 1;
        self.vars = saved_vars;
        self.stack = saved_stack;
        self.tmpl = saved_tmpl;
        if r.is_ok() {
            (self.node, self.pos, self.call, self.action) = saved;
        }
        r.map(|_| ())
    }

    /// Runs template `name` with `data` into a string that keeps its chunk map (Helm's `include`).
    pub fn include(&mut self, name: &str, data: Value) -> R<Str> {
        let Some(t) = self.lookup(name) else {
            return Err(self.error(format!(
                "template: no template {name:?} associated with template {:?}",
                &*self.tmpl
            )));
        };
        let saved = std::mem::take(&mut self.out);
        let call_site = self.call;
        let r = self.call_template(&t, data, call_site);
        let out = std::mem::replace(&mut self.out, saved);
        r?;
        Ok(out.finish())
    }

    /// Parses `text` as a template named `name` (source `file`), with access to every template defined so far,
    /// and runs it with `data` into a string (Helm's `tpl`). Templates it defines vanish afterwards.
    pub fn tpl(&mut self, name: &str, file: FileId, text: &str, data: Value) -> R<Str> {
        let mut overlay = TemplateSet::new();
        if let Err(e) = overlay.parse(name, file, text, self.funcs) {
            return Err(self.error(e.to_string()));
        }
        self.overlays.push(overlay);
        let r = self.include(name, data);
        self.overlays.pop();
        r
    }

    fn print(&mut self, v: &Value, span: Span) -> R<()> {
        let src = Rc::new(ChunkSource::Action {
            span,
            origin: v.origin,
            stack: self.stack.clone(),
        });
        match &v.kind {
            Kind::Str(s) => {
                // chunks cost memory too: count them against the output budget
                self.wrote(s.text.len() + s.chunks().len() * 16)?;
                // a string that tracks its chunks: the bytes between them were made by functions (padding,
                // format text), not taken from the value
                let src = if s.chunks.is_some() {
                    Rc::new(ChunkSource::Action {
                        span,
                        origin: None,
                        stack: self.stack.clone(),
                    })
                } else {
                    src
                };
                let mut last = 0;
                for c in s.chunks() {
                    if c.start > last {
                        self.out
                            .push_sourced(&s.text[last..c.start], src.clone(), false);
                    }
                    self.out.push_slice(s, c.start..c.end);
                    last = c.end;
                }
                if last < s.text.len() {
                    self.out.push_sourced(&s.text[last..], src, false);
                }
            }
            Kind::Nil => {
                self.wrote(10)?;
                self.out.push_sourced("<no value>", src, false);
            }
            _ => {
                let mut text = String::new();
                format_v(v, &mut text, 0);
                self.wrote(text.len())?;
                self.out.push_sourced(&text, src, false);
            }
        }
        Ok(())
    }

    fn walk_if(&mut self, b: &Branch, dot: &Value, with: bool) -> R<Flow> {
        let mark = self.vars.len();
        self.at(b.span);
        self.action = b.span;
        let v = self.eval_pipeline(dot, &b.pipe)?;
        let r = if v.truthy() {
            if with {
                self.run_list(&b.list, &v)
            } else {
                self.run_list(&b.list, dot)
            }
        } else if let Some(e) = &b.else_list {
            self.run_list(e, dot)
        } else {
            Ok(Flow::Normal)
        };
        self.vars.truncate(mark);
        r
    }

    fn walk_range(&mut self, b: &Branch, dot: &Value) -> R<Flow> {
        let mark = self.vars.len();
        self.at(b.span);
        self.action = b.span;
        let v = self.eval_pipeline(dot, &b.pipe)?;
        let items: Vec<(Value, Value)> = match &v.kind {
            Kind::List(l) => l
                .iter()
                .enumerate()
                .map(|(i, e)| (Value::int(i as i64), e.clone()))
                .collect(),
            Kind::Map(m) => m
                .borrow()
                .iter()
                .map(|(k, e)| (Value::str(k.as_str()), e.clone()))
                .collect(),
            Kind::Nil => Vec::new(),
            _ => {
                return Err(self.errorf(format!(
                    "range can't iterate over {}",
                    crate::value::to_v(&v)
                )));
            }
        };
        let mut r = Ok(Flow::Normal);
        if items.is_empty() {
            if let Some(e) = &b.else_list {
                r = self.run_list(e, dot).map(|_| Flow::Normal);
            }
        } else {
            for (k, e) in items {
                if let Err(err) = self.step() {
                    r = Err(err);
                    break;
                }
                let n = b.pipe.decl.len();
                if n > 0 {
                    if b.pipe.is_assign {
                        if n > 1 {
                            self.set_var(&b.pipe.decl[0].0, k.clone())?;
                            self.set_var(&b.pipe.decl[1].0, e.clone())?;
                        } else {
                            self.set_var(&b.pipe.decl[0].0, e.clone())?;
                        }
                    } else if n > 1 {
                        let l = self.vars.len();
                        self.vars[l - 2].1 = k;
                        self.vars[l - 1].1 = e.clone();
                    } else {
                        let l = self.vars.len();
                        self.vars[l - 1].1 = e.clone();
                    }
                }
                let body_mark = self.vars.len();
                // a nil element is a nil interface {}: fields of it are an error, as in Go
                let saved_nil = std::mem::replace(&mut self.nil_dot_iface, e.is_nil());
                let f = self.run_list(&b.list, &e);
                self.nil_dot_iface = saved_nil;
                self.vars.truncate(body_mark);
                match f {
                    Err(err) => {
                        r = Err(err);
                        break;
                    }
                    Ok(Flow::Break) => break,
                    Ok(_) => {}
                }
            }
        }
        self.vars.truncate(mark);
        r
    }

    fn set_var(&mut self, name: &str, v: Value) -> R<()> {
        for (n, slot) in self.vars.iter_mut().rev() {
            if &**n == name {
                *slot = v;
                return Ok(());
            }
        }
        Err(self.errorf(format!("undefined variable: {name}")))
    }

    fn var(&self, name: &str) -> R<Value> {
        for (n, v) in self.vars.iter().rev() {
            if &**n == name {
                return Ok(v.clone());
            }
        }
        Err(self.errorf(format!("undefined variable: {name}")))
    }

    fn eval_pipeline(&mut self, dot: &Value, pipe: &Pipe) -> R<Value> {
        self.nest()?;
        let r = self.eval_pipeline_inner(dot, pipe);
        self.nesting -= 1;
        r
    }

    fn eval_pipeline_inner(&mut self, dot: &Value, pipe: &Pipe) -> R<Value> {
        let mut val: Option<Value> = None;
        for cmd in &pipe.cmds {
            self.step()?;
            val = Some(self.eval_command(dot, &cmd.args, cmd.span, val)?);
        }
        let v = val.unwrap_or_default();
        for (name, _) in &pipe.decl {
            if pipe.is_assign {
                self.set_var(name, v.clone())?;
            } else {
                self.vars.push((name.clone(), v.clone()));
            }
        }
        Ok(v)
    }

    fn not_a_function(&mut self, args: &[Arg], fin: &Option<Value>) -> R<()> {
        if args.len() > 1 || fin.is_some() {
            self.at(args[0].span());
            let text = self.span_text(args[0].span());
            return Err(self.errorf(format!("can't give argument to non-function {text}")));
        }
        Ok(())
    }

    fn span_text(&self, s: Span) -> String {
        self.source_of(s.file)
            .and_then(|src| src.text.get(s.range()))
            .unwrap_or("")
            .to_string()
    }

    fn eval_command(
        &mut self,
        dot: &Value,
        args: &[Arg],
        span: Span,
        fin: Option<Value>,
    ) -> R<Value> {
        let first = &args[0];
        match first {
            Arg::Field(s, idents) => {
                let pos = field_pos(*s, idents);
                return self.eval_field_chain(
                    dot,
                    dot.clone(),
                    *s,
                    pos,
                    idents,
                    &args[1..],
                    fin,
                    true,
                );
            }
            Arg::Chain(s, inner, idents) => {
                let recv = self.eval_arg(dot, inner)?;
                return self.eval_field_chain(
                    dot,
                    recv,
                    *s,
                    inner.span().end,
                    idents,
                    &args[1..],
                    fin,
                    false,
                );
            }
            Arg::Ident(s, name) => return self.eval_function(dot, name, *s, span, &args[1..], fin),
            Arg::Pipe(_, p) => {
                self.not_a_function(args, &fin)?;
                return self.eval_pipeline(dot, p);
            }
            Arg::Variable(s, name, idents) => {
                let v = self.var(name)?;
                if idents.is_empty() {
                    self.not_a_function(args, &fin)?;
                    return Ok(v);
                }
                let pos = s.start + name.len() as u32;
                return self.eval_field_chain(dot, v, *s, pos, idents, &args[1..], fin, false);
            }
            _ => {}
        }
        self.not_a_function(args, &fin)?;
        match first {
            Arg::Nil(s) => {
                self.at(*s);
                Err(self.errorf("nil is not a command"))
            }
            other => self.eval_arg(dot, other),
        }
    }

    /// `recv.A.B...`; `pos` is where Go reports errors (the second field of `.A.B`); `from_dot` when `recv` is dot.
    #[allow(clippy::too_many_arguments)]
    fn eval_field_chain(
        &mut self,
        dot: &Value,
        mut recv: Value,
        span: Span,
        pos: u32,
        idents: &[Rc<str>],
        args: &[Arg],
        fin: Option<Value>,
        from_dot: bool,
    ) -> R<Value> {
        let n = idents.len();
        for (i, ident) in idents.iter().enumerate() {
            let last = i + 1 == n;
            let has_args = last && (!args.is_empty() || fin.is_some());
            self.node = span;
            self.pos = pos;
            if let Some(f) = self.funcs.method(&recv, ident) {
                let mut vals = Vec::new();
                if last {
                    for a in args {
                        vals.push(self.eval_arg(dot, a)?);
                    }
                    if let Some(f) = &fin {
                        vals.push(f.clone());
                    }
                }
                (self.node, self.pos) = (span, pos);
                recv = match f(self, vals) {
                    Ok(v) => v,
                    Err(FuncError::Call(m) | FuncError::Plain(m)) => {
                        return Err(self.errorf(format!("error calling {ident}: {m}")));
                    }
                    Err(FuncError::Nested(inner)) => {
                        let mut e =
                            self.errorf(format!("error calling {ident}: {}", inner.message));
                        e.cause = Some(Box::new(inner));
                        return Err(e);
                    }
                };
                if last {
                    return Ok(recv);
                }
                continue;
            }
            recv = match &recv.kind {
                Kind::Map(m) => {
                    if has_args {
                        return Err(
                            self.errorf(format!("{ident} is not a method but has arguments"))
                        );
                    }
                    m.borrow().get(&**ident).cloned().unwrap_or_default()
                }
                Kind::Nil if i == 0 && !(from_dot && self.nil_dot_iface) => {
                    // an absent value (a pipeline that produced nil): fields of it are absent too
                    if has_args {
                        return Err(
                            self.errorf(format!("nil pointer evaluating interface {{}}.{ident}"))
                        );
                    }
                    return Ok(Value::NIL);
                }
                Kind::Nil => {
                    return Err(
                        self.errorf(format!("nil pointer evaluating interface {{}}.{ident}"))
                    );
                }
                _ => {
                    // a value fetched from a map has Go's static type interface {}
                    let ty = if i > 0 {
                        "interface {}"
                    } else {
                        recv.type_name()
                    };
                    return Err(self.errorf(format!("can't evaluate field {ident} in type {ty}")));
                }
            };
        }
        Ok(recv)
    }

    fn eval_function(
        &mut self,
        dot: &Value,
        name: &str,
        span: Span,
        cmd: Span,
        args: &[Arg],
        fin: Option<Value>,
    ) -> R<Value> {
        self.at(span);
        if name == "and" || name == "or" {
            let is_or = name == "or";
            if args.is_empty() && fin.is_none() {
                return Err(self.errorf(format!(
                    "wrong number of args for {name}: want at least 1 got 0"
                )));
            }
            let mut v = Value::NIL;
            for a in args {
                v = self.eval_arg(dot, a)?;
                if v.truthy() == is_or {
                    return Ok(v);
                }
            }
            if let Some(f) = fin {
                v = f;
            }
            return Ok(v);
        }
        let mut vals = Vec::with_capacity(args.len() + 1);
        // a nil fetched from a map is a typed interface {} in Go, unlike a nil pipeline result
        let mut field_nil = false;
        // where each argument's evaluation ended: Go checks types as it goes and reports the offending argument
        let mut arg_nodes = Vec::with_capacity(args.len());
        for a in args {
            let v = self.eval_arg(dot, a)?;
            field_nil |=
                v.is_nil() && matches!(a, Arg::Field(..) | Arg::Chain(..) | Arg::Variable(_, _, _));
            arg_nodes.push((self.node, self.pos));
            vals.push(v);
        }
        let arg_types: Vec<&'static str> = vals.iter().map(Value::type_name).collect();
        if let Some(f) = fin {
            vals.push(f);
        }
        let funcs = self.funcs;
        if !funcs.has(name) {
            return Err(self.errorf(format!("{name:?} is not a defined function")));
        }
        let last = (self.node, self.pos);
        let saved_call = std::mem::replace(&mut self.call, cmd);
        let r = funcs.call(name, self, vals);
        self.call = saved_call;
        match r {
            Ok(v) => Ok(v),
            Err(e) => {
                self.at(cmd);
                Err(match e {
                    FuncError::Call(m) => self.errorf(format!("error calling {name}: {m}")),
                    FuncError::Plain(m) => {
                        (self.node, self.pos) = last;
                        let culprit =
                            if let Some(rest) = m.strip_prefix("wrong type for value; expected ") {
                                let got = rest.split_once("; got ").map_or("", |(_, g)| g);
                                arg_types.iter().position(|t| *t == got)
                            } else if m.starts_with("invalid value; expected ") {
                                arg_types.iter().position(|t| *t == "<nil>")
                            } else {
                                None
                            };
                        if let Some(&n) = culprit.and_then(|i| arg_nodes.get(i)) {
                            (self.node, self.pos) = n;
                        } else if culprit.is_some() || m.starts_with("wrong number of args") {
                            // Go counts arguments before evaluating them
                            self.at(span);
                        }
                        // a literal of the wrong type is reported as Go's parser-level check does
                        if let Some(a) =
                            culprit.and_then(|i| args.get(i)).filter(|a| a.is_literal())
                            && let Some(t) = m
                                .strip_prefix("wrong type for value; expected ")
                                .or_else(|| m.strip_prefix("invalid value; expected "))
                                .and_then(|r| r.split(';').next())
                        {
                            let lit = self.span_text(a.span());
                            return Err(self.errorf(format!("expected {t}; found {lit}")));
                        }
                        match m.strip_prefix("invalid value; expected ") {
                            Some(t) if field_nil => self.errorf(format!(
                                "wrong type for value; expected {t}; got interface {{}}"
                            )),
                            _ => self.errorf(m),
                        }
                    }
                    FuncError::Nested(inner) => {
                        if inner.kind == ErrorKind::Limit {
                            return Err(inner);
                        }
                        let mut e = self.errorf(format!("error calling {name}: {}", inner.message));
                        e.cause = Some(Box::new(inner));
                        e
                    }
                })
            }
        }
    }

    fn eval_arg(&mut self, dot: &Value, arg: &Arg) -> R<Value> {
        self.at(arg.span());
        match arg {
            Arg::Dot(_) => Ok(dot.clone()),
            Arg::Nil(_) => Ok(Value::NIL),
            Arg::Bool(_, b) => Ok(Value::bool(*b)),
            Arg::Str(_, s) => Ok(Value::str(s.clone())),
            Arg::Number(_, n) => {
                if n.is_float {
                    Ok(Value::float(n.float.unwrap_or(0.0)))
                } else if let Some(i) = n.int {
                    Ok(Value::int(i))
                } else {
                    Err(self.errorf(format!("{} overflows int", n.text)))
                }
            }
            Arg::Field(s, idents) => {
                let pos = field_pos(*s, idents);
                self.eval_field_chain(dot, dot.clone(), *s, pos, idents, &[], None, true)
            }
            Arg::Variable(s, name, idents) => {
                let v = self.var(name)?;
                if idents.is_empty() {
                    return Ok(v);
                }
                let pos = s.start + name.len() as u32;
                self.eval_field_chain(dot, v, *s, pos, idents, &[], None, false)
            }
            Arg::Pipe(_, p) => self.eval_pipeline(dot, p),
            Arg::Ident(s, name) => self.eval_function(dot, name, *s, *s, &[], None),
            Arg::Chain(s, inner, idents) => {
                let recv = self.eval_arg(dot, inner)?;
                self.eval_field_chain(dot, recv, *s, inner.span().end, idents, &[], None, false)
            }
        }
    }
}

/// Where Go reports a field chain `.A.B.C`: at its second field (the first for a lone field).
fn field_pos(span: Span, idents: &[Rc<str>]) -> u32 {
    if idents.len() > 1 {
        span.start + 1 + idents[0].len() as u32
    } else {
        span.start
    }
}
