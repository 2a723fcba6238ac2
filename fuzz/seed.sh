#!/bin/sh
# Seeds fuzz/corpus/<target>/ from the project's own fixtures (testdata/ and the rule catalog's
# examples). The corpus directories are not committed. Run from the repository root.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mkdir -p fuzz/corpus/dockerfile fuzz/corpus/terraform fuzz/corpus/yaml fuzz/corpus/scan_file
n=0
find testdata checks -type f | sort | while read -r f; do
    n=$((n + 1))
    case "$f" in
        *Dockerfile*|*.Dockerfile|*.dockerfile) cp "$f" "fuzz/corpus/dockerfile/seed-$n"; prefix='\000' ;;
        *.yaml|*.yml) cp "$f" "fuzz/corpus/yaml/seed-$n"; prefix='\001' ;;
        *.tf.json) prefix='\003' ;;
        *.tf|*.tfvars) cp "$f" "fuzz/corpus/terraform/seed-$n"; prefix='\002' ;;
        *) continue ;;
    esac
    # scan_file: the first byte picks the file kind.
    { printf "$prefix"; cat "$f"; } > "fuzz/corpus/scan_file/seed-$n"
done
for t in dockerfile terraform yaml scan_file; do
    echo "fuzz/corpus/$t: $(ls "fuzz/corpus/$t" | wc -l) seeds"
done
