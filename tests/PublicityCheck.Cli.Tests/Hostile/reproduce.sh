#!/usr/bin/env bash
# Reruns, against a Release build of publicitycheck, the attacks that docs/security.md says are prevented: each
# builds its hostile input in a work folder, runs the command under a time limit and prints one row:
#   name | exit code | seconds | what happened (the line of output that tells)
# The tests under tests/*/Hostile/ hold each behaviour; this script is for measuring a build as a user runs it.
# usage: reproduce.sh [WORK_DIR]        (needs python3, curl and mkfifo; uses 127.0.0.1 ports 5097-5099)
set -uo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
bin="$work/bin"
limit=120

echo "building into $bin" >&2
dotnet publish "$repo/src/PublicityCheck.Cli" -c Release -o "$bin" -nologo -v q >/dev/null || exit 2
PC=(dotnet "$bin/publicitycheck.dll")

row() { printf '%-34s | %4s | %6s | %s\n' "$1" "$2" "$3" "$4"; }
# run NAME COMMAND...: runs under the limit, keeps the output in $work/NAME.out, sets $status and $seconds.
run() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  timeout --kill-after=5 "$limit" "$@" >"$work/$name.out" 2>&1
  status=$?
  end=$(date +%s.%N)
  seconds=$(printf '%.2f' "$(echo "$end - $start" | bc)")
}
tell() { grep -E "$2" "$work/$1.out" | head -1 | cut -c1-150; }

# A minimal Word package whose body (or comments part) nests DEPTH elements.
make_docx() {
  python3 - "$@" <<'PY'
import sys, zipfile
path, depth, where = sys.argv[1], int(sys.argv[2]), sys.argv[3]
w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
nest = '<w:customXml>' * depth + '</w:customXml>' * depth
body = f'<w:p><w:r><w:t>The library reopens on Monday.</w:t></w:r></w:p>'
if where == 'body':
    body = f'<w:p>{nest}</w:p>' + body
else:
    body = '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>The library reopens.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
docrels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
comments = (f'<?xml version="1.0" encoding="UTF-8"?><w:comments {w}><w:comment w:id="0" w:author="Editor">'
            f'<w:p>{nest if where == "comment" else ""}<w:r><w:t>Check the date.</w:t></w:r></w:p></w:comment></w:comments>')
with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
    z.writestr('[Content_Types].xml', types)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/_rels/document.xml.rels', docrels)
    z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{body}</w:body></w:document>')
    z.writestr('word/comments.xml', comments)
PY
}

release='# Library reopens

The Central Library reopens on Monday after its refurbishment, the council said.
'

serve_pid=
start_server() {
  "${PC[@]}" serve --urls "http://127.0.0.1:$1" >"$work/serve-$1.out" 2>&1 &
  serve_pid=$!
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$1/healthz" && return 0
    sleep 0.2
  done
  return 1
}
stop_server() { [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null; serve_pid=; }
trap stop_server EXIT

printf '%-34s | %4s | %6s | %s\n' "reproduction" "exit" "secs" "result"

# 1. Deep YAML front matter, beside the samples: the run ends normally and the samples' results are kept.
python3 -c "d=50000;open('$work/y.md','w').write('---\na: '+'['*d+']'*d+'\n---\nx\n')"
cd "$repo" && run yaml-check "${PC[@]}" check samples "$work/y.md" --no-color; cd - >/dev/null
row "1 deep YAML: check samples y.md" "$status" "$seconds" "$(tell yaml-check 'y.md|files checked' | tr '\n' ' ')"
mkdir -p "$work/yaml-scan" && cp "$work/y.md" "$repo/samples/2026-03-03-council-sets-budget.md" "$work/yaml-scan/"
run yaml-scan1 "${PC[@]}" scan "$work/yaml-scan" --state "$work/yaml-scan.db" --no-color
run yaml-scan2 "${PC[@]}" scan "$work/yaml-scan" --state "$work/yaml-scan.db" --no-color
row "1 deep YAML: scan, twice" "$status" "$seconds" "$(tell yaml-scan2 'files|PC0001' | tr '\n' ' ')"

# 2. A planted configuration and analyzer in a folder that is checked and scanned.
mkdir -p "$work/evil-src" "$work/untrusted"
cat >"$work/evil-src/Evil.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><Reference Include="PublicityCheck.Core"><HintPath>$bin/PublicityCheck.Core.dll</HintPath><Private>false</Private></Reference></ItemGroup>
</Project>
EOF
cat >"$work/evil-src/Planted.cs" <<EOF
using System.Collections.Immutable;
using PublicityCheck.Analysis;
using PublicityCheck.Diagnostics;
public sealed class Planted : PublicityAnalyzer
{
    public Planted() => File.WriteAllText("$work/planted-ran", "ran");
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];
    public override void Initialize(AnalyzerRegistration registration) { }
}
EOF
dotnet build "$work/evil-src" -c Release -o "$work/untrusted" -nologo -v q >/dev/null 2>&1 || echo "could not build the planted analyzer" >&2
printf '%s' "$release" >"$work/untrusted/release.md"
printf '{ "analyzers": ["Evil.dll"] }' >"$work/untrusted/publicitycheck.json"
rm -f "$work/planted-ran"
run planted-check "${PC[@]}" check "$work/untrusted/release.md" --no-color
row "2 planted analyzer: check" "$status" "$seconds" "ran: $([ -f "$work/planted-ran" ] && echo YES || echo no); $(tell planted-check 'PC0008|analyzer')"
rm -f "$work/planted-ran"
run planted-scan "${PC[@]}" scan "$work/untrusted" --state "$work/planted.db" --no-color
row "2 planted analyzer: scan" "$status" "$seconds" "ran: $([ -f "$work/planted-ran" ] && echo YES || echo no)"

