"""Writes the bad-input catalogue (tests/bad_inputs/) and its MANIFEST.tsv / GOOD.tsv.

Run from the repository root: /usr/bin/python3 tests/bad_inputs/make_catalogue.py tests/bad_inputs
The files are committed; this script documents how the binary ones (NUL bytes, GB18030, UTF-16,
a 1 MB field) were made and regenerates them.

Each bad file's expectation is (location, value, reason), all taken from the message the engine
prints for it: location is LINE, or LINE:COLUMN when the message has a column, as it follows
"PATH:" in the message; value is the offending value (or the key, column or line it concerns when
the message quotes no value); reason is the rule or invariant the message names. The test requires
one stderr line "PATH:LOCATION: ..." holding both the value and the reason.
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
files = {}   # path -> (bytes, location, value, reason)
def add(path, content, loc, value, reason):
    if isinstance(content, str): content = content.encode('utf-8')
    assert value and reason and value not in reason and reason not in value, path
    files[path] = (content, loc, value, reason)
def src(name, row, loc, value, reason): add(f"sources/{name}.csv", S_H + S_OK + row, loc, value, reason)
# ---------- sources
src("sub_fen", "测试〔2017〕2号,2017,county_self,测试,100.001,2017-03-01,county,,\n", '3:5', '"100.001"', 'finer than a fen')
src("sub_fen_wan", "测试〔2017〕2号,2017,county_self,测试,1.2345678万,2017-03-01,county,,\n", '3:5', '"1.2345678万"', 'finer than a fen')
src("overflow", "测试〔2017〕2号,2017,county_self,测试,10000000000000000,2017-03-01,county,,\n", '3:5', '"10000000000000000"', 'beyond ±10^15 yuan')
src("overflow_yi", "测试〔2017〕2号,2017,county_self,测试,20000000亿,2017-03-01,county,,\n", '3:5', '"20000000亿"', 'beyond ±10^15 yuan')
src("negative", "测试〔2017〕2号,2017,county_self,测试,-500,2017-03-01,county,,\n", '3:5', '"-500"', 'must be positive')
src("zero", "测试〔2017〕2号,2017,county_self,测试,0,2017-03-01,county,,\n", '3:5', 'amount "0"', 'must be positive')
src("bad_grouping", "测试〔2017〕2号,2017,county_self,测试,\"1,2345\",2017-03-01,county,,\n", '3:5', '"1,2345"', 'thousands separators must group by three')
src("not_a_number", "测试〔2017〕2号,2017,county_self,测试,一百万,2017-03-01,county,,\n", '3:5', '"一百万"', 'unexpected character')
src("feb_30", "测试〔2017〕2号,2017,county_self,测试,100,2017-02-30,county,,\n", '3:6', '"2017-02-30"', 'no such day in that month')
src("month_13", "测试〔2017〕2号,2017,county_self,测试,100,2017-13-01,county,,\n", '3:6', '"2017-13-01"', 'no such month')
src("date_words", "测试〔2017〕2号,2017,county_self,测试,100,yesterday,county,,\n", '3:6', '"yesterday"', 'expected YYYY-MM-DD')
src("unknown_category", "测试〔2017〕2号,2017,lottery,测试,100,2017-03-01,county,,\n", '3:3', '"lottery"', 'unknown category')
src("unknown_level", "测试〔2017〕2号,2017,county_self,测试,100,2017-03-01,township,,\n", '3:7', '"township"', 'is not one of: central 中央')
src("bad_fiscal_year", "测试〔2017〕2号,20x7,county_self,测试,100,2017-03-01,county,,\n", '3:2', '"20x7"', 'is not a whole number between 1900 and 2999')
src("fiscal_year_1800", "测试〔2017〕2号,1800,county_self,测试,100,2017-03-01,county,,\n", '3:2', '"1800"', 'is not a whole number between 1900 and 2999')
src("empty_name", "测试〔2017〕2号,2017,county_self,,100,2017-03-01,county,,\n", '3:4', "column 'name' (名称)", 'is required but empty')
src("ragged_short", "测试〔2017〕2号,2017,county_self,测试,100\n", '3', 'row has 5 fields', 'but the header has 9')
src("ragged_long", "测试〔2017〕2号,2017,county_self,测试,100,2017-03-01,county,,,extra\n", '3', 'row has 10 fields', 'but the header has 9')
src("unbalanced_quote", "测试〔2017〕2号,2017,county_self,\"测试,100,2017-03-01,county,,\n", '3', 'a quoted field is not closed', 'malformed CSV')
src("quote_in_field", "测试〔2017〕2号,2017,county_self,测\"试,100,2017-03-01,county,,\n", '3', 'a quote inside an unquoted field', 'malformed CSV')
src("duplicate_key_in_file", "测试〔2017〕1号,2017,county_self,测试资金,200万,2017-03-01,county,,\n", '3', "source '测试〔2017〕1号'", 'appears twice in this file (lines 2 and 3) with different content')
add("sources/duplicate_key_in_ledger.csv", S_H + "商财发〔2017〕6号,2017,county_self,2017年区级财政脱贫攻坚专项资金,5001万,2017-01-20,county,,\n", '2', "source '商财发〔2017〕6号'", 'already in the ledger with different content')
add("sources/missing_column.csv", "doc_no,fiscal_year,category,name,received_on\n测试〔2017〕2号,2017,county_self,测试,2017-03-01\n", '1', "'amount' (金额)", 'missing required column')
add("sources/duplicate_column.csv", "doc_no,fiscal_year,category,name,amount,金额,received_on\n测试〔2017〕2号,2017,county_self,测试,100,100,2017-03-01\n", '1:6', "column 'amount'", 'appears twice in the header')
add("sources/empty.csv", b"", '1', 'the file is empty', 'expected a header row')
add("sources/header_only.csv", S_H, '1', 'has a header', 'but no data rows')
add("sources/bom_header_only.csv", b"\xef\xbb\xbf" + S_H.encode(), '1', 'has a header', 'but no data rows')
add("sources/bom_bad_amount.csv", b"\xef\xbb\xbf" + (S_H + "测试〔2017〕2号,2017,county_self,测试,12.345,2017-03-01,county,,\n").encode(), '2:5', '"12.345"', 'finer than a fen')
add("sources/nul_byte.csv", (S_H + S_OK).encode() + b"X\x00,2017,county_self,t,1,2017-03-01,county,,\n", '3', 'NUL byte', 'is it a binary or UTF-16 file?')
add("sources/utf16.csv", "\ufeff".encode('utf-16-le') + (S_H + S_OK).encode('utf-16-le'), '1', 'the file is UTF-16', 'save it as CSV UTF-8')
add("sources/gb18030_bad_amount.csv", (S_H + "测试〔2017〕2号,2017,county_self,测试资金,十万,2017-03-01,county,,\n").encode('gb18030'), '2:5', '"十万"', 'unexpected character')
# UTF-8 damaged by two stray bytes that GB18030 would accept as one character (81 40): every other
# character is UTF-8, so the file is UTF-8 (decided over the whole file) and the bytes are named.
# The whole file decodes as GB18030 too (even runs of 3-byte characters pair up as GB18030's).
add("households/utf8_damaged_gb_like.csv", (H_H + "T-301,测试户主,,大荆,南村,3,yes,\n").encode() + b"T-302," + "测试".encode() + b"\x81\x40,," + "大荆,南村".encode() + b",2,yes,\n", '3', '81 40', 'invalid UTF-8 bytes')
add("sources/invalid_encoding.csv", (S_H + S_OK).encode() + b"X,2017,county_self,\x81\x20\xff\xfe,1,2017-03-01,county,,\n", '3', '81 20 FF FE', 'invalid UTF-8 bytes')
add("sources/field_1mb.csv", (S_H + S_OK + "测试〔2017〕2号,2017,county_self," + "长" * 350000 + ",100,2017-03-01,county,,\n"), '3:4', 'field of 1050000 bytes', 'is longer than the limit of 65536')
add("sources/all_errors_reported.csv", S_H + "A1,2017,county_self,测试,1.001,2017-03-01,county,,\nA2,2017,nope,测试,100,2017-03-01,county,,\n", '3:3', '"nope"', 'unknown category')
# ---------- households
def hh(name, row, loc, value, reason): add(f"households/{name}.csv", H_H + H_OK + row, loc, value, reason)
hh("registered_maybe", "T-002,测试户二,,大荆镇,南村,3,maybe,\n", '3:7', '"maybe"', 'is not yes/no (是/否)')
hh("members_negative", "T-002,测试户二,,大荆镇,南村,-3,yes,\n", '3:6', '"-3"', 'is not a whole number between 1 and 99')
hh("members_words", "T-002,测试户二,,大荆镇,南村,三口,yes,\n", '3:6', '"三口"', 'is not a whole number between 1 and 99')
hh("empty_head_name", "T-002,,,大荆镇,南村,3,yes,\n", '3:2', "column 'head_name' (户主姓名)", 'is required but empty')
hh("empty_id", ",测试户二,,大荆镇,南村,3,yes,\n", '3:1', "column 'household_id' (户编号)", 'is required but empty')
hh("ragged", "T-002,测试户二,,大荆镇\n", '3', 'row has 4 fields', 'but the header has 8')
hh("unbalanced_quote", "T-002,\"测试户二,,大荆镇,南村,3,yes,\n", '3', 'a quoted field is not closed', 'malformed CSV')
hh("duplicate_key_in_file", "T-001,另一户,,大荆镇,南村,3,yes,\n", '3', "household 'T-001'", 'appears twice in this file (lines 2 and 3) with different content')
add("households/duplicate_key_in_ledger.csv", H_H + "SZ-001,李建国,611090196305171019,大荆镇,南村,4,yes,缺资金\n", '2', "household 'SZ-001'", 'already in the ledger with different content')
add("households/missing_town.csv", "household_id,head_name,village,registered\nT-002,测试,南村,yes\n", '1', "'town' (镇)", 'missing required column')
add("households/empty.csv", b"", '1', 'the file is empty', 'expected a header row')
add("households/header_only.csv", H_H, '1', 'has a header', 'but no data rows')
add("households/nul_byte.csv", (H_H).encode() + b"T-002,\x00,,a,b,1,yes,\n", '2', 'NUL byte', 'is it a binary or UTF-16 file?')
# ---------- allocations
def al(name, row, loc, value, reason): add(f"allocations/{name}.csv", A_H + A_OK + row, loc, value, reason)
al("unknown_source", "T2017-A002,2017-06-01,2017,不存在〔2017〕1号,WALNUT,1万,,,\n", '3', "'不存在〔2017〕1号'", 'unknown source document')
al("unknown_earmark", "T2017-A002,2017-06-01,2017,陕财办农〔2017〕3号,ROCKETS,1万,,,\n", '3', "'ROCKETS' in fiscal year 2017", 'unknown earmark')
al("earmark_wrong_year", "T2017-A002,2018-06-01,2018,陕财办农〔2017〕3号,WALNUT,1万,,,\n", '3', "'WALNUT' in fiscal year 2018", 'unknown earmark')
add("allocations/over_allocation_one_fen.csv", A_H + "T2017-A009,2017-06-01,2017,商财发〔2017〕6号,WALNUT,0.01,,,\n", '2', '(0.00 yuan of 50,000,000.00 yuan; over by 0.01 yuan)', 'exceeds the unallocated amount of source 商财发〔2017〕6号')
al("negative", "T2017-A002,2017-06-01,2017,陕财办农〔2017〕3号,WALNUT,-1万,,,\n", '3:6', '"-1万"', 'must be positive')
al("zero", "T2017-A002,2017-06-01,2017,陕财办农〔2017〕3号,WALNUT,0.00,,,\n", '3:6', 'amount "0.00"', 'must be positive')
al("sub_fen", "T2017-A002,2017-06-01,2017,陕财办农〔2017〕3号,WALNUT,0.005,,,\n", '3:6', '"0.005"', 'finer than a fen')
al("feb_29_2017", "T2017-A002,2017-02-29,2017,陕财办农〔2017〕3号,WALNUT,1万,,,\n", '3:2', '"2017-02-29"', 'no such day in that month')
add("allocations/duplicate_key_in_ledger.csv", A_H + "FP2017-A001,2017-02-10,2017,商财发〔2017〕6号,LOAN-SUBSIDY,999万,,扶贫贷款贴息,\n", '2', "voucher 'FP2017-A001'", 'already in the ledger with different content')
al("duplicate_key_in_file", "T2017-A001,2017-06-01,2017,陕财办农〔2017〕3号,WALNUT,2万,,,\n", '3', "voucher 'T2017-A001'", 'appears twice in this file (lines 2 and 3) with different content')
al("ragged", "T2017-A002,2017-06-01\n", '3', 'row has 2 fields', 'but the header has 9')
al("unbalanced_quote", "T2017-A002,2017-06-01,2017,\"陕财办农〔2017〕3号,WALNUT,1万,,,\n", '3', 'a quoted field is not closed', 'malformed CSV')
add("allocations/empty.csv", b"", '1', 'the file is empty', 'expected a header row')
add("allocations/header_only.csv", A_H, '1', 'has a header', 'but no data rows')
add("allocations/missing_earmark_column.csv", "voucher,date,source_doc,amount\nX,2017-06-01,陕财办农〔2017〕3号,1万\n", '1', "'earmark' (用途代码)", 'missing required column')
# ---------- disbursements
def di(name, row, loc, value, reason): add(f"disbursements/{name}.csv", D_H + D_OK + row, loc, value, reason)
add("disbursements/overspend_one_fen.csv", D_H + "T2017-D009,2017-12-01,2017,LARGE-FARMS,1720000.01,ENT-X,某企业,enterprise,,,,,\n", '2', 'on 2017-12-01 (1,720,000.00 yuan; over by 0.01 yuan)', 'exceeds what earmark 2017/LARGE-FARMS has available')
add("disbursements/pay_before_allocation.csv", D_H + "T2017-D009,2017-01-05,2017,LARGE-FARMS,100.00,ENT-X,某企业,enterprise,,,,,\n", '2', 'on 2017-01-05 (0.00 yuan; over by 100.00 yuan)', 'exceeds what earmark 2017/LARGE-FARMS has available')
di("unknown_earmark", "T2017-D002,2017-06-01,2017,ROCKETS,100.00,SZ-001,李建华,household,,,,,\n", '3', "'ROCKETS' in fiscal year 2017", 'unknown earmark')
di("unknown_household", "T2017-D002,2017-06-01,2017,WALNUT,100.00,SZ-999,无名,household,,,,,\n", '3', "payee_id 'SZ-999'", 'is not in the household register')
di("bad_payee_kind", "T2017-D002,2017-06-01,2017,WALNUT,100.00,X-1,某人,alien,,,,,\n", '3:8', '"alien"', 'is not one of: household 农户')
di("unknown_source_doc", "T2017-D002,2017-06-01,2017,WALNUT,100.00,SZ-001,李建华,household,,,,不存在〔2017〕9号,\n", '3', "'不存在〔2017〕9号'", 'unknown source document')
di("negative", "T2017-D002,2017-06-01,2017,WALNUT,-100.00,SZ-001,李建华,household,,,,,\n", '3:5', '"-100.00"', 'must be positive')
di("zero", "T2017-D002,2017-06-01,2017,WALNUT,0,SZ-001,李建华,household,,,,,\n", '3:5', 'amount "0"', 'must be positive')
di("sub_fen", "T2017-D002,2017-06-01,2017,WALNUT,99.999,SZ-001,李建华,household,,,,,\n", '3:5', '"99.999"', 'finer than a fen')
di("overflow", "T2017-D002,2017-06-01,2017,WALNUT,\"1,000,000,000,000,000,000\",SZ-001,李建华,household,,,,,\n", '3:5', '"1,000,000,000,000,000,000"', 'beyond ±10^15 yuan')
di("apr_31", "T2017-D002,2017-04-31,2017,WALNUT,100.00,SZ-001,李建华,household,,,,,\n", '3:2', '"2017-04-31"', 'no such day in that month')
di("date_zh_impossible", "T2017-D002,2017年2月30日,2017,WALNUT,100.00,SZ-001,李建华,household,,,,,\n", '3:2', '"2017年2月30日"', 'no such day in that month')
add("disbursements/duplicate_key_in_ledger.csv", D_H + "FP2017-D002,2017-03-06,2017,LOAN-SUBSIDY,6800.01,SZ-001,李建华,household,大荆镇,南村,扶贫贷款贴息,,\n", '2', "voucher 'FP2017-D002'", 'already in the ledger with different content')
di("duplicate_key_in_file", "T2017-D001,2017-06-01,2017,WALNUT,200.00,SZ-001,李建华,household,大荆镇,南村,,,\n", '3', "voucher 'T2017-D001'", 'appears twice in this file (lines 2 and 3) with different content')
di("ragged", "T2017-D002,2017-06-01,2017,WALNUT,100.00,SZ-001\n", '3', 'row has 6 fields', 'but the header has 13')
di("unbalanced_quote", "T2017-D002,2017-06-01,2017,WALNUT,\"100.00,SZ-001,李建华,household,,,,,\n", '3', 'a quoted field is not closed', 'malformed CSV')
add("disbursements/empty.csv", b"", '1', 'the file is empty', 'expected a header row')
add("disbursements/header_only.csv", D_H, '1', 'has a header', 'but no data rows')
add("disbursements/nul_byte.csv", (D_H + D_OK).encode() + b"\x00\n", '3', 'NUL byte', 'is it a binary or UTF-16 file?')
add("disbursements/empty_payee_name.csv", D_H + "T2017-D002,2017-06-01,2017,WALNUT,100.00,SZ-001,,household,,,,,\n", '2:7', "column 'payee_name' (收款人)", 'is required but empty')
# ---------- corrections
C_OK = "T2017-C001,2017-12-01,recovery,FP2017-D002,100.00,,多付\n"
def co(name, row, loc, value, reason): add(f"corrections/{name}.csv", C_H + C_OK + row, loc, value, reason)
co("unknown_target", "T2017-C002,2017-12-01,reversal,NO-SUCH-VOUCHER,,,撤销\n", '3', "'NO-SUCH-VOUCHER'", 'no payment or allocation with voucher')
co("bad_kind", "T2017-C002,2017-12-01,delete,FP2017-D003,,,撤销\n", '3:3', '"delete"', 'is not one of: reversal 冲销, recovery 收回, transfer 调剂')
co("recovery_too_much", "T2017-C002,2017-12-01,recovery,FP2017-D003,30000.01,,多付\n", '3', 'recovery of 30,000.01 yuan', 'exceeds what payment FP2017-D003 still holds (30,000.00 yuan)')
co("transfer_unknown_earmark", "T2017-C002,2017-12-01,transfer,WALNUT,100.00,ROCKETS,调剂\n", '3', "'ROCKETS' in fiscal year 2017", 'unknown earmark')
co("reversal_before_payment", "T2017-C002,2017-01-01,reversal,FP2017-D003,,,撤销\n", '3', 'FP2017-D003', 'dated before the payment')
co("missing_reason", "T2017-C002,2017-12-01,reversal,FP2017-D003,,,\n", '3:7', "column 'reason' (原因)", 'is required but empty')
co("negative_recovery", "T2017-C002,2017-12-01,recovery,FP2017-D003,-5.00,,多付\n", '3:5', '"-5.00"', 'must be positive')
co("sub_fen_recovery", "T2017-C002,2017-12-01,recovery,FP2017-D003,5.001,,多付\n", '3:5', '"5.001"', 'finer than a fen')
co("transfer_too_much", "T2017-C002,2017-12-01,transfer,LARGE-FARMS,1720000.01,OTHER,调剂\n", '3', 'transfer of 1,720,000.01 yuan', 'exceeds what LARGE-FARMS has available on 2017-12-01 (1,720,000.00 yuan)')
add("corrections/empty.csv", b"", '1', 'the file is empty', 'expected a header row')
add("corrections/header_only.csv", C_H, '1', 'has a header', 'but no data rows')
add("corrections/ragged.csv", C_H + "T2017-C002,2017-12-01,reversal\n", '2', 'row has 3 fields', 'but the header has 7')
# ---------- budget (TOML)
B_HEAD = 'fiscal_year = 2019\ncode = "T-2019"\nname = "测试预算"\ntotal = "100万"\nfunded_by = "county_self"\ndoc_no = "测试〔2018〕1号"\n'
def line(code, amount=None, rem=False):
    s = f'\n[[line]]\ncode = "{code}"\nname = "{code}"\n'
    if amount is not None: s += f'amount = {amount}\n'
    if rem: s += 'remainder = true\n'
    return s
def bu(name, text, loc, value, reason): add(f"budget/{name}.toml", text, loc, value, reason)
bu("sum_off_by_one_fen", B_HEAD + line("A", '"60万"') + line("B", '"399999.99"'), '8', 'sum to 999999.99 but the total is 1000000.00 (difference 0.01)', 'make them equal or mark one line remainder = true')
bu("two_remainders", B_HEAD + line("A", '"60万"') + line("B", rem=True) + line("C", rem=True), '18', 'more than one line has remainder = true', 'at most one may')
bu("float_amount", B_HEAD + line("A", '600000.5') + line("B", rem=True), '11', "'amount'", 'a TOML float would not be exact')
bu("sub_fen_total", B_HEAD.replace('"100万"', '"100.001"') + line("A", rem=True), '4', '\'total\': invalid amount "100.001"', 'finer than a fen')
bu("overflow_total", B_HEAD.replace('"100万"', '"10000000000亿"') + line("A", rem=True), '4', '\'total\': invalid amount "10000000000亿"', 'beyond ±10^15 yuan')
bu("negative_line", B_HEAD + line("A", '"-1万"') + line("B", rem=True), '11', "line 'A'", 'amount must not be negative')
bu("remainder_negative", B_HEAD + line("A", '"101万"') + line("B", rem=True), '8', 'sum to 1010000.00', 'more than the total 1000000.00')
bu("unknown_funded_by", B_HEAD.replace('"county_self"', '"lottery"') + line("A", rem=True), '5', '"lottery"', "'funded_by': unknown category")
bu("syntax_error", B_HEAD + '\n[[line]]\ncode = "A\nname = "x"\n', '9', 'Error while parsing string', 'unescaped control characters')
bu("missing_total", B_HEAD.replace('total = "100万"\n', '') + line("A", rem=True), '1', "'total'", 'missing key')
bu("missing_fiscal_year", B_HEAD.replace('fiscal_year = 2019\n', '') + line("A", rem=True), '1', "'fiscal_year'", 'missing key')
bu("duplicate_line_code", B_HEAD + line("A", '"50万"') + line("A", '"50万"'), '13', "earmark code 'A'", 'appears twice in the budget')
bu("no_lines", B_HEAD, '1', '[[line]]', 'a budget needs at least one')
bu("empty", "", '1', "'fiscal_year'", 'missing key')
bu("nul_byte", B_HEAD + '\x00' + line("A", rem=True), '7', "saw '\\u0000'", 'TOML: Error while parsing root table')
bu("impossible_year", B_HEAD.replace('2019', '20190', 1) + line("A", rem=True), '1', "'fiscal_year'", 'must be a year such as 2017')
bu("float_year", B_HEAD.replace('2019', '2e20', 1) + line("A", rem=True), '1', "'fiscal_year'", 'must be a year such as 2017')
bu("total_words", B_HEAD.replace('"100万"', '"一百万"') + line("A", rem=True), '4', '\'total\': invalid amount "一百万"', 'unexpected character')
bu("unknown_key", B_HEAD.replace('total = ', 'totl = "1"\ntotal = ') + line("A", rem=True), '4', "'totl'", 'unknown key')
bu("unknown_line_key", B_HEAD + line("A", rem=True).replace('name = "A"\n', 'name = "A"\npurpose_code = "x"\n'), '11', "'purpose_code'", 'unknown key')
with open(os.path.join(REPO, "examples/shangzhou-2017/budget.toml"), encoding="utf-8") as f: sz = f.read()
bu("revision_without_reason", sz.replace('amount = "1000万"\npurpose = "loan_subsidy"', 'amount = "999万"\npurpose = "loan_subsidy"').replace('name = "其他产业项目"', 'name = "其他产业项目"'), '1', 'a budget for 2017 is already recorded (revision 1)', "needs both 'doc_no' and 'reason'")
# ---------- good inputs that must import (encoding handling)
good = {}
GH = "household_id,head_name,id_number,town,village,members,registered,poverty_cause\n" + \
     "G-001,陈德明,,大荆镇,南村,3,是,因病\nG-002,赵淑芬,,沙河子镇,东村,2,否,缺劳力\n"
good["good/households_gb18030.csv"] = (("户编号,户主姓名,身份证号,镇,村,人口,建档立卡,致贫原因\n" + "G-101,陈德明,,大荆镇,南村,3,是,因病\nG-102,赵淑芬,,沙河子镇,东村,2,否,缺劳力\n").encode("gb18030"), "households", 2)
good["good/households_bom.csv"] = (b"\xef\xbb\xbf" + GH.replace("G-0", "G-2").encode(), "households", 2)
good["good/households_crlf.csv"] = (GH.replace("G-0", "G-3").replace("\n", "\r\n").encode(), "households", 2)
good["good/households_gb18030_4byte.csv"] = (("户编号,户主姓名,身份证号,镇,村,人口,建档立卡,致贫原因\n" + "G-401,𠮷田,,大荆镇,南村,3,是,因病\n").encode("gb18030"), "households", 1)
# GB18030 whose first bytes are valid UTF-8 (凭证号 = C6 BE D6 A4 BA C5): the encoding is decided
# for the whole file, not by its first non-ASCII bytes (issue 15).
good["good/disbursements_gb18030_voucher_header.csv"] = (("凭证号,日期,年度,用途代码,金额,收款人编号,收款人,收款人类型,镇,村,项目,来源文号,备注\n" + "T2017-GB01,2017-06-01,2017,WALNUT,100.00,SZ-001,李建华,农户,大荆镇,南村,,,\n").encode("gb18030"), "disbursements", 1)
for p, (content, kind, n) in good.items():
    full = os.path.join(root, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f: f.write(content)
with open(os.path.join(root, "GOOD.tsv"), "w", encoding="utf-8") as f:
    for p, (content, kind, n) in sorted(good.items()):
        f.write(f"{p}\t{kind}\t{n}\n")
for p, (content, loc, value, reason) in files.items():
    full = os.path.join(root, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f: f.write(content)
with open(os.path.join(root, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("# path\tlocation (LINE or LINE:COLUMN)\toffending value\treason (stderr must hold a line 'PATH:LOCATION: ' with both the value and the reason; exit 2; nothing was written; ledger unchanged)\n")
    for p, (content, loc, value, reason) in sorted(files.items()):
        f.write(f"{p}\t{loc}\t{value}\t{reason}\n")
print(len(files))
