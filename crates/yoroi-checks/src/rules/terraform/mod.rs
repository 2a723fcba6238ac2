//! Rust rules of the terraform domain.

mod cis_monitoring;
mod companions;
mod filter_pattern;
mod gcp_duties;
mod parameter_groups;

pub(crate) use cis_monitoring::RULES as CIS_MONITORING_RULES;
pub(crate) use companions::RULES as COMPANION_RULES;
pub(crate) use gcp_duties::RULES as GCP_DUTIES_RULES;
pub(crate) use parameter_groups::RULES as PARAMETER_GROUP_RULES;

crate::rules::register! {}
