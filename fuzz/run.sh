#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan, the engine instrumented for coverage)
# in build-fuzz and runs each for SECONDS seconds (default 20) on a copy of its seed corpus.
# New inputs go to build-fuzz/corpus/<target>/ (the repo's fuzz/corpus/ stays small; copy an
# input there by hand if it is worth keeping). A crash leaves build-fuzz/crash-* and exits 1.
#
#   fuzz/run.sh [SECONDS] [TARGET...]      e.g. fuzz/run.sh 60 amount csv
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${1:-20}
[ $# -gt 0 ] && shift
TARGETS=${*:-$(cd "$ROOT/fuzz" && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//' | tr '\n' ' ')}
BUILD=${FUNDLEDGER_FUZZ_BUILD:-$ROOT/build-fuzz}
CXX=${CXX_FUZZ:-clang++}
CC=${CC_FUZZ:-clang}
command -v "$CXX" >/dev/null || { echo "fuzz/run.sh: $CXX not found (Debian: apt-get install clang)" >&2; exit 2; }
mkdir -p "$BUILD"
launcher=""
command -v ccache >/dev/null && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache"

cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$CXX" -DCMAKE_C_COMPILER="$CC" \
  -DFUNDLEDGER_FUZZ=ON -DFUNDLEDGER_TESTS=OFF $launcher \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >"$BUILD/configure.log" 2>&1 ||
  { cat "$BUILD/configure.log" >&2; exit 2; }
for t in $TARGETS; do
  cmake --build "$BUILD" --target "fuzz_$t" -j"${JOBS:-2}" >"$BUILD/build.log" 2>&1 ||
    { tail -40 "$BUILD/build.log" >&2; exit 2; }
done

status=0
for t in $TARGETS; do
  mkdir -p "$BUILD/corpus/$t"
  cp -n "$ROOT/fuzz/corpus/$t/"* "$BUILD/corpus/$t/" 2>/dev/null || true
  log="$BUILD/fuzz_$t.log"
  echo "== fuzz_$t: ${SECONDS_EACH}s"
  if (cd "$BUILD" && UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "./fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "corpus/$t" >"$log" 2>&1); then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    echo "   $runs executions, $cov, no crash"
  else
    echo "   CRASH or error; see $log" >&2
    grep -m5 -E 'ERROR|runtime error|SUMMARY|Test unit written' "$log" >&2 || tail -20 "$log" >&2
    status=1
  fi
done
exit $status
