//! Terraform modules: every `.tf` / `.tf.json` file of a directory parsed into blocks with spans,
//! then evaluated ([`eval`]) into resource instances whose bodies are [`Node`] trees for rules.
//!
//! Parsing ([`ParsedModule::parse`]) and evaluation ([`eval::evaluate_root`]) are separate so a
//! scan can parse every directory once, find which directories are only called as modules, and
//! evaluate each root module with its callees.

pub mod eval;
mod json;
pub mod value;

use crate::node::Node;
use crate::source::{FileKind, SourceFile, Span};
use hcl_edit::Span as _;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How deep `{`/`[`/`(` may nest before a file is refused (the HCL parser is recursive).
pub const MAX_NESTING: usize = 200;

/// The files of one directory, parsed but not evaluated.
#[derive(Debug, Default)]
pub struct ParsedModule {
    pub dir: PathBuf,
    pub files: Vec<Arc<SourceFile>>,
    /// The HCL body of each file (`None` for JSON, variable files and files that failed).
    bodies: Vec<Option<hcl_edit::structure::Body>>,
    /// Blocks of `.tf.json` files (their values are taken literally).
    json_blocks: Vec<Block>,
    pub errors: Vec<TfError>,
}

/// An evaluated module: its blocks and those of the local modules it calls.
#[derive(Debug, Default)]
pub struct Module {
    pub dir: PathBuf,
    /// This module's files first, then the files of called modules.
    pub files: Vec<Arc<SourceFile>>,
    pub blocks: Vec<Block>,
    /// Syntax errors of this module's own files.
    pub errors: Vec<TfError>,
    /// What evaluation could not do (remote modules, limits, cycles).
    pub diagnostics: Vec<TfDiagnostic>,
    /// Referenced address → indices of the blocks that refer to it, built on the first
    /// [`Module::referrers`] call (so `blocks` must be complete by then). A linear search per
    /// resource made companion checks quadratic in the module's size.
    pub referrer_index: std::sync::OnceLock<HashMap<String, Vec<usize>>>,
    /// Resource type → indices of its blocks, built on the first [`Module::of_type`] call.
    pub type_index: std::sync::OnceLock<HashMap<String, Vec<usize>>>,
}

#[derive(Debug, Clone)]
pub struct TfError {
    /// Index into the module's files.
    pub file: usize,
    pub span: Span,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TfDiagnosticKind {
    /// A module from a registry or git: not downloaded, not checked.
    NotAnalysed,
    /// An expansion or evaluation budget was hit.
    Limit,
    /// A cycle between locals.
    Cycle,
}

#[derive(Debug, Clone)]
pub struct TfDiagnostic {
    /// Index into [`Module::files`].
    pub file: usize,
    pub span: Span,
    pub kind: TfDiagnosticKind,
    pub message: String,
}

/// An evaluated block (`resource`, `data`, `module`, `provider`, `terraform`); a resource with
/// `count` or `for_each` becomes one block per instance.
#[derive(Debug, Clone)]
pub struct Block {
    /// Index into [`Module::files`].
    pub file: usize,
    pub kind: String,
    pub labels: Vec<String>,
    pub span: Span,
    /// The block identifier through its last label: where "missing attribute" findings point.
    pub header: Span,
    pub body: Node,
    /// The module calls leading here (`["vpc", "flow_log"]`); empty in the root module.
    pub module_path: Vec<String>,
    /// `[0]` or `["key"]` for an instance of `count`/`for_each`.
    pub instance: Option<String>,
    /// Addresses of the resources and data sources this block refers to: local ones
    /// (`aws_s3_bucket.logs`) and, for those reached through a module input or output, absolute
    /// ones ([`absolute_reference`]: `/log_bucket/aws_s3_bucket.this`).
    pub references: Vec<String>,
    /// The `module` blocks that instantiated this block, outermost first, parallel to
    /// `module_path`: (index into [`Module::files`], span of the call's header).
    pub calls: Vec<(usize, Span)>,
}

impl Block {
    /// `aws_s3_bucket.logs` (without module path or instance key).
    pub fn local_address(&self) -> String {
        match self.kind.as_str() {
            "resource" => self.labels.join("."),
            "data" => format!("data.{}", self.labels.join(".")),
            "module" => format!("module.{}", self.labels.join(".")),
            _ => {
                if self.labels.is_empty() {
                    self.kind.clone()
                } else {
                    format!("{}.{}", self.kind, self.labels.join("."))
                }
            }
        }
    }

