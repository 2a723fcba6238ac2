//! CIS AWS Foundations section 4: for each watched kind of account activity, a multi-region
//! CloudTrail trail that delivers to a CloudWatch Logs group needs a metric filter on that group
//! whose pattern matches at least the benchmark's events, and an alarm on the filter's metric.
//!
//! One table row per control; every control keeps its own catalog folder. The findings point at
//! the trail. What the module cannot see is never reported: a trail without a log group (AWS031
//! reports that), a log group that is not a resource of the scanned module tree (it, and its
//! filters, live in another stack), a remote module that was not analysed, a pattern or a metric
//! name that is unknown, a log group name that comes from a variable.

use super::filter_pattern::{self, Pattern};
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};
use std::sync::OnceLock;
use yoroi_syntax::Node;
use yoroi_syntax::terraform::{Block, Module, TfDiagnosticKind};

/// One CIS control: the rule id, what it watches (for messages) and the benchmark's pattern.
struct Control {
    id: &'static str,
    what: &'static str,
    pattern: &'static str,
}

macro_rules! table {
    ($($id:literal => $what:literal, $pattern:expr);* $(;)?) => {
        const TABLE: &[Control] = &[$(Control { id: $id, what: $what, pattern: $pattern }),*];
        /// The rules of the table, registered like every Rust rule.
        pub(crate) static RULES: &[&RustRule] = &[$(&RustRule { id: $id, check: Check::Terraform(check) }),*];
    };
}

// The reference patterns are the narrowest form each CIS version accepts (later versions added
// exclusions such as `$.eventName != "HeadBucket"`), so a filter written after any version covers
// them: a pattern with fewer conditions matches more events.
table! {
    "AWS340" => "unauthorized API calls",
        r#"{ ($.errorCode = "*UnauthorizedOperation" || $.errorCode = "AccessDenied*") && $.sourceIPAddress != "delivery.logs.amazonaws.com" && $.eventName != "HeadBucket" }"#;
    "AWS341" => "console sign-ins without MFA",
        r#"{ $.eventName = "ConsoleLogin" && $.additionalEventData.MFAUsed != "Yes" && $.userIdentity.type = "IAMUser" && $.responseElements.ConsoleLogin = "Success" }"#;
    "AWS342" => "use of the root user",
        r#"{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }"#;
    "AWS343" => "IAM policy changes",
        r#"{ $.eventName = DeleteGroupPolicy || $.eventName = DeleteRolePolicy || $.eventName = DeleteUserPolicy || $.eventName = PutGroupPolicy || $.eventName = PutRolePolicy || $.eventName = PutUserPolicy || $.eventName = CreatePolicy || $.eventName = DeletePolicy || $.eventName = CreatePolicyVersion || $.eventName = DeletePolicyVersion || $.eventName = AttachRolePolicy || $.eventName = DetachRolePolicy || $.eventName = AttachUserPolicy || $.eventName = DetachUserPolicy || $.eventName = AttachGroupPolicy || $.eventName = DetachGroupPolicy }"#;
    "AWS344" => "CloudTrail configuration changes",
        r#"{ $.eventName = CreateTrail || $.eventName = UpdateTrail || $.eventName = DeleteTrail || $.eventName = StartLogging || $.eventName = StopLogging }"#;
    "AWS345" => "console authentication failures",
        r#"{ $.eventName = ConsoleLogin && $.errorMessage = "Failed authentication" }"#;
    "AWS346" => "disabling or scheduled deletion of customer managed KMS keys",
        r#"{ $.eventSource = kms.amazonaws.com && ($.eventName = DisableKey || $.eventName = ScheduleKeyDeletion) }"#;
    "AWS347" => "S3 bucket policy changes",
        r#"{ $.eventSource = s3.amazonaws.com && ($.eventName = PutBucketAcl || $.eventName = PutBucketPolicy || $.eventName = PutBucketCors || $.eventName = PutBucketLifecycle || $.eventName = PutBucketReplication || $.eventName = DeleteBucketPolicy || $.eventName = DeleteBucketCors || $.eventName = DeleteBucketLifecycle || $.eventName = DeleteBucketReplication) }"#;
    "AWS348" => "AWS Config configuration changes",
        r#"{ $.eventSource = config.amazonaws.com && ($.eventName = StopConfigurationRecorder || $.eventName = DeleteDeliveryChannel || $.eventName = PutDeliveryChannel || $.eventName = PutConfigurationRecorder) }"#;
    "AWS349" => "security group changes",
        r#"{ $.eventName = AuthorizeSecurityGroupIngress || $.eventName = AuthorizeSecurityGroupEgress || $.eventName = RevokeSecurityGroupIngress || $.eventName = RevokeSecurityGroupEgress || $.eventName = CreateSecurityGroup || $.eventName = DeleteSecurityGroup }"#;
    "AWS350" => "network ACL changes",
        r#"{ $.eventName = CreateNetworkAcl || $.eventName = CreateNetworkAclEntry || $.eventName = DeleteNetworkAcl || $.eventName = DeleteNetworkAclEntry || $.eventName = ReplaceNetworkAclEntry || $.eventName = ReplaceNetworkAclAssociation }"#;
    "AWS351" => "network gateway changes",
        r#"{ $.eventName = CreateCustomerGateway || $.eventName = DeleteCustomerGateway || $.eventName = AttachInternetGateway || $.eventName = CreateInternetGateway || $.eventName = DeleteInternetGateway || $.eventName = DetachInternetGateway }"#;
    "AWS352" => "route table changes",
        r#"{ $.eventSource = ec2.amazonaws.com && ($.eventName = CreateRoute || $.eventName = CreateRouteTable || $.eventName = ReplaceRoute || $.eventName = ReplaceRouteTableAssociation || $.eventName = DeleteRouteTable || $.eventName = DeleteRoute || $.eventName = DisassociateRouteTable) }"#;
    "AWS353" => "VPC changes",
        r#"{ $.eventName = CreateVpc || $.eventName = DeleteVpc || $.eventName = ModifyVpcAttribute || $.eventName = AcceptVpcPeeringConnection || $.eventName = CreateVpcPeeringConnection || $.eventName = DeleteVpcPeeringConnection || $.eventName = RejectVpcPeeringConnection || $.eventName = AttachClassicLinkVpc || $.eventName = DetachClassicLinkVpc || $.eventName = DisableVpcClassicLink || $.eventName = EnableVpcClassicLink }"#;
    "AWS354" => "AWS Organizations changes",
        r#"{ $.eventSource = organizations.amazonaws.com && ($.eventName = AcceptHandshake || $.eventName = AttachPolicy || $.eventName = CreateAccount || $.eventName = CreateOrganizationalUnit || $.eventName = CreatePolicy || $.eventName = DeclineHandshake || $.eventName = DeleteOrganization || $.eventName = DeleteOrganizationalUnit || $.eventName = DeletePolicy || $.eventName = DetachPolicy || $.eventName = DisablePolicyType || $.eventName = EnablePolicyType || $.eventName = InviteAccountToOrganization || $.eventName = LeaveOrganization || $.eventName = MoveAccount || $.eventName = RemoveAccountFromOrganization || $.eventName = UpdatePolicy || $.eventName = UpdateOrganizationalUnit) }"#;
}

