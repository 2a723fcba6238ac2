use super::*;
use std::collections::HashMap;

struct MapLoader(HashMap<PathBuf, String>);

impl Loader for MapLoader {
    fn read(&self, path: &Path) -> Option<String> {
        self.0.get(path).cloned()
    }
}

fn project(files: &[(&str, &str)]) -> ComposeProject {
    let loader = MapLoader(
        files
            .iter()
            .map(|(p, t)| (PathBuf::from(p), t.to_string()))
            .collect(),
    );
    let (path, text) = files[0];
    let file = SourceFile::new(path, FileKind::Yaml, text.to_string());
    parse(file, YamlLimits::default(), &loader)
}

fn line_of(file: &SourceFile, node: &Node) -> usize {
    match &node.origin {
        Some(o) => o.file.lines.line_of(o.span.start()) + 1,
        None => file.lines.line_of(node.span.start()) + 1,
    }
}

#[test]
fn names_and_content() {
    assert!(is_compose_name("docker-compose.prod.yml"));
    assert!(is_compose_name("compose.yaml"));
    assert!(!is_compose_name("deploy.yaml"));
    assert!(looks_like_compose("services:\n  web:\n    image: x\n"));
    assert!(!looks_like_compose(
        "apiVersion: v1\nkind: Pod\nservices:\n"
    ));
    assert!(!looks_like_compose("name: x\n"));
    assert!(!looks_like_compose(
        "services:\n  - docker:dind\nbuild:\n  script: make\n"
    ));
    assert!(looks_like_compose(
        "# stack\nservices:\n\n  # the app\n  app:\n    image: x\n"
    ));
}

#[test]
fn interpolation_with_env_file() {
    let p = project(&[
        (
            "app/compose.yml",
            "services:\n  web:\n    image: nginx:${TAG}\n    privileged: ${PRIV:-true}\n    user: ${USER_ID}\n    command: echo $$HOME\n    read_only: ${RO:?set it}\n",
        ),
        ("app/.env", "TAG=1.25 # pinned\nexport RO=false\n"),
    ]);
    let web = &p.service("web").unwrap().node;
    assert_eq!(web.get("image").unwrap().as_str(), Some("nginx:1.25"));
    assert_eq!(web.get("privileged").unwrap().as_bool(), Some(true));
    assert!(web.get("user").unwrap().is_unknown());
    assert_eq!(web.get("command").unwrap().as_str(), Some("echo $HOME"));
    assert_eq!(web.get("read_only").unwrap().as_bool(), Some(false));
}

#[test]
fn short_syntax_is_normalised() {
    let p = project(&[(
        "compose.yml",
        "services:\n  web:\n    ports:\n      - 80\n      - \"127.0.0.1:8080:80/tcp\"\n      - \"[::1]:22:22\"\n      - 3000:3000\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n      - data:/data\n      - /mnt:/mnt:rshared\n    environment:\n      - A=1\n      - B\n    sysctls: [net.core.somaxconn=1024]\n",
    )]);
    let web = &p.service("web").unwrap().node;
    let ports: Vec<&Node> = web.get("ports").unwrap().items().collect();
    assert_eq!(ports[0].get("target").unwrap().as_i64(), Some(80));
    assert!(ports[0].get("published").is_none());
    assert_eq!(ports[1].get("host_ip").unwrap().as_str(), Some("127.0.0.1"));
    assert_eq!(ports[1].get("published").unwrap().as_i64(), Some(8080));
    assert_eq!(ports[1].get("protocol").unwrap().as_str(), Some("tcp"));
    assert_eq!(ports[2].get("host_ip").unwrap().as_str(), Some("::1"));
    assert_eq!(ports[3].get("published").unwrap().as_i64(), Some(3000));
    let volumes: Vec<&Node> = web.get("volumes").unwrap().items().collect();
    assert_eq!(volumes[0].get("type").unwrap().as_str(), Some("bind"));
    assert_eq!(volumes[0].get("read_only").unwrap().as_bool(), Some(true));
    assert_eq!(volumes[1].get("type").unwrap().as_str(), Some("volume"));
    assert_eq!(
        volumes[2].at("bind.propagation").unwrap().as_str(),
        Some("rshared")
    );
    let env = web.get("environment").unwrap();
    assert_eq!(env.get("A").unwrap().as_str(), Some("1"));
    assert!(env.get("B").unwrap().is_unknown());
    assert_eq!(
        web.get("sysctls")
            .unwrap()
            .get("net.core.somaxconn")
            .unwrap()
            .as_str(),
        Some("1024")
    );
}

#[test]
fn extends_same_and_other_file_and_anchors() {
    let p = project(&[
        (
            "compose.yml",
            "x-common: &common\n  restart: always\n  cap_add: [NET_ADMIN]\nservices:\n  base:\n    <<: *common\n    privileged: true\n  web:\n    extends: base\n    cap_add: [SYS_TIME]\n  api:\n    extends:\n      file: ./common/base.yml\n      service: core\n    image: api\n",
        ),
        (
            "common/base.yml",
            "services:\n  core:\n    image: core\n    pid: host\n",
        ),
    ]);
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    let web = &p.service("web").unwrap().node;
    assert_eq!(web.get("privileged").unwrap().as_bool(), Some(true));
    assert_eq!(web.get("restart").unwrap().as_str(), Some("always"));
    assert_eq!(web.get("cap_add").unwrap().items().count(), 2);
    let api = &p.service("api").unwrap().node;
    assert_eq!(api.get("image").unwrap().as_str(), Some("api"));
    let pid = api.get("pid").unwrap();
    assert_eq!(pid.as_str(), Some("host"));
    let origin = pid.origin.as_ref().unwrap();
    assert!(origin.file.path.ends_with("common/base.yml"));
    assert_eq!(line_of(&p.file, pid), 4);
}

