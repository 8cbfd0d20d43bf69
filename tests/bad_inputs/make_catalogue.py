"""Writes the bad-input catalogue (tests/bad_inputs/) and its MANIFEST.tsv / GOOD.tsv.

Run from the repository root: /usr/bin/python3 tests/bad_inputs/make_catalogue.py tests/bad_inputs
The files are committed; this script documents how the binary ones (NUL bytes, GB18030, UTF-16,
a 1 MB field) were made and regenerates them. Expected lines/substrings were checked by hand.
"""
import os, sys
root = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
S_H = "doc_no,fiscal_year,category,name,amount,received_on,level,restricted_to,note\n"
S_OK = "测试〔2017〕1号,2017,county_self,测试资金,100万,2017-03-01,county,,\n"
H_H = "household_id,head_name,id_number,town,village,members,registered,poverty_cause\n"
H_OK = "T-001,测试户,,大荆镇,南村,3,yes,缺资金\n"
A_H = "voucher,date,fiscal_year,source_doc,earmark,amount,town,project,note\n"
A_OK = "T2017-A001,2017-06-01,2017,陕财办农〔2017〕3号,WALNUT,1万,,,\n"
D_H = "voucher,date,fiscal_year,earmark,amount,payee_id,payee_name,payee_kind,town,village,project,source_doc,note\n"
D_OK = "T2017-D001,2017-06-01,2017,WALNUT,100.00,SZ-001,李建华,household,大荆镇,南村,,,\n"
C_H = "voucher,date,kind,target,amount,to_earmark,reason\n"
files = {}   # path -> (bytes, line, substring)
def add(path, content, line, sub):
    if isinstance(content, str): content = content.encode('utf-8')
    files[path] = (content, line, sub)
