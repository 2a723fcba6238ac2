//! TF005 variable-without-type: an input variable that accepts a value of any type.

use super::module_source::once_each;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::terraform::Module;

pub(crate) const RULE: RustRule = RustRule {
    id: "TF005",
    check: Check::Terraform(check),
};

fn check(module: &Module, out: &mut Emitter<'_>) {
    for block in once_each(module, &["variable"]) {
        if block.body.get("type").is_some() {
            continue;
        }
        let name = block.labels.first().map_or("", String::as_str);
        let file = module.file(block).clone();
        out.report_in(
            &file,
            block.header,
            format!("variable `{name}` declares no type"),
        )
        .object(format!("var.{name}"));
    }
}
