#!/usr/bin/env bash
# Side-by-side wall time and peak memory: publicitycheck against textlint + textlint-rule-write-good and alex, on
# 1,000 generated Markdown releases and on one file from cold. Runs alternate tool by tool, RUNS times (default 5);
# the medians and ratios (other tool / publicitycheck) are printed. See docs/performance.md.
# usage: compare.sh [RUNS] [WORK_DIR]
# With PUBLICITYCHECK set to an installed publicitycheck (tool-package.sh leaves one in WORK_DIR/tool), that command
# is measured instead of a fresh publish: the figures of the tool as 'dotnet tool install' gives it.
set -euo pipefail
runs=${1:-5}
work=${2:-${TMPDIR:-/tmp}/publicitycheck-compare}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
mkdir -p "$work/results"

# 1,000 Markdown releases of 500-700 words from the benchmarks' own generator (seeded, so every run sees the same
# files), with the publicitycheck.json that describes their council at the folder's root: publicitycheck finds it
# by searching upward from each release. Built once, then run without building again.
rm -rf "$work/releases"
dotnet build "$repo/tests/PublicityCheck.Benchmarks" -c Release -nologo -v q >/dev/null
dotnet run -c Release --no-build --project "$repo/tests/PublicityCheck.Benchmarks" -- generate "$work/releases" 1000 --format md
first=$(find "$work/releases" -name '*.md' | LC_ALL=C sort | sed -n 1p)

# The tools: publicitycheck published in Release for this machine's platform, which makes it ReadyToRun (precompiled,
# as a release build for a platform ships); the npm tools into a folder of their own.
if [ -n "${PUBLICITYCHECK:-}" ]; then
  pc=$PUBLICITYCHECK
else
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  dotnet publish "$repo/src/PublicityCheck.Cli" -c Release -r "$rid" --self-contained false -o "$work/publicitycheck" -nologo -v q >/dev/null
  pc="$work/publicitycheck/publicitycheck"
  [ -x "$pc" ] || pc="dotnet $work/publicitycheck/publicitycheck.dll"
fi
# The first run of a build saves the sentence encoder's optimised model (see docs/performance.md); every measured run
# is a later one, as every run but a fresh installation's first is.
$pc check "$first" --no-color >/dev/null || true

# The same run with every rule off: what reading, parsing and reporting alone cost, the floor for the analysis.
"$pc" rules --format json | python3 -c '
import json, sys
rules = {r["id"]: "none" for r in json.load(sys.stdin)["rules"]}
print(json.dumps({"root": True, "rules": rules}, indent=2))' > "$work/reading-only.json"
# And with the fast classifier (the n-gram model alone), the setting a council can choose for speed.
python3 -c 'import json, sys; c = json.load(open(sys.argv[1])); c["classifier"] = "fast"; json.dump(c, open(sys.argv[2], "w"), indent=2)' \
  "$work/releases/publicitycheck.json" "$work/fast.json"
if [ ! -x "$work/npm/node_modules/.bin/textlint" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm init -y >/dev/null && npm install --no-audit --no-fund textlint textlint-rule-write-good alex >/dev/null)
fi
printf '{ "rules": { "write-good": true } }\n' > "$work/releases/.textlintrc.json"
bin="$work/npm/node_modules/.bin"

# Each release is checked on its own date, so those dated in the pre-election period meet those rules too.
declare -A commands=(
  [publicitycheck]="$pc check $work/releases --no-color"
  [reading]="$pc check $work/releases --no-color --config $work/reading-only.json"
  [fast]="$pc check $work/releases --no-color --config $work/fast.json"
  [textlint]="$bin/textlint --config $work/releases/.textlintrc.json --rules-base-directory $work/npm/node_modules $work/releases"
  [alex]="$bin/alex $work/releases"
)
declare -A cold=(
  [publicitycheck]="$pc check $first --no-color"
  [reading]="$pc check $first --no-color --config $work/reading-only.json"
  [fast]="$pc check $first --no-color --config $work/fast.json"
  [textlint]="$bin/textlint --config $work/releases/.textlintrc.json --rules-base-directory $work/npm/node_modules $first"
  [alex]="$bin/alex $first"
)
tools=(publicitycheck reading fast textlint alex)

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
print(f"{'run':44} {'median wall s':>14} {'median peak MB':>15} {'wall x pc':>10} {'mem x pc':>9}")
for mode in ("batch", "cold"):
    base = med.get(f"publicitycheck-{mode}")
    for tool in ("publicitycheck", "reading", "fast", "textlint", "alex"):
        key = f"{tool}-{mode}"
        if key not in med: continue
        wall, mb = med[key]
        ratio = f"{wall / base[0]:10.2f} {mb / base[1]:9.2f}" if base and base[0] > 0 else ""
        name = {"reading": "publicitycheck, every rule off", "fast": "publicitycheck, fast classifier"}.get(tool, tool)
        print(f"{name + (', 1,000 files' if mode == 'batch' else ', 1 file cold'):44} {wall:14.2f} {mb:15.0f} {ratio}")
PY
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); .NET SDK $(dotnet --version); Node $(node --version)"
