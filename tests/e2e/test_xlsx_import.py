#!/usr/bin/python3
"""Files from Excel (issue 15): `import KIND FILE.xlsx` / `.xls` reads the first sheet (or
`--sheet NAME`) with the CSV path's headers, types and errors, errors located `FILE:SHEET!C4:`.

* Equivalence: the shangzhou-2017 example (sources, households, allocations, disbursements) and
  pingli-2016's loans, turned into workbooks as a clerk's Excel holds them (Chinese headers, amounts
  as number cells, dates as date cells, yes/no as booleans; tests/e2e/xlsx_fixture.py), import into
  exactly the ledger the CSV files give: every `balance --by KEY`, `loans --by household` and
  `verify` compared.
* The committed .xls (tests/e2e/xlsx_fixtures/sources.xls, made from the same workbook by
  LibreOffice) imports the same sources as sources.csv.
* Sheets: the first by default, `--sheet` another; an unknown sheet names the sheets there are;
  `--sheet` on a CSV file or a TOML kind is a usage error.
* Refusals, each exit 2 with the ledger byte-identical: a number cell with three decimals (at its
  cell, "finer than a fen", under en and zh), text in a date column, an error value (#N/A), a
  formula without a cached result, a number Excel has cut to 15 digits, a damaged .xlsx (random bytes; a truncated zip), a damaged .xls.
* Rows whose cells are all empty are skipped.

usage: test_xlsx_import.py BINARY REPO_ROOT
"""
import json
import os
import re
import sys
import tempfile

import openpyxl

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture  # noqa: E402
import xlsx_fixture  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
SHANGZHOU = os.path.join(ROOT, "examples", "shangzhou-2017")
PINGLI = os.path.join(ROOT, "examples", "pingli-2016")
KINDS = ["sources", "households", "allocations", "disbursements"]
SHEET_NAMES = {"sources": "资金来源", "households": "农户", "allocations": "分配", "disbursements": "支付"}
BALANCE_KEYS = ["category", "source", "earmark", "town", "village", "project", "payee"]


def new_ledger(path):
    r = fixture.run(BIN, path, "init")
    assert r.returncode == 0, r.stderr
    return path


def imports(t, db, files, label):
    for kind, path in files:
        r = fixture.run(BIN, db, "import", kind, path)
        t.check(r.returncode == 0, f"{label}: import {kind} {os.path.basename(path)}: exit {r.returncode}: {r.stderr[-400:]}")


def snapshot(db, loans=False):
    out = {}
    for key in BALANCE_KEYS:
        r = fixture.run(BIN, db, "--format", "json", "balance", "--by", key, "--as-of", "2017-12-31")
        out[key] = json.loads(r.stdout) if r.returncode == 0 else r.stderr
    if loans:
        r = fixture.run(BIN, db, "--format", "json", "loans", "--by", "household", "--as-of", "2016-12-31")
        out["loans"] = json.loads(r.stdout) if r.returncode == 0 else r.stderr
    return out


def check_equivalence(t, tmp):
    csv_db, xlsx_db = new_ledger(os.path.join(tmp, "csv.db")), new_ledger(os.path.join(tmp, "xlsx.db"))
    budget = ("budget", os.path.join(SHANGZHOU, "budget.toml"))
    csv_files, xlsx_files = [], []
    for kind in KINDS:
        src = os.path.join(SHANGZHOU, f"{kind}.csv")
        book = os.path.join(tmp, f"{kind}.xlsx")
        xlsx_fixture.csv_to_xlsx(src, book, SHEET_NAMES[kind])
        csv_files.append((kind, src))
        xlsx_files.append((kind, book))
    csv_files.insert(2, budget)
    xlsx_files.insert(2, budget)
    imports(t, csv_db, csv_files, "csv")
    imports(t, xlsx_db, xlsx_files, "xlsx")
    a, b = snapshot(csv_db), snapshot(xlsx_db)
    for key in BALANCE_KEYS:
        t.check(isinstance(a[key], dict) and a[key] == b[key], f"balance --by {key}: csv {str(a[key])[:300]} != xlsx {str(b[key])[:300]}")
    code, doc = fixture.verify_json(BIN, xlsx_db)
    t.check(code == 0 and doc.get("ok") is True, f"verify of the xlsx ledger: {code} {doc}")
    # Importing the workbook again: every row recognised as already recorded.
    r = fixture.run(BIN, xlsx_db, "--format", "json", "import", "disbursements", xlsx_files[-1][1])
    t.check(r.returncode == 0 and json.loads(r.stdout or "{}").get("added") == 0, f"re-import: {r.stdout} {r.stderr[-300:]}")
    return xlsx_db


