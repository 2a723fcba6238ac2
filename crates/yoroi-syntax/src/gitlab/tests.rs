//! Parsing one file, loading a configuration with its local includes, merging.

use super::*;
use crate::source::FileKind;

fn parse_text(text: &str) -> GitlabCi {
    let file = SourceFile::new(".gitlab-ci.yml", FileKind::GitlabCi, text.to_string());
    parse(&file, YamlLimits::default())
}

#[test]
fn reads_jobs_scripts_includes_and_extends() {
    let text = "include:\n  - local: /ci/build.yml\n  - project: group/tools\n    ref: main\n    file: /t.yml\n  - 'https://example.com/x.yml'\nvariables:\n  A: one\n.base:\n  image: alpine:3.20\n  variables:\n    B: two\n  script:\n    - echo base\njob:\n  extends: .base\n  variables:\n    A: three\n  script:\n    - echo \"$A\" && make\n    - - nested\n    - !reference [.base, script]\n";
    let ci = parse_text(text);
    assert_eq!(ci.includes.len(), 3);
    assert_eq!(ci.includes[0].kind, IncludeKind::Local);
    assert_eq!(ci.includes[1].git_ref.as_ref().unwrap().0, "main");
    assert_eq!(ci.includes[2].kind, IncludeKind::Remote);
    assert_eq!(ci.jobs.len(), 2);
    let job = ci.job("job").unwrap();
    assert!(!job.hidden);
    assert_eq!(job.scripts.len(), 2);
    let line = &job.scripts[0];
    assert_eq!(line.script.commands.len(), 2);
    assert_eq!(&text[line.script.commands[1].span.range()], "make");
    let image = ci.lookup(job, "image").node().unwrap();
    assert_eq!(image.as_str(), Some("alpine:3.20"));
    let vars: Vec<&str> = ci.variables_of(job).iter().map(|(k, _)| *k).collect();
    assert_eq!(vars, ["B", "A"]);
    assert_eq!(
        local_include_paths(text, YamlLimits::default()),
        ["/ci/build.yml"]
    );
}

#[test]
fn unknown_templates_make_lookups_unknown() {
    let ci = parse_text("job:\n  extends: .elsewhere\n  script: make\n");
    let job = ci.job("job").unwrap();
    assert!(matches!(ci.lookup(job, "rules"), Lookup::Unknown));
    assert_eq!(job.scripts.len(), 1);
}

/// Files served from memory, as a repository would hold them.
struct Files(Vec<(&'static str, &'static str)>);

impl Loader for Files {
    fn read(&self, path: &std::path::Path) -> Option<String> {
        self.0
            .iter()
            .find(|(p, _)| std::path::Path::new(p) == path)
            .map(|(_, t)| t.to_string())
    }

    fn files_under(&self, dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        self.0
            .iter()
            .map(|(p, _)| std::path::PathBuf::from(p))
            .filter(|p| p.starts_with(dir))
            .collect()
    }
}

fn load_files(files: Vec<(&'static str, &'static str)>) -> GitlabCi {
    let (path, text) = files[0];
    let file = SourceFile::new(path, FileKind::GitlabCi, text.to_string());
    load(&file, YamlLimits::default(), &Files(files))
}

fn line_of(ci: &GitlabCi, node: &Node) -> (String, u32) {
    let file = file_of(node, &ci.file);
    (
        file.display().to_string(),
        file.lines.line_col(&file.text, node.span.start()).line,
    )
}

