#!/usr/bin/env bash
# The whole test suite: system packages, build, unit and integration tests, then the shared
# dev corpus is ingested, exported and scored. Fails if any dev document lacks a record or text.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
export CARGO_TERM_COLOR=never
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
