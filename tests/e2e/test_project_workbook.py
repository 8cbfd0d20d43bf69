#!/usr/bin/python3
"""The project reports in files, opened with a real reader (openpyxl), issue 16.

The monthly workbook of a ledger with a project library has the sheet 项目 after 资金流向: the plan
of the report's year as of the month's end, each money cell × 10^6 (万元) the fen of `projects --year
Y --format json`, progress the same ratio, the total a SUM formula whose cached value is the CLI's
total, the head line and the sign-off line. A ledger without projects has no such sheet (and the
workbook of a ledger with projects is byte-identical run to run). The projects' notice
(`report disclosure --projects --stage`) as .xlsx and .csv: its columns, figures equal to the
printed json, the notice period, 12317, the issuing unit.
argv: BINARY ROOT
"""
import csv, io, json, os, subprocess, sys, tempfile
from decimal import Decimal

import openpyxl

BIN, ROOT = sys.argv[1], sys.argv[2]
EX = os.path.join(ROOT, "examples", "pingli-2016")
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)


def run(env, *args, rc=0):
    p = subprocess.run([BIN, *args], env=env, capture_output=True, text=True)
    if p.returncode != rc:
        raise SystemExit(f"{args}: exit {p.returncode} (expected {rc})\n{p.stdout}\n{p.stderr}")
    return p.stdout


def fen_of_cell(v, per_fen=1000000):
    return int(round(Decimal(repr(float(v))) * per_fen))


def fen_of_yuan(s):
    return int(Decimal(s) * 100)


