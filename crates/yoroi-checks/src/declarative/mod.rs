//! Declarative rules: "for each target, the value at path P must (not) satisfy O", evaluated with
//! three-valued logic so that an unknown value never produces a finding.
//! The format is documented in `docs/rule-format.md`.

mod path;

pub use path::{Path, Root, Selected};

use crate::catalog::Domain;
use regex::Regex;
use serde::Deserialize;
use yoroi_syntax::{Node, Span, Value};

/// `logic:` as written in `rule.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    pub target: TargetSpec,
    #[serde(default)]
    pub for_each: Option<String>,
    #[serde(default, rename = "where")]
    pub filter: Option<CondSpec>,
    #[serde(default)]
    pub deny: Option<CondSpec>,
    #[serde(default)]
    pub require: Option<CondSpec>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetSpec {
    #[serde(default)]
    pub terraform: Option<Vec<String>>,
    #[serde(default)]
    pub kubernetes: Option<String>,
    #[serde(default)]
    pub kinds: Option<Vec<String>>,
    /// For `containers`: which lists (`containers`, `initContainers`, `ephemeralContainers`).
    #[serde(default)]
    pub lists: Option<Vec<String>>,
    /// `services`: every service of a compose file, merged and in long form.
    #[serde(default)]
    pub compose: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CondSpec {
    #[serde(default)]
    all: Option<Vec<CondSpec>>,
    #[serde(default)]
    any: Option<Vec<CondSpec>>,
    #[serde(default)]
    not: Option<Box<CondSpec>>,
    #[serde(default)]
    referenced_by: Option<CompanionSpec>,
    #[serde(default)]
    in_module: Option<InModuleSpec>,
    #[serde(default)]
    path: Option<String>,
    #[serde(default)]
    every: bool,
    #[serde(default)]
    exists: Option<bool>,
    #[serde(default)]
    absent: Option<bool>,
    #[serde(default)]
    written: Option<bool>,
    #[serde(default)]
    equals: Option<serde_json::Value>,
    #[serde(default)]
    one_of: Option<Vec<serde_json::Value>>,
    #[serde(default)]
    not_one_of: Option<Vec<serde_json::Value>>,
    #[serde(default)]
    matches: Option<String>,
    #[serde(default)]
    key_matches: Option<String>,
    #[serde(default)]
    gt: Option<f64>,
    #[serde(default)]
    gte: Option<f64>,
    #[serde(default)]
    lt: Option<f64>,
    #[serde(default)]
    lte: Option<f64>,
    #[serde(default)]
    contains: Option<serde_json::Value>,
    #[serde(default)]
    contains_any: Option<Vec<serde_json::Value>>,
}

/// `referenced_by`: Terraform blocks of these types that refer to the subject's resource.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanionSpec {
    types: Vec<String>,
    /// The companion's attribute that names the subject (`bucket`); when it is unknown and
    /// refers to no resource, the companion may belong to the subject: the answer is unknown.
    #[serde(default)]
    via: Option<String>,
    /// A condition each companion is judged by (default: it exists).
    #[serde(default, rename = "where")]
    filter: Option<Box<CondSpec>>,
}

/// `in_module`: resources of these types anywhere in the evaluated module tree (account- or
/// region-wide settings such as `aws_ebs_encryption_by_default`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InModuleSpec {
    types: Vec<String>,
    /// A condition each such resource is judged by (default: it exists).
    #[serde(default, rename = "where")]
    filter: Option<Box<CondSpec>>,
}

/// What a declarative rule visits.
#[derive(Debug, Clone)]
pub enum Target {
    /// Terraform resource (or `data.` source) types.
    Terraform(Vec<String>),
    KubernetesObjects,
    PodSpecs,
    Containers(Vec<yoroi_syntax::kubernetes::ContainerKind>),
    /// Every service of a compose file.
    ComposeServices,
}