/// The benchmark patterns, parsed once.
fn benchmarks() -> &'static [Option<Pattern>] {
    static PARSED: OnceLock<Vec<Option<Pattern>>> = OnceLock::new();
    PARSED.get_or_init(|| {
        TABLE
            .iter()
            .map(|c| filter_pattern::parse(c.pattern))
            .collect()
    })
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

const LOG_GROUP: &str = "aws_cloudwatch_log_group";

/// The resource labels `aws_cloudwatch_log_group.NAME` written in an attribute's expression.
fn log_group_labels(module: &Module, block: &Block, node: &Node) -> Vec<String> {
    if node.origin.is_some() {
        return Vec::new();
    }
    let file = module.file(block);
    let Some(text) = file.text.get(node.span.range()) else {
        return Vec::new();
    };
    let prefix = "aws_cloudwatch_log_group.";
    let mut out: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(prefix) {
        let before_ok = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '.'));
        let after = &rest[at + prefix.len()..];
        let label: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if before_ok && !label.is_empty() && !out.contains(&label) {
            out.push(label);
        }
        rest = after;
    }
    out
}

/// The log group a trail delivers to: resource blocks of the scanned tree (the instances of one
/// `aws_cloudwatch_log_group` resource, or those whose known name the ARN names).
struct Target<'a> {
    groups: Vec<&'a Block>,
    /// The known names of those groups.
    names: Vec<String>,
    /// How to call it in messages.
    display: String,
}

