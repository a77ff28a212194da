#!/usr/bin/env bash
# Packs the publicitycheck tool as 'dotnet pack' does for release, checks each platform's package, installs this
# machine's, and times a cold check of one release with the installed tool against textlint + write-good.
#   1. the package sizes (compressed, and unpacked) of each platform's package and of the pointer package;
#   2. that each platform's package holds that platform's native libraries (ONNX Runtime, SQLite) and no other
#      platform's, is precompiled (ReadyToRun, or one native command without managed symbols beside it), and carries
#      neither ML.NET nor the training program; exit 1 if not;
#   3. 'dotnet tool install --tool-path' from the packages, then the median of RUNS (default 7) cold checks of one
#      generated release under /usr/bin/time, the installed tool and textlint alternating, once with the shipped
#      classifier (after one run that saves the encoder's optimised model) and once with "classifier": "fast".
#   Times are wall and CPU (user + system), each run's median and range.
# With REUSE=1 the packages and the installation already in WORK_DIR are timed again, not rebuilt. With AOT=1 this
# machine's platform package is packed again compiled ahead of time to native code ('dotnet pack -r RID
# -p:PublishAot=true', which Native AOT can do only on the platform it compiles for), and that is the one installed.
# BESIDE=TOOL times another build of the command (an installed tool from before a change) in the same alternation.
# See docs/performance.md and docs/install.md.
# usage: [REUSE=1] [AOT=1] [BESIDE=TOOL] tool-package.sh [RUNS] [WORK_DIR]
set -euo pipefail
runs=${1:-7}
work=${2:-${TMPDIR:-/tmp}/publicitycheck-tool}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
mkdir -p "$work"
if [ "${REUSE:-0}" != 1 ] || [ ! -x "$work/tool/publicitycheck" ]; then
rm -rf "$work/nupkg" "$work/tool"
dotnet pack "$repo/src/PublicityCheck.Cli" -c Release -o "$work/nupkg" -nologo -v q >/dev/null
if [ "${AOT:-0}" = 1 ]; then
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
  nice -n 10 dotnet pack "$repo/src/PublicityCheck.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/nupkg" -nologo -v q >/dev/null
fi
version=$(ls "$work/nupkg" | sed -n 's/^PublicityCheck\.Cli\.\([0-9][0-9.]*[0-9]\)\.nupkg$/\1/p')
[ -n "$version" ] || { echo "no pointer package PublicityCheck.Cli.VERSION.nupkg in $work/nupkg" >&2; exit 1; }

python3 - "$work/nupkg" <<'PY'
import os, re, sys, zipfile
folder = sys.argv[1]
# What a platform's native libraries look like; a native library of any other platform is foreign.
natives = {"linux": re.compile(r"\.so(\.\d+)*$"), "osx": re.compile(r"\.dylib$"), "win": re.compile(r"^(onnxruntime|onnxruntime_providers_shared|e_sqlite3)\.dll$")}
failures = []
print(f"{'package':48} {'MB':>7} {'unpacked MB':>12}  native libraries")
for name in sorted(os.listdir(folder)):
    with zipfile.ZipFile(os.path.join(folder, name)) as z:
        infos = z.infolist()
        unpacked = sum(i.file_size for i in infos)
        files = [i.filename for i in infos]
    m = re.match(r"PublicityCheck\.Cli\.(\w+-\w+)\.", name)
    rid = m.group(1) if m else None
    own = [os.path.basename(f) for f in files if rid and natives[rid.split("-")[0]].search(os.path.basename(f))]
    print(f"{name:48} {os.path.getsize(os.path.join(folder, name)) / 1e6:7.1f} {unpacked / 1e6:12.1f}  {', '.join(sorted(own)) or '-'}")
    if rid is None:
        continue
    for f in files:
        base = os.path.basename(f)
        for platform, pattern in natives.items():
            if platform != rid.split("-")[0] and pattern.search(base):
                failures.append(f"{name}: {f} is a native library of {platform}")
        if "/runtimes/" in f:
            failures.append(f"{name}: {f} is a runtime-specific asset left for the host to choose")
        if re.search(r"(^|/)(Microsoft\.ML(\.\w+)*|PublicityCheck\.Training)\.dll$", f) and "Microsoft.ML.OnnxRuntime" not in f:
            failures.append(f"{name}: {f} belongs to training, not to the tool")
    if not any(natives[rid.split("-")[0]].search(os.path.basename(f)) and "onnxruntime" in f for f in files):
        failures.append(f"{name}: no ONNX Runtime library for {rid}")
    core = next((f for f in files if f.endswith("/PublicityCheck.Core.dll")), None)
    command = next((f for f in files if re.search(r"/publicitycheck(\.exe)?$", f)), None)
    if core is None and command is not None:
        # Compiled ahead of time: one native command, no assemblies of ours beside it, nor their symbols.
        failures.extend(f"{name}: {f} is a managed assembly's symbols, which the native command does not use" for f in files if f.endswith(".pdb"))
        print(f"{'':48} {'':7} {'':12}  native command ({zipfile.ZipFile(os.path.join(folder, name)).getinfo(command).file_size / 1e6:.1f} MB), compiled ahead of time")
    elif core is None:
        failures.append(f"{name}: no PublicityCheck.Core.dll")
    else:
        with zipfile.ZipFile(os.path.join(folder, name)) as z:
            data = z.read(core)
        # A ReadyToRun image carries the RTR header's signature, 'RTR' (0x00525452), in its managed native header.
        if b"RTR\x00" not in data:
            failures.append(f"{name}: PublicityCheck.Core.dll is not precompiled (ReadyToRun)")
