//! YAML streams into spanned [`Node`] trees.
//!
//! Built on saphyr-parser's event stream: every key and value keeps its byte span, anchors are
//! expanded under a node budget (an alias bomb fails fast instead of eating memory), nesting is
//! capped, and the stream is split at document markers first so a broken document costs only
//! itself — the parser cannot resume after an error, so each document gets its own parser.

use crate::node::{Entry, Node, Value};
use crate::source::{LineIndex, Span};
use saphyr_parser::{Event, Parser, ScalarStyle, ScanError};
use std::collections::HashMap;

/// Hard limits that keep hostile YAML cheap.
#[derive(Debug, Clone, Copy)]
pub struct YamlLimits {
    /// Nodes that alias expansion may create across one document.
    pub alias_budget: usize,
    /// Maximum nesting of mappings and sequences.
    pub max_depth: usize,
}

impl Default for YamlLimits {
    fn default() -> Self {
        YamlLimits {
            alias_budget: 100_000,
            max_depth: 256,
        }
    }
}

/// One document of a stream.
#[derive(Debug, Clone)]
pub struct YamlDocument {
    pub root: Node,
    /// 0-based position in the stream.
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub span: Span,
    pub message: String,
}

#[derive(Debug, Default)]
pub struct YamlStream {
    pub documents: Vec<YamlDocument>,
    pub errors: Vec<YamlError>,
}

/// Parses a whole stream; documents that fail become errors, the others are kept.
pub fn parse_stream(text: &str, lines: &LineIndex, limits: YamlLimits) -> YamlStream {
    let mut stream = YamlStream::default();
    for (index, chunk) in split_documents(text).into_iter().enumerate() {
        let chunk_text = &text[chunk.clone()];
        let first_line = lines.line_of(chunk.start);
        match parse_chunk_lenient(text, chunk.start, chunk_text, first_line, lines, limits) {
            Ok(roots) => {
                for root in roots {
                    stream.documents.push(YamlDocument { root, index });
                }
            }
            Err(mut error) => {
                // A parser notices a missing closer only where the next document starts; point
                // at the document's last line with content instead.
                let content_end = chunk.start + chunk_text.trim_end().len();
                if error.span.start() >= content_end && content_end > chunk.start {
                    let line = lines.line_of(content_end - 1);
                    let line_start = lines.line_start(line);
                    let indent = text[line_start..].len() - text[line_start..].trim_start().len();
                    error.span = Span::new(line_start + indent, content_end);
                }
                stream.errors.push(error);
            }
        }
    }
    stream
}

/// Byte ranges of the documents of a stream, split at `---` / `...` lines (which YAML forbids
/// inside any scalar at column 0, so splitting there never cuts a value).
/// The byte ranges of a stream's documents (blank ones left out), in order.
pub fn document_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    split_documents(text)
}

fn split_documents(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let marker = is_marker(line, "---") || is_marker(line, "...");
        if marker && offset > start && !is_blank_chunk(&text[start..offset]) {
            chunks.push(start..offset);
            start = offset;
        } else if marker && offset > start {
            start = offset;
        }
        offset += line.len();
    }
    if offset > start && !is_blank_chunk(&text[start..offset]) {
        chunks.push(start..offset);
    }
    chunks
}

fn is_marker(line: &str, marker: &str) -> bool {
    line.strip_prefix(marker)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n']))
}

fn is_blank_chunk(chunk: &str) -> bool {
    chunk.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..." || t.starts_with("--- #")
    })
}

/// Retries of [`parse_chunk_lenient`]: one per flow line it joins.
const MAX_FLOW_JOINS: usize = 16;