def check_loans(t, tmp):
    csv_db, xlsx_db = new_ledger(os.path.join(tmp, "lcsv.db")), new_ledger(os.path.join(tmp, "lxlsx.db"))
    hh, loans = os.path.join(tmp, "pl-households.xlsx"), os.path.join(tmp, "pl-loans.xlsx")
    xlsx_fixture.csv_to_xlsx(os.path.join(PINGLI, "households.csv"), hh, "农户")
    xlsx_fixture.csv_to_xlsx(os.path.join(PINGLI, "loans.csv"), loans, "贷款", before=[("说明", [["贷款台账"]])])
    imports(t, csv_db, [("households", os.path.join(PINGLI, "households.csv")), ("loans", os.path.join(PINGLI, "loans.csv"))], "loans csv")
    imports(t, xlsx_db, [("households", hh)], "loans xlsx")
    r = fixture.run(BIN, xlsx_db, "import", "loans", loans, "--sheet", "贷款")
    t.check(r.returncode == 0, f"import loans --sheet 贷款: exit {r.returncode}: {r.stderr[-400:]}")
    a, b = snapshot(csv_db, True)["loans"], snapshot(xlsx_db, True)["loans"]
    t.check(isinstance(a, dict) and a == b, f"loans --by household: csv {str(a)[:300]} != xlsx {str(b)[:300]}")


def check_xls(t, tmp):
    fixture_xls = os.path.join(ROOT, "tests", "e2e", "xlsx_fixtures", "sources.xls")
    csv_db, xls_db = new_ledger(os.path.join(tmp, "scsv.db")), new_ledger(os.path.join(tmp, "sxls.db"))
    imports(t, csv_db, [("sources", os.path.join(SHANGZHOU, "sources.csv"))], "xls csv")
    imports(t, xls_db, [("sources", fixture_xls)], "xls")
    for key in ("category", "source"):
        a = fixture.run(BIN, csv_db, "--format", "json", "balance", "--by", key).stdout
        b = fixture.run(BIN, xls_db, "--format", "json", "balance", "--by", key).stdout
        t.check(a == b and a, f".xls balance --by {key}: {a[:200]} != {b[:200]}")


def refused(t, db, label, args, wants, lang="en"):
    """The import is refused with exit 2, stderr holding each of `wants`, the ledger unchanged."""
    before = fixture.digest(db)
    r = fixture.run(BIN, db, "import", *args, extra_env={"FUNDLEDGER_LANG": lang})
    t.check(r.returncode == 2, f"{label}: exit {r.returncode}, expected 2: {r.stderr[-400:]}")
    for w in wants:
        t.check(w in r.stderr, f"{label}: stderr lacks {w!r}: {r.stderr[-600:]}")
    t.check(fixture.digest(db) == before, f"{label}: the ledger changed")
    return r


def sources_book(tmp, name, change=None, before=None):
    """sources.csv as a workbook (sheet 资金来源), after change(ws) on its sheet."""
    path = os.path.join(tmp, name)
    xlsx_fixture.csv_to_xlsx(os.path.join(SHANGZHOU, "sources.csv"), path, "资金来源", before)
    if change:
        wb = openpyxl.load_workbook(path)
        change(wb["资金来源"])
        wb.save(path)
    return path


def set_cell(ref, value, fmt=None):
    def change(ws):
        ws[ref] = value
        if fmt:
            ws[ref].number_format = fmt
    return change