fn trail_target<'a>(module: &'a Module, trail: &'a Block) -> Option<Target<'a>> {
    let node = trail.body.get("cloud_watch_logs_group_arn")?;
    let groups: Vec<&Block> = if let Some(arn) = node.as_str() {
        // arn:aws:logs:REGION:ACCOUNT:log-group:NAME:*
        let name = arn.split_once(":log-group:")?.1;
        let name = name.strip_suffix(":*").unwrap_or(name);
        module
            .of_type(LOG_GROUP)
            .filter(|g| g.body.get("name").and_then(Node::as_str) == Some(name))
            .collect()
    } else if node.is_unknown() {
        let labels = log_group_labels(module, trail, node);
        let [label] = labels.as_slice() else {
            return None;
        };
        if !trail
            .references
            .iter()
            .any(|r| *r == format!("{LOG_GROUP}.{label}"))
        {
            return None;
        }
        module
            .of_type(LOG_GROUP)
            .filter(|g| g.module_path == trail.module_path && g.labels.get(1) == Some(label))
            .collect()
    } else {
        return None;
    };
    let first = groups.first()?;
    let names: Vec<String> = groups
        .iter()
        .filter_map(|g| {
            g.body
                .get("name")
                .and_then(Node::as_str)
                .map(str::to_string)
        })
        .collect();
    let display = names.first().cloned().unwrap_or_else(|| first.address());
    Some(Target {
        groups,
        names,
        display,
    })
}

/// Whether a metric filter is on the target log group.
fn on_target(module: &Module, filter: &Block, target: &Target<'_>) -> Tri {
    let Some(node) = filter.body.get("log_group_name") else {
        return Tri::False;
    };
    if let Some(name) = node.as_str() {
        return if target.names.iter().any(|n| n == name) {
            Tri::True
        } else {
            Tri::False
        };
    }
    if !node.is_unknown() {
        return Tri::False;
    }
    let labels = log_group_labels(module, filter, node);
    if labels.is_empty() {
        // A variable, a module input, another resource's attribute: it might be the group.
        return Tri::Unknown;
    }
    let local = |label: &String| {
        module
            .of_type(LOG_GROUP)
            .filter(|g| g.module_path == filter.module_path && g.labels.get(1) == Some(label))
            .collect::<Vec<_>>()
    };
    Tri::any(labels.iter().map(|label| {
        let groups = local(label);
        if groups.is_empty() {
            Tri::Unknown
        } else if groups
            .iter()
            .any(|g| target.groups.iter().any(|t| std::ptr::eq(*t, *g)))
        {
            Tri::True
        } else {
            let names: Vec<Option<&str>> = groups
                .iter()
                .map(|g| g.body.get("name").and_then(Node::as_str))
                .collect();
            if names
                .iter()
                .any(|n| n.is_some_and(|n| target.names.iter().any(|t| t == n)))
            {
                Tri::True
            } else if names.iter().any(Option::is_none) {
                Tri::Unknown
            } else {
                Tri::False
            }
        }
    }))
}

/// Whether a filter's pattern covers the benchmark's.
fn pattern_covers(filter: &Block, bench: &Pattern) -> Tri {
    match filter.body.get("pattern") {
        None => Tri::False,
        Some(node) => match node.as_str() {
            Some(text) => match filter_pattern::parse(text) {
                Some(user) if filter_pattern::covers(&user, bench) => Tri::True,
                Some(_) => Tri::False,
                None => Tri::Unknown,
            },
            None if node.is_unknown() => Tri::Unknown,
            None => Tri::False,
        },
    }
}

/// Two scalars: equal, different, or unknown.
fn same(a: Option<&Node>, b: Option<&Node>) -> Tri {
    match (a, b) {
        (Some(a), Some(b)) if a.is_unknown() || b.is_unknown() => Tri::Unknown,
        (Some(a), Some(b)) if a.scalar_eq(b) => Tri::True,
        _ => Tri::False,
    }
}

