//! The Dockerfile reader and the shell parser of every `RUN`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let dockerfile = yoroi_syntax::dockerfile::parse(text);
        // Every span must lie inside the text.
        for error in &dockerfile.errors {
            assert!(error.span.end() <= text.len());
        }
    }
});
