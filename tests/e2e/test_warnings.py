#!/usr/bin/python3
"""Warnings handled to the end (issue 17), on examples/audit-demo as of March 2019:

* the same ledger always yields the same warning ids (twice over, and on a byte copy);
* random sequences of steps (confirm, rectify, verify, valid or not) follow a model of the states:
  a valid step moves the warning as the model says; an invalid one exits 2, names why, and leaves
  the ledger file byte for byte as it was;
* confirming, rectifying and verifying never change a balance (balance --format json before and
  after every step is the same) nor any warning's id;
* an attachment is kept beside the ledger under its SHA-256 with the bytes given;
* the hash chain covers the handling: a step edited behind the engine's back (trigger dropped,
  row edited, trigger put back) makes `verify` exit 1 naming that entry.

usage: test_warnings.py BINARY REPO_ROOT
"""
import hashlib
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
DEMO = os.path.join(ROOT, "examples", "audit-demo")
IMPORTS = [("households", "households.csv"), ("sources", "sources.csv"), ("budget", "budget.toml"),
           ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv"), ("rules", "rules.toml")]
AS_OF = "2019-03-31"


def run(db, *args):
    return fixture.run(BIN, db, *args)


def build(db):
    assert run(db, "init").returncode == 0
    for kind, name in IMPORTS:
        r = run(db, "import", kind, os.path.join(DEMO, name))
        assert r.returncode == 0, r.stderr


def listing(db, as_of=AS_OF):
    r = run(db, "--format", "json", "warnings", "--as-of", as_of)
    assert r.returncode == 0, r.stderr
    return {w["id"]: w for w in json.loads(r.stdout)["warnings"]}


def file_sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


# The model: which steps each state allows, and where they lead.
def allowed(status, step, outcome):
    if step == "confirm":
        return status in ("open", "suspected")
    if step == "rectify":
        return status in ("suspected", "violation", "rectified")
    return status == "rectified"


def after(status, step, outcome):
    if step == "confirm":
        return outcome
    return "rectified" if step == "rectify" else "verified"


def property_run(t, tmp, seed):
    rng = random.Random(seed)
    db = os.path.join(tmp, f"p{seed}.db")
    build(db)
    first = listing(db)
    t.check(len(first) >= 6, f"seed {seed}: the demo's planted problems give warnings: {sorted(first)}")
    t.check(listing(db) == first, f"seed {seed}: a second run gives other warnings")
    copy = os.path.join(tmp, f"p{seed}-copy.db")
    shutil.copy(db, copy)
    t.check(set(listing(copy)) == set(first), f"seed {seed}: a byte copy gives other ids")
    balance = run(db, "--format", "json", "balance").stdout
    model = {wid: "open" for wid in first}
    # The steps go to the warnings found from 1 March on (idle lots reaching 365 days later in March
    # are found only from their day; a step before it is refused as "no warning").
    ids = sorted(listing(db, "2019-03-01"))
    t.check(set(ids) <= set(first), f"seed {seed}: a warning of 1 March is gone by the 31st")
    for day in range(1, 21):
        date = f"2019-03-{day + 1:02d}"
        wid = rng.choice(ids)
        step = rng.choice(["confirm", "rectify", "verify"])
        outcome = rng.choice(["normal", "suspected", "violation"])
        args = ["warnings", step, wid[: rng.choice([6, 11])], "--by", "审核员", "--date", date]
        if step == "confirm":
            args += ["--as", outcome]
        if step == "rectify":
            args += ["--measures", "收回并重新发放", "--amount-recovered", "3000"]
        before = file_sha(db)
        r = run(db, *args)
        if allowed(model[wid], step, outcome):
            t.check(r.returncode == 0, f"seed {seed}: {args} from {model[wid]} refused: {r.stderr}")
            model[wid] = after(model[wid], step, outcome)
        else:
            t.check(r.returncode == 2, f"seed {seed}: {args} from {model[wid]} exit {r.returncode}, expected 2")
            t.check(wid in r.stderr and "warning" in r.stderr, f"seed {seed}: refusal does not name {wid}: {r.stderr}")
            t.check(file_sha(db) == before, f"seed {seed}: a refused step changed the ledger")
        t.check(run(db, "--format", "json", "balance").stdout == balance, f"seed {seed}: {args} changed a balance")
        now = listing(db)
        t.check(set(now) == set(first), f"seed {seed}: ids changed after {args}")
        for w in now.values():
            t.check(w["status"] == model[w["id"]], f"seed {seed}: {w['id']} is {w['status']}, model {model[w['id']]}")
    rc, doc = fixture.verify_json(BIN, db)
    t.check(rc == 0 and doc.get("ok") is True, f"seed {seed}: verify after handling: {rc} {doc}")


def attachment_and_tamper(t, tmp):
    db = os.path.join(tmp, "a.db")
    build(db)
    wid = sorted(listing(db))[0]
    report = os.path.join(tmp, "核实报告.txt")
    content = "核实：已追回 3,000.00 元。\n".encode("utf-8")
    open(report, "wb").write(content)
    r = run(db, "warnings", "confirm", wid, "--as", "violation", "--by", "张会计", "--attach", report,
            "--date", "2019-03-05")
    t.check(r.returncode == 0, f"confirm with an attachment: {r.stderr}")
    sha = hashlib.sha256(content).hexdigest()
    kept = os.path.join(db + ".attachments", sha)
    t.check(os.path.exists(kept) and open(kept, "rb").read() == content, f"attachment not kept as {kept}")
    step = listing(db)[wid]["steps"][0]
    t.check(step["attachment_sha256"] == sha and step["attachment_name"] == "核实报告.txt", f"step: {step}")
    before = file_sha(db)
    missing = run(db, "warnings", "rectify", wid, "--measures", "x", "--attach", os.path.join(tmp, "none.pdf"))
    t.check(missing.returncode == 2 and "none.pdf" in missing.stderr, f"missing attachment: {missing.returncode} {missing.stderr}")
    # A refused step (verify before any rectification) keeps neither the step nor its file.
    other = os.path.join(tmp, "other.txt")
    open(other, "wb").write(b"not kept\n")
    refused = run(db, "warnings", "verify", wid, "--by", "x", "--attach", other, "--date", "2019-03-06")
    t.check(refused.returncode == 2 and wid in refused.stderr, f"verify before rectify: {refused.returncode} {refused.stderr}")
    t.check(not os.path.exists(os.path.join(db + ".attachments", hashlib.sha256(b"not kept\n").hexdigest())),
            "a refused step left its attachment beside the ledger")
    t.check(file_sha(db) == before, "refused steps changed the ledger")
    rc, doc = fixture.verify_json(BIN, db)
    t.check(rc == 0, f"verify before tampering: {doc}")
    con = sqlite3.connect(db)
    entry = con.execute("SELECT entry_id FROM warning_action").fetchone()[0]
    con.execute("DROP TRIGGER warning_action_no_update")
    con.execute("UPDATE warning_action SET outcome = 'normal' WHERE entry_id = ?", (entry,))
    con.execute("CREATE TRIGGER warning_action_no_update BEFORE UPDATE ON warning_action "
                "BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (warning_action)'); END")
    con.commit()
    con.close()
    rc, doc = fixture.verify_json(BIN, db)
    t.check(rc == 1 and doc.get("first_bad_entry") == entry, f"tampered step: verify {rc} {doc}, expected entry {entry}")


def main():
    t = fixture.Failures("warnings")
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(4):
            property_run(t, tmp, seed)
        attachment_and_tamper(t, tmp)
    t.finish()


if __name__ == "__main__":
    main()
