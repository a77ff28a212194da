#!/usr/bin/env bash
# Side-by-side wall time and peak memory: publicitycheck against textlint + textlint-rule-write-good and alex, on
# 1,000 generated Markdown releases and on one file from cold. Runs alternate tool by tool, RUNS times (default 5);
# the medians and ratios (other tool / publicitycheck) are printed. See docs/performance.md.
# usage: compare.sh [RUNS] [WORK_DIR]
set -euo pipefail
runs=${1:-5}
work=${2:-${TMPDIR:-/tmp}/publicitycheck-compare}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
mkdir -p "$work/releases" "$work/results"

# 1,000 releases of about 450 words each, varied so that no tool meets the same text twice.
python3 - "$work/releases" <<'PY'
import random, sys, pathlib
out = pathlib.Path(sys.argv[1]); random.seed(4711)
wards = ["Easterby", "Hollin Bridge", "Tanyard", "Castle", "Millbrook", "Southfields"]
people = ["Councillor Jane Smith, Leader of the Council", "Councillor Amir Khan, cabinet member for housing",
          "Sarah Jones, Director of Place", "a council spokesperson"]
topics = ["parking charges", "the new leisure centre", "bin collections", "the local plan", "road repairs", "library hours"]
filler = ("The council has worked with residents and partners to make sure the changes are clear, fair and simple. "
          "Full details, including the times and places of drop-in sessions, are obviously on the council website. ")
for i in range(1000):
    topic, ward = random.choice(topics), random.choice(wards)
    body = [f"# Council update on {topic} in {ward} ({i})", "", f"Published {random.randint(1, 28)} March 2026.", ""]
    for p in range(8):
        body.append(f"{people[(i + p) % len(people)]} said: “We are very pleased that {topic} in {ward} will be improved "
                    f"for everyone, and we simply want residents to have their say.” " + filler * random.randint(1, 2))
        body.append("")
    (out / f"release-{i:04}.md").write_text("\n".join(body), encoding="utf-8")
PY

# The tools: publicitycheck published in Release; the npm tools into a folder of their own.
dotnet publish "$repo/src/PublicityCheck.Cli" -c Release -o "$work/publicitycheck" -nologo -v q >/dev/null
pc="$work/publicitycheck/publicitycheck"
[ -x "$pc" ] || pc="dotnet $work/publicitycheck/publicitycheck.dll"
if [ ! -x "$work/npm/node_modules/.bin/textlint" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm init -y >/dev/null && npm install --no-audit --no-fund textlint textlint-rule-write-good alex >/dev/null)
fi
printf '{ "rules": { "write-good": true } }\n' > "$work/releases/.textlintrc.json"
bin="$work/npm/node_modules/.bin"

declare -A commands=(
  [publicitycheck]="$pc check $work/releases --publish-on 2026-03-02 --no-color"
  [textlint]="$bin/textlint --config $work/releases/.textlintrc.json --rules-base-directory $work/npm/node_modules $work/releases"
  [alex]="$bin/alex $work/releases"
)
declare -A cold=(
  [publicitycheck]="$pc check $work/releases/release-0000.md --publish-on 2026-03-02 --no-color"
  [textlint]="$bin/textlint --config $work/releases/.textlintrc.json --rules-base-directory $work/npm/node_modules $work/releases/release-0000.md"
  [alex]="$bin/alex $work/releases/release-0000.md"
)
tools=(publicitycheck textlint alex)

measure() { # name label command... : appends "label wall_seconds peak_kb" to the results
  local name=$1 label=$2; shift 2
  (cd "$work/releases" && /usr/bin/time -v -o "$work/results/$name.time" "$@" >/dev/null 2>&1) || true
  awk -v l="$label" '/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); s = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
                     /Maximum resident set size/ { kb = $NF } END { print l, s, kb }' "$work/results/$name.time" >> "$work/results/all.txt"
}

: > "$work/results/all.txt"
for run in $(seq 1 "$runs"); do
  for tool in "${tools[@]}"; do
    # shellcheck disable=SC2086
    measure "$tool-batch-$run" "$tool-batch" ${commands[$tool]}
    # shellcheck disable=SC2086
    measure "$tool-cold-$run" "$tool-cold" ${cold[$tool]}
  done
done

python3 - "$work/results/all.txt" <<'PY'
import statistics, sys, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, seconds, kb = line.split()
    rows[label].append((float(seconds), int(kb)))
med = {k: (statistics.median(s for s, _ in v), statistics.median(kb for _, kb in v) / 1024) for k, v in rows.items()}
print(f"{'run':28} {'median wall s':>14} {'median peak MB':>15} {'wall x pc':>10} {'mem x pc':>9}")
for mode in ("batch", "cold"):
    base = med.get(f"publicitycheck-{mode}")
    for tool in ("publicitycheck", "textlint", "alex"):
        key = f"{tool}-{mode}"
        if key not in med: continue
        wall, mb = med[key]
        ratio = f"{wall / base[0]:10.2f} {mb / base[1]:9.2f}" if base and base[0] > 0 else ""
        print(f"{key + (' (1,000 files)' if mode == 'batch' else ' (1 file)'):28} {wall:14.2f} {mb:15.0f} {ratio}")
PY
