//! Rules of the compose domain that need code: they read every service of a compose file,
//! merged (`extends`, override file), interpolated and in long form.

use crate::options::RuleOptions;
use std::sync::Arc;
use yoroi_syntax::SourceFile;
use yoroi_syntax::compose::{ComposeProject, Service};

pub(crate) use crate::engine::report_compose as report;

/// What a compose rule sees.
pub struct ComposeCtx<'a> {
    pub file: &'a Arc<SourceFile>,
    pub project: &'a ComposeProject,
    pub options: &'a RuleOptions,
}

impl<'a> ComposeCtx<'a> {
    /// The services that hold a mapping.
    pub fn services(&self) -> impl Iterator<Item = &'a Service> + 'a {
        self.project.services.iter().filter(|s| s.node.is_map())
    }
}

mod build;

crate::rules::register! { cmp026, cmp030, cmp037, cmp038 }
