//! Package managers besides APT (apk, the yum/dnf family, zypper, pip, npm, yarn, gem): how each
//! reads its options, which subcommands install, and when an operand names a version.

use super::options::{Line, Syntax, is_variable};
use super::wrappers::{effective, pip_args};
use yoroi_syntax::dockerfile::shell::{Command, ShellWord};

pub(super) const APK: Syntax = Syntax {
    short_value: "Xpt",
    long_value: &[
        "repository",
        "root",
        "virtual",
        "arch",
        "cache-dir",
        "keys-dir",
        "repositories-file",
        "timeout",
        "cache-max-age",
    ],
};

/// yum, dnf, dnf5, tdnf and microdnf.
pub(super) const RPM_MANAGERS: &[&str] = &["yum", "dnf", "dnf5", "tdnf", "microdnf"];

/// The members of the family that have rules of their own (the peers report them separately).
pub(super) const YUM: &[&str] = &["yum"];
/// `tdnf` (Photon, Azure Linux) takes dnf's options.
pub(super) const DNF: &[&str] = &["dnf", "dnf5", "tdnf"];
pub(super) const MICRODNF: &[&str] = &["microdnf"];

pub(super) const RPM: Syntax = Syntax {
    short_value: "cdeRx",
    long_value: &[
        "config",
        "setopt",
        "enablerepo",
        "disablerepo",
        "repo",
        "repoid",
        "installroot",
        "releasever",
        "exclude",
        "excludepkgs",
        "downloaddir",
        "destdir",
        "forcearch",
        "color",
        "disableplugin",
        "enableplugin",
        "rpmverbosity",
        "repofrompath",
        "comment",
        "advisory",
        "advisories",
        "bz",
        "cve",
        "sec-severity",
        "secseverity",
        "debuglevel",
        "errorlevel",
    ],
};

/// Subcommands of the yum/dnf family that change installed packages.
pub(super) const RPM_CHANGING: &[&str] = &[
    "install",
    "in",
    "groupinstall",
    "localinstall",
    "reinstall",
    "update",
    "upgrade",
    "up",
    "update-minimal",
    "upgrade-minimal",
    "remove",
    "rm",
    "erase",
    "autoremove",
    "downgrade",
    "distro-sync",
    "distrosync",
    "dsync",
    "swap",
    "group",
    "groups",
    "module",
];

pub(super) const RPM_INSTALLING: &[&str] = &["install", "in", "localinstall", "reinstall"];

pub(super) const ZYPPER: Syntax = Syntax {
    short_value: "RDCtrp",
    long_value: &[
        "root",
        "reposd-dir",
        "cache-dir",
        "raw-cache-dir",
        "solv-cache-dir",
        "pkg-cache-dir",
        "config",
        "type",
        "repo",
        "from",
        "releasever",
        "download",
        "installroot",
    ],
};

pub(super) const ZYPPER_INSTALLING: &[&str] = &["install", "in"];

/// zypper subcommands that ask before changing packages.
pub(super) const ZYPPER_CHANGING: &[&str] = &[
    "install",
    "in",
    "remove",
    "rm",
    "update",
    "up",
    "patch",
    "dist-upgrade",
    "dup",
    "source-install",
    "si",
    "install-new-recommends",
    "inr",
    "verify",
    "ve",
];

pub(super) const PIP: Syntax = Syntax {
    short_value: "rcetifC",
    long_value: &[
        "requirement",
        "constraint",
        "editable",
        "target",
        "index-url",
        "extra-index-url",
        "find-links",
        "prefix",
        "root",
        "src",
        "upgrade-strategy",
        "platform",
        "python-version",
        "implementation",
        "abi",
        "no-binary",
        "only-binary",
        "progress-bar",
        "trusted-host",
        "cache-dir",
        "log",
        "proxy",
        "retries",
        "timeout",
        "exists-action",
        "cert",
        "client-cert",
        "global-option",
        "config-settings",
        "python",
        "report",
        "root-user-action",
        "use-feature",
        "use-deprecated",
        "keyring-provider",
    ],
};

