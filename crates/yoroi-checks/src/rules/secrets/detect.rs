//! The shared secret detector: well-known credential formats found in any text, the test that
//! tells a literal credential from a placeholder, and the redacted form messages show.
//!
//! Patterns are compiled once. A file is first searched for the literal prefixes every format
//! starts with (one pass, literal search), and only a file that holds one is searched with the
//! formats themselves, so the detector costs little on the many files without any.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A credential of a well-known format found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct KeyMatch {
    /// What it is, for messages: "AWS access key id".
    pub kind: &'static str,
    /// The secret's bytes in the text (what outputs mask).
    pub range: Range<usize>,
    /// How many leading bytes a message may show: the format's public prefix (`AKIA`, `ghp_`).
    pub shown: usize,
}

struct Format {
    kind: &'static str,
    pattern: Regex,
    /// The capture group holding the secret (0: the whole match).
    group: usize,
    shown: usize,
    /// Whether a candidate is a credential and not an example or placeholder; may widen the
    /// range (a private key block runs to its END line).
    verify: fn(&str, Range<usize>) -> Option<Range<usize>>,
}

/// The literal prefixes of every format: the cheap first pass.
static PREFILTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r#"AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|glpat-|xox[abprs]-|hooks\.slack\.com/services/|[sr]k_live_|AIza|-----BEGIN|LS0tLS1CRUdJTi|eyJ|(?i:secret[_.-]?access[_.-]?key)|://[^/\s:@"'`]+:[^/\s@"'`]+@"#,
    )
});

static FORMATS: LazyLock<Vec<Format>> = LazyLock::new(|| {
    vec![
        Format {
            kind: "AWS access key id",
            pattern: compile(r"\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b"),
            group: 0,
            shown: 4,
            verify: |text, r| varied(&text[r.start + 4..r.end], 8).then_some(r),
        },
        Format {
            kind: "AWS secret access key",
            // `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY: …`, and the Kubernetes
            // `name: AWS_SECRET_ACCESS_KEY` / `value: …` pair.
            pattern: compile(
                r#"(?i:secret[_.-]?access[_.-]?key)["']?(?:\s*(?:[:=]|=>)\s*|\s*\n\s*value:\s*)["']?([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)"#,
            ),
            group: 1,
            shown: 0,
            verify: |text, r| {
                let s = &text[r.clone()];
                (entropy(s) >= 4.2
                    && s.bytes().any(|b| b.is_ascii_uppercase())
                    && s.bytes().any(|b| b.is_ascii_lowercase())
                    && s.bytes().any(|b| b.is_ascii_digit()))
                .then_some(r)
            },
        },
        Format {
            kind: "GitHub token",
            pattern: compile(
                r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b",
            ),
            group: 0,
            shown: 4,
            verify: |text, r| varied(&text[r.start + 4..r.end], 12).then_some(r),
        },
        Format {
            kind: "GitLab personal access token",
            pattern: compile(r"\bglpat-[A-Za-z0-9_-]{20,}"),
            group: 0,
            shown: 6,
            verify: |text, r| varied(&text[r.start + 6..r.end], 10).then_some(r),
        },
        Format {
            kind: "Slack token",
            pattern: compile(r"\bxox[abprs]-[0-9]{6,}-[0-9A-Za-z-]{8,}"),
            group: 0,
            shown: 5,
            verify: |text, r| varied(&text[r.start + 5..r.end], 10).then_some(r),
        },
        Format {
            kind: "Slack webhook URL",
            pattern: compile(
                r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,}/B[A-Z0-9]{8,}/[A-Za-z0-9]{24}",
            ),
            group: 0,
            shown: 33,
            verify: |text, r| varied(&text[r.end - 24..r.end], 10).then_some(r),
        },
        Format {
            kind: "Stripe live key",
            pattern: compile(r"\b[sr]k_live_[0-9a-zA-Z]{24,}\b"),
            group: 0,
            shown: 8,
            verify: |text, r| varied(&text[r.start + 8..r.end], 10).then_some(r),
        },
        Format {
            kind: "Google API key",
            pattern: compile(r"\bAIza[0-9A-Za-z_-]{35}(?:[^0-9A-Za-z_-]|$)"),
            group: 0,
            shown: 4,
            verify: |text, r| {
                let end = r.start + 39;
                varied(&text[r.start + 4..end], 12).then_some(r.start..end)
            },
        },
        Format {
            kind: "private key",
            pattern: compile(r"-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----"),
            group: 0,
            shown: 0,
            verify: private_key_block,
        },
        Format {
            kind: "base64-encoded private key",
            pattern: compile(r"LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,}={0,2}"),
            group: 0,
            shown: 0,
            verify: encoded_private_key,
        },
        Format {
            kind: "password in a URL",
            // `postgres://app:s3cret@db:5432/app`: the password is the secret.
            pattern: compile(r#"\b[a-z][a-z0-9+.-]*://[^/\s:@"'`]+:([^/\s@"'`]+)@[A-Za-z0-9.\[-]"#),
            group: 1,
            shown: 0,
            verify: |text, r| {
                let password = &text[r.clone()];
                (!is_placeholder(password) && !password.starts_with('$') && !password.contains('%'))
                    .then_some(r)
            },
        },
        Format {
            kind: "signed JSON Web Token",
            pattern: compile(
                r"\beyJ[A-Za-z0-9_-]{8,}={0,2}\.eyJ[A-Za-z0-9_-]{8,}={0,2}\.[A-Za-z0-9_-]{16,}",
            ),
            group: 0,
            shown: 3,
            verify: signed_jwt,
        },
    ]
});

