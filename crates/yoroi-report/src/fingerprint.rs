//! Stable finding fingerprints: rule, file, object and the normalised text of the flagged
//! construct — never line numbers, so adding lines above a finding does not change it.

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

/// A finding's fingerprint: the stable hash in hex.
pub fn fingerprint(finding: &Finding) -> String {
    let snippet = finding.file.slice(finding.span);
    let normalised: String = snippet.split_whitespace().collect::<Vec<_>>().join(" ");
    let hash = stable_hash(&[
        finding.rule.meta.id.as_bytes(),
        finding.file.display_path().as_bytes(),
        finding.object.as_deref().unwrap_or("").as_bytes(),
        normalised.as_bytes(),
    ]);
    format!("{hash:016x}")
}
