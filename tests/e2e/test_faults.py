#!/usr/bin/python3
"""I/O fault injection loop (issue 9), SQLite style: FUNDLEDGER_FAULT=OP:N (engine/store/sqlite/db.cpp)
fails the N-th read, write or sync on the ledger's files. For each OP, N = 1, 2, ... until an
import succeeds without the fault firing. Every run where the fault fired must end with exit 3, a
message on stderr naming the I/O failure, and the ledger intact: integrity_check ok, `verify` ok,
the disbursement count unchanged (or, if SQLite absorbed the fault after the commit and the import
exited 0, every row there). A few sticky faults (OP:N+, failing forever) are tried too.

By default N runs 1..400 one by one, then grows by a quarter each step (CI time); with
FUNDLEDGER_FULL=1 every N is tried. Counts of faults injected are printed for docs/reliability.md.

usage: test_faults.py BINARY REPO_ROOT
"""
import os
import sqlite3
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture  # noqa: E402
import test_crash as data  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
FULL = os.environ.get("FUNDLEDGER_FULL") == "1"
ROWS = 300
N_MAX = 20000


def next_n(n):
    if FULL or n < 400:
        return n + 1
    return n + max(1, n // 4)


def ledger_state(db):
    con = sqlite3.connect(db)
    try:
        return (con.execute("PRAGMA integrity_check").fetchone()[0],
                con.execute("SELECT count(*) FROM disbursement").fetchone()[0],
                con.execute("SELECT count(*) FROM entry").fetchone()[0])
    finally:
        con.close()


def one(t, stats, base, work, pay, op, spec, before):
    fixture.copy_ledger(base, work)
    r = fixture.run(BIN, work, "import", "disbursements", pay, extra_env={"FUNDLEDGER_FAULT": spec})
    fired = "fault injected" in r.stderr
    what = f"FUNDLEDGER_FAULT={spec}"
    integrity, rows, entries = ledger_state(work)
    t.check(integrity == "ok", f"{what}: integrity_check: {integrity}")
    v = fixture.run(BIN, work, "verify")
    t.check(v.returncode == 0, f"{what}: verify exit {v.returncode}: {v.stdout[:200]}")
    if not fired:
        t.check(r.returncode == 0, f"{what}: no fault fired but exit {r.returncode}: {r.stderr[:300]}")
        t.check(rows == before[1] + ROWS, f"{what}: import without a fault left {rows - before[1]} rows")
        return False
    stats[op] += 1
    if r.returncode == 0:  # fault absorbed by SQLite (e.g. a checkpoint after the commit): all must be there
        stats["absorbed"] += 1
        stats.setdefault("absorbed_at", []).append(spec)
        t.check(rows == before[1] + ROWS, f"{what}: exit 0 after a fault but {rows - before[1]} of {ROWS} rows")
    else:
        t.check(r.returncode == 3, f"{what}: exit {r.returncode}, expected 3: {r.stderr[:300]}")
        t.check("I/O error" in r.stderr or "disk" in r.stderr or "cannot open" in r.stderr,
                f"{what}: no clear I/O message: {r.stderr[:300]}")
        t.check((rows, entries) == before[1:], f"{what}: ledger changed: rows {before[1]}->{rows}, entries {before[2]}->{entries}")
    return True


def main():
    t = fixture.Failures("faults")
    stats = {"read": 0, "write": 0, "sync": 0, "absorbed": 0, "sticky": 0}
    with tempfile.TemporaryDirectory() as tmp:
        base = data.prepare(BIN, ROOT, os.path.join(tmp, "base.db"), tmp)
        # Checkpoint the setup so every run starts from the same files (no WAL to replay).
        con = sqlite3.connect(base)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        before = ledger_state(base)
        pay = os.path.join(tmp, "pay.csv")
        data.write_payments(ROOT, pay, ROWS, "FT", 7)
        work = os.path.join(tmp, "work.db")
        for op in ("read", "write", "sync"):
            n, reached = 1, 0
            while n < N_MAX:
                if not one(t, stats, base, work, pay, op, f"{op}:{n}", before):
                    break
                reached = n
                n = next_n(n)
            t.check(n < N_MAX, f"{op}: the import never succeeded")
            t.check(reached >= 1, f"{op}: no {op} fault ever fired; the seam does not work")
            print(f"{op}: faults fired at N=1..{reached}, import succeeds from N={n}")
            # Sticky: from N on, every such operation fails (rollback and close must cope).
            for m in sorted({1, 2, max(1, reached // 2), reached}):
                if one(t, stats, base, work, pay, op, f"{op}:{m}+", before):
                    stats["sticky"] += 1
    total = stats["read"] + stats["write"] + stats["sync"]
    print(f"FIGURE faults injected: {total} (read {stats['read']}, write {stats['write']}, sync {stats['sync']}; "
          f"{stats['sticky']} sticky; {stats['absorbed']} absorbed after commit with every row there)")
    print("absorbed: " + " ".join(stats.get("absorbed_at", [])))
    t.finish()


if __name__ == "__main__":
    main()
