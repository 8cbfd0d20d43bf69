#!/usr/bin/python3
"""Excel-safe CSV (issue 18): text that a spreadsheet would run as a formula never starts a CSV cell.

An injection catalogue (=HYPERLINK("http://x"), +1+1, -cmd, @SUM(A1), a leading tab or CR, -1+1)
goes into payee names, household ids, towns, villages, projects, notes, vouchers, document numbers,
earmark codes and names, banks, loan purposes and rule ids, imported through the real binary. Then
every CSV table of every verb (balance by each key, trace both ways, check, audit, the report
tables, loans by each key, subsidy, plan, budget history, the disclosure CSV) is read with Python's
csv module: no cell (header included) may start with =, +, @, a tab, a CR, or a - that does not
begin a plain negative number. The injected text must come back with its leading ' (so the test
cannot pass by losing the rows), and a negative amount must stay a number (-100000.00, not '-100000.00).

usage: test_csv_injection.py BINARY REPO_ROOT
"""
import csv
import io
import os
import re
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
HYPER, PLUS, DASH, AT, TAB, CR, NEGF = '=HYPERLINK("http://x")', "+1+1", "-cmd", "@SUM(A1)", "\tx", "\rx", "-1+1"
NUMBER = re.compile(r"-\d+(\.\d+)?")


def unsafe(cell):
    if not cell:
        return False
    if cell[0] in "=+@\t\r":
        return True
    return cell[0] == "-" and not NUMBER.fullmatch(cell)


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def make_inputs(d):
    write_csv(f"{d}/households.csv", ["household_id", "head_name", "id_number", "town", "village", "members", "registered", "poverty_cause"],
              [["=HH1", HYPER, "", PLUS, DASH, 3, "yes", AT], ["@HH2", TAB, "", CR, NEGF, 2, "yes", HYPER]])
    write_csv(f"{d}/sources.csv", ["doc_no", "fiscal_year", "category", "name", "amount", "received_on", "level", "restricted_to", "note"],
              [["=DOC(1)", 2017, "county_self", HYPER, "100万", "2017-01-10", "county", "", DASH],
               ["-DOC2", 2017, "county_self", PLUS, "50万", "2017-01-11", "county", "", AT]])
    with open(f"{d}/budget.toml", "w", encoding="utf-8") as f:
        f.write('fiscal_year = 2017\ncode = "-B2017"\nname = "=HYPERLINK(\\"http://x\\")"\ntotal = "150万"\n'
                'funded_by = "county_self"\ndoc_no = "@DOC"\n'
                '[[line]]\ncode = "-EM"\nname = "+1+1"\namount = "100万"\npurpose = "industry"\n'
                '[[line]]\ncode = "OTHER"\nname = "@SUM(A1)"\nremainder = true\npurpose = "other"\n')
    with open(f"{d}/budget-r2.toml", "w", encoding="utf-8") as f:  # a revision: -EM cut by 10万 (diff -100000.00)
        f.write('fiscal_year = 2017\ncode = "-B2017"\nname = "=HYPERLINK(\\"http://x\\")"\ntotal = "150万"\n'
                'funded_by = "county_self"\ndoc_no = "=DOC-R2"\nreason = "-cmd"\n'
                '[[line]]\ncode = "-EM"\nname = "+1+1"\namount = "90万"\npurpose = "industry"\n'
                '[[line]]\ncode = "OTHER"\nname = "@SUM(A1)"\nremainder = true\npurpose = "other"\n')
    write_csv(f"{d}/allocations.csv", ["voucher", "date", "fiscal_year", "source_doc", "earmark", "amount", "town", "project", "note"],
              [["=A1", "2017-02-01", 2017, "=DOC(1)", "-EM", "80万", PLUS, AT, HYPER],
               ["+A2", "2017-02-02", 2017, "-DOC2", "OTHER", "40万", DASH, TAB, CR]])
    write_csv(f"{d}/disbursements.csv", ["voucher", "date", "fiscal_year", "earmark", "amount", "payee_id", "payee_name", "payee_kind",
                                         "town", "village", "project", "source_doc", "note"],
              [["@D1", "2017-03-01", 2017, "-EM", "5000", "=HH1", HYPER, "household", PLUS, DASH, AT, "", NEGF],
               ["-D2", "2017-03-02", 2017, "-EM", "5000", "=HH1", HYPER, "household", PLUS, DASH, AT, "", TAB],
               ["=D3", "2017-03-03", 2017, "OTHER", "2000", "@HH2", TAB, "household", CR, NEGF, HYPER, "", DASH],
               ["+E4", "2017-03-04", 2017, "OTHER", "3000", "-ENT", PLUS, "enterprise", "", "", DASH, "", AT]])
    write_csv(f"{d}/corrections.csv", ["voucher", "date", "kind", "target", "amount", "reason"],
              [["=R1", "2017-04-01", "recovery", "@D1", "500", HYPER]])
    write_csv(f"{d}/loans.csv", ["loan_id", "household_id", "product", "bank", "principal", "annual_rate", "start_date", "term_months",
                                 "purpose", "overdue_since", "repaid_on"],
              [["-L1", "=HH1", "microcredit", HYPER, "5万", "4.35%", "2016-09-10", 36, PLUS, "", ""],
               ["=L2", "@HH2", "5321", AT, "3万", "4.35%", "2017-03-01", 24, DASH, "2017-10-01", ""]])
    with open(f"{d}/rules.toml", "w", encoding="utf-8") as f:
        f.write('[[rule]]\nid = "=CAP(1)"\nkind = "cap_per_payee"\nearmark = "-EM"\nmax = "6000"\nperiod = "year"\n'
                'severity = "warn"\nnote = "@SUM(A1)"\n'
                '[[rule]]\nid = "+IDLE"\nkind = "idle"\ndays = 30\nseverity = "warn"\nnote = "-cmd"\n')


