#!/usr/bin/env bash
# The whole test suite: system packages, build, unit and integration tests, then the shared
# dev corpus is ingested, exported and scored. Fails if any dev document lacks a record or text.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
export CARGO_TERM_COLOR=never

# A local PostgreSQL server for the catalog tests (database naskah_test, recreated each run).
if command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
  pg_ctlcluster "$version" main start 2>/dev/null || true
  for _ in $(seq 1 20); do su postgres -c "pg_isready -q" && break; sleep 0.5; done
  su postgres -c "psql -q -v ON_ERROR_STOP=1" >/dev/null <<'SQL'
SELECT 'CREATE ROLE naskah LOGIN PASSWORD ''naskah''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'naskah')
\gexec
SQL
  for db in naskah_test naskah_test_workers; do
    su postgres -c "dropdb --if-exists $db && createdb -O naskah $db"
  done
  export NASKAH_TEST_POSTGRES_URL="postgres://naskah:naskah@127.0.0.1/naskah_test"
  export NASKAH_TEST_POSTGRES_WORKERS_URL="postgres://naskah:naskah@127.0.0.1/naskah_test_workers"
else
  echo "note: PostgreSQL not available (needs root and pg_ctlcluster); its tests will not run" >&2
fi

cargo build --locked
cargo test --locked

corpus="../shared/corpus"
if [ ! -d "$corpus/dev/docs" ]; then
  echo "error: $corpus/dev/docs not found; the dev corpus check needs the shared corpus beside this checkout" >&2
  exit 1
fi
python3 -c "import rapidfuzz" 2>/dev/null || pip install -q rapidfuzz 2>/dev/null || \
  echo "note: rapidfuzz not installed; the CER column will be slow to compute" >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
./target/debug/naskah --data "$work/data" ingest "$corpus/dev/docs" || status=$?
if [ "$status" -ne 0 ]; then
  echo "error: ingesting the dev corpus failed (exit $status)" >&2
  exit 1
fi
./target/debug/naskah --data "$work/data" export --format jsonl > "$work/dev.jsonl"
python3 tools/check_export.py "$corpus/dev" "$work/dev.jsonl"
python3 tools/score_by_kind.py "$corpus" "$work/dev.jsonl"
echo "== born-digital text: naskah against pdftotext on PDFs from LibreOffice, Chromium, groff and fpdf2"
python3 tools/bench_text.py tests/data/born-digital --naskah ./target/debug/naskah --no-speed --check
echo "== relevance: queries over the dev corpus and the documents each must return in its top 3"
python3 tools/relevance.py ./target/debug/naskah "$work/data"
