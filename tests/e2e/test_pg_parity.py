#!/usr/bin/python3
"""The same ledger on both backends (issue 14): every verb's output byte-identical.

Each of the three examples (商州 2017, 平利 2016 with its loans, the audit demo) is loaded into a
SQLite file and into a county of the test PostgreSQL server (tests/e2e/pg_fixture.py) with the same
clock and operator; then every reading verb runs on both, in text, csv and json, and the outputs
(stdout, stderr and exit code) must be equal byte for byte, the ledger's name aside. A failed import
(a payment over the earmark's balance) runs on both first: it must fail alike and leave the same
chain, so the import ids and hashes of what follows agree (the chain heads are compared). The
monthly workbook's cell values are compared with openpyxl. The audit package exported from the
server holds a SQLite copy that `verify --package` accepts with the head the server printed.

usage: test_pg_parity.py BINARY REPO_ROOT
"""
import os
import subprocess
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pg_fixture as pg  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
ENV = pg.cli_env()

EXAMPLES = {
    "610702": ("shangzhou-2017", 2017, ["households", "sources", "budget:budget.toml", "budget:budget-2018.toml",
                                        "projects", "project-status", "allocations", "contracts", "disbursements",
                                        "disbursements:contract-payments.csv", "targets", "results", "assets",
                                        "asset-income", "disbursements:asset-payouts.csv", "rules:rules.toml"]),
    "610926": ("pingli-2016", 2016, ["households", "sources", "budget:budget.toml", "projects", "project-status",
                                     "allocations", "contracts", "disbursements", "disbursements:contract-payments.csv",
                                     "targets", "results", "assets", "asset-income",
                                     "disbursements:asset-payouts.csv", "rules:rules.toml", "loans"]),
    "619999": ("audit-demo", 2018, ["households", "sources", "budget:budget.toml", "allocations", "disbursements",
                                    "rules:rules.toml"]),
}

FORMATS = ["text", "csv", "json"]

# Quota operations of issue 19 (classification codes and classified sources, freeze, source and line
# reductions, a transfer) recorded on both
# after the imports, and what reads them back: every kind of entry goes through both stores.
QUOTA_OPS = {
    "610702": [
        ["import", "classes", f"{ROOT}/tests/golden/classes_fixtures/classes.csv"],
        ["import", "sources", f"{ROOT}/tests/golden/classes_fixtures/sources_2019.csv"],
        ["advance", "--amount", "50万", "--date", "2017-01-05", "--reason", "先行拨付", "--id", "YB-1"],
        ["settle", "--advance", "YB-1", "--source", "陕财办农〔2017〕3号", "--amount", "20万", "--date", "2017-03-01",
         "--doc", "商财发〔2017〕示例4号", "--reason", "指标到位核销"],
        ["freeze", "--source", "陕财办农〔2017〕3号", "--amount", "100万", "--date", "2017-12-01", "--reason", "核查"],
        ["reduce", "--source", "陕财办农〔2017〕28号", "--amount", "50万", "--date", "2017-12-01", "--doc",
         "陕财农〔2017〕99号", "--reason", "省级收回"],
        ["transfer", "--year", "2018", "--from", "LARGE-FARMS", "--to", "ECOMMERCE", "--amount", "40万", "--date",
         "2018-07-01", "--doc", "商财发〔2018〕示例1号", "--reason", "电商提速"],
        ["reduce", "--year", "2018", "--line", "OTHER", "--amount", "10万", "--date", "2018-08-01", "--doc",
         "商财发〔2018〕示例2号", "--reason", "调减"],
        ["lock", "--through", "2017-12-31", "--reason", "决算"],
        ["close", "--year", "2017", "--date", "2018-01-10", "--reason", "年终结转"],
        ["lock", "--through", "2018-12-31", "--reason", "决算"],
        ["close", "--year", "2018", "--date", "2019-01-10", "--reason", "年终结转"],
        ["lock", "--through", "2019-12-31", "--reason", "决算"],
        ["close", "--year", "2019", "--date", "2020-01-10", "--reason", "年终结转"],
        ["recall", "--year", "2019", "--date", "2020-02-01", "--doc", "商财发〔2020〕示例3号", "--reason", "结余收回"],
    ],
    # The risk compensation fund (issue 21): deposits, interest, rules, a compensation and a recovery.
    "610926": [
        ["import", "sources", f"{ROOT}/examples/pingli-2016/risk-fund-sources.csv"],
        ["import", "budget", f"{ROOT}/examples/pingli-2016/risk-fund-budget.toml", "--override", "只录入风险补偿金专户预算"],
        ["import", "allocations", f"{ROOT}/examples/pingli-2016/risk-fund-allocations.csv"],
        ["import", "rules", f"{ROOT}/examples/pingli-2016/risk-fund-rules.toml"],
        ["import", "loans", f"{ROOT}/examples/pingli-2016/loans-2017.csv"],
        ["loans", "compensate", "--loan", "PL-LN-007", "--date", "2017-04-10", "--doc", "平金扶发〔2017〕2号"],
        ["loans", "recover", "--loan", "PL-LN-007", "--amount", "5000", "--date", "2017-06-20"],
        ["import", "interest-claims", f"{ROOT}/examples/pingli-2016/interest-claims-2017q1.csv"],
        ["subsidy", "--year", "2016", "--post", "--earmark", "LOAN-SUBSIDY"],
    ],
}
FUND_READS = [["loans", "--fund", "--as-of", "2017-06-30"], ["loans", "--compensations", "--as-of", "2017-06-30"],
              ["balance", "--by", "earmark", "--year", "2017", "--as-of", "2017-06-30"],
              ["subsidy", "--quarter", "2017Q1"], ["subsidy", "--quarter", "2017Q1", "--by", "claims"],
              ["loans", "--subsidy-paid", "--as-of", "2016-12-31"]]
