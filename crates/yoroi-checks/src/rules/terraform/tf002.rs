//! TF002 module-git-ref-not-commit: a module fetched from a Git or Mercurial repository at a
//! tag (or another name) rather than a commit: whoever can push to the repository can move the
//! tag, and the next `terraform init` runs the new code.

use super::module_source::{Source, classify, is_branch, is_commit, module_calls};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::terraform::Module;

pub(crate) const RULE: RustRule = RustRule {
    id: "TF002",
    check: Check::Terraform(check),
};

fn check(module: &Module, out: &mut Emitter<'_>) {
    for (block, node, source) in module_calls(module) {
        let Source::Vcs {
            reference: Some(reference),
        } = classify(source)
        else {
            continue;
        };
        // No ref or a branch: TF001.
        if is_commit(reference) || is_branch(reference) {
            continue;
        }
        let file = module.file(block).clone();
        out.report_in(
            &file,
            node.span,
            format!(
                "`{}` pins its source to `ref={reference}`, a name that can be moved, not a commit",
                block.address()
            ),
        )
        .object(block.address());
    }
}
