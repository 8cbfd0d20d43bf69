#!/usr/bin/env bash
# Set-up and the whole test suite: installs missing Debian packages, builds, runs CTest.
#   FUNDLEDGER_SANITIZE=1 scripts/test.sh   builds with ASan+UBSan into build-asan/ and runs the suite there.
#   FUNDLEDGER_CI=1 scripts/test.sh         what CI runs (.ci/run): the libFuzzer harnesses run 30 s each
#                                           inside the suite, a skipped test fails the run, and a time-boxed
#                                           sample of the mutation catalogue runs after it (scripts/mutate.sh).
# Compiles go through ccache (scripts/setup.sh installs it): a clean clone's build, the fuzzers' and the
# mutation copy's reuse the objects of earlier builds of the same sources. CCACHE_BASEDIR makes paths
# relative to the checkout, so a clone elsewhere hits; -Werror is left out of the hash, so the mutation
# copy (built without it: a mutant may warn) reuses the main build's objects. An object ccache gives
# back was compiled from the same preprocessed source with the same other flags.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
FUNDLEDGER_BENCH=1 scripts/setup.sh   # the benchmark peers too: tests/e2e/test_bench_tiny.py runs them
if [ "${FUNDLEDGER_SANITIZE:-0}" = 1 ]; then dir=build-asan; extra=(-DFUNDLEDGER_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug); else dir=build; extra=(); fi
werror=ON; [ "$dir" = build-asan ] && werror=OFF  # GCC -O1 + ASan: false -Wmaybe-uninitialized in Boost headers
ci=${FUNDLEDGER_CI:-0}
if [ "$ci" = 1 ]; then export FUNDLEDGER_FUZZ_SECONDS=${FUNDLEDGER_FUZZ_SECONDS:-30}; fi
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=$root CCACHE_NOHASHDIR=1 CCACHE_IGNOREOPTIONS=-Werror
  extra+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$dir" -DFUNDLEDGER_WERROR=$werror "${extra[@]}" >/dev/null
cmake --build "$dir" -j"$(nproc)"

# A test that cannot run here exits 77 and CTest lists it as Skipped (never Passed).
log="$dir/ctest.log"
set +e
(cd "$dir" && ctest -j"$(nproc)" --output-on-failure --timeout 1200) 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
skipped=$(grep -E '\*\*\*Skipped|Not Run' "$log" | sed -E 's/.*Test +#[0-9]+: ([^ ]+).*/\1/' | sort -u || true)
nskipped=$(printf '%s' "$skipped" | grep -c . || true)
# The figures the tests print for docs/reliability.md ("FIGURE ..." lines), in the run's own output.
echo "test.sh: figures printed by the tests (docs/reliability.md quotes these):"
grep -h '^FIGURE ' "$dir/Testing/Temporary/LastTest.log" | sed 's/^FIGURE /  /' | sort || true
echo "test.sh: $nskipped test(s) skipped${skipped:+: $(echo $skipped)}"
[ "$rc" -eq 0 ] || exit "$rc"
if [ "$ci" = 1 ] && [ "$nskipped" -gt 0 ]; then
  echo "test.sh: CI runs every test; a skipped test is a failure here" >&2
  exit 1
fi
if [ "$ci" = 1 ]; then
  # The suite has just passed on these sources: the mutation copy is built but its baseline not re-run.
  "$root/scripts/mutate.sh" --sample "${FUNDLEDGER_MUTATE_SAMPLE:-4}" --time-box "${FUNDLEDGER_MUTATE_SECONDS:-600}" \
    --baseline-passed
fi
