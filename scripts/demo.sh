#!/usr/bin/env bash
# Set-up and the main job: build fundledger, load the 商州 2017 example into a fresh ledger
# (out/shangzhou.db), print its balance by earmark, and write the monthly workbook when the
# report verb is available.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)" --target fundledger >/dev/null
fl="$PWD/build/cli/fundledger"
mkdir -p out
export FUNDLEDGER_DB="$PWD/out/shangzhou.db"
rm -f "$FUNDLEDGER_DB" "$FUNDLEDGER_DB-wal" "$FUNDLEDGER_DB-shm"
ex=examples/shangzhou-2017
"$fl" init
"$fl" import households "$ex/households.csv"
"$fl" import sources "$ex/sources.csv"
"$fl" import budget "$ex/budget.toml"
"$fl" import allocations "$ex/allocations.csv"
"$fl" import disbursements "$ex/disbursements.csv"
if "$fl" import --help 2>/dev/null | grep -q rules && [ -f "$ex/rules.toml" ]; then "$fl" import rules "$ex/rules.toml" || true; fi
"$fl" balance --by earmark --as-of 2017-12-31 --unit wan
"$fl" verify
if "$fl" report --help >/dev/null 2>&1; then
  "$fl" report monthly --month 2017-12 --out out/monthly-2017-12.xlsx --created 2018-01-05
  echo "wrote out/monthly-2017-12.xlsx"
fi
