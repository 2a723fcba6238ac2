//! yoroi's rule engine: the catalog, the declarative matcher, the Rust rules and the runner.
//! Knows nothing about output formats.

pub mod benchmark;
pub mod builds;
pub mod catalog;
pub mod declarative;
pub mod docs;
pub mod engine;
pub mod finding;
pub mod fix;
pub mod guard;
pub mod options;
pub mod parity;
pub mod rules;
pub mod suppress;
pub mod testing;

pub use catalog::{Catalog, Category, Domain, FixKind, Rule, Severity};
pub use engine::{
    Document, Engine, K8sFile, ParseOptions, Selection, gitlab_included_files, parse_file,
    parse_file_with, parse_gitlab_with, parse_module,
};
pub use finding::{BaselineState, Edit, Emitter, Finding, Fix, Label, SetEmitter};
pub use options::RuleOptions;
