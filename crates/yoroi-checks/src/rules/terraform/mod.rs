//! Rust rules of the terraform domain.

mod cis_monitoring;
mod filter_pattern;

pub(crate) use cis_monitoring::RULES as CIS_MONITORING_RULES;

crate::rules::register! {}
