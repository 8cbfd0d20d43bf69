"""Workbooks made from the example CSV files, as a clerk's Excel holds them (tests/e2e/
test_xlsx_import.py; also how tests/e2e/xlsx_fixtures/*.xls were made, through LibreOffice):
Chinese headers, amounts as number cells (5000万 -> 50000000), dates as date cells, years, counts
and terms as whole numbers, yes/no as boolean cells, every other value as text (ID numbers too)."""
import csv
import datetime
import re
from decimal import Decimal

import openpyxl

ALIASES = {
    "doc_no": "文号", "fiscal_year": "年度", "category": "类别", "name": "名称", "amount": "金额",
    "received_on": "到账日期", "level": "级次", "restricted_to": "限定用途", "note": "备注",
    "household_id": "户编号", "head_name": "户主姓名", "id_number": "身份证号", "town": "镇", "village": "村",
    "members": "人口", "registered": "建档立卡", "poverty_cause": "致贫原因",
    "voucher": "凭证号", "date": "日期", "source_doc": "来源文号", "earmark": "用途代码", "project": "项目",
    "payee_id": "收款人编号", "payee_name": "收款人", "payee_kind": "收款人类型",
    "loan_id": "贷款编号", "product": "产品", "bank": "银行", "principal": "本金", "annual_rate": "年利率",
    "start_date": "放款日期", "term_months": "期限(月)", "purpose": "用途", "overdue_since": "逾期日期",
    "repaid_on": "结清日期", "written_off_on": "核销日期",
}
MONEY = {"amount", "principal"}
DATES = {"received_on", "date", "start_date", "overdue_since", "repaid_on", "written_off_on"}
WHOLE = {"fiscal_year", "members", "term_months"}
BOOLEAN = {"registered"}
UNITS = {"万": Decimal(10000), "亿": Decimal(100000000)}


def money_number(text):
    """'5000万' -> 50000000, '6,000,000.00' -> 6000000, '1.2亿' -> 120000000 (int when whole)."""
    t = text.replace(",", "").replace("元", "")
    factor = Decimal(1)
    if t and t[-1] in UNITS:
        factor, t = UNITS[t[-1]], t[:-1]
    d = Decimal(t) * factor
    return int(d) if d == d.to_integral_value() else float(d)


def cell_value(column, text):
    if text == "":
        return None
    if column in MONEY:
        return money_number(text)
    if column in DATES:
        y, m, d = (int(x) for x in re.split(r"[-/]", text))
        return datetime.date(y, m, d)
    if column in WHOLE:
        return int(text)
    if column in BOOLEAN:
        return {"yes": True, "no": False}.get(text, text)
    if column == "annual_rate" and text.endswith("%"):
        return float(Decimal(text[:-1]) / 100)
    return text


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write_sheet(ws, header, rows):
    ws.append([ALIASES.get(h, h) for h in header])
    for r in rows:
        ws.append([cell_value(h, v) for h, v in zip(header, r)])
    for col, h in enumerate(header, 1):
        if h in DATES:
            for row in range(2, len(rows) + 2):
                ws.cell(row=row, column=col).number_format = "yyyy-mm-dd"


def csv_to_xlsx(csv_path, xlsx_path, title="Sheet1", before=None):
    """The CSV file as a workbook whose sheet `title` holds it; `before`: sheets (title, rows) first."""
    header, rows = read_csv(csv_path)
    wb = openpyxl.Workbook()
    first = wb.active
    for name, content in before or []:
        ws = first if first is not None else wb.create_sheet()
        first = None
        ws.title = name
        for r in content:
            ws.append(r)
    ws = first if first is not None else wb.create_sheet()
    ws.title = title
    write_sheet(ws, header, rows)
    wb.save(xlsx_path)
    return header