QUOTA_READS = [["freeze"], ["budget", "history", "--year", "2018"], ["balance", "--by", "source"],
               ["balance", "--by", "category"], ["balance", "--by", "earmark", "--year", "2018", "--as-of", "2018-07-31"],
               ["report", "execution", "--month", "2018-07"], ["report", "carryover", "--year", "2017", "--month", "2018-12"],
               ["report", "carryover", "--year", "2019", "--month", "2020-02"],
               ["trace", "--source", "商财发〔2017〕6号"], ["trace", "--source", "陕财办农〔2017〕3号"],
               ["advances", "--as-of", "2017-12-31"], ["classes"], ["classes", "--of", "sources"],
               ["classes", "--of", "lines", "--year", "2018"], ["balance", "--by", "function_class"],
               ["balance", "--by", "direct", "--of", "lines"]]


def reads(year, docs, vouchers, assets):
    """The reading verbs (each run in every format), with a trace of each document and payment."""
    y = str(year)
    m = f"{y}-12"
    out = [
        ["verify"],
        ["balance", "--by", "category"], ["balance", "--by", "source"], ["balance", "--by", "earmark"],
        ["balance", "--by", "town"], ["balance", "--by", "village"], ["balance", "--by", "project"],
        ["balance", "--by", "payee"], ["balance", "--by", "earmark", "--year", y, "--unit", "wan"],
        ["balance", "--by", "town", "--as-of", f"{y}-06-30"],
        ["check"], ["audit"], ["households"], ["payments"], ["payments", "--year", y],
        ["loans"], ["loans", "--by", "town"], ["loans", "--by", "bank"], ["loans", "--quality", "--by", "bank"],
        ["budget", "history", "--year", y], ["settings"],
        ["report", "sources", "--month", m], ["report", "execution", "--month", m],
        ["report", "towns", "--month", m], ["report", "flows", "--month", m],
        ["report", "allocations", "--as-of", f"{y}-12-31"], ["report", "allocations", "--year", y],
        ["subsidy", "--year", y], ["plan", "--base-year", y, "--years", "2", "--growth", "20%"],
        ["projects"], ["projects", "--year", y, "--as-of", f"{y}-12-31"], ["contracts", "--as-of", f"{y}-12-31"],
        ["balance", "--by", "contract"], ["report", "projects", "--year", y],
        ["report", "performance", "--year", y, "--as-of", f"{y}-12-31"],
        ["report", "lags", "--year", y, "--as-of", f"{y}-12-31"],
        ["report", "progress", "--as-of", f"{y}-06-30"], ["report", "progress", "--as-of", f"{y}-09-30", "--by", "category"],
        ["report", "progress", "--as-of", f"{y}-12-31", "--by", "town", "--basis", "months"],
    ]
    out += [["trace", "--asset", a] for a in assets]
    out += [["trace", "--source", d] for d in docs]
    out += [["trace", "--voucher", v] for v in vouchers]
    out += [["trace", "--source", d, "--by", by] for d in docs[:2] for by in ("town", "payee", "earmark")]
    return out


def first_column(path, count=None):
    """The first column's values (documents, vouchers) of an example's CSV file."""
    import csv
    with open(path, encoding="utf-8-sig") as f:
        rows = [r[0] for r in csv.reader(f) if r][1:]
    return rows[:count] if count else rows


def fl(db, county, *args, cwd=None):
    return pg.fundledger(BIN, db, county, *args, cwd=cwd)


class Pair:
    """One example on both backends."""

    def __init__(self, tmp, county, uri):
        self.sqlite = os.path.join(tmp, f"{county}.db")
        self.uri, self.county = uri, county
        self.names = {self.sqlite: "LEDGER", f"{uri} ({county})": "LEDGER"}

    def both(self, *args, cwd=None):
        a = fl(self.sqlite, None, *args, cwd=cwd)
        b = fl(self.uri, self.county, *args, cwd=cwd)
        return a, b

    def same(self, *args, expect=None):
        a, b = self.both(*args)
        shown = []
        for r in (a, b):
            out = r.stdout + "\n--stderr--\n" + r.stderr + f"\n--exit {r.returncode}--"
            for name, plain in self.names.items():
                out = out.replace(name, plain)
            shown.append(out)
        assert shown[0] == shown[1], f"{args}: the backends differ\n--- SQLite\n{shown[0][:3000]}\n--- PostgreSQL\n{shown[1][:3000]}"
        if expect is not None:
            assert a.returncode == expect, f"{args}: exit {a.returncode}, expected {expect}: {a.stderr[:500]}"
        return a