/// A compiled declarative rule.
#[derive(Debug)]
pub struct Declarative {
    pub target: Target,
    /// Restricts Kubernetes targets to these kinds.
    pub kinds: Option<Vec<String>>,
    pub for_each: Option<Path>,
    pub filter: Option<Cond>,
    pub mode: Mode,
    pub cond: Cond,
    /// The edits that resolve a finding (`autofix:` in `rule.yaml`).
    pub autofix: Option<crate::fix::Autofix>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Deny,
    Require,
}

#[derive(Debug)]
pub enum Cond {
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
    /// True when some companion block satisfies the condition.
    Companion {
        types: Vec<String>,
        via: Option<String>,
        filter: Option<Box<Cond>>,
    },
    /// True when some resource of `types` in the module tree satisfies the condition.
    InModule {
        types: Vec<String>,
        filter: Option<Box<Cond>>,
    },
    Leaf {
        path: Path,
        op: Op,
        every: bool,
    },
}

#[derive(Debug)]
pub enum Op {
    Exists,
    Absent,
    /// The key is written with a non-null value, known or not (a reference to another resource
    /// counts): for telling resource variants apart by the arguments they take.
    Written,
    Equals(Node),
    OneOf(Vec<Node>),
    NotOneOf(Vec<Node>),
    Matches(Regex),
    /// The mapping key the selected node sits under matches (`data.*` entries by name).
    KeyMatches(Regex),
    Compare(CmpOp, f64),
    Contains(Node),
    ContainsAny(Vec<Node>),
}

#[derive(Debug, Clone, Copy)]
pub enum CmpOp {
    Gt,
    Gte,
    Lt,
    Lte,
}

/// Kleene's three values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    Unknown,
}

/// A verdict and the node that decided it (none when the deciding value is missing).
#[derive(Debug, Clone, Copy)]
pub struct Outcome<'a> {
    pub value: Tri,
    pub witness: Option<Selected<'a>>,
}

/// The nodes a path may start from.
#[derive(Debug, Clone, Copy)]
pub struct Roots<'a> {
    pub subject: Selected<'a>,
    pub pod: Option<&'a Node>,
    pub object: Option<&'a Node>,
    /// For Terraform subjects: the module and the block, so companions can be found.
    pub terraform: Option<(
        &'a yoroi_syntax::terraform::Module,
        &'a yoroi_syntax::terraform::Block,
    )>,
    /// The subject belongs to a fragment (a patch, an operator's custom resource): a value it
    /// does not set may be set elsewhere, so a path that selects nothing is unknown.
    pub partial: bool,
}

impl<'a> Roots<'a> {
    /// The roots of a Terraform resource block: its body is both subject and object.
    pub fn terraform(
        module: &'a yoroi_syntax::terraform::Module,
        block: &'a yoroi_syntax::terraform::Block,
    ) -> Roots<'a> {
        Roots {
            subject: Selected {
                node: &block.body,
                key_span: None,
                key: None,
            },
            pod: None,
            object: Some(&block.body),
            terraform: Some((module, block)),
            partial: false,
        }
    }
}

/// Judges other Terraform blocks (companions, module-wide settings) by `filter`: true when one
/// satisfies it, unknown when none does but one might, or when none does and `maybe` (asked only
/// then) says another block might.
fn judge_blocks<'a>(
    module: &'a yoroi_syntax::terraform::Module,
    blocks: impl Iterator<Item = &'a yoroi_syntax::terraform::Block>,
    filter: Option<&Cond>,
    maybe: impl FnOnce() -> bool,
) -> Tri {
    let mut unknown = false;
    for block in blocks {
        match filter.map_or(Tri::True, |f| {
            f.eval(&Roots::terraform(module, block)).value
        }) {
            Tri::True => return Tri::True,
            Tri::Unknown => unknown = true,
            Tri::False => {}
        }
    }
    if unknown || maybe() {
        Tri::Unknown
    } else {
        Tri::False
    }
}

