//! CMP030 port-published-on-all-interfaces: a published port without a host address (or with
//! `0.0.0.0` / `::`). The fix binds a short-syntax port to `127.0.0.1`; it is unsafe, since
//! whoever reached the port from another host no longer can.

use super::ComposeCtx;
use crate::finding::{Edit, Emitter};
use crate::rules::{Check, RustRule};
use std::sync::Arc;
use yoroi_syntax::{Node, SourceFile, Span, Value};

pub(crate) const RULE: RustRule = RustRule {
    id: "CMP030",
    check: Check::Compose(check),
};

fn check(ctx: &ComposeCtx<'_>, out: &mut Emitter<'_>) {
    for service in ctx.services() {
        for port in service.node.get("ports").into_iter().flat_map(Node::items) {
            if !port.is_map() {
                continue;
            }
            match port.get("host_ip").map(|n| &n.value) {
                None => {}
                Some(Value::Str(ip)) if matches!(ip.as_str(), "0.0.0.0" | "::" | "") => {}
                Some(_) => continue,
            }
            let Some(target) = port.get("target") else {
                continue;
            };
            if target.is_unknown() {
                continue;
            }
            let message = format!(
                "service {} publishes `{}` on all host interfaces",
                service.name,
                target.display()
            );
            super::report(out, service, Some(port), message);
            let fixable = port.origin.is_none() && Arc::ptr_eq(&service.file, ctx.file);
            if let (true, Some(edit)) = (fixable, loopback_edit(ctx.file, port.span))
                && let Some(finding) = out.out.last_mut()
            {
                finding.fix("bind the port to 127.0.0.1", vec![edit]);
            }
        }
    }
}

/// The edit that binds a short-syntax port (`"8080:80"`, `0.0.0.0:80:80`, `- 80`) to the
/// loopback address; `None` for the long syntax or an interpolated item.
fn loopback_edit(file: &SourceFile, span: Span) -> Option<Edit> {
    let text = file.text.get(span.start()..span.end())?;
    if text.contains('$') || text.contains('\n') {
        return None;
    }
    let quoted = text.starts_with('"') || text.starts_with('\'');
    let start = span.start() + usize::from(quoted);
    let body = text.get(usize::from(quoted)..text.len() - usize::from(quoted))?;
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '-' | '/' | 'a'..='z'))
    {
        return None;
    }
    let (span, replacement) = if body.starts_with("0.0.0.0:") {
        (Span::new(start, start + "0.0.0.0".len()), "127.0.0.1".to_string())
    } else {
        let ports = body.split('/').next().unwrap_or(body);
        let colons = ports.matches(':').count();
        match colons {
            0 => (Span::new(start, start), "127.0.0.1::".to_string()),
            1 => (Span::new(start, start), "127.0.0.1:".to_string()),
            _ => return None,
        }
    };
    Some(Edit { span, replacement })
}
