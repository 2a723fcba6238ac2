//! GHA035 invalid-cron: an `on.schedule` cron expression GitHub cannot parse (not five fields,
//! a value out of range, a bad step). The schedule never fires.

use super::WorkflowCtx;
use crate::finding::Emitter;
use crate::rules::{Check, RustRule};

pub(crate) const RULE: RustRule = RustRule {
    id: "GHA035",
    check: Check::Workflow(check),
};

fn check(ctx: &WorkflowCtx<'_>, out: &mut Emitter<'_>) {
    let root = &ctx.workflow.root;
    let Some(on) = root.get("on").or_else(|| root.get("true")) else {
        return;
    };
    let Some(schedule) = on.get("schedule") else { return };
    for entry in schedule.items() {
        let Some(node) = entry.get("cron") else { continue };
        let Some(text) = node.as_str() else { continue };
        if text.contains("${{") {
            continue;
        }
        if let Err(why) = cron(text) {
            out.report(node.span, format!("invalid cron `{text}`: {why}"));
        }
    }
}

const FIELDS: [(&str, u32, u32, &[&str]); 5] = [
    ("minute", 0, 59, &[]),
    ("hour", 0, 23, &[]),
    ("day of month", 1, 31, &[]),
    (
        "month",
        1,
        12,
        &[
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ],
    ),
    // 7 is Sunday again in most cron implementations; accepted.
    ("day of week", 0, 7, &["sun", "mon", "tue", "wed", "thu", "fri", "sat"]),
];

/// Checks a POSIX cron expression as GitHub reads it.
pub(crate) fn cron(text: &str) -> Result<(), String> {
    let fields: Vec<&str> = text.split_whitespace().collect();
    if fields.len() != 5 {
        return Err(format!(
            "{} fields, where cron has five (minute hour day-of-month month day-of-week)",
            fields.len()
        ));
    }
    for (field, (name, min, max, names)) in fields.iter().zip(FIELDS) {
        for item in field.split(',') {
            item_ok(item, min, max, names).map_err(|e| format!("{name} `{item}`: {e}"))?;
        }
    }
    Ok(())
}

fn item_ok(item: &str, min: u32, max: u32, names: &[&str]) -> Result<(), String> {
    let (range, step) = match item.split_once('/') {
        Some((r, s)) => (r, Some(s)),
        None => (item, None),
    };
    if let Some(step) = step {
        match step.parse::<u32>() {
            Ok(n) if n >= 1 && n <= max.max(1) => {}
            _ => return Err(format!("step `{step}` is not a number from 1 to {max}")),
        }
    }
    // `?` (no specific value) is accepted in the two day fields.
    if range == "*" || (range == "?" && ((min == 1 && max == 31) || max == 7)) {
        return Ok(());
    }
    let value = |v: &str| -> Result<u32, String> {
        if let Some(i) = names.iter().position(|n| n.eq_ignore_ascii_case(v)) {
            // Month names count from 1, day names from 0.
            return Ok(i as u32 + u32::from(names.len() == 12));
        }
        match v.parse::<u32>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            Ok(n) => Err(format!("{n} is outside {min}-{max}")),
            Err(_) => Err(format!("`{v}` is not a number")),
        }
    };
    match range.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (value(a)?, value(b)?);
            if a > b {
                return Err(format!("the range starts after it ends ({a} > {b})"));
            }
        }
        None => {
            value(range)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::cron;

    #[test]
    fn valid_and_invalid() {
        for ok in [
            "0 0 * * *",
            "*/15 * * * *",
            "30 5,17 * * 1-5",
            "0 3 1 JAN-MAR mon",
            "0 0 * * 7",
            "0 12 ? * MON",
            "5-55/10 * * * *",
        ] {
            assert_eq!(cron(ok), Ok(()), "{ok}");
        }
        for bad in [
            "0 0 * *",
            "0 0 * * * *",
            "60 * * * *",
            "0 24 * * *",
            "0 0 0 * *",
            "0 0 * 13 *",
            "*/0 * * * *",
            "0 0 * * MOX",
            "5-1 * * * *",
            "a * * * *",
        ] {
            assert!(cron(bad).is_err(), "{bad}");
        }
    }
}