impl Declarative {
    pub fn compile(
        spec: &Spec,
        domain: Domain,
        autofix: Option<&crate::fix::AutofixSpec>,
    ) -> Result<Declarative, String> {
        use yoroi_syntax::kubernetes::ContainerKind;
        let target = match (&spec.target.terraform, spec.target.kubernetes.as_deref()) {
            (None, None) if spec.target.compose.is_some() => {
                if domain != Domain::Compose {
                    return Err("a compose target needs the compose domain".into());
                }
                match spec.target.compose.as_deref().unwrap_or_default() {
                    "services" => Target::ComposeServices,
                    other => {
                        return Err(format!("unknown compose target `{other}` (services)"));
                    }
                }
            }
            _ if spec.target.compose.is_some() => {
                return Err(
                    "`target` needs exactly one of `terraform`, `kubernetes` or `compose`".into(),
                );
            }
            (Some(types), None) => {
                if !matches!(
                    domain,
                    Domain::Terraform | Domain::Aws | Domain::Azure | Domain::Gcp
                ) {
                    return Err("a terraform target needs a Terraform domain".into());
                }
                if types.is_empty() {
                    return Err("`target.terraform` lists no resource types".into());
                }
                Target::Terraform(types.clone())
            }
            (None, Some(kind)) => {
                if domain != Domain::Kubernetes {
                    return Err("a kubernetes target needs the kubernetes domain".into());
                }
                match kind {
                    "objects" => Target::KubernetesObjects,
                    "pod-specs" => Target::PodSpecs,
                    "containers" => {
                        let lists = match &spec.target.lists {
                            None => ContainerKind::ALL.to_vec(),
                            Some(lists) => lists
                                .iter()
                                .map(|l| {
                                    ContainerKind::ALL
                                        .into_iter()
                                        .find(|k| k.field() == l)
                                        .ok_or_else(|| format!("unknown container list `{l}`"))
                                })
                                .collect::<Result<_, _>>()?,
                        };
                        Target::Containers(lists)
                    }
                    other => {
                        return Err(format!(
                            "unknown kubernetes target `{other}` (objects, pod-specs, containers)"
                        ));
                    }
                }
            }
            _ => {
                return Err(
                    "`target` needs exactly one of `terraform`, `kubernetes` or `compose`".into(),
                );
            }
        };
        if matches!(target, Target::KubernetesObjects) && spec.target.kinds.is_none() {
            return Err("an `objects` target needs `kinds`".into());
        }
        let (mode, cond) = match (&spec.deny, &spec.require) {
            (Some(c), None) => (Mode::Deny, c),
            (None, Some(c)) => (Mode::Require, c),
            _ => return Err("exactly one of `deny` or `require` is needed".into()),
        };
        Ok(Declarative {
            target,
            kinds: spec.target.kinds.clone(),
            for_each: spec.for_each.as_deref().map(Path::parse).transpose()?,
            filter: spec.filter.as_ref().map(Cond::compile).transpose()?,
            mode,
            cond: Cond::compile(cond)?,
            autofix: autofix
                .map(crate::fix::Autofix::compile)
                .transpose()
                .map_err(|e| format!("autofix: {e}"))?,
        })
    }

    /// Whether this rule wants objects of `kind` (Kubernetes targets). `*` in `kinds` takes
    /// every kind (for custom resources whose kind is user-defined, such as Gatekeeper
    /// constraints, narrowed with a `where` on `apiVersion`).
    pub fn wants_kind(&self, kind: &str) -> bool {
        self.kinds
            .as_ref()
            .is_none_or(|kinds| kinds.iter().any(|k| k == kind || k == "*"))
    }