/// [`parse_chunk`], accepting what libyaml and Go's yaml (so `docker compose` and `kubectl`)
/// accept but YAML 1.2 does not: a line inside a flow collection indented no deeper than the
/// key that holds it, typically the closing bracket of
///
/// ```yaml
///     command: [
///       "run"
///     ]
/// ```
///
/// The strict parser stops there with "invalid indentation". The line break (and any blank or
/// comment lines) before the refused token are then blanked with spaces — byte lengths kept, so
/// every span still points into the original text — and the chunk is parsed again, with
/// positions taken from character indices since lines have moved.
fn parse_chunk_lenient(
    full_text: &str,
    chunk_start: usize,
    chunk: &str,
    first_line: usize,
    lines: &LineIndex,
    limits: YamlLimits,
) -> Result<Vec<Node>, YamlError> {
    let first = match parse_chunk(full_text, chunk, first_line, lines, limits, None) {
        Ok(roots) => return Ok(roots),
        Err(error) => error,
    };
    let mut text = chunk.to_string();
    let mut error = first.clone();
    for _ in 0..MAX_FLOW_JOINS {
        if !matches!(
            error.message.as_str(),
            "invalid indentation" | "invalid indentation in flow construct"
        ) {
            break;
        }
        let Some(at) = error.span.start().checked_sub(chunk_start) else {
            break;
        };
        let Some(joined) = join_flow_line(&text, at) else {
            break;
        };
        text = joined;
        let positions = Positions::new(chunk_start, &text);
        match parse_chunk(
            full_text,
            &text,
            first_line,
            lines,
            limits,
            Some(&positions),
        ) {
            Ok(roots) => return Ok(roots),
            Err(e) => error = e,
        }
    }
    Err(first)
}