for f in failures:
    print("FAIL " + f)
sys.exit(1 if failures else 0)
PY

dotnet tool install PublicityCheck.Cli --version "$version" --tool-path "$work/tool" --add-source "$work/nupkg" >/dev/null
fi
pc="$work/tool/publicitycheck"
echo "installed: $("$pc" --version 2>&1 | head -1); $(du -sh "$work/tool/.store" | cut -f1) in the tool store"

# One generated release with its council's configuration, and the same configuration choosing the fast classifier.
if [ ! -f "$work/releases/publicitycheck.json" ]; then
  dotnet run -c Release --project "$repo/tests/PublicityCheck.Benchmarks" -- generate "$work/releases" 1 --format md >/dev/null
fi
release=$(find "$work/releases" -name '*.md' | LC_ALL=C sort | sed -n 1p)
python3 -c 'import json, sys; c = json.load(open(sys.argv[1])); c["classifier"] = "fast"; json.dump(c, open(sys.argv[2], "w"), indent=2)' \
  "$work/releases/publicitycheck.json" "$work/fast.json"
if [ ! -x "$work/npm/node_modules/.bin/textlint" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm init -y >/dev/null && npm install --no-audit --no-fund textlint textlint-rule-write-good >/dev/null)
fi
printf '{ "rules": { "write-good": true } }\n' > "$work/textlintrc.json"
"$pc" check "$release" --no-color >/dev/null || true # saves the encoder's optimised model, as any first run does

: > "$work/cold.txt"
tools=(accurate fast textlint)
if [ -n "${BESIDE:-}" ]; then
  tools=(accurate fast beside-accurate beside-fast textlint)
  "$BESIDE" check "$release" --no-color >/dev/null || true
fi
for run in $(seq 1 "$runs"); do
  for tool in "${tools[@]}"; do
    case $tool in
      accurate) command=("$pc" check "$release" --no-color) ;;
      fast) command=("$pc" check "$release" --no-color --config "$work/fast.json") ;;
      beside-accurate) command=("$BESIDE" check "$release" --no-color) ;;
      beside-fast) command=("$BESIDE" check "$release" --no-color --config "$work/fast.json") ;;
      textlint) command=("$work/npm/node_modules/.bin/textlint" --config "$work/textlintrc.json" --rules-base-directory "$work/npm/node_modules" "$release") ;;
    esac
    /usr/bin/time -f "$tool %e %M %U %S" -a -o "$work/cold.txt" "${command[@]}" >/dev/null 2>&1 || true
  done
  echo "load $(cut -d' ' -f1 /proc/loadavg)" >> "$work/cold.txt"
done
python3 - "$work/cold.txt" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) == 2 and parts[0] == "load":
        rows["load"].append(float(parts[1]))
    elif len(parts) == 5:
        rows[parts[0]].append((float(parts[1]), int(parts[2]), float(parts[3]) + float(parts[4])))
text = statistics.median(s for s, _, _ in rows["textlint"])
text_cpu = statistics.median(c for _, _, c in rows["textlint"])
names = {"accurate": "installed publicitycheck, one release cold", "fast": "the same, \"classifier\": \"fast\"",
         "beside-accurate": "BESIDE, one release cold", "beside-fast": "BESIDE, \"classifier\": \"fast\"",
         "textlint": "textlint + write-good, one release cold"}
# Wall time, and CPU time (user + system), which a machine shared with other work disturbs less.
print(f"{'run':48} {'median s':>9} {'min-max':>11} {'CPU s':>6} {'CPU min-max':>11} {'peak MB':>8} {'÷ textlint':>10} {'CPU ÷ textlint':>14}")
for key in (k for k in names if rows[k]):
    seconds = [s for s, _, _ in rows[key]]
    cpus = [c for _, _, c in rows[key]]
    wall = statistics.median(seconds)
    cpu = statistics.median(cpus)
    mb = statistics.median(kb for _, kb, _ in rows[key]) / 1024
    print(f"{names[key]:48} {wall:9.2f} {min(seconds):5.2f}-{max(seconds):<5.2f} {cpu:6.2f} {min(cpus):5.2f}-{max(cpus):<5.2f} {mb:8.0f} {wall / text:10.2f} {cpu / text_cpu:14.2f}")
PY
python3 -c 'import sys; loads = [float(l.split()[1]) for l in open(sys.argv[1]) if l.startswith("load ")]; print(f"load average during the runs: {min(loads)}-{max(loads)}")' "$work/cold.txt"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); .NET SDK $(dotnet --version); Node $(node --version)"