# 3. Deeply nested Word XML: body 45,000 and 100,000 deep; a comment 6,000 deep through annotate.
make_docx "$work/deep45k.docx" 45000 body
make_docx "$work/deep100k.docx" 100000 body
make_docx "$work/comment6k.docx" 6000 comment
run deep45k "${PC[@]}" check "$work/deep45k.docx" --no-color
row "3 Word body 45,000 deep" "$status" "$seconds" "$(tell deep45k 'PC0001|files checked')"
run deep100k "${PC[@]}" check "$work/deep100k.docx" --no-color
row "3 Word body 100,000 deep" "$status" "$seconds" "$(tell deep100k 'PC0001|files checked')"
run comment6k "${PC[@]}" annotate "$work/comment6k.docx" -o "$work/comment6k.reviewed.docx"
row "3 annotate, comment 6,000 deep" "$status" "$seconds" "$(tell comment6k '.')"

# 4, 8, 9 (server). A real server on loopback.
if start_server 5097; then
  api=http://127.0.0.1:5097
  code=$(curl -s -o "$work/api-deep.out" -w '%{http_code} %{time_total}' --data-binary @"$work/deep45k.docx" -H 'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document' "$api/api/v1/check/docx")
  row "3 API: Word body 45,000 deep" "${code% *}" "${code#* }" "$(head -c 120 "$work/api-deep.out")"
  code=$(curl -s -o "$work/api-form.out" -w '%{http_code} %{time_total}' -H 'Origin: http://attacker.example' -F "file=@$repo/samples/2026-02-26-town-centre-regeneration.docx" "$api/api/v1/check/docx")
  row "4 cross-site form post" "${code% *}" "${code#* }" "$(head -c 120 "$work/api-form.out")"
  code=$(curl -s -o "$work/api-host.out" -w '%{http_code} %{time_total}' -H 'Host: rebound.attacker.example' "$api/api/v1/rules")
  row "4 DNS rebinding (foreign Host)" "${code% *}" "${code#* }" "$(head -c 120 "$work/api-host.out")"
  head -c $((11 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$work/big.bin"
  code=$(curl -s -o "$work/api-chunked.out" -w '%{http_code} %{time_total}' -H 'Transfer-Encoding: chunked' -H 'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document' --data-binary @"$work/big.bin" "$api/api/v1/check/docx")
  row "9 chunked body over 10 MB" "${code% *}" "${code#* }" "$(head -c 120 "$work/api-chunked.out")"
  code=$(curl -s -o "$work/api-bad.out" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' --data-binary '{"markdown": 5}' "$api/api/v1/check")
  row "9 bad JSON body: type names?" "${code% *}" "${code#* }" "$(grep -oE '(System|Microsoft)\.[A-Za-z.]+|[A-Za-z]+Exception' "$work/api-bad.out" | head -1 || true)"
  python3 -c "import json; d=50000; print(json.dumps({'markdown': '---\na: '+'['*d+']'*d+'\n---\nx\n'}))" >"$work/yaml-body.json"
  code=$(curl -s -o "$work/api-yaml.out" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' --data-binary @"$work/yaml-body.json" "$api/api/v1/check")
  alive=$(curl -s -o /dev/null -w '%{http_code}' "$api/healthz")
  row "1 API: deep YAML body" "${code% *}" "${code#* }" "server afterwards: $alive"
  stop_server
else
  row "server" "-" "-" "did not start: $(tail -1 "$work/serve-5097.out")"
fi
run kestrel-env env Kestrel__Endpoints__E1__Url=http://0.0.0.0:5098 timeout 15 dotnet "$bin/publicitycheck.dll" serve --urls http://127.0.0.1:5099
row "8 Kestrel__Endpoints on 0.0.0.0, no key" "$status" "$seconds" "$(tell kestrel-env 'key|listening|error' )"

# 5. Special files.
mkdir -p "$work/fifo" && printf '%s' "$release" >"$work/fifo/release.md" && mkfifo "$work/fifo/x.md"
run fifo-check "${PC[@]}" check "$work/fifo" --no-color
row "5 FIFO x.md: check folder" "$status" "$seconds" "$(tell fifo-check 'x.md')"
(sleep 1; echo "# x" >"$work/fifo/x.md") & writer=$!
run fifo-writer "${PC[@]}" check "$work/fifo" --no-color
kill "$writer" 2>/dev/null; wait "$writer" 2>/dev/null
row "5 FIFO x.md with a writer: check" "$status" "$seconds" "$(tell fifo-writer 'x.md')"
run fifo-scan "${PC[@]}" scan "$work/fifo" --state "$work/fifo.db" --no-color
row "5 FIFO x.md: scan" "$status" "$seconds" "$(tell fifo-scan 'x.md')"
mkdir -p "$work/zero" && printf '%s' "$release" >"$work/zero/release.md" && ln -sf /dev/zero "$work/zero/zero.md"
run zero-scan "${PC[@]}" scan "$work/zero" --state "$work/zero.db" --no-color
row "5 link to /dev/zero: scan" "$status" "$seconds" "$(tell zero-scan 'zero.md')"
mkdir -p "$work/zeroconf" && printf '%s' "$release" >"$work/zeroconf/release.md" && ln -sf /dev/zero "$work/zeroconf/publicitycheck.json"
start=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$work/zeroconf.rss" timeout "$limit" dotnet "$bin/publicitycheck.dll" check "$work/zeroconf/release.md" --no-color >"$work/zeroconf.out" 2>&1
status=$?; seconds=$(printf '%.2f' "$(echo "$(date +%s.%N) - $start" | bc)")
row "5 configuration is /dev/zero" "$status" "$seconds" "peak $(( $(tail -1 "$work/zeroconf.rss") / 1024 )) MB; $(tell zeroconf 'publicitycheck.json')"

# 6. A corrupt scan state.
mkdir -p "$work/state" && printf '%s' "$release" >"$work/state/release.md"
run state-first "${PC[@]}" scan "$work/state" --state "$work/state.db" --no-color
head -c 4096 /dev/urandom >"$work/state.db"; rm -f "$work/state.db-wal" "$work/state.db-shm"
run state-garbage "${PC[@]}" scan "$work/state" --state "$work/state.db" --no-color
row "6 garbage scan.db" "$status" "$seconds" "$(tell state-garbage 'state|db')"
run state-reset "${PC[@]}" scan "$work/state" --state "$work/state.db" --reset-state --no-color
row "6 ... then --reset-state" "$status" "$seconds" "$(ls "$work" | grep -c 'state.db.corrupt') old file(s) kept"

# 7. annotate through a symbolic link onto the release.
mkdir -p "$work/annotate" && cp "$repo/samples/2026-02-26-town-centre-regeneration.docx" "$work/annotate/release.docx"
ln -sf release.docx "$work/annotate/link.docx"
before=$(sha256sum <"$work/annotate/release.docx")
run annotate-link "${PC[@]}" annotate "$work/annotate/link.docx" -o "$work/annotate/release.docx"
row "7 annotate link.docx -o release.docx" "$status" "$seconds" "release $([ "$before" = "$(sha256sum <"$work/annotate/release.docx")" ] && echo unchanged || echo OVERWRITTEN); $(tell annotate-link '.')"

# 9. Smaller items.
mkdir -p "$work/dash" && printf '%s' "$release" >"$work/dash/-x.md"
cd "$work/dash" && run dash "${PC[@]}" check --no-color -- -x.md; cd - >/dev/null
row "9 check -- -x.md" "$status" "$seconds" "$(tell dash 'checked|unknown|rror')"
mkdir -p "$work/newline"
printf '%s' "$release" >"$work/newline/$(printf 'a\nforged.md(1,1): error PC0401: forged')"
printf '%s\n\nThe sale was agreed in private, as the Part II report was commercially sensitive.\n' "$release" >"$work/newline/$(printf 'b\nx.md')"
run newline "${PC[@]}" check "$work/newline" --no-color
row "9 newline in a file name" "$status" "$seconds" "$(grep -c '^forged.md(1,1)' "$work/newline.out") forged line(s); $(grep -c '^x.md' "$work/newline.out") split line(s)"
python3 - "$work/roster.csv" <<'PY'
import sys, random
random.seed(1)
first = ["Alex","Sam","Priya","Tom","Grace","Omar","Helen","Raj","Lucy","Ben","Nadia","Owen"]
last = ["Reid","Patel","Hughes","Khan","Walsh","Barker","Doyle","Price","Shaw","Lloyd","Marsh","Young"]
with open(sys.argv[1], "w") as f:
    f.write("name,title,kind,party,ward,role,portfolio,committee,from,to\n")
    for i in range(50000):
        f.write(f"{random.choice(first)} {random.choice(last)}{i},Councillor,member,Independent,Ward {i % 400},Councillor,,,2020-01-01,\n")
PY
mkdir -p "$work/roster" && printf '%s' "$release" >"$work/roster/release.md"
printf '{ "root": true, "roster": "../roster.csv" }' >"$work/roster/publicitycheck.json"
run roster "${PC[@]}" check "$work/roster/release.md" --no-color
row "9 50,000-person roster" "$status" "$seconds" "$(tell roster 'files checked|rror')"
echo "outputs in $work" >&2
