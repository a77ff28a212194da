#!/usr/bin/env bash
# Times cold checks of one release with an installed or published publicitycheck under runtime settings given as
# environment variables (the same knobs as runtimeconfig.json's), each variant in turn within every run, so that a
# shared machine's changing load falls on all alike. Prints each variant's median and range of wall and CPU time
# (user + system). A setting worth keeping goes into src/PublicityCheck.Cli/PublicityCheck.Cli.csproj.
# usage: [VARIANTS=...] startup-settings.sh TOOL RELEASE [RUNS] [-- publicitycheck options...]
#   e.g. startup-settings.sh /tmp/publicitycheck-tool/tool/publicitycheck release.md 7 -- --config fast.json
set -euo pipefail
tool=$1 release=$2 runs=${3:-7}
shift $(( $# >= 3 ? 3 : $# ))
[ "${1:-}" = "--" ] && shift
extra=("$@")
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time" >&2; exit 2; }
# VARIANTS="as-shipped= gc-non-concurrent=DOTNET_gcConcurrent=0" chooses others (NAME=VARIABLE=VALUE, space-separated).
variants=(
  "as-shipped="
  "tiered-compilation-off=DOTNET_TieredCompilation=0"
  "quick-jit-off=DOTNET_TC_QuickJit=0"
  "ready-to-run-off=DOTNET_ReadyToRun=0"
  "gc-non-concurrent=DOTNET_gcConcurrent=0"
  "lttng-off=DOTNET_LTTng=0"
)
[ -n "${VARIANTS:-}" ] && read -r -a variants <<< "$VARIANTS"
out=$(mktemp)
"$tool" check "$release" --no-color "${extra[@]}" >/dev/null 2>&1 || true
for run in $(seq 1 "$runs"); do
  for variant in "${variants[@]}"; do
    name=${variant%%=*} setting=${variant#*=}
    env $setting /usr/bin/time -f "$name %e %U %S %M" -a -o "$out" "$tool" check "$release" --no-color "${extra[@]}" >/dev/null 2>&1 || true
  done
done
python3 - "$out" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) == 5:
        rows[p[0]].append((float(p[1]), float(p[2]) + float(p[3]), int(p[4])))
base = statistics.median(c for _, c, _ in rows["as-shipped"])
print(f"{'variant':24} {'wall s':>7} {'range':>11} {'CPU s':>6} {'range':>11} {'peak MB':>8} {'CPU ÷ as shipped':>17}")
for name, values in rows.items():
    walls = [w for w, _, _ in values]; cpus = [c for _, c, _ in values]
    print(f"{name:24} {statistics.median(walls):7.2f} {min(walls):5.2f}-{max(walls):<5.2f} {statistics.median(cpus):6.2f} {min(cpus):5.2f}-{max(cpus):<5.2f} {statistics.median(m for _, _, m in values) / 1024:8.0f} {statistics.median(cpus) / base:17.2f}")
PY
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$out"
