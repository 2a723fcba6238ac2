#!/usr/bin/env python3
"""Compares yoroi's rendering of charts with `helm template`, object by object.

Usage:
  HELM=/path/to/helm python3 oracle/helm_compare.py tests         # the test charts: check expectations
  HELM=/path/to/helm python3 oracle/helm_compare.py tests --write # rewrite testdata/charts/*/expected*.yaml
  HELM=/path/to/helm python3 oracle/helm_compare.py corpus DIR    # every chart under DIR, default values and ci/*.yaml

Documents are compared parsed (PyYAML), as a multiset: order and formatting do not count. The test charts'
`cases.txt` lists one case per line: `NAME [ARGS...]` (helm template arguments: -f FILE, --set A=B), rendered into
`expected-NAME.yaml`. yoroi's side runs `cargo run -p yoroi-helm --example render` (built once).
"""
import glob, json, os, subprocess, sys, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(CRATE))


def docs(text):
    return [d for d in yaml.safe_load_all(text) if d is not None]


def ident(d):
    if isinstance(d, dict):
        m = d.get("metadata") if isinstance(d.get("metadata"), dict) else {}
        return "%s/%s" % (d.get("kind"), m.get("name"))
    return ""


def leaves(v, path, out):
    if isinstance(v, dict):
        for k, x in v.items():
            leaves(x, path + (str(k),), out)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            leaves(x, path + (i,), out)
    else:
        out[path] = v
    return out


def random_paths(text1, text2):
    """Leaves that differ between two helm runs (genCA, randAlphaNum, htpasswd...): (object, path)."""
    masks = set()
    try:
        for a, b in zip(docs(text1), docs(text2)):
            la, lb = leaves(a, (), {}), leaves(b, (), {})
            for p in set(la) | set(lb):
                if la.get(p) != lb.get(p):
                    masks.add((ident(a), p))
    except yaml.YAMLError:
        pass
    return masks


def mask(v, path, obj, masks):
    if (obj, path) in masks:
        return "<random>"
    if isinstance(v, dict):
        return {k: mask(x, path + (str(k),), obj, masks) for k, x in v.items()}
    if isinstance(v, list):
        return [mask(x, path + (i,), obj, masks) for i, x in enumerate(v)]
    return v


def objects(text, masks=frozenset()):
    out = []
    try:
        for d in docs(text):
            if masks:
                d = mask(d, (), ident(d), masks)
            out.append(json.dumps(d, sort_keys=True, default=str))
    except yaml.YAMLError as e:
        return None, str(e)
    return collections.Counter(out), None


def helm(helm_bin, chart, args):
    p = subprocess.run([helm_bin, "template", chart, "--include-crds", "--kube-version", "v1.32.0"] + args,
                       capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def yoroi_bin(release):
    profile = ["--release"] if release else []
    subprocess.run(["cargo", "build", "-q", "--locked"] + profile + ["-p", "yoroi-helm", "--example", "render"],
                   cwd=ROOT, check=True)
    return os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")),
                        "release" if release else "debug", "examples", "render")