/// `text` with the line break before the token at `at` (the first of its line) blanked, with
/// the blank and comment lines between it and the previous line with content. `None` when that
/// could change a value or a comment: the previous content line holds a `#`, or ends in the
/// middle of a plain scalar (which would then run on into the token).
fn join_flow_line(text: &str, at: usize) -> Option<String> {
    let line_start = text.get(..at)?.rfind('\n')? + 1;
    if !text[line_start..at].chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    let token = text[at..].chars().next()?;
    // The end of the previous line with content (not blank, not only a comment).
    let mut end = line_start - 1;
    loop {
        let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = text[start..end].trim();
        if !line.is_empty() && !line.starts_with('#') {
            // Blank from the end of the content, so a `\r` of CRLF goes too.
            end = start + text[start..end].trim_end().len();
            if line.contains('#') {
                return None;
            }
            let last = line.chars().last()?;
            let ends_token = matches!(last, '[' | '{' | ',' | ':' | ']' | '}' | '"' | '\'');
            if !ends_token && !matches!(token, ']' | '}' | ',') {
                return None;
            }
            break;
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
    let mut bytes = text.as_bytes().to_vec();
    for b in &mut bytes[end..at] {
        *b = b' ';
    }
    String::from_utf8(bytes).ok()
}

/// Byte offsets of the characters of a rewritten chunk, whose lines no longer match the file's.
struct Positions {
    chunk_start: usize,
    bytes: Vec<usize>,
}

impl Positions {
    fn new(chunk_start: usize, text: &str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bytes.push(text.len());
        Positions { chunk_start, bytes }
    }

    fn offset(&self, marker: saphyr_parser::Marker) -> usize {
        let local = self
            .bytes
            .get(marker.index())
            .or(self.bytes.last())
            .copied()
            .unwrap_or(0);
        self.chunk_start + local
    }
}

fn parse_chunk(
    full_text: &str,
    chunk: &str,
    first_line: usize,
    lines: &LineIndex,
    limits: YamlLimits,
    positions: Option<&Positions>,
) -> Result<Vec<Node>, YamlError> {
    let mut builder = Builder {
        full_text,
        first_line,
        lines,
        positions,
        limits,
        stack: Vec::new(),
        anchors: HashMap::new(),
        alias_nodes: 0,
        roots: Vec::new(),
    };
    let mut parser = Parser::new_from_str(chunk);
    while let Some(event) = parser.next_event() {
        let (event, span) = event.map_err(|e| builder.scan_error(&e))?;
        let start = builder.offset(span.start);
        let mut end = builder.offset(span.end);
        if positions.is_some() {
            // A token's end may take in the blanked line break that followed it.
            let taken = full_text.get(start..end).unwrap_or("");
            end = start + taken.trim_end().len();
        }
        builder.on_event(event, Span::new(start, end))?;
    }
    Ok(builder.roots)
}

enum Frame {
    Seq {
        start: Span,
        anchor: usize,
        items: Vec<Node>,
        /// A `!reference` tag (GitLab CI): its value is unknown.
        reference: bool,
    },
    Map {
        start: Span,
        anchor: usize,
        entries: Vec<Entry>,
        key: Option<(String, Span)>,
    },
}

struct Builder<'a> {
    full_text: &'a str,
    first_line: usize,
    lines: &'a LineIndex,
    /// Set when the chunk was rewritten (its lines moved): offsets from character indices.
    positions: Option<&'a Positions>,
    limits: YamlLimits,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Node>,
    alias_nodes: usize,
    roots: Vec<Node>,
}

impl Builder<'_> {
    fn offset(&self, marker: saphyr_parser::Marker) -> usize {
        if let Some(positions) = self.positions {
            return positions.offset(marker);
        }
        self.lines.offset_of_char_col(
            self.full_text,
            self.first_line + marker.line(),
            marker.col(),
        )
    }

    fn scan_error(&self, error: &ScanError) -> YamlError {
        let at = self.offset(*error.marker());
        YamlError {
            span: Span::new(at, (at + 1).min(self.full_text.len())),
            message: error.info().to_string(),
        }
    }

    fn error(&self, span: Span, message: impl Into<String>) -> YamlError {
        YamlError {
            span,
            message: message.into(),
        }
    }

    fn on_event(&mut self, event: Event<'_>, span: Span) -> Result<(), YamlError> {
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                let span = quoted_span(self.full_text, span, style);
                let node = Node::new(span, scalar_value(&text, style, tag.as_deref()));
                self.remember(anchor, &node);
                self.attach(node)
            }
            Event::SequenceStart(anchor, tag) => {
                self.check_depth(span)?;
                // GitLab's `!reference [.job, script]` is a value taken from elsewhere.
                let reference = tag
                    .as_deref()
                    .is_some_and(|t| t.handle == "!" && t.suffix == "reference");
                self.stack.push(Frame::Seq {
                    start: span,
                    anchor,
                    items: Vec::new(),
                    reference,
                });
                Ok(())
            }
            Event::MappingStart(anchor, _) => {
                self.check_depth(span)?;
                self.stack.push(Frame::Map {
                    start: span,
                    anchor,
                    entries: Vec::new(),
                    key: None,
                });
                Ok(())
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = self.stack.pop() else {
                    return Err(self.error(span, "unbalanced collection end"));
                };
                let (node, anchor) = match frame {
                    Frame::Seq {
                        start,
                        anchor,
                        reference: true,
                        ..
                    } => (Node::unknown(start.cover(span)), anchor),
                    Frame::Seq {
                        start,
                        anchor,
                        items,
                        ..
                    } => (Node::new(start.cover(span), Value::Seq(items)), anchor),
                    Frame::Map {
                        start,
                        anchor,
                        entries,
                        ..
                    } => (
                        Node::new(start.cover(span), Value::Map(apply_merge_keys(entries))),
                        anchor,
                    ),
                };
                self.remember(anchor, &node);
                self.attach(node)
            }
            Event::Alias(id) => {
                let Some(target) = self.anchors.get(&id) else {
                    return Err(self.error(span, "alias to an unknown anchor"));
                };
                self.alias_nodes += count_nodes(target);
                if self.alias_nodes > self.limits.alias_budget {
                    return Err(self.error(
                        span,
                        format!(
                            "alias expansion exceeds the budget of {} nodes (possible alias bomb; --max-yaml-aliases)",
                            self.limits.alias_budget
                        ),
                    ));
                }
                let mut node = target.clone();
                node.span = span;
                self.attach(node)
            }
            Event::DocumentStart(_) => {
                self.anchors.clear();
                self.alias_nodes = 0;
                Ok(())
            }
            Event::DocumentEnd | Event::StreamStart | Event::StreamEnd | Event::Nothing => Ok(()),
        }
    }

    fn check_depth(&self, span: Span) -> Result<(), YamlError> {
        if self.stack.len() >= self.limits.max_depth {
            return Err(self.error(
                span,
                format!(
                    "nesting deeper than {} levels (--max-depth)",
                    self.limits.max_depth
                ),
            ));
        }
        Ok(())
    }

    fn remember(&mut self, anchor: usize, node: &Node) {
        if anchor > 0 {
            self.anchors.insert(anchor, node.clone());
        }
    }

    fn attach(&mut self, node: Node) -> Result<(), YamlError> {
        match self.stack.last_mut() {
            None => {
                self.roots.push(node);
                Ok(())
            }
            Some(Frame::Seq { items, .. }) => {
                items.push(node);
                Ok(())
            }
            Some(Frame::Map { entries, key, .. }) => {
                match key.take() {
                    None => {
                        let text = match &node.value {
                            Value::Str(s) => s.clone(),
                            _ => node.display(),
                        };
                        *key = Some((text, node.span));
                    }
                    Some((key, key_span)) => entries.push(Entry {
                        key,
                        key_span,
                        value: node,
                    }),
                }
                Ok(())
            }
        }
    }
}

