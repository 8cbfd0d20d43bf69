#!/usr/bin/python3
"""export audit / verify --package (issues 9, 18): the package verifies offline; a changed report, a
missing or extra file, a ledger.db-wal / -shm / -journal beside the copy (SQLite would read it while
ledger.db's bytes are the same), an empty audit.json with the manifest recomputed, and a ledger
copy edited behind the engine's back (even with the manifest recomputed) are each caught with exit
1 and named. A step of the export that is killed (FUNDLEDGER_KILL_STEP, the test hook) or fails
fails the export: non-zero exit, never "exported", no package at --out and nothing left beside it.
verify --package leaves the package as it found it (no -wal/-shm of its own), so it can be re-run.
The chain is walked once per package: the audit step gets the verify step's head (audit
--chain-verified, hidden); its audit.json equals a plain audit's; an audit told another head walks
the chain and finds an edit; a malformed head is refused (exit 2, ledger unchanged)."""
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
    names = sorted(n for n in os.listdir(pkg) if n != "manifest.sha256")
    with open(os.path.join(pkg, "manifest.sha256"), "w") as f:
        for n in names:
            f.write(hashlib.sha256(open(os.path.join(pkg, n), "rb").read()).hexdigest() + "  " + n + "\n")


with tempfile.TemporaryDirectory() as tmp:
    # Reads English messages (the default language is Chinese).
    env = dict(os.environ, FUNDLEDGER_DB=os.path.join(tmp, "l.db"), FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="auditor",
               FUNDLEDGER_LANG="en")
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

    # The chain is walked once per package: the audit step is told the head the verify step found
    # (audit --chain-verified, hidden). Its audit.json is the plain audit's, byte for byte.
    plain = run(["audit", "--year", "2017", "--as-of", "2017-12-31", "--format", "json"], env)
    check(open(os.path.join(pkg, "audit.json")).read() == plain.stdout, "the package's audit.json differs from `audit`'s")
    chain = json.load(open(os.path.join(pkg, "chain.json")))
    stored = f"{chain['entries']}:{chain['head']}"
    other = f"{chain['entries']}:{'0' * 64}"
    tampered = os.path.join(tmp, "tampered.db")
    shutil.copy(os.path.join(pkg, "ledger.db"), tampered)
    con = sqlite3.connect(tampered)
    con.execute("DROP TRIGGER disbursement_no_update")
    con.execute("UPDATE disbursement SET amount = amount + 100 WHERE rowid = (SELECT MIN(rowid) FROM disbursement)")
    con.commit(); con.close()
    tenv = dict(env, FUNDLEDGER_DB=tampered)

    def audit_codes(*extra):
        p = run(["audit", "--format", "json", *extra], tenv)
        return p.returncode, [f["code"] for f in json.loads(p.stdout)["findings"]] if p.stdout else []

    rc, codes = audit_codes()
    check(rc == 1 and "chain_broken" in codes, f"tampered copy: plain audit: exit {rc}, {codes}")
    rc, codes = audit_codes("--chain-verified=" + other)
    check(rc == 1 and "chain_broken" in codes, f"tampered copy, another head claimed verified: the chain was not walked: {codes}")
    rc, codes = audit_codes("--chain-verified=" + stored)
    check("chain_broken" not in codes, f"the stored head claimed verified: the chain was walked again: {codes}")
    before = open(tampered, "rb").read()
    p = run(["audit", "--chain-verified", "5:abcdef12"], tenv)
    check(p.returncode == 2 and "--chain-verified 5:abcdef12" in p.stderr and "64-digit" in p.stderr,
          f"short --chain-verified: exit {p.returncode} {p.stderr!r}")
    check(open(tampered, "rb").read() == before, "a refused audit changed the ledger")
    check("--chain-verified" not in run(["audit", "--help"], env).stdout, "audit --help shows the hidden --chain-verified")

    def expect_fail(label, needle):
        p = run(["verify", "--package", pkg], env)
        check(p.returncode == 1 and needle in p.stdout, f"{label}: exit {p.returncode}, output {p.stdout!r}")

    p = run(["verify", "--package", pkg], env)
    check(p.returncode == 0 and sorted(os.listdir(pkg)) == sorted(files), f"verify --package changed the package or fails when re-run: {os.listdir(pkg)} {p.stdout}")

    good = os.path.join(tmp, "good")
    shutil.copytree(pkg, good)

    # A WAL beside the copy: ledger.db's bytes are identical, what SQLite reads is not.
    for suffix in ("-wal", "-shm", "-journal"):
        shutil.rmtree(pkg); shutil.copytree(good, pkg)
        with open(os.path.join(pkg, "ledger.db" + suffix), "wb") as f:
            f.write(b"\0" * 32 if suffix != "-wal" else open(os.path.join(tmp, "l.db"), "rb").read()[:4096])
        expect_fail(f"ledger.db{suffix} beside the copy", f"ledger.db{suffix}: not in the manifest")
    shutil.rmtree(pkg); shutil.copytree(good, pkg)
    open(os.path.join(pkg, "audit.json"), "w").close()
    remanifest(pkg)
    expect_fail("empty audit.json, manifest recomputed", "audit.json: not a JSON document")
    shutil.rmtree(pkg); shutil.copytree(good, pkg)

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

    # A step killed or failing: the export fails and leaves no package, at --out or beside it.
    for step in ("chain.json", "balance-town.json", "audit.json", "monthly-2017-12.xlsx", "disclosure-2017.xlsx"):
        out = os.path.join(tmp, "killed-" + step)
        p = run(["export", "audit", "--year", "2017", "--out", out], dict(env, FUNDLEDGER_KILL_STEP=step))
        check(p.returncode == 3 and "exported" not in p.stdout and step in p.stderr and "killed" in p.stderr,
              f"killed step {step}: exit {p.returncode}, stdout {p.stdout!r}, stderr {p.stderr!r}")
        check(not os.path.exists(out), f"killed step {step}: {out} exists")
    left = [n for n in os.listdir(tmp) if "fundledger-" in n]
    check(not left, f"temporary package folders left behind: {left}")
    # An --out that exists and is not empty is refused before anything is written.
    p = run(["export", "audit", "--year", "2017", "--out", good], env)
    check(p.returncode == 2 and "not an empty directory" in p.stderr, f"non-empty --out: exit {p.returncode} {p.stderr}")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print("ok: package verifies; changed, missing, extra files, a -wal/-shm/-journal beside the copy, an empty audit.json\n"
      "and an edited ledger copy are caught; a killed step fails the export and leaves no package")
