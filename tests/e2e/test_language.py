#!/usr/bin/python3
"""Chinese and English from one catalogue (issue 15): a run under one language holds no text of the
other. The argument parser's errors are said again in the run's language with what to do (the
choices of an option, the verbs there are), exit 2, the ledger unchanged. The verbs already on the
catalogue are run under both languages and their output is checked for words of the other one.

usage: test_language.py BINARY REPO_ROOT
"""
import os
import re
import sys
import tempfile
import unicodedata

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
DEMO = os.path.join(ROOT, "examples", "audit-demo")

# (arguments, the first line under zh, the first line under en)
PARSE_ERRORS = [
    (["balance"], "fundledger: 错误: 必须指定 --by：category、source、earmark、town、village、project、payee",
     "fundledger: error: --by is required: one of category, source, earmark, town, village, project, payee"),
    (["balance", "--by", "street"], "fundledger: 错误: --by 的值“street”无效，可选：category、source、earmark、town、village、project、payee",
     "fundledger: error: --by: 'street' is not one of: category, source, earmark, town, village, project, payee"),
    (["--format", "xml", "balance", "--by", "town"], "fundledger: 错误: --format 的值“xml”无效，可选：text、csv、json",
     "fundledger: error: --format: 'xml' is not one of: text, csv, json"),
    (["balanc", "--by", "town"], "fundledger: 错误: 没有命令“balanc”；可用命令：init、import、balance、",
     "fundledger: error: no verb 'balanc'; the verbs are: init, import, balance, "),
    (["report", "month"], "fundledger: 错误: 没有命令“month”；可用命令：monthly、disclosure、",
     "fundledger: error: no verb 'month'; the verbs are: monthly, disclosure, "),
    ([], "fundledger: 错误: 请指定命令：init、import、", "fundledger: error: a verb is required: init, import, "),
    (["balance", "--by", "town", "--bogus"], "fundledger: 错误: 无法识别的参数：--bogus",
     "fundledger: error: not expected here: --bogus"),
    (["trace", "--voucher"], "fundledger: 错误: --voucher 后面缺少取值", "fundledger: error: --voucher needs a value"),
    (["balance", "--by", "town", "--year", "二〇一八"], "fundledger: 错误: --year 的值“二〇一八”不是整数",
     "fundledger: error: --year: '二〇一八' is not a whole number"),
    (["balance", "--by", "town", "--year", "2018", "--year", "2019"], "fundledger: 错误: --year 只能指定一次",
     "fundledger: error: --year may be given once only"),
    (["amount"], "fundledger: 错误: 缺少参数 EXPR", "fundledger: error: EXPR is required"),
]

# Verbs whose every line comes from the catalogue, run on the demo ledger.
PURE_RUNS = [
    ["audit", "--as-of", "2019-03-01"],
    ["audit", "--as-of", "2019-03-01", "--format", "json"],
    ["check", "--as-of", "2019-03-01", "--format", "json"],
    ["verify"],
    ["check", "--as-of", "2019-03-01"],
    ["balance", "--by", "town"],
    ["balance", "--by", "earmark", "--format", "json"],
    ["report", "summary", "--month", "2018-12"],
    ["report", "towns", "--month", "2018-12"],
    ["report", "flows", "--month", "2018-12"],
    ["report", "execution", "--month", "2018-12"],
    ["report", "performance", "--year", "2018", "--as-of", "2018-12-31"],
    ["report", "progress", "--as-of", "2018-06-30"],
    ["report", "lags", "--as-of", "2018-12-31"],
    ["report", "ranking", "--months", "2018-05..2018-06"],
    ["report", "progress", "--as-of", "2018-06-30", "--by", "category", "--basis", "months"],
    ["warnings", "--as-of", "2019-03-01"],
    ["warnings", "--help"],
    ["trace", "--voucher", "FP2018-D002"],
    ["trace", "--source", "演财发〔2018〕3号"],
    ["trace", "--source", "演财发〔2018〕3号", "--by", "town"],
    ["--help"],
    ["balance", "--help"],
    ["trace", "--help"],
    ["report", "towns", "--help"],
    ["settings"],
    ["settings", "--history"],
    ["lock"],
    ["lock", "--help"],
    ["unlock", "--help"],
    ["freeze"],
    ["freeze", "--help"],
    ["unfreeze", "--help"],
    ["transfer", "--help"],
    ["reduce", "--help"],
    ["close", "--help"],
    ["recall", "--help"],
    ["advance", "--help"],
    ["settle", "--help"],
    ["advances", "--help"],
    ["advances", "--as-of", "2018-12-31"],
    ["report", "carryover", "--help"],
    ["households", "--village", "柳树村"],
    ["payments", "--month", "2018-4"],
    ["payments", "--format", "json"],
    ["payments", "--help"],
    ["balance", "--by", "village", "--year", "2018"],
    ["budget", "history", "--year", "2018"],
    ["budget", "diff", "--year", "2018", "--from", "1", "--to", "1"],
    ["loans", "--by", "town", "--as-of", "2019-03-01"],
    ["loans", "--fund", "--as-of", "2019-03-01"],
    ["loans", "--compensations", "--as-of", "2019-03-01"],
    ["loans", "compensate", "--help"],
    ["loans", "recover", "--help"],
]

