//! TF003 module-registry-source-without-version: a module from a registry with no `version`
//! constraint: every `terraform init -upgrade` (and the first `init` of every new checkout)
//! installs the newest release, breaking changes and compromised releases included.

use super::module_source::{Source, classify, module_calls};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::terraform::Module;

pub(crate) const RULE: RustRule = RustRule {
    id: "TF003",
    check: Check::Terraform(check),
};

fn check(module: &Module, out: &mut Emitter<'_>) {
    for (block, _, source) in module_calls(module) {
        if classify(source) != Source::Registry || block.body.get("version").is_some() {
            continue;
        }
        let file = module.file(block).clone();
        out.report_in(
            &file,
            block.header,
            format!(
                "`{}` installs the newest release of `{source}`: no `version` is set",
                block.address()
            ),
        )
        .object(block.address());
    }
}
