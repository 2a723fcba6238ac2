//! yoroi's parsers and the spanned document model.
//!
//! Each file is read once and parsed once into a [`Document`]; every rule sees the same parsed
//! document. Nothing in this crate knows about rules or output formats.

pub mod compose;
pub mod dependabot;
pub mod dockerfile;
pub mod gitlab;
pub mod kubernetes;
pub mod kubernetes_tf;
pub mod node;
pub mod source;
pub mod terraform;
pub mod workflow;
pub mod yaml;

pub use node::{Entry, Node, Origin, Value};
pub use source::{FileKind, LineCol, LineIndex, SourceFile, Span};
