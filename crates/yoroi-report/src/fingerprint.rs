//! Stable finding fingerprints: rule, file, object and the normalised text of the flagged
//! construct — never line numbers, so adding lines above a finding does not change it.

use yoroi_checks::Finding;

/// A 64-bit FNV-1a hash in hex (stable across platforms and releases, unlike `DefaultHasher`).
pub fn fingerprint(finding: &Finding) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    feed(finding.rule.meta.id.as_bytes());
    feed(finding.file.display_path().as_bytes());
    feed(finding.object.as_deref().unwrap_or("").as_bytes());
    let snippet = finding.file.slice(finding.span);
    let normalised: String = snippet.split_whitespace().collect::<Vec<_>>().join(" ");
    feed(normalised.as_bytes());
    format!("{hash:016x}")
}