    /// Evaluates one subject. Returns the span to report (or `None` for the subject's anchor)
    /// and the offending node when a finding is due.
    /// With `report_unknown`, subjects the rule could not decide are returned too, marked
    /// `unknown`.
    pub fn judge<'a>(&self, roots: Roots<'a>, report_unknown: bool) -> Vec<Verdict<'a>> {
        let mut subjects = Vec::new();
        match &self.for_each {
            Some(path) => path.select(roots.subject, &mut subjects),
            None => subjects.push(roots.subject),
        }
        let mut out = Vec::new();
        for subject in subjects {
            // An unknown value under a known mapping key is still judged: its key can decide
            // (`key_matches`), and every leaf that reads the value stays unknown.
            if subject.node.is_unknown() && subject.key.is_none() {
                continue;
            }
            let roots = Roots { subject, ..roots };
            if let Some(filter) = &self.filter
                && filter.eval(&roots).value != Tri::True
            {
                continue;
            }
            let outcome = self.cond.eval(&roots);
            let fire = match self.mode {
                Mode::Deny => outcome.value == Tri::True,
                Mode::Require => outcome.value == Tri::False,
            };
            let unknown = report_unknown && outcome.value == Tri::Unknown;
            if fire || unknown {
                out.push(Verdict {
                    span: outcome.witness.map(|w| w.span()),
                    node: outcome.witness.map(|w| w.node),
                    key: outcome.witness.and_then(|w| w.key),
                    subject,
                    unknown,
                });
            }
        }
        out
    }
}

/// A due finding: where it points (`None`: at the subject's anchor) and the offending node.
#[derive(Debug, Clone, Copy)]
pub struct Verdict<'a> {
    pub span: Option<Span>,
    pub node: Option<&'a Node>,
    /// The key that led to the offending node.
    pub key: Option<&'a str>,
    /// The rule could not decide: a value it needs is unknown (only with `--strict-unknown`).
    pub unknown: bool,
    pub subject: Selected<'a>,
}

impl Cond {
    pub(crate) fn compile(spec: &CondSpec) -> Result<Cond, String> {
        let combinators = [
            spec.all.is_some(),
            spec.any.is_some(),
            spec.not.is_some(),
            spec.referenced_by.is_some(),
            spec.in_module.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count();
        if combinators > 1 || (combinators == 1 && spec.path.is_some()) {
            return Err(
                "a condition is one of `all`, `any`, `not`, `referenced_by`, `in_module` or a \
                 `path` leaf"
                    .into(),
            );
        }
        if let Some(companion) = &spec.referenced_by {
            if companion.types.is_empty() {
                return Err("`referenced_by` needs `types`".into());
            }
            return Ok(Cond::Companion {
                types: companion.types.clone(),
                via: companion.via.clone(),
                filter: companion
                    .filter
                    .as_deref()
                    .map(Cond::compile)
                    .transpose()?
                    .map(Box::new),
            });
        }
        if let Some(in_module) = &spec.in_module {
            if in_module.types.is_empty() {
                return Err("`in_module` needs `types`".into());
            }
            return Ok(Cond::InModule {
                types: in_module.types.clone(),
                filter: in_module
                    .filter
                    .as_deref()
                    .map(Cond::compile)
                    .transpose()?
                    .map(Box::new),
            });
        }
        if let Some(all) = &spec.all {
            return Ok(Cond::All(
                all.iter().map(Cond::compile).collect::<Result<_, _>>()?,
            ));
        }
        if let Some(any) = &spec.any {
            return Ok(Cond::Any(
                any.iter().map(Cond::compile).collect::<Result<_, _>>()?,
            ));
        }
        if let Some(not) = &spec.not {
            return Ok(Cond::Not(Box::new(Cond::compile(not)?)));
        }
        let path_text = spec
            .path
            .as_deref()
            .ok_or("a leaf condition needs a `path`")?;
        let path = Path::parse(path_text)?;
        let mut ops = Vec::new();
        if let Some(b) = spec.exists {
            ops.push(if b { Op::Exists } else { Op::Absent });
        }
        if let Some(b) = spec.absent {
            ops.push(if b { Op::Absent } else { Op::Exists });
        }
        if let Some(b) = spec.written {
            if !b {
                return Err(format!(
                    "`written: false` on `{path_text}`: use `absent: true`, or `not` around `written: true`"
                ));
            }
            ops.push(Op::Written);
        }
        if let Some(v) = &spec.equals {
            ops.push(Op::Equals(json_node(v)));
        }
        if let Some(vs) = &spec.one_of {
            ops.push(Op::OneOf(vs.iter().map(json_node).collect()));
        }
        if let Some(vs) = &spec.not_one_of {
            ops.push(Op::NotOneOf(vs.iter().map(json_node).collect()));
        }
        if let Some(re) = &spec.matches {
            ops.push(Op::Matches(
                Regex::new(re).map_err(|e| format!("bad regex `{re}`: {e}"))?,
            ));
        }
        if let Some(re) = &spec.key_matches {
            ops.push(Op::KeyMatches(
                Regex::new(re).map_err(|e| format!("bad regex `{re}`: {e}"))?,
            ));
        }
        for (cmp, v) in [
            (CmpOp::Gt, spec.gt),
            (CmpOp::Gte, spec.gte),
            (CmpOp::Lt, spec.lt),
            (CmpOp::Lte, spec.lte),
        ] {
            if let Some(v) = v {
                ops.push(Op::Compare(cmp, v));
            }
        }
        if let Some(v) = &spec.contains {
            ops.push(Op::Contains(json_node(v)));
        }
        if let Some(vs) = &spec.contains_any {
            ops.push(Op::ContainsAny(vs.iter().map(json_node).collect()));
        }
        if ops.len() != 1 {
            return Err(format!(
                "the leaf on `{path_text}` needs exactly one operator, found {}",
                ops.len()
            ));
        }
        let op = ops.pop().ok_or("no operator")?;
        Ok(Cond::Leaf {
            path,
            op,
            every: spec.every,
        })
    }

    /// The paths of the leaves that read the subject, in order.
    pub fn subject_paths<'c>(&'c self, out: &mut Vec<&'c Path>) {
        match self {
            Cond::All(children) | Cond::Any(children) => {
                for child in children {
                    child.subject_paths(out);
                }
            }
            Cond::Not(inner) => inner.subject_paths(out),
            Cond::Leaf { path, .. } if path.root == Root::Subject => out.push(path),
            _ => {}
        }
    }

