#!/usr/bin/python3
"""A bureau's holiday file (issue 17) given by the environment: FUNDLEDGER_HOLIDAYS is read as
--holidays is, --holidays wins over it, a bad one is refused (exit 2, the ledger unchanged), and the
steps of `export audit` count working days with the file the export was given (its check.json and
audit.json are what `check` and `audit` print with it).

The ledger is tests/golden/lag_rules' (see lag_rules.t for the days counted by hand): with the
bureau's file, 9 October 2025 is a local day off, so 县财发〔2025〕32号 (fully allocated on 10-09) is in time
under alloc-3-workdays and 整合〔2025〕2号 (first paid 10-11) under pay-5-workdays, and 2015 is covered.

usage: test_holidays_env.py BINARY REPO_ROOT
"""
import hashlib
import json
import os
import subprocess
import sys
import tempfile

BIN = os.path.abspath(sys.argv[1])
ROOT = sys.argv[2]
FIX = os.path.join(ROOT, "tests", "golden", "lag_rules_fixtures")
BUREAU = os.path.join(FIX, "holidays-bureau.toml")
BAD = os.path.join(FIX, "holidays-bad.toml")
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def run(env, *args, holidays_env=None):
    e = dict(env)
    e.pop("FUNDLEDGER_HOLIDAYS", None)
    if holidays_env is not None:
        e["FUNDLEDGER_HOLIDAYS"] = holidays_env
    return subprocess.run([BIN, *args], env=e, capture_output=True, text=True, timeout=300)


def findings(p):
    return sorted((f["code"], f["rule"], f["evidence"][0]) for f in json.loads(p.stdout)["findings"])


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "ledger.db")
        env = dict(os.environ, FUNDLEDGER_DB=db, FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="clerk",
                   LC_ALL="C.UTF-8", FUNDLEDGER_LANG="en")
        steps = [["init"]] + [["import", k, os.path.join(FIX, f)] for k, f in (
            ("sources", "sources.csv"), ("budget", "budget.toml"), ("allocations", "allocations.csv"),
            ("corrections", "corrections.csv"), ("allocations", "allocations-again.csv"),
            ("disbursements", "payments.csv"), ("rules", "rules-payment.toml"), ("rules", "rules-allocation.toml"))]
        for s in steps:
            p = run(env, *s)
            if p.returncode != 0:
                print(f"set-up failed: {s}: {p.stderr}", file=sys.stderr)
                return 1
        as_of = ["check", "--as-of", "2026-01-15", "--format", "json"]
        shipped = findings(run(env, *as_of))
        bureau = findings(run(env, *as_of, "--holidays", BUREAU))
        moved = {("late_allocation", "alloc-3-workdays", "县财发〔2025〕32号"),
                 ("late_payment", "pay-5-workdays", "整合〔2025〕2号"),
                 ("lag_not_judged", "alloc-upper-5-workdays", "市财发〔2015〕90号")}
        check(moved <= set(shipped), f"the shipped calendar's findings lack {moved - set(shipped)}")
        check(not moved & set(bureau), f"--holidays left {moved & set(bureau)}")
        check(("late_allocation", "alloc-upper-5-workdays", "市财发〔2015〕90号") in bureau, "2015 not judged with the file")
        check(findings(run(env, *as_of, holidays_env=BUREAU)) == bureau, "FUNDLEDGER_HOLIDAYS is not read as --holidays")
        check(findings(run(env, *as_of, "--holidays", BUREAU, holidays_env=BAD)) == bureau,
              "--holidays does not win over FUNDLEDGER_HOLIDAYS")
        lags = run(env, "report", "lags", "--year", "2025", "--as-of", "2026-01-15", "--format", "csv",
                   holidays_env=BUREAU).stdout
        row = next(line.split(",") for line in lags.splitlines() if line.startswith("县财发〔2025〕32号"))
        check(row[9] == "3", f"report lags under FUNDLEDGER_HOLIDAYS: 32号 allocation working days {row[9]}, not 3")

        before = digest(db)
        for args in (as_of, ["audit", "--as-of", "2026-01-15"], ["report", "lags", "--year", "2025"]):
            p = run(env, *args, holidays_env=BAD)
            check(p.returncode == 2, f"{args} with a bad FUNDLEDGER_HOLIDAYS: exit {p.returncode}")
            check(f"{BAD}:5:" in p.stderr and "error" in p.stderr, f"{args}: the bad file is not named at its line: {p.stderr}")
        check(digest(db) == before, "a refused run changed the ledger")

        # export audit: the steps run this binary again; they count with the export's holiday file.
        for how, extra, henv in (("--holidays", ["--holidays", BUREAU], None), ("FUNDLEDGER_HOLIDAYS", [], BUREAU)):
            out = os.path.join(tmp, "pkg-" + how.strip("-").lower())
            p = run(env, "export", "audit", "--year", "2025", "--out", out, *extra, holidays_env=henv)
            check(p.returncode == 0, f"export audit with {how}: exit {p.returncode}: {p.stderr}")
            if p.returncode != 0:
                continue
            for verb in ("check", "audit"):
                direct = run(env, verb, "--year", "2025", "--as-of", "2025-12-31", "--format", "json", "--holidays", BUREAU)
                packaged = json.load(open(os.path.join(out, verb + ".json"), encoding="utf-8"))
                check(packaged == json.loads(direct.stdout), f"export audit with {how}: {verb}.json is not the verb's own")
        p = run(env, "export", "audit", "--year", "2025", "--out", os.path.join(tmp, "pkg-bad"), "--holidays", BAD)
        check(p.returncode == 2 and not os.path.exists(os.path.join(tmp, "pkg-bad")),
              f"export audit with a bad file: exit {p.returncode}, package left: {os.path.exists(os.path.join(tmp, 'pkg-bad'))}")
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    print(f"test_holidays_env: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