/// The span of a quoted scalar ends at its closing quote: the parser's end mark comes after
/// the blanks and the comment that follow it on the line.
fn quoted_span(text: &str, span: Span, style: ScalarStyle) -> Span {
    let quote = match style {
        ScalarStyle::SingleQuoted => b'\'',
        ScalarStyle::DoubleQuoted => b'"',
        _ => return span,
    };
    let Some(bytes) = text.as_bytes().get(span.range()) else {
        return span;
    };
    if bytes.first() != Some(&quote) {
        return span;
    }
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote => return Span::new(span.start(), span.start() + i + 1),
            _ => i += 1,
        }
    }
    span
}

/// Resolves `<<: *base` merge keys (YAML 1.1, honoured by Kubernetes tooling): merged entries never
/// override keys written in the mapping itself.
fn apply_merge_keys(entries: Vec<Entry>) -> Vec<Entry> {
    if !entries.iter().any(|e| e.key == "<<") {
        return entries;
    }
    let (merges, mut own): (Vec<Entry>, Vec<Entry>) =
        entries.into_iter().partition(|e| e.key == "<<");
    for merge in merges {
        let sources: Vec<&Node> = match &merge.value.value {
            Value::Map(_) => vec![&merge.value],
            Value::Seq(items) => items.iter().collect(),
            _ => Vec::new(),
        };
        for source in sources {
            for entry in source.entries() {
                if !own.iter().any(|e| e.key == entry.key) {
                    own.push(entry.clone());
                }
            }
        }
    }
    own
}

fn count_nodes(node: &Node) -> usize {
    let mut count = 0;
    let mut todo = vec![node];
    while let Some(n) = todo.pop() {
        count += 1;
        match &n.value {
            Value::Seq(items) => todo.extend(items.iter()),
            Value::Map(entries) => todo.extend(entries.iter().map(|e| &e.value)),
            _ => {}
        }
    }
    count
}

/// The value a plain (unquoted, untagged) scalar of this text has.
pub fn plain_scalar(text: &str) -> Value {
    scalar_value(text, ScalarStyle::Plain, None)
}