fn compile(pattern: &str) -> Regex {
    // The patterns are constants: a failure is a bug caught by every test that scans a file.
    Regex::new(pattern).unwrap_or_else(|e| panic!("secret pattern {pattern}: {e}"))
}

/// Every well-known credential in `text`, in order, without overlaps.
pub(crate) fn find_all(text: &str) -> Vec<KeyMatch> {
    find(text, true)
}

/// As [`find_all`]; `urls: false` leaves out passwords in URLs (in Dockerfiles, DKR020 judges
/// them on `RUN` lines).
pub(crate) fn find(text: &str, urls: bool) -> Vec<KeyMatch> {
    if !PREFILTER.is_match(text) {
        return Vec::new();
    }
    let mut found: Vec<KeyMatch> = Vec::new();
    for format in FORMATS.iter() {
        if !urls && format.kind == "password in a URL" {
            continue;
        }
        for caps in format.pattern.captures_iter(text) {
            let Some(m) = caps.get(format.group) else {
                continue;
            };
            let Some(range) = (format.verify)(text, m.range()) else {
                continue;
            };
            if looks_like_example(&text[range.clone()]) {
                continue;
            }
            if found
                .iter()
                .any(|k| k.range.start < range.end && range.start < k.range.end)
            {
                continue;
            }
            found.push(KeyMatch {
                kind: format.kind,
                range,
                shown: format.shown,
            });
        }
    }
    found.sort_by_key(|k| k.range.start);
    found
}

/// Vendor documentation keys and obvious fillers (`AKIAIOSFODNN7EXAMPLE`, `ghp_xxxx…`).
fn looks_like_example(secret: &str) -> bool {
    const MARKERS: [&str; 8] = [
        "EXAMPLE",
        "example",
        "XXXXXXXX",
        "xxxxxxxx",
        "00000000",
        "REPLACE",
        "PLACEHOLDER",
        "placeholder",
    ];
    MARKERS.iter().any(|m| secret.contains(m))
        // jwt.io's sample token, pasted into countless READMEs.
        || secret.ends_with("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
}

/// At least `distinct` different characters: random material, not `AAAA…` or `1234…` fillers.
fn varied(s: &str, distinct: usize) -> bool {
    let mut seen = [false; 128];
    let mut count = 0;
    for b in s.bytes() {
        if b < 128 && !seen[b as usize] {
            seen[b as usize] = true;
            count += 1;
        }
    }
    count >= distinct
}

/// Shannon entropy in bits per character.
pub(crate) fn entropy(s: &str) -> f64 {
    let mut counts = [0u32; 256];
    for b in s.bytes() {
        counts[b as usize] += 1;
    }
    let len = s.len() as f64;
    if len == 0.0 {
        return 0.0;
    }
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / len;
            -p * p.log2()
        })
        .sum()
}

