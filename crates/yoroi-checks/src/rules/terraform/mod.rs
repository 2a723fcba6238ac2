//! Rust rules of the terraform domain.

mod azure_activity_alerts;
mod cis_monitoring;
mod companions;
mod filter_pattern;
mod firewall_ranges;
mod gcp_duties;
mod module_source;
mod parameter_groups;

pub(crate) use azure_activity_alerts::RULES as AZURE_ACTIVITY_ALERT_RULES;
pub(crate) use cis_monitoring::RULES as CIS_MONITORING_RULES;
pub(crate) use companions::RULES as COMPANION_RULES;
pub(crate) use firewall_ranges::RULES as FIREWALL_RANGE_RULES;
pub(crate) use gcp_duties::RULES as GCP_DUTIES_RULES;
pub(crate) use parameter_groups::RULES as PARAMETER_GROUP_RULES;

crate::rules::register! { tf001, tf002, tf003, tf004, tf005, tf006, tf007 }
