#!/usr/bin/python3
"""The PostgreSQL benchmark (bench/pg.py) at a tiny N, so it cannot rot (issue 14).

    test_pg_bench_tiny.py FUNDLEDGER_BINARY REPO_ROOT

Asserts only correctness, never a time: bench/pg.py 300 (its own throw-away cluster, not the
fixture's: its `verify --all-counties` and `balance --by county` must see only its own counties)
imports the same generated ledger into SQLite and into a PostgreSQL county, both agree with the
generator and with each other to the fen (balances, the monthly workbook's cells), the eight
counties' imports started at once all land, every chain verifies and the roll-up equals the sum
of the counties. Exit 77 (skipped) without PostgreSQL 15.
"""
import os
import subprocess
import sys
import tempfile


def main(argv):
    binary, root = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    if not os.access("/usr/lib/postgresql/15/bin/initdb", os.X_OK):
        print("test_pg_bench_tiny: PostgreSQL 15 is not installed (scripts/setup.sh)")
        return 77
    with tempfile.TemporaryDirectory(prefix="pg-bench-tiny-") as tmp:
        out = os.path.join(tmp, "results.md")
        p = subprocess.run([sys.executable, os.path.join(root, "bench", "pg.py"), "300", "--reps", "1", "--binary", binary,
                            "--work", tmp, "--out", out], capture_output=True, text=True, timeout=600)
        if p.returncode != 0:
            print(p.stdout[-4000:], p.stderr[-4000:], sep="\n")
            print(f"FAIL: bench/pg.py 300 exited {p.returncode}")
            return 1
        if os.path.exists(os.path.join(tmp, "cluster")):
            print("FAIL: bench/pg.py left its cluster behind")
            return 1
        md = open(out, encoding="utf-8").read()
        failures = []
        if "both backends agree with the generator and with each other to the fen" not in md:
            failures.append("the results do not state that the totals agree")
        for step in ("| fundledger (SQLite) | import disbursements (300 rows)", "| fundledger (PostgreSQL) | import disbursements (300 rows)",
                     "| psql | \\copy of the plain rows (300 rows)", "| sqlite3 | .import of the plain rows",
                     "| fundledger (PostgreSQL) | balance --by earmark", "| fundledger (SQLite) | balance --by town",
                     "| fundledger (PostgreSQL) | report monthly", "import disbursements, one county (240 rows)",
                     "eight imports at once, 8 counties x 30 rows", "the two workbooks hold the same cells"):
            if step not in md:
                failures.append(f"the results lack {step!r}")
        for target in ("| the eight: no errors | 0 failed | **yes** |", "| every chain verifies (`verify --all-counties`) | exit 0 | **yes** |",
                       "| roll-up `balance --by county` = the sum of the counties, to the fen | equal | **yes** |"):
            if target not in md:
                failures.append(f"the results lack {target!r}")
    for f in failures:
        print("FAIL:", f)
    if not failures:
        print("ok: bench/pg.py 300 — both backends agree to the fen, the eight counties land, chains and roll-up agree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