/// A PEM private key header followed by key material (not `...` or `<key>`); the range runs
/// to the END line when there is one, else over the material.
fn private_key_block(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let rest = &text[r.end..];
    let end = match rest.find("-----END ") {
        Some(at) => {
            let after = &rest[at + 9..];
            let close = after.find("-----").map_or(after.len(), |c| c + 5);
            r.end + at + 9 + close
        }
        None => {
            let material = rest
                .char_indices()
                .find(|&(_, c)| !(c.is_ascii_alphanumeric() || "+/=\\\n\r\t |\"'".contains(c)))
                .map_or(rest.len(), |(i, _)| i);
            r.end + material
        }
    };
    let body = &text[r.end..end];
    let material: String = body
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '+' || *c == '/')
        .take(400)
        .collect();
    (material.len() >= 64 && varied(&material, 20)).then_some(r.start..end)
}

/// `LS0tLS1CRUdJTi…`: base64 of `-----BEGIN`; a private key when the decoded header says so.
fn encoded_private_key(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let head = &text[r.start..r.end.min(r.start + 64)];
    let decoded = decode_base64(head.as_bytes());
    let header = String::from_utf8_lossy(&decoded);
    (header.contains("PRIVATE KEY") && varied(&text[r.clone()], 20)).then_some(r)
}

/// A JWT whose header names a signing algorithm other than `none`.
fn signed_jwt(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let token = &text[r.clone()];
    let header = token.split('.').next().unwrap_or("");
    let decoded = decode_base64(header.trim_end_matches('=').as_bytes());
    let header = String::from_utf8_lossy(&decoded);
    let signed = header.contains("\"alg\"") && !header.contains("\"none\"");
    signed.then_some(r)
}

