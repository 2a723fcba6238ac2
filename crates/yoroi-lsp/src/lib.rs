//! The yoroi language server behind `yoroi lsp`: diagnostics for Dockerfiles, Terraform
//! (`.tf`, `.tf.json`, `.tfvars`) and Kubernetes YAML as the buffers change, fixes and inline
//! suppressions as code actions, and the rule's documentation on hover.
//!
//! Built on `lsp-server` (synchronous, crossbeam channels): the linter is CPU-bound and needs no
//! async runtime, and `Connection::memory()` lets the tests drive the real loop in-process.

mod actions;
mod convert;
mod index;
mod lint;
mod server;
mod stdio;

pub use lint::{Buffer, Linter, Settings};
pub use server::{DEBOUNCE, serve};

/// Serves the protocol on standard input and output until the client says `exit`.
pub fn run_stdio() -> Result<(), String> {
    let (connection, transport) = stdio::connection();
    let served = serve(&connection);
    drop(connection);
    let joined = transport.join();
    served.and(joined)
}
