#!/usr/bin/python3
"""Anchoring (issue 18): what `verify` cannot see alone, a chain head kept elsewhere shows.

An attacker with the file can delete the last entries (and their import record), or rewrite an
entry and re-hash every entry after it: the ledger then agrees with itself and plain `verify`
says ok — the test shows that first, or the case would prove nothing. `verify --head N:HEX` with
the head a report printed before the forgery must fail, saying which; with a head of the intact
prefix it passes, after later imports too. `verify --package DIR --head N:HEX` checks a package
against a head given on the command line. A malformed --head is exit 2, the ledger unchanged.

The head a reader keeps is printed for them: every sheet's footer of the monthly workbook and of
the public notice (read with openpyxl), a line under their first tables, the text report tables
and `export audit`; the footer's own text, turned into N:HEX, is what --head accepts.

usage: test_kept_head.py BINARY REPO_ROOT
"""
import os
import re
import sys
import tempfile

import openpyxl

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

# This test reads the Chinese outputs (the default language; fixture.env defaults to English).
os.environ["FUNDLEDGER_LANG"] = "zh"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chain_forge import behind_the_back, rehash_from  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
LATER = "household_id,head_name,id_number,town,village,members,registered,poverty_cause\n" \
        "K-001,王建国,,大荆镇,南村,3,是,因病\nK-002,李秀英,,沙河子镇,东村,2,是,缺劳力\n"


def footers(t, db, tmp, doc):
    """The footer of every sheet names the head; the head read back from it passes --head."""
    line = f"账本校验: 第 {doc['entries']} 笔 · {doc['head'][:8]}"
    monthly, notice = os.path.join(tmp, "m.xlsx"), os.path.join(tmp, "notice.xlsx")
    t.check(fixture.run(BIN, db, "report", "monthly", "--month", "2017-12", "--out", monthly).returncode == 0, "monthly")
    t.check(fixture.run(BIN, db, "report", "disclosure", "--year", "2017", "--out", notice).returncode == 0, "notice")
    for path in (monthly, notice):
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            left = ws.oddFooter.left.text or ""
            t.check(left == line, f"{os.path.basename(path)}:{ws.title}: footer {left!r}, expected {line!r}")
        cells = [c.value for ws in wb.worksheets[:1] for row in ws.iter_rows() for c in row]
        t.check(line in cells, f"{os.path.basename(path)}: no visible line {line!r} on the first sheet")
        m = re.fullmatch(r"账本校验: 第 (\d+) 笔 · ([0-9a-f]{8})", wb.worksheets[0].oddFooter.left.text or "")
        if t.check(m is not None, "the footer does not parse"):
            p = fixture.run(BIN, db, "verify", "--head", f"{m.group(1)}:{m.group(2)}")
            t.check(p.returncode == 0, f"--head from the footer: {p.stdout} {p.stderr}")
    text = fixture.run(BIN, db, "report", "sources", "--month", "2017-12")
    t.check(text.stdout.rstrip("\n").endswith(line), f"report sources text lacks {line!r}: {text.stdout[-200:]}")
    en = fixture.run(BIN, db, "report", "towns", "--month", "2017-12", "--lang", "en")
    t.check(f"Ledger check: entry {doc['entries']} · {doc['head'][:8]}" in en.stdout, f"--lang en: {en.stdout[-200:]}")


