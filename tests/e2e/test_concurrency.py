#!/usr/bin/python3
"""Two clerks at once (issue 9): two imports of different disbursement files started at the same
moment on one ledger. Each must either land whole (one after the other, through the busy timeout)
or fail with exit 3 and "ledger busy" having written nothing; never half an import; verify and
integrity_check pass after every round.

Deterministic cases (always run): a writer (python sqlite3, BEGIN IMMEDIATE) holds the lock for
1.5 s — the import waits and lands whole; holds it past the 5 s busy timeout — the import fails
with exit 3, "ledger busy", nothing written, and succeeds once the lock is released.

Simultaneous rounds (three by default, five with FUNDLEDGER_FULL=1). They found a bug, now fixed:
the journal read the chain head before the import took the write lock, so the second clerk's
import failed with "UNIQUE constraint failed: entry.id"; it now re-reads the head under the lock.

usage: test_concurrency.py BINARY REPO_ROOT
"""
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture  # noqa: E402
import test_crash as data  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
FULL = os.environ.get("FUNDLEDGER_FULL") == "1"


def start_together(cmds):
    """Starts the commands as close together as possible; returns CompletedProcess-like tuples."""
    barrier = threading.Barrier(len(cmds))
    out = [None] * len(cmds)

    def go(i, cmd):
        barrier.wait()
        p = subprocess.run(cmd, capture_output=True, text=True, env=fixture.env(), errors="replace", timeout=300)
        out[i] = p
    threads = [threading.Thread(target=go, args=(i, c)) for i, c in enumerate(cmds)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return out


def main():
    t = fixture.Failures("concurrency")
    race = os.environ.get("FUNDLEDGER_RACE", "1") == "1"
    rounds = ([(300, 300), (2000, 2000), (5000, 200)] + ([(8000, 8000), (100, 6000)] if FULL else [])) if race else []
    landed = busy = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = data.prepare(BIN, ROOT, os.path.join(tmp, "base.db"), tmp)
        work = os.path.join(tmp, "work.db")
        for i, (na, nb) in enumerate(rounds):
            fixture.copy_ledger(base, work)
            files = []
            for who, n in (("A", na), ("B", nb)):
                p = os.path.join(tmp, f"r{i}{who}.csv")
                data.write_payments(ROOT, p, n, f"C{i}{who}", 100 * i + ord(who))
                files.append((f"C{i}{who}", n, p))
            res = start_together([[BIN, "--db", work, "import", "disbursements", p] for _, _, p in files])
            for (prefix, n, _), r in zip(files, res):
                got = data.count(work, prefix)
                what = f"round {i + 1} import {prefix} ({n} rows)"
                if r.returncode == 0:
                    landed += 1
                    t.check(got == n, f"{what}: exit 0 but {got} of {n} rows")
                else:
                    busy += 1
                    t.check(r.returncode == 3, f"{what}: exit {r.returncode}: {r.stderr[:300]}")
                    t.check("ledger busy" in r.stderr, f"{what}: no 'ledger busy' message: {r.stderr[:300]}")
                    t.check(got == 0, f"{what}: failed but {got} rows written")
            t.check(data.integrity_rw(work) == "ok", f"round {i + 1}: integrity_check")
            v = fixture.run(BIN, work, "verify")
            t.check(v.returncode == 0, f"round {i + 1}: verify exit {v.returncode}: {v.stdout[:200]}")

        # A writer holding the lock for 1.5 s (under the 5 s busy timeout): the import waits, then lands.
        fixture.copy_ledger(base, work)
        p = os.path.join(tmp, "wait.csv")
        data.write_payments(ROOT, p, 3000, "WAIT", 2)
        con = sqlite3.connect(work, isolation_level=None, timeout=1)
        con.execute("BEGIN IMMEDIATE")
        child = subprocess.Popen([BIN, "--db", work, "import", "disbursements", p], env=fixture.env(),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.5)
        t.check(child.poll() is None, "the import did not wait for the lock")
        con.execute("ROLLBACK")
        con.close()
        _, err = child.communicate(timeout=120)
        t.check(child.returncode == 0, f"import after waiting for the lock: exit {child.returncode}: {err[:300]}")
        t.check(data.count(work, "WAIT") == 3000, "import after waiting for the lock did not land whole")
        landed += child.returncode == 0
        v = fixture.run(BIN, work, "verify")
        t.check(v.returncode == 0, f"verify after the wait: {v.stdout[:200]}")

        # A writer holding the lock past the busy timeout (5 s): the import must give up cleanly.
        fixture.copy_ledger(base, work)
        p = os.path.join(tmp, "held.csv")
        data.write_payments(ROOT, p, 50, "HELD", 1)
        con = sqlite3.connect(work, isolation_level=None, timeout=1)
        con.execute("BEGIN IMMEDIATE")
        start = time.monotonic()
        r = fixture.run(BIN, work, "import", "disbursements", p)
        waited = time.monotonic() - start
        con.execute("ROLLBACK")
        con.close()
        t.check(r.returncode == 3, f"import against a held lock: exit {r.returncode}: {r.stderr[:300]}")
        t.check("ledger busy" in r.stderr, f"import against a held lock: no 'ledger busy': {r.stderr[:300]}")
        t.check(waited >= 4.0, f"import gave up after {waited:.1f}s, before the busy timeout")
        t.check(data.count(work, "HELD") == 0, "busy import wrote rows")
        busy += r.returncode == 3
        r = fixture.run(BIN, work, "import", "disbursements", p)
        t.check(r.returncode == 0 and data.count(work, "HELD") == 50, f"import after the lock was released: {r.stderr[:300]}")
        v = fixture.run(BIN, work, "verify")
        t.check(v.returncode == 0, f"verify after the held lock: {v.stdout[:200]}")
    print(f"FIGURE concurrent imports: {len(rounds)} simultaneous rounds + 2 held-lock cases, {landed} landed whole, {busy} refused as busy")
    t.finish()


if __name__ == "__main__":
    main()
