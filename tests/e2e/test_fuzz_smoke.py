#!/usr/bin/python3
"""The libFuzzer harnesses (fuzz/) as part of the suite: with FUNDLEDGER_FUZZ_SECONDS=N (CI sets 30
through FUNDLEDGER_CI=1) or FUNDLEDGER_FULL=1 (N defaults to 60), fuzz/run.sh builds them with clang
under ASan+UBSan in build-fuzz and runs each for N seconds on a copy of its corpus in fuzz/corpus/.
Any crash, sanitizer report, or a harness that executed nothing fails the test. Without either
variable it exits 77, which CTest reports as Skipped (never Passed); scripts/test.sh under CI fails
on any skipped test.

usage: test_fuzz_smoke.py BINARY REPO_ROOT
"""
import os
import re
import shutil
import subprocess
import sys

SKIPPED = 77


def harnesses(root):
    """Every fuzz_<name>.cpp in fuzz/ must run: a new harness cannot be forgotten by the smoke."""
    return sorted(f[5:-4] for f in os.listdir(os.path.join(root, "fuzz")) if f.startswith("fuzz_") and f.endswith(".cpp"))


def main():
    root = sys.argv[2]
    seconds = os.environ.get("FUNDLEDGER_FUZZ_SECONDS") or ("60" if os.environ.get("FUNDLEDGER_FULL") == "1" else None)
    if seconds is None:
        print("SKIP fuzz smoke: set FUNDLEDGER_FUZZ_SECONDS=N (CI: FUNDLEDGER_CI=1 scripts/test.sh) to build and run the fuzzers")
        return SKIPPED
    if not shutil.which("clang++"):
        print("SKIP fuzz smoke: clang++ not installed (scripts/setup.sh installs it)")
        return SKIPPED
    targets = harnesses(root)
    r = subprocess.run(["sh", os.path.join(root, "fuzz", "run.sh"), seconds] + targets, capture_output=True, text=True, timeout=3000)
    print(r.stdout)
    print(r.stderr, file=sys.stderr)
    runs = dict((t, int(n)) for t, n in re.findall(r"== fuzz_(\w+): \d+s\n +(\d+) executions", r.stdout))
    missing = [t for t in targets if runs.get(t, 0) <= 0]
    ok = r.returncode == 0 and not missing
    for t in targets:
        print(f"FIGURE fuzz_{t}: {runs.get(t, 0)} executions in {seconds} s")
    print(f"FIGURE fuzz smoke: {len(runs)} of {len(targets)} harnesses ran {seconds} s each, {sum(runs.values())} executions, "
          f"{'no crash' if ok else 'FAILED'}" + (f" (no executions from: {', '.join(missing)})" if missing else ""))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
