#!/usr/bin/env bash
# Where a cold check's time goes, phase by phase, from the tool's own start-up trace (PUBLICITYCHECK_TRACE_STARTUP=1):
# runs 'TOOL check RELEASE' RUNS times (default 7), each a fresh process, and prints for each phase the median wall and
# CPU time it took (ms), the methods the JIT compiled in it (what ReadyToRun did not precompile) and the JIT's time.
# Extra arguments go to 'check' (for example --config fast.json). With JIT_LIST=FILE the last run also writes every
# method the JIT compiled, in order, to FILE (DOTNET_JitStdOutFile with DOTNET_JitDisasmSummary=1; that run is not timed).
# See docs/performance.md.
# usage: [JIT_LIST=FILE] startup-trace.sh TOOL RELEASE [RUNS] [check arguments...]
set -euo pipefail
tool=${1:?usage: startup-trace.sh TOOL RELEASE [RUNS] [check arguments...]}
release=${2:?usage: startup-trace.sh TOOL RELEASE [RUNS] [check arguments...]}
runs=${3:-7}
shift $(( $# < 3 ? $# : 3 ))
traces=$(mktemp -d)
trap 'rm -rf "$traces"' EXIT
for run in $(seq 1 "$runs"); do
  PUBLICITYCHECK_TRACE_STARTUP=1 "$tool" check "$release" --no-color "$@" 2>"$traces/$run.txt" >/dev/null || true
done
if [ -n "${JIT_LIST:-}" ]; then
  DOTNET_JitStdOutFile="$JIT_LIST" DOTNET_JitDisasmSummary=1 "$tool" check "$release" --no-color "$@" >/dev/null 2>&1 || true
fi
python3 - "$traces" "$runs" <<'PY'
import collections, os, statistics, sys
folder, runs = sys.argv[1], int(sys.argv[2])
phases, order = collections.defaultdict(list), []
for name in os.listdir(folder):
    for line in open(os.path.join(folder, name)):
        if not line.startswith("startup ") or line.startswith("startup phase"):
            continue
        # "startup NAME  wall +wall cpu +cpu jitted +jitted jit-ms assemblies": the name may hold spaces.
        words = line.split()
        numbers = [float(w) for w in words[-8:]]
        phase = " ".join(words[1:-8])
        if phase not in order:
            order.append(phase)
        phases[phase].append(numbers)
median = lambda rows, i: statistics.median(r[i] for r in rows)
jitted = "JIT'd"
print(f"{'phase':34} {'wall ms':>8} {'CPU ms':>7} {jitted:>6} {'until: wall':>12} {'CPU':>6} {'JIT ms':>7}   ({runs} runs, medians)")
for phase in sorted(order, key=lambda p: median(phases[p], 0)):
    rows = phases[phase]
    print(f"{phase:34} {median(rows, 1):8.0f} {median(rows, 3):7.0f} {median(rows, 5):6.0f} {median(rows, 0):12.0f} {median(rows, 2):6.0f} {median(rows, 6):7.0f}")
PY
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
