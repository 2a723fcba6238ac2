//! Build stages as the rules see them: the chain of stages an image is built `FROM`, the
//! variables (`ARG`/`ENV`) in scope at each instruction, the `SHELL` that runs each `RUN`, and
//! `ENV`/`ARG` declarations with their spans.

use std::collections::HashMap;
use yoroi_syntax::Span;
use yoroi_syntax::dockerfile::shell::Script;
use yoroi_syntax::dockerfile::{
    Dockerfile, Form, ImageRef, Instruction, Keyword, Stage, Vars, substitute,
};

/// `stage` and, recursively, the earlier stages it is built `FROM`, root first.
pub(crate) fn chain<'d>(dockerfile: &'d Dockerfile, stage: &'d Stage) -> Vec<&'d Stage> {
    let mut out = vec![stage];
    let mut current = stage;
    while let Some(parent) = current
        .parent_stage
        .filter(|&p| p < current.index)
        .and_then(|p| dockerfile.stages.get(p))
    {
        out.push(parent);
        current = parent;
    }
    out.reverse();
    out
}

/// Indexes of the stages the final image is built from: the last stage and its ancestors.
pub(super) fn final_chain(dockerfile: &Dockerfile) -> Vec<usize> {
    dockerfile
        .final_stage()
        .map(|last| chain(dockerfile, last).iter().map(|s| s.index).collect())
        .unwrap_or_default()
}

/// The image the chain of `stage` finally starts from (a registry image, `scratch`, or unknown).
pub(crate) fn root_image<'d>(dockerfile: &'d Dockerfile, stage: &'d Stage) -> &'d ImageRef {
    let chain = chain(dockerfile, stage);
    let root = chain.first().copied().unwrap_or(stage);
    &root.image
}

/// "stage `name`" for findings inside a named stage.
pub(super) fn object(dockerfile: &Dockerfile, stage: Option<usize>) -> Option<String> {
    let stage = dockerfile.stages.get(stage?)?;
    Some(format!("stage {}", stage.name.as_ref()?.text))
}

/// Variables in scope before an instruction, and the shell that runs `RUN` in shell form.
#[derive(Clone)]
pub(crate) struct Scope {
    vars: Vars,
    /// `ENV` values of the stage and its ancestors (inherited; `ARG`s are not).
    env: HashMap<String, Option<String>>,
    /// Global `ARG` defaults (before the first `FROM`).
    global: HashMap<String, Option<String>>,
    /// Basename of the `SHELL` program, when one was set.
    shell: Option<String>,
    /// The whole `SHELL` argv, when one was set.
    shell_argv: Option<Vec<String>>,
    windows: bool,
    escape: char,
}

impl Scope {
    /// Substitutes `$X`/`${X}`; `None` when a variable is unknown.
    pub fn resolve(&self, text: &str) -> Option<String> {
        substitute(text, &self.vars, self.escape)
    }

    /// A variable is declared (by `ARG` or `ENV`) in the stage or inherited from its ancestors.
    pub fn is_declared(&self, name: &str) -> bool {
        self.vars.is_declared(name)
    }

    /// A global `ARG` (before the first `FROM`) of that name exists.
    pub fn is_global(&self, name: &str) -> bool {
        self.global.contains_key(name)
    }

    /// The `SHELL` argv in effect, when the stage chain set one.
    pub fn shell_argv(&self) -> Option<&[String]> {
        self.shell_argv.as_deref()
    }

    /// `RUN` in shell form goes through a POSIX shell we can parse.
    pub fn posix_shell(&self) -> bool {
        match &self.shell {
            Some(shell) => is_posix_shell(shell),
            None => !self.windows,
        }
    }
}

fn is_posix_shell(program: &str) -> bool {
    let base = program.rsplit(['/', '\\']).next().unwrap_or(program);
    matches!(base, "sh" | "bash" | "dash" | "ash" | "zsh" | "ksh")
}

/// A Windows base image runs `RUN` with `cmd /S /C` unless `SHELL` says otherwise.
pub(super) fn is_windows_image(image: &ImageRef) -> bool {
    image.effective().is_some_and(|r| {
        let r = r.to_ascii_lowercase();
        r.starts_with("mcr.microsoft.com/windows")
            || r.contains("nanoserver")
            || r.contains("servercore")
            || r.contains("windowsservercore")
    })
}

fn global_args(dockerfile: &Dockerfile) -> HashMap<String, Option<String>> {
    let mut vars = Vars::default();
    let mut out = HashMap::new();
    for instruction in &dockerfile.instructions {
        if instruction.stage.is_some() {
            break;
        }
        if instruction.keyword != Keyword::Arg {
            continue;
        }
        for decl in declarations(instruction, dockerfile.escape) {
            let value = decl
                .value
                .and_then(|v| substitute(&v, &vars, dockerfile.escape));
            vars.set(&decl.key, value.clone());
            out.insert(decl.key, value);
        }
    }
    out
}

