#!/usr/bin/env bash
# Set-up and the whole test suite: installs missing Debian packages, builds, runs CTest.
#   FUNDLEDGER_SANITIZE=1 scripts/test.sh   builds with ASan+UBSan into build-asan/ and runs the suite there.
set -euo pipefail
cd "$(dirname "$0")/.."
FUNDLEDGER_BENCH=1 scripts/setup.sh   # the benchmark peers too: tests/e2e/test_bench_tiny.py runs them
if [ "${FUNDLEDGER_SANITIZE:-0}" = 1 ]; then dir=build-asan; extra=(-DFUNDLEDGER_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug); else dir=build; extra=(); fi
werror=ON; [ "$dir" = build-asan ] && werror=OFF  # GCC -O1 + ASan: false -Wmaybe-uninitialized in Boost headers
cmake -S . -B "$dir" -DFUNDLEDGER_WERROR=$werror "${extra[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)"
cd "$dir" && ctest -j"$(nproc)" --output-on-failure --timeout 1200
