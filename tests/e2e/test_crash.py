#!/usr/bin/python3
"""Crash test (issue 9): a child `fundledger import disbursements` of a large generated file is
SIGKILLed at seeded random moments. After each kill the ledger must open, `PRAGMA
integrity_check` must be ok, `verify` must pass, and the import must be all there or not there at
all; re-running the import then completes it, to the fen.

10 kills by default, 100 with FUNDLEDGER_FULL=1 (FUNDLEDGER_KILLS=N overrides; FUNDLEDGER_SEED
fixes the seed, printed on every run). The ledger is examples/shangzhou-2017's households plus a
generated source, budget and allocations big enough for ~20k payments (see `crash_data`, also used
by the fault, concurrency, read-only and injection suites).

usage: test_crash.py BINARY REPO_ROOT
"""
import datetime
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = sys.argv[2] if len(sys.argv) > 2 else "."
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

FULL = os.environ.get("FUNDLEDGER_FULL") == "1"
EARMARKS = ("CR-PAY-A", "CR-PAY-B")


# ---- data shared by the reliability suites -------------------------------------------------------

def households(root):
    """(household_id, head_name, town, village) of examples/shangzhou-2017."""
    import csv
    with open(os.path.join(root, "examples", "shangzhou-2017", "households.csv"), encoding="utf-8") as f:
        return [(r["household_id"], r["head_name"], r["town"], r["village"]) for r in csv.DictReader(f)]


def write_setup(d):
    """sources/budget/allocations for fiscal year 2017: 10亿 received, 5亿 allocated to each of two
    earmarks on 2017-01-10 — far more than any generated payment file spends."""
    files = {}
    files["sources"] = os.path.join(d, "crash_sources.csv")
    with open(files["sources"], "w", encoding="utf-8") as f:
        f.write("doc_no,fiscal_year,category,name,amount,received_on,level,restricted_to,note\n"
                "CR-SRC-1,2017,county_self,崩溃测试资金,10亿,2017-01-05,county,,\n")
    files["budget"] = os.path.join(d, "crash_budget.toml")
    with open(files["budget"], "w", encoding="utf-8") as f:
        f.write('fiscal_year = 2017\ncode = "CRASH-2017"\nname = "崩溃测试预算"\ntotal = "10亿"\n'
                'funded_by = "county_self"\ndoc_no = "CR-BUDGET-1"\n\n'
                '[[line]]\ncode = "CR-PAY-A"\nname = "测试用途甲"\namount = "5亿"\npurpose = "industry"\n\n'
                '[[line]]\ncode = "CR-PAY-B"\nname = "测试用途乙"\nremainder = true\npurpose = "industry"\n')
    files["allocations"] = os.path.join(d, "crash_allocations.csv")
    with open(files["allocations"], "w", encoding="utf-8") as f:
        f.write("voucher,date,fiscal_year,source_doc,earmark,amount,town,project,note\n"
                "CR-A-1,2017-01-10,2017,CR-SRC-1,CR-PAY-A,5亿,,,\n"
                "CR-A-2,2017-01-10,2017,CR-SRC-1,CR-PAY-B,5亿,,,\n")
    return files


