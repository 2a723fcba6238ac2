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

#[test]
fn check_directive_is_structured() {
    let text = "# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended, StageNameCasing;error=true\nFROM alpine:3.20\n";
    let df = parse(text);
    let checks = df.check_directive().unwrap();
    assert_eq!(checks.skip, ["JSONArgsRecommended", "StageNameCasing"]);
    assert!(checks.error);
    assert!(checks.skips("jsonargsrecommended"));
    assert!(!checks.skips("FromAsCasing"));
    assert!(CheckDirective::parse("skip=all").unwrap().skips("Anything"));
    assert_eq!(CheckDirective::parse("error=maybe"), None);
    assert_eq!(CheckDirective::parse("nonsense"), None);
}

#[test]
fn only_known_directives_and_only_at_the_top() {
    // An unknown directive is a comment and ends the directive block.
    let df = parse("# foo=bar\n# escape=`\nFROM alpine\n");
    assert!(df.directives.is_empty());
    assert_eq!(df.escape, '\\');
    // After an instruction, `# escape=` is a plain comment.
    let df = parse("FROM alpine\n# escape=`\nRUN echo \\\n  hi\n");
    assert_eq!(df.escape, '\\');
    assert_eq!(df.instructions[1].args.text, "echo    hi");
    // A repeated directive is an error.
    let df = parse("# escape=`\n# escape=\\\nFROM alpine\n");
    assert_eq!(df.errors.len(), 1);
    assert_eq!(df.escape, '`');
}

#[test]
fn empty_continuation_lines_are_recorded() {
    let text = "FROM alpine\nRUN apk add \\\n\n    # a comment\n    curl \\\n   \n    git\nRUN echo done \\\n\n";
    let df = parse(text);
    let run = &df.instructions[1];
    assert_eq!(run.args.text, "apk add      curl      git");
    assert_eq!(run.empty_continuation_lines.len(), 2);
    assert_eq!(slice(text, run.empty_continuation_lines[1]), "   ");
    // Blank lines after a trailing continuation at the end of the file are not inside it.
    assert!(df.instructions[2].empty_continuation_lines.is_empty());
}

#[test]
fn run_copy_add_flags() {
    let text = r#"FROM alpine:3.20 AS build
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc --network=none --security=insecure \
    npm ci
COPY --from=build --chown=app:app --chmod=0755 --link /out/ /srv/
ADD --checksum=sha256:abc https://example.com/x.tar.gz /tmp/
COPY --from=0 /a /b
COPY --from=nginx:1.27 /etc/nginx /etc/nginx
"#;
    let df = parse(text);
    assert!(df.errors.is_empty(), "{:?}", df.errors);
    let run = &df.instructions[1];
    let names: Vec<_> = run.flags.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["mount", "network", "security"]);
    assert_eq!(run.flag("network").unwrap().value.as_deref(), Some("none"));
    assert_eq!(run.script.as_ref().unwrap().commands[0].name(), Some("npm"));
    let copy = &df.instructions[2];
    assert_eq!(copy.flags.len(), 4);
    assert_eq!(copy.flag("chmod").unwrap().value.as_deref(), Some("0755"));
    assert!(copy.flag("link").unwrap().value.is_none());
    assert_eq!(slice(text, copy.flag("link").unwrap().span), "--link");
    let words: Vec<_> = copy.words(df.escape).into_iter().map(|w| w.text).collect();
    assert_eq!(words, ["/out/", "/srv/"]);
    let add = &df.instructions[3];
    assert_eq!(
        add.flag("checksum").unwrap().value.as_deref(),
        Some("sha256:abc")
    );
    assert_eq!(df.copy_source("BUILD"), Some(CopySource::Stage(0)));
    assert_eq!(df.copy_source("0"), Some(CopySource::Stage(0)));
    assert_eq!(
        df.copy_source("3"),
        Some(CopySource::MissingIndex("3".into()))
    );
    assert_eq!(
        df.copy_source("nginx:1.27"),
        Some(CopySource::Image("nginx:1.27".into()))
    );
}

#[test]
fn stage_graph_with_global_args() {
    let text = r#"ARG VARIANT=bookworm
ARG BASE=debian:${VARIANT}-slim
ARG STAGE
FROM ${BASE} AS base
FROM base AS build
ARG VARIANT
RUN echo $VARIANT
FROM ${IMAGE:-build} AS test
FROM $STAGE
"#;
    let df = parse(text);
    assert_eq!(df.stages.len(), 4);
    assert_eq!(
        df.stages[0].image.resolved.as_deref(),
        Some("debian:bookworm-slim")
    );
    assert_eq!(df.stages[1].parent_stage, Some(0));
    assert_eq!(df.stages[2].parent_stage, Some(1));
    assert_eq!(df.stages[3].image.resolved, None);
    assert_eq!(df.instructions[0].stage, None);
    assert_eq!(df.instructions[5].stage, Some(1));
    assert_eq!(df.copy_source("${STAGE}"), None);
}

#[test]
fn onbuild_triggers_docker_refuses_still_parse() {
    let text = "FROM alpine\nONBUILD FROM busybox\nONBUILD MAINTAINER me\nONBUILD ONBUILD RUN x\nONBUILD BOGUS x\n";
    let df = parse(text);
    let kinds: Vec<_> = df
        .instructions
        .iter()
        .filter_map(|i| i.trigger.as_ref().map(|t| t.keyword))
        .collect();
    assert_eq!(
        kinds,
        [Keyword::From, Keyword::Maintainer, Keyword::Onbuild]
    );
    assert_eq!(df.stages.len(), 1, "a trigger's FROM starts no stage");
    assert_eq!(df.errors.len(), 1);
}

#[test]
fn backtick_escape_heredoc_and_json_forms() {
    let text = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN Write-Host `\n    C:\\path\\ `\n    done\nCMD [\"C:\\\\app.exe\"]\nENTRYPOINT app.exe --x\n";
    let df = parse(text);
    assert!(df.errors.is_empty(), "{:?}", df.errors);
    assert_eq!(df.instructions[1].form, Form::Json);
    assert_eq!(
        df.instructions[2].args.text,
        "Write-Host      C:\\path\\      done"
    );
    assert_eq!(df.instructions[3].json[0].text, "C:\\app.exe");
    assert_eq!(df.instructions[4].form, Form::Shell);
    let text = "FROM alpine\nRUN <<-EOT bash -e\n\tset -o pipefail\n\tEOT\nCOPY <<A <<-B /etc/\na\nA\n\tb\n\tB\n";
    let df = parse(text);
    assert!(df.errors.is_empty(), "{:?}", df.errors);
    assert!(df.instructions[1].heredocs[0].strip_tabs);
    assert_eq!(df.instructions[2].heredocs.len(), 2);
    assert_eq!(
        slice(text, df.instructions[2].heredocs[1].body_span),
        "\tb\n"
    );
}

#[test]
fn variable_references() {
    let names = |t: &str| -> Vec<(String, bool)> {
        references(t, '\\')
            .into_iter()
            .map(|r| (r.name, r.handles_unset))
            .collect()
    };
    assert_eq!(
        names("$A/${B}:${C:-$D} '$E' \\$F ${G:+x}"),
        [
            ("A".to_string(), false),
            ("B".to_string(), false),
            ("C".to_string(), true),
            ("D".to_string(), false),
            ("G".to_string(), true),
        ]
    );
    let r = &references("x ${VERSION}y", '\\')[0];
    assert_eq!((r.start, r.end), (2, 12));
    assert!(names("$1 $$ ${} a$").is_empty());
}
