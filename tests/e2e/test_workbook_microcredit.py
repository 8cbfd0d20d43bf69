#!/usr/bin/python3
"""The workbook's 小额信贷 sheet (issue 21), read back with openpyxl.

The 平利 example with its 2017 risk funds, PL-LN-007 compensated 8:2 and 5,000 recovered, and the
2016 interest subsidy posted. `report monthly --month 2017-06` must carry a 小额信贷 sheet whose
tables — loan quality by bank, the risk funds, the compensations — equal, cell by cell and to the
fen, what `loans --quality --by bank`, `loans --fund` and `loans --compensations --format json` say as
of 2017-06-30 (one code path: the sheet computes no money of its own). `report monthly --month
2016-12` must show the 2016 subsidy paid: as many households and as much money as `subsidy --year
2016 --post` paid (its json's households[].post.pay), by town. A ledger without loans has no such sheet.

usage: test_workbook_microcredit.py BINARY REPO_ROOT
"""
import json
import os
import sys
import tempfile
from decimal import Decimal

import openpyxl
from workbook_check import FAILS, check, fen_of_wan, runner

BIN = os.path.abspath(sys.argv[1])
run = runner(BIN)
ROOT = sys.argv[2]
EX = os.path.join(ROOT, "examples", "pingli-2016")


def fen(text):
    return int((Decimal(text) * 100).to_integral_value())


def load(db):
    run(db, "init")
    for kind, name in (("households", "households.csv"), ("sources", "sources.csv"), ("budget", "budget.toml"),
                       ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv"),
                       ("rules", "rules.toml"), ("loans", "loans.csv"), ("sources", "risk-fund-sources.csv")):
        run(db, "import", kind, os.path.join(EX, name))
    run(db, "import", "budget", os.path.join(EX, "risk-fund-budget.toml"), "--override", "只录入风险补偿金专户预算")
    for kind, name in (("allocations", "risk-fund-allocations.csv"), ("rules", "risk-fund-rules.toml"),
                       ("loans", "loans-2017.csv"), ("interest-claims", "interest-claims-2017q1.csv")):
        run(db, "import", kind, os.path.join(EX, name))
    run(db, "loans", "compensate", "--loan", "PL-LN-007", "--date", "2017-04-10")
    run(db, "loans", "recover", "--loan", "PL-LN-007", "--amount", "5000", "--date", "2017-06-20")


def sheet_table(ws, title):
    """The rows of the table titled `title` (header row two below it), up to and with its 合计 row."""
    top = next((r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == title), None)
    if not check(top is not None, f"小额信贷 has the table {title!r}"):
        return []
    rows = []
    for r in range(top + 3, ws.max_row + 1):
        rows.append([ws.cell(r, c).value for c in range(1, ws.max_column + 1)])
        if rows[-1][0] == "合计":
            break
    return rows


def compare(ws, report):
    """Every data row of the sheet's table against the json's rows, column by column."""
    rows = sheet_table(ws, report["title"])
    data = [r for r in rows if r[0] != "合计"]
    check(len(data) == len(report["rows"]), f"{report['title']}: {len(data)} rows, json {len(report['rows'])}")
    cells = 0
    for got, want in zip(data, report["rows"]):
        for j, col in enumerate(report["columns"]):
            w, g = want[col["key"]], got[j]
            if col["type"] == "money":
                cells += check(fen_of_wan(g or 0) == fen(w), f"{report['title']} {col['key']}: {g} 万元 vs {w}")
            elif col["type"] in ("text", "integer"):
                cells += check(str(g if g is not None else "") == str(w if w is not None else ""),
                               f"{report['title']} {col['key']}: {g!r} vs {w!r}")
    return cells


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "l.db")
        load(db)
        paid = json.loads(run(db, "--format", "json", "subsidy", "--year", "2016", "--post", "--earmark", "LOAN-SUBSIDY"))
        pays = [fen(h["post"]["pay"]) for h in paid["households"] if fen(h["post"]["pay"]) > 0]
        check(len(pays) == 6 and sum(pays) == fen("12267.73"), f"2016 subsidy posted: {pays}")

        june = os.path.join(tmp, "2017-06.xlsx")
        run(db, "report", "monthly", "--month", "2017-06", "--out", june, "--created", "2017-07-05")
        ws = openpyxl.load_workbook(june)["小额信贷"]
        cells = 0
        for args in (["loans", "--quality", "--by", "bank"], ["loans", "--fund"], ["loans", "--compensations"]):
            cells += compare(ws, json.loads(run(db, "--format", "json", *args, "--as-of", "2017-06-30")))
        check(cells >= 60, f"cells compared: {cells}")
        notes = [ws.cell(r, 1).value or "" for r in range(1, ws.max_row + 1)]
        check(any("逾期 90 天以上为不良" in n for n in notes), "the quality note is on the sheet")

        december = os.path.join(tmp, "2016-12.xlsx")
        run(db, "report", "monthly", "--month", "2016-12", "--out", december, "--created", "2017-01-05")
        ws = openpyxl.load_workbook(december)["小额信贷"]
        rows = sheet_table(ws, "2016年已付贷款贴息 截至 2016-12-31")
        total = rows[-1] if rows else [None] * 4
        check(total[0] == "合计" and total[1] == 6 and total[2] == 6, f"2016 subsidy: households, payments {total}")
        towns = [r for r in rows if r[0] != "合计"]
        check(sum(fen_of_wan(r[3]) for r in towns) == sum(pays), f"2016 subsidy paid by town {towns}")

        plain = os.path.join(tmp, "p.db")
        run(plain, "init")
        run(plain, "import", "sources", os.path.join(EX, "sources.csv"))
        bare = os.path.join(tmp, "bare.xlsx")
        run(plain, "report", "monthly", "--month", "2016-12", "--out", bare)
        check("小额信贷" not in openpyxl.load_workbook(bare).sheetnames, "no 小额信贷 sheet without loans")
    if FAILS:
        sys.exit(f"{len(FAILS)} failure(s)")
    print("ok: the 小额信贷 sheet equals the loans reports")


main()
