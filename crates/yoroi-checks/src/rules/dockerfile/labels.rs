//! `LABEL` pairs as the label rules see them: the key and value as written, the value with
//! `ARG`/`ENV` substituted, and where the key stands.

use super::stages::{declarations, each_instruction};
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::{Dockerfile, Instruction, Keyword};

/// One `key=value` of a `LABEL` instruction.
pub(super) struct Label<'d> {
    pub instruction: &'d Instruction,
    pub key: String,
    pub key_span: Span,
    /// The value as written, quotes removed; `None` for a key without `=`.
    pub value: Option<String>,
    /// The value after substitution; `None` when a variable is unknown.
    pub resolved: Option<String>,
}

impl Label<'_> {
    /// The key in lower case, for comparing with well-known annotation names.
    pub fn is(&self, names: &[&str]) -> bool {
        names.iter().any(|n| self.key.eq_ignore_ascii_case(n))
    }

    /// The value, known and written without variables, or resolved from them.
    pub fn known_value(&self) -> Option<&str> {
        self.resolved.as_deref()
    }
}

/// Every label of every stage (`ONBUILD` triggers excluded), in file order.
pub(super) fn labels(dockerfile: &Dockerfile) -> Vec<Label<'_>> {
    let mut out = Vec::new();
    each_instruction(dockerfile, |_, instruction, scope| {
        if instruction.keyword != Keyword::Label {
            return;
        }
        for decl in declarations(instruction, dockerfile.escape) {
            let resolved = decl.value.as_deref().and_then(|v| scope.resolve(v));
            out.push(Label {
                instruction,
                key: decl.key,
                key_span: decl.key_span,
                value: decl.value,
                resolved,
            });
        }
    });
    out
}
