#!/usr/bin/env bash
# Times every page and API answer of `naskah serve` on a catalog of the dev corpus.
# Usage: bash tools/bench_web.sh [DEV_DOCS] [BINARY] [DATA_DIR]
# Ingests DEV_DOCS into DATA_DIR (default: a temp folder, removed afterwards) first.
set -euo pipefail
docs="${1:-../shared/corpus/dev/docs}"
bin="${2:-target/release/naskah}"
if [ -n "${3:-}" ]; then
  data="$3"; mkdir -p "$data"
  trap 'kill "$server" 2>/dev/null || true' EXIT
else
  data="$(mktemp -d)"
  trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
fi
server=""
"$bin" --data "$data" ingest "$docs" 2>&1 | tail -1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" --data "$data" serve --addr "127.0.0.1:$port" 2>/dev/null &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/api/status" >/dev/null && break; sleep 0.1; done
# The largest scanned grant agreement (4 OCR pages) stands for the document page.
nphd=$(curl -s "$base/api/search?type=nphd&limit=50" | python3 -c '
import json, sys
hits = json.load(sys.stdin)["hits"]
print(next((h["id"] for h in hits if h["source"] == "nphd-kalsel-kpu-2023.pdf"), hits[0]["id"]))')
# The first request of a page image renders and caches it; time both.
printf '%-52s %8s %8s %8s\n' "url" "first" "median" "max"
for path in "/" "/search?q=perjanjian+hibah" "/search?q=hibah&type=nphd&year=2023" \
            "/search?q=netralitas+ASN&sort=date" "/documents/$nphd" "/documents/$nphd/pages/1/image" \
            "/grants" "/grants.csv" "/import" "/api/search?q=hibah&limit=20" "/api/documents/$nphd" \
            "/api/grants" "/api/openapi.json"; do
  times=()
  for i in $(seq 11); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base$path")")
  done
  python3 - "$path" "${times[@]}" <<'PY'
import statistics, sys
path, *t = sys.argv[1:]
ms = [float(x) * 1000 for x in t]
print(f"{path:52} {ms[0]:7.1f}ms {statistics.median(ms[1:]):7.1f}ms {max(ms[1:]):7.1f}ms")
PY
done