    /// `module.vpc.aws_flow_log.this[0]`: the full address as Terraform shows it.
    pub fn address(&self) -> String {
        let mut out = String::new();
        for call in &self.module_path {
            out.push_str("module.");
            out.push_str(call);
            out.push('.');
        }
        out.push_str(&self.local_address());
        if let Some(instance) = &self.instance {
            out.push_str(instance);
        }
        out
    }

    /// The resource or data source type (first label).
    pub fn resource_type(&self) -> Option<&str> {
        match self.kind.as_str() {
            "resource" | "data" => self.labels.first().map(String::as_str),
            _ => None,
        }
    }
}

impl ParsedModule {
    /// Parses the files of one directory. Files that fail to parse become errors; the others are
    /// kept.
    pub fn parse(dir: PathBuf, files: Vec<Arc<SourceFile>>) -> ParsedModule {
        let mut module = ParsedModule {
            dir,
            bodies: vec![None; files.len()],
            files,
            ..ParsedModule::default()
        };
        for index in 0..module.files.len() {
            let file = Arc::clone(&module.files[index]);
            match file.kind {
                FileKind::Terraform | FileKind::TerraformVars => {
                    parse_hcl(&file, index, &mut module)
                }
                FileKind::TerraformJson => json::parse_json(&file, index, &mut module),
                _ => {}
            }
        }
        module
    }

    /// The HCL bodies of the module's `.tf` files.
    pub(crate) fn bodies(&self) -> impl Iterator<Item = (usize, &hcl_edit::structure::Body)> {
        self.bodies
            .iter()
            .enumerate()
            .filter(|(i, _)| self.files[*i].kind == FileKind::Terraform)
            .filter_map(|(i, b)| b.as_ref().map(|b| (i, b)))
    }

    /// Directories of the local modules this module calls (`source = "./…"` / `"../…"`).
    pub fn local_calls(&self) -> Vec<PathBuf> {
        self.local_calls_counted()
            .into_iter()
            .map(|(dir, _)| dir)
            .collect()
    }

    /// The local module calls, each with whether its number of instances depends on an
    /// expression (`count` or `for_each`), so that it may be none at all.
    pub fn local_calls_counted(&self) -> Vec<(PathBuf, bool)> {
        let mut out = Vec::new();
        for (_, body) in self.bodies() {
            for block in body.blocks().filter(|b| b.ident.as_str() == "module") {
                if let Some(source) = block
                    .body
                    .get_attribute("source")
                    .and_then(|a| a.value.as_str())
                    && (source.starts_with("./") || source.starts_with("../"))
                {
                    let counted = block.body.get_attribute("count").is_some()
                        || block.body.get_attribute("for_each").is_some();
                    out.push((eval::normalize(&self.dir.join(source)), counted));
                }
            }
        }
        out
    }

    pub fn has_configuration(&self) -> bool {
        has_configuration(&self.files)
    }
}

/// Whether the files configure anything (`.tf`, `.tf.json`), not only set variables (`.tfvars`).
pub fn has_configuration(files: &[Arc<SourceFile>]) -> bool {
    files
        .iter()
        .any(|f| matches!(f.kind, FileKind::Terraform | FileKind::TerraformJson))
}

impl Module {
    /// Parses and evaluates a directory as a root module on its own (no outside inputs, no
    /// module loading): what tests and single-file scans use.
    pub fn parse(dir: PathBuf, files: Vec<Arc<SourceFile>>) -> Module {
        let parsed = ParsedModule::parse(dir, files);
        let ctx = eval::EvalContext::new(&eval::NoLoader, eval::EvalLimits::default());
        eval::evaluate_root(&parsed, &eval::RootInputs::default(), &ctx)
    }

    pub fn resources(&self) -> impl Iterator<Item = &Block> {
        self.blocks
            .iter()
            .filter(|b| b.kind == "resource" || b.kind == "data")
    }

    pub fn file(&self, block: &Block) -> &Arc<SourceFile> {
        &self.files[block.file]
    }

