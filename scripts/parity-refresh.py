#!/usr/bin/env python3
"""Refresh the peers' check id lists under checks/parity/ids/ from the peer catalogs.

Usage: scripts/parity-refresh.py [CATALOG_DIR]   (default: ../shared/reference/peer-catalogs)

The catalogs are one TSV per peer (id, domain, target, severity, title, source; Trivy adds
aliases). yoroi keeps only the facts its parity matrix needs, so the tests run on any clone:
the id, the domain, the target (resource type, kind or instruction) and, for Trivy, the tfsec
long id (the first alias). Titles and other text are not copied.

After a refresh, `YOROI_UPDATE_PARITY=1 cargo test -p yoroi-checks --test parity` adds new ids to
checks/parity/<peer>.yaml (as missing) and drops ids the peer no longer has.
"""
import csv
import os
import sys

PEERS = ["checkov", "trivy", "kics", "hadolint", "kube-linter", "polaris", "kube-score", "zizmor",
         "compose-lint", "semgrep"]
# Peers listed together in one catalog file, told apart by their id's prefix.
SHARED = {"compose-lint": ("compose", "CL-"), "semgrep": ("compose", "yaml.docker-compose.")}
DOMAINS = {
    "dockerfile", "kubernetes", "terraform-aws", "terraform-azure", "terraform-gcp",
    "terraform-kubernetes", "terraform-other", "github-actions", "gitlab-ci", "compose",
}


def main() -> int:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "reference", "peer-catalogs")
    out_dir = os.path.join(root, "checks", "parity", "ids")
    os.makedirs(out_dir, exist_ok=True)
    for peer in PEERS:
        catalog, prefix = SHARED.get(peer, (peer, ""))
        path = os.path.join(source, f"{catalog}.tsv")
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        header, rows = rows[0], rows[1:]
        col = {name: i for i, name in enumerate(header)}
        lines = ["id\tdomain\ttarget" + ("\ttfsec" if peer == "trivy" else "")]
        kept = 0
        for row in rows:
            domain = row[col["domain"]]
            if domain not in DOMAINS or not row[col["id"]].startswith(prefix):
                continue
            fields = [row[col["id"]], domain, row[col["target"]]]
            if peer == "trivy":
                aliases = row[col["aliases"]].split(",") if row[col["aliases"]] else []
                fields.append(aliases[0] if aliases else "")
            lines.append("\t".join(fields))
            kept += 1
        with open(os.path.join(out_dir, f"{peer}.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        print(f"{peer}: {kept} checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
