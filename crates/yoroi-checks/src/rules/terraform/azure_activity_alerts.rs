//! CIS Microsoft Azure Foundations section 5.2: an activity log alert, with an action group, for
//! each watched administrative operation of the subscription.
//!
//! One table row per control; every control keeps its own catalog folder. The findings point at
//! the block that exports the subscription's activity log (a diagnostic setting on the
//! subscription, or a legacy log profile): a module tree that holds one is where the
//! subscription's monitoring is managed, and the alerts belong next to it. Without such a block
//! nothing is reported, since the alerts may live in another stack. What cannot be read never
//! counts against the module: an alert whose operation, category, scopes or actions are unknown
//! may be the one that is needed, and a remote module that was not analysed may hold it.

use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use yoroi_syntax::Node;
use yoroi_syntax::terraform::{Block, Module, TfDiagnosticKind};

/// One CIS control: the rule id, what it watches (for messages) and the operation name.
struct Control {
    id: &'static str,
    what: &'static str,
    operation: &'static str,
}

macro_rules! table {
    ($($id:literal => $what:literal, $operation:literal);* $(;)?) => {
        const TABLE: &[Control] = &[$(Control { id: $id, what: $what, operation: $operation }),*];
        /// The rules of the table, registered like every Rust rule.
        pub(crate) static RULES: &[&RustRule] = &[$(&RustRule { id: $id, check: Check::Terraform(check) }),*];
    };
}

table! {
    "AZR200" => "creating policy assignments", "Microsoft.Authorization/policyAssignments/write";
    "AZR201" => "deleting policy assignments", "Microsoft.Authorization/policyAssignments/delete";
    "AZR202" => "creating or updating network security groups", "Microsoft.Network/networkSecurityGroups/write";
    "AZR203" => "deleting network security groups", "Microsoft.Network/networkSecurityGroups/delete";
    "AZR204" => "creating or updating security solutions", "Microsoft.Security/securitySolutions/write";
    "AZR205" => "deleting security solutions", "Microsoft.Security/securitySolutions/delete";
    "AZR206" => "creating or updating SQL server firewall rules", "Microsoft.Sql/servers/firewallRules/write";
    "AZR207" => "deleting SQL server firewall rules", "Microsoft.Sql/servers/firewallRules/delete";
    "AZR208" => "creating or updating public IP addresses", "Microsoft.Network/publicIPAddresses/write";
    "AZR209" => "deleting public IP addresses", "Microsoft.Network/publicIPAddresses/delete";
}

/// Criteria that narrow an alert to some callers, statuses or resources: such an alert does not
/// watch every occurrence of the operation.
const NARROWING: &[&str] = &[
    "caller",
    "sub_status",
    "sub_statuses",
    "resource_group",
    "resource_groups",
    "resource_id",
    "resource_ids",
];

/// Criteria that narrow an alert unless they keep the value a successful change is logged with:
/// the benchmark's own examples filter on the `Informational` level, and an alert on `Succeeded`
/// still sees every change that happened.
const KEEPING: &[(&str, &str)] = &[
    ("level", "Informational"),
    ("levels", "Informational"),
    ("status", "Succeeded"),
    ("statuses", "Succeeded"),
];

/// Whether a level or status filter drops the value successful changes carry. An unknown filter
/// is given the benefit of the doubt.
fn drops(filter: &Node, kept: &str) -> bool {
    if filter.is_null() || filter.is_unknown() {
        return false;
    }
    let keeps = |n: &Node| {
        n.is_unknown()
            || n.as_str()
                .is_some_and(|s| s.trim().eq_ignore_ascii_case(kept))
    };
    if filter.is_seq() {
        !filter.items().any(keeps)
    } else {
        !keeps(filter)
    }
}

/// Kleene three-valued truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }

    fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::True, _) | (_, Tri::True) => Tri::True,
            (Tri::False, Tri::False) => Tri::False,
            _ => Tri::Unknown,
        }
    }

    fn any(items: impl IntoIterator<Item = Tri>) -> Tri {
        items.into_iter().fold(Tri::False, Tri::or)
    }
}

/// `/subscriptions/<id>` and nothing below it.
fn is_subscription_id(text: &str) -> bool {
    let text = text.trim().trim_end_matches('/');
    let mut parts = text.split('/');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(""), Some(s), Some(id), None) if s.eq_ignore_ascii_case("subscriptions") && !id.is_empty()
    )
}

