//! GLC012 credentials-in-artifacts: `artifacts: paths:` uploads files that hold credentials.

use super::GitlabCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GLC012",
    check: Check::Gitlab(check),
};

/// A path that names a credential file.
pub(crate) fn credential_path(path: &str) -> bool {
    let p = path.trim().trim_end_matches('/').to_ascii_lowercase();
    let name = p.rsplit('/').next().unwrap_or(&p);
    name == ".env"
        || (name.starts_with(".env.") && !name.ends_with(".example") && !name.ends_with(".sample"))
        || matches!(
            name,
            "credentials"
                | "credentials.json"
                | ".npmrc"
                | ".pypirc"
                | ".netrc"
                | ".git-credentials"
                | "kubeconfig"
                | "id_rsa"
                | "id_ed25519"
                | "terraform.tfstate"
                | ".dockercfg"
        )
        || p.ends_with(".docker/config.json")
        || p.ends_with(".kube/config")
        || p.ends_with(".pem")
        || p.ends_with(".key")
        || p.ends_with(".p12")
        || p.ends_with(".tfstate")
        || p == ".docker"
        || p == ".kube"
        || p == ".ssh"
}

fn check(ctx: &GitlabCtx<'_>, out: &mut Emitter<'_>) {
    for job in &ctx.ci.jobs {
        let Some(paths) = job.node.at("artifacts.paths") else {
            continue;
        };
        for p in paths.items() {
            let Some(text) = p.as_str() else { continue };
            if credential_path(text) {
                out.report_in(
                    ctx.file_of(p),
                    p.span,
                    format!("artifact `{text}` holds credentials; anyone who can download the job's artifacts reads them"),
                )
                .object(format!("job {}", job.name));
            }
        }
    }
}