    pub fn eval<'a>(&self, roots: &Roots<'a>) -> Outcome<'a> {
        match self {
            Cond::All(children) => {
                let mut first: Option<Outcome<'a>> = None;
                let mut unknown = None;
                for child in children {
                    let o = child.eval(roots);
                    match o.value {
                        Tri::False => return o,
                        Tri::Unknown => {
                            unknown.get_or_insert(o);
                        }
                        Tri::True => {
                            if first.as_ref().is_none_or(|f| f.witness.is_none()) {
                                first = Some(o);
                            }
                        }
                    }
                }
                unknown.or(first).unwrap_or(Outcome::new(Tri::True, None))
            }
            Cond::Any(children) => {
                let mut first_false: Option<Outcome<'a>> = None;
                let mut unknown = None;
                for child in children {
                    let o = child.eval(roots);
                    match o.value {
                        Tri::True => return o,
                        Tri::Unknown => {
                            unknown.get_or_insert(o);
                        }
                        Tri::False => {
                            if first_false.as_ref().is_none_or(|f| f.witness.is_none()) {
                                first_false = Some(o);
                            }
                        }
                    }
                }
                unknown
                    .or(first_false)
                    .unwrap_or(Outcome::new(Tri::False, None))
            }
            Cond::Not(inner) => {
                let o = inner.eval(roots);
                Outcome {
                    value: match o.value {
                        Tri::True => Tri::False,
                        Tri::False => Tri::True,
                        Tri::Unknown => Tri::Unknown,
                    },
                    ..o
                }
            }
            Cond::Leaf { path, op, every } => eval_leaf(path, op, *every, roots),
            Cond::Companion { types, via, filter } => {
                eval_companion(types, via.as_deref(), filter.as_deref(), roots)
            }
            Cond::InModule { types, filter } => eval_in_module(types, filter.as_deref(), roots),
        }
    }
}

