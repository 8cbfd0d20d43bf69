#!/usr/bin/python3
"""export audit / verify --package (issue 9): the package verifies offline; a changed report, a
missing or extra file, and a ledger copy edited behind the engine's back (even with the manifest
recomputed) are each caught with exit 1 and named."""
import hashlib, json, os, shutil, sqlite3, subprocess, sys, tempfile

binary, root = sys.argv[1], sys.argv[2]
ex = os.path.join(root, "examples", "shangzhou-2017")
failures = []


def run(args, env):
    return subprocess.run([binary] + args, env=env, capture_output=True, text=True)


def check(cond, what):
    if not cond:
        failures.append(what)


def remanifest(pkg):
    names = sorted(n for n in os.listdir(pkg) if n != "manifest.sha256" and not n.startswith("ledger.db-"))
    with open(os.path.join(pkg, "manifest.sha256"), "w") as f:
        for n in names:
            f.write(hashlib.sha256(open(os.path.join(pkg, n), "rb").read()).hexdigest() + "  " + n + "\n")


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, FUNDLEDGER_DB=os.path.join(tmp, "l.db"), FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="auditor")
    for args in (["init"], ["import", "households", f"{ex}/households.csv"], ["import", "sources", f"{ex}/sources.csv"],
                 ["import", "budget", f"{ex}/budget.toml"], ["import", "allocations", f"{ex}/allocations.csv"],
                 ["import", "disbursements", f"{ex}/disbursements.csv"], ["import", "rules", f"{ex}/rules.toml"]):
        p = run(args, env)
        if p.returncode != 0:
            sys.exit(f"{args}: {p.stderr}")
    pkg = os.path.join(tmp, "pkg")
    p = run(["export", "audit", "--year", "2017", "--out", pkg, "--format", "json"], env)
    check(p.returncode == 0, f"export: exit {p.returncode} {p.stderr}")
    exported = json.loads(p.stdout)
    files = set(os.listdir(pkg))
    for f in ("ledger.db", "chain.json", "balance-earmark.json", "check.json", "audit.json", "manifest.sha256"):
        check(f in files, f"package lacks {f}")
    bal = json.load(open(os.path.join(pkg, "balance-earmark.json")))
    live = json.loads(run(["balance", "--by", "earmark", "--year", "2017", "--as-of", "2017-12-31", "--format", "json"], env).stdout)
    check(bal == live, "the package's balance differs from the ledger's")
    p = run(["verify", "--package", pkg, "--format", "json"], env)
    res = json.loads(p.stdout)
    check(p.returncode == 0 and res["ok"] and res["head"] == exported["head"], f"fresh package does not verify: {p.stdout}")

    def expect_fail(label, needle):
        p = run(["verify", "--package", pkg], env)
        check(p.returncode == 1 and needle in p.stdout, f"{label}: exit {p.returncode}, output {p.stdout!r}")

    good = os.path.join(tmp, "good")
    shutil.copytree(pkg, good)

    with open(os.path.join(pkg, "audit.json"), "a") as f:
        f.write(" ")
    expect_fail("changed report", "audit.json: SHA-256 differs")
    shutil.rmtree(pkg); shutil.copytree(good, pkg)
    os.remove(os.path.join(pkg, "check.json"))
    expect_fail("missing file", "check.json: missing")
    shutil.rmtree(pkg); shutil.copytree(good, pkg)
    open(os.path.join(pkg, "extra.csv"), "w").write("x\n")
    expect_fail("extra file", "extra.csv: not in the manifest")
    shutil.rmtree(pkg); shutil.copytree(good, pkg)
    # Edit a payment in the copy behind the engine's back, then recompute the manifest to match.
    con = sqlite3.connect(os.path.join(pkg, "ledger.db"))
    con.execute("DROP TRIGGER disbursement_no_update")
    con.execute("UPDATE disbursement SET amount = amount + 100 WHERE rowid = (SELECT MIN(rowid) FROM disbursement)")
    con.execute("CREATE TRIGGER disbursement_no_update BEFORE UPDATE ON disbursement BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (disbursement)'); END")
    con.commit(); con.close()
    remanifest(pkg)
    expect_fail("edited ledger copy", "ledger.db:")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print("ok: package verifies; changed, missing, extra files and an edited ledger copy are caught")
