//! Stable finding fingerprints: rule, file, object, the normalised text of the flagged construct,
//! the evaluation context in other files and, for a construct repeated in one object, its
//! occurrence — never line numbers, so adding lines above a finding does not change it.

use std::collections::HashMap;
use yoroi_checks::Finding;

/// A 64-bit FNV-1a hash of several parts (each followed by a separator byte), stable across
/// platforms and releases, unlike `DefaultHasher`.
pub fn stable_hash(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in *part {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// A finding's fingerprint: the stable hash in hex, of the rule, file, object and flagged text,
/// and of the secondary locations in other files (the `module` call and variable default of the
/// root that evaluated a shared module), so the same module line reached from two roots, or
/// through two instances, gives two fingerprints. Labels in the finding's own file are left out:
/// they never tell two findings apart, and leaving them out keeps those fingerprints as they were.
/// So are notes on where the file is used (a Dockerfile's builders): they change with what else
/// was scanned, not with the finding.
pub fn fingerprint(finding: &Finding) -> String {
    format!("{:016x}", hash(finding, true, true))
}

/// The fingerprint yoroi wrote before it counted occurrences: baselines written then still
/// match through it.
pub fn unnumbered_fingerprint(finding: &Finding) -> String {
    format!("{:016x}", hash(finding, true, false))
}

/// The fingerprint yoroi wrote before it counted the evaluation context: baselines written then
/// still match through it.
pub fn legacy_fingerprint(finding: &Finding) -> String {
    format!("{:016x}", hash(finding, false, false))
}

/// Numbers the findings that would otherwise share a fingerprint, in the order given (the
/// report's order: by file and position), so that each one's fingerprint is its own. A repeated
/// construct inserted above another changes the latter's number, as GitHub's own line hashes do.
pub fn number_occurrences(findings: &mut [Finding]) {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    for finding in findings {
        let count = seen.entry(hash(finding, true, false)).or_insert(0);
        finding.occurrence = *count;
        *count += 1;
    }
}

fn hash(finding: &Finding, with_context: bool, with_occurrence: bool) -> u64 {
    let snippet = finding.file.slice(finding.span);
    let normalised: String = snippet.split_whitespace().collect::<Vec<_>>().join(" ");
    let path = finding.file.display_path();
    let context: Vec<String> = if with_context {
        finding
            .labels
            .iter()
            .filter(|l| l.file.path != finding.file.path && !l.usage)
            .map(|l| format!("{}\u{1f}{}", l.file.display_path(), l.message))
            .collect()
    } else {
        Vec::new()
    };
    let mut parts: Vec<&[u8]> = vec![
        finding.rule.meta.id.as_bytes(),
        path.as_bytes(),
        finding.object.as_deref().unwrap_or("").as_bytes(),
        normalised.as_bytes(),
    ];
    parts.extend(context.iter().map(|c| c.as_bytes()));
    // The first occurrence hashes as before, so existing fingerprints do not move.
    let occurrence = finding.occurrence.to_le_bytes();
    if with_occurrence && finding.occurrence > 0 {
        parts.push(b"occurrence");
        parts.push(&occurrence);
    }
    stable_hash(&parts)
}