/// YAML 1.2 core schema for plain scalars, plus the YAML 1.1 booleans (`yes`/`no`/`on`/`off`) that
/// Kubernetes' YAML decoder still accepts. Quoted and block scalars are always strings.
fn scalar_value(text: &str, style: ScalarStyle, tag: Option<&saphyr_parser::Tag>) -> Value {
    if let Some(tag) = tag
        && (tag.handle == "tag:yaml.org,2002:" || tag.handle == "!!")
        && tag.suffix == "str"
    {
        return Value::Str(text.to_string());
    }
    if style != ScalarStyle::Plain {
        return Value::Str(text.to_string());
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => {
            return Value::Bool(true);
        }
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => {
            return Value::Bool(false);
        }
        _ => {}
    }
    if let Some(v) = parse_int(text) {
        return Value::Int(v);
    }
    if looks_like_float(text)
        && let Ok(f) = text.parse::<f64>()
    {
        return Value::Float(f);
    }
    match text {
        ".inf" | ".Inf" | ".INF" | "+.inf" => Value::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => Value::Float(f64::NAN),
        _ => Value::Str(text.to_string()),
    }
}

fn parse_int(text: &str) -> Option<i64> {
    let (sign, digits) = match text.as_bytes().first()? {
        b'-' => (-1, &text[1..]),
        b'+' => (1, &text[1..]),
        _ => (1, text),
    };
    if digits.is_empty() {
        return None;
    }
    let value = if let Some(hex) = digits.strip_prefix("0x") {
        i64::from_str_radix(hex, 16).ok()?
    } else if let Some(oct) = digits.strip_prefix("0o") {
        i64::from_str_radix(oct, 8).ok()?
    } else if digits.len() > 1
        && digits.starts_with('0')
        && digits.bytes().all(|b| (b'0'..=b'7').contains(&b))
    {
        // YAML 1.1 octal, as Kubernetes' decoder reads `defaultMode: 0644`.
        i64::from_str_radix(digits, 8).ok()?
    } else if digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()?
    } else {
        return None;
    };
    Some(sign * value)
}

