#!/usr/bin/env bash
# Installs the Debian packages fundledger needs to build and test, only when some are missing.
# Idempotent and quiet when everything is already there.
set -euo pipefail
PACKAGES=(
  build-essential cmake pkg-config clang clang-format libclang-rt-14-dev ccache
  libboost-dev libboost-date-time-dev
  libsqlite3-dev sqlite3
  libxlsxwriter-dev zlib1g-dev
  catch2 libcli11-dev libfmt-dev libtomlplusplus-dev nlohmann-json3-dev
  libssl-dev libcsv-dev libminizip-dev libexpat1-dev libfreexl-dev libcpp-httplib-dev
  chromium chromium-driver python3-selenium fonts-noto-cjk
  python3-openpyxl
  postgresql postgresql-client libpq-dev
)
if [ "${FUNDLEDGER_BENCH:-0}" = 1 ]; then PACKAGES+=(ledger hledger time); fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "setup: installing ${missing[*]}" >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
