"""What the workbook tests share (test_workbook_carryover.py, test_workbook_microcredit.py): checks
that collect their failures, the real binary run in Chinese, and a 万元 cell read back as exact fen."""
import os
import subprocess
import sys
from decimal import Decimal

FAILS = []


def check(ok, what):
    if not ok:
        FAILS.append(what)
        print("FAIL:", what)
    return ok


def runner(binary):
    """run(db, *args): the binary on the ledger `db`, its stdout; any exit but 0 stops the test."""
    def run(db, *args):
        p = subprocess.run([binary, "--db", db, *args], capture_output=True, text=True,
                           env={**os.environ, "FUNDLEDGER_LANG": "zh"})
        if p.returncode != 0:
            sys.exit(f"fundledger {' '.join(args)}: exit {p.returncode}: {p.stderr}")
        return p.stdout
    return run


def fen_of_wan(v):
    """A 万元 cell (an IEEE double in the file) to integer fen: the shortest text of the double, exact."""
    return int((Decimal(repr(v)) * 1000000).to_integral_value())