/// Decodes standard or URL-safe base64, stopping at the first other byte.
pub(crate) fn decode_base64(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &b in input {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => break,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// What a message may show of a secret: its public prefix and its length.
pub(crate) fn redacted(secret: &str, shown: usize) -> String {
    let len = secret.chars().count();
    let shown = shown.min(len / 2);
    if shown == 0 {
        return format!("({len} characters)");
    }
    let prefix: String = secret.chars().take(shown).collect();
    format!("`{prefix}…` ({len} characters)")
}

/// Whether a literal given to a credential attribute is a real value and not a placeholder,
/// a reference or a name: `changeme`, `${var}`, `<password>`, `xxx`, `REPLACE_ME`, empty,
/// `$(VAR)`, `{{ .Values.x }}`, a path, an ARN.
pub(crate) fn is_placeholder(value: &str) -> bool {
    let v = value.trim();
    if v.chars().count() < 4 {
        return true;
    }
    let lower = v.to_ascii_lowercase();
    const WORDS: [&str; 22] = [
        "changeme",
        "change_me",
        "change-me",
        "changeit",
        "password",
        "secret",
        "example",
        "placeholder",
        "replace_me",
        "replaceme",
        "redacted",
        "dummy",
        "todo",
        "tbd",
        "none",
        "null",
        "test",
        "default",
        "your_password",
        "yourpassword",
        "mypassword",
        "sensitive",
    ];
    if WORDS.contains(&lower.as_str()) {
        return true;
    }
    let mut chars = v.chars();
    let first = chars.next().unwrap_or(' ');
    let one_char = v.chars().all(|c| c == first);
    one_char
        || v.contains("${")
        || v.contains("{{")
        || v.contains("$(")
        || (v.starts_with('<') && v.ends_with('>'))
        || (v.starts_with('$') && v[1..].chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        || lower.contains("xxxx")
        || lower.contains("****")
        || lower.contains("replace")
        || lower.contains("changeme")
        || lower.contains("change_me")
        || lower.contains("placeholder")
        || lower.contains("not-a-real")
        || lower.contains("not_a_real")
        || lower.starts_with("your")
        // `mypass`, `mysecret`: documentation fillers.
        || lower.starts_with("my") && v.chars().all(|c| c.is_ascii_alphabetic())
        || lower.starts_with("arn:")
        || v.starts_with('/')
        || v.starts_with("./")
        || v.starts_with("~/")
        // An environment variable or setting name (`DB_PASSWORD`), not a value.
        || v.chars().all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
            && v.contains('_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<&'static str> {
        find_all(text).into_iter().map(|k| k.kind).collect()
    }

    // Fake keys built from repeated pieces: they satisfy the detector's shape tests and are
    // obviously not issued credentials.
    const FAKE_AKIA: &str = "AKIAYOROITESTKEY2345";

    #[test]
    fn finds_formats() {
        assert_eq!(
            kinds(&format!("key = \"{FAKE_AKIA}\"")),
            ["AWS access key id"]
        );
        let gh = format!(
            "ghp_{}",
            "yoroiFakeTokenAbcdefghijklmnop0123456"
                .get(..36)
                .unwrap_or("")
        );
        assert_eq!(kinds(&gh), ["GitHub token"]);
        assert_eq!(
            kinds("token: glpat-yoroiFakeToken12345678"),
            ["GitLab personal access token"]
        );
        assert_eq!(
            kinds("AWS_SECRET_ACCESS_KEY=yoroiFake/SecretKey+0123456789abcdefghIJ"),
            ["AWS secret access key"]
        );
    }

    #[test]
    fn skips_examples_and_placeholders() {
        assert!(kinds("AKIAIOSFODNN7EXAMPLE").is_empty());
        assert!(kinds("AKIAAAAAAAAAAAAAAAAA").is_empty());
        assert!(
            kinds("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----").is_empty()
        );
        assert!(kinds("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c").is_empty());
        for p in [
            "changeme",
            "${var.pw}",
            "<password>",
            "xxx",
            "REPLACE_ME",
            "",
            "$(DB_PASSWORD)",
            "{{ .Values.pw }}",
        ] {
            assert!(is_placeholder(p), "{p}");
        }
        assert!(!is_placeholder("S3cr3t-Pa55word!"));
    }

    #[test]
    fn encoded_private_key_and_jwt() {
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAyoroiFAKEyoroiFAKEyoroiFAKEyoroiFAKEyoroiFAKEyoroiFAKE0123456789abcdefghijklmnopqrstuvwxyz\n-----END RSA PRIVATE KEY-----\n";
        assert_eq!(kinds(pem), ["private key"]);
        let encoded = "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFcEFJQkFBS0NBUUVBeW9yb2lGQUtFeW9yb2lGQUtF";
        assert_eq!(kinds(encoded), ["base64-encoded private key"]);
        // {"alg":"HS256","typ":"JWT"}.{"sub":"yoroi-test"}.signature
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ5b3JvaS10ZXN0In0.yoroiFakeSignature0123456789abcdef";
        assert_eq!(kinds(jwt), ["signed JSON Web Token"]);
    }

    #[test]
    fn passwords_in_urls() {
        assert_eq!(
            kinds("DATABASE_URL=postgres://app:s3cr3t-Fake@db:5432/app"),
            ["password in a URL"]
        );
        assert!(kinds("postgres://app:${DB_PASSWORD}@db/app").is_empty());
        assert!(kinds("postgres://user:password@localhost/app").is_empty());
        assert!(kinds("https://example.com:8443/path").is_empty());
        assert!(kinds("https://myacct:mypass@localhost:4430").is_empty());
    }

    #[test]
    fn redaction_keeps_only_the_prefix() {
        let shown = redacted(FAKE_AKIA, 4);
        assert!(!shown.contains(FAKE_AKIA));
        assert_eq!(shown, "`AKIA…` (20 characters)");
    }
}
