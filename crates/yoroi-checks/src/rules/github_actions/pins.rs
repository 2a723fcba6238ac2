//! The tables yoroi embeds about actions' refs, so that it never needs the network: the release
//! tags of widely used actions and the commits they point to (`data/gha-action-pins.tsv`, for
//! the GHA009 fix and GHA038), and the refs known to have run malicious code
//! (`data/gha-compromised.tsv`, for GHA039). `scripts/refresh-action-pins.py` regenerates the
//! first; `docs/github-actions.md` says how and when.

use std::collections::HashMap;
use std::sync::LazyLock;

/// How old the tag table may be before `--fix` warns that its pins may be behind.
pub const PIN_TABLE_MAX_AGE_DAYS: i64 = 180;

/// Release tags and their commits, per action.
pub(crate) struct PinTable {
    /// `YYYY-MM-DD`, from the table's `# date:` header line.
    pub(crate) date: String,
    /// Lower-cased `owner/repo` → (tag, commit SHA) in the table's order (ascending version).
    actions: HashMap<String, Vec<(String, String)>>,
}

pub(crate) static PINS: LazyLock<PinTable> =
    LazyLock::new(|| PinTable::parse(include_str!("../../../data/gha-action-pins.tsv")));

/// A release-like tag (`v4`, `v4.1`, `v4.1.2`) as its numbers.
pub(crate) fn tag_version(tag: &str) -> Option<Vec<u64>> {
    let parts: Option<Vec<u64>> = tag
        .strip_prefix('v')?
        .split('.')
        .map(|p| p.parse().ok())
        .collect();
    parts.filter(|p| (1..=3).contains(&p.len()))
}

impl PinTable {
    fn parse(text: &str) -> PinTable {
        let mut date = String::new();
        let mut actions: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for line in text.lines() {
            if let Some(comment) = line.strip_prefix('#') {
                if let Some(d) = comment.trim().strip_prefix("date:") {
                    date = d.trim().to_string();
                }
                continue;
            }
            let mut cols = line.split('\t');
            if let (Some(action), Some(tag), Some(sha)) = (cols.next(), cols.next(), cols.next()) {
                actions
                    .entry(action.to_ascii_lowercase())
                    .or_default()
                    .push((tag.to_string(), sha.to_ascii_lowercase()));
            }
        }
        PinTable { date, actions }
    }

    fn tags(&self, action: &str) -> Option<&[(String, String)]> {
        self.actions
            .get(&action.to_ascii_lowercase())
            .map(Vec::as_slice)
    }

    /// The commit a tag of an action points to.
    pub(crate) fn commit(&self, action: &str, tag: &str) -> Option<&str> {
        self.tags(action)?
            .iter()
            .find(|(t, _)| t == tag)
            .map(|(_, sha)| sha.as_str())
    }

    /// The tags that point to a commit of an action; `None` when the action is not in the table.
    pub(crate) fn tags_of(&self, action: &str, sha: &str) -> Option<Vec<&str>> {
        let sha = sha.to_ascii_lowercase();
        Some(
            self.tags(action)?
                .iter()
                .filter(|(_, s)| *s == sha)
                .map(|(t, _)| t.as_str())
                .collect(),
        )
    }

    /// The full release (`vX.Y.Z`) to pin a moving tag (`v4`, `v4.1`) to: the one the moving
    /// tag points to now when the table has it, else the newest release under it.
    pub(crate) fn release_under(&self, action: &str, moving: &str) -> Option<(&str, &str)> {
        self.release_with(action, moving, &tag_version(moving)?)
    }

    /// The newest full release of an action, to pin a branch to.
    pub(crate) fn newest_release(&self, action: &str) -> Option<(&str, &str)> {
        self.release_with(action, "", &[])
    }

    fn release_with(&self, action: &str, moving: &str, prefix: &[u64]) -> Option<(&str, &str)> {
        let tags = self.tags(action)?;
        let releases = tags
            .iter()
            .filter(|(t, _)| tag_version(t).is_some_and(|v| v.len() == 3 && v.starts_with(prefix)));
        let newest = |a: &&(String, String), b: &&(String, String)| {
            tag_version(&a.0).cmp(&tag_version(&b.0))
        };
        let now = self.commit(action, moving);
        releases
            .clone()
            .filter(|(_, sha)| Some(sha.as_str()) == now)
            .max_by(newest)
            .or_else(|| releases.max_by(newest))
            .map(|(t, s)| (t.as_str(), s.as_str()))
    }
}