# Errors said wholly from the catalogue (exit 2): (arguments, whether the ledger is missing).
ERROR_RUNS = [
    (["trace"], False),
    (["report", "ranking", "--months", "2018-13"], False),
    (["trace", "--voucher", "NO-SUCH-VOUCHER"], False),
    (["trace", "--source", "NO-SUCH-DOC"], False),
    (["trace", "--voucher", "V", "--by", "town"], False),
    (["balance", "--by", "town"], True),
    (["report", "disclosure", "--year", "2019", "--out", "d.txt"], False),
    (["settings", "set", "department", "x"], False),
    (["settings", "set", "联系电话", "0914转2345"], False),
    (["subsidy", "--year", "2018", "--principal-cap", "5321"], False),
    (["subsidy", "--year", "2018", "--household-cap", "5321=-1"], False),
    (["subsidy", "--year", "2018", "--rate-cap", "5321=abc"], False),
    (["verify", "--head", "zz"], False),
    (["lock", "--through", "2018-13-01"], False),
    (["unlock", "--to", "2018-01-01"], False),
    (["freeze", "--amount", "1万"], False),
    (["freeze", "--line", "2018/X", "--percent", "20%"], False),
    (["transfer", "--year", "2018", "--from", "A", "--to", "B", "--amount", "1万"], False),
    (["reduce", "--year", "2018", "--line", "A", "--amount", "x", "--doc", "D", "--reason", "R"], False),
    (["reduce", "--source", "D", "--line", "A", "--amount", "1万", "--doc", "D", "--reason", "R"], False),
    (["close", "--year", "2018"], False),
    (["recall", "--year", "2018", "--reason", "R"], False),
    (["recall", "--year", "2018", "--doc", "D", "--reason", "R"], False),
    (["advance", "--amount", "1万"], False),
    (["settle", "--advance", "X", "--source", "Y", "--doc", "D", "--reason", "R", "--amount", "1万"], False),
    (["report", "carryover", "--year", "2018", "--month", "2018-13"], False),
    (["loans", "compensate", "--loan", "NO-SUCH-LOAN", "--date", "2019-04-01"], False),
    (["loans", "recover", "--loan", "NO-SUCH-LOAN", "--amount", "1万", "--date", "2019-04-01"], False),
    (["--read-only", "init"], True),
]

# Refusals of the system (exit 3): its reason (errno) is said in the run's language too, not in
# strerror's English whatever the language.
SYSTEM_ERROR_RUNS = [
    (["balance", "--by", "town", "--out", "/proc/fundledger-no-such-file.txt"], False),
]

# Words that stay as they are in Chinese text: names of formats and the command's own vocabulary.
KEPT = {"fundledger", "CSV", "UTF", "GB18030", "xlsx", "xls", "Excel", "SQLite", "PostgreSQL", "JSON", "TOML", "SHA", "BOM",
        "EXPR", "FILE", "YYYY"}
# The verbs' names, listed by --help as they are typed (at the start of an indented line).
VERB_LIST = re.compile(r"^  (?:init|import|balance|households|payments|loans|check|audit|trace|subsidy|plan|budget|report|verify|export|"
                       r"amount|templates|copy|monthly|disclosure|summary|sources|execution|towns|flows|history|diff|settings|projects|contracts|performance|progress|lags|warnings|confirm|rectify|lock|unlock|freeze|unfreeze|transfer|reduce|close|recall|advance|advances|settle|carryover|classes|compensate|recover|serve|allocations)\b", re.M)
CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def data_values():
    """Every cell of the demo's input files: names and codes from the data are not the program's words."""
    values = set()
    for name in os.listdir(DEMO):
        with open(os.path.join(DEMO, name), encoding="utf-8-sig") as f:
            for cell in re.split(r"[,\n\"=\[\]]", f.read()):
                cell = cell.strip()
                if cell:
                    values.add(cell)
    return sorted(values, key=len, reverse=True)


def prose(text, values, args):
    """The output less JSON's keys and codes, the data's values, the arguments, quoted parts, options,
    codes and numbers."""
    text = re.sub(r"\"[a-z_]+\"|\b(?:true|false|null)\b", " ", text)
    text = re.sub(r"\bW[0-9A-F]{10}\b", " ", text)  # warning ids
    text = VERB_LIST.sub(" ", text)
    for v in sorted(values + [a for a in args if len(a) > 1], key=len, reverse=True):
        text = text.replace(v, " ")
    text = re.sub(r"“[^”]*”|'[^']*'|`[^`]*`|--[A-Za-z-]+", " ", text)
    text = re.sub(r"[A-Za-z0-9]*[0-9_/.-][A-Za-z0-9_/.-]*", " ", text)  # codes, ids, dates, amounts, snake_case
    return text


def other_language(text, lang, values, args):
    p = prose(text, values, args)
    if lang == "en":
        return CJK.findall(p)
    return [w for w in re.findall(r"[A-Za-z]{3,}", p) if w not in KEPT]


def check_parse_errors(t, db):
    before = fixture.digest(db)
    for args, zh, en in PARSE_ERRORS:
        for lang, want in (("zh", zh), ("en", en)):
            r = fixture.run(BIN, db, *args, extra_env={"FUNDLEDGER_LANG": lang})
            lines = r.stderr.splitlines()
            t.check(r.returncode == 2, f"{lang} {args}: exit {r.returncode}, expected 2")
            t.check(bool(lines) and lines[0].startswith(want), f"{lang} {args}: expected {want!r}, got {lines[:1]}")
            hint = "用法见 fundledger" if lang == "zh" else "Run fundledger"
            t.check(len(lines) == 2 and lines[1].startswith(hint) and lines[1].find("--help") > 0,
                    f"{lang} {args}: the second line does not say where to read more: {lines}")
            t.check(r.stdout == "", f"{lang} {args}: printed on stdout: {r.stdout[:200]}")
    t.check(fixture.digest(db) == before, "a parse error changed the ledger")
    # --lang given on the line wins over FUNDLEDGER_LANG, before or after the verb.
    for args in (["--lang", "en", "balance"], ["balance", "--lang=en"]):
        r = fixture.run(BIN, db, *args, extra_env={"FUNDLEDGER_LANG": "zh"})
        t.check(r.stderr.startswith("fundledger: error: --by is required"), f"{args}: {r.stderr[:200]}")


def check_pure_runs(t, db):
    values = data_values()
    for args in PURE_RUNS:
        outputs = {}
        for lang in ("zh", "en"):
            r = fixture.run(BIN, db, *args, extra_env={"FUNDLEDGER_LANG": lang})
            t.check(r.returncode in (0, 1), f"{lang} {args}: exit {r.returncode}: {r.stderr[:300]}")
            out = r.stdout + r.stderr
            outputs[lang] = out
            t.check(out.strip() != "", f"{lang} {args}: no output")
            stray = other_language(out, lang, values, args)
            t.check(not stray, f"{lang} {args}: text of the other language: {stray[:12]}")
        t.check(outputs["zh"] != outputs["en"], f"{args}: the same output in both languages")


def check_error_runs(t, db):
    values = data_values()
    missing = os.path.join(os.path.dirname(db), "missing.db")
    runs = [(a, n, 2) for a, n in ERROR_RUNS] + [(a, n, 3) for a, n in SYSTEM_ERROR_RUNS]
    for args, no_ledger, code in runs:
        outputs = {}
        for lang in ("zh", "en"):
            r = fixture.run(BIN, missing if no_ledger else db, *args, extra_env={"FUNDLEDGER_LANG": lang})
            t.check(r.returncode == code, f"{lang} {args}: exit {r.returncode}, expected {code}: {r.stderr[:300]}")
            out = r.stdout + r.stderr
            outputs[lang] = out
            t.check(out.strip() != "", f"{lang} {args}: no output")
            stray = other_language(out, lang, values, args + [missing])
            t.check(not stray, f"{lang} {args}: text of the other language: {stray[:12]}")
        t.check(outputs["zh"] != outputs["en"], f"{args}: the same output in both languages")
    t.check(not os.path.exists(missing), "a run on a missing ledger created it")


