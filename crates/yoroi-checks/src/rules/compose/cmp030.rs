//! CMP030 port-published-on-all-interfaces: a published port without a host address (or with
//! `0.0.0.0` / `::`). The fix binds the port to `127.0.0.1` (short syntax: an address prefix; long
//! syntax: `host_ip`, replaced or added); it is unsafe, since whoever reached the port from
//! another host no longer can.

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
            // Short syntax became a mapping whose keys are spanned at the item itself.
            let edit = if port.entry("target").is_some_and(|e| e.key_span != port.span) {
                long_syntax_edit(ctx.file, port)
            } else {
                loopback_edit(ctx.file, port.span)
            };
            if let (true, Some(edit)) = (fixable, edit)
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

/// The edit that binds a long-syntax port (`{target, published}`) to the loopback address:
/// `host_ip` replaced when it is written (`0.0.0.0`, `::`, empty), else added before the first
/// key, on its own line with that key's indentation (or inline in a flow mapping). `None` when
/// an interpolated value or an unusual layout makes the text uncertain.
fn long_syntax_edit(file: &SourceFile, port: &Node) -> Option<Edit> {
    let text = file.text.as_str();
    if let Some(host_ip) = port.get("host_ip") {
        let written = text.get(host_ip.span.range())?;
        if written.contains('$') {
            return None;
        }
        let replacement = match written.chars().next() {
            Some(q @ ('"' | '\'')) => format!("{q}127.0.0.1{q}"),
            _ => "127.0.0.1".to_string(),
        };
        return Some(Edit {
            span: host_ip.span,
            replacement,
        });
    }
    let first = match &port.value {
        Value::Map(entries) => entries.iter().min_by_key(|e| e.key_span.start())?,
        _ => return None,
    };
    let at = first.key_span.start();
    let line_start = text.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let before = text.get(line_start..at)?;
    if text.get(port.span.range())?.starts_with('{') {
        return Some(Edit {
            span: Span::new(at, at),
            replacement: "host_ip: 127.0.0.1, ".to_string(),
        });
    }
    // `      - target: 80`: the key's column, counted in characters, all spaces or `- `.
    if !before.chars().all(|c| c == ' ' || c == '-') || before.contains('\t') {
        return None;
    }
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    Some(Edit {
        span: Span::new(at, at),
        replacement: format!("host_ip: 127.0.0.1{eol}{}", " ".repeat(before.chars().count())),
    })
}