impl<'a> Outcome<'a> {
    fn new(value: Tri, sel: Option<&Selected<'a>>) -> Outcome<'a> {
        Outcome {
            value,
            witness: sel.copied(),
        }
    }
}

fn eval_leaf<'a>(path: &Path, op: &Op, every: bool, roots: &Roots<'a>) -> Outcome<'a> {
    let start = match path.root {
        Root::Subject => Some(roots.subject),
        Root::Pod => roots.pod.map(|n| Selected {
            node: n,
            key_span: None,
            key: None,
        }),
        Root::Object => roots.object.map(|n| Selected {
            node: n,
            key_span: None,
            key: None,
        }),
    };
    let mut selected = Vec::new();
    if let Some(start) = start {
        path.select(start, &mut selected);
    }
    // Null values count as not set (Kubernetes and Terraform both treat `null` as omitted).
    selected.retain(|s| !s.node.is_null());
    if selected.is_empty() && roots.partial {
        return Outcome::new(Tri::Unknown, None);
    }
    match op {
        Op::Written => Outcome::new(tri(!selected.is_empty()), selected.first()),
        Op::Exists | Op::Absent => {
            let known = selected.iter().find(|s| !s.node.is_unknown());
            let value = if known.is_some() {
                Tri::True
            } else if selected.iter().any(|s| s.node.is_unknown()) {
                Tri::Unknown
            } else {
                Tri::False
            };
            let sel = known.or(selected.first());
            let value = if matches!(op, Op::Absent) {
                match value {
                    Tri::True => Tri::False,
                    Tri::False => Tri::True,
                    Tri::Unknown => Tri::Unknown,
                }
            } else {
                value
            };
            Outcome::new(value, sel)
        }
        _ => {
            if selected.is_empty() {
                return Outcome::new(Tri::False, None);
            }
            let results: Vec<(Tri, &Selected<'a>)> =
                selected.iter().map(|s| (apply(op, s), s)).collect();
            if every {
                if let Some((_, s)) = results.iter().find(|(t, _)| *t == Tri::False) {
                    return Outcome::new(Tri::False, Some(s));
                }
                if let Some((_, s)) = results.iter().find(|(t, _)| *t == Tri::Unknown) {
                    return Outcome::new(Tri::Unknown, Some(s));
                }
                Outcome::new(Tri::True, results.first().map(|(_, s)| *s))
            } else {
                if let Some((_, s)) = results.iter().find(|(t, _)| *t == Tri::True) {
                    return Outcome::new(Tri::True, Some(s));
                }
                if let Some((_, s)) = results.iter().find(|(t, _)| *t == Tri::Unknown) {
                    return Outcome::new(Tri::Unknown, Some(s));
                }
                Outcome::new(Tri::False, results.first().map(|(_, s)| *s))
            }
        }
    }
}

/// Companions of a Terraform resource: blocks of `types` in the same module instance that refer
/// to it. A candidate whose `via` attribute is unknown and refers to nothing may be linked: if no
/// companion decides, the answer is unknown rather than false.
fn eval_companion<'a>(
    types: &[String],
    via: Option<&str>,
    filter: Option<&Cond>,
    roots: &Roots<'a>,
) -> Outcome<'a> {
    let Some((module, block)) = roots.terraform else {
        return Outcome::new(Tri::False, None);
    };
    let types: Vec<&str> = types.iter().map(String::as_str).collect();
    let maybe_linked = || {
        via.is_some_and(|via| {
            module.blocks.iter().any(|b| {
                b.module_path == block.module_path
                    && b.resource_type().is_some_and(|t| types.contains(&t))
                    && b.references.is_empty()
                    && b.body.get(via).is_some_and(Node::is_unknown)
            })
        })
    };
    let companions = module.referrers(block, &types);
    Outcome::new(judge_blocks(module, companions, filter, maybe_linked), None)
}

