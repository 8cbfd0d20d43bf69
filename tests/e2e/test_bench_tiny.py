#!/usr/bin/python3
"""The benchmark (bench/run.py) at a tiny N, so it cannot rot (issue 8).

    test_bench_tiny.py FUNDLEDGER_BINARY REPO_ROOT

Asserts only correctness, never a time: the generated ledger imports into fundledger, and
fundledger, ledger-cli, hledger and sqlite3 report the same totals to the fen. Then it plants a
one-fen difference in the ledger-cli journal and asserts the benchmark notices and fails loudly
(so the agreement check itself can fail). Exit non-zero on any failure.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile


def main(argv):
    binary, root = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    run = os.path.join(root, "bench", "run.py")
    failures = []
    with tempfile.TemporaryDirectory(prefix="bench-tiny-") as tmp:
        out = os.path.join(tmp, "results.md")
        p = subprocess.run([sys.executable, run, "300", "--reps", "1", "--binary", binary, "--work", tmp, "--out", out],
                           capture_output=True, text=True, timeout=1200)
        if p.returncode != 0:
            print(p.stdout[-4000:], p.stderr[-4000:], sep="\n")
            print(f"FAIL: bench/run.py 300 exited {p.returncode}")
            return 1
        md = open(out, encoding="utf-8").read()
        if "every tool agrees with the generator to the fen" not in md:
            failures.append("results table does not state that the totals agree")
        for step in ("import disbursements (300 rows)", "balance --by earmark", "balance --by town", "bal ^Disbursed",
                     "budget ^Disbursed", "bal --budget", ".import (300 rows)", "GROUP BY town",
                     # every other read verb is timed too (bench/run.py other_verbs)
                     "balance --by payee", "| verify |", "trace --voucher", "trace --source", "check --as-of",
                     "audit --as-of", "report flows", "report disclosure", "plan --base-year", "budget diff",
                     "loans --by household", "subsidy --year", "export audit", "verify --package",
                     "payments (every payment, csv)", "payments --town", "payments --month", "households (the register"):
            if step not in md:
                failures.append(f"results table lacks the step {step!r}")
        exp = json.load(open(os.path.join(tmp, "data", "expected.json"), encoding="utf-8"))
        if exp["counts"]["disbursements"] != 300 or exp["counts"]["towns"] != 200:
            failures.append(f"generator counts wrong: {exp['counts']}")
        # The generator is seeded: a second run gives byte-identical files.
        again = os.path.join(tmp, "again")
        subprocess.run([sys.executable, os.path.join(root, "bench", "gen.py"), "300", again], check=True,
                       stdout=subprocess.DEVNULL)
        for f in ("ledger.journal", "disbursements_plain.csv", "fundledger/disbursements.csv"):
            if open(os.path.join(tmp, "data", f), "rb").read() != open(os.path.join(again, f), "rb").read():
                failures.append(f"gen.py is not deterministic: {f} differs between two runs")

        # Plant a one-fen difference in the journal: the benchmark must fail loudly.
        bad = os.path.join(tmp, "bad")
        shutil.copytree(os.path.join(tmp, "data"), bad)
        j = os.path.join(bad, "ledger.journal")
        text = open(j, encoding="utf-8").read()
        i = text.index("    Disbursed:", text.index("\n20"))  # the first real disbursement posting
        end = text.index(" CNY", i)
        amount = text[i:end].split()[-1]
        whole, frac = amount.split(".")
        fen = int(whole) * 100 + int(frac) + 1
        text = text[:end - len(amount)] + f"{fen // 100}.{fen % 100:02d}" + text[end:]
        # Keep the transaction balanced: the Funds posting below takes the extra fen too.
        k = text.index("    Funds:", end)
        kend = text.index(" CNY", k)
        famount = text[k:kend].split()[-1]
        text = text[:kend - len(famount)] + f"-{fen // 100}.{fen % 100:02d}" + text[kend:]
        open(j, "w", encoding="utf-8").write(text)
        p = subprocess.run([sys.executable, run, "300", "--reps", "1", "--binary", binary, "--work", os.path.join(tmp, "w2"),
                            "--data", bad, "--out", os.path.join(tmp, "bad.md"), "--no-setup"],
                           capture_output=True, text=True, timeout=1200)
        if p.returncode != 1 or "MISMATCH ledger" not in p.stderr or "MISMATCH hledger" not in p.stderr:
            failures.append(f"a planted one-fen difference was not reported (exit {p.returncode}):\n{p.stderr[-2000:]}")
        if "MISMATCH fundledger" in p.stderr or "MISMATCH sqlite3" in p.stderr:
            failures.append("the planted difference was blamed on the wrong tool:\n" + p.stderr[-2000:])
    for f in failures:
        print("FAIL:", f)
    if not failures:
        print("ok: bench at N=300 — fundledger, ledger, hledger and sqlite3 agree to the fen; a planted fen is caught")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