def src(name, row, sub, line=3): add(f"sources/{name}.csv", S_H + S_OK + row, line, sub)
# ---------- sources
src("sub_fen", "测试〔2017〕2号,2017,county_self,测试,100.001,2017-03-01,county,,\n", "100.001")
src("sub_fen_wan", "测试〔2017〕2号,2017,county_self,测试,1.2345678万,2017-03-01,county,,\n", "1.2345678万")
src("overflow", "测试〔2017〕2号,2017,county_self,测试,10000000000000000,2017-03-01,county,,\n", "10000000000000000")
src("overflow_yi", "测试〔2017〕2号,2017,county_self,测试,20000000亿,2017-03-01,county,,\n", "20000000亿")
src("negative", "测试〔2017〕2号,2017,county_self,测试,-500,2017-03-01,county,,\n", "-500")
src("zero", "测试〔2017〕2号,2017,county_self,测试,0,2017-03-01,county,,\n", "positive")
src("bad_grouping", "测试〔2017〕2号,2017,county_self,测试,\"1,2345\",2017-03-01,county,,\n", "1,2345")
src("not_a_number", "测试〔2017〕2号,2017,county_self,测试,一百万,2017-03-01,county,,\n", "一百万")
src("feb_30", "测试〔2017〕2号,2017,county_self,测试,100,2017-02-30,county,,\n", "2017-02-30")
src("month_13", "测试〔2017〕2号,2017,county_self,测试,100,2017-13-01,county,,\n", "2017-13-01")
src("date_words", "测试〔2017〕2号,2017,county_self,测试,100,yesterday,county,,\n", "yesterday")
src("unknown_category", "测试〔2017〕2号,2017,lottery,测试,100,2017-03-01,county,,\n", "lottery")
src("unknown_level", "测试〔2017〕2号,2017,county_self,测试,100,2017-03-01,township,,\n", "township")
src("bad_fiscal_year", "测试〔2017〕2号,20x7,county_self,测试,100,2017-03-01,county,,\n", "20x7")
src("fiscal_year_1800", "测试〔2017〕2号,1800,county_self,测试,100,2017-03-01,county,,\n", "1800")
src("empty_name", "测试〔2017〕2号,2017,county_self,,100,2017-03-01,county,,\n", "name")
src("ragged_short", "测试〔2017〕2号,2017,county_self,测试,100\n", "fields")
src("ragged_long", "测试〔2017〕2号,2017,county_self,测试,100,2017-03-01,county,,,extra\n", "fields")
src("unbalanced_quote", "测试〔2017〕2号,2017,county_self,\"测试,100,2017-03-01,county,,\n", "quote")
src("quote_in_field", "测试〔2017〕2号,2017,county_self,测\"试,100,2017-03-01,county,,\n", "malformed CSV")
src("duplicate_key_in_file", "测试〔2017〕1号,2017,county_self,测试资金,200万,2017-03-01,county,,\n", "测试〔2017〕1号")
add("sources/duplicate_key_in_ledger.csv", S_H + "商财发〔2017〕6号,2017,county_self,2017年区级财政脱贫攻坚专项资金,5001万,2017-01-20,county,,\n", 2, "商财发〔2017〕6号")
add("sources/missing_column.csv", "doc_no,fiscal_year,category,name,received_on\n测试〔2017〕2号,2017,county_self,测试,2017-03-01\n", 1, "amount")
add("sources/duplicate_column.csv", "doc_no,fiscal_year,category,name,amount,金额,received_on\n测试〔2017〕2号,2017,county_self,测试,100,100,2017-03-01\n", 1, "twice")
add("sources/empty.csv", b"", 1, "empty")
add("sources/header_only.csv", S_H, 1, "no data rows")
add("sources/bom_header_only.csv", b"\xef\xbb\xbf" + S_H.encode(), 1, "no data rows")
add("sources/bom_bad_amount.csv", b"\xef\xbb\xbf" + (S_H + "测试〔2017〕2号,2017,county_self,测试,12.345,2017-03-01,county,,\n").encode(), 2, "12.345")
add("sources/nul_byte.csv", (S_H + S_OK).encode() + b"X\x00,2017,county_self,t,1,2017-03-01,county,,\n", 3, "NUL")
add("sources/utf16.csv", "\ufeff".encode('utf-16-le') + (S_H + S_OK).encode('utf-16-le'), 1, "UTF-16")
add("sources/gb18030_bad_amount.csv", (S_H + "测试〔2017〕2号,2017,county_self,测试资金,十万,2017-03-01,county,,\n").encode('gb18030'), 2, "十万")
add("sources/invalid_encoding.csv", (S_H + S_OK).encode() + b"X,2017,county_self,\x81\x20\xff\xfe,1,2017-03-01,county,,\n", 3, "81 20")
add("sources/field_1mb.csv", (S_H + S_OK + "测试〔2017〕2号,2017,county_self," + "长" * 350000 + ",100,2017-03-01,county,,\n"), 3, "longer than the limit")
add("sources/all_errors_reported.csv", S_H + "A1,2017,county_self,测试,1.001,2017-03-01,county,,\nA2,2017,nope,测试,100,2017-03-01,county,,\n", 3, "nope")
# ---------- households
def hh(name, row, sub, line=3): add(f"households/{name}.csv", H_H + H_OK + row, line, sub)
hh("registered_maybe", "T-002,测试户二,,大荆镇,南村,3,maybe,\n", "maybe")
hh("members_negative", "T-002,测试户二,,大荆镇,南村,-3,yes,\n", "-3")
hh("members_words", "T-002,测试户二,,大荆镇,南村,三口,yes,\n", "三口")
hh("empty_head_name", "T-002,,,大荆镇,南村,3,yes,\n", "head_name")
hh("empty_id", ",测试户二,,大荆镇,南村,3,yes,\n", "household_id")
hh("ragged", "T-002,测试户二,,大荆镇\n", "fields")
hh("unbalanced_quote", "T-002,\"测试户二,,大荆镇,南村,3,yes,\n", "quote")
hh("duplicate_key_in_file", "T-001,另一户,,大荆镇,南村,3,yes,\n", "T-001")
add("households/duplicate_key_in_ledger.csv", H_H + "SZ-001,李建国,611090196305171019,大荆镇,南村,4,yes,缺资金\n", 2, "SZ-001")
add("households/missing_town.csv", "household_id,head_name,village,registered\nT-002,测试,南村,yes\n", 1, "town")
add("households/empty.csv", b"", 1, "empty")
add("households/header_only.csv", H_H, 1, "no data rows")
add("households/nul_byte.csv", (H_H).encode() + b"T-002,\x00,,a,b,1,yes,\n", 2, "NUL")
# ---------- allocations
def al(name, row, sub, line=3): add(f"allocations/{name}.csv", A_H + A_OK + row, line, sub)
al("unknown_source", "T2017-A002,2017-06-01,2017,不存在〔2017〕1号,WALNUT,1万,,,\n", "不存在〔2017〕1号")
al("unknown_earmark", "T2017-A002,2017-06-01,2017,陕财办农〔2017〕3号,ROCKETS,1万,,,\n", "ROCKETS")
al("earmark_wrong_year", "T2017-A002,2018-06-01,2018,陕财办农〔2017〕3号,WALNUT,1万,,,\n", "WALNUT")
add("allocations/over_allocation_one_fen.csv", A_H + "T2017-A009,2017-06-01,2017,商财发〔2017〕6号,WALNUT,0.01,,,\n", 2, "商财发〔2017〕6号")
al("negative", "T2017-A002,2017-06-01,2017,陕财办农〔2017〕3号,WALNUT,-1万,,,\n", "-1万")
al("zero", "T2017-A002,2017-06-01,2017,陕财办农〔2017〕3号,WALNUT,0.00,,,\n", "positive")
al("sub_fen", "T2017-A002,2017-06-01,2017,陕财办农〔2017〕3号,WALNUT,0.005,,,\n", "0.005")
al("feb_29_2017", "T2017-A002,2017-02-29,2017,陕财办农〔2017〕3号,WALNUT,1万,,,\n", "2017-02-29")
add("allocations/duplicate_key_in_ledger.csv", A_H + "FP2017-A001,2017-02-10,2017,商财发〔2017〕6号,LOAN-SUBSIDY,999万,,扶贫贷款贴息,\n", 2, "FP2017-A001")
al("duplicate_key_in_file", "T2017-A001,2017-06-01,2017,陕财办农〔2017〕3号,WALNUT,2万,,,\n", "T2017-A001")
al("ragged", "T2017-A002,2017-06-01\n", "fields")
al("unbalanced_quote", "T2017-A002,2017-06-01,2017,\"陕财办农〔2017〕3号,WALNUT,1万,,,\n", "quote")
add("allocations/empty.csv", b"", 1, "empty")
add("allocations/header_only.csv", A_H, 1, "no data rows")
add("allocations/missing_earmark_column.csv", "voucher,date,source_doc,amount\nX,2017-06-01,陕财办农〔2017〕3号,1万\n", 1, "earmark")
# ---------- disbursements
def di(name, row, sub, line=3): add(f"disbursements/{name}.csv", D_H + D_OK + row, line, sub)
add("disbursements/overspend_one_fen.csv", D_H + "T2017-D009,2017-12-01,2017,LARGE-FARMS,1720000.01,ENT-X,某企业,enterprise,,,,,\n", 2, "LARGE-FARMS")
add("disbursements/pay_before_allocation.csv", D_H + "T2017-D009,2017-01-05,2017,LARGE-FARMS,100.00,ENT-X,某企业,enterprise,,,,,\n", 2, "LARGE-FARMS")
di("unknown_earmark", "T2017-D002,2017-06-01,2017,ROCKETS,100.00,SZ-001,李建华,household,,,,,\n", "ROCKETS")
di("unknown_household", "T2017-D002,2017-06-01,2017,WALNUT,100.00,SZ-999,无名,household,,,,,\n", "SZ-999")
di("bad_payee_kind", "T2017-D002,2017-06-01,2017,WALNUT,100.00,X-1,某人,alien,,,,,\n", "alien")
di("unknown_source_doc", "T2017-D002,2017-06-01,2017,WALNUT,100.00,SZ-001,李建华,household,,,,不存在〔2017〕9号,\n", "不存在〔2017〕9号")
di("negative", "T2017-D002,2017-06-01,2017,WALNUT,-100.00,SZ-001,李建华,household,,,,,\n", "-100.00")
di("zero", "T2017-D002,2017-06-01,2017,WALNUT,0,SZ-001,李建华,household,,,,,\n", "positive")
di("sub_fen", "T2017-D002,2017-06-01,2017,WALNUT,99.999,SZ-001,李建华,household,,,,,\n", "99.999")
di("overflow", "T2017-D002,2017-06-01,2017,WALNUT,\"1,000,000,000,000,000,000\",SZ-001,李建华,household,,,,,\n", "1,000,000,000,000,000,000")
di("apr_31", "T2017-D002,2017-04-31,2017,WALNUT,100.00,SZ-001,李建华,household,,,,,\n", "2017-04-31")
di("date_zh_impossible", "T2017-D002,2017年2月30日,2017,WALNUT,100.00,SZ-001,李建华,household,,,,,\n", "2017年2月30日")
add("disbursements/duplicate_key_in_ledger.csv", D_H + "FP2017-D002,2017-03-06,2017,LOAN-SUBSIDY,6800.01,SZ-001,李建华,household,大荆镇,南村,扶贫贷款贴息,,\n", 2, "FP2017-D002")
di("duplicate_key_in_file", "T2017-D001,2017-06-01,2017,WALNUT,200.00,SZ-001,李建华,household,大荆镇,南村,,,\n", "T2017-D001")
di("ragged", "T2017-D002,2017-06-01,2017,WALNUT,100.00,SZ-001\n", "fields")
di("unbalanced_quote", "T2017-D002,2017-06-01,2017,WALNUT,\"100.00,SZ-001,李建华,household,,,,,\n", "quote")
add("disbursements/empty.csv", b"", 1, "empty")
add("disbursements/header_only.csv", D_H, 1, "no data rows")
add("disbursements/nul_byte.csv", (D_H + D_OK).encode() + b"\x00\n", 3, "NUL")
add("disbursements/empty_payee_name.csv", D_H + "T2017-D002,2017-06-01,2017,WALNUT,100.00,SZ-001,,household,,,,,\n", 2, "payee_name")
# ---------- corrections
C_OK = "T2017-C001,2017-12-01,recovery,FP2017-D002,100.00,,多付\n"
def co(name, row, sub, line=3): add(f"corrections/{name}.csv", C_H + C_OK + row, line, sub)
co("unknown_target", "T2017-C002,2017-12-01,reversal,NO-SUCH-VOUCHER,,,撤销\n", "NO-SUCH-VOUCHER")
co("bad_kind", "T2017-C002,2017-12-01,delete,FP2017-D003,,,撤销\n", "delete")
co("recovery_too_much", "T2017-C002,2017-12-01,recovery,FP2017-D003,30000.01,,多付\n", "FP2017-D003")
co("transfer_unknown_earmark", "T2017-C002,2017-12-01,transfer,WALNUT,100.00,ROCKETS,调剂\n", "ROCKETS")
co("reversal_before_payment", "T2017-C002,2017-01-01,reversal,FP2017-D003,,,撤销\n", "FP2017-D003")
co("missing_reason", "T2017-C002,2017-12-01,reversal,FP2017-D003,,,\n", "reason")
co("negative_recovery", "T2017-C002,2017-12-01,recovery,FP2017-D003,-5.00,,多付\n", "-5.00")
co("sub_fen_recovery", "T2017-C002,2017-12-01,recovery,FP2017-D003,5.001,,多付\n", "5.001")
co("transfer_too_much", "T2017-C002,2017-12-01,transfer,LARGE-FARMS,1720000.01,OTHER,调剂\n", "LARGE-FARMS")
add("corrections/empty.csv", b"", 1, "empty")
add("corrections/header_only.csv", C_H, 1, "no data rows")
add("corrections/ragged.csv", C_H + "T2017-C002,2017-12-01,reversal\n", 2, "fields")
# ---------- budget (TOML)
B_HEAD = 'fiscal_year = 2019\ncode = "T-2019"\nname = "测试预算"\ntotal = "100万"\nfunded_by = "county_self"\ndoc_no = "测试〔2018〕1号"\n'
def line(code, amount=None, rem=False):
    s = f'\n[[line]]\ncode = "{code}"\nname = "{code}"\n'
    if amount is not None: s += f'amount = {amount}\n'
    if rem: s += 'remainder = true\n'
    return s
