#!/usr/bin/python3
"""`templates --out DIR` (issue 15): a blank template of every input kind, as .xlsx and .csv, and
budget and rules TOML, made from the readers' own column definitions.

Checks, on the real binary: every CSV template (and budget.toml, rules.toml) imports into a fresh
ledger in dependency order, one row each, and `check` and `verify` pass on the result, in zh (Chinese
headers and names) and en (English names and codes); every workbook opens with openpyxl, its first
sheet's header row equals the CSV's, coded columns have list validations whose values are the
allowed ones, amount cells are `#,##0.00`, date cells `yyyy-mm-dd` dates, the header row is frozen,
and a 说明 sheet describes each column. A folder that does not exist: exit 2 naming it, nothing
written. Source categories accept their common Chinese names; `import --help` lists them.

usage: test_templates.py BINARY REPO_ROOT
"""
import csv
import datetime
import io
import json
import os
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

try:
    import openpyxl
except ImportError:
    print("openpyxl missing")
    sys.exit(77)

BIN = os.path.abspath(sys.argv[1])
CSV_KINDS = ["households", "sources", "allocations", "disbursements", "corrections", "loans", "interest-claims", "projects",
             "project-status", "contracts", "targets", "results", "assets", "asset-income", "classes"]
# Dependency order: who is paid must be registered; what is allocated must be received and budgeted.
ORDER = [("classes", "csv"), ("households", "csv"), ("sources", "csv"), ("budget", "toml"), ("rules", "toml"),
         ("allocations", "csv"), ("disbursements", "csv"), ("corrections", "csv"), ("loans", "csv"),
         ("interest-claims", "csv"), ("projects", "csv"), ("project-status", "csv"),
         ("project-status", "later-steps"), ("contracts", "csv"),
         ("targets", "csv"), ("results", "csv"), ("assets", "csv"), ("asset-income", "csv")]
# The status template shows a project's first step; an asset is recorded once its project is completed.
LATER_STEPS = ("project_id,status,date,year,doc_no\n"
               "XM2025-001,town_reviewed,2025-01-20,,S2\nXM2025-001,approved,2025-01-25,,S3\n"
               "XM2025-001,planned,2025-02-10,2025,S4\nXM2025-001,started,2025-03-01,,S5\n"
               "XM2025-001,completed,2025-09-30,,S6\n")
CODED = {"classes": ["scheme"], "sources": ["category", "level", "fund_nature", "direct"], "households": ["registered"], "disbursements": ["payee_kind"],
         "corrections": ["kind"], "loans": ["product"], "projects": ["category", "nature"],
         "project-status": ["status"], "targets": ["kind", "sub_kind", "direction"], "assets": ["type", "owner"]}
AMOUNTS = ("amount", "principal", "investment", "fiscal_share", "interest", "penalty")
DATES = ("date", "received_on", "start_date", "planned_start", "planned_end", "signed_on", "registered_on",
         "period_from", "period_to")


def csv_rows(path):
    data = open(path, "rb").read()
    assert data.startswith(b"\xef\xbb\xbf"), f"{path}: no BOM"
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))


def check_imports(t, tmp, d, lang):
    db = os.path.join(tmp, f"fresh-{lang}.db")
    env = {"FUNDLEDGER_LANG": lang}
    t.check(fixture.run(BIN, db, "init", extra_env=env).returncode == 0, "init")
    with open(os.path.join(d, "project-status.later-steps"), "w", encoding="utf-8") as f:
        f.write(LATER_STEPS)
    for kind, ext in ORDER:
        r = fixture.run(BIN, db, "--format", "json", "import", kind, os.path.join(d, f"{kind}.{ext}"), extra_env=env)
        ok = r.returncode == 0 and json.loads(r.stdout or "{}").get("added", 0) >= 1
        t.check(ok, f"{lang}: import {kind}.{ext}: exit {r.returncode} {r.stdout[:200]} {r.stderr[:400]}")
    r = fixture.run(BIN, db, "check", "--as-of", "2025-12-31", extra_env=env)
    t.check(r.returncode == 0, f"{lang}: check on the templates' rows: {r.returncode} {r.stdout[-400:]}")
    code, doc = fixture.verify_json(BIN, db)
    t.check(code == 0 and doc.get("ok"), f"{lang}: verify: {code} {doc}")
    r = fixture.run(BIN, db, "--format", "json", "balance", "--by", "earmark", "--year", "2025", extra_env=env)
    rows = {row["key"]: row for row in json.loads(r.stdout)["rows"]}
    # 200000.00 allocated; 5000.00 paid less the 1000.00 recovered.
    t.check(rows.get("INDUSTRY", {}).get("allocated") == "200000.00" and rows["INDUSTRY"].get("disbursed") == "4000.00",
            f"{lang}: INDUSTRY balance {rows.get('INDUSTRY')}")


