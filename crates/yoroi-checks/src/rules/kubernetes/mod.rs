//! Rust rules of the kubernetes domain: per-file rules that need code, and the cross-object
//! rules that run once over every Kubernetes file of a scan (`set`).

mod cis;
mod flags;
mod set;

pub(crate) use cis::RULES as CIS_RULES;

pub(crate) use set::{Index as SetIndex, slim as slim_for_set};

crate::rules::register! {
    k8s021, k8s066, k8s071, k8s079,
    k8s081, k8s082, k8s083, k8s084, k8s085, k8s086, k8s087, k8s088, k8s089,
    k8s203, k8s209, k8s210, k8s211, k8s212, k8s213, k8s214, k8s215, k8s216, k8s217, k8s218,
    k8s219, k8s222,
    k8s237,
}