/// Resources of `types` anywhere in the subject's evaluated module tree: true when one satisfies
/// `filter`, unknown when none does but one might.
fn eval_in_module<'a>(types: &[String], filter: Option<&Cond>, roots: &Roots<'a>) -> Outcome<'a> {
    let Some((module, _)) = roots.terraform else {
        return Outcome::new(Tri::False, None);
    };
    let blocks = types.iter().flat_map(|t| module.of_type(t));
    Outcome::new(judge_blocks(module, blocks, filter, || false), None)
}

fn tri(b: bool) -> Tri {
    if b { Tri::True } else { Tri::False }
}

/// Applies a value operator to one selected node.
fn apply(op: &Op, selected: &Selected<'_>) -> Tri {
    if let Op::KeyMatches(re) = op {
        return tri(selected.key.is_some_and(|k| re.is_match(k)));
    }
    let node = selected.node;
    if node.is_unknown() {
        return Tri::Unknown;
    }
    match op {
        Op::KeyMatches(_) => Tri::False,
        Op::Exists | Op::Written => Tri::True,
        Op::Absent => Tri::False,
        Op::Equals(v) => tri(node.scalar_eq(v)),
        Op::OneOf(vs) => tri(vs.iter().any(|v| node.scalar_eq(v))),
        Op::NotOneOf(vs) => tri(is_scalar(node) && !vs.iter().any(|v| node.scalar_eq(v))),
        Op::Matches(re) => match &node.value {
            Value::Str(s) => tri(re.is_match(s)),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => tri(re.is_match(&node.display())),
            _ => Tri::False,
        },
        Op::Compare(cmp, v) => match node.as_f64() {
            Some(x) => tri(match cmp {
                CmpOp::Gt => x > *v,
                CmpOp::Gte => x >= *v,
                CmpOp::Lt => x < *v,
                CmpOp::Lte => x <= *v,
            }),
            None => Tri::False,
        },
        Op::Contains(v) => contains(node, std::slice::from_ref(v)),
        Op::ContainsAny(vs) => contains(node, vs),
    }
}

fn is_scalar(node: &Node) -> bool {
    matches!(
        node.value,
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_)
    )
}

fn contains(node: &Node, wanted: &[Node]) -> Tri {
    match &node.value {
        Value::Seq(items) => {
            if items
                .iter()
                .any(|item| wanted.iter().any(|w| item.scalar_eq(w)))
            {
                Tri::True
            } else if items.iter().any(Node::is_unknown) {
                Tri::Unknown
            } else {
                Tri::False
            }
        }
        Value::Str(s) => tri(wanted
            .iter()
            .any(|w| w.as_str().is_some_and(|w| s.contains(w)))),
        _ => Tri::False,
    }
}

