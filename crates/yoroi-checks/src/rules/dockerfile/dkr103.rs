//! DKR103 bashism-in-posix-sh: bash-only syntax (`[[ ]]`, `==` in `[`, `source`, arrays,
//! `function`, `&>`, `$'…'`, `<<<`, brace expansion, `${v//a/b}`) in a `RUN` that `/bin/sh` runs
//! on a base image whose `/bin/sh` is not bash (Debian, Ubuntu, Alpine/BusyBox).

use super::shellast::{command_name, each_run, shell_of, walk, written_sources};
use super::stages::{Run, object, root_image};
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};
use tree_sitter::Node;
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::shell::Source;
use yoroi_syntax::dockerfile::image_parts;

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR103",
    check: Check::Dockerfile(check),
};

/// What `/bin/sh` is on the base image.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sh {
    /// bash (the Red Hat family, SUSE, Arch): bashisms work.
    Bash,
    /// BusyBox ash: most bashisms work, arrays and brace expansion do not.
    Ash,
    /// dash (Debian, Ubuntu, and the images built on them) or unknown distribution.
    Dash,
}

fn base_sh(reference: &str) -> Sh {
    let lower = reference.to_ascii_lowercase();
    let parts = image_parts(&lower);
    let name = parts.name.rsplit('/').next().unwrap_or(parts.name);
    let tag = parts.tag.unwrap_or("");
    if name == "alpine" || name == "busybox" || tag.contains("alpine") || tag.contains("busybox")
    {
        return Sh::Ash;
    }
    const BASH_SH: &[&str] = &[
        "centos",
        "rhel",
        "ubi",
        "fedora",
        "amazonlinux",
        "amazoncorretto",
        "rockylinux",
        "almalinux",
        "oraclelinux",
        "opensuse",
        "sles",
        "archlinux",
        "photon",
        "cbl-mariner",
        "azurelinux",
        "mageia",
    ];
    if BASH_SH
        .iter()
        .any(|b| parts.name.contains(b) || tag.contains(b))
    {
        return Sh::Bash;
    }
    Sh::Dash
}

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    each_run(ctx, |stage, run, scope| {
        let Some(reference) = root_image(df, stage).effective() else {
            return;
        };
        let sh = base_sh(reference);
        if sh == Sh::Bash {
            return;
        }
        report_run(run, scope, sh, out, df);
    });
}

fn report_run(
    run: &Run<'_>,
    scope: &super::stages::Scope,
    sh: Sh,
    out: &mut Emitter<'_>,
    df: &yoroi_syntax::dockerfile::Dockerfile,
) {
    for (index, source) in written_sources(run) {
        let shell = shell_of(run.script, index, scope);
        if !matches!(shell.as_str(), "sh" | "dash" | "ash") {
            continue;
        }
        let mut found: Vec<(Span, &'static str)> = Vec::new();
        walk(source.tree.root_node(), &mut |node| {
            if let Some(what) = bashism(source, node, sh) {
                if !found.iter().any(|(_, w)| *w == what) {
                    found.push((source.node_span(node), what));
                }
                return false;
            }
            true
        });
        for (span, what) in found {
            let finding = out.report(
                span,
                format!(
                    "{what} is bash syntax, but this RUN runs under `/bin/sh`, which is not bash on this base image"
                ),
            );
            if let Some(o) = object(df, run.instruction.stage) {
                finding.object(o);
            }
        }
    }
}

fn first_token<'s>(source: &'s Source, node: Node<'_>) -> &'s str {
    node.child(0).map(|c| source.node_text(c)).unwrap_or("")
}

fn bashism(source: &Source, node: Node<'_>, sh: Sh) -> Option<&'static str> {
    let ash = sh == Sh::Ash;
    match node.kind() {
        "variable_assignment"
            if node
                .child_by_field_name("value")
                .is_some_and(|v| v.kind() == "array") =>
        {
            Some("an array assignment `a=(…)`")
        }
        "brace_expression" => Some("brace expansion `{a..b}`"),
        "concatenation" if is_brace_list(source, node) => Some("brace expansion `{a,b}`"),
        _ if ash => None,
        "test_command" if first_token(source, node) == "[[" => Some("`[[ … ]]`"),
        "test_command" => {
            let mut cursor = node.walk();
            let double = node.named_children(&mut cursor).any(|c| {
                c.kind() == "binary_expression"
                    && c.child_by_field_name("operator")
                        .or_else(|| c.child(1))
                        .is_some_and(|o| source.node_text(o) == "==")
            });
            double.then_some("`==` inside `[ … ]`")
        }
        "command" => match command_name(source, node) {
            Some("source") => Some("`source`"),
            Some("let") => Some("`let`"),
            Some("test")
                if {
                    let mut cursor = node.walk();
                    node.children_by_field_name("argument", &mut cursor)
                        .any(|a| source.node_text(a) == "==")
                } =>
            {
                Some("`==` in `test`")
            }
            _ => None,
        },
        "function_definition" if first_token(source, node) == "function" => {
            Some("the `function` keyword")
        }
        "file_redirect" if matches!(first_token(source, node), "&>" | "&>>") => {
            Some("the `&>` redirection (under sh it runs the command in the background)")
        }
        "herestring_redirect" => Some("a here-string `<<<`"),
        "c_style_for_statement" => Some("a C-style `for ((…))` loop"),
        "pipeline" => {
            let mut cursor = node.walk();
            let both = node
                .children(&mut cursor)
                .any(|c| !c.is_named() && source.node_text(c) == "|&");
            both.then_some("the `|&` pipe")
        }
        "ansi_c_string" => Some("`$'…'` quoting"),
        "process_substitution" => Some("process substitution `<(…)`"),
        "declaration_command" if matches!(first_token(source, node), "declare" | "typeset") => {
            Some("`declare`/`typeset`")
        }
        "expansion" => {
            let text = source.node_text(node);
            let inner = text.trim_start_matches("${");
            if inner.starts_with('!') {
                return Some("indirect expansion `${!v}`");
            }
            let mut cursor = node.walk();
            let ops: Vec<&str> = node
                .children(&mut cursor)
                .filter(|c| !c.is_named())
                .map(|c| source.node_text(c))
                .collect();
            if ops.iter().any(|o| matches!(*o, "/" | "//" | "/#" | "/%")) {
                Some("pattern substitution `${v/a/b}`")
            } else if ops.iter().any(|o| matches!(*o, "^" | "^^" | "," | ",,")) {
                Some("case conversion `${v^^}`")
            } else if ops.first() == Some(&"${") && ops.get(1) == Some(&":") {
                Some("substring expansion `${v:1:2}`")
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `{a,b}` outside quotes: tree-sitter-bash reads it as a concatenation of `{`, `a,b`, `}`.
fn is_brace_list(source: &Source, node: Node<'_>) -> bool {
    let mut cursor = node.walk();
    let parts: Vec<Node<'_>> = node.children(&mut cursor).collect();
    parts.windows(3).any(|w| {
        w[0].kind() == "word"
            && source.node_text(w[0]) == "{"
            && w[1].kind() == "word"
            && source.node_text(w[1]).contains(',')
            && w[2].kind() == "word"
            && source.node_text(w[2]) == "}"
    })
}
