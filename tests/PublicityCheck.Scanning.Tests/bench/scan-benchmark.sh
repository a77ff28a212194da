#!/usr/bin/env bash
# Scan benchmark (not run by dotnet test): generates N releases (default 2000), scans them cold, then warm with
# nothing changed, and prints both times, the warm/cold ratio (must be <= 0.10) and each scan's peak memory.
# The command is published ReadyToRun, as docs/scheduling.md says to install it: a warm scan is mostly start-up,
# and precompiled code halves the time spent compiling. Set PUBLICITYCHECK_BENCH_JIT=1 to time the plain build.
# PUBLICITYCHECK_SCAN_TIMINGS=1 also prints each scan's phases.
# Usage: tests/PublicityCheck.Scanning.Tests/bench/scan-benchmark.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../../.."
n="${1:-2000}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 CI=true
dotnet build -c Release tests/PublicityCheck.Scanning.Tests -nologo -v q >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${PUBLICITYCHECK_BENCH_JIT:-0}" = 1 ]; then
  cli=src/PublicityCheck.Cli/bin/Release/net10.0/publicitycheck.dll
else
  dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true src/PublicityCheck.Cli -o "$work/cli" -nologo -v q >/dev/null
  cli="$work/cli/publicitycheck.dll"
fi
dotnet tests/PublicityCheck.Scanning.Tests/bin/Release/net10.0/PublicityCheck.Scanning.Tests.dll generate "$work/press" "$n"

scan() { # $1 = label; prints seconds and peak RSS (KiB)
  /usr/bin/time -v -o "$work/$1.time" dotnet "$cli" scan "$work/press" --publish-on 2026-03-02 --fail-on none \
    --format json --output "$work/$1.json" --report "$work/$1.html" >/dev/null 2>"$work/$1.err" || { cat "$work/$1.err" >&2; exit 1; }
  [ "${PUBLICITYCHECK_SCAN_TIMINGS:-0}" = 1 ] && sed "s/^/$1 /" "$work/$1.err" >&2
  local secs rss
  secs=$(grep 'Elapsed (wall clock)' "$work/$1.time" | awk -F': ' '{print $2}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$work/$1.time" | awk -F': ' '{print $2}')
  echo "$secs $rss"
}

read -r cold cold_rss < <(scan cold)
read -r warm warm_rss < <(scan warm)
ratio=$(awk -v w="$warm" -v c="$cold" 'BEGIN { printf "%.3f", w / c }')
printf 'files:  %s releases + 3 corrupt\n' "$n"
printf 'cold:   %6.2f s   peak RSS %6d MiB\n' "$cold" $((cold_rss / 1024))
printf 'warm:   %6.2f s   peak RSS %6d MiB\n' "$warm" $((warm_rss / 1024))
printf 'ratio:  %s (warm / cold; must be <= 0.10)\n' "$ratio"
cmp -s <(grep -v scanStatus "$work/cold.json") <(grep -v scanStatus "$work/warm.json") && echo "reports: cold and warm JSON agree (scan status aside)" || echo "reports: cold and warm JSON differ"
awk -v r="$ratio" 'BEGIN { exit !(r <= 0.10) }'
