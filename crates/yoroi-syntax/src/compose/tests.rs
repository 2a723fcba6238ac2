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
