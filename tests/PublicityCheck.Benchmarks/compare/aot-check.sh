#!/usr/bin/env bash
# Checks that the publicitycheck compiled ahead of time (Native AOT) says what the ordinary build says, and refuses
# plainly what it cannot do. Not part of 'dotnet test': compiling the tool to native code takes several minutes
# on a 2-core machine, and needs the platform's C toolchain (clang or gcc, and zlib's headers on Linux), curl and openssl.
#   1. publishes both builds for this machine into WORK_DIR (unless AOT=FILE and JIT=FILE name commands already built):
#      'dotnet publish -r RID' (the ordinary, ReadyToRun build) and 'dotnet publish -r RID -p:PublishAot=true';
#   2. runs each command below with both and compares standard output and the exit code, byte for byte after the
#      install folder is replaced by a placeholder (help links point at the rule pages beside each build):
#      'check --format json' of every sample release with the shipped (accurate) classifier and with the fast one, one
#      release read from standard input, 'classify --format json' of sentences (the sentence encoder's scores through
#      ONNX Runtime, to four places, and the phrases that explain them), 'rules --format json', 'calendar --format json',
#      help and a mistyped command;
#   3. starts 'serve' from each build on a free loopback port and compares the answers to the same requests (health,
#      a check sent as paragraphs and as Markdown, the rules, the OpenAPI document, a malformed request's problem and a
#      Word upload that is not a Word file; over HTTPS with a certificate made by openssl, the add-in's manifest and task
#      pane), byte for byte after each response's trace id and port are replaced by placeholders;
#   4. checks that the native build refuses a configuration listing council analyzers with exit code 2 and a message
#      that says why and what to run instead (the ordinary build loads them; its own tests cover that).
# Exit 0 when every comparison holds, 1 when one differs (the difference is printed), 2 when it could not run.
# See docs/performance.md.
# usage: [AOT=FILE JIT=FILE] aot-check.sh [WORK_DIR]
set -euo pipefail
work=${1:-${TMPDIR:-/tmp}/publicitycheck-aot}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
mkdir -p "$work"
if [ -z "${AOT:-}" ]; then
  nice -n 10 dotnet publish "$repo/src/PublicityCheck.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/aot" -nologo -v q >/dev/null
  AOT="$work/aot/publicitycheck"
fi
if [ -z "${JIT:-}" ]; then
  nice -n 10 dotnet publish "$repo/src/PublicityCheck.Cli" -c Release -r "$rid" -o "$work/jit" -nologo -v q >/dev/null
  JIT="$work/jit/publicitycheck"
fi
for tool in "$AOT" "$JIT"; do
  [ -x "$tool" ] || { echo "no command at $tool" >&2; exit 2; }
done
# The folders the commands are in, through the link 'dotnet tool install' puts on the path to an installed one.
aot_dir=$(dirname "$(readlink -f "$AOT")")
jit_dir=$(dirname "$(readlink -f "$JIT")")

# Sentences of our own: two partisan, two neutral that sound political, one plain.
cat > "$work/sentences.txt" <<'EOF'
The Liberal Democrat administration has once again delivered lower council tax, unlike the last Conservative council.
Only a vote for our Independent group will keep the library open.
The conservation area appraisal will be reported to the Planning Committee in June.
Residents gave a vote of thanks to the volunteers who ran the party in the park.
Bin collections move by one day in the week after the bank holiday.
EOF
python3 -c 'import json, sys; c = json.load(open(sys.argv[1])); c["classifier"] = "fast"; c.pop("$schema", None); json.dump(c, open(sys.argv[2], "w"), indent=2)' \
  "$repo/samples/publicitycheck.json" "$work/fast.json"