/// The warning `--fix` prints when it pinned from a table older than
/// [`PIN_TABLE_MAX_AGE_DAYS`] on `today` (`YYYY-MM-DD`).
pub fn stale_pin_table_warning(today: &str) -> Option<String> {
    let age = days(today)? - days(&PINS.date)?;
    (age > PIN_TABLE_MAX_AGE_DAYS).then(|| {
        format!(
            "warning: the GitHub Actions pins come from yoroi's tag table of {} ({age} days old): newer releases \
             may exist. Refresh the table with scripts/refresh-action-pins.py (see docs/github-actions.md) or \
             let Dependabot or Renovate update the pins.",
            PINS.date
        )
    })
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date.
fn days(date: &str) -> Option<i64> {
    let mut parts = date.trim().splitn(3, '-').map(str::parse::<i64>);
    let (y, m, d) = (
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next()?.ok()?,
    );
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days-from-civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// One known-compromised ref.
pub(crate) struct Compromise {
    action: String,
    matcher: RefMatch,
    pub(crate) advisory: String,
    pub(crate) note: String,
}

enum RefMatch {
    Commit(String),
    Tag(String),
    /// Every release tag below this version, spelled as the bound is: with a `v` (`v45.0.7`) or
    /// without (`0.34.2`). Projects that renamed their tags after an incident (Aqua re-created
    /// `0.x.y` as clean `v0.x.y`) keep the renamed ones out of the range.
    Below {
        bound: Vec<u64>,
        prefixed: bool,
    },
}

pub(crate) static COMPROMISED: LazyLock<Vec<Compromise>> =
    LazyLock::new(|| parse_compromised(include_str!("../../../data/gha-compromised.tsv")));

fn parse_compromised(text: &str) -> Vec<Compromise> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [action, reference, advisory, note] = cols[..] else {
            continue;
        };
        let matcher = if let Some(bound) = reference.strip_prefix('<') {
            let prefixed = bound.starts_with('v');
            match spelled_version(bound, prefixed) {
                Some(bound) => RefMatch::Below { bound, prefixed },
                None => continue,
            }
        } else if super::is_full_sha(reference) {
            RefMatch::Commit(reference.to_ascii_lowercase())
        } else {
            RefMatch::Tag(reference.to_string())
        };
        out.push(Compromise {
            action: action.to_ascii_lowercase(),
            matcher,
            advisory: advisory.to_string(),
            note: note.to_string(),
        });
    }
    out
}

/// The known compromise a ref of an action matches, if any.
pub(crate) fn compromise(action: &str, git_ref: &str) -> Option<&'static Compromise> {
    let action = action.to_ascii_lowercase();
    COMPROMISED.iter().find(|c| {
        c.action == action
            && match &c.matcher {
                RefMatch::Commit(sha) => sha.eq_ignore_ascii_case(git_ref),
                RefMatch::Tag(tag) => tag == git_ref,
                RefMatch::Below { bound, prefixed } => {
                    spelled_version(git_ref, *prefixed).is_some_and(|v| below(&v, bound))
                }
            }
    })
}

/// A release tag's numbers when it is spelled with a `v` (`prefixed`) or without one.
fn spelled_version(tag: &str, prefixed: bool) -> Option<Vec<u64>> {
    if prefixed {
        tag_version(tag)
    } else if tag.starts_with(|c: char| c.is_ascii_digit()) {
        tag_version(&format!("v{tag}"))
    } else {
        None
    }
}

/// Whether every version a tag can name is below `bound`: `v45` is below `v46.0.1`, `v46` is not
/// (it may name `v46.0.1` or later).
fn below(tag: &[u64], bound: &[u64]) -> bool {
    let pad = |v: &[u64], fill: u64| [0, 1, 2].map(|i| v.get(i).copied().unwrap_or(fill));
    pad(tag, u64::MAX) < pad(bound, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_load() {
        assert!(days(&PINS.date).is_some(), "date: {:?}", PINS.date);
        assert!(PINS.actions.len() >= 20);
        for tags in PINS.actions.values() {
            for (tag, sha) in tags {
                assert!(tag_version(tag).is_some(), "{tag}");
                assert!(super::super::is_full_sha(sha), "{sha}");
            }
        }
        assert_eq!(COMPROMISED.len(), 7);
    }

    #[test]
    fn moving_tags_pin_to_a_release_under_them() {
        let (tag, sha) = PINS
            .release_under("Docker/Setup-Buildx-Action", "v3")
            .expect("v3 release");
        assert_eq!(tag_version(tag).map(|v| v[0]), Some(3));
        assert_eq!(PINS.commit("docker/setup-buildx-action", tag), Some(sha));
        assert!(
            PINS.release_under("docker/setup-buildx-action", "v999")
                .is_none()
        );
        assert!(PINS.release_under("some/unknown", "v1").is_none());
    }

    #[test]
    fn compromised_ranges_and_refs() {
        assert!(compromise("tj-actions/changed-files", "v45").is_some());
        assert!(compromise("tj-actions/changed-files", "v45.0.7").is_some());
        assert!(compromise("tj-actions/changed-files", "v46").is_none());
        assert!(compromise("tj-actions/changed-files", "v46.0.1").is_none());
        assert!(
            compromise(
                "TJ-Actions/changed-files",
                "0E58ED8671D6B60D0890C21B07F8835ACE038E67"
            )
            .is_some()
        );
        assert!(compromise("reviewdog/action-setup", "v1").is_some());
        assert!(compromise("reviewdog/action-setup", "v1.3.0").is_none());
        // Aqua's tags below 0.35.0 were moved; the `v0.x.y` tags re-created afterwards are clean.
        assert!(compromise("aquasecurity/trivy-action", "0.28.0").is_some());
        assert!(compromise("aquasecurity/trivy-action", "0.34.2").is_some());
        assert!(compromise("aquasecurity/trivy-action", "0.35.0").is_none());
        assert!(compromise("aquasecurity/trivy-action", "v0.28.0").is_none());
        assert!(compromise("aquasecurity/setup-trivy", "v0.2.5").is_some());
        assert!(compromise("aquasecurity/setup-trivy", "v0.2.6").is_none());
    }

    #[test]
    fn staleness_counts_days() {
        assert_eq!(days("1970-01-01"), Some(0));
        assert_eq!(days("2000-03-01"), Some(11_017));
        assert!(stale_pin_table_warning(&PINS.date).is_none());
        assert!(stale_pin_table_warning("2999-01-01").is_some());
        assert!(stale_pin_table_warning("not a date").is_none());
    }
}
