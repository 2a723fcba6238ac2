#!/usr/bin/env bash
# Packs one built yoroi binary as a release archive: the binary, its shell completions, the man
# page, README and LICENSE. Used by the release workflow and by CI's install test.
#
#   scripts/package-release.sh TARGET BINARY OUTDIR
#
# Writes OUTDIR/yoroi-TARGET.tar.gz (.zip for Windows targets). The completions and the man
# page come from a yoroi that runs on this machine: BINARY itself, or $YOROI_HOST_BIN when
# BINARY is for another platform.
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 TARGET BINARY OUTDIR" >&2
  exit 2
fi
target="$1"
binary="$2"
out="$3"
here="$(cd "$(dirname "$0")/.." && pwd)"
host="${YOROI_HOST_BIN:-$binary}"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
case "$target" in
  *windows*) exe=yoroi.exe ;;
  *) exe=yoroi ;;
esac
cp "$binary" "$stage/$exe"
mkdir -p "$stage/completions"
"$host" completions bash > "$stage/completions/yoroi.bash"
"$host" completions zsh > "$stage/completions/_yoroi"
"$host" completions fish > "$stage/completions/yoroi.fish"
"$host" completions powershell > "$stage/completions/_yoroi.ps1"
"$host" man > "$stage/yoroi.1"
cp "$here/README.md" "$here/LICENSE" "$stage/"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
case "$target" in
  *windows*)
    rm -f "$out/yoroi-$target.zip"
    if command -v zip > /dev/null 2>&1; then
      (cd "$stage" && zip -q -r "$out/yoroi-$target.zip" .)
    else
      # Windows runners have 7-Zip rather than zip.
      (cd "$stage" && 7z a -tzip -bd "$out/yoroi-$target.zip" . > /dev/null)
    fi
    echo "$out/yoroi-$target.zip"
    ;;
  *)
    # Sorted names, and with GNU tar a fixed owner and time: the same inputs give the same
    # archive. (macOS's bsdtar takes the names as they come.)
    fixed=()
    if tar --version 2> /dev/null | grep -q 'GNU tar'; then
      fixed=(--owner=0 --group=0 --numeric-owner --mtime='2000-01-01 00:00Z')
    fi
    (cd "$stage" && find . -type f | LC_ALL=C sort | sed 's|^\./||' > "$stage.list" \
      && tar ${fixed[@]+"${fixed[@]}"} -czf "$out/yoroi-$target.tar.gz" -T "$stage.list")
    rm -f "$stage.list"
    echo "$out/yoroi-$target.tar.gz"
    ;;
esac