def check_workbook(t, d, kind):
    path = os.path.join(d, f"{kind}.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header, example = csv_rows(os.path.join(d, f"{kind}.csv"))
    cells = [c.value for c in ws[1]]
    t.check(cells == header, f"{kind}.xlsx: headers {cells} != csv {header}")
    t.check(ws.freeze_panes == "A2", f"{kind}.xlsx: header row not frozen ({ws.freeze_panes})")
    t.check("说明" in wb.sheetnames, f"{kind}.xlsx: no 说明 sheet in {wb.sheetnames}")
    explain = wb["说明"]
    described = [explain.cell(row=i + 2, column=1).value for i in range(len(header))]
    t.check(described == header, f"{kind}.xlsx: 说明 lists {described}")
    names = [explain.cell(row=i + 2, column=2).value for i in range(len(header))]
    validations = ws.data_validations.dataValidation
    for name in CODED.get(kind, []):
        col = openpyxl.utils.get_column_letter(names.index(name) + 1)
        dv = [v for v in validations if f"{col}2" in v.sqref]
        t.check(len(dv) == 1 and dv[0].type == "list", f"{kind}.xlsx: no list validation on {name} ({col})")
        if dv:
            sheet, rng = dv[0].formula1.lstrip("=").split("!")
            lists = wb[sheet.strip("'")]
            values = [c[0].value for c in lists[rng.replace("$", "")]]
            allowed = explain.cell(row=names.index(name) + 2, column=5).value
            t.check(all(v in allowed for v in values) and len(values) >= 2, f"{kind}.xlsx: {name} list {values}")
            t.check(example[names.index(name)] in values, f"{kind}.xlsx: example {example[names.index(name)]} not in {values}")
    for i, name in enumerate(names):
        cell = ws.cell(row=2, column=i + 1)
        if (name in AMOUNTS or (kind == "assets" and name == "value")) and example[i]:
            t.check(cell.number_format == "#,##0.00" and f"{cell.value:.2f}" == example[i],
                    f"{kind}.xlsx: amount cell {cell.value!r} {cell.number_format}")
        if name in DATES and example[i]:
            t.check(isinstance(cell.value, datetime.datetime) and cell.number_format == "yyyy-mm-dd"
                    and cell.value.strftime("%Y-%m-%d") == example[i], f"{kind}.xlsx: date cell {cell.value!r}")
        width = ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width
        t.check(width and width >= len(header[i].encode("gbk")), f"{kind}.xlsx: column {name} width {width}")


def main():
    t = fixture.Failures("templates")
    with tempfile.TemporaryDirectory() as tmp:
        missing = os.path.join(tmp, "no-such-folder")
        r = fixture.run(BIN, os.path.join(tmp, "x.db"), "templates", "--out", missing, extra_env={"FUNDLEDGER_LANG": "zh"})
        t.check(r.returncode == 2 and missing in r.stderr and "不存在" in r.stderr, f"missing folder: {r.returncode} {r.stderr}")
        t.check(not os.path.exists(missing), "a missing folder was created")
        for lang in ("zh", "en"):
            d = os.path.join(tmp, lang)
            os.mkdir(d)
            r = fixture.run(BIN, os.path.join(tmp, "x.db"), "templates", "--out", d, extra_env={"FUNDLEDGER_LANG": lang})
            t.check(r.returncode == 0, f"templates {lang}: {r.returncode} {r.stderr}")
            want = sorted([f"{k}.csv" for k in CSV_KINDS] + [f"{k}.xlsx" for k in CSV_KINDS] + ["budget.toml", "rules.toml"])
            t.check(sorted(os.listdir(d)) == want, f"{lang}: files {sorted(os.listdir(d))}")
            t.check(r.stdout.count("\n") == len(want), f"{lang}: stdout {r.stdout!r}")
            check_imports(t, tmp, d, lang)
        for kind in CSV_KINDS:
            check_workbook(t, os.path.join(tmp, "zh"), kind)
        zh_header = csv_rows(os.path.join(tmp, "zh", "sources.csv"))[0]
        t.check(zh_header[:3] == ["文号", "年度", "类别"], f"zh headers {zh_header}")
        en_header = csv_rows(os.path.join(tmp, "en", "sources.csv"))[0]
        t.check(en_header[:3] == ["doc_no", "fiscal_year", "category"], f"en headers {en_header}")
        check_category_names(t, tmp)
    t.finish()


def check_category_names(t, tmp):
    db = os.path.join(tmp, "names.db")
    fixture.run(BIN, db, "init")
    names = {"中央": "central_provincial", "省级": "central_provincial", "市级": "upper_other",
             "县级自筹": "county_self", "统筹整合": "sector_integrated", "政策贷款": "policy_loan",
             "5321": "microcredit", "社会帮扶": "social", "互助资金": "mutual_aid"}
    path = os.path.join(tmp, "names.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("文号,年度,类别,名称,金额,到账日期\n")
        for i, name in enumerate(names):
            f.write(f"D{i},2025,{name},n{i},{i + 1}00,2025-01-0{i + 1}\n")
    r = fixture.run(BIN, db, "import", "sources", path)
    t.check(r.returncode == 0, f"category names: {r.returncode} {r.stderr}")
    r = fixture.run(BIN, db, "--format", "json", "trace", "--source", "D6")
    t.check(r.returncode == 0 and json.loads(r.stdout)["category"] == "microcredit", f"5321: {r.stdout[:200]}")
    for i, code in enumerate(names.values()):
        r = fixture.run(BIN, db, "--format", "json", "trace", "--source", f"D{i}")
        t.check(json.loads(r.stdout or "{}").get("category") == code, f"D{i}: {r.stdout[:120]} want {code}")
    bad = os.path.join(tmp, "bad.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("文号,年度,类别,名称,金额,到账日期\nX1,2025,外星资金,n,100,2025-01-01\n")
    before = fixture.digest(db)
    r = fixture.run(BIN, db, "import", "sources", bad, extra_env={"FUNDLEDGER_LANG": "zh"})
    t.check(r.returncode == 2 and "bad.csv:2:" in r.stderr and "外星资金" in r.stderr, f"unknown category: {r.stderr}")
    t.check(fixture.digest(db) == before, "a refused import changed the ledger")
    r = fixture.run(BIN, db, "import", "--help", extra_env={"FUNDLEDGER_LANG": "zh"})
    for needle in ("central_provincial", "县级自筹", "统筹整合", "household 农户", "microcredit", "templates --out"):
        t.check(needle in r.stdout, f"import --help lacks {needle}")
    # The alias table's categories are the ledger's: every code with its name, in the schema's order.
    listed = [line.split()[:2] for line in r.stdout.splitlines() if "（也可写：" in line]
    listed = [[code, name.split("（")[0]] for code, name in listed]
    schema = [list(row) for row in fixture.query(db, "SELECT code, name_zh FROM category ORDER BY seq")]
    t.check(listed == schema, f"import --help categories {listed} != the ledger's {schema}")


if __name__ == "__main__":
    main()
