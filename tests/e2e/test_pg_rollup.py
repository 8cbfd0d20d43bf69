#!/usr/bin/python3
"""A city's monthly report from one PostgreSQL database (issue 14: report monthly --all-counties).

Three counties: 平利's example (619261) and a second copy of it (619262), and 商州's (619371), whose
settings name their 单位 (codes of their own: the pg tests share one database and run together). For 2016年12月 and 2017年6月:
* `report summary --counties 6192*,619371 --format json` has one row per county, each equal to the
  total row of that county's own `report summary` to the fen; the total row is their sum, and its
  progress is the summed paid ÷ the summed received. `--counties 6192*` keeps the two 平利s;
  `--all-counties` has theirs among every county's, in code order.
* `report sources|execution|towns|flows --counties ...`: every county's rows, each led by its
  code, the same cells as the county's own table; `flows` has the union of the counties' earmark
  columns with 合计 last.
* `report monthly --counties ...` writes a workbook (opened with openpyxl): the same sheets as a
  county's (no 明细账) plus 各县链头, whose heads are those `verify --counties` reports; the
  汇总 sheet's county rows are the counties' own workbooks' 汇总 totals, cell by cell.
* A pattern matching no county: exit 2, the counties there are named, no workbook written.

usage: test_pg_rollup.py BINARY REPO_ROOT
"""
import json
import os
import sys
import tempfile
from decimal import Decimal

import openpyxl

ROOT = sys.argv[2]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pg_fixture as pg  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
COUNTIES = {"619261": ("pingli-2016", "平利县财政局"), "619262": ("pingli-2016", "平利县二号"),
            "619371": ("shangzhou-2017", "商州区财政局")}
OURS = "6192*,619371"
FILES = ["households", "sources", "budget:budget.toml", "allocations", "disbursements"]


def fl(county, *args):
    r = pg.fundledger(BIN, pg.uri(), county, *args)
    return r


def json_of(county, *args):
    r = fl(county, "--format", "json", *args)
    assert r.returncode == 0, (args, r.stderr)
    return json.loads(r.stdout)


def load():
    for code, (folder, unit) in COUNTIES.items():
        pg.fresh_county(code)
        assert fl(code, "init").returncode == 0
        for spec in FILES:
            kind, _, name = spec.partition(":")
            r = fl(code, "import", kind, os.path.join(ROOT, "examples", folder, name or f"{kind}.csv"))
            assert r.returncode == 0, (code, kind, r.stderr)
        r = fl(code, "settings", "set", "unit", unit)
        assert r.returncode == 0, r.stderr


def check_summary(month):
    # Other pg tests add and drop counties meanwhile: ours are there, in code order, with the rest.
    everyone = [row["county_code"] for row in
                json_of(None, "report", "summary", "--month", month, "--all-counties")["rows"]]
    assert set(COUNTIES) <= set(everyone) and everyone == sorted(everyone), everyone
    got = json_of(None, "report", "summary", "--month", month, "--counties", OURS)
    assert [row["county_code"] for row in got["rows"]] == ["619261", "619262", "619371"], got["rows"]
    assert [c["county_code"] for c in got["counties"]] == ["619261", "619262", "619371"], got["counties"]
    sums = {}
    for row in got["rows"]:
        own = json_of(row["county_code"], "report", "summary", "--month", month)
        assert row["county"] == COUNTIES[row["county_code"]][1], row
        for key, value in own["total"].items():
            if key == "category":
                continue
            assert row[key] == value, (month, row["county_code"], key, row[key], value)
            if key in ("amount", "paid_ytd"):
                sums[key] = sums.get(key, Decimal(0)) + Decimal(value)
    for key, total in sums.items():
        assert got["total"][key] == f"{total:.2f}", (key, got["total"][key], total)
    if sums["amount"] > 0:
        want = sums["paid_ytd"] / sums["amount"]
        assert abs(Decimal(got["total"]["progress"]) - want) < Decimal("0.00005"), (got["total"], want)
    city = json_of(None, "report", "summary", "--month", month, "--counties", "6192*")
    assert [row["county_code"] for row in city["rows"]] == ["619261", "619262"], city["rows"]
    return sums