fn json_node(v: &serde_json::Value) -> Node {
    let value = match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        serde_json::Value::String(s) => Value::Str(s.clone()),
        serde_json::Value::Array(items) => Value::Seq(items.iter().map(json_node).collect()),
        serde_json::Value::Object(map) => Value::Map(
            map.iter()
                .map(|(k, v)| yoroi_syntax::Entry {
                    key: k.clone(),
                    key_span: Span::default(),
                    value: json_node(v),
                })
                .collect(),
        ),
    };
    Node::new(Span::default(), value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use yoroi_syntax::LineIndex;
    use yoroi_syntax::yaml::{YamlLimits, parse_stream};

    fn judge(logic: &str, doc: &str) -> Vec<String> {
        let spec: Spec = serde_saphyr::from_str(logic).unwrap();
        let rule = Declarative::compile(&spec, Domain::Kubernetes, None).unwrap();
        let stream = parse_stream(doc, &LineIndex::new(doc), YamlLimits::default());
        let root = &stream.documents[0].root;
        let roots = Roots {
            subject: Selected {
                node: root,
                key_span: None,
                key: None,
            },
            pod: None,
            object: Some(root),
            terraform: None,
            partial: false,
        };
        rule.judge(roots, false)
            .iter()
            .map(|v| v.node.map_or_else(String::new, Node::display))
            .collect()
    }

    #[test]
    fn key_matches_tests_the_key_a_value_sits_under() {
        let logic = r#"
target: { kubernetes: objects, kinds: [ConfigMap] }
for_each: "data.*"
where: { path: ".", key_matches: "(?i)password" }
deny: { path: ".", matches: "\\S" }
"#;
        let doc = "data:\n  DB_PASSWORD: hunter2\n  LOG_LEVEL: debug\n  password_file: ''\n";
        assert_eq!(judge(logic, doc), vec!["hunter2".to_string()]);
    }

    #[test]
    fn an_unknown_value_is_judged_by_its_key() {
        use yoroi_syntax::Entry;
        let logic = r#"
target: { terraform: [azurerm_container_group] }
for_each: "env.*"
deny: { path: ".", key_matches: "(?i)password" }
"#;
        let spec: Spec = serde_saphyr::from_str(logic).unwrap();
        let rule = Declarative::compile(&spec, Domain::Azure, None).unwrap();
        let entry = |key: &str, value: Node| Entry {
            key: key.to_string(),
            key_span: Span::default(),
            value,
        };
        let env = Node::new(
            Span::default(),
            Value::Map(vec![
                entry("DB_PASSWORD", Node::unknown(Span::default())),
                entry("LOG_LEVEL", Node::unknown(Span::default())),
            ]),
        );
        let body = Node::new(Span::default(), Value::Map(vec![entry("env", env)]));
        let roots = Roots {
            subject: Selected {
                node: &body,
                key_span: None,
                key: None,
            },
            pod: None,
            object: Some(&body),
            terraform: None,
            partial: false,
        };
        let keys: Vec<_> = rule
            .judge(roots, false)
            .iter()
            .filter_map(|v| v.key)
            .collect();
        assert_eq!(keys, vec!["DB_PASSWORD"]);
    }

    #[test]
    fn written_counts_unknown_values_and_not_null() {
        use yoroi_syntax::Entry;
        let entry = |key: &str, value: Node| Entry {
            key: key.to_string(),
            key_span: Span::default(),
            value,
        };
        let body = Node::new(
            Span::default(),
            Value::Map(vec![
                entry("plan_id", Node::unknown(Span::default())),
                entry("cleared", Node::new(Span::default(), Value::Null)),
            ]),
        );
        let verdicts = |logic: &str| {
            let spec: Spec = serde_saphyr::from_str(logic).unwrap();
            let rule = Declarative::compile(&spec, Domain::Azure, None).unwrap();
            let roots = Roots {
                subject: Selected {
                    node: &body,
                    key_span: None,
                    key: None,
                },
                pod: None,
                object: Some(&body),
                terraform: None,
                partial: false,
            };
            rule.judge(roots, false).len()
        };
        let target = "target: { terraform: [azurerm_function_app] }\n";
        assert_eq!(
            verdicts(&format!("{target}deny: {{ path: plan_id, written: true }}")),
            1
        );
        assert_eq!(
            verdicts(&format!("{target}deny: {{ path: plan_id, exists: true }}")),
            0
        );
        assert_eq!(
            verdicts(&format!("{target}deny: {{ path: cleared, written: true }}")),
            0
        );
    }

    #[test]
    fn an_index_selects_one_list_item() {
        let logic = r#"
target: { kubernetes: objects, kinds: [EncryptionConfiguration] }
for_each: "resources[*]"
deny: { path: "providers[0].identity", exists: true }
"#;
        let doc = "resources:\n  - providers: [{identity: {}}, {aescbc: {}}]\n  - providers: [{aescbc: {}}, {identity: {}}]\n";
        assert_eq!(judge(logic, doc), vec!["{…}".to_string()]);
    }
}