    /// Every resource block of `resource_type`, in any module instance of the tree.
    pub fn of_type<'a>(&'a self, resource_type: &str) -> impl Iterator<Item = &'a Block> + 'a {
        let index = self.type_index.get_or_init(|| {
            let mut index: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, block) in self.blocks.iter().enumerate() {
                if block.kind == "resource"
                    && let Some(t) = block.resource_type()
                {
                    index.entry(t.to_string()).or_default().push(i);
                }
            }
            index
        });
        index
            .get(resource_type)
            .into_iter()
            .flatten()
            .map(|&i| &self.blocks[i])
    }

    /// Blocks of the given types that refer to `target` — the companions of a resource (a
    /// bucket's `aws_s3_bucket_public_access_block`, a security group's
    /// `aws_security_group_rule`s): in the same module instance, or in another one that got the
    /// reference through a module input or output (a VPC in `module.vpc`, its `aws_flow_log` in
    /// `module.flow_log` with `vpc_id = module.vpc.vpc_id`).
    pub fn referrers<'a>(
        &'a self,
        target: &'a Block,
        types: &'a [&'a str],
    ) -> impl Iterator<Item = &'a Block> + 'a {
        let index = self.referrer_index.get_or_init(|| {
            let mut index: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, block) in self.blocks.iter().enumerate() {
                for reference in &block.references {
                    let list = index.entry(reference.clone()).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
            index
        });
        let address = target.local_address();
        let path: Vec<String> = target
            .module_path
            .iter()
            .map(|call| call.split('[').next().unwrap_or(call).to_string())
            .collect();
        let absolute = absolute_reference(&path, &address);
        // Local references count inside the target's own module instance; absolute ones (that
        // crossed a module boundary) count wherever they are.
        let local = index
            .get(&address)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| self.blocks[i].module_path == target.module_path);
        let crossing = index.get(&absolute).into_iter().flatten().copied();
        let mut hits: Vec<usize> = local.chain(crossing).collect();
        hits.sort_unstable();
        hits.dedup();
        hits.into_iter()
            .map(|i| &self.blocks[i])
            .filter(move |b| b.resource_type().is_some_and(|t| types.contains(&t)))
    }
}

/// A resource address that names its module instance: `/aws_vpc.main` in the root module,
/// `/vpc/aws_vpc.this` in `module.vpc` (instance keys left out). References that cross a module
/// boundary are recorded in this form, next to the local addresses of the block's own module.
pub fn absolute_reference(module_path: &[String], local_address: &str) -> String {
    let mut out = String::from("/");
    for call in module_path {
        out.push_str(call);
        out.push('/');
    }
    out.push_str(local_address);
    out
}

fn parse_hcl(file: &SourceFile, index: usize, module: &mut ParsedModule) {
    let text = file.text.as_str();
    if let Some(at) = nesting_exceeds(text, MAX_NESTING) {
        module.errors.push(TfError {
            file: index,
            span: Span::new(at, at + 1),
            message: format!(
                "nesting deeper than {MAX_NESTING} levels (a fixed cap for Terraform files)"
            ),
        });
        return;
    }
    // A UTF-8 byte order mark (editors on Windows write one) is blanked to three spaces for
    // the parser, which rejects it, so every span still points into the original text.
    let unmarked;
    let parsed_text = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            unmarked = format!("   {rest}");
            unmarked.as_str()
        }
        None => text,
    };
    match hcl_edit::parser::parse_body(parsed_text) {
        Ok(body) => module.bodies[index] = Some(body),
        Err(error) => {
            let loc = error.location();
            let mut at =
                file.lines
                    .offset_of_char_col(text, loc.line(), loc.column().saturating_sub(1));
            let mut message = error.message().to_string();
            // The blocks around the error that are whole are still checked.
            let recovered = recover::recover(parsed_text, file.kind == FileKind::TerraformVars);
            if let Some(moved) = recovered
                .as_ref()
                .and_then(|body| recover::error_offset(parsed_text, body, at))
            {
                message = format!(
                    "this block does not parse (the parser stopped at line {}: {message})",
                    loc.line()
                );
                at = moved;
            }
            module.errors.push(TfError {
                file: index,
                span: Span::new(at, (at + 1).min(text.len()).max(at)),
                message,
            });
            module.bodies[index] = recovered;
        }
    }
}

fn span_of(range: Option<std::ops::Range<usize>>) -> Span {
    range.map_or(Span::default(), |r| Span::new(r.start, r.end))
}

pub(crate) fn header_span(block: &hcl_edit::structure::Block) -> Span {
    let ident = span_of(block.ident.span());
    block
        .labels
        .iter()
        .filter_map(|l| match l {
            hcl_edit::structure::BlockLabel::Ident(i) => i.span(),
            hcl_edit::structure::BlockLabel::String(s) => s.span(),
        })
        .fold(ident, |acc, r| acc.cover(span_of(Some(r))))
}

/// The offset where bracket nesting first exceeds `max`, ignoring brackets inside strings well
/// enough to keep real files well under the limit.
fn nesting_exceeds(text: &str, max: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, b) in text.bytes().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' | b'(' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            b'}' | b']' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Whether `path` lies inside `root` (both as written, normalised).
pub fn is_within(path: &Path, root: &Path) -> bool {
    let path = eval::normalize(path);
    let root = eval::normalize(root);
    root.as_os_str() == "." && !path.starts_with("..") || path.starts_with(&root)
}

mod recover;
pub(crate) use recover::recover as recover_body;

#[cfg(test)]
mod tests;
