#!/usr/bin/env bash
# Installs a released yoroi binary: downloads the archive for this OS and architecture, checks
# it against the release's SHA256SUMS (and its build-provenance attestation when `gh` can), and
# unpacks `yoroi` into DEST/bin. Used by the GitHub Action and the GitLab template.
#
#   scripts/install-release.sh VERSION DEST
#
# VERSION is a release version (`0.2.0` or `v0.2.0`). Environment:
#   YOROI_RELEASE_URL   base URL of the releases (default: GitHub releases of yoroi-dev/yoroi;
#                       `file://` works too, for mirrors and tests)
#   YOROI_TARGET        override the detected target triple
#   YOROI_ATTESTATION   `require` (fail without a verified attestation), `auto` (verify when `gh`
#                       is available and authenticated; default) or `skip`
# Exit codes: 0 installed, 1 verification failed, 2 usage, 4 no archive for this version/target.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 VERSION DEST" >&2
  exit 2
fi
version="${1#v}"
dest="$2"
base="${YOROI_RELEASE_URL:-https://github.com/yoroi-dev/yoroi/releases/download}"
base="${base%/}/v${version}"

target="${YOROI_TARGET:-}"
if [ -z "$target" ]; then
  os="$(uname -s)"
  arch="$(uname -m)"
  case "$os/$arch" in
    Linux/x86_64) target=x86_64-unknown-linux-musl ;;
    Linux/aarch64 | Linux/arm64) target=aarch64-unknown-linux-musl ;;
    Darwin/x86_64) target=x86_64-apple-darwin ;;
    Darwin/arm64) target=aarch64-apple-darwin ;;
    MINGW*/x86_64 | MSYS*/x86_64 | CYGWIN*/x86_64) target=x86_64-pc-windows-msvc ;;
    *)
      echo "yoroi: no release binary for $os/$arch; build from source (cargo install yoroi)" >&2
      exit 4
      ;;
  esac
fi
case "$target" in
  *windows*) archive="yoroi-${target}.zip"; exe=yoroi.exe ;;
  *) archive="yoroi-${target}.tar.gz"; exe=yoroi ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fetch() {
  curl --proto '=https,file' --tlsv1.2 -fsSL --retry 3 -o "$2" "$1"
}
if ! fetch "$base/$archive" "$work/$archive"; then
  echo "yoroi: no release archive at $base/$archive" >&2
  exit 4
fi
if ! fetch "$base/SHA256SUMS" "$work/SHA256SUMS"; then
  echo "yoroi: the release has no SHA256SUMS; refusing an unverified binary" >&2
  exit 1
fi

expected="$(awk -v f="$archive" '$2 == f || $2 == "*"f { print $1 }' "$work/SHA256SUMS")"
if [ -z "$expected" ]; then
  echo "yoroi: $archive is not listed in SHA256SUMS" >&2
  exit 1
fi
if command -v sha256sum >/dev/null 2>&1; then
  actual="$(sha256sum "$work/$archive" | awk '{ print $1 }')"
else
  actual="$(shasum -a 256 "$work/$archive" | awk '{ print $1 }')"
fi
if [ "$actual" != "$expected" ]; then
  echo "yoroi: checksum mismatch for $archive: expected $expected, got $actual" >&2
  exit 1
fi
echo "yoroi: $archive matches SHA256SUMS ($actual)"

mode="${YOROI_ATTESTATION:-auto}"
if [ "$mode" != skip ]; then
  if command -v gh >/dev/null 2>&1 && gh auth status >/dev/null 2>&1; then
    if gh attestation verify "$work/$archive" --repo yoroi-dev/yoroi >/dev/null; then
      echo "yoroi: build provenance verified"
    else
      echo "yoroi: the build-provenance attestation of $archive does not verify" >&2
      exit 1
    fi
  elif [ "$mode" = require ]; then
    echo "yoroi: cannot verify the attestation (needs an authenticated gh)" >&2
    exit 1
  fi
fi

mkdir -p "$dest/bin"
case "$archive" in
  *.zip) (cd "$work" && unzip -q "$archive" "$exe") ;;
  *) tar -xzf "$work/$archive" -C "$work" "$exe" ;;
esac
install -m 0755 "$work/$exe" "$dest/bin/$exe" 2>/dev/null || cp "$work/$exe" "$dest/bin/$exe"
"$dest/bin/$exe" --version