def failed_import_first(pair, tmp):
    """A payment over the earmark's balance: refused alike on both (exit 2), nothing recorded; the
    import ids that follow are the same (a PostgreSQL sequence would have skipped one)."""
    bad = os.path.join(tmp, f"bad-{pair.county}.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("voucher,date,fiscal_year,earmark,amount,payee_id,payee_name,payee_kind\n"
                "BAD-1,2017-03-01,2017,NO-SUCH-EARMARK,100.00,P1,某人,household\n")
    r = pair.same("import", "disbursements", bad)
    assert r.returncode == 2, r.stderr


def compare_workbooks(pair, tmp, year):
    sys.path.insert(0, "/usr/lib/python3/dist-packages")
    import openpyxl
    outs = []
    for side, (db, county) in (("s", (pair.sqlite, None)), ("p", (pair.uri, pair.county))):
        path = os.path.join(tmp, f"{pair.county}-{side}.xlsx")
        r = fl(db, county, "report", "monthly", "--month", f"{year}-12", "--out", path, "--created", "2026-11-29")
        assert r.returncode == 0, r.stderr
        wb = openpyxl.load_workbook(path)
        outs.append({ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets})
    for title in outs[0]:
        assert outs[0][title] == outs[1][title], f"workbook sheet {title} differs between the backends"
    assert set(outs[0]) == set(outs[1])
    # The public notice (公示) as CSV: its two files byte for byte.
    files = []
    for side, (db, county) in (("s", (pair.sqlite, None)), ("p", (pair.uri, pair.county))):
        path = os.path.join(tmp, f"{pair.county}-{side}-notice.csv")
        r = fl(db, county, "report", "disclosure", "--year", str(year), "--out", path, "--from", f"{year}-12-01")
        assert r.returncode == 0, r.stderr
        files.append([open(p, "rb").read() for p in (path, path[:-4] + ".households.csv")])
    assert files[0] == files[1], "the public notice differs between the backends"
    return len(outs[0])


def audit_package_from_server(pair, tmp, year):
    """The server's audit package: its ledger copy (a SQLite file written from the server's rows)
    verifies, and the head it prints is the SQLite ledger's own."""
    out = os.path.join(tmp, f"audit-{pair.county}")
    r = fl(pair.uri, pair.county, "export", "audit", "--year", str(year), "--out", out)
    assert r.returncode == 0, r.stderr
    head = fl(pair.sqlite, None, "verify").stdout.split()[-1]
    assert len(head) == 64 and head in r.stdout, f"the package's head is not the SQLite ledger's {head}: {r.stdout}"
    v = fl(pair.sqlite, None, "verify", "--package", out)
    assert v.returncode == 0, f"the server's audit package does not verify: {v.stdout}{v.stderr}"


def main():
    uri = pg.uri()
    with tempfile.TemporaryDirectory() as tmp:
        compared = 0
        for county, (folder, year, files) in EXAMPLES.items():
            pg.fresh_county(county)
            pair = Pair(tmp, county, uri)
            pair.same("init", expect=0)
            failed_import_first(pair, tmp)
            ex = os.path.join(ROOT, "examples", folder)
            for spec in files:
                kind, _, name = spec.partition(":")
                pair.same("import", kind, os.path.join(ex, name or f"{kind}.csv"), expect=0)
            y = year or 2019
            docs = first_column(os.path.join(ex, "sources.csv"))
            vouchers = first_column(os.path.join(ex, "disbursements.csv"), 10)
            assets_csv = os.path.join(ex, "assets.csv")
            assets = first_column(assets_csv) if os.path.exists(assets_csv) else []
            todo = reads(y, docs, vouchers, assets)
            if county in QUOTA_OPS:
                for op in QUOTA_OPS[county]:
                    pair.same(*op, expect=0)
                todo += FUND_READS if county == "610926" else QUOTA_READS
            for args in todo:
                for fmt in FORMATS:
                    r = pair.same("--format", fmt, *args)
                    assert r.returncode in (0, 1), f"{args}: exit {r.returncode}: {r.stderr[:400]}"
                    compared += 1
            pair.same("trace", "--source", "NO-SUCH-DOC", expect=2)
            sheets = compare_workbooks(pair, tmp, y)
            audit_package_from_server(pair, tmp, y)
            print(f"{folder}: {len(todo)} reads x {len(FORMATS)} formats identical, workbook of {sheets} sheets "
                  f"identical, the server's audit package verifies")
        print(f"OK: {compared} outputs identical on SQLite and PostgreSQL")


if __name__ == "__main__":
    main()
