//! DKR074 empty-continuation-line: a blank line inside a continued instruction.

use super::stages::object;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR074",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    let text = &ctx.file.text;
    for instruction in &df.instructions {
        let lines = &instruction.empty_continuation_lines;
        let Some(&first) = lines.first() else {
            continue;
        };
        let keyword = ctx.file.slice(instruction.keyword_span);
        // Reported at the instruction, as BuildKit does; every blank line is a label and is
        // removed (with its line terminator) by the fix.
        let finding = out.report(
            instruction.keyword_span,
            format!(
                "{keyword} continues across {} empty line(s): Docker will reject this in a future release",
                lines.len()
            ),
        );
        finding.label(first, "empty continuation line");
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
        let edits = lines
            .iter()
            .map(|line| {
                let mut end = line.end();
                if text[end..].starts_with("\r\n") {
                    end += 2;
                } else if text[end..].starts_with('\n') {
                    end += 1;
                }
                Edit {
                    span: Span::new(line.start(), end),
                    replacement: String::new(),
                }
            })
            .collect();
        finding.fix("remove the empty lines", edits);
    }
}