#[test]
fn extends_resolves_a_template_of_an_included_file() {
    let ci = load_files(vec![
        (
            "repo/.gitlab-ci.yml",
            "include:\n  - local: /ci/templates.yml\ndeploy:\n  extends: .deploy\n  script: make\n",
        ),
        (
            "repo/ci/templates.yml",
            ".deploy:\n  image: alpine:latest\n  script: never\n",
        ),
    ]);
    assert!(ci.include_errors.is_empty(), "{:?}", ci.include_errors);
    assert_eq!(ci.included.len(), 1);
    let job = ci.job("deploy").unwrap();
    let image = ci.lookup(job, "image").node().unwrap();
    assert_eq!(image.as_str(), Some("alpine:latest"));
    assert_eq!(
        line_of(&ci, image),
        ("repo/ci/templates.yml".to_string(), 2)
    );
    let template = ci.job(".deploy").unwrap();
    assert_eq!(template.file.display(), "repo/ci/templates.yml");
    // The job's own script wins over the template's, and stays in the configuration.
    let lines = ci.script_lines_of(job);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].text, "make");
    assert_eq!(lines[0].file.display(), "repo/.gitlab-ci.yml");
}

#[test]
fn the_including_file_wins_a_deep_merge_and_variables_cross_files() {
    let ci = load_files(vec![
        (
            ".gitlab-ci.yml",
            "include:\n  - ci/a.yml\n  - ci/b.yml\nvariables:\n  MODE: main\nbuild:\n  variables:\n    LEVEL: main\n",
        ),
        (
            "ci/a.yml",
            "variables:\n  MODE: a\n  FROM_A: a\nbuild:\n  image: a:1\n  variables:\n    LEVEL: a\n    KEEP: a\n  script: [make]\n",
        ),
        (
            "ci/b.yml",
            "variables:\n  FROM_A: b\ndefault:\n  image: b:2\nbuild:\n  image: b:1\ntest:\n  script: [test]\n",
        ),
    ]);
    assert!(ci.include_errors.is_empty(), "{:?}", ci.include_errors);
    let names: Vec<&str> = ci.jobs.iter().map(|j| j.name.as_str()).collect();
    assert_eq!(names, ["build", "test"]);
    let build = ci.job("build").unwrap();
    // Later includes win over earlier ones, the configuration over both; mappings merge.
    assert_eq!(
        ci.lookup(build, "image").node().unwrap().as_str(),
        Some("b:1")
    );
    assert_eq!(build.file.display(), ".gitlab-ci.yml");
    let vars: Vec<(&str, Option<&str>)> = ci
        .variables_of(build)
        .into_iter()
        .map(|(k, v)| (k, v.as_str()))
        .collect();
    assert!(vars.contains(&("MODE", Some("main"))));
    assert!(vars.contains(&("FROM_A", Some("b"))));
    assert!(vars.contains(&("LEVEL", Some("main"))));
    assert!(vars.contains(&("KEEP", Some("a"))));
    // `default:` of an included file reaches a job of another file.
    let test = ci.job("test").unwrap();
    let image = ci.lookup(test, "image").node().unwrap();
    assert_eq!(line_of(&ci, image), ("ci/b.yml".to_string(), 4));
    assert_eq!(test.scripts[0].file.display(), "ci/b.yml");
}

#[test]
fn nested_includes_are_relative_to_the_project_root() {
    let ci = load_files(vec![
        ("p/.gitlab-ci.yml", "include: /ci/one.yml\n"),
        (
            "p/ci/one.yml",
            "include:\n  - local: ci/two.yml\n.one: {}\n",
        ),
        ("p/ci/two.yml", "two:\n  script: [x]\n"),
    ]);
    assert!(ci.include_errors.is_empty(), "{:?}", ci.include_errors);
    assert_eq!(ci.included.len(), 2);
    assert!(ci.job("two").is_some());
    // Every file's `include:` entries are listed, each in its file.
    assert_eq!(ci.includes.len(), 2);
    assert_eq!(ci.includes[0].file.display(), "p/ci/one.yml");
}

