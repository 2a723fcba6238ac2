//! What the rules on a Dependabot configuration (`.github/dependabot.yml`) read. They belong to
//! the GitHub Actions domain: the file lives next to the workflows, and its updates open the
//! pull requests those workflows run on.

use crate::options::RuleOptions;
use std::sync::Arc;
use yoroi_syntax::SourceFile;
use yoroi_syntax::dependabot::Dependabot;

/// What a Dependabot rule reads.
pub struct DependabotCtx<'a> {
    pub file: &'a Arc<SourceFile>,
    pub config: &'a Dependabot,
    /// The project's settings (`[github-actions] dependabot-cooldown-days`).
    pub options: &'a RuleOptions,
}

impl<'a> DependabotCtx<'a> {
    pub fn new(
        file: &'a Arc<SourceFile>,
        config: &'a Dependabot,
        options: &'a RuleOptions,
    ) -> Self {
        DependabotCtx {
            file,
            config,
            options,
        }
    }
}
