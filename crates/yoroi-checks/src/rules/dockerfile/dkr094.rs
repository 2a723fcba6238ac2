//! DKR094 label-license-not-spdx: `org.opencontainers.image.licenses` that is not an SPDX license
//! expression: free text (`Apache License 2.0`), lists (`MIT/Apache-2.0`, `MIT, BSD`) or common
//! non-SPDX names (`GPLv3`, `Apache2`, `BSD`).

use super::labels::labels;
use super::stages::object;
use crate::finding::Emitter;
use crate::rules::{Check, DockerfileCtx, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "DKR094",
    check: Check::Dockerfile(check),
};

const LICENSE_LABELS: &[&str] = &["org.opencontainers.image.licenses"];

/// Names people write that are not SPDX identifiers (compared case-insensitively), with the
/// identifier they usually mean.
const NOT_SPDX: &[(&str, &str)] = &[
    ("gpl", "GPL-2.0-only or GPL-3.0-only"),
    ("gplv2", "GPL-2.0-only"),
    ("gplv3", "GPL-3.0-only"),
    ("gpl2", "GPL-2.0-only"),
    ("gpl3", "GPL-3.0-only"),
    ("lgpl", "LGPL-2.1-only or LGPL-3.0-only"),
    ("lgplv2", "LGPL-2.1-only"),
    ("lgplv3", "LGPL-3.0-only"),
    ("agpl", "AGPL-3.0-only"),
    ("agplv3", "AGPL-3.0-only"),
    ("apache", "Apache-2.0"),
    ("apache2", "Apache-2.0"),
    ("apache-2", "Apache-2.0"),
    ("apache2.0", "Apache-2.0"),
    ("asl2", "Apache-2.0"),
    ("asl-2.0", "Apache-2.0"),
    ("bsd", "BSD-2-Clause or BSD-3-Clause"),
    ("mpl", "MPL-2.0"),
    ("mpl2", "MPL-2.0"),
    ("epl", "EPL-2.0"),
    ("proprietary", "LicenseRef-Proprietary"),
    ("commercial", "LicenseRef-Commercial"),
    ("public-domain", "CC0-1.0 or Unlicense"),
    ("publicdomain", "CC0-1.0 or Unlicense"),
];

fn check(ctx: &DockerfileCtx<'_>, out: &mut Emitter<'_>) {
    let df = ctx.dockerfile;
    for label in labels(df) {
        if !label.is(LICENSE_LABELS) {
            continue;
        }
        let Some(value) = label.known_value() else {
            continue;
        };
        if value.trim().is_empty() {
            continue;
        }
        let Err(problem) = parse(value) else {
            continue;
        };
        let finding = out.report(
            label.key_span,
            format!(
                "label `{}` should be an SPDX license expression: {problem}",
                label.key
            ),
        );
        if let Some(o) = object(df, label.instruction.stage) {
            finding.object(o);
        }
    }
}

#[derive(Debug, PartialEq)]
enum Token<'a> {
    Open,
    Close,
    Operator,
    With,
    Id(&'a str),
}

fn tokens(value: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    for word in value.split_whitespace() {
        let mut rest = word;
        while let Some(r) = rest.strip_prefix('(') {
            out.push(Token::Open);
            rest = r;
        }
        let mut closes = 0;
        while let Some(r) = rest.strip_suffix(')') {
            closes += 1;
            rest = r;
        }
        if !rest.is_empty() {
            out.push(match rest {
                "AND" | "OR" => Token::Operator,
                "WITH" => Token::With,
                id => Token::Id(id),
            });
        }
        out.extend((0..closes).map(|_| Token::Close));
    }
    out
}

/// Checks the grammar `expr := term ((AND|OR) term)*`, `term := id [WITH id] | ( expr )`, and
/// that each id is written like an SPDX identifier and is not a known non-SPDX name.
fn parse(value: &str) -> Result<(), String> {
    let tokens = tokens(value);
    let mut depth = 0usize;
    // What may come next: an operand (id or `(`) or an operator (`AND`/`OR`/`WITH`/`)`).
    let mut want_operand = true;
    let mut after_with = false;
    for token in &tokens {
        match token {
            Token::Open if want_operand => depth += 1,
            Token::Id(id) if want_operand => {
                check_id(id, after_with)?;
                want_operand = false;
                after_with = false;
            }
            Token::Close if !want_operand && depth > 0 => depth -= 1,
            Token::Operator if !want_operand => want_operand = true,
            Token::With if !want_operand => {
                want_operand = true;
                after_with = true;
            }
            Token::Id(id) => {
                return Err(format!(
                    "`{id}` follows a license without `AND`, `OR` or `WITH` (identifiers have no spaces)"
                ));
            }
            _ => return Err(format!("`{value}` is not a well-formed expression")),
        }
    }
    if want_operand || depth != 0 {
        return Err(format!("`{value}` is not a well-formed expression"));
    }
    Ok(())
}

fn check_id(id: &str, exception: bool) -> Result<(), String> {
    let plain = id.strip_suffix('+').unwrap_or(id);
    if plain.is_empty()
        || !plain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    {
        return Err(format!(
            "`{id}` is not an identifier (list several licenses with `AND`/`OR`, not `,` or `/`)"
        ));
    }
    if !exception
        && let Some((_, meant)) = NOT_SPDX.iter().find(|(n, _)| plain.eq_ignore_ascii_case(n))
    {
        return Err(format!("`{id}` is not an SPDX identifier; did you mean {meant}?"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn expressions() {
        for ok in [
            "MIT",
            "Apache-2.0 OR MIT",
            "(MIT AND BSD-3-Clause) OR GPL-2.0-or-later",
            "GPL-2.0+ WITH Classpath-exception-2.0",
            "LicenseRef-Proprietary",
        ] {
            assert_eq!(parse(ok), Ok(()), "{ok}");
        }
        for bad in ["Apache License 2.0", "MIT/Apache-2.0", "MIT, BSD-3-Clause", "GPLv3", "MIT OR", "(MIT", "MIT)"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
