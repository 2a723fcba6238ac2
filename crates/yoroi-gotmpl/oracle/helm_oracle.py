#!/usr/bin/env python3
"""Checks (or rewrites) the expectations of tests/cases.txt against a real Helm 3 binary.

Usage:  HELM=/path/to/helm python3 oracle/helm_oracle.py [--write] [NAME...]

Each case runs in a throwaway chart: the case template is templates/_case.tpl, its values are values.yaml, and
templates/x.yaml prints `include "t/templates/_case.tpl" .` base64-encoded, so the rendered text comes back
byte for byte (Helm neither parses it as YAML nor strips `<no value>` inside it). For a failing case, the
expectation is the message of the innermost template error. `--write` replaces the expectations with what Helm
produced; without it, differences are listed and the exit code is 1. `cargo test` never needs Helm.
"""
import base64, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "..", "tests", "cases.txt")


def parse(text):
    cases, cur, sec = [], None, None
    if text.endswith("\n"):
        text = text[:-1]
    for line in text.split("\n"):
        if line.startswith("=== "):
            cur = {"name": line[4:].strip(), "order": []}
            cases.append(cur)
            sec = None
        elif line.startswith("--- ") and cur is not None and line[4:].strip() in ("values", "template", "expect", "error"):
            sec = line[4:].strip()
            cur[sec] = []
            cur["order"].append(sec)
        elif cur is not None and sec is not None:
            cur[sec].append(line)
    for c in cases:
        for k in ("values", "template", "expect", "error"):
            if k in c:
                c[k] = "\n".join(c[k])
    return cases


def dump(cases):
    out = []
    for c in cases:
        out.append("=== " + c["name"])
        for k in ("values", "template", "expect", "error"):
            if k in c:
                out.append("--- " + k)
                out.append(c[k])
    return "\n".join(out) + "\n"


def run(helm, c):
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(os.path.join(d, "t", "templates"))
        open(os.path.join(d, "t", "Chart.yaml"), "w").write("apiVersion: v2\nname: t\nversion: 0.1.0\n")
        open(os.path.join(d, "t", "values.yaml"), "w").write(c.get("values", "{}") or "{}")
        open(os.path.join(d, "t", "templates", "_case.tpl"), "w").write(c["template"])
        open(os.path.join(d, "t", "templates", "x.yaml"), "w").write(
            'out: {{ include "t/templates/_case.tpl" . | b64enc | quote }}\n')
        p = subprocess.run([helm, "template", "t", os.path.join(d, "t")], capture_output=True, text=True)
        if p.returncode == 0:
            m = re.search(r'out: "([^"]*)"', p.stdout)
            return "expect", base64.b64decode(m.group(1)).decode(errors="replace") if m else p.stdout
        err = p.stderr.strip()
        err = re.sub(r"^Error: ", "", err)
        err = err.replace("\n\nUse --debug flag to render out invalid YAML", "")
        # keep the innermost error: after the last "error calling include: "
        i = err.rfind("error calling include: ")
        if i >= 0:
            err = err[i + len("error calling include: "):]
        return "error", err


def main():
    helm = os.environ.get("HELM")
    if not helm:
        sys.exit("set HELM to a helm 3 binary")
    write = "--write" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    cases = parse(open(CASES).read())
    bad = 0
    for c in cases:
        if only and c["name"] not in only:
            continue
        kind, got = run(helm, c)
        want = c.get(kind)
        if want != got or (kind == "expect") != ("expect" in c):
            bad += 1
            print(f"--- {c['name']}: helm gives {kind}:\n{got!r}\n    file has: {c.get('expect', c.get('error'))!r}")
            if write:
                c.pop("expect", None)
                c.pop("error", None)
                c[kind] = got
    if write:
        open(CASES, "w").write(dump(cases))
    print(f"{bad} case(s) differ from helm")
    sys.exit(1 if bad and not write else 0)


if __name__ == "__main__":
    main()
