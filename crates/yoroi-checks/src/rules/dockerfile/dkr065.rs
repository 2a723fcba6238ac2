//! DKR065 legacy-key-value-format: `ENV KEY value` / `LABEL key value`, the whitespace-separated
//! form that takes the whole rest of the line as one value.

use super::stages::object;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::Keyword;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR065",
    check: Check::Dockerfile(check),
};

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for instruction in &df.instructions {
        if !matches!(instruction.keyword, Keyword::Env | Keyword::Label) {
            continue;
        }
        let words = instruction.args.words(df.escape);
        let Some(key) = words.first() else { continue };
        // `ENV KEY=value` (or a bare `ENV KEY`, which Docker refuses anyway) is not the legacy form.
        if key.text.contains('=') || words.len() < 2 {
            continue;
        }
        let keyword = ctx.file.slice(instruction.keyword_span);
        let finding = out.report(
            key.span,
            format!("legacy `{keyword} {} value` form: write `{keyword} {}=value`", key.text, key.text),
        );
        if let Some(o) = object(df, instruction.stage) {
            finding.object(o);
        }
        // Rewrite when the value is plain text on the same line: no quotes, escapes or line
        // continuation whose meaning would change inside double quotes.
        let args = instruction.args.trimmed();
        let raw = ctx.file.slice(args.span());
        let value = raw[key.text.len().min(raw.len())..].trim();
        let plain = raw == args.text
            && raw.starts_with(&key.text)
            && !value.is_empty()
            && !value.contains(['"', '\'', '\n', '`', '\\']);
        if plain {
            let replacement = if value.contains(char::is_whitespace) {
                format!("{}=\"{value}\"", key.text)
            } else {
                format!("{}={value}", key.text)
            };
            finding.fix(
                format!("write `{}=…`", key.text),
                vec![Edit {
                    span: Span::new(args.span().start(), args.span().end()),
                    replacement,
                }],
            );
        }
    }
}