/// Calls `visit(stage, instruction, scope)` for every instruction of the chain of `stage`, root
/// stage first, with the scope as it is *before* the instruction.
pub(crate) fn walk_chain<'d>(
    dockerfile: &'d Dockerfile,
    stage: &'d Stage,
    mut visit: impl FnMut(&'d Stage, &'d Instruction, &Scope),
) {
    let chain = chain(dockerfile, stage);
    let mut scope = Scope {
        vars: Vars::default(),
        env: HashMap::new(),
        global: global_args(dockerfile),
        shell: None,
        shell_argv: None,
        windows: chain.first().is_some_and(|s| is_windows_image(&s.image)),
        escape: dockerfile.escape,
    };
    for current in chain {
        // A new stage: ARGs are not inherited, ENV and SHELL are.
        scope.vars = Vars::default();
        for (name, value) in &scope.env {
            scope.vars.set(name, value.clone());
        }
        for instruction in dockerfile.stage_instructions(current) {
            visit(current, instruction, &scope);
            apply(&mut scope, instruction);
        }
    }
}

fn apply(scope: &mut Scope, instruction: &Instruction) {
    match instruction.keyword {
        Keyword::Arg => {
            for decl in declarations(instruction, scope.escape) {
                if scope.env.contains_key(&decl.key) {
                    // ENV wins over an ARG of the same name.
                    continue;
                }
                let value = match decl.value {
                    Some(v) => scope.resolve(&v),
                    None => scope.global.get(&decl.key).cloned().flatten(),
                };
                scope.vars.set(&decl.key, value);
            }
        }
        Keyword::Env => {
            for decl in declarations(instruction, scope.escape) {
                let value = decl.value.and_then(|v| scope.resolve(&v));
                scope.vars.set(&decl.key, value.clone());
                scope.env.insert(decl.key, value);
            }
        }
        Keyword::Shell => {
            if let Some(program) = instruction.json.first() {
                scope.shell = Some(program.text.clone());
                scope.shell_argv = Some(instruction.json.iter().map(|w| w.text.clone()).collect());
            }
        }
        _ => {}
    }
}

/// Calls `visit(stage, instruction, scope)` once for every instruction of every stage (its own
/// stage's instructions only), with the scope before it.
///
/// One pass: a stage starts from the scope its parent stage ended with (what [`walk_chain`]
/// would rebuild by walking the whole chain again), so the cost is linear in the instructions.
pub(super) fn each_instruction<'d>(
    dockerfile: &'d Dockerfile,
    mut visit: impl FnMut(&'d Stage, &'d Instruction, &Scope),
) {
    let global = global_args(dockerfile);
    let mut ended: Vec<Option<Scope>> = vec![None; dockerfile.stages.len()];
    for stage in &dockerfile.stages {
        let parent = stage
            .parent_stage
            .filter(|&p| p < stage.index)
            .and_then(|p| ended.get(p).cloned().flatten());
        let mut scope = parent.unwrap_or_else(|| Scope {
            vars: Vars::default(),
            env: HashMap::new(),
            global: global.clone(),
            shell: None,
            shell_argv: None,
            windows: is_windows_image(&stage.image),
            escape: dockerfile.escape,
        });
        // A new stage: ARGs are not inherited, ENV and SHELL are.
        scope.vars = Vars::default();
        for (name, value) in &scope.env {
            scope.vars.set(name, value.clone());
        }
        for instruction in dockerfile.stage_instructions(stage) {
            visit(stage, instruction, &scope);
            apply(&mut scope, instruction);
        }
        if let Some(slot) = ended.get_mut(stage.index) {
            *slot = Some(scope);
        }
    }
}

/// A `RUN` whose commands can be analysed.
pub(crate) struct Run<'d> {
    pub instruction: &'d Instruction,
    pub script: &'d Script,
    pub stage: &'d Stage,
}

/// Every `RUN` (any stage, `ONBUILD` excluded) run by a shell we understand: exec form, or shell
/// form under `sh`/`bash`/… (not `pwsh`, `cmd`, or a Windows base without `SHELL`).
pub(crate) fn runs(dockerfile: &Dockerfile) -> Vec<Run<'_>> {
    let mut out = Vec::new();
    each_instruction(dockerfile, |stage, instruction, scope| {
        if instruction.keyword != Keyword::Run {
            return;
        }
        let Some(script) = instruction.script.as_ref() else {
            return;
        };
        if instruction.form == Form::Shell && !scope.posix_shell() {
            return;
        }
        out.push(Run {
            instruction,
            script,
            stage,
        });
    });
    out
}

/// One `KEY=value` (or legacy `KEY value`, or `ARG NAME`) of an `ENV`/`ARG`.
pub(crate) struct Declaration {
    pub key: String,
    pub key_span: Span,
    /// The value as written, quotes removed; `None` for `ARG NAME` without a default.
    pub value: Option<String>,
}

/// The declarations of an `ENV` or `ARG` instruction.
pub(crate) fn declarations(instruction: &Instruction, escape: char) -> Vec<Declaration> {
    let words = instruction.args.words(escape);
    let legacy_env = instruction.keyword == Keyword::Env
        && words.len() >= 2
        && words.first().is_some_and(|w| !w.text.contains('='));
    if legacy_env {
        let key = &words[0];
        let value = words[1..]
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        return vec![Declaration {
            key: key.text.clone(),
            key_span: key.span,
            value: Some(value),
        }];
    }
    words
        .into_iter()
        .filter(|w| !w.text.is_empty())
        .map(|w| match w.text.split_once('=') {
            Some((key, value)) => {
                let key_span = if w.span.len() >= key.len() {
                    Span::new(w.span.start(), w.span.start() + key.len())
                } else {
                    w.span
                };
                Declaration {
                    key: key.to_string(),
                    key_span,
                    value: Some(value.to_string()),
                }
            }
            None => Declaration {
                key: w.text,
                key_span: w.span,
                value: None,
            },
        })
        .collect()
}
