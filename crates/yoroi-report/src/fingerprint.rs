//! Stable finding fingerprints: rule, file, object, the normalised text of the flagged construct
//! and the evaluation context in other files — never line numbers, so adding lines above a
//! finding does not change it.

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
pub fn fingerprint(finding: &Finding) -> String {
    hash(finding, true)
}

/// The fingerprint yoroi wrote before it counted the evaluation context: baselines written then
/// still match through it.
pub fn legacy_fingerprint(finding: &Finding) -> String {
    hash(finding, false)
}

fn hash(finding: &Finding, with_context: bool) -> String {
    let snippet = finding.file.slice(finding.span);
    let normalised: String = snippet.split_whitespace().collect::<Vec<_>>().join(" ");
    let path = finding.file.display_path();
    let context: Vec<String> = if with_context {
        finding
            .labels
            .iter()
            .filter(|l| l.file.path != finding.file.path)
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
    format!("{:016x}", stable_hash(&parts))
}
