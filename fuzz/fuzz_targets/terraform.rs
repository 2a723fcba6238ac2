//! HCL parsing and Terraform evaluation of a one-file module (`main.tf`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use yoroi_syntax::terraform::ParsedModule;
use yoroi_syntax::terraform::eval::{EvalContext, EvalLimits, NoLoader, RootInputs, evaluate_root};
use yoroi_syntax::{FileKind, SourceFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = SourceFile::new("main.tf", FileKind::Terraform, text.to_string());
    let parsed = ParsedModule::parse(PathBuf::from("."), vec![file]);
    // Smaller budgets than the CLI's, so one input stays well under libFuzzer's timeout.
    let limits = EvalLimits {
        max_instances: 1_000,
        max_steps: 200_000,
        ..EvalLimits::default()
    };
    let ctx = EvalContext::new(&NoLoader, limits);
    let module = evaluate_root(&parsed, &RootInputs::default(), &ctx);
    // Blocks of this file (not of a called module) have spans inside it.
    for block in module.blocks.iter().filter(|b| b.file == 0 && b.module_path.is_empty()) {
        assert!(block.header.end() <= text.len());
    }
});
