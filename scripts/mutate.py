#!/usr/bin/python3
"""Mutation testing of the money-critical code: each one-line mutation in scripts/mutations.tsv is
applied to a copy of the tree (build-mutate/src), built incrementally (build-mutate/src/build: the
same place relative to its sources as build/ is to the tree's, so ccache reuses the tree's objects
when scripts/test.sh set it up), and the
test suite is run against it. A mutation the suite does not notice *survived*: some behaviour the
bureau relies on is not tested. One killed only by golden transcripts is *weak*: the issue asks
that a unit, property or end-to-end check of its own kills each one, not only a byte comparison.

  scripts/mutate.sh                       every mutation in the catalogue (about 30 minutes)
  scripts/mutate.sh --sample 4            four of them, chosen from the commit hash (CI)
  scripts/mutate.sh --only M01,M07        just these
  scripts/mutate.sh --time-box 900        start no mutation after 900 s (the rest: "not run")
  scripts/mutate.sh --baseline-passed     the caller has just run the suite green on these sources
                                          (scripts/test.sh): build the copy, skip running it unmutated
  scripts/mutate.sh --list                print the catalogue

The catalogue is the project's to keep: when code moves, a mutation whose line is gone is reported
as stale and fails the run, so the catalogue cannot quietly test nothing. Exit 0 when every
mutation run was killed by a non-golden test; 1 when any survived or was weak; 2 when the catalogue
is stale or a mutation does not compile.
"""
import argparse
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = os.path.join(ROOT, "scripts", "mutations.tsv")
WORK = os.environ.get("FUNDLEDGER_MUTATE_DIR", os.path.join(ROOT, "build-mutate"))
SRC = os.path.join(WORK, "src")
BUILD = os.path.join(SRC, "build")
# Tests that do not judge the engine's behaviour, or that would rebuild other trees.
EXCLUDE = "e2e:test_fuzz_smoke|e2e:test_bench_tiny"
JOBS = str(os.cpu_count() or 2)


class Mutation:
    def __init__(self, line_no, fields):
        if len(fields) != 6:
            raise SystemExit(f"{CATALOGUE}:{line_no}: expected 6 tab-separated fields (id, area, file, find, replace, why), got {len(fields)}")
        self.id, self.area, self.file, self.find, self.replace, self.why = fields
        self.line_no = line_no
        self.find = self.find.replace("\\n", "\n").replace("\\t", "\t")
        self.replace = self.replace.replace("\\n", "\n").replace("\\t", "\t")


def load_catalogue():
    out, seen = [], set()
    with open(CATALOGUE, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            m = Mutation(n, line.rstrip("\n").split("\t"))
            if m.id in seen:
                raise SystemExit(f"{CATALOGUE}:{n}: mutation id {m.id} appears twice")
            seen.add(m.id)
            out.append(m)
    return out


def stale(m):
    """Why the mutation cannot be applied to the tree as it is now, or None."""
    path = os.path.join(ROOT, m.file)
    if not os.path.exists(path):
        return f"{m.file} does not exist"
    n = open(path, encoding="utf-8").read().count(m.find)
    if n != 1:
        return f"the text to mutate occurs {n} times in {m.file} (must be exactly once): {m.find!r}"
    if m.find == m.replace:
        return "the replacement equals the original"
    return None


def tracked_files():
    r = subprocess.run(["git", "-C", ROOT, "ls-files", "-z"], capture_output=True, check=True)
    return [p for p in r.stdout.decode().split("\0") if p]


def sync_copy():
    """Makes build-mutate/src a copy of the working tree's tracked files (unchanged files keep their
    times, so the build stays incremental); files no longer tracked are removed from the copy, so
    checks that walk the tree (layout:*) and CMake's globs see what the tree has."""
    tracked = set(tracked_files())
    if os.path.isdir(SRC):
        for dirpath, dirnames, filenames in os.walk(SRC):
            dirnames[:] = [d for d in dirnames if d != ".git" and os.path.join(dirpath, d) != BUILD]
            for f in filenames:
                rel = os.path.relpath(os.path.join(dirpath, f), SRC)
                if rel not in tracked:
                    os.unlink(os.path.join(dirpath, f))
    for rel in tracked:
        src, dst = os.path.join(ROOT, rel), os.path.join(SRC, rel)
        if not os.path.isfile(src):
            continue
        if os.path.exists(dst) and open(src, "rb").read() == open(dst, "rb").read():
            continue
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(src, dst)  # the copy's time is now, so the build sees it changed
        shutil.copymode(src, dst)


def build():
    r = subprocess.run(["cmake", "--build", BUILD, "-j", JOBS], capture_output=True, text=True)
    return r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]


def run_suite():
    env = dict(os.environ)
    for v in ("FUNDLEDGER_FUZZ_SECONDS", "FUNDLEDGER_FULL", "FUNDLEDGER_CI"):
        env.pop(v, None)
    r = subprocess.run(["ctest", "-j", JOBS, "-E", EXCLUDE, "--timeout", "600"], cwd=BUILD, capture_output=True, text=True, env=env)
    # "\t 12 - money_tests:Money arithmetic is exact (Failed)": names may hold spaces and brackets.
    failed = re.findall(r"^\s*\d+ - (.+) \([^()]*\)\s*$", r.stdout.split("The following tests FAILED:")[-1] if "The following tests FAILED:" in r.stdout else "", re.M)
    return r.returncode, failed, r.stdout


