#!/usr/bin/python3
"""Wide CSV files (issue 18). Before, the reader kept the first 257 fields of a row and silently
dropped the rest: a required column placed after column 257 was reported missing, and a value
there was never read. Now kMaxRowFields (engine/ledger/limits.hpp, 1024) is the named limit:

* a disbursements file with a 300-column header (the required columns spread across it, the
  amount at column 290, the others unknown) imports whole; each unknown column is warned about
  and ignored, as before, and the amounts come from column 290;
* a header or a data row wider than the limit is an error at FILE:LINE:1025 naming the count and
  the limit, exit 2, "nothing was written", the ledger byte-identical.

usage: test_wide_csv.py BINARY REPO_ROOT
"""
import csv
import os
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
LIMIT = 1024
COLUMNS = {"voucher": 0, "date": 40, "earmark": 80, "payee_id": 120, "payee_name": 160, "payee_kind": 200,
           "town": 240, "fiscal_year": 270, "amount": 289}
ROWS = [{"voucher": "WIDE-1", "date": "2017-06-01", "earmark": "LOAN-SUBSIDY", "payee_id": "SZ-001", "payee_name": "李建华",
         "payee_kind": "household", "town": "大荆镇", "fiscal_year": "2017", "amount": "123.45"},
        {"voucher": "WIDE-2", "date": "2017-06-02", "earmark": "LOAN-SUBSIDY", "payee_id": "SZ-002", "payee_name": "王秀芝",
         "payee_kind": "household", "town": "大荆镇", "fiscal_year": "2017", "amount": "0.01"}]


def write_wide(path, width, data_width=None):
    header = [f"extra_{i + 1}" for i in range(width)]
    for name, col in COLUMNS.items():
        header[col] = name
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in ROWS:
            row = [f"x{i}" for i in range(data_width or width)]
            for name, col in COLUMNS.items():
                row[col] = r[name]
            w.writerow(row)


def main():
    t = fixture.Failures("wide-csv")
    with tempfile.TemporaryDirectory() as tmp:
        db = fixture.prepare_ledger(BIN, ROOT, os.path.join(tmp, "l.db"))
        for label, width, data_width, line in (("header of 1100 columns", 1100, None, 1),
                                               ("header of 1025 columns", LIMIT + 1, None, 1),
                                               ("data row of 1100 fields", 300, 1100, 2)):
            path = os.path.join(tmp, f"too-wide-{width}-{data_width}.csv")
            write_wide(path, width, data_width)
            before = fixture.digest(db)
            r = fixture.run(BIN, db, "import", "disbursements", path)
            fields = data_width or width
            want = f"{path}:{line}:{LIMIT + 1}: error: row has {fields} fields, more than the limit of {LIMIT} columns"
            t.check(r.returncode == 2, f"{label}: exit {r.returncode}, expected 2: {r.stderr[-300:]}")
            t.check(want in r.stderr, f"{label}: expected {want!r} in {r.stderr[-400:]!r}")
            t.check("nothing was written" in r.stderr, f"{label}: no 'nothing was written'")
            t.check(fixture.digest(db) == before, f"{label}: the ledger changed")
        path = os.path.join(tmp, "wide-300.csv")
        write_wide(path, 300)
        r = fixture.run(BIN, db, "import", "disbursements", path)
        t.check(r.returncode == 0, f"300 columns: exit {r.returncode}: {r.stderr[-400:]}")
        warned = [line for line in r.stderr.splitlines() if "unknown column" in line]
        t.check(len(warned) == 300 - len(COLUMNS), f"300 columns: {len(warned)} unknown-column warnings, expected {300 - len(COLUMNS)}")
        t.check(f"{path}:1:300: warning: unknown column 'extra_300' ignored" in r.stderr, "300 columns: the last column is not warned about")
        got = fixture.query(db, "SELECT voucher FROM disbursement WHERE voucher LIKE 'WIDE-%' ORDER BY voucher")
        t.check([v for (v,) in got] == ["WIDE-1", "WIDE-2"], f"300 columns: rows imported: {got}")
        tr = fixture.run(BIN, db, "--format", "json", "trace", "--voucher", "WIDE-1")
        t.check('"amount": "123.45"' in tr.stdout, f"300 columns: the amount of column 290 was not read: {tr.stdout[:300]}")
        print(f"wide csv: 300 columns imported whole; beyond {LIMIT} columns refused at FILE:LINE:{LIMIT + 1}")
    t.finish()


if __name__ == "__main__":
    main()
