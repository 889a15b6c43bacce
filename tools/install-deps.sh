#!/usr/bin/env bash
# Installs the system packages naskah builds and runs with (Debian/Ubuntu, as root or via sudo).
# PostgreSQL is for the catalog-on-PostgreSQL tests; naskah itself needs it only with --db postgres://.
# Chromium and its WebDriver are for the web app's browser test (tests/web.rs).
set -euo pipefail
packages=(tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng libtesseract-dev libleptonica-dev
          libclang-dev clang pkg-config poppler-utils python3 python3-pip ca-certificates
          postgresql chromium chromium-driver)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "error: cargo (Rust) is not installed; install it with rustup (https://rustup.rs) and run again" >&2
  exit 1
fi
