//! Patterns in expressions that security rules look for: spoofable bot checks, `contains()`
//! on a literal string, and expressions that pull every secret into a job.

use crate::ast::{BinOp, ContextPath, Expr, ExprKind, Function, Span, Step};

/// Contexts naming the actor of the *latest* activity on the triggering object: someone can
/// make a bot the latest actor (a bot's push to a branch the attacker controls, a re-run),
/// so comparing them with a bot's name or id is spoofable. The creator of the object
/// (`github.event.pull_request.user.login`) is not.
pub const SPOOFABLE_ACTOR_NAMES: [&str; 3] = [
    "github.actor",
    "github.triggering_actor",
    "github.event.sender.login",
];
pub const SPOOFABLE_ACTOR_IDS: [&str; 2] = ["github.actor_id", "github.event.sender.id"];

/// User ids of well-known bots: dependabot[bot], dependabot-preview[bot], renovate[bot],
/// github-actions[bot].
pub const BOT_USER_IDS: [&str; 4] = ["49699333", "27856297", "29139614", "41898282"];

/// A comparison of a spoofable actor context with a bot's name or id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorCheck {
    /// The comparison (or call).
    pub span: Span,
    pub path: ContextPath,
    /// The bot name or id compared against.
    pub bot: String,
    /// Whether the check being true lets something run (`github.actor == 'x[bot]'`), as
    /// opposed to excluding the bot (`github.actor != 'x[bot]'`, `!(… == …)`).
    pub grants: bool,
}

fn spoofable_kind(e: &Expr) -> Option<(ContextPath, bool)> {
    let path = e.context_path()?;
    if SPOOFABLE_ACTOR_NAMES.iter().any(|p| path.matches(p)) {
        Some((path, false))
    } else if SPOOFABLE_ACTOR_IDS.iter().any(|p| path.matches(p)) {
        Some((path, true))
    } else {
        None
    }
}

fn literal_text(e: &Expr) -> Option<String> {
    match &e.unparen().kind {
        ExprKind::Literal(crate::ast::Literal::String(s)) => Some(s.clone()),
        ExprKind::Literal(crate::ast::Literal::Number(n)) => {
            Some(crate::value::number_to_string(*n))
        }
        // contains(fromJSON('["dependabot[bot]"]'), github.actor)
        ExprKind::Call {
            function: Some(Function::FromJson),
            args,
            ..
        } if args.len() == 1 => args[0].as_str_literal().map(str::to_string),
        _ => None,
    }
}

fn names_bot(text: &str, by_id: bool) -> bool {
    if by_id {
        BOT_USER_IDS.iter().any(|id| text.contains(id))
    } else {
        text.to_ascii_lowercase().contains("[bot]")
    }
}

/// Spoofable bot checks in a condition: `github.actor == 'dependabot[bot]'`,
/// `github.actor_id == 49699333`, `contains(fromJSON('[…[bot]…]'), github.actor)`,
/// `endsWith(github.actor, '[bot]')`. Looks through `&&`, `||`, `!` and parentheses.
pub fn spoofable_actor_checks(expr: &Expr) -> Vec<ActorCheck> {
    let mut out = Vec::new();
    actor_checks(expr, false, &mut out);
    out
}

fn actor_checks(e: &Expr, negated: bool, out: &mut Vec<ActorCheck>) {
    match &e.kind {
        ExprKind::Group(inner) => actor_checks(inner, negated, out),
        ExprKind::Not(inner) => actor_checks(inner, !negated, out),
        ExprKind::Logical { args, .. } => {
            for a in args {
                actor_checks(a, negated, out);
            }
        }
        ExprKind::Binary {
            op: op @ (BinOp::Eq | BinOp::Ne),
            lhs,
            rhs,
        } => {
            let pair = match (spoofable_kind(lhs), spoofable_kind(rhs)) {
                (Some(k), None) => Some((k, rhs)),
                (None, Some(k)) => Some((k, lhs)),
                _ => None,
            };
            if let Some(((path, by_id), other)) = pair
                && let Some(text) = literal_text(other)
                && names_bot(&text, by_id)
            {
                out.push(ActorCheck {
                    span: e.span,
                    path,
                    bot: text,
                    grants: negated == (*op == BinOp::Ne),
                });
            }
        }
        ExprKind::Call {
            function: Some(f @ (Function::Contains | Function::StartsWith | Function::EndsWith)),
            args,
            ..
        } if args.len() == 2 => {
            for (subject, other) in [(&args[0], &args[1]), (&args[1], &args[0])] {
                if let Some((path, by_id)) = spoofable_kind(subject)
                    && let Some(text) = literal_text(other)
                    && (names_bot(&text, by_id)
                        || (*f != Function::Contains && text.to_ascii_lowercase().contains("bot")))
                {
                    out.push(ActorCheck {
                        span: e.span,
                        path,
                        bot: text,
                        grants: !negated,
                    });
                    break;
                }
            }
        }
        _ => {}
    }
}

/// `contains()` whose first argument is a literal string: a substring test, so
/// `contains('refs/heads/main refs/heads/release', github.ref)` also accepts `refs/heads/mai`
/// (use `contains(fromJSON('["…", "…"]'), x)` for membership).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnsoundContains {
    pub span: Span,
    pub haystack: String,
    /// The context tested, when the needle is a context reference.
    pub needle: Option<ContextPath>,
    pub needle_span: Span,
}

/// Every [`UnsoundContains`] in the expression.
pub fn unsound_contains(expr: &Expr) -> Vec<UnsoundContains> {
    let mut out = Vec::new();
    expr.walk(&mut |e| {
        if let ExprKind::Call {
            function: Some(Function::Contains),
            args,
            ..
        } = &e.kind
            && let [hay, needle] = args.as_slice()
            && let Some(text) = hay.as_str_literal()
            && !needle.is_literal()
        {
            out.push(UnsoundContains {
                span: e.span,
                haystack: text.to_string(),
                needle: needle.context_path(),
                needle_span: needle.span,
            });
        }
    });
    out
}

/// How an expression reaches more than one secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretsUse {
    /// The whole `secrets` context (`toJSON(secrets)`, `secrets.*`): every secret of the
    /// repository is sent to the runner.
    Whole,
    /// A computed name (`secrets[format('TOKEN_{0}', matrix.env)]`): GitHub cannot tell which
    /// secret is needed, so all are sent.
    Dynamic,
}

/// References that expose more than one named secret.
pub fn secrets_uses(expr: &Expr) -> Vec<(Span, SecretsUse)> {
    let is_secrets = |e: &Expr| {
        matches!(
            &e.unparen().kind,
            ExprKind::Context {
                context: Some(crate::Context::Secrets),
                ..
            }
        )
    };
    let mut bases = Vec::new();
    let mut out = Vec::new();
    expr.walk(&mut |e| match &e.kind {
        ExprKind::Access { base, steps } if is_secrets(base) => {
            bases.push(base.unparen().span);
            match steps.first() {
                Some(Step::Star { .. }) => out.push((e.span, SecretsUse::Whole)),
                Some(Step::Index { index, .. }) if !index.is_literal() => {
                    out.push((e.span, SecretsUse::Dynamic));
                }
                _ => {}
            }
        }
        ExprKind::Context {
            context: Some(crate::Context::Secrets),
            ..
        } if !bases.contains(&e.span) => {
            out.push((e.span, SecretsUse::Whole));
        }
        _ => {}
    });
    out
}