def main():
    t = fixture.Failures("kept_head")
    with tempfile.TemporaryDirectory() as tmp:
        db = fixture.prepare_ledger(BIN, ROOT, os.path.join(tmp, "l.db"))
        rc, doc = fixture.verify_json(BIN, db)
        t.check(rc == 0, f"untampered ledger: {doc}")
        kept = f"{doc['entries']}:{doc['head'][:8]}"
        ok = fixture.run(BIN, db, "verify", "--head", kept)
        t.check(ok.returncode == 0 and f"still holds the kept head {kept}" in ok.stdout, f"--head {kept}: {ok.stdout} {ok.stderr}")
        full = fixture.run(BIN, db, "verify", "--head", f"{doc['entries']}:{doc['head'].upper()}")
        t.check(full.returncode == 0, f"--head with the whole head in upper case: {full.stdout} {full.stderr}")

        later = os.path.join(tmp, "later.csv")
        with open(later, "w", encoding="utf-8") as f:
            f.write(LATER)
        t.check(fixture.run(BIN, db, "import", "households", later).returncode == 0, "import of the later households")
        rc, after = fixture.verify_json(BIN, db)
        t.check(after["entries"] == doc["entries"] + 2, f"two entries more: {after}")
        p = fixture.run(BIN, db, "verify", "--head", kept, "--format", "json")
        t.check(p.returncode == 0, f"a kept head of an earlier prefix after a later import: {p.stdout}")
        kept_later = f"{after['entries']}:{after['head'][:8]}"

        # The last import deleted whole: plain verify agrees, the kept head does not.
        work = os.path.join(tmp, "work.db")
        fixture.copy_ledger(db, work)

        def delete_last_import(c):
            batch = c.execute("SELECT MAX(id) FROM import_batch").fetchone()[0]
            ids = [r[0] for r in c.execute("SELECT id FROM entry_row WHERE import_id = ?", (batch,))]
            for i in ids:
                c.execute("DELETE FROM household WHERE entry_id = ?", (i,))
                c.execute("DELETE FROM entry_row WHERE id = ?", (i,))
            c.execute("DELETE FROM import_batch WHERE id = ?", (batch,))
        behind_the_back(work, ["household", "entry", "import_batch"], delete_last_import)
        rc, cut = fixture.verify_json(BIN, work)
        t.check(rc == 0 and cut["entries"] == doc["entries"],
                f"the cut ledger should agree with itself (or the case proves nothing): {cut}")
        p = fixture.run(BIN, work, "verify", "--head", kept_later, "--format", "json")
        t.check(p.returncode == 1 and "条目被删除了" in p.stdout and f'"kept_head": "{kept_later}"' in p.stdout,
                f"entries deleted at the end, --head {kept_later}: {p.returncode} {p.stdout}")
        p = fixture.run(BIN, work, "verify", "--head", kept_later)
        t.check(p.returncode == 1 and p.stdout.startswith("FAILED: ") and "条目被删除了" in p.stdout, f"text: {p.stdout}")

        # A household's name rewritten and every later entry re-hashed.
        fixture.copy_ledger(db, work)

        def rewrite(c):
            target = c.execute("SELECT MIN(entry_id) FROM household").fetchone()[0]
            c.execute("UPDATE household SET head_name = '改写' WHERE entry_id = ?", (target,))
            rehash_from(c, target)
        behind_the_back(work, ["household", "entry", "disbursement"], rewrite)
        rc, re = fixture.verify_json(BIN, work)
        t.check(rc == 0, f"the rewritten ledger should agree with itself (or the case proves nothing): {re}")
        t.check(re["head"] != after["head"], "the rewrite did not change the head")
        for head in (kept, kept_later):
            p = fixture.run(BIN, work, "verify", "--head", head)
            t.check(p.returncode == 1 and "被改写并重新计算了哈希" in p.stdout, f"rewritten, --head {head}: {p.stdout}")

        # Malformed heads: exit 2 with the form expected, the ledger unchanged.
        before = fixture.digest(db)
        for bad in ("63", "x:abcdef12", f"{doc['entries']}:abc", "0:abcdef12", f"{doc['entries']}:zzzzzzzz"):
            p = fixture.run(BIN, db, "verify", "--head", bad)
            t.check(p.returncode == 2 and "N:HEX" in p.stderr and bad in p.stderr, f"--head {bad!r}: {p.returncode} {p.stderr}")
        t.check(fixture.digest(db) == before, "a refused --head changed the ledger")

        footers(t, db, tmp, after)

        # A package checked against a head given on the command line.
        pkg = os.path.join(tmp, "pkg")
        p = fixture.run(BIN, db, "export", "audit", "--year", "2017", "--out", pkg)
        t.check(p.returncode == 0, f"export audit: {p.stdout} {p.stderr}")
        p = fixture.run(BIN, db, "verify", "--package", pkg, "--head", kept)
        t.check(p.returncode == 0, f"verify --package --head {kept}: {p.stdout} {p.stderr}")
        wrong = f"{doc['entries']}:{'0' * 8 if not doc['head'].startswith('0' * 8) else '1' * 8}"
        p = fixture.run(BIN, db, "verify", "--package", pkg, "--head", wrong)
        t.check(p.returncode == 1 and "被改写" in p.stdout, f"verify --package --head {wrong}: {p.stdout} {p.stderr}")
    t.finish()


if __name__ == "__main__":
    main()