#[test]
fn override_file_merges_and_is_judged_through_its_base() {
    let files = [
        (
            "compose.yml",
            "services:\n  web:\n    image: web\n    ports: [\"8080:80\"]\n",
        ),
        (
            "compose.override.yml",
            "services:\n  web:\n    privileged: true\n    ports: [\"127.0.0.1:8080:80\"]\n  db:\n    image: db\n",
        ),
    ];
    let p = project(&files);
    let web = &p.service("web").unwrap().node;
    assert_eq!(line_of(&p.file, web.get("privileged").unwrap()), 3);
    let ports: Vec<&Node> = web.get("ports").unwrap().items().collect();
    assert_eq!(ports.len(), 1);
    assert_eq!(ports[0].get("host_ip").unwrap().as_str(), Some("127.0.0.1"));
    assert!(p.service("db").is_some());
    let o = project(&[files[1], files[0]]);
    assert!(o.override_of.is_some());
    assert!(o.services.is_empty());
}

#[test]
fn broken_extends_are_errors() {
    let p = project(&[(
        "compose.yml",
        "services:\n  a:\n    extends: b\n  c:\n    extends: c\n  d:\n    extends: {file: missing.yml, service: x}\n",
    )]);
    assert_eq!(p.errors.len(), 3, "{:?}", p.errors);
}

#[test]
fn include_short_and_long_forms_nested_with_their_own_variables() {
    let p = project(&[
        (
            "app/compose.yml",
            "include:\n  - db/compose.yml\n  - path: [cache/base.yml, cache/prod.yml]\n    env_file: cache/vars.env\nservices:\n  web:\n    image: web\n",
        ),
        (
            "app/db/compose.yml",
            "include:\n  - ../metrics.yml\nservices:\n  db:\n    image: postgres:${PG}\n    privileged: true\n",
        ),
        ("app/db/.env", "PG=16\n"),
        (
            "app/metrics.yml",
            "services:\n  metrics:\n    image: prom:${PG}\n",
        ),
        (
            "app/cache/base.yml",
            "services:\n  cache:\n    image: redis:${REDIS}\n",
        ),
        ("app/cache/prod.yml", "services:\n  cache:\n    pid: host\n"),
        ("app/cache/vars.env", "REDIS=7\n"),
    ]);
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    let names: Vec<&str> = p.services.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["web", "db", "metrics", "cache"]);
    let db = p.service("db").unwrap();
    assert!(db.file.path.ends_with("app/db/compose.yml"));
    assert!(db.merged);
    assert_eq!(db.node.get("image").unwrap().as_str(), Some("postgres:16"));
    let privileged = db.node.get("privileged").unwrap();
    assert!(
        privileged
            .origin
            .as_ref()
            .unwrap()
            .file
            .path
            .ends_with("app/db/compose.yml")
    );
    assert_eq!(line_of(&p.file, privileged), 6);
    // The nested file's variables are its own project's: `PG` is not set there.
    let metrics = p.service("metrics").unwrap();
    assert!(metrics.node.get("image").unwrap().is_unknown());
    let cache = &p.service("cache").unwrap().node;
    assert_eq!(cache.get("image").unwrap().as_str(), Some("redis:7"));
    assert_eq!(cache.get("pid").unwrap().as_str(), Some("host"));
}

#[test]
fn include_cycles_conflicts_missing_and_remote_files_are_errors() {
    let p = project(&[
        (
            "compose.yml",
            "include:\n  - a.yml\n  - missing.yml\n  - oci://registry.example.com/stack:1\n  - path: git@github.com:org/stack.git\nservices:\n  web:\n    image: web\nvolumes:\n  data: {}\n",
        ),
        (
            "a.yml",
            "include:\n  - b.yml\nservices:\n  web:\n    image: other\nvolumes:\n  data: {}\n",
        ),
        (
            "b.yml",
            "include:\n  - a.yml\nservices:\n  b:\n    image: b\n",
        ),
    ]);
    let messages: Vec<(usize, bool, &str)> = p
        .errors
        .iter()
        .map(|e| {
            (
                e.file.lines.line_of(e.span.start()) + 1,
                e.remote,
                e.message.as_str(),
            )
        })
        .collect();
    assert!(
        messages
            .iter()
            .any(|(l, r, m)| *l == 2 && !r && m.contains("loops") && m.contains("b.yml")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|(l, _, m)| *l == 7 && m.contains("service `web` is defined here")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|(l, _, m)| *l == 10 && m.contains("volume `data`")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|(l, r, m)| *l == 3 && !r && m.contains("missing.yml")),
        "{messages:?}"
    );
    assert_eq!(
        messages.iter().filter(|(_, r, _)| *r).count(),
        2,
        "{messages:?}"
    );
    // The including file's own service stays; the included one is left out.
    assert_eq!(
        p.service("web")
            .unwrap()
            .node
            .get("image")
            .unwrap()
            .as_str(),
        Some("web")
    );
    assert!(p.service("b").is_some());
}

#[test]
fn a_lattice_of_includes_stays_bounded() {
    // Each level includes the next twice: 2^20 reads without a budget.
    let texts: Vec<(String, String)> = (0..20)
        .map(|i| {
            (
                format!("l{i}.yml"),
                format!(
                    "include:\n  - l{n}.yml\n  - path: l{n}.yml\nservices:\n  s{i}:\n    image: x\n",
                    n = i + 1
                ),
            )
        })
        .collect();
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let p = project(&files);
    assert!(
        p.errors.iter().any(|e| e.message.contains("more than")),
        "{:?}",
        p.errors.len()
    );
}
