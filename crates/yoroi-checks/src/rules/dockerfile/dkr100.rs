//! DKR100 shell-syntax-error: a `RUN` body the shell cannot parse (an unclosed quote, `done`
//! glued to the last command, `&;`, a capitalised `If`), reported where the parse fails.

use super::shellast::{command_name, walk, written_sources};
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use yoroi_syntax::Span;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR100",
    check: Check::Dockerfile(check),
};

const KEYWORDS: &[&str] = &[
    "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for run in ctx.runs() {
        for (_, source) in written_sources(run) {
            let Some((span, message)) = first_problem(source) else {
                continue;
            };
            let finding = out.report(span, message);
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

fn first_problem(source: &yoroi_syntax::dockerfile::shell::Source) -> Option<(Span, String)> {
    let root = source.tree.root_node();
    let mut found: Option<(Span, String)> = None;
    walk(root, &mut |node| {
        if found.is_some() {
            return false;
        }
        if node.is_missing() {
            found = Some((
                source.node_span(node),
                format!("RUN is not valid shell: missing `{}` here", node.kind()),
            ));
            return false;
        }
        if node.is_error() {
            let text = source.node_text(node);
            let shown: String = text
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(30)
                .collect();
            found = Some((
                source.node_span(node),
                format!("RUN is not valid shell: the shell cannot parse `{shown}`"),
            ));
            return false;
        }
        match node.kind() {
            // `If true; then …`: keywords are lower-case, `If` runs a command and `then` is
            // then unexpected.
            "command" => {
                if let Some(name) = command_name(source, node)
                    && name.chars().any(|c| c.is_ascii_uppercase())
                    && KEYWORDS.contains(&name.to_ascii_lowercase().as_str())
                    && let Some(n) = node.child_by_field_name("name")
                {
                    found = Some((
                        source.node_span(n),
                        format!(
                            "RUN is not valid shell: keywords are lower-case, `{name}` is not `{}`",
                            name.to_ascii_lowercase()
                        ),
                    ));
                    return false;
                }
            }
            // `function foo{ …; }`: without a space the brace belongs to the name.
            "function_definition" => {
                if let Some(name) = node.child_by_field_name("name")
                    && source.text.as_bytes().get(name.end_byte()) == Some(&b'{')
                {
                    found = Some((
                        source.node_span(name),
                        "RUN is not valid shell: `{` must be separated from the function name"
                            .to_string(),
                    ));
                    return false;
                }
            }
            _ => {}
        }
        true
    });
    found
}