def csv_commands():
    tables = [["balance", "--by", k, "--as-of", "2017-12-31"] for k in ("category", "source", "earmark", "town", "village", "project", "payee")]
    tables += [["trace", "--voucher", v] for v in ("@D1", "-D2", "=D3", "+E4")]
    tables += [["trace", "--source", s] for s in ("=DOC(1)", "-DOC2")]
    tables += [["trace", "--source", "=DOC(1)", "--by", b] for b in ("town", "payee", "earmark")]
    tables += [["check", "--as-of", "2017-12-31"], ["audit", "--as-of", "2017-12-31"]]
    tables += [["report", t, "--month", "2017-12"] for t in ("summary", "sources", "execution", "towns", "flows")]
    tables += [["loans", "--by", b, "--as-of", "2017-12-31"] for b in ("product", "bank", "town", "village", "household")]
    tables += [["subsidy", "--year", "2017", "--by", b] for b in ("loan", "household")]
    tables += [["plan", "--base-year", "2017", "--years", "2", "--growth", "20%"], ["budget", "history", "--year", "2017"],
               ["budget", "diff", "--year", "2017", "--from", "1", "--to", "2"]]
    return tables


def check_table(t, label, text, seen):
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    t.check(len(rows) >= 2, f"{label}: no data rows in {text[:200]!r}")
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            t.check(not unsafe(cell), f"{label}: row {r + 1} column {c + 1} starts like a formula: {cell!r}")
            if cell.startswith("'"):
                seen.add(cell[1:2])
            if NUMBER.fullmatch(cell):
                seen.add("negative number")


def main():
    t = fixture.Failures("csv-injection")
    with tempfile.TemporaryDirectory() as d:
        make_inputs(d)
        db = os.path.join(d, "inj.db")
        fixture.run(BIN, db, "init")
        for kind, name in (("households", "households.csv"), ("sources", "sources.csv"), ("budget", "budget.toml"),
                           ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv"),
                           ("corrections", "corrections.csv"), ("rules", "rules.toml"), ("loans", "loans.csv"),
                           ("budget", "budget-r2.toml")):
            r = fixture.run(BIN, db, "import", kind, os.path.join(d, name))
            if r.returncode != 0:
                raise SystemExit(f"import {kind}: exit {r.returncode}: {r.stderr}")
        seen = set()
        for args in csv_commands():
            r = fixture.run(BIN, db, "--format", "csv", *args)
            if t.check(r.returncode in (0, 1), f"{' '.join(args)}: exit {r.returncode}: {r.stderr[:300]}"):
                check_table(t, " ".join(args), r.stdout, seen)
        out = os.path.join(d, "notice.csv")
        r = fixture.run(BIN, db, "report", "disclosure", "--year", "2017", "--out", out)
        t.check(r.returncode == 0, f"disclosure: exit {r.returncode}: {r.stderr[:300]}")
        for path in (out, os.path.join(d, "notice.households.csv")):
            with open(path, encoding="utf-8", newline="") as f:
                check_table(t, os.path.basename(path), f.read(), seen)
        # Each kind of leading character came back neutralised (not dropped), and a negative
        # amount (the revision's -100000.00 in budget diff) stayed a number.
        for first in ("=", "+", "-", "@"):
            t.check(first in seen, f"no cell held neutralised text starting with {first!r}: the catalogue did not come back")
        t.check("negative number" in seen, "no negative amount was seen: '-100000.00' must stay a number")
        print(f"csv injection: {len(csv_commands())} csv tables and the disclosure checked; neutralised: {sorted(seen)}")
    t.finish()


if __name__ == "__main__":
    main()