pub(super) const NPM: Syntax = Syntax {
    short_value: "wC",
    long_value: &[
        "prefix",
        "registry",
        "cache",
        "tag",
        "omit",
        "include",
        "workspace",
        "loglevel",
        "location",
        "install-strategy",
        "userconfig",
        "globalconfig",
        "before",
        "install-links",
    ],
};

pub(super) const NPM_INSTALLING: &[&str] = &[
    "install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall",
    "add",
];

pub(super) const YARN: Syntax = Syntax {
    short_value: "",
    long_value: &[
        "cache-folder",
        "modules-folder",
        "mutex",
        "network-timeout",
        "registry",
        "cwd",
        "global-folder",
        "link-folder",
        "preferred-cache-folder",
        "use-yarnrc",
    ],
};

pub(super) const GEM: Syntax = Syntax {
    short_value: "vinsPgb",
    long_value: &[
        "version",
        "install-dir",
        "bindir",
        "source",
        "trust-policy",
        "platform",
        "file",
        "build-root",
        "document",
        "target-rbconfig",
    ],
};

/// The pip command line of `command` (`pip3 install …`, `python3 -m pip install …`).
pub(super) fn pip(command: &Command) -> Option<Line<'_>> {
    let mut e = effective(command)?;
    e.args = pip_args(&e)?;
    Some(Line::new(e, &PIP))
}

/// A path, URL or archive rather than a package name from a repository.
pub(super) fn is_local_or_url(operand: &str) -> bool {
    let lower = operand.to_ascii_lowercase();
    operand.starts_with(['.', '/', '~'])
        || lower.contains("://")
        || lower.starts_with("git+")
        || lower.starts_with("file:")
        || [
            ".deb", ".rpm", ".apk", ".whl", ".tar.gz", ".tgz", ".zip", ".gem", ".tar.bz2",
        ]
        .iter()
        .any(|s| lower.ends_with(s))
}

/// The first operand that is a package from a repository without a version, and how many such
/// operands there are. Variables, paths, URLs and pinned names do not count.
pub(super) fn unpinned<'c>(
    operands: impl Iterator<Item = &'c ShellWord>,
    pinned: impl Fn(&str) -> bool,
) -> Option<(&'c ShellWord, usize)> {
    let mut first = None;
    let mut count = 0;
    for word in operands {
        if is_variable(word) || word.text.is_empty() || is_local_or_url(&word.text) {
            continue;
        }
        if pinned(&word.text) {
            continue;
        }
        first.get_or_insert(word);
        count += 1;
    }
    first.map(|w| (w, count))
}

/// An RPM package name with a version: `nginx-1.24.0`, `nginx-1:1.24.0-1.el9`, `nginx = 1.24`.
pub(super) fn rpm_pinned(operand: &str) -> bool {
    operand.contains(['=', '<', '>'])
        || operand.rsplit_once('-').is_some_and(|(name, last)| {
            !name.is_empty() && last.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// "`x` (and 2 more)".
pub(super) fn and_more(word: &ShellWord, count: usize) -> String {
    match count {
        0 | 1 => format!("`{}`", word.text),
        n => format!("`{}` (and {} more)", word.text, n - 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rpm_versions() {
        assert!(rpm_pinned("nginx-1.24.0"));
        assert!(rpm_pinned("nginx-1:1.24.0-1.el9.x86_64"));
        assert!(!rpm_pinned("java-17-openjdk"));
        assert!(!rpm_pinned("gcc-c++"));
        assert!(!rpm_pinned("python3.11"));
        assert!(is_local_or_url("./x.rpm"));
        assert!(is_local_or_url("https://x/y.rpm"));
        assert!(!is_local_or_url("epel-release"));
    }
}
