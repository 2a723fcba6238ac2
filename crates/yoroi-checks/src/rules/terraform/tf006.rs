//! TF006 output-without-description: an output value that does not say what it is.

use super::module_source::once_each;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::terraform::Module;

pub(crate) const RULE: RustRule = RustRule {
    id: "TF006",
    check: Check::Terraform(check),
};

fn check(module: &Module, out: &mut Emitter<'_>) {
    for block in once_each(module, &["output"]) {
        let described = block.body.get("description").is_some_and(|d| {
            d.is_unknown() || d.as_str().is_some_and(|s| !s.trim().is_empty())
        });
        if described {
            continue;
        }
        let name = block.labels.first().map_or("", String::as_str);
        let file = module.file(block).clone();
        out.report_in(
            &file,
            block.header,
            format!("output `{name}` has no description"),
        )
        .object(format!("output.{name}"));
    }
}
