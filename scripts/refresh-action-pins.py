#!/usr/bin/env python3
"""Regenerate crates/yoroi-checks/data/gha-action-pins.tsv: the release tags of widely used
GitHub Actions and the commit each tag points to, which yoroi uses offline to pin `uses:` to a
commit SHA (the GHA009 fix) and to check `@<sha> # vX.Y.Z` comments (GHA038).

Usage: scripts/refresh-action-pins.py [--remote TEMPLATE] [--date YYYY-MM-DD]

Every action's tags are read with `git ls-remote --tags`, so this needs network access (yoroi
itself never does). TEMPLATE builds the remote from `{owner}` and `{repo}`; the default is
https://github.com/{owner}/{repo}. Only release-like tags (vX, vX.Y, vX.Y.Z) are kept; for an
annotated tag the commit it points to (the `^{}` line) is written, never the tag object.
The table's date (default: today, UTC) is written in its header: yoroi warns when `--fix`
pins from a table older than 180 days. When the remotes are mirrors of different ages, pass
the oldest mirror's date, so that the warning comes early rather than late.

After a refresh, run `cargo test -p yoroi-checks` (the GHA009 and GHA038 examples use the
table) and commit the new file.
"""
import argparse
import datetime
import os
import re
import subprocess
import sys

# owner/repo, as GitHub spells them.
ACTIONS = [
    "actions/cache",
    "actions/checkout",
    "actions/download-artifact",
    "actions/github-script",
    "actions/setup-dotnet",
    "actions/setup-go",
    "actions/setup-java",
    "actions/setup-node",
    "actions/setup-python",
    "actions/upload-artifact",
    "aws-actions/configure-aws-credentials",
    "Azure/login",
    "codecov/codecov-action",
    "docker/build-push-action",
    "docker/login-action",
    "docker/metadata-action",
    "docker/setup-buildx-action",
    "docker/setup-qemu-action",
    "github/codeql-action",
    "golangci/golangci-lint-action",
    "google-github-actions/auth",
    "peter-evans/create-pull-request",
    "softprops/action-gh-release",
]

RELEASE = re.compile(r"^v\d+(\.\d+){0,2}$")
SHA = re.compile(r"^[0-9a-f]{40}$")


def version(tag: str) -> tuple:
    return tuple(int(p) for p in tag[1:].split("."))


def tags(remote: str) -> dict:
    """tag -> commit SHA, peeled."""
    out = subprocess.run(
        ["git", "ls-remote", "--tags", remote], check=True, capture_output=True, text=True
    ).stdout
    direct, peeled = {}, {}
    for line in out.splitlines():
        sha, _, ref = line.partition("\t")
        if not ref.startswith("refs/tags/") or not SHA.match(sha):
            continue
        name = ref[len("refs/tags/"):]
        if name.endswith("^{}"):
            peeled[name[:-3]] = sha
        else:
            direct[name] = sha
    direct.update(peeled)
    return {t: s for t, s in direct.items() if RELEASE.match(t)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--remote", default="https://github.com/{owner}/{repo}")
    parser.add_argument("--date", default=datetime.datetime.now(datetime.timezone.utc).date().isoformat())
    parser.add_argument("--note", action="append", default=[], help="a header comment line to add")
    args = parser.parse_args()
    datetime.date.fromisoformat(args.date)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = os.path.join(root, "crates", "yoroi-checks", "data", "gha-action-pins.tsv")
    lines = [
        "# Release tags of widely used GitHub Actions and the commits they point to (annotated tags",
        "# peeled), for offline SHA pinning (GHA009 fix) and pin comment checks (GHA038).",
        "# Regenerate with scripts/refresh-action-pins.py (needs network); do not edit by hand.",
        *(f"# {note}" for note in args.note),
        f"# date: {args.date}",
        "# action\ttag\tcommit",
    ]
    rows = 0
    for action in ACTIONS:
        owner, repo = action.split("/")
        remote = args.remote.format(owner=owner, repo=repo)
        found = tags(remote)
        if not found:
            print(f"{action}: no release tags at {remote}", file=sys.stderr)
            return 1
        for tag in sorted(found, key=version):
            lines.append(f"{action}\t{tag}\t{found[tag]}")
            rows += 1
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{out}: {rows} tags of {len(ACTIONS)} actions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
