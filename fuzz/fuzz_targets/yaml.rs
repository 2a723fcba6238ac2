//! YAML streams into Kubernetes objects (the alias budget and depth cap included).
#![no_main]

use libfuzzer_sys::fuzz_target;
use yoroi_syntax::kubernetes::{K8sObject, PodSpecPaths};
use yoroi_syntax::yaml::{YamlLimits, parse_stream};
use yoroi_syntax::LineIndex;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines = LineIndex::new(text);
    let stream = parse_stream(text, &lines, YamlLimits::default());
    for error in &stream.errors {
        assert!(error.span.end() <= text.len(), "{error:?}");
    }
    let paths = PodSpecPaths::default();
    for document in stream.documents {
        for object in K8sObject::from_document_with(document, &paths) {
            if let Some(pod) = object.pod_spec() {
                let _ = pod.containers().count();
            }
        }
    }
});