def yoroi(binary, chart, args):
    p = subprocess.run([binary, chart] + args, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def compare(a_text, b_text, masks=frozenset()):
    a, ea = objects(a_text, masks)
    b, eb = objects(b_text, masks)
    if ea or eb:
        return False, "yaml: " + (ea or eb)
    if a == b:
        return True, ""
    only_a = a - b
    only_b = b - a
    msg = ""
    for k in list(only_a)[:2]:
        msg += "\n  helm only:  " + k[:300]
    for k in list(only_b)[:2]:
        msg += "\n  yoroi only: " + k[:300]
    return False, msg


def tests(helm_bin, write):
    binary = yoroi_bin(False)
    bad = 0
    for chart in sorted(glob.glob(os.path.join(CRATE, "testdata", "charts", "*"))):
        cases = os.path.join(chart, "cases.txt")
        if not os.path.exists(cases):
            continue
        for line in open(cases).read().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, *args = line.split()
            args = [os.path.join(chart, a) if a.endswith(".yaml") and not a.startswith("-") else a for a in args]
            exp = os.path.join(chart, "expected-%s.yaml" % name)
            rc, out, err = helm(helm_bin, os.path.join(chart, "chart"), args)
            if rc != 0:
                print("FAIL %s/%s: helm failed: %s" % (os.path.basename(chart), name, err.strip()))
                bad += 1
                continue
            if write:
                open(exp, "w").write(out)
                continue
            ok, msg = compare(open(exp).read() if os.path.exists(exp) else "", out)
            if not ok:
                print("FAIL %s/%s: expectation differs from helm:%s" % (os.path.basename(chart), name, msg))
                bad += 1
            rc2, out2, err2 = yoroi(binary, os.path.join(chart, "chart"), args)
            ok, msg = compare(out, out2)
            if not ok:
                print("FAIL %s/%s: yoroi differs from helm:%s %s" % (os.path.basename(chart), name, msg, err2))
                bad += 1
    print("%s" % ("all equal" if bad == 0 else "%d differences" % bad))
    return 1 if bad else 0


def corpus(helm_bin, root):
    binary = yoroi_bin(True)
    charts = sorted(os.path.dirname(p) for p in glob.glob(os.path.join(root, "**", "Chart.yaml"), recursive=True))
    # subcharts vendored under charts/ are rendered through their parent
    charts = [c for c in charts if "/charts/" not in os.path.relpath(c, root).replace(os.sep, "/").split("/", 1)[-1]
              or not os.path.exists(os.path.join(c, "..", "..", "Chart.yaml"))]
    total = equal = equal_random = helm_failed = 0
    causes = collections.Counter()
    for c in charts:
        sets = [[]] + [["-f", f] for f in sorted(glob.glob(os.path.join(c, "ci", "*.yaml")))]
        for args in sets:
            label = os.path.relpath(c, root) + (" " + os.path.basename(args[1]) if args else "")
            rc, out, err = helm(helm_bin, c, args)
            if rc != 0:
                helm_failed += 1
                rc2, out2, err2 = yoroi(binary, c, args)
                first = [l for l in err.strip().splitlines() if l.startswith("Error")] or [""]
                print("HELM-FAIL %s: %s | yoroi rc=%d" % (label, first[0][:200], rc2))
                continue
            total += 1
            rc2, out2, err2 = yoroi(binary, c, args)
            ok, msg = compare(out, out2)
            if ok:
                equal += 1
                print("EQUAL %s" % label)
                continue
            # values that differ between two helm runs are random (genCA, randAlphaNum...): masked, counted apart
            masks = random_paths(out, helm(helm_bin, c, args)[1])
            if masks and compare(out, out2, masks)[0]:
                equal_random += 1
                print("EQUAL-BUT-RANDOM %s (%d random values)" % (label, len(masks)))
                continue
            errs = [l for l in err2.strip().splitlines() if not l.startswith("Note:")]
            print("DIFF %s: %s\n  yoroi stderr: %s" % (label, msg, "\n  ".join(errs)[:600]))
            causes[(errs or ["objects differ"])[0][:140]] += 1
    print("\n%d/%d renderings object-equal to helm (%.0f%%), %d more equal but for random values (%.0f%% in all); "
          "helm itself failed on %d" % (equal, total, 100.0 * equal / max(total, 1), equal_random,
                                        100.0 * (equal + equal_random) / max(total, 1), helm_failed))
    for k, n in causes.most_common(15):
        print("%4d  %s" % (n, k))
    return 0


def main():
    helm_bin = os.environ.get("HELM")
    if not helm_bin:
        sys.exit("set HELM to a helm binary")
    if len(sys.argv) > 1 and sys.argv[1] == "corpus":
        sys.exit(corpus(helm_bin, sys.argv[2]))
    sys.exit(tests(helm_bin, "--write" in sys.argv))


if __name__ == "__main__":
    main()