def configure():
    os.makedirs(BUILD, exist_ok=True)
    launcher = ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache", "-DCMAKE_C_COMPILER_LAUNCHER=ccache"] if shutil.which("ccache") else []
    subprocess.run(["cmake", "-S", SRC, "-B", BUILD, "-DFUNDLEDGER_WERROR=OFF"] + launcher, check=True, capture_output=True)


def choose(cat, args):
    if args.only:
        want = args.only.split(",")
        unknown = [w for w in want if w not in {m.id for m in cat}]
        if unknown:
            raise SystemExit(f"mutate: unknown mutation id(s): {', '.join(unknown)}")
        return [m for m in cat if m.id in want]
    if args.sample:
        head = subprocess.run(["git", "-C", ROOT, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
        # A different sample for every commit, the same one for a re-run of the same commit.
        ranked = sorted(cat, key=lambda m: hashlib.sha256((head + m.id).encode()).hexdigest())
        return sorted(ranked[: args.sample], key=lambda m: cat.index(m))
    return cat


def main():
    # A killed run must still put the mutated file back (the finally below): SIGTERM -> SystemExit.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    ap = argparse.ArgumentParser(description="mutation testing of fundledger's money-critical code")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--only", default="")
    ap.add_argument("--time-box", type=int, default=0)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--baseline-passed", action="store_true")
    args = ap.parse_args()
    cat = load_catalogue()
    if args.list:
        for m in cat:
            print(f"{m.id}\t{m.area}\t{m.file}\t{m.why}")
        return 0
    bad = [(m, why) for m in cat if (why := stale(m))]
    for m, why in bad:
        print(f"{CATALOGUE}:{m.line_no}: {m.id} is stale: {why}", file=sys.stderr)
    if bad:
        print(f"mutate: {len(bad)} stale mutation(s); update scripts/mutations.tsv to follow the code", file=sys.stderr)
        return 2
    areas = sorted({m.area for m in cat})
    print(f"mutate: catalogue of {len(cat)} mutations across {', '.join(areas)}")
    chosen = choose(cat, args)

    t0 = time.time()
    sync_copy()
    # A run killed mid-mutation may have left an object built from a mutated file whose text is now
    # restored: the files the catalogue mutates are always rebuilt once.
    for f in sorted({m.file for m in cat}):
        os.utime(os.path.join(SRC, f))
    configure()
    ok, log = build()
    if not ok:
        print("mutate: the unmutated copy does not build:\n" + log, file=sys.stderr)
        return 3
    if args.baseline_passed:
        print(f"mutate: baseline built in {time.time() - t0:.0f} s (its suite passed in the caller's run); "
              f"running {len(chosen)} mutation(s)")
    else:
        rc, failed, out = run_suite()
        if rc != 0:
            print(f"mutate: the unmutated suite fails ({', '.join(failed)}); fix that first\n{out[-3000:]}", file=sys.stderr)
            return 3
        print(f"mutate: baseline built and green in {time.time() - t0:.0f} s; running {len(chosen)} mutation(s)")

    results = []
    start = time.time()
    for m in chosen:
        if args.time_box and time.time() - start > args.time_box:
            results.append((m, "not run", [], 0.0))
            continue
        t = time.time()
        path = os.path.join(SRC, m.file)
        original = open(path, encoding="utf-8").read()
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original.replace(m.find, m.replace, 1))
            ok, log = build()
            if not ok:
                results.append((m, "no build", [], time.time() - t))
                print(f"  {m.id} does not compile:\n{log[-1500:]}", file=sys.stderr)
                continue
            rc, failed, _ = run_suite()
            non_golden = [f for f in failed if not f.startswith("golden:")]
            # ctest failing with no test named (a crash of ctest itself) is not a kill we can vouch for.
            status = "survived" if rc == 0 else "unclear" if not failed else "killed" if non_golden else "weak"
            results.append((m, status, failed, time.time() - t))
        finally:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)
            now = time.time()
            os.utime(path, (now, now))
        m_, status, failed, secs = results[-1]
        shown = ", ".join(failed[:4]) + (f" (+{len(failed) - 4})" if len(failed) > 4 else "")
        print(f"  {m.id:<5} {m.area:<8} {status:<9} {secs:5.0f} s  {m.why}" + (f"  [{shown}]" if shown else ""), flush=True)
    ok, _ = build()  # leave the copy's build unmutated

    counts = {s: sum(1 for r in results if r[1] == s) for s in ("killed", "weak", "survived", "unclear", "no build", "not run")}
    ran = len(results) - counts["not run"]
    print(f"mutate: {ran} run, {counts['killed']} killed, {counts['weak']} killed only by golden transcripts, "
          f"{counts['survived']} survived, {counts['unclear']} unclear, {counts['no build']} did not compile, {counts['not run']} not run (time box) "
          f"in {time.time() - t0:.0f} s")
    for m, s, _, _ in results:
        if s in ("survived", "weak", "unclear"):
            print(f"  {s.upper()}: {m.id} {m.file}: {m.find.strip()!r} -> {m.replace.strip()!r} ({m.why})")
    if counts["no build"]:
        return 2
    return 1 if counts["survived"] or counts["weak"] or counts["unclear"] else 0


if __name__ == "__main__":
    sys.exit(main())
