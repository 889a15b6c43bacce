#!/usr/bin/env bash
# Fuzzes the PDF page reader and the extraction functions with cargo-fuzz (libFuzzer), one
# target at a time, each for a bounded time. Not part of tools/test.sh (CI time is limited);
# the inputs it ever found are replayed by `cargo test --test fuzz_regressions` instead.
#
#   tools/fuzz.sh [SECONDS] [TARGET...]     default: 60 seconds each, every target
#   FUZZ_SANITIZER=none tools/fuzz.sh 300   without AddressSanitizer (faster, catches less)
#
# Findings land in fuzz/artifacts/TARGET/ (crash-*, timeout-*, oom-*); replay one with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run TARGET fuzz/artifacts/TARGET/crash-...
# A hang over 10 s or a memory peak over 1 GiB on one input counts as a finding.
set -euo pipefail
cd "$(dirname "$0")/.."

secs="${1:-60}"
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(pdf_reader read_file extract parsers)
fi
sanitizer="${FUZZ_SANITIZER:-address}"

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  cargo install --locked cargo-fuzz
fi
# cargo-fuzz passes nightly-only flags (-Zsanitizer, -Cllvm-args for coverage); the stable
# compiler accepts them when told it is bootstrapping itself.
export RUSTC_BOOTSTRAP=1

# Seeds: the small hand-made inputs in fuzz/seeds, plus the smaller files of the shared dev
# corpus when it is beside this checkout (read in place, never copied into the repo).
shared="../shared/corpus/dev"
extra="$(mktemp -d)"
trap 'rm -rf "$extra"' EXIT
mkdir -p "$extra/pdf" "$extra/text"
if [ -d "$shared/docs" ]; then
  find "$shared/docs" -name '*.pdf' -size -64k -exec cp {} "$extra/pdf/" \;
  find "$shared" -maxdepth 1 -name '*.txt' -exec cp {} "$extra/text/" \;
fi

# Dictionary, and for the text targets a cap on input length: under ASan the regexes of the
# extraction run at a few inputs a second on a whole dev document.
opts_of() {
  case "$1" in
    pdf_reader | read_file) echo -dict=fuzz/dict/pdf.dict ;;
    *) echo -dict=fuzz/dict/text.dict -max_len=4096 ;;
  esac
}

seeds_of() {
  case "$1" in
    pdf_reader) echo fuzz/seeds/pdf "$extra/pdf" ;;
    read_file) echo fuzz/seeds/pdf fuzz/seeds/image fuzz/seeds/text "$extra/pdf" ;;
    extract | parsers) echo fuzz/seeds/text "$extra/text" ;;
    *) echo "unknown fuzz target: $1" >&2; exit 2 ;;
  esac
}

status=0
for t in "${targets[@]}"; do
  seeds="$(seeds_of "$t")"
  mkdir -p "fuzz/corpus/$t"
  echo "== fuzzing $t for ${secs}s (sanitizer: $sanitizer)"
  # shellcheck disable=SC2086,SC2046 # seed directories and options are separate arguments
  if ! cargo fuzz run -s "$sanitizer" "$t" "fuzz/corpus/$t" $seeds -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=1024 $(opts_of "$t") \
    -print_final_stats=1; then
    echo "== $t: finding(s) in fuzz/artifacts/$t/" >&2
    status=1
  fi
done
exit "$status"