def check_sheets(t, tmp):
    notes = [["说明"], ["本工作簿的第二张表是资金来源"]]
    book = sources_book(tmp, "two-sheets.xlsx", before=[("说明", notes)])
    db = new_ledger(os.path.join(tmp, "sheets.db"))
    # The first sheet (说明) has no header the import knows: refused, the sheet named.
    refused(t, db, "first sheet by default", ["sources", book], [f"{book}:说明!", "missing required column 'doc_no'"])
    refused(t, db, "unknown sheet", ["sources", book, "--sheet", "来源"],
            [f"{book}: error: the workbook has no sheet named '来源'; its sheets: 说明, 资金来源"])
    refused(t, db, "unknown sheet (zh)", ["sources", book, "--sheet", "来源"],
            [f"{book}: 错误: 工作簿中没有名为“来源”的工作表；现有工作表：说明、资金来源"], lang="zh")
    r = fixture.run(BIN, db, "import", "sources", book, "--sheet", "资金来源")
    t.check(r.returncode == 0 and "11 added" in r.stdout, f"--sheet 资金来源: {r.returncode} {r.stdout} {r.stderr[-300:]}")
    refused(t, db, "--sheet on a CSV file", ["sources", os.path.join(SHANGZHOU, "sources.csv"), "--sheet", "x"],
            ["--sheet applies to workbooks (.xlsx, .xls) only"])
    refused(t, db, "--sheet on a TOML kind", ["budget", os.path.join(SHANGZHOU, "budget.toml"), "--sheet", "x"],
            ["--sheet does not apply to budget: it is imported from a TOML file"])


def check_refusals(t, tmp):
    db = new_ledger(os.path.join(tmp, "bad.db"))
    # Row 4 is the third source; column E its amount (金额).
    book = sources_book(tmp, "fine.xlsx", set_cell("E4", 12.345))
    refused(t, db, "three decimals", ["sources", book],
            [f"{book}:资金来源!E4: error: column 'amount' (金额): invalid amount \"12.345\": finer than a fen"])
    refused(t, db, "three decimals (zh)", ["sources", book],
            [f"{book}:资金来源!E4: 错误: 列 'amount'（金额）：金额“12.345”无效：精确到分以下"], lang="zh")
    book = sources_book(tmp, "date-text.xlsx", set_cell("F3", "下个月"))
    refused(t, db, "text in a date column", ["sources", book],
            [f"{book}:资金来源!F3: error: column 'received_on' (到账日期):", "下个月"])
    book = sources_book(tmp, "na.xlsx", set_cell("E5", "#N/A"))
    refused(t, db, "an error value", ["sources", book], [f"{book}:资金来源!E5: error: the cell holds the error value #N/A"])
    book = sources_book(tmp, "digits.xlsx", set_cell("E6", 1234567890123456789))
    refused(t, db, "a number Excel cut", ["sources", book], [f"{book}:资金来源!E6: error: the number", "15 digits"])
    book = sources_book(tmp, "formula.xlsx", set_cell("E7", "=SUM(1,2)"))  # openpyxl stores no result
    refused(t, db, "a formula without its result", ["sources", book],
            [f"{book}:资金来源!E7: error: the cell is a formula without a computed value"])
    junk = os.path.join(tmp, "junk.xlsx")
    with open(junk, "wb") as f:
        f.write(os.urandom(3000))
    refused(t, db, "random bytes named .xlsx", ["sources", junk], [f"{junk}: error: not an .xlsx workbook"])
    good = sources_book(tmp, "good.xlsx")
    cut = os.path.join(tmp, "cut.xlsx")
    with open(good, "rb") as f, open(cut, "wb") as g:
        g.write(f.read()[:2000])
    refused(t, db, "a truncated .xlsx", ["sources", cut], [f"{cut}: error: "])
    refused(t, db, "a truncated .xlsx (zh)", ["sources", cut], [f"{cut}: 错误: "], lang="zh")
    bad_xls = os.path.join(tmp, "bad.xls")
    with open(bad_xls, "wb") as f:
        f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + os.urandom(4000))
    refused(t, db, "a damaged .xls", ["sources", bad_xls], [f"{bad_xls}: error: cannot read the .xls workbook"])


