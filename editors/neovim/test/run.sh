#!/usr/bin/env bash
# Drives `yoroi lsp` from a real client, headless Neovim (0.7 or newer): opens a bad Dockerfile,
# Kubernetes manifest and Terraform file, checks the diagnostics, applies code actions and
# checks the buffer text. Exits non-zero on any failure.
#
#   editors/neovim/test/run.sh            # builds yoroi with cargo first
#   YOROI=/path/to/yoroi editors/neovim/test/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
if [ -z "${YOROI:-}" ]; then
  (cd "$repo" && cargo build --quiet --bin yoroi)
  YOROI="$repo/target/debug/yoroi"
fi
command -v nvim >/dev/null || { echo "nvim is not installed" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here"/fixtures/* "$work"/
log="$work/nvim.log"
if YOROI="$YOROI" WORKDIR="$work" timeout 120 \
    nvim --headless --clean -n -c "luafile $here/test.lua" >"$log" 2>&1; then
  cat "$log"; echo
  echo "neovim LSP test passed"
else
  cat "$log"; echo
  echo "neovim LSP test FAILED" >&2
  exit 1
fi
