//! Azure firewall rules (database servers, Redis caches, Synapse workspaces) whose address range
//! is wider than a /24 (AZR109). The width is arithmetic on two IPv4 addresses, which a
//! declarative condition cannot do.

use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use std::net::Ipv4Addr;
use yoroi_syntax::Node;
use yoroi_syntax::terraform::Module;

/// Firewall rule resource types whose range is `start_ip_address`..`end_ip_address`.
const ADDRESS_TYPES: &[&str] = &[
    "azurerm_mssql_firewall_rule",
    "azurerm_sql_firewall_rule",
    "azurerm_postgresql_firewall_rule",
    "azurerm_postgresql_flexible_server_firewall_rule",
    "azurerm_mysql_firewall_rule",
    "azurerm_mysql_flexible_server_firewall_rule",
    "azurerm_mariadb_firewall_rule",
    "azurerm_synapse_firewall_rule",
];

/// Ranges wider than this many addresses (a /24) are reported.
const WIDEST: u64 = 256;

fn address(node: Option<&Node>) -> Option<u32> {
    node?
        .as_str()?
        .trim()
        .parse::<Ipv4Addr>()
        .ok()
        .map(u32::from)
}

/// Whether the whole range lies in private (RFC 1918) space, which no internet client uses.
fn private(start: u32, end: u32) -> bool {
    [(0x0a00_0000u32, 8u32), (0xac10_0000, 12), (0xc0a8_0000, 16)]
        .iter()
        .any(|&(net, bits)| {
            let mask = u32::MAX << (32 - bits);
            start & mask == net && end & mask == net
        })
}

fn wide_range_check(module: &Module, emit: &mut Emitter<'_>) {
    let types = ADDRESS_TYPES
        .iter()
        .map(|&kind| (kind, "start_ip_address", "end_ip_address"))
        .chain(std::iter::once((
            "azurerm_redis_firewall_rule",
            "start_ip",
            "end_ip",
        )));
    for (kind, start_key, end_key) in types {
        for rule in module.of_type(kind) {
            let (Some(start), Some(end)) = (
                address(rule.body.get(start_key)),
                address(rule.body.get(end_key)),
            ) else {
                continue;
            };
            if end < start || private(start, end) {
                continue;
            }
            // The whole IPv4 space is AZR025/AZR098; 0.0.0.0 alone is the Azure services switch.
            if start == 0 && (end == u32::MAX || end == 0) {
                continue;
            }
            let width = u64::from(end - start) + 1;
            if width <= WIDEST {
                continue;
            }
            let span = rule
                .body
                .get(start_key)
                .map_or(rule.header, |node| node.span);
            let file = module.file(rule).clone();
            emit.report_in(
                &file,
                span,
                format!(
                    "firewall rule `{}` admits {width} addresses ({}–{})",
                    rule.address(),
                    Ipv4Addr::from(start),
                    Ipv4Addr::from(end)
                ),
            )
            .object(rule.address());
        }
    }
}

pub(crate) static RULES: &[&RustRule] = &[&RustRule {
    id: "AZR109",
    check: Check::Terraform(wide_range_check),
}];