failures=0
# Runs one command line with both builds from the repository root (standard input from the file $STDIN, if set) and
# compares output and exit code.
same() {
  local name=$1; shift
  local aot_out jit_out aot_rc=0 jit_rc=0 input=${STDIN:-/dev/null}
  aot_out=$(cd "$repo" && "$AOT" "$@" 2>&1 < "$input") || aot_rc=$?
  jit_out=$(cd "$repo" && "$JIT" "$@" 2>&1 < "$input") || jit_rc=$?
  aot_out=${aot_out//$aot_dir/INSTALL}
  jit_out=${jit_out//$jit_dir/INSTALL}
  verdict "$name" "$aot_rc" "$aot_out" "$jit_rc" "$jit_out"
}
# Reports whether the two builds' exit codes and outputs (already made comparable) are the same.
verdict() {
  local name=$1 aot_rc=$2 aot_out=$3 jit_rc=$4 jit_out=$5
  if [ "$aot_rc" != "$jit_rc" ] || [ "$aot_out" != "$jit_out" ]; then
    echo "DIFFERS  $name (exit $aot_rc native, $jit_rc ordinary)"
    diff <(printf '%s\n' "$jit_out") <(printf '%s\n' "$aot_out") | head -20 || true
    failures=$((failures + 1))
  else
    echo "same     $name (exit $aot_rc, $(printf '%s' "$aot_out" | wc -c) bytes)"
  fi
}
# Runs one command line with the native build and expects exit code 2 and a message holding each given phrase.
refused() {
  local name=$1; shift
  local phrases=() out rc=0
  while [ "$1" != "--" ]; do phrases+=("$1"); shift; done
  shift
  out=$(cd "$repo" && "$AOT" "$@" 2>&1) || rc=$?
  local missing=""
  for phrase in "${phrases[@]}"; do
    [[ "$out" == *"$phrase"* ]] || missing="$missing '$phrase'"
  done
  if [ "$rc" != 2 ] || [ -n "$missing" ] || [[ "$out" == *"Unhandled exception"* ]]; then
    echo "WRONG    $name: exit $rc, missing$missing: $out"
    failures=$((failures + 1))
  else
    echo "refused  $name: $(printf '%s' "$out" | head -1)"
  fi
}

while IFS= read -r release; do
  same "check, accurate: ${release#"$repo/"}" check "$release" --format json --no-color
  same "check, fast: ${release#"$repo/"}" check "$release" --format json --no-color --config "$work/fast.json"
done < <(find "$repo/samples" -path "$repo/samples/council-rule" -prune -o \( -name '*.md' -o -name '*.docx' \) ! -name README.md -print | LC_ALL=C sort)
same "check, SARIF of the whole samples folder" check samples --format sarif --no-color
STDIN="$repo/samples/2026-03-16-kettleby-pool-partisan-draft.md" same "check - from standard input" \
  check - --stdin-filename samples/2026-03-16-kettleby-pool-partisan-draft.md --format json --no-color
same "inspect a Word release" inspect samples/2026-03-09-local-plan-consultation.docx
# A scan keeps its state in SQLite (a native library the native build calls too); each build scans a copy of its own.
for build in aot jit; do rm -rf "$work/scan-$build" && cp -r "$repo/samples" "$work/scan-$build" && rm -rf "$work/scan-$build/council-rule"; done
scan_aot=$work/scan-aot scan_jit=$work/scan-jit
same_scan() {
  local name=$1; shift
  local aot_out jit_out aot_rc=0 jit_rc=0
  aot_out=$("$AOT" scan "$scan_aot" "$@" 2>&1) || aot_rc=$?
  jit_out=$("$JIT" scan "$scan_jit" "$@" 2>&1) || jit_rc=$?
  aot_out=${aot_out//$scan_aot/SCANNED}; aot_out=${aot_out//$aot_dir/INSTALL}
  jit_out=${jit_out//$scan_jit/SCANNED}; jit_out=${jit_out//$jit_dir/INSTALL}
  verdict "$name" "$aot_rc" "$aot_out" "$jit_rc" "$jit_out"
}
same_scan "scan, first run" --format json --no-color --config "$work/fast.json"
rm "$scan_aot/2026-03-16-kettleby-pool-partisan-draft.md" "$scan_jit/2026-03-16-kettleby-pool-partisan-draft.md"
same_scan "scan again, one release gone" --format json --no-color --config "$work/fast.json"
same "classify --format json" classify "$work/sentences.txt" --format json
same "rules --format json" rules --format json
same "calendar --format json" calendar --poll 2026-05-07 --type local --country wales --format json
same "--help" --help
same "a mistyped command" chekc samples
# The server: each build on its own free port, the same requests to both.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
aot_port=$(free_port) jit_port=$(free_port)
(cd "$repo" && exec "$AOT" serve --urls "http://127.0.0.1:$aot_port" >"$work/serve-aot.log" 2>&1) & aot_pid=$!
(cd "$repo" && exec "$JIT" serve --urls "http://127.0.0.1:$jit_port" >"$work/serve-jit.log" 2>&1) & jit_pid=$!
trap 'kill "$aot_pid" "$jit_pid" 2>/dev/null || true' EXIT
for port in "$aot_port" "$jit_port"; do
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
done
# Sends one request (curl arguments after the path) to both servers and compares status, type and body.
same_served() {
  local name=$1 path=$2; shift 2
  local aot_out jit_out aot_rc=0 jit_rc=0
  aot_out=$(curl -s -w '\n%{http_code} %{content_type}' "$@" "http://127.0.0.1:$aot_port$path") || aot_rc=$?
  jit_out=$(curl -s -w '\n%{http_code} %{content_type}' "$@" "http://127.0.0.1:$jit_port$path") || jit_rc=$?
  aot_out=$(printf '%s' "$aot_out" | sed -e 's/"traceId":"[^"]*"/"traceId":"TRACE"/' -e "s/127.0.0.1:$aot_port/SERVER/g")
  jit_out=$(printf '%s' "$jit_out" | sed -e 's/"traceId":"[^"]*"/"traceId":"TRACE"/' -e "s/127.0.0.1:$jit_port/SERVER/g")
  verdict "serve: $name" "$aot_rc" "$aot_out" "$jit_rc" "$jit_out"
}
json=(-H 'Content-Type: application/json')
same_served "GET /healthz" /healthz
same_served "POST /api/v1/check, paragraphs" /api/v1/check "${json[@]}" --data-binary \
  '{"paragraphs": ["Pool reopens", "Councillor Ann Bell, Labour group leader, said: \"Only Labour kept this pool open.\""], "publishOn": "2026-03-16"}'
same_served "POST /api/v1/check, Markdown" /api/v1/check "${json[@]}" --data-binary \
  "$(python3 -c 'import json, sys; print(json.dumps({"markdown": open(sys.argv[1]).read()}))' "$repo/samples/2026-03-16-kettleby-pool-partisan-draft.md")"
same_served "POST /api/v1/check, malformed" /api/v1/check "${json[@]}" --data-binary '{"paragraphs": [1, 2]}'
same_served "POST /api/v1/check/docx, not a Word file" /api/v1/check/docx --data-binary @"$repo/samples/README.md" \
  -H 'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document'
same_served "POST /api/v1/check/docx, a Word release" /api/v1/check/docx --data-binary @"$repo/samples/2026-03-09-local-plan-consultation.docx" \
  -H 'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document'
same_served "GET /api/v1/rules" /api/v1/rules
same_served "GET /openapi/v1.json" /openapi/v1.json
same_served "GET /rules/PC0201" /rules/PC0201
kill "$aot_pid" "$jit_pid" 2>/dev/null || true
# Over HTTPS, as Word needs, with a certificate given as the word-addin guide says (PEM files through Kestrel's
# configuration): the add-in's manifest names the address bound.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/serve.key" -out "$work/serve.crt" -days 2 -subj /CN=localhost \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
export Kestrel__Certificates__Default__Path=$work/serve.crt Kestrel__Certificates__Default__KeyPath=$work/serve.key
aot_port=$(free_port) jit_port=$(free_port)
(cd "$repo" && exec "$AOT" serve --urls "https://127.0.0.1:$aot_port" >"$work/serve-aot.log" 2>&1) & aot_pid=$!
(cd "$repo" && exec "$JIT" serve --urls "https://127.0.0.1:$jit_port" >"$work/serve-jit.log" 2>&1) & jit_pid=$!
unset Kestrel__Certificates__Default__Path Kestrel__Certificates__Default__KeyPath
for port in "$aot_port" "$jit_port"; do
  for _ in $(seq 1 100); do curl -fsk "https://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
done
same_served_tls() {
  local name=$1 path=$2
  local aot_out jit_out aot_rc=0 jit_rc=0
  aot_out=$(curl -sk -w '\n%{http_code} %{content_type}' "https://127.0.0.1:$aot_port$path" | sed "s/127.0.0.1:$aot_port/SERVER/g") || aot_rc=$?
  jit_out=$(curl -sk -w '\n%{http_code} %{content_type}' "https://127.0.0.1:$jit_port$path" | sed "s/127.0.0.1:$jit_port/SERVER/g") || jit_rc=$?
  verdict "serve over HTTPS: $name" "$aot_rc" "$aot_out" "$jit_rc" "$jit_out"
}
same_served_tls "GET /healthz" /healthz
same_served_tls "GET /addin/manifest.xml" /addin/manifest.xml
same_served_tls "GET /addin/taskpane.html" /addin/taskpane.html
kill "$aot_pid" "$jit_pid" 2>/dev/null || true
# A council's configuration listing an analyzer assembly (any assembly will do: the native build must refuse before
# reading it).
mkdir -p "$work/council"
cp "$jit_dir/PublicityCheck.Abstractions.dll" "$work/council/council-rules.dll"
printf '{ "root": true, "analyzers": ["council-rules.dll"] }\n' > "$work/council/publicitycheck.json"
refused "council analyzers" "council-rules.dll" "cannot be loaded" "\"analyzers\"" "framework-dependent build" -- \
  check samples/2026-03-19-library-hours-attribution.md --config "$work/council/publicitycheck.json"

echo "native: $AOT ($(du -hL "$AOT" | cut -f1)); ordinary: $JIT"
if [ "$failures" -gt 0 ]; then
  echo "$failures comparison(s) failed"
  exit 1
fi
echo "every comparison holds"
