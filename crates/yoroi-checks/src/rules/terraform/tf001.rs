//! TF001 module-git-source-unpinned: a module fetched from a Git or Mercurial repository without
//! a `ref`, or with a `ref` that names a branch that moves by design (`main`, `master` …):
//! every `terraform init` takes whatever that branch holds at the time.

use super::module_source::{Source, classify, is_branch, module_calls};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::terraform::Module;

pub(crate) const RULE: RustRule = RustRule {
    id: "TF001",
    check: Check::Terraform(check),
};

fn check(module: &Module, out: &mut Emitter<'_>) {
    for (block, node, source) in module_calls(module) {
        let Source::Vcs { reference } = classify(source) else {
            continue;
        };
        let message = match reference {
            None => format!(
                "`{}` takes its source from the default branch of the repository: no `ref` is given",
                block.address()
            ),
            Some(r) if is_branch(r) => format!(
                "`{}` takes its source from the branch `{r}`, which moves",
                block.address()
            ),
            Some(_) => continue,
        };
        let file = module.file(block).clone();
        out.report_in(&file, node.span, message)
            .object(block.address());
    }
}