/// Whether a value names the subscription itself: a literal subscription id, or an expression
/// read from `data.azurerm_subscription` / `azurerm_subscription` that goes no deeper.
fn names_subscription(module: &Module, block: &Block, node: &Node) -> Tri {
    if let Some(text) = node.as_str() {
        return if is_subscription_id(text) {
            Tri::True
        } else {
            Tri::False
        };
    }
    if !node.is_unknown() {
        return Tri::False;
    }
    if node.origin.is_some() {
        return Tri::Unknown;
    }
    let file = module.file(block);
    match file.text.get(node.span.range()) {
        Some(text)
            if text.contains("azurerm_subscription.")
                && !text.to_ascii_lowercase().contains("/resourcegroups") =>
        {
            Tri::True
        }
        _ => Tri::Unknown,
    }
}

/// The blocks that export the subscription's activity log, diagnostic settings first.
fn exports(module: &Module) -> Vec<&Block> {
    let settings = module
        .of_type("azurerm_monitor_diagnostic_setting")
        .filter(|setting| {
            setting
                .body
                .get("target_resource_id")
                .is_some_and(|target| names_subscription(module, setting, target) == Tri::True)
        });
    settings
        .chain(module.of_type("azurerm_monitor_log_profile"))
        .collect()
}

/// A string attribute compared without case: equal, different, or unknown.
fn text_is(node: Option<&Node>, wanted: &str) -> Tri {
    match node {
        None => Tri::False,
        Some(n) if n.is_unknown() => Tri::Unknown,
        Some(n) => match n.as_str() {
            Some(s) if s.trim().eq_ignore_ascii_case(wanted) => Tri::True,
            _ => Tri::False,
        },
    }
}

/// Whether an alert watches the operation across the subscription and notifies someone.
fn watches(module: &Module, alert: &Block, operation: &str) -> Tri {
    let body = &alert.body;
    if body.is_unknown() {
        return Tri::Unknown;
    }
    let enabled = match body.get("enabled") {
        None => Tri::True,
        Some(n) if n.is_unknown() => Tri::Unknown,
        Some(n) => match n.as_bool() {
            Some(false) => Tri::False,
            _ => Tri::True,
        },
    };
    let criteria = Tri::any(body.get_all("criteria").map(|criteria| {
        if criteria.is_unknown() {
            return Tri::Unknown;
        }
        let narrowed = NARROWING
            .iter()
            .any(|key| criteria.get(key).is_some_and(|n| !n.is_null()))
            || KEEPING
                .iter()
                .any(|(key, kept)| criteria.get(key).is_some_and(|n| drops(n, kept)));
        if narrowed {
            return Tri::False;
        }
        text_is(criteria.get("operation_name"), operation)
            .and(text_is(criteria.get("category"), "Administrative"))
    }));
    let scopes = match body.get("scopes") {
        None => Tri::False,
        Some(n) if n.is_unknown() => Tri::Unknown,
        Some(n) => Tri::any(n.items().map(|s| names_subscription(module, alert, s))),
    };
    let action = Tri::any(body.get_all("action").map(|a| {
        if a.is_unknown() {
            Tri::Unknown
        } else if a.get("action_group_id").is_some() {
            Tri::True
        } else {
            Tri::False
        }
    }));
    enabled.and(criteria).and(scopes).and(action)
}

fn check(module: &Module, emit: &mut Emitter<'_>) {
    let id = emit.rule().meta.id.clone();
    let Some(control) = TABLE.iter().find(|c| c.id == id) else {
        return;
    };
    // A module that was not downloaded may hold the alerts.
    if module
        .diagnostics
        .iter()
        .any(|d| d.kind == TfDiagnosticKind::NotAnalysed)
    {
        return;
    }
    let Some(anchor) = exports(module).into_iter().next() else {
        return;
    };
    let verdict = Tri::any(
        module
            .of_type("azurerm_monitor_activity_log_alert")
            .map(|alert| watches(module, alert, control.operation)),
    );
    if verdict == Tri::False {
        let file = module.file(anchor).clone();
        emit.report_in(
            &file,
            anchor.header,
            format!(
                "no activity log alert with an action group watches {} (`{}`) in this subscription",
                control.what, control.operation
            ),
        )
        .object(anchor.address());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscription_ids() {
        assert!(is_subscription_id(
            "/subscriptions/00000000-0000-0000-0000-000000000000"
        ));
        assert!(is_subscription_id("/subscriptions/abc/"));
        assert!(!is_subscription_id("/subscriptions/abc/resourceGroups/rg"));
        assert!(!is_subscription_id("/subscriptions/"));
        assert!(!is_subscription_id("subscriptions/abc"));
    }

    #[test]
    fn operations_are_distinct() {
        for (i, a) in TABLE.iter().enumerate() {
            for b in &TABLE[i + 1..] {
                assert!(!a.operation.eq_ignore_ascii_case(b.operation), "{}", a.id);
                assert_ne!(a.id, b.id);
            }
        }
    }
}
