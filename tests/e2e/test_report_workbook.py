#!/usr/bin/python3
"""The monthly workbook and the public notice, opened with a real reader (openpyxl).

Checks: the sheets; every money cell × 10^6 is the ledger's fen (values equal `balance` JSON);
totals are SUM formulas with cached values; the charts are in the file; --created makes the
output byte-identical; user text that looks like a formula stays a string; names and ID numbers
are masked in the disclosure.
argv: BINARY ROOT
"""
import json, os, re, subprocess, sys, tempfile, zipfile
from decimal import Decimal

import openpyxl

BIN, ROOT = sys.argv[1], sys.argv[2]
EX = os.path.join(ROOT, "examples", "shangzhou-2017")
failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)


def run(env, *args, rc=0):
    p = subprocess.run([BIN, *args], env=env, capture_output=True, text=True)
    if p.returncode != rc:
        raise SystemExit(f"{args}: exit {p.returncode} (expected {rc})\n{p.stdout}\n{p.stderr}")
    return p.stdout


def fen_of_cell(v):
    # A 万元 cell: value × 10^6 is the fen, exactly.
    return int(round(Decimal(repr(float(v))) * 1000000))


def fen_of_yuan(s):
    return int(Decimal(s) * 100)


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, FUNDLEDGER_DB=os.path.join(tmp, "l.db"), FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="clerk")
    run(env, "init")
    for kind, f in [("households", "households.csv"), ("sources", "sources.csv"), ("budget", "budget.toml"),
                    ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv")]:
        run(env, "import", kind, os.path.join(EX, f))
    # Formula-injection inputs: a household (payee) named =HYPERLINK("x"), one named +1, a town
    # named +1, a source named =HYPERLINK("x").
    with open(os.path.join(tmp, "h.csv"), "w", encoding="utf-8") as f:
        f.write('household_id,head_name,id_number,town,village,members,registered\n'
                'X-1,"=HYPERLINK(""x"")",610102199001011234,+1,@村,1,yes\nX-2,+1,610102199001011234,大荆镇,南村,1,yes\n')
    with open(os.path.join(tmp, "s.csv"), "w", encoding="utf-8") as f:
        f.write('doc_no,fiscal_year,category,name,amount,received_on\nINJ-1,2017,social,"=HYPERLINK(""x"")",100,2017-11-01\n')
    with open(os.path.join(tmp, "a.csv"), "w", encoding="utf-8") as f:
        f.write('voucher,date,source_doc,earmark,amount,town,project\nINJ-A1,2017-11-02,INJ-1,OTHER,100,+1,"=1+1"\n')
    with open(os.path.join(tmp, "d.csv"), "w", encoding="utf-8") as f:
        f.write('voucher,date,earmark,amount,payee_id,payee_name,payee_kind,town,village,project,source_doc\n'
                'INJ-D1,2017-11-03,OTHER,60,X-1,"=HYPERLINK(""x"")",household,+1,@村,"=1+1",INJ-1\n'
                'INJ-D2,2017-11-04,OTHER,40,X-2,+1,household,大荆镇,南村,+1,INJ-1\n')
    for kind, f in [("households", "h.csv"), ("sources", "s.csv"), ("allocations", "a.csv"), ("disbursements", "d.csv")]:
        run(env, "import", kind, os.path.join(tmp, f))

    out = os.path.join(tmp, "m.xlsx")
    run(env, "report", "monthly", "--month", "2017-12", "--out", out, "--created", "2018-01-05")
    wb = openpyxl.load_workbook(out)
    wbv = openpyxl.load_workbook(out, data_only=True)
    check(wb.sheetnames == ["汇总", "资金来源", "预算执行", "乡镇进度", "预警", "资金流向", "图表"], f"sheets: {wb.sheetnames}")

    def rows(ws):
        # data rows start at row 4 (title, unit line, header)
        return [[c.value for c in r] for r in ws.iter_rows(min_row=4)]

    def header(ws):
        return [c.value for c in ws[3]]

    # 预算执行 == balance --by earmark --year 2017
    bal = json.loads(run(env, "balance", "--by", "earmark", "--year", "2017", "--as-of", "2017-12-31", "--format", "json"))
    ws, wsv = wb["预算执行"], wbv["预算执行"]
    h = header(ws)
    check(h[:3] == ["用途代码", "专项用途", "预算(万元)"], f"execution header {h}")
    data = {r[0]: r for r in rows(wsv) if r[0] and r[0] in {b["key"] for b in bal["rows"]}}
    check(len(data) == len(bal["rows"]) == 8, f"execution rows {len(data)}")
    ib, ial, iy, iav = h.index("预算(万元)"), h.index("已分配(万元)"), h.index("累计支出(万元)"), h.index("可用余额(万元)")
    for b in bal["rows"]:
        r = data[b["key"]]
        for col, key in [(ib, "budget"), (ial, "allocated"), (iy, "disbursed"), (iav, "available")]:
            check(fen_of_cell(r[col]) == fen_of_yuan(b[key]), f"execution {b['key']} {key}: {r[col]} vs {b[key]}")
    # The total row: formulas with cached values equal to the balance total.
    total_row = next(i for i, r in enumerate(rows(ws)) if r[0] == "合计") + 4
    f = ws.cell(row=total_row, column=iy + 1).value
    check(isinstance(f, str) and f.startswith("=SUM("), f"execution total is not a formula: {f!r}")
    v = wsv.cell(row=total_row, column=iy + 1).value
    check(fen_of_cell(v) == fen_of_yuan(bal["total"]["disbursed"]), f"execution total cached {v} vs {bal['total']['disbursed']}")
    check(len(ws.conditional_formatting) >= 1, "execution has no conditional formatting")
    check(ws.freeze_panes == "B4", f"freeze panes {ws.freeze_panes}")
    check(ws.page_setup.orientation == "landscape", "not landscape")
    check(ws.print_title_rows in ("1:3", "$1:$3"), f"print titles {ws.print_title_rows}")

    # 资金来源 == balance --by source --year 2017
    bal = json.loads(run(env, "balance", "--by", "source", "--year", "2017", "--as-of", "2017-12-31", "--format", "json"))
    wsv = wbv["资金来源"]
    h = header(wb["资金来源"])
    data = {r[0]: r for r in rows(wsv)}
    for b in bal["rows"]:
        r = data.get(b["key"])
        check(r is not None, f"source {b['key']} missing")
        if r:
            for key, name in [("amount", "金额(万元)"), ("allocated", "已分配(万元)"), ("disbursed", "已支出(万元)")]:
                check(fen_of_cell(r[h.index(name)]) == fen_of_yuan(b[key]), f"source {b['key']} {key}")
    # 汇总 == balance --by category --year 2017 (amount, paid year to date)
    bal = json.loads(run(env, "balance", "--by", "category", "--year", "2017", "--as-of", "2017-12-31", "--format", "json"))
    ws, wsv = wb["汇总"], wbv["汇总"]
    h = header(ws)
    body = rows(wsv)
    tot = next(r for r in body if r[0] == "合计")
    check(fen_of_cell(tot[h.index("全年资金(万元)")]) == fen_of_yuan(bal["total"]["amount"]), "summary total amount")
    check(fen_of_cell(tot[h.index("累计支出(万元)")]) == fen_of_yuan(bal["total"]["disbursed"]), "summary total paid")
    trow = next(i for i, r in enumerate(rows(ws)) if r[0] == "合计") + 4
    for c in range(2, len(h) + 1):
        val = ws.cell(row=trow, column=c).value
        check(isinstance(val, str) and val.startswith("="), f"summary total column {c} is not a formula: {val!r}")
    texts = [c for r in body for c in r if isinstance(c, str)]
    check(any("大写" in t and "人民币玖亿贰仟万零壹佰元整" in t for t in texts), "summary lacks the grand total in 大写")

    # Formula injection: the source named =HYPERLINK("x") and the town +1 stay strings.
    src = [r for r in rows(wb["资金来源"]) if r[0] == "INJ-1"]
    check(src and src[0][2] == '=HYPERLINK("x")', f"source name: {src}")
    town = [r for r in rows(wb["乡镇进度"]) if r[0] == "+1"]
    check(bool(town), "town +1 missing or not text")
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        check(sum(n.startswith("xl/charts/chart") for n in names) == 3, f"charts: {[n for n in names if 'chart' in n]}")
        charts = "".join(z.read(n).decode() for n in names if n.startswith("xl/charts/chart"))
        for kind in ("c:barChart", "c:pieChart", "c:lineChart"):
            check(kind in charts, f"no {kind}")
        sheets = "".join(z.read(n).decode() for n in names if n.startswith("xl/worksheets/sheet"))
        check("HYPERLINK" not in sheets, "a user's text was written as a formula")
    # Printed, each of the three charts has a page to itself: page breaks above the second and
    # third charts (anchored at rows 23 and 44), and no repeated title rows on that sheet (the first
    # chart starts beside them and was printed again, cut, at the top of the other pages).
    wc = wb["图表"]
    check(sorted(b.id for b in wc.row_breaks.brk) == [21, 42], f"图表 page breaks {[b.id for b in wc.row_breaks.brk]}")
    check(not wc.print_title_rows, f"图表 repeats rows {wc.print_title_rows}")
    with zipfile.ZipFile(out) as z:
        drawing = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/drawings/drawing"))
    spans = sorted(zip(map(int, re.findall(r"<xdr:from><xdr:col>\d+</xdr:col><xdr:colOff>\d+</xdr:colOff><xdr:row>(\d+)</xdr:row>", drawing)),
                       map(int, re.findall(r"<xdr:to><xdr:col>\d+</xdr:col><xdr:colOff>\d+</xdr:colOff><xdr:row>(\d+)</xdr:row>", drawing))))
    pages = [(0, 21), (21, 42), (42, 10**6)]  # 0-based rows of each printed page
    check(len(spans) == 3 and all(lo <= a and b < hi for (a, b), (lo, hi) in zip(spans, pages)),
          f"charts span rows {spans}: one of them crosses a page break")

    # Byte-identical with the same --created; different without it.
    out2 = os.path.join(tmp, "m2.xlsx")
    run(env, "report", "monthly", "--month", "2017-12", "--out", out2, "--created", "2018-01-05")
    check(open(out, "rb").read() == open(out2, "rb").read(), "same --created gives different bytes")
    out3 = os.path.join(tmp, "m3.xlsx")
    run(env, "report", "monthly", "--month", "2017-12", "--out", out3, "--created", "2018-02-01")
    check(open(out, "rb").read() != open(out3, "rb").read(), "--created is not written")

    # English and a month that is odd (no two-month ranking).
    out4 = os.path.join(tmp, "en.xlsx")
    said = run(env, "report", "monthly", "--month", "2017-11", "--out", out4, "--lang", "en")
    check(said == f"wrote {out4}\n", f"report monthly --lang en says {said!r}")
    wb4 = openpyxl.load_workbook(out4)
    check(wb4.sheetnames[0] == "Summary", f"english sheets {wb4.sheetnames}")
    check("Two-month rank" not in header(wb4["Towns"]), "odd month has the two-month ranking")
    check("两月考核排名" in header(wb["乡镇进度"]), "even month lacks the two-month ranking")

    # Disclosure: masked names and ID numbers; =HYPERLINK stays a string.
    dx = os.path.join(tmp, "d.xlsx")
    said = run(env, "report", "disclosure", "--year", "2017", "--out", dx)
    check(said == f"已写出 {dx}\n", f"report disclosure says {said!r}")
    wd = openpyxl.load_workbook(dx)
    check(header(wd.worksheets[0]) == ["序号", "项目名称", "资金来源", "投资规模(万元)", "建设地点", "建设内容", "责任单位"],
          f"disclosure header {header(wd.worksheets[0])}")
    hh = rows(wd.worksheets[1])
    names_ = [r[1] for r in hh if r[0] is not None and r[1]]
    check("李*华" in names_, f"masked names {names_}")
    check("李建华" not in names_, "a name is not masked")
    check('=*************)' in names_ and "+*" in names_, f"injection names {names_}")
    ids = [r[2] for r in hh if r[2]]
    check(all(len(i) == 18 and i[3:14] == "*" * 11 for i in ids), f"ID numbers {ids}")
    check("611***********1019" in ids, "ID mask")
    proj = [r[1] for r in rows(wd.worksheets[0])]
    check("=1+1" in proj, f"project =1+1 is not text: {proj}")
    with zipfile.ZipFile(dx) as z:
        allxml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
        check("611090196305171019" not in allxml and "李建华" not in allxml, "personal data leaked into the disclosure")
    dc = os.path.join(tmp, "d.csv")
    said = run(env, "report", "disclosure", "--year", "2017", "--out", dc, "--format", "json")
    check(json.loads(said) == {"wrote": [dc, os.path.join(tmp, "d.households.csv")]}, f"disclosure csv, json: {said!r}")
    hcsv = open(os.path.join(tmp, "d.households.csv"), encoding="utf-8-sig").read()
    check("'=*************)" in hcsv and "李*华" in hcsv and "李建华" not in hcsv, "disclosure csv")

    # Bad input: exit 2, nothing written.
    bad = os.path.join(tmp, "bad.xlsx")
    run(env, "report", "monthly", "--month", "2017-13", "--out", bad, rc=2)
    run(env, "report", "monthly", "--month", "2017-12", "--out", os.path.join(tmp, "x.txt"), rc=2)
    check(not os.path.exists(bad), "a workbook was written for a bad month")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("ok")
