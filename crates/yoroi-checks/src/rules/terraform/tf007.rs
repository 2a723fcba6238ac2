//! TF007 name-not-snake-case: a resource, data source, module, variable or output whose name is
//! not lower-case words joined by underscores.

use super::module_source::once_each;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::terraform::Module;

pub(crate) const RULE: RustRule = RustRule {
    id: "TF007",
    check: Check::Terraform(check),
};

/// `[a-z][a-z0-9]*(_[a-z0-9]+)*`.
fn is_snake_case(name: &str) -> bool {
    let mut words = name.split('_');
    let first_ok = words.next().is_some_and(|w| {
        w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    });
    first_ok
        && words.all(|w| {
            !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

fn check(module: &Module, out: &mut Emitter<'_>) {
    let kinds = ["resource", "data", "module", "variable", "output"];
    for block in once_each(module, &kinds) {
        // A resource's and a data source's own name is the second label (the first is the type).
        let (what, name) = match block.kind.as_str() {
            "resource" => ("resource", block.labels.get(1)),
            "data" => ("data source", block.labels.get(1)),
            other => (other, block.labels.first()),
        };
        let Some(name) = name else { continue };
        if is_snake_case(name) {
            continue;
        }
        let object = match block.kind.as_str() {
            "variable" => format!("var.{name}"),
            _ => block.local_address(),
        };
        let file = module.file(block).clone();
        out.report_in(
            &file,
            block.header,
            format!("{what} name `{name}` is not snake_case"),
        )
        .object(object);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn snake_case() {
        for good in ["this", "web", "s3_bucket", "subnet_1a", "v2"] {
            assert!(super::is_snake_case(good), "{good}");
        }
        for bad in ["Web", "webServer", "web-server", "_web", "web_", "web__a", "1web", ""] {
            assert!(!super::is_snake_case(bad), "{bad}");
        }
    }
}
