#!/usr/bin/python3
"""Outputs that never half-exist, and never overwrite the ledger (issue 18).

* The ledger as an output: `report monthly|disclosure --out`, `plan --write DIR` and `export audit
  --out` onto the ledger's own path, a symbolic link to it, a hard link to it, or a link to its
  -wal: exit 2, a message naming the output and the ledger file, the ledger byte-identical.
* A folder that does not exist (or is a file): exit 2, the path and what to do, nothing written.
* SIGKILL: an old file is put at the output path first; `report monthly`, `report disclosure`
  (.xlsx and the two .csv files), `plan --write` and `export audit` are killed at seeded random moments. After each
  kill the output is the old bytes or the complete new file (byte-identical to an unkilled run with
  the same --created), never anything else; the package folder is absent or verifies. A temporary
  file a kill leaves is hidden beside the output (never at its name) and the next run removes it:
  after a final run no temporary file is left (and one planted for a pid that cannot exist is
  removed, while one of a running process is not).
* Disk full: test_outputs_disk_full.py (root and tmpfs; else Skipped).

usage: test_outputs.py BINARY REPO_ROOT
"""
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
SKIPPED = 77
OLD = b"old bytes of a report the clerk printed last month\n"


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def temps(folder):
    return [n for n in os.listdir(folder) if ".fundledger-" in n]


def writers(d):
    """(label, args, output files) of every verb that writes a file; --created pins the bytes."""
    return [("report monthly", ["report", "monthly", "--month", "2017-12", "--out", f"{d}/m.xlsx", "--created", "2018-01-05"], [f"{d}/m.xlsx"]),
            ("disclosure xlsx", ["report", "disclosure", "--year", "2017", "--out", f"{d}/n.xlsx", "--created", "2018-01-05"], [f"{d}/n.xlsx"]),
            ("disclosure csv", ["report", "disclosure", "--year", "2017", "--out", f"{d}/n.csv"], [f"{d}/n.csv", f"{d}/n.households.csv"]),
            ("plan --write", ["plan", "--base-year", "2017", "--years", "2", "--growth", "20%", "--write", d],
             [f"{d}/budget-2018.toml", f"{d}/budget-2019.toml"])]


def ledger_refused(t, db, tmp):
    before = fixture.digest(db)
    book = os.path.join(tmp, "book.xlsx")  # a ledger whose name a workbook could have
    fixture.copy_ledger(db, book)
    os.symlink(book, os.path.join(tmp, "link.xlsx"))
    os.link(book, os.path.join(tmp, "hard.xlsx"))
    os.symlink(book + "-wal", os.path.join(tmp, "wal.xlsx"))  # the -wal need not exist yet
    os.symlink(book, os.path.join(tmp, "link.csv"))
    os.makedirs(os.path.join(tmp, "plans"))
    os.link(book, os.path.join(tmp, "plans", "budget-2018.toml"))
    book_digest = fixture.digest(book)
    cases = [[*a, "--out", os.path.join(tmp, name)] for name in ("book.xlsx", "link.xlsx", "hard.xlsx", "wal.xlsx")
             for a in (["report", "monthly", "--month", "2017-12"], ["report", "disclosure", "--year", "2017"])]
    cases += [["report", "disclosure", "--year", "2017", "--out", os.path.join(tmp, "link.csv")],
              ["plan", "--base-year", "2017", "--years", "1", "--growth", "20%", "--write", os.path.join(tmp, "plans")],
              ["export", "audit", "--year", "2017", "--out", book]]
    for args in cases:
        r = fixture.run(BIN, book, *args)
        out = args[-1]
        t.check(r.returncode == 2, f"{' '.join(args[:2])} onto the ledger ({out}): exit {r.returncode}, expected 2: {r.stderr[:300]}")
        t.check("is the ledger" in r.stderr and os.path.basename(out) in r.stderr and "book.xlsx" in r.stderr,
                f"{' '.join(args[:2])} onto {out}: the message must name the output and the ledger: {r.stderr[:300]}")
        t.check(fixture.digest(book) == book_digest, f"{' '.join(args[:2])} onto {out}: the ledger changed")
        t.check(not temps(tmp) and not temps(os.path.join(tmp, "plans")), f"{out}: temporary files left: {temps(tmp)}")
    t.check(fixture.integrity(book) == "ok", "the ledger's integrity after the refusals")
    t.check(fixture.digest(db) == before, "the source ledger changed")
    print(f"ledger as output: {len(cases)} writes onto the ledger (path, symlink, hard link, -wal link) refused, ledger unchanged")


