#!/usr/bin/python3
"""The workbook's 预算执行 sheet after a year end (issue 19), read back with openpyxl.

The 商州 example closes 2017 (locked through 2017-12-31) and pays 82万 of the carried 2017 money in
2018 (tests/golden/year_end_fixtures/payments-2018.csv). `report monthly --month 2018-04` writes the
workbook; its 预算执行 sheet must carry 上年结转 and 结转已支出 next to 预算, and every money cell of
those columns (in 万元) must equal, to the fen, what `report execution --format json` says for the
same month (one code path: the sheet never computes money of its own). The figures the seed gives
are checked too: WALNUT carried 6,491,800.00 and paid 500,000.00 from it; the total carried is
38,429,699.50 (5000万 less the 11,570,300.50 paid in 2017).

usage: test_workbook_carryover.py BINARY REPO_ROOT
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
EX = os.path.join(ROOT, "examples", "shangzhou-2017")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "l.db")
        run(db, "init")
        for kind in ("households", "sources"):
            run(db, "import", kind, os.path.join(EX, f"{kind}.csv"))
        for budget in ("budget.toml", "budget-2018.toml"):
            run(db, "import", "budget", os.path.join(EX, budget))
        for kind in ("allocations", "disbursements"):
            run(db, "import", kind, os.path.join(EX, f"{kind}.csv"))
        run(db, "lock", "--through", "2017-12-31", "--reason", "2017年决算已报送")
        run(db, "close", "--year", "2017", "--date", "2018-01-10", "--reason", "2017年度年终结转")
        run(db, "import", "disbursements", os.path.join(ROOT, "tests", "golden", "year_end_fixtures", "payments-2018.csv"))
        out = os.path.join(tmp, "m.xlsx")
        run(db, "report", "monthly", "--month", "2018-04", "--out", out, "--created", "2018-05-05")
        report = json.loads(run(db, "--format", "json", "report", "execution", "--month", "2018-04"))
        want = {r["earmark"]: r for r in report["rows"]}

        ws = openpyxl.load_workbook(out)["预算执行"]
        header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "用途代码")
        headers = [str(ws.cell(header_row, c).value or "") for c in range(1, ws.max_column + 1)]
        col = {h.split("(")[0]: i + 1 for i, h in enumerate(headers)}
        if not check("上年结转" in col and "结转已支出" in col, f"预算执行 headers {headers}"):
            return
        check(col["上年结转"] == col["预算"] + 1 and col["结转已支出"] == col["预算"] + 2,
              f"上年结转 and 结转已支出 follow 预算: {headers}")
        seen = 0
        for r in range(header_row + 1, ws.max_row + 1):
            code = ws.cell(r, 1).value
            if code not in want:
                continue
            seen += 1
            for name, key in (("上年结转", "carried"), ("结转已支出", "carried_paid")):
                got = fen_of_wan(ws.cell(r, col[name]).value or 0)
                exp = int(Decimal(want[code][key]) * 100)
                check(got == exp, f"{code} {name}: sheet {got} fen, report execution {exp} fen")
        check(seen == len(want), f"rows on the sheet: {seen} of {len(want)}")
        check(want["WALNUT"]["carried"] == "6491800.00" and want["WALNUT"]["carried_paid"] == "500000.00",
              f"WALNUT {want['WALNUT']}")
        check(report["total"]["carried"] == "38429699.50" and report["total"]["carried_paid"] == "820000.00",
              f"total {report['total']}")
    print(f"workbook_carryover: {len(FAILS)} failed")
    sys.exit(1 if FAILS else 0)


main()