def check_empty_rows(t, tmp):
    def gaps(ws):
        ws.insert_rows(3, 2)  # two rows with nothing in them
        ws["A3"].number_format = "yyyy-mm-dd"  # a styled cell without a value
        ws["B4"] = "   "
        ws.append([])
        ws.append([None, None, None])
    book = sources_book(tmp, "gaps.xlsx", gaps)
    db = new_ledger(os.path.join(tmp, "gaps.db"))
    r = fixture.run(BIN, db, "import", "sources", book)
    t.check(r.returncode == 0 and "11 added" in r.stdout, f"empty rows: {r.returncode} {r.stdout} {r.stderr[-400:]}")
    # Counted as a CSV file's `,,,,` rows are: one warning at the first (A3 styled, B4 spaces).
    t.check(re.search(r"gaps\.xlsx:[^:]+!3: warning: skipped 2 entirely empty rows", r.stderr) is not None,
            f"empty rows not counted: {r.stderr[-400:]}")


HANDMADE = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "xl/workbook.xml": (
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/>'
        '<sheets><sheet name="来源" sheetId="1" r:id="rId7"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId7" Type="worksheet" Target="/xl/worksheets/data.xml"/></Relationships>'),
    "xl/sharedStrings.xml": (
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<si><t>文号</t></si><si><t>年度</t></si><si><t>类别</t></si><si><t>名称</t></si><si><t>金额</t></si>'
        '<si><r><t>到账</t></r><r><rPr><b/></rPr><t>日期</t></r><rPh sb="0" eb="2"><t>ダミー</t></rPh></si>'
        '<si><r><t>甲</t></r><r><t>乙_x000D_</t></r><rPh sb="0" eb="1"><t>コウ</t></rPh></si></sst>'),
    "xl/styles.xml": (
        '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
        '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="4"/></cellXfs></styleSheet>'),
    # Cells without r attributes (row 2), then a row with them; 2017-03-05 is 41337 in the 1904 system.
    "xl/worksheets/data.xml": (
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c>'
        '<c t="s"><v>4</v></c><c t="s"><v>5</v></c></row>'
        '<row><c t="inlineStr"><is><t>XLSX-1</t></is></c><c><v>2017</v></c><c t="str"><f>"county"&amp;"_self"</f>'
        '<v>county_self</v></c><c t="s"><v>6</v></c><c s="2"><f>SUM(1234,0.5)</f><v>1234.5</v></c>'
        '<c s="1"><v>41337</v></c></row>'
        '<row r="5"><c r="A5" t="inlineStr"><is><t>XLSX-2</t></is></c><c r="B5"><v>2017</v></c>'
        '<c r="C5" t="inlineStr"><is><t>county_self</t></is></c><c r="D5" t="inlineStr"><is><t>丙</t></is></c>'
        '<c r="E5"><v>100</v></c><c r="F5" s="1"><v>41337.75</v></c></row>'
        '</sheetData></worksheet>'),
}


def check_handmade(t, tmp):
    """A workbook as other programs write it: cells without r, inline and rich strings (phonetic
    runs left out, _x000D_ decoded), a formula's cached result, the 1904 date system, a custom date
    format, the sheet's part named by an absolute target."""
    import zipfile
    path = os.path.join(tmp, "handmade.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in HANDMADE.items():
            z.writestr(name, content)
    db = new_ledger(os.path.join(tmp, "handmade.db"))
    r = fixture.run(BIN, db, "import", "sources", path)
    t.check(r.returncode == 0 and "2 added" in r.stdout, f"handmade workbook: {r.returncode} {r.stdout} {r.stderr[-400:]}")
    rows = fixture.query(db, "SELECT doc_no, fiscal_year, category, name, amount, received_on FROM source ORDER BY doc_no")
    want = [("XLSX-1", 2017, "county_self", "甲乙", 123450, "2017-03-05"),
            ("XLSX-2", 2017, "county_self", "丙", 10000, "2017-03-05")]
    t.check(rows == want, f"handmade workbook rows: {rows} != {want}")


def main():
    t = fixture.Failures("xlsx-import")
    with tempfile.TemporaryDirectory() as tmp:
        check_equivalence(t, tmp)
        check_loans(t, tmp)
        check_xls(t, tmp)
        check_sheets(t, tmp)
        check_refusals(t, tmp)
        check_empty_rows(t, tmp)
        check_handmade(t, tmp)
    t.finish()


if __name__ == "__main__":
    main()