def check_tables(month):
    for table in ("sources", "execution", "towns", "flows"):
        got = json_of(None, "report", table, "--month", month, "--counties", OURS)
        by_county = {}
        for row in got["rows"]:
            by_county.setdefault(row["county_code"], []).append(row)
        for code in COUNTIES:
            own = json_of(code, "report", table, "--month", month)["rows"]
            mine = by_county.get(code, [])
            assert len(mine) == len(own), (table, code, len(mine), len(own))
            for a, b in zip(mine, own):
                for key, value in b.items():
                    assert a[key] == value, (table, code, key, a[key], value)
        if table == "flows":
            keys = list(got["rows"][0].keys()) if got["rows"] else []
            assert keys[-1] == "total", keys


def cells(ws):
    return [[c.value for c in row] for row in ws.iter_rows()]


def summary_total(ws):
    """The 汇总 sheet's first table's total row (the row whose first cell is 合计)."""
    for row in cells(ws):
        if row and row[0] == "合计":
            return row
    raise AssertionError("no 合计 row in 汇总")


def check_workbook(tmp, month):
    out = os.path.join(tmp, "city.xlsx")
    r = fl(None, "report", "monthly", "--month", month, "--out", out, "--counties", OURS,
           "--created", "2026-11-29")
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(out, data_only=True)
    own_path = os.path.join(tmp, "own.xlsx")
    assert fl("619371", "report", "monthly", "--month", month, "--out", own_path,
              "--created", "2026-11-29").returncode == 0
    own_sheets = openpyxl.load_workbook(own_path).sheetnames
    # 各县链头 in place of the county's 明细账; 进度 (序时进度 by town) is a county's own sheet: a roll-up's
    # towns are other counties' and it has none.
    want = ["各县链头" if s == "明细账" else s for s in own_sheets if s != "进度"]
    assert wb.sheetnames == want, (wb.sheetnames, own_sheets)
    heads = json_of(None, "verify", "--counties", OURS)["counties"]
    sheet_heads = {row[1]: row[3] for row in cells(wb["各县链头"]) if row[1] in COUNTIES}
    assert sheet_heads == {c["county"]: c["head"] for c in heads}, (sheet_heads, heads)
    rows = {}
    for row in cells(wb["汇总"]):  # the fiscal table's row; the loans' table (扶贫贷款) follows it
        if row and row[1] in COUNTIES:
            rows.setdefault(row[1], row)
    assert sorted(rows) == sorted(COUNTIES), rows.keys()
    for code in COUNTIES:
        path = os.path.join(tmp, f"{code}.xlsx")
        assert fl(code, "report", "monthly", "--month", month, "--out", path, "--created", "2026-11-29").returncode == 0
        total = summary_total(openpyxl.load_workbook(path, data_only=True)["汇总"])
        assert rows[code][2:2 + len(total) - 1] == total[1:], (code, rows[code], total)
    return len(wb.sheetnames)


def check_refused(tmp):
    out = os.path.join(tmp, "none.xlsx")
    r = fl(None, "report", "monthly", "--month", "2016年12月", "--out", out, "--counties", "5101*")
    assert r.returncode == 2 and "5101*" in r.stderr and "619371" in r.stderr, r.stderr
    assert not os.path.exists(out)


def main():
    load()
    with tempfile.TemporaryDirectory() as tmp:
        for month in ("2016年12月", "2017年6月"):
            sums = check_summary(month)
            check_tables(month)
            sheets = check_workbook(tmp, month)
            print(f"{month}: 3 counties, received {sums['amount']} paid {sums['paid_ytd']}, "
                  f"tables equal to each county's, workbook of {sheets} sheets")
        check_refused(tmp)
    print("OK: the city's report is its counties' own, side by side, totals summed to the fen")


if __name__ == "__main__":
    main()
