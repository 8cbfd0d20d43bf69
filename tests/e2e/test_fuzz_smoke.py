#!/usr/bin/python3
"""A short fuzz run (issue 9) as part of the full test suite: with FUNDLEDGER_FULL=1 and clang++
installed, fuzz/run.sh builds the libFuzzer targets in build-fuzz (a clang build, a few minutes
the first time) and runs each for FUNDLEDGER_FUZZ_SECONDS (default 10) seconds; any crash fails
the test. Otherwise it is skipped with the reason printed (CI stays fast).

usage: test_fuzz_smoke.py BINARY REPO_ROOT
"""
import os
import re
import shutil
import subprocess
import sys


def main():
    root = sys.argv[2]
    if os.environ.get("FUNDLEDGER_FULL") != "1":
        print("SKIP fuzz smoke: only with FUNDLEDGER_FULL=1 (builds a clang tree in build-fuzz)")
        return 0
    if not shutil.which("clang++"):
        print("SKIP fuzz smoke: clang++ not installed (Debian: apt-get install clang)")
        return 0
    seconds = os.environ.get("FUNDLEDGER_FUZZ_SECONDS", "10")
    r = subprocess.run(["sh", os.path.join(root, "fuzz", "run.sh"), seconds], capture_output=True, text=True, timeout=3000)
    print(r.stdout)
    print(r.stderr, file=sys.stderr)
    runs = [int(n) for n in re.findall(r"(\d+) executions", r.stdout)]
    ok = r.returncode == 0 and len(runs) == 4 and all(n > 0 for n in runs)
    print(f"fuzz smoke: {len(runs)} targets, {sum(runs)} executions, {'ok' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