#[test]
fn a_cycle_and_a_missing_file_are_errors_at_the_entry() {
    let ci = load_files(vec![
        (
            ".gitlab-ci.yml",
            "include:\n  - local: a.yml\n  - local: missing.yml\n",
        ),
        ("a.yml", "include: b.yml\na: {script: [a]}\n"),
        ("b.yml", "include: a.yml\nb: {script: [b]}\n"),
    ]);
    assert!(ci.job("a").is_some() && ci.job("b").is_some());
    assert_eq!(ci.include_errors.len(), 2, "{:?}", ci.include_errors);
    let cycle = &ci.include_errors[0];
    assert_eq!(cycle.file.display(), "b.yml");
    assert!(cycle.message.contains("loops"), "{}", cycle.message);
    assert_eq!(&cycle.file.text[cycle.span.range()], "a.yml");
    let missing = &ci.include_errors[1];
    assert_eq!(missing.file.display(), ".gitlab-ci.yml");
    assert!(missing.message.contains("cannot read"));
    assert_eq!(
        missing
            .file
            .lines
            .line_col(&missing.file.text, missing.span.start())
            .line,
        3
    );
}

#[test]
fn wildcards_follow_gitlabs_grammar() {
    let files = vec![
        ("r/.gitlab-ci.yml", "include:\n  - local: 'ci/*.yml'\n"),
        ("r/ci/a.yml", "a: {script: [a]}\n"),
        ("r/ci/b.yaml", "b: {script: [b]}\n"),
        ("r/ci/sub/c.yml", "c: {script: [c]}\n"),
        ("r/ci/notes.txt", "not yaml"),
    ];
    let ci = load_files(files.clone());
    let names: Vec<&str> = ci.jobs.iter().map(|j| j.name.as_str()).collect();
    assert_eq!(names, ["a"]);
    let mut deep = files.clone();
    deep[0] = ("r/.gitlab-ci.yml", "include: 'ci/**/*.y*ml'\n");
    let ci = load_files(deep);
    let mut names: Vec<&str> = ci.jobs.iter().map(|j| j.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["a", "b", "c"]);
    let mut none = files;
    none[0] = ("r/.gitlab-ci.yml", "include: 'other/*.yml'\n");
    let ci = load_files(none);
    assert_eq!(ci.include_errors.len(), 1);
}

#[test]
fn includes_stop_at_gitlabs_limits() {
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    // More files than a pipeline may include, side by side.
    let mut list = String::from("include:\n");
    let mut files = Vec::new();
    for i in 0..MAX_INCLUDES + 5 {
        list.push_str(&format!("  - f{i}.yml\n"));
        files.push((
            leak(format!("f{i}.yml")),
            leak(format!("job{i}: {{script: [x]}}\n")),
        ));
    }
    files.insert(0, (".gitlab-ci.yml", leak(list)));
    let ci = load_files(files);
    assert_eq!(ci.included.len(), MAX_INCLUDES);
    assert_eq!(ci.include_errors.len(), 5, "{:?}", ci.include_errors);
    assert!(ci.include_errors[0].message.contains("more than 150 files"));
    // A chain deeper than GitLab nests.
    let mut files = vec![(".gitlab-ci.yml", "include: n0.yml\n")];
    for i in 0..MAX_NESTING + 5 {
        files.push((
            leak(format!("n{i}.yml")),
            leak(format!("include: n{}.yml\n", i + 1)),
        ));
    }
    let ci = load_files(files);
    assert_eq!(ci.include_errors.len(), 1, "{:?}", ci.include_errors);
    assert!(ci.include_errors[0].message.contains("levels deep"));
}

#[test]
fn remote_includes_are_listed_not_read() {
    let ci = load_files(vec![(
        ".gitlab-ci.yml",
        "include:\n  - remote: https://example.com/t.yml\n  - project: g/p\n    file: t.yml\njob:\n  extends: .remote\n",
    )]);
    assert!(ci.included.is_empty() && ci.include_errors.is_empty());
    assert_eq!(ci.includes.len(), 2);
    let job = ci.job("job").unwrap();
    assert!(matches!(ci.lookup(job, "image"), Lookup::Unknown));
}
