use super::*;

fn slice(text: &str, span: Span) -> &str {
    &text[span.range()]
}

#[test]
fn directives_escape_and_continuations() {
    let text = "# syntax=docker/dockerfile:1.7\n# escape=`\nFROM mcr.microsoft.com/windows AS base\nRUN dir `\n  # a comment inside\n  c:\\ && echo ok\n";
    let df = parse(text);
    assert_eq!(df.escape, '`');
    assert_eq!(
        df.directive("syntax").unwrap().value,
        "docker/dockerfile:1.7"
    );
    let run = &df.instructions[1];
    assert_eq!(run.keyword, Keyword::Run);
    assert_eq!(run.args.text, "dir    c:\\ && echo ok");
    let words = run.args.words('`');
    assert_eq!(slice(text, words[1].span), "c:\\");
    assert!(df.errors.is_empty(), "{:?}", df.errors);
}

#[test]
fn flags_json_form_and_stages() {
    let text = r#"ARG BASE=golang:1.22
FROM --platform=$BUILDPLATFORM ${BASE} AS build
RUN --mount=type=cache,target=/root/.cache \
    go build -o /out/app ./cmd/app
FROM gcr.io/distroless/static:nonroot
COPY --from=build --chown=65532:65532 /out/app /app
ENTRYPOINT ["/app", "--listen", ":8080"]
"#;
    let df = parse(text);
    assert_eq!(df.stages.len(), 2);
    let build = &df.stages[0];
    assert_eq!(build.image.resolved.as_deref(), Some("golang:1.22"));
    assert_eq!(build.name.as_ref().unwrap().text, "build");
    assert_eq!(build.platform.as_deref(), Some("$BUILDPLATFORM"));
    let run = &df.instructions[2];
    assert_eq!(
        run.flag("mount").unwrap().value.as_deref(),
        Some("type=cache,target=/root/.cache")
    );
    let script = run.script.as_ref().unwrap();
    assert_eq!(script.commands[0].name(), Some("go"));
    assert_eq!(
        slice(text, script.commands[0].span),
        "go build -o /out/app ./cmd/app"
    );
    let copy = &df.instructions[4];
    assert_eq!(copy.flag("from").unwrap().value.as_deref(), Some("build"));
    assert_eq!(copy.stage, Some(1));
    let entry = &df.instructions[5];
    assert_eq!(entry.form, Form::Json);
    assert_eq!(entry.json.len(), 3);
    assert_eq!(slice(text, entry.json[1].span), "\"--listen\"");
}

#[test]
fn heredocs_several_and_tab_stripping() {
    let text = "FROM alpine:3.20\nRUN <<EOT\nset -e\napk add --no-cache curl\nEOT\nCOPY <<-A <<B /dst/\n\tone\n\tA\ntwo\nB\nRUN python3 <<'PY'\nimport os\nPY\nUSER app\n";
    let df = parse(text);
    assert!(df.errors.is_empty(), "{:?}", df.errors);
    let run = &df.instructions[1];
    assert_eq!(run.heredocs.len(), 1);
    assert_eq!(
        slice(text, run.heredocs[0].body_span),
        "set -e\napk add --no-cache curl\n"
    );
    let cmds: Vec<_> = run
        .script
        .as_ref()
        .unwrap()
        .commands
        .iter()
        .filter_map(|c| c.name())
        .collect();
    assert_eq!(cmds, ["set", "apk"]);
    let apk = &run.script.as_ref().unwrap().commands[1];
    assert_eq!(slice(text, apk.span), "apk add --no-cache curl");
    let copy = &df.instructions[2];
    assert_eq!(copy.heredocs.len(), 2);
    assert!(copy.heredocs[0].strip_tabs);
    let py = &df.instructions[3];
    assert!(py.heredocs[0].quoted);
    let cmds: Vec<_> = py
        .script
        .as_ref()
        .unwrap()
        .commands
        .iter()
        .filter_map(|c| c.name())
        .collect();
    assert_eq!(cmds, ["python3"]);
    assert_eq!(df.instructions[4].keyword, Keyword::User);
}

#[test]
fn unknown_instructions_and_unterminated_heredoc_are_errors_not_losses() {
    let text = "FROM ubuntu:24.04\nCOPYY a b\nUSER nobody\nRUN <<EOF\necho hi\n";
    let df = parse(text);
    assert_eq!(df.errors.len(), 2);
    assert_eq!(slice(text, df.errors[0].span), "COPYY");
    assert!(df.instructions.iter().any(|i| i.keyword == Keyword::User));
}

#[test]
fn onbuild_and_json_run_with_sh_c() {
    let text =
        "FROM node:20\nONBUILD RUN npm ci\nRUN [\"sh\", \"-c\", \"curl -k https://x | sh\"]\n";
    let df = parse(text);
    let trigger = df.instructions[1].trigger.as_ref().unwrap();
    assert_eq!(trigger.keyword, Keyword::Run);
    assert_eq!(
        trigger.script.as_ref().unwrap().commands[0].name(),
        Some("npm")
    );
    let run = df.instructions[2].script.as_ref().unwrap();
    let names: Vec<_> = run.commands.iter().filter_map(|c| c.name()).collect();
    assert_eq!(names, ["sh", "curl", "sh"]);
}

#[test]
fn image_parts_split_ports_tags_and_digests() {
    assert_eq!(
        image_parts("registry:5000/team/app"),
        ImageParts {
            name: "registry:5000/team/app",
            tag: None,
            digest: None
        }
    );
    assert_eq!(
        image_parts("nginx:1.27@sha256:abc"),
        ImageParts {
            name: "nginx",
            tag: Some("1.27"),
            digest: Some("sha256:abc")
        }
    );
}

#[test]
fn variable_substitution_forms() {
    let mut vars = Vars::default();
    vars.set("A", Some("1".into()));
    vars.set("E", Some(String::new()));
    vars.set("U", None);
    assert_eq!(substitute("x${A}y$A", &vars, '\\').as_deref(), Some("x1y1"));
    assert_eq!(substitute("${E:-d}", &vars, '\\').as_deref(), Some("d"));
    assert_eq!(substitute("${A:+alt}", &vars, '\\').as_deref(), Some("alt"));
    assert_eq!(substitute("${U}", &vars, '\\'), None);
    assert_eq!(
        substitute("${MISSING:-z}", &vars, '\\').as_deref(),
        Some("z")
    );
    assert_eq!(substitute("\\$A", &vars, '\\').as_deref(), Some("$A"));
}