def missing_folder_refused(t, db, tmp):
    """An output into a folder that does not exist (or a file where a folder should be): exit 2 with
    a message naming the path and what to do, before anything is written; the ledger unchanged.
    (plan --write DIR creates DIR: golden plan_seed.)"""
    before = fixture.digest(db)
    plain = os.path.join(tmp, "plain.txt")
    with open(plain, "w") as f:
        f.write("a file, not a folder\n")
    cases = []
    for folder, why in ((os.path.join(tmp, "no", "such"), "no such folder"), (plain, "is not a folder")):
        cases += [(["report", "monthly", "--month", "2017-12", "--out", f"{folder}/m.xlsx"], folder, why),
                  (["report", "disclosure", "--year", "2017", "--out", f"{folder}/n.csv"], folder, why),
                  (["export", "audit", "--year", "2017", "--out", f"{folder}/pkg"], folder, why)]
    for args, folder, why in cases:
        r = fixture.run(BIN, db, *args)
        t.check(r.returncode == 2, f"{' '.join(args[:2])} into {folder}: exit {r.returncode}, expected 2: {r.stderr[:300]}")
        t.check(f": {folder}" in r.stderr and args[-1] in r.stderr and why in r.stderr and "create the folder first" in r.stderr,
                f"{' '.join(args[:2])} into {folder}: the message must name the output, the folder and what to do: {r.stderr[:300]}")
        t.check("workbook_close" not in r.stderr and "permissions" not in r.stderr, f"raw library message: {r.stderr[:300]}")
    t.check(not os.path.exists(os.path.join(tmp, "no")), "a refused output created a folder")
    t.check(open(plain).read() == "a file, not a folder\n", "a refused output changed the file in the folder's place")
    t.check(fixture.digest(db) == before, "a refused output changed the ledger")
    print(f"missing folder: {len(cases)} outputs into a folder that does not exist or is a file refused, nothing written")


