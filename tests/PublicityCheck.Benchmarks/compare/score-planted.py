#!/usr/bin/env python3
"""Scores a publicitycheck JSON report against what the generator planted (releases.tsv), release by release.

usage: score-planted.py FOLDER/releases.tsv REPORT.json
(a report of `publicitycheck check . --format json` run in FOLDER, or of absolute paths)

For each family (party-political language, confidential business, who is quoted) a release counts as found when
it has any finding of that family, and as planted when the generator put a problem of that kind in it. The
generated releases also meet rules the generator plants nothing for (the pre-election period, local members), so
only these three families are scored.
"""
import csv, json, os, sys

FAMILIES = {
    "partisan": ("party-political language", ("PC0201", "PC0202", "PC0203")),
    "confidential": ("confidential business", ("PC0401", "PC0402")),
    "quotationSlip": ("who is quoted", ("PC0101", "PC0102", "PC0103", "PC0104", "PC0105", "PC0106", "PC0107", "PC0108", "PC0304", "PC0305")),
}

manifest, report = sys.argv[1], sys.argv[2]
root = os.path.dirname(os.path.abspath(manifest))
with open(manifest, encoding="utf-8") as f:
    planted = {row["file"]: row for row in csv.DictReader(f, delimiter="\t")}
found = {}
for entry in json.load(open(report, encoding="utf-8"))["files"]:
    path = os.path.relpath(os.path.join(root, entry["path"]), root).replace(os.sep, "/")
    found[path] = {d["id"] for d in entry["diagnostics"] if not d.get("suppressed")}

print(f"{'family':28} {'planted':>8} {'found':>6} {'both':>5} {'precision':>10} {'recall':>7}")
for key, (name, ids) in FAMILIES.items():
    tp = fp = fn = 0
    for path, row in planted.items():
        has = bool(found.get(path, set()) & set(ids))
        want = row[key] == "1"
        tp += has and want
        fp += has and not want
        fn += want and not has
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"{name:28} {tp + fn:8} {tp + fp:6} {tp:5} {precision:10.2f} {recall:7.2f}")
missing = [p for p in planted if p not in found]
if missing:
    print(f"{len(missing)} generated files are not in the report, e.g. {missing[0]}")