def bu(name, text, ln, sub): add(f"budget/{name}.toml", text, ln, sub)
bu("sum_off_by_one_fen", B_HEAD + line("A", '"60万"') + line("B", '"399999.99"'), 8, "difference 0.01")
bu("two_remainders", B_HEAD + line("A", '"60万"') + line("B", rem=True) + line("C", rem=True), 18, "remainder")
bu("float_amount", B_HEAD + line("A", '600000.5') + line("B", rem=True), 11, "float")
bu("sub_fen_total", B_HEAD.replace('"100万"', '"100.001"') + line("A", rem=True), 4, "100.001")
bu("overflow_total", B_HEAD.replace('"100万"', '"10000000000亿"') + line("A", rem=True), 4, "10000000000亿")
bu("negative_line", B_HEAD + line("A", '"-1万"') + line("B", rem=True), 11, "negative")
bu("remainder_negative", B_HEAD + line("A", '"101万"') + line("B", rem=True), 8, "more than the total")
bu("unknown_funded_by", B_HEAD.replace('"county_self"', '"lottery"') + line("A", rem=True), 5, "lottery")
bu("syntax_error", B_HEAD + '\n[[line]]\ncode = "A\nname = "x"\n', 9, "TOML")
bu("missing_total", B_HEAD.replace('total = "100万"\n', '') + line("A", rem=True), 1, "total")
bu("missing_fiscal_year", B_HEAD.replace('fiscal_year = 2019\n', '') + line("A", rem=True), 1, "fiscal_year")
bu("duplicate_line_code", B_HEAD + line("A", '"50万"') + line("A", '"50万"'), 13, "appears twice")
bu("no_lines", B_HEAD, 1, "line")
bu("empty", "", 1, "fiscal_year")
bu("nul_byte", B_HEAD + '\x00' + line("A", rem=True), 7, "TOML")
bu("impossible_year", B_HEAD.replace('2019', '20190', 1) + line("A", rem=True), 1, "fiscal_year")
bu("total_words", B_HEAD.replace('"100万"', '"一百万"') + line("A", rem=True), 4, "一百万")
with open(os.path.join(REPO, "examples/shangzhou-2017/budget.toml"), encoding="utf-8") as f: sz = f.read()
bu("revision_without_reason", sz.replace('amount = "1000万"\npurpose = "loan_subsidy"', 'amount = "999万"\npurpose = "loan_subsidy"').replace('name = "其他产业项目"', 'name = "其他产业项目"'), 1, "reason")
# ---------- good inputs that must import (encoding handling)
good = {}
GH = "household_id,head_name,id_number,town,village,members,registered,poverty_cause\n" + \
     "G-001,陈德明,,大荆镇,南村,3,是,因病\nG-002,赵淑芬,,沙河子镇,东村,2,否,缺劳力\n"