SHARE_RULE = """[[rule]]
id = "share-industry"
kind = "share_min"
purposes = ["industry", "other"]
min_rate = "90%"
from = 2018
"""


def check_purpose_tags(t, tmp):
    """A finding naming purposes that are plain words (industry, other): the tags are codes of the
    ledger's budget, quoted in Chinese text like other codes, not English prose in it."""
    db = os.path.join(tmp, "p.db")
    rules = os.path.join(tmp, "share.toml")
    with open(rules, "w", encoding="utf-8") as f:
        f.write(SHARE_RULE)
    r = fixture.run(BIN, db, "--operator", "op-1", "init")
    t.check(r.returncode == 0, f"init: {r.stderr}")
    for kind, path in (("budget", os.path.join(DEMO, "budget.toml")), ("rules", rules)):
        r = fixture.run(BIN, db, "--operator", "op-1", "import", kind, path)
        t.check(r.returncode == 0, f"import {kind}: {r.stderr}")
    values = data_values()
    for lang in ("zh", "en"):
        r = fixture.run(BIN, db, "check", "--as-of", "2019-03-01", extra_env={"FUNDLEDGER_LANG": lang})
        t.check(r.returncode == 1 and "share_below_min" in r.stdout, f"{lang} check: exit {r.returncode}: {r.stdout[:300]}")
        stray = other_language(r.stdout + r.stderr, lang, values, [])
        t.check(not stray, f"{lang} check with share_min: text of the other language: {stray[:12]}")


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def check_help_columns(t, db):
    """--help's descriptions start in one column in both languages: CLI11 padded by bytes, so a
    Chinese label (3 bytes, 2 columns) pushed its description right."""
    for args in (["--help"], ["balance", "--help"], ["report", "monthly", "--help"], ["import", "--help"]):
        for lang in ("zh", "en"):
            r = fixture.run(BIN, db, *args, extra_env={"FUNDLEDGER_LANG": lang})
            starts = set()
            in_section = False  # the option and verb lists (选项:, Options:, ...), not the footer
            for line in r.stdout.splitlines():
                if re.match(r"^[^\s:]+:$", line) or not line.strip():
                    in_section = bool(line.strip())
                    continue
                if not in_section:
                    continue
                wrapped = re.match(r"^( {3,})\S", line)  # a description under a long left column
                described = re.match(r"^(  \S.*?)( {2,})\S", line)
                if wrapped:
                    starts.add(len(wrapped.group(1)))
                elif described:
                    starts.add(display_width(described.group(1) + described.group(2)))
            t.check(starts == {30}, f"{lang} {args}: descriptions start in columns {sorted(starts)}, not 30")


def check_detector(t):
    """The detector itself must catch a mixed line in either direction."""
    t.check(other_language("收款人 AD-003 received 3 笔", "zh", [], []) == ["received"], "zh detector")
    t.check(other_language("payee AD-003 收到 3 payments", "en", [], []) == ["收", "到"], "en detector")
    t.check(other_language("收款人 “abc def” 合计 10,200.00 元", "zh", [], []) == [], "zh detector on values")


def main():
    t = fixture.Failures("language")
    check_detector(t)
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "l.db")
        r = fixture.run(BIN, db, "init")
        t.check(r.returncode == 0, f"init: {r.stderr}")
        for kind, name in [("sources", "sources.csv"), ("households", "households.csv"), ("budget", "budget.toml"),
                           ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv"),
                           ("rules", "rules.toml")]:
            # A code for the operator: $USER may be unset, and the ledger then records "unknown".
            r = fixture.run(BIN, db, "--operator", "op-1", "import", kind, os.path.join(DEMO, name))
            t.check(r.returncode == 0, f"import {kind}: {r.stderr}")
        check_parse_errors(t, db)
        check_pure_runs(t, db)
        check_error_runs(t, db)
        check_help_columns(t, db)
        check_purpose_tags(t, tmp)
    print(f"language: {len(PARSE_ERRORS)} parser errors in two languages; {len(PURE_RUNS)} verb runs and "
          f"{len(ERROR_RUNS) + len(SYSTEM_ERROR_RUNS)} errors checked pure")
    t.finish()


main()
