//! The whole check of one file: parse, evaluate (Terraform), every built-in rule, line/column
//! conversion of every finding. The first byte picks the file kind. A rule that panics is
//! caught by the engine and reported as YOR006; here that is a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};
use yoroi_checks::{Catalog, Document, Engine, Selection, parse_file};
use yoroi_syntax::terraform::ParsedModule;
use yoroi_syntax::terraform::eval::{EvalContext, EvalLimits, NoLoader, RootInputs, evaluate_root};
use yoroi_syntax::{FileKind, SourceFile};

static ENGINE: LazyLock<Engine> = LazyLock::new(|| {
    let catalog = Arc::new(Catalog::builtin().expect("the built-in catalog loads"));
    Engine::new(catalog, &Selection::default()).expect("every rule is enabled")
});

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (name, kind) = match selector % 4 {
        0 => ("Dockerfile", FileKind::Dockerfile),
        1 => ("deploy.yaml", FileKind::Yaml),
        2 => ("main.tf", FileKind::Terraform),
        _ => ("main.tf.json", FileKind::TerraformJson),
    };
    let file = SourceFile::new(name, kind, text.to_string());
    let document = match kind {
        FileKind::Terraform | FileKind::TerraformJson => {
            let parsed = ParsedModule::parse(PathBuf::from("."), vec![file]);
            let limits = EvalLimits {
                max_instances: 1_000,
                max_steps: 200_000,
                ..EvalLimits::default()
            };
            let ctx = EvalContext::new(&NoLoader, limits);
            Document::Terraform(evaluate_root(&parsed, &RootInputs::default(), &ctx))
        }
        _ => parse_file(file),
    };
    let findings = ENGINE.check(&document);
    for finding in &findings {
        assert!(
            finding.rule.meta.id != "YOR006",
            "a rule panicked: {}",
            finding.message
        );
        let _ = finding.file.lines.line_col(&finding.file.text, finding.span.start());
        assert!(finding.span.end() <= finding.file.text.len());
    }
});
