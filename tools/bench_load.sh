#!/usr/bin/env bash
# Load figures on PostgreSQL (issue: bulk import at archive scale):
#  1. pages/hour of two `naskah worker` processes sharing one PostgreSQL queue, on the scans
#     and PDFs of the shared dev corpus, beside one worker with the same number of engines;
#  2. catalog queries with 1,000,000 generated documents (each with a page and an import
#     row): the commands an archivist runs, timed end to end (process start included).
# Needs root (to create the database) and a local PostgreSQL; uses target/release/naskah.
#
#   bash tools/bench_load.sh [--records 1000000] [--docs ../shared/corpus/dev/docs]
set -euo pipefail
cd "$(dirname "$0")/.."
records=1000000
docs=../shared/corpus/dev/docs
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records="$2"; shift 2 ;;
    --docs) docs="$2"; shift 2 ;;
    *) echo "usage: $0 [--records N] [--docs DIR]" >&2; exit 2 ;;
  esac
done
bin=target/release/naskah
[ -x "$bin" ] || cargo build --release
version="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 20); do su postgres -c "pg_isready -q" && break; sleep 0.5; done
url="postgres://naskah:naskah@127.0.0.1/naskah_bench"
fresh_db() {
  su postgres -c "dropdb --if-exists naskah_bench 2>/dev/null; createdb -O naskah naskah_bench"
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NASKAH_PROGRESS_SECS=0
now() { date +%s.%N; }

echo "== 1. pages/hour, dev corpus ($(ls "$docs" | wc -l) files), $(nproc) cores"
echo "| setup | pages | seconds | pages/hour |"
echo "| --- | ---: | ---: | ---: |"
run_workers() { # label, then one engine count per worker
  local label="$1"; shift
  fresh_db
  "$bin" --db "$url" --data "$work/d" enqueue "$docs" 2>/dev/null
  local t0 pids=() n=0
  t0="$(now)"
  for jobs in "$@"; do
    n=$((n + 1))
    NASKAH_WORKER_NAME="bench-$n" "$bin" --db "$url" --data "$work/d" worker --until-empty --jobs "$jobs" 2>/dev/null &
    pids+=($!)
  done
  wait "${pids[@]}"
  local secs pages
  secs="$(echo "$(now) - $t0" | bc)"
  pages="$(psql "$url" -tAc "SELECT COALESCE(SUM(page_count), 0) FROM documents")"
  printf "| %s | %s | %.1f | %.0f |\n" "$label" "$pages" "$secs" "$(echo "$pages / $secs * 3600" | bc -l)"
}
run_workers "two workers, 1 OCR engine each" 1 1
run_workers "one worker, 2 OCR engines" 2

echo
echo "== 2. catalog queries with $records generated documents"
fresh_db
"$bin" --db "$url" --data "$work/d" status >/dev/null   # creates the tables
sample_record="$(psql -X "$url" -tAc "SELECT 1" >/dev/null; "$bin" --data "$work/s" ingest samples/nota-dinas-hibah.txt >/dev/null 2>&1; "$bin" --data "$work/s" show nota-dinas-hibah.txt --json | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["record"]))')"
t0="$(now)"
psql -q "$url" -v ON_ERROR_STOP=1 -v rec="$sample_record" -v n="$records" <<'SQL'
INSERT INTO documents (sha256, source, path, format, size_bytes, page_count, doc_type, title,
                       doc_date, place, record, warnings, ingested_at)
SELECT md5(i::text) || md5((i + 1)::text), 'arsip/' || (i % 1000) || '/surat-' || i || '.pdf',
       '/arsip/' || (i % 1000) || '/surat-' || i || '.pdf', 'pdf', 120000, 1,
       (ARRAY['surat_edaran','nphd','keputusan','undangan','nota_dinas'])[1 + i % 5],
       'Naskah nomor ' || i, (DATE '2015-01-01' + (i % 3650))::text, 'Banjarbaru', :'rec', '',
       now()::text
FROM generate_series(1, :n) AS i;
INSERT INTO pages (document_id, page_no, text, origin, confidence, error)
SELECT id, 1, 'Naskah ' || id || ' tentang hibah daerah dan netralitas aparatur sipil negara.',
       CASE WHEN id % 3 = 0 THEN 'ocr' ELSE 'text_layer' END,
       CASE WHEN id % 3 = 0 THEN 40 + (id % 60) ELSE NULL END, NULL
FROM documents;
INSERT INTO imports (path, source, size_bytes, modified, state, sha256, document_id, pages,
                     attempts, updated_at)
SELECT path, source, size_bytes, '0', 'indexed', sha256, id, 1, 1, now()::text FROM documents;
ANALYZE;
SQL
printf "generated in %.0f s; database size %s\n" "$(echo "$(now) - $t0" | bc)" \
  "$(psql "$url" -tAc "SELECT pg_size_pretty(pg_database_size('naskah_bench'))")"
echo "| command | seconds (best of 3) |"
echo "| --- | ---: |"
time_cmd() { # label, command...
  local label="$1"; shift
  local best=999999 t0 t
  for _ in 1 2 3; do
    t0="$(now)"; "$@" >/dev/null 2>&1 || true; t="$(echo "$(now) - $t0" | bc)"
    best="$(echo "if ($t < $best) $t else $best" | bc)"
  done
  printf "| %s | %.3f |\n" "$label" "$best"
}
mid=$((records / 2))
time_cmd "status (counts)" "$bin" --db "$url" --data "$work/d" status
time_cmd "status --low-confidence 45" "$bin" --db "$url" --data "$work/d" status --low-confidence 45
time_cmd "show by id" "$bin" --db "$url" --data "$work/d" show "$mid"
time_cmd "show by source" "$bin" --db "$url" --data "$work/d" show "arsip/$((mid % 1000))/surat-$mid.pdf"
mkdir -p "$work/new"
printf 'NOTA DINAS\nNomor : 900/1/BPKAD/2024\nHal : hibah daerah tahun 2024 untuk pengawasan pemilihan kepala daerah.\n' > "$work/new/baru.txt"
time_once() { # label, command... (for commands whose second run differs from the first)
  local label="$1"; shift
  local t0
  t0="$(now)"; "$@" >/dev/null 2>&1 || true
  printf "| %s | %.3f |\n" "$label" "$(echo "$(now) - $t0" | bc)"
}
time_once "enqueue 1 new file" "$bin" --db "$url" --data "$work/d" enqueue "$work/new"
time_once "worker: claim and import it" "$bin" --db "$url" --data "$work/d" worker --until-empty
time_cmd "enqueue it again (unchanged)" "$bin" --db "$url" --data "$work/d" enqueue "$work/new"
time_cmd "check --no-repair (reads every id)" "$bin" --db "$url" --data "$work/d" check --no-repair
su postgres -c "dropdb --if-exists naskah_bench"