fn looks_like_float(text: &str) -> bool {
    let t = text.trim_start_matches(['-', '+']);
    !t.is_empty()
        && t.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit() || b == b'.')
        && t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> YamlStream {
        parse_stream(text, &LineIndex::new(text), YamlLimits::default())
    }

    #[test]
    fn keeps_byte_spans_for_keys_and_values() {
        let text = "a: \"héllo\"\nb:\n  - x: 1\n    y: true\n";
        let s = parse(text);
        assert!(s.errors.is_empty(), "{:?}", s.errors);
        let root = &s.documents[0].root;
        let y = root
            .get("b")
            .unwrap()
            .items()
            .next()
            .unwrap()
            .entry("y")
            .unwrap();
        assert_eq!(&text[y.key_span.range()], "y");
        assert_eq!(&text[y.value.span.range()], "true");
        assert_eq!(y.value.as_bool(), Some(true));
        let a = root.get("a").unwrap();
        assert_eq!(a.as_str(), Some("héllo"));
        assert_eq!(&text[a.span.range()], "\"héllo\"");
    }

    #[test]
    fn a_broken_document_does_not_lose_the_others() {
        let text = "kind: A\n---\nkind: [unclosed\n---\nkind: C\n";
        let s = parse(text);
        assert_eq!(s.documents.len(), 2);
        assert_eq!(s.errors.len(), 1);
        assert_eq!(LineIndex::new(text).line_of(s.errors[0].span.start()), 2);
        let c = s.documents[1].root.get("kind").unwrap();
        assert_eq!(&text[c.span.range()], "C");
    }

    #[test]
    fn flow_closer_at_the_key_indentation_is_accepted() {
        // Accepted by libyaml and Go's yaml (docker compose, kubectl); YAML 1.2 wants the
        // closer deeper than the key.
        let text = "services:\n  tunnel:\n    command: [\n      \"tunnel\",\n\n      # more flags:\n      \"--no-autoupdate\",\n      #\"--protocol\", \"http2\",\n\n      \"run\"\n    ]\n    env: {\n      A: \"é\", B: 2\n  }\n    restart: always\n";
        let s = parse(text);
        assert!(s.errors.is_empty(), "{:?}", s.errors);
        let tunnel = s.documents[0]
            .root
            .get("services")
            .unwrap()
            .get("tunnel")
            .unwrap();
        let command = tunnel.get("command").unwrap();
        let args: Vec<&str> = command.items().filter_map(Node::as_str).collect();
        assert_eq!(args, ["tunnel", "--no-autoupdate", "run"]);
        let run = command.items().nth(2).unwrap();
        assert_eq!(&text[run.span.range()], "\"run\"");
        assert_eq!(
            tunnel.get("env").unwrap().get("B").unwrap().as_i64(),
            Some(2)
        );
        let restart = tunnel.entry("restart").unwrap();
        assert_eq!(&text[restart.key_span.range()], "restart");
        assert_eq!(&text[restart.value.span.range()], "always");
        // CRLF, and a sequence of the same shape at the top.
        let crlf = "a: [\r\n  1,\r\n  2\r\n]\r\nb: x\r\n";
        let s = parse(crlf);
        assert!(s.errors.is_empty(), "{:?}", s.errors);
        let b = s.documents[0].root.get("b").unwrap();
        assert_eq!(&crlf[b.span.range()], "x");
        // An item at the key's indentation too; but a comment on the last line with content
        // cannot be joined, so that stays an error.
        let items = parse("a:\n  b: [x,\n  y\n  ]\n");
        let b = items.documents[0].root.get("a").unwrap().get("b").unwrap();
        assert_eq!(
            b.items().filter_map(Node::as_str).collect::<Vec<_>>(),
            ["x", "y"]
        );
        assert_eq!(parse("a:\n  b: [\"x\", # c\n  ]\n").errors.len(), 1);
    }

    #[test]
    fn quoted_scalar_spans_end_at_the_quote() {
        let text = "a: \"x\"  # c\nb: 'it''s' # d\nc: \"q\\\" # \"\n";
        let quoted = parse(text);
        let root = &quoted.documents[0].root;
        assert_eq!(&text[root.get("a").unwrap().span.range()], "\"x\"");
        assert_eq!(&text[root.get("b").unwrap().span.range()], "'it''s'");
        assert_eq!(&text[root.get("c").unwrap().span.range()], "\"q\\\" # \"");
    }

    #[test]
    fn alias_bomb_is_rejected_quickly() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = (b'a' + i - 1) as char;
            let cur = (b'a' + i) as char;
            text.push_str(&format!(
                "{cur}: &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
        }
        let s = parse(&text);
        assert_eq!(s.documents.len(), 0);
        assert!(s.errors[0].message.contains("alias"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("{}{}", "[".repeat(20_000), "]".repeat(20_000));
        let s = parse(&text);
        assert_eq!(s.errors.len(), 1);
    }

    #[test]
    fn merge_keys_and_scalar_types() {
        let text =
            "base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\nn: 0x10\nf: 1.5\ns: '1'\nv: 1.10\n";
        let s = parse(text);
        let root = &s.documents[0].root;
        let m = root.get("m").unwrap();
        assert_eq!(m.get("x").unwrap().as_i64(), Some(1));
        assert_eq!(m.get("y").unwrap().as_i64(), Some(3));
        assert_eq!(root.get("n").unwrap().as_i64(), Some(16));
        let modes = parse("a: 0644\nb: 0\nc: 089\n");
        let m = &modes.documents[0].root;
        assert_eq!(m.get("a").unwrap().as_i64(), Some(0o644));
        assert_eq!(m.get("b").unwrap().as_i64(), Some(0));
        assert_eq!(m.get("c").unwrap().as_i64(), Some(89));
        assert!(matches!(root.get("f").unwrap().value, Value::Float(_)));
        assert!(matches!(root.get("s").unwrap().value, Value::Str(_)));
    }
}
