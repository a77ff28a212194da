#!/usr/bin/env bash
# Starts `publicitycheck serve` on a free loopback port, runs load-test.py against it (50 clients, 30 s by default:
# pass --clients/--seconds to change), prints the figures and stops the server.
set -euo pipefail
cd "$(dirname "$0")/../../.."
dotnet build src/PublicityCheck.Cli -c Release -nologo -v q >/dev/null
log=$(mktemp)
dotnet src/PublicityCheck.Cli/bin/Release/net10.0/publicitycheck.dll serve --urls http://127.0.0.1:0 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$log" | head -1 || true)
  [ -n "$url" ] && break
  sleep 0.2
done
[ -n "$url" ] || { cat "$log"; echo "the server did not start" >&2; exit 1; }
python3 tests/PublicityCheck.Server.Tests/load/load-test.py "$url" "$@"
