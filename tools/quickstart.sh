#!/usr/bin/env bash
# Quick start: install system packages, build naskah, ingest samples/, run a search.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cargo build --release
./target/release/naskah ingest samples
./target/release/naskah search "perjanjian hibah"