good["good/households_gb18030.csv"] = (("户编号,户主姓名,身份证号,镇,村,人口,建档立卡,致贫原因\n" + "G-101,陈德明,,大荆镇,南村,3,是,因病\nG-102,赵淑芬,,沙河子镇,东村,2,否,缺劳力\n").encode("gb18030"), "households", 2)
good["good/households_bom.csv"] = (b"\xef\xbb\xbf" + GH.replace("G-0", "G-2").encode(), "households", 2)
good["good/households_crlf.csv"] = (GH.replace("G-0", "G-3").replace("\n", "\r\n").encode(), "households", 2)
good["good/households_gb18030_4byte.csv"] = (("户编号,户主姓名,身份证号,镇,村,人口,建档立卡,致贫原因\n" + "G-401,𠮷田,,大荆镇,南村,3,是,因病\n").encode("gb18030"), "households", 1)
for p, (content, kind, n) in good.items():
    full = os.path.join(root, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f: f.write(content)
with open(os.path.join(root, "GOOD.tsv"), "w", encoding="utf-8") as f:
    for p, (content, kind, n) in sorted(good.items()):
        f.write(f"{p}\t{kind}\t{n}\n")
for p, (content, ln, sub) in files.items():
    full = os.path.join(root, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f: f.write(content)
with open(os.path.join(root, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("# path\texpected line\texpected message substring (stderr must hold PATH:LINE: and it; exit 2; ledger unchanged)\n")
    for p, (content, ln, sub) in sorted(files.items()):
        f.write(f"{p}\t{ln}\t{sub}\n")
print(len(files))
