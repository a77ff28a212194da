#!/usr/bin/env bash
# Runs one SharpFuzz target under afl-fuzz: publishes the harness, instruments PublicityCheck.Core (and Markdig,
# the Open XML SDK for the word target, YamlDotNet for front-matter), builds the seed corpus from samples/ and ../shared/corpus/, and fuzzes.
# usage: run-fuzz.sh markdown|word|check-json|front-matter|config [SECONDS] [WORK_DIR]     (see docs/fuzzing.md)
set -euo pipefail
target=${1:?target: markdown, word, check-json, front-matter or config}
seconds=${2:-600}
work=${3:-${TMPDIR:-/tmp}/publicitycheck-fuzz}
repo=$(cd "$(dirname "$0")/../.." && pwd)
bin="$work/bin-$target"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install -y afl++" >&2; exit 2; }
sharpfuzz=$(command -v sharpfuzz || true)
if [ -z "$sharpfuzz" ]; then
  dotnet tool install --tool-path "$work/tools" SharpFuzz.CommandLine >/dev/null 2>&1 || true
  sharpfuzz="$work/tools/sharpfuzz"
fi

mkdir -p "$work"
dotnet publish "$repo/tests/PublicityCheck.Fuzzing" -c Release -o "$bin" -nologo -v q
libraries=(PublicityCheck.Core.dll)
case "$target" in
  markdown) libraries+=(Markdig.dll) ;;
  word) libraries+=(DocumentFormat.OpenXml.dll DocumentFormat.OpenXml.Framework.dll) ;;
  check-json) libraries+=(PublicityCheck.Server.dll) ;;
  front-matter) libraries+=(YamlDotNet.dll) ;;
esac
for library in "${libraries[@]}"; do
  # Instrumenting twice is refused; a fresh publish gives fresh assemblies each run.
  "$sharpfuzz" "$bin/$library"
done

[ -d "$work/seeds/$target" ] || dotnet "$bin/PublicityCheck.Fuzzing.dll" seed "$work/seeds" "$repo"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
timeout --signal=INT "$seconds" afl-fuzz -i "$work/seeds/$target" -o "$work/findings-$target" -t 10000 -m none \
  -- dotnet "$bin/PublicityCheck.Fuzzing.dll" "$target" || true
echo "crashes: $(find "$work/findings-$target" -path '*crashes/id*' | wc -l), hangs: $(find "$work/findings-$target" -path '*hangs/id*' | wc -l)"
grep -h -E 'execs_done|run_time|corpus_count|saved_crashes|saved_hangs|stability' "$work/findings-$target"/default/fuzzer_stats || true