BASE = [("households", "households.csv"), ("sources", "sources.csv"), ("budget", "budget.toml"),
        ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv")]
PROJECTS = [("projects", "projects.csv"), ("project-status", "project-status.csv"), ("contracts", "contracts.csv"),
            ("disbursements", "contract-payments.csv")]

with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, FUNDLEDGER_DB=os.path.join(tmp, "l.db"), FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="clerk")
    plain = dict(env, FUNDLEDGER_DB=os.path.join(tmp, "plain.db"))
    for e, files in ((env, BASE + PROJECTS), (plain, BASE)):
        run(e, "init")
        for kind, f in files:
            run(e, "import", kind, os.path.join(EX, f))
    for e in (env, plain):
        run(e, "settings", "set", "单位", "平利县财政局")
        run(e, "settings", "set", "制表人", "王芳")

    # Without projects: the sheets as before.
    out0 = os.path.join(tmp, "plain.xlsx")
    run(plain, "report", "monthly", "--month", "2016-12", "--out", out0, "--created", "2017-01-05")
    check(openpyxl.load_workbook(out0).sheetnames == ["汇总", "资金来源", "预算执行", "乡镇进度", "进度", "预警", "资金流向", "明细账", "图表"],
          f"without projects: {openpyxl.load_workbook(out0).sheetnames}")
    # 汇总's lines under its table: both totals in 大写, the lock it was made under, the sign-off —
    # each there once, none written over another.
    lines = [c for r in openpyxl.load_workbook(out0)["汇总"].iter_rows(values_only=True) for c in r if isinstance(c, str)]
    for part in ("到位资金合计（大写）", "累计支出合计（大写）", "本表编制时，账簿尚未锁定期间", "制表人：王芳"):
        check(sum(part in t for t in lines) == 1, f"汇总: {part!r} not there once: {lines}")

    for month, as_of in (("2016-12", "2016-12-31"), ("2016-06", "2016-06-30")):
        out = os.path.join(tmp, f"m-{month}.xlsx")
        run(env, "report", "monthly", "--month", month, "--out", out, "--created", "2017-01-05")
        wb, wbv = openpyxl.load_workbook(out), openpyxl.load_workbook(out, data_only=True)
        check(wb.sheetnames == ["汇总", "资金来源", "预算执行", "乡镇进度", "进度", "预警", "资金流向", "项目", "明细账", "图表"],
              f"{month}: sheets {wb.sheetnames}")
        ws, wsv = wb["项目"], wbv["项目"]
        plan = json.loads(run(env, "projects", "--year", "2016", "--as-of", as_of, "--format", "json"))["projects"]
        check(ws["A1"].value == plan["title"], f"{month}: title {ws['A1'].value!r}")
        head = ws["A2"].value
        check("填报单位：平利县财政局" in head and f"截至 {as_of}" in head and "金额单位：万元" in head, f"{month}: head {head!r}")
        headers = [c.value for c in ws[3]]
        check(headers == ["项目编号", "项目名称", "项目类别", "镇", "村", "状态", "计划年度", "计划投资(万元)", "合同未付(万元)",
                          "已支付(万元)", "支付进度"], f"{month}: headers {headers}")
        money = {"investment": 7, "committed": 8, "paid": 9}
        rows = [[c for c in r] for r in wsv.iter_rows(min_row=4, max_row=3 + len(plan["rows"]))]
        check(len(plan["rows"]) == 7, f"{month}: {len(plan['rows'])} projects in the plan")
        for want, got in zip(plan["rows"], rows):
            check(got[0].value == want["project_id"], f"{month}: row {got[0].value} != {want['project_id']}")
            for key, col in money.items():
                check(fen_of_cell(got[col].value) == fen_of_yuan(want[key]),
                      f"{month} {want['project_id']} {key}: {got[col].value} vs {want[key]}")
                check(got[col].number_format == "#,##0.00", f"{month}: {got[col].coordinate} format {got[col].number_format}")
            check(abs(Decimal(repr(float(got[10].value))) - Decimal(want["progress"])) < Decimal("0.00005"),
                  f"{month} {want['project_id']} progress {got[10].value} vs {want['progress']}")
        total = 4 + len(plan["rows"])
        check(ws.cell(row=total, column=1).value == "合计", f"{month}: no total row")
        for key, col in money.items():
            f = ws.cell(row=total, column=col + 1).value
            check(isinstance(f, str) and f.startswith("=SUM("), f"{month}: total {key} is not a formula: {f!r}")
            v = wsv.cell(row=total, column=col + 1).value
            check(fen_of_cell(v) == fen_of_yuan(plan["total"][key]), f"{month}: total {key} {v} vs {plan['total'][key]}")
        texts = [c.value for r in ws.iter_rows(min_row=total + 1) for c in r if isinstance(c.value, str)]
        check(any(t.startswith("填报单位：平利县财政局") and "制表人：王芳" in t for t in texts), f"{month}: sign-off {texts}")
        check(ws.page_setup.orientation == "landscape" and ws.print_title_rows in ("1:3", "$1:$3"), f"{month}: page setup")
        check(ws.freeze_panes == "C4", f"{month}: freeze panes {ws.freeze_panes}")
    again = os.path.join(tmp, "again.xlsx")
    run(env, "report", "monthly", "--month", "2016-12", "--out", again, "--created", "2017-01-05")
    check(open(again, "rb").read() == open(os.path.join(tmp, "m-2016-12.xlsx"), "rb").read(), "not byte-identical")

    # The projects' notice as a workbook and as CSV: the printed json's figures, the notice lines.
    for stage in ("start", "end"):
        want = json.loads(run(env, "report", "disclosure", "--projects", "--stage", stage, "--year", "2016", "--as-of",
                              "2016-12-31", "--format", "json"))
        nx = os.path.join(tmp, f"n-{stage}.xlsx")
        said = run(env, "report", "disclosure", "--projects", "--stage", stage, "--year", "2016", "--as-of", "2016-12-31",
                   "--out", nx, "--from", "2017-01-05", "--created", "2017-01-05")
        check(said == f"已写出 {nx}\n", f"{stage}: says {said!r}")
        nw, nwv = openpyxl.load_workbook(nx), openpyxl.load_workbook(nx, data_only=True)
        check(nw.sheetnames == ["项目公示"], f"{stage}: sheets {nw.sheetnames}")
        ws, wsv = nw.worksheets[0], nwv.worksheets[0]
        check(ws["A1"].value == want["title"], f"{stage}: title {ws['A1'].value}")
        headers = [c.value for c in ws[3]]
        check(headers[:9] == ["序号", "项目编号", "项目名称", "建设地点", "建设内容", "计划投资(万元)", "其中财政资金(万元)",
                              "已支付(万元)", "资金来源（文号及已支付金额）"], f"{stage}: headers {headers}")
        got = {r[1]: r for r in wsv.iter_rows(min_row=4, values_only=True) if r[1] and r[1].startswith("PL")}
        check(sorted(got) == [r["project_id"] for r in want["rows"]], f"{stage}: projects {sorted(got)}")
        for r in want["rows"]:
            g = got.get(r["project_id"])
            for key, col in (("investment", 5), ("fiscal_share", 6), ("paid", 7)):
                check(g and fen_of_cell(g[col]) == fen_of_yuan(r[key]), f"{stage} {r['project_id']} {key}")
            check(g and g[11] == r["beneficiary_households"], f"{stage} {r['project_id']} households")
        lines = [c.value for row in ws.iter_rows(max_col=1) for c in row if isinstance(c.value, str)]
        check("公示期：2017-01-05 至 2017-01-14（10 天）" in lines, f"{stage}: 公示期 {lines[-6:]}")
        check(any("12317" in t for t in lines) and "公示单位：平利县财政局" in lines, f"{stage}: notice lines {lines[-6:]}")
        nc = os.path.join(tmp, f"n-{stage}.csv")
        run(env, "report", "disclosure", "--projects", "--stage", stage, "--year", "2016", "--as-of", "2016-12-31",
            "--out", nc, "--from", "2017-01-05")
        text = open(nc, encoding="utf-8-sig").read()
        table = list(csv.reader(io.StringIO(text)))
        check(table[0][5] == "计划投资(万元)" and [r[1] for r in table[1:1 + len(want["rows"])]] ==
              [r["project_id"] for r in want["rows"]], f"{stage}: csv {table[:2]}")
        check("公示期：2017-01-05 至 2017-01-14（10 天）" in text and "12317" in text, f"{stage}: csv notice lines")
        check(not os.path.exists(os.path.join(tmp, f"n-{stage}.households.csv")), "a households file for projects")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("ok")