def prepare(binary, root, db, d):
    """A fresh ledger at `db`: shangzhou households plus the generated sources/budget/allocations."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    r = fixture.run(binary, db, "init")
    if r.returncode != 0:
        raise SystemExit(f"init failed: {r.stderr}")
    files = write_setup(d)
    steps = [("households", os.path.join(root, "examples", "shangzhou-2017", "households.csv")),
             ("sources", files["sources"]), ("budget", files["budget"]), ("allocations", files["allocations"])]
    for kind, path in steps:
        r = fixture.run(binary, db, "import", kind, path)
        if r.returncode != 0:
            raise SystemExit(f"preparing the ledger: import {kind} failed: {r.stderr}")
    return db


def write_payments(root, path, n, prefix, seed, note=None):
    """n disbursements (vouchers PREFIX-000001...) to shangzhou households in 2017, amounts in fen
    drawn from `seed`; returns the total in fen (exact)."""
    rng = random.Random(seed)
    hh = households(root)
    total = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write("voucher,date,fiscal_year,earmark,amount,payee_id,payee_name,payee_kind,town,village,project,source_doc,note\n")
        for i in range(1, n + 1):
            hid, name, town, village = hh[rng.randrange(len(hh))]
            fen = rng.randrange(100_00, 5000_00)
            total += fen
            day = 1 + (i * 7919) % 340
            date = (datetime.date(2017, 1, 11) + datetime.timedelta(days=day)).isoformat()
            f.write(f"{prefix}-{i:06d},{date},2017,{EARMARKS[i % 2]},{fen // 100}.{fen % 100:02d},{hid},{name},household,"
                    f"{town},{village},测试项目,,{note if note is not None else ''}\n")
    return total


def count(db, prefix):
    con = sqlite3.connect(db)  # read-write: opening recovers a WAL left by a killed writer
    try:
        return con.execute("SELECT count(*) FROM disbursement WHERE voucher LIKE ?", (prefix + "-%",)).fetchone()[0]
    finally:
        con.close()


def integrity_rw(db):
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def disbursed_fen(binary, db):
    r = fixture.run(binary, db, "--format", "json", "balance", "--by", "earmark", "--year", "2017")
    if r.returncode != 0:
        return None
    rows = json.loads(r.stdout)["rows"]
    fen = 0
    for row in rows:
        if row["key"] in EARMARKS:
            y, _, f = row["disbursed"].partition(".")
            fen += int(y) * 100 + int(f)
    return fen


# ---- the test --------------------------------------------------------------------------------------

def main():
    binary = os.path.abspath(sys.argv[1])
    t = fixture.Failures("crash")
    kills = int(os.environ.get("FUNDLEDGER_KILLS", "100" if FULL else "10"))
    seed = int(os.environ.get("FUNDLEDGER_SEED", "20170101"))
    rows = int(os.environ.get("FUNDLEDGER_CRASH_ROWS", "20000"))
    rng = random.Random(seed)
    print(f"crash: seed {seed}, {kills} kills, {rows} payment rows")
    with tempfile.TemporaryDirectory() as tmp:
        base = prepare(binary, ROOT, os.path.join(tmp, "base.db"), tmp)
        pay = os.path.join(tmp, "payments.csv")
        total = write_payments(ROOT, pay, rows, "CR", seed)
        work = os.path.join(tmp, "work.db")

        # An uninterrupted run, to know how long the import takes (and that it works at all).
        fixture.copy_ledger(base, work)
        start = time.monotonic()
        r = fixture.run(binary, work, "import", "disbursements", pay)
        span = time.monotonic() - start
        t.check(r.returncode == 0, f"uninterrupted import failed: {r.returncode} {r.stderr[:300]}")
        t.check(count(work, "CR") == rows, "uninterrupted import did not land every row")
        print(f"uninterrupted import of {rows} rows: {span:.2f}s")

        fixture.copy_ledger(base, work)
        survived = landed = absent = finished_first = 0
        # Kill until `kills` kills have hit a running import (a run that finishes first does not
        # count), at most 4 × kills attempts: a loaded machine changes the import's duration.
        k = -1
        while survived < kills and k + 1 < 4 * kills:
            k += 1
            # Half the kills anywhere in the run, half in its last third (where the commit is).
            at = rng.uniform(0.0, span * 1.05) if k % 2 == 0 else rng.uniform(span * 0.66, span * 1.1)
            child = subprocess.Popen([binary, "--db", work, "import", "disbursements", pay], env=fixture.env(),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(at)
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                child.wait()
                survived += 1
            else:
                finished_first += 1
                child.stderr.read()
            child.stderr.close()
            what = f"kill {k + 1} at {at:.3f}s"
            t.check(integrity_rw(work) == "ok", f"{what}: integrity_check failed")
            v = fixture.run(binary, work, "verify")
            t.check(v.returncode == 0, f"{what}: verify exit {v.returncode}: {v.stdout[:200]} {v.stderr[:200]}")
            n = count(work, "CR")
            t.check(n in (0, rows), f"{what}: half an import: {n} of {rows} rows")
            flows = fixture.query(work, "SELECT count(DISTINCT voucher) FROM flow WHERE kind = 'pay' AND voucher LIKE 'CR-%'")[0][0]
            t.check(flows == n, f"{what}: {flows} payments have flows but {n} disbursements are recorded")
            if n == rows:
                landed += 1
                t.check(disbursed_fen(binary, work) == total, f"{what}: landed import disburses the wrong total")
                fixture.copy_ledger(base, work)  # start the next kill from an empty import again
            else:
                absent += 1
        # After the last kill (the ledger holds nothing of the import, or was reset): completing it.
        r = fixture.run(binary, work, "import", "disbursements", pay)
        t.check(r.returncode == 0, f"re-running the import after the kills failed: {r.stderr[:300]}")
        t.check(count(work, "CR") == rows, "re-run import did not land every row")
        t.check(disbursed_fen(binary, work) == total, "re-run import disburses the wrong total")
        v = fixture.run(binary, work, "verify")
        t.check(v.returncode == 0, f"verify after the re-run: {v.stdout[:200]}")
        t.check(integrity_rw(work) == "ok", "integrity_check after the re-run")
        print(f"FIGURE crash: {kills} kills of a {rows}-row import; {survived} mid-import kills survived ({absent} left nothing, {landed} had committed), "
              f"{finished_first} runs finished before their kill")
        t.check(survived >= kills // 2, f"only {survived} of {kills} kills hit a running import; timing is off")
    t.finish()


if __name__ == "__main__":
    main()
