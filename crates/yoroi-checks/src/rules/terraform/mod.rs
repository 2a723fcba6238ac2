//! Rust rules of the terraform domain.

mod azure_activity_alerts;
mod cis_monitoring;
mod companions;
mod filter_pattern;
mod parameter_groups;

pub(crate) use azure_activity_alerts::RULES as AZURE_ACTIVITY_ALERT_RULES;
pub(crate) use cis_monitoring::RULES as CIS_MONITORING_RULES;
pub(crate) use companions::RULES as COMPANION_RULES;
pub(crate) use parameter_groups::RULES as PARAMETER_GROUP_RULES;

crate::rules::register! {}
