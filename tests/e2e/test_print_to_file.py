#!/usr/bin/python3
"""--out FILE on the verbs that print (issue 15: "CSV written for people carries a UTF-8 BOM").

What a verb prints goes into FILE instead, whole or not at all: for --format csv a UTF-8 BOM and
then exactly the bytes the verb prints to stdout; text and json without a BOM. Findings (exit 1)
are a result and are written. Refused before anything is read or written (exit 2, the file not
created, the ledger byte-identical): a folder that does not exist, the ledger itself as FILE, and
a verb that fails its own arguments. Verbs that write a file of their own keep their --out.

usage: test_print_to_file.py BINARY REPO_ROOT
"""
import json
import os
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

# This test reads the Chinese outputs (the default language; fixture.env defaults to English).
os.environ["FUNDLEDGER_LANG"] = "zh"

BIN = os.path.abspath(sys.argv[1])
BOM = b"\xef\xbb\xbf"


def main():
    t = fixture.Failures("print-to-file")
    with tempfile.TemporaryDirectory() as tmp:
        db = fixture.prepare_ledger(BIN, ROOT, os.path.join(tmp, "l.db"))
        before = fixture.digest(db)
        cases = [(["balance", "--by", "town", "--as-of", "2017-12-31"], "csv"),
                 (["balance", "--by", "payee", "--as-of", "2017-12-31"], "text"),
                 (["trace", "--source", "商区扶组发〔2017〕5号"], "json"),
                 (["report", "summary", "--month", "2017-12"], "csv"),
                 (["audit", "--as-of", "2017-12-31"], "csv"),
                 (["payments", "--as-of", "2017-12-31"], "csv"),
                 (["households", "--town", "大荆镇"], "json")]
        for args, fmt in cases:
            out = os.path.join(tmp, f"{args[0]}-{fmt}.out")
            plain = fixture.run(BIN, db, *args, "--format", fmt)
            r = fixture.run(BIN, db, *args, "--format", fmt, "--out", out)
            label = " ".join(args[:2]) + f" --format {fmt}"
            t.check(r.returncode == plain.returncode and r.returncode in (0, 1), f"{label}: exit {r.returncode} vs {plain.returncode}: {r.stderr[:200]}")
            said = json.loads(r.stdout) if fmt == "json" else r.stdout
            t.check(said == ({"wrote": [out]} if fmt == "json" else f"已写出 {out}\n"), f"{label}: stdout {r.stdout[:200]!r}")
            data = open(out, "rb").read() if os.path.exists(out) else b""
            want = (BOM if fmt == "csv" else b"") + plain.stdout.encode()
            t.check(data == want, f"{label}: the file is not the printout ({len(data)} vs {len(want)} bytes)")
            if fmt == "json":
                t.check(json.loads(data) is not None, f"{label}: not JSON")
        r = fixture.run(BIN, db, "audit", "--as-of", "2017-12-31", "--format", "json", "--out", os.path.join(tmp, "a.json"))
        t.check(r.returncode == fixture.run(BIN, db, "audit", "--as-of", "2017-12-31").returncode, "audit's exit code is kept")
        # Refusals: nothing created, the ledger unchanged.
        refused = [(["balance", "--by", "town", "--out", os.path.join(tmp, "no", "x.csv")], "不存在"),
                   (["balance", "--by", "town", "--out", db], "就是账本"),
                   (["balance", "--by", "town", "--as-of", "2017-02-30", "--out", os.path.join(tmp, "bad.csv")], "该月没有这一天")]
        for args, needle in refused:
            r = fixture.run(BIN, db, *args, "--format", "csv")
            t.check(r.returncode == 2 and needle in r.stderr, f"{args}: exit {r.returncode}, stderr {r.stderr[:200]!r}")
            t.check(r.stdout == "", f"{args}: stdout {r.stdout!r}")
        t.check(not os.path.exists(os.path.join(tmp, "no")) and not os.path.exists(os.path.join(tmp, "bad.csv")),
                "a refused --out created something")
        t.check(fixture.digest(db) == before, "the ledger changed")
        # A verb with its own --out keeps it.
        wb = os.path.join(tmp, "m.xlsx")
        r = fixture.run(BIN, db, "report", "monthly", "--month", "2017-12", "--out", wb)
        t.check(r.returncode == 0 and open(wb, "rb").read(2) == b"PK", f"report monthly --out: {r.returncode} {r.stderr[:200]}")
        print(f"print to file: {len(cases)} verbs and formats written as printed; {len(refused)} refusals wrote nothing")
    t.finish()


if __name__ == "__main__":
    main()
