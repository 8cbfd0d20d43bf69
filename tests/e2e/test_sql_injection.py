#!/usr/bin/python3
"""SQL injection (issue 9): household ids and names, payee names, villages, projects and notes
holding quotes, semicolons, `' OR 1=1 --` and `"; DROP TABLE flow; --` must import as data and
come back byte for byte (python sqlite3, `balance --by payee` JSON, `trace --voucher` JSON), with
every table still there and `verify` ok.

usage: test_sql_injection.py BINARY REPO_ROOT
"""
import csv
import io
import json
import os
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture  # noqa: E402
import test_crash as data  # noqa: E402

BIN = os.path.abspath(sys.argv[1])

NASTY = [
    "O'Brien 王'二",
    "' OR 1=1 --",
    '"; DROP TABLE flow; --',
    "'); DELETE FROM disbursement; --",
    "a;b;c",
    'say "hi", then \'bye\'',
    "Robert'); DROP TABLE household;--",
    "%_ LIKE wild\\card",
]


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8") as f:
        f.write(buf.getvalue())


def main():
    t = fixture.Failures("sql_injection")
    with tempfile.TemporaryDirectory() as tmp:
        db = data.prepare(BIN, ROOT, os.path.join(tmp, "inj.db"), tmp)
        tables_before = sorted(r[0] for r in fixture.query(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"))
        hh = os.path.join(tmp, "hh.csv")
        ids = [f"INJ-{i}{s}" for i, s in enumerate(["'", "' OR 1=1 --", '";--', "'; DROP TABLE flow; --", ";", "\"", "'x'", "--"])]
        write_csv(hh, ["household_id", "head_name", "id_number", "town", "village", "members", "registered", "poverty_cause"],
                  [[ids[i], NASTY[i], "", "大荆镇", NASTY[(i + 1) % len(NASTY)], "3", "yes", NASTY[(i + 2) % len(NASTY)]]
                   for i in range(len(NASTY))])
        r = fixture.run(BIN, db, "import", "households", hh)
        t.check(r.returncode == 0, f"import households: {r.returncode} {r.stderr[:400]}")
        pay = os.path.join(tmp, "pay.csv")
        rows = []
        for i, name in enumerate(NASTY):
            rows.append([f"INJ-V{i}{NASTY[i][:6]}", "2017-06-01", "2017", "CR-PAY-A", f"{100 + i}.0{i}", ids[i], name, "household",
                         "大荆镇", NASTY[(i + 1) % len(NASTY)], NASTY[(i + 3) % len(NASTY)], "", NASTY[(i + 4) % len(NASTY)]])
        write_csv(pay, ["voucher", "date", "fiscal_year", "earmark", "amount", "payee_id", "payee_name", "payee_kind", "town",
                        "village", "project", "source_doc", "note"], rows)
        r = fixture.run(BIN, db, "import", "disbursements", pay)
        t.check(r.returncode == 0, f"import disbursements: {r.returncode} {r.stderr[:400]}")

        # Stored byte for byte.
        got = {r[0]: r[1:] for r in fixture.query(db, "SELECT household_id, head_name, village, poverty_cause FROM household WHERE household_id LIKE 'INJ-%'")}
        for i in range(len(NASTY)):
            t.check(got.get(ids[i]) == (NASTY[i], NASTY[(i + 1) % len(NASTY)], NASTY[(i + 2) % len(NASTY)]),
                    f"household {ids[i]!r} stored as {got.get(ids[i])!r}")
        got = {r[0]: r[1:] for r in fixture.query(db, "SELECT voucher, payee_id, payee_name, village, project, note, amount FROM disbursement WHERE voucher LIKE 'INJ-V%'")}
        for i, row in enumerate(rows):
            want = (row[5], row[6], row[9], row[10], row[12], (100 + i) * 100 + i)
            t.check(got.get(row[0]) == want, f"disbursement {row[0]!r} stored as {got.get(row[0])!r}, expected {want!r}")
        tables_after = sorted(r[0] for r in fixture.query(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"))
        t.check(tables_after == tables_before, "tables or triggers changed")
        t.check(fixture.query(db, "SELECT count(*) FROM flow WHERE voucher LIKE 'INJ-V%'")[0][0] >= len(rows), "flow rows missing")

        # Round trip through the reports.
        r = fixture.run(BIN, db, "--format", "json", "balance", "--by", "payee", "--year", "2017")
        t.check(r.returncode == 0, f"balance --by payee: {r.stderr[:300]}")
        if r.returncode == 0:
            by = {row["key"]: row for row in json.loads(r.stdout)["rows"]}
            for i, row in enumerate(rows):
                b = by.get(ids[i])
                t.check(b is not None and b.get("name") == NASTY[i], f"balance row of {ids[i]!r}: {b}")
                t.check(b is not None and b.get("disbursed") == f"{100 + i}.0{i}", f"balance of {ids[i]!r} disbursed: {b}")
        for i, row in enumerate(rows):
            r = fixture.run(BIN, db, "--format", "json", "trace", "--voucher", row[0])
            if not t.check(r.returncode == 0, f"trace --voucher {row[0]!r}: {r.returncode} {r.stderr[:300]}"):
                continue
            tr = json.loads(r.stdout)
            t.check(tr.get("voucher") == row[0] and tr.get("payee_id") == ids[i] and tr.get("amount") == f"{100 + i}.0{i}",
                    f"trace of {row[0]!r}: {tr}")
        # Trace of a voucher that is an injection but not in the ledger: not found, nothing else.
        r = fixture.run(BIN, db, "--format", "json", "trace", "--voucher", "' OR 1=1 --")
        t.check(r.returncode == 2, f"trace of an unknown injected voucher: exit {r.returncode}: {r.stdout[:200]} {r.stderr[:200]}")
        r = fixture.run(BIN, db, "--format", "json", "trace", "--source", "x' OR '1'='1")
        t.check(r.returncode == 2, f"trace of an unknown injected source: exit {r.returncode}: {r.stdout[:200]} {r.stderr[:200]}")
        v = fixture.run(BIN, db, "verify")
        t.check(v.returncode == 0, f"verify: {v.stdout[:300]}")
        t.check(fixture.integrity(db) == "ok", "integrity_check")
    t.finish()


if __name__ == "__main__":
    main()