/// Whether some alarm watches the metric a filter publishes.
fn alarmed(module: &Module, filter: &Block) -> Tri {
    let Some(metric) = filter.body.get("metric_transformation") else {
        return Tri::False;
    };
    if metric.is_unknown() {
        return Tri::Unknown;
    }
    let (name, namespace) = (metric.get("name"), metric.get("namespace"));
    let address = filter.local_address();
    Tri::any(module.of_type("aws_cloudwatch_metric_alarm").map(|alarm| {
        let metric_name = alarm.body.get("metric_name");
        // `metric_name = aws_cloudwatch_log_metric_filter.x.metric_transformation[0].name` is
        // unknown to the evaluator, but names the filter it watches.
        let by_reference = metric_name.filter(|n| n.is_unknown()).and_then(|_| {
            let filters: Vec<&String> = alarm
                .references
                .iter()
                .filter(|r| r.starts_with("aws_cloudwatch_log_metric_filter."))
                .collect();
            if filters.is_empty() {
                None
            } else if alarm.module_path == filter.module_path
                && filters.iter().any(|r| **r == address)
            {
                Some(Tri::True)
            } else {
                Some(Tri::False)
            }
        });
        let direct = by_reference.unwrap_or_else(|| same(metric_name, name)).and(
            match same(alarm.body.get("namespace"), namespace) {
                // Read from the same filter, like the metric name.
                Tri::Unknown if by_reference == Some(Tri::True) => Tri::True,
                other => other,
            },
        );
        let queries = alarm.body.get_all("metric_query").map(|q| {
            if q.is_unknown() {
                return Tri::Unknown;
            }
            Tri::any(q.get_all("metric").map(|m| {
                if m.is_unknown() {
                    Tri::Unknown
                } else {
                    same(m.get("metric_name"), name).and(same(m.get("namespace"), namespace))
                }
            }))
        });
        let unknown_body = if alarm.body.is_unknown() {
            Tri::Unknown
        } else {
            Tri::False
        };
        direct.or(Tri::any(queries)).or(unknown_body)
    }))
}

fn check(module: &Module, emit: &mut Emitter<'_>) {
    let id = emit.rule().meta.id.clone();
    let Some(index) = TABLE.iter().position(|c| c.id == id) else {
        return;
    };
    let Some(Some(bench)) = benchmarks().get(index) else {
        return;
    };
    // A module that was not downloaded may hold the filters and alarms.
    if module
        .diagnostics
        .iter()
        .any(|d| d.kind == TfDiagnosticKind::NotAnalysed)
    {
        return;
    }
    for trail in module.of_type("aws_cloudtrail") {
        if trail
            .body
            .get("is_multi_region_trail")
            .and_then(Node::as_bool)
            != Some(true)
        {
            continue;
        }
        let Some(target) = trail_target(module, trail) else {
            continue;
        };
        let verdict = Tri::any(
            module
                .of_type("aws_cloudwatch_log_metric_filter")
                .map(|filter| {
                    on_target(module, filter, &target)
                        .and(pattern_covers(filter, bench))
                        .and(alarmed(module, filter))
                }),
        );
        if verdict == Tri::False {
            let control = &TABLE[index];
            let file = module.file(trail).clone();
            emit.report_in(
                &file,
                trail.header,
                format!(
                    "no metric filter and alarm on log group `{}` watch for {}",
                    target.display, control.what
                ),
            )
            .object(trail.address());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_benchmark_pattern_parses() {
        for (control, parsed) in TABLE.iter().zip(benchmarks()) {
            let Some(pattern) = parsed else {
                panic!("{} does not parse", control.id);
            };
            assert!(filter_pattern::covers(pattern, pattern), "{}", control.id);
        }
    }

    #[test]
    fn the_older_benchmark_forms_cover_the_reference() {
        let older = [
            (
                "AWS340",
                r#"{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }"#,
            ),
            (
                "AWS341",
                r#"{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }"#,
            ),
            (
                "AWS352",
                "{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }",
            ),
        ];
        for (id, text) in older {
            let index = TABLE.iter().position(|c| c.id == id).unwrap_or(0);
            let (Some(user), Some(Some(bench))) =
                (filter_pattern::parse(text), benchmarks().get(index))
            else {
                panic!("{id}");
            };
            assert!(filter_pattern::covers(&user, bench), "{id}");
        }
    }

    #[test]
    fn controls_are_distinct() {
        // No benchmark pattern covers another control's by accident.
        let parsed = benchmarks();
        for (i, a) in parsed.iter().enumerate() {
            for (j, b) in parsed.iter().enumerate() {
                if i != j
                    && let (Some(a), Some(b)) = (a, b)
                {
                    assert!(
                        !filter_pattern::covers(a, b),
                        "{} covers {}",
                        TABLE[i].id,
                        TABLE[j].id
                    );
                }
            }
        }
    }
}
