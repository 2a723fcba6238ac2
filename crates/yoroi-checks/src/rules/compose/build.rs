//! What a service's own Dockerfile (`build:`) says about how its image runs.

use crate::rules::dockerfile::{defaults_to_unprivileged, stages};
use yoroi_syntax::Span;
use yoroi_syntax::compose::BuildFile;
use yoroi_syntax::dockerfile::Keyword;

/// Who the image's final stage runs as.
pub(crate) enum ImageUser {
    /// Root: `USER root`/`0` (at this span), or no `USER` on a root base (the final `FROM`).
    Root(Span, String),
    /// Someone else, or not known.
    Other,
}

pub(crate) fn image_user(build: &BuildFile) -> ImageUser {
    let df = &build.dockerfile;
    let Some(last) = df.final_stage() else {
        return ImageUser::Other;
    };
    let mut user = None;
    stages::walk_chain(df, last, |_, instruction, scope| {
        if instruction.keyword == Keyword::User {
            let arg = instruction.args.trimmed();
            user = Some((arg.span(), arg.text.clone(), scope.resolve(&arg.text)));
        }
    });
    match user {
        Some((span, written, Some(resolved))) => {
            let name = resolved.split(':').next().unwrap_or("").trim();
            if name == "root" || name == "0" {
                ImageUser::Root(span, format!("`USER {written}`"))
            } else {
                ImageUser::Other
            }
        }
        Some((_, _, None)) => ImageUser::Other,
        None if defaults_to_unprivileged(stages::root_image(df, last)) => ImageUser::Other,
        None => ImageUser::Root(
            last.image.span,
            format!("no `USER`, and `{}` runs as root", last.image.text),
        ),
    }
}

/// The span of the final stage's effective `HEALTHCHECK` (`None` when it has none, or `NONE`).
pub(crate) fn healthcheck(build: &BuildFile) -> Option<Span> {
    let df = &build.dockerfile;
    let last = df.final_stage()?;
    let mut found = None;
    stages::walk_chain(df, last, |_, instruction, _| {
        if instruction.keyword == Keyword::Healthcheck {
            let none = instruction
                .args
                .trimmed()
                .text
                .trim()
                .eq_ignore_ascii_case("none");
            found = (!none).then_some(instruction.span);
        }
    });
    found
}