def killed_runs(t, db, tmp, kills):
    rng = random.Random(int(os.environ.get("FUNDLEDGER_SEED", "18")))
    d = os.path.join(tmp, "out")
    os.makedirs(d)
    fresh = os.path.join(tmp, "fresh")
    os.makedirs(fresh)
    outcomes = {"old": 0, "new": 0}
    for label, args, files in writers(d):
        # The bytes of an unkilled run, and how long one takes.
        fresh_args = [a.replace(d, fresh) for a in args]
        start = time.monotonic()
        r = fixture.run(BIN, db, *fresh_args)
        took = time.monotonic() - start
        t.check(r.returncode == 0, f"{label}: exit {r.returncode}: {r.stderr[:300]}")
        new = {f: sha(f.replace(d, fresh)) for f in files}
        for _ in range(kills):
            for f in files:
                with open(f, "wb") as out:
                    out.write(OLD)
            p = subprocess.Popen([BIN, "--db", db, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=fixture.env())
            time.sleep(rng.uniform(0, took * 1.2))
            p.send_signal(signal.SIGKILL)
            p.wait()
            for f in files:
                h = sha(f)
                state = "old" if h == hashlib.sha256(OLD).hexdigest() else "new" if h == new[f] else "torn"
                outcomes[state] = outcomes.get(state, 0) + 1
                t.check(state != "torn", f"{label}: after a kill {os.path.basename(f)} is neither the old nor the new file")
            stray = [n for n in temps(d) if not n.startswith(".")]
            t.check(not stray, f"{label}: a temporary file is visible: {stray}")
        r = fixture.run(BIN, db, *args)
        t.check(r.returncode == 0 and all(sha(f) == new[f] for f in files), f"{label}: the run after the kills: {r.stderr[:300]}")
        t.check(not temps(d), f"{label}: temporary files left after a run that completed: {temps(d)}")
    print(f"SIGKILL: {kills} kills of each writer; outputs after a kill: {outcomes} (never torn)")
    return outcomes


def stale_temps(t, db, tmp):
    """A temporary file of a process that no longer runs is removed by the next write of the same
    output; one of a running process (this test's own pid) is left alone."""
    d = os.path.join(tmp, "stale")
    os.makedirs(d)
    with open("/proc/sys/kernel/pid_max") as f:
        dead = int(f.read()) + 1  # no process can have it
    stale = os.path.join(d, f".m.xlsx.fundledger-{dead}-1.tmp")
    live = os.path.join(d, f".m.xlsx.fundledger-{os.getpid()}-1.tmp")
    other = os.path.join(d, f".n.xlsx.fundledger-{dead}-1.tmp")
    for f in (stale, live, other):
        open(f, "wb").close()
    r = fixture.run(BIN, db, "report", "monthly", "--month", "2017-12", "--out", os.path.join(d, "m.xlsx"))
    t.check(r.returncode == 0, f"stale temporaries: exit {r.returncode}: {r.stderr[:300]}")
    t.check(not os.path.exists(stale), "the temporary file of a dead process was not removed")
    t.check(os.path.exists(live), "the temporary file of a running process was removed")
    t.check(os.path.exists(other), "a temporary file of another output was removed")


def killed_export(t, db, tmp, kills):
    rng = random.Random(int(os.environ.get("FUNDLEDGER_SEED", "18")) + 1)
    start = time.monotonic()
    r = fixture.run(BIN, db, "export", "audit", "--year", "2017", "--out", os.path.join(tmp, "pkg-timing"))
    took = time.monotonic() - start
    t.check(r.returncode == 0, f"export: exit {r.returncode}: {r.stderr[:300]}")
    complete = 0
    for i in range(kills):
        out = os.path.join(tmp, f"pkg-{i}")
        p = subprocess.Popen([BIN, "--db", db, "export", "audit", "--year", "2017", "--out", out],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=fixture.env())
        time.sleep(rng.uniform(0, took * 1.2))
        p.send_signal(signal.SIGKILL)
        p.wait()
        time.sleep(0.3)  # the step running when the parent died finishes on its own
        if os.path.exists(out):
            complete += 1
            v = fixture.run(BIN, db, "verify", "--package", out)
            t.check(v.returncode == 0, f"export killed: {out} exists but does not verify: {v.stdout[:300]}")
        stray = [n for n in os.listdir(tmp) if n.startswith("pkg-") and "fundledger" in n]
        t.check(not stray, f"export killed: a temporary folder is not hidden: {stray}")
    # The next export to the same place removes what killed ones left beside it.
    out = os.path.join(tmp, "pkg-0")
    shutil.rmtree(out, ignore_errors=True)
    r = fixture.run(BIN, db, "export", "audit", "--year", "2017", "--out", out)
    t.check(r.returncode == 0, f"export after the kills: {r.stderr[:300]}")
    print(f"SIGKILL: {kills} kills of export audit; {complete} packages had been completed and verify, the rest absent")


def main():
    t = fixture.Failures("outputs")
    kills = int(os.environ.get("FUNDLEDGER_KILLS", "100" if os.environ.get("FUNDLEDGER_FULL") else "8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = fixture.prepare_ledger(BIN, ROOT, os.path.join(tmp, "base.db"))
        ledger_refused(t, db, tmp)
        missing_folder_refused(t, db, tmp)
        killed_runs(t, db, tmp, kills)
        stale_temps(t, db, tmp)
        killed_export(t, db, tmp, kills)
    t.finish()


if __name__ == "__main__":
    main()
