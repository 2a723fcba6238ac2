//! A Go `text/template` engine with the Sprig functions, built for rendering Helm charts in-process.
//!
//! Values carry an optional [`Origin`] (an opaque id the caller assigns, e.g. a values-file line) that field access
//! and functions pass on, and execution returns, next to the output text, a chunk map saying where every output byte
//! came from: template text, or an action with the origin of the value it printed and the template call stack.
//! Strings produced by running templates (Helm's `include`) carry their chunk map with them, so it survives
//! `nindent`, `trim` and friends.
//!
//! ```
//! use yoroi_gotmpl::{FileId, FuncMap, Limits, TemplateSet, Value, execute};
//! let funcs = FuncMap::sprig();
//! let mut set = TemplateSet::new();
//! set.parse("x", FileId(0), "{{ .name | upper | quote }}", &funcs).unwrap();
//! let mut data = std::collections::BTreeMap::new();
//! data.insert("name".to_string(), Value::str("web"));
//! let out = execute(&set, "x", Value::map(data), &funcs, Limits::default()).unwrap();
//! assert_eq!(out.text, "\"WEB\"");
//! ```

mod ast;
mod exec;
mod funcs;
mod gofmt;
mod parse;
mod sprig;
mod value;

pub use ast::{Arg, Branch, Command, FileId, List, Node, Number, Pipe, Span};
pub use exec::{
    ErrorKind, Exec, ExecError, FuncError, Functions, Limits, Rendered, TemplateSet, execute,
};
pub use funcs::{Func, FuncMap};
pub use gofmt::{sprint, sprintf, sprintln};
pub use parse::ParseError;
pub use value::{
    Chunk, ChunkSource, Frame, Kind, Map, Origin, Stack, Str, StrBuilder, Value, format_float,
    format_v, frames, go_quote, to_v,
};
