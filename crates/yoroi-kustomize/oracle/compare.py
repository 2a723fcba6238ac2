#!/usr/bin/env python3
"""Compares yoroi's in-process kustomize build with the real one, object by object.

For every directory under DIR holding a kustomization file (Components left out), runs
`$KUSTOMIZE build DIR` (or `kubectl kustomize DIR` when KUSTOMIZE is unset) and yoroi's
`build` example, parses both outputs as YAML and compares them as JSON values, in order.
Prints one line per root and the share that builds object-equal.

    cargo build -p yoroi-kustomize --example build
    crates/yoroi-kustomize/oracle/compare.py DIR [--yoroi target/debug/examples/build] [-v]
"""
import argparse, json, os, subprocess, sys

try:
    import yaml
except ImportError:
    sys.exit("needs PyYAML (pip install pyyaml)")

NAMES = ("kustomization.yaml", "kustomization.yml", "Kustomization")


def roots(top):
    for d, _, files in sorted(os.walk(top)):
        name = next((n for n in NAMES if n in files), None)
        if not name:
            continue
        try:
            with open(os.path.join(d, name)) as f:
                k = yaml.safe_load(f) or {}
        except Exception:
            k = {}
        if isinstance(k, dict) and k.get("kind") == "Component":
            continue
        yield d


def docs(text):
    return [json.loads(json.dumps(d, default=str)) for d in yaml.safe_load_all(text) if d is not None]


def reference(d):
    k = os.environ.get("KUSTOMIZE")
    cmd = [k, "build", d] if k else ["kubectl", "kustomize", d]
    return subprocess.run(cmd, capture_output=True, text=True)


def first_difference(a, b, path="$"):
    if type(a) != type(b):
        return f"{path}: {json.dumps(a)[:120]} != {json.dumps(b)[:120]}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}.{k}: only in {'kustomize' if k in a else 'yoroi'}"
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {json.dumps(a)[:120]} != {json.dumps(b)[:120]}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--yoroi", default="target/debug/examples/build")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    equal = built = 0
    for d in roots(args.dir):
        ref = reference(d)
        if ref.returncode != 0:
            print(f"skip   {d} (kustomize fails: {ref.stderr.strip().splitlines()[-1:]})")
            continue
        built += 1
        ours = subprocess.run([args.yoroi, d, args.dir], capture_output=True, text=True)
        try:
            want, got = docs(ref.stdout), docs(ours.stdout)
        except Exception as e:  # noqa: BLE001
            print(f"DIFF   {d}: unreadable output: {e}")
            continue
        if want == got:
            equal += 1
            print(f"equal  {d}")
            continue
        if len(want) != len(got):
            why = f"{len(want)} objects != {len(got)}"
        else:
            why = next(
                (f"object {i} ({w.get('kind')} {w.get('metadata', {}).get('name')}): {first_difference(w, g)}"
                 for i, (w, g) in enumerate(zip(want, got)) if w != g), "?")
        print(f"DIFF   {d}: {why}")
        if args.verbose and ours.stderr:
            print("       " + ours.stderr.strip().replace("\n", "\n       "))
    share = 100.0 * equal / built if built else 0.0
    print(f"\n{equal}/{built} kustomization roots build object-equal ({share:.1f} %)")


if __name__ == "__main__":
    main()
