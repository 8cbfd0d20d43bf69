#!/usr/bin/python3
"""Read-only ledgers and a full disk (issue 9).

* `--read-only` and FUNDLEDGER_READONLY=1: every writing verb (import of each kind, init,
  subsidy --post, settings set/unset) refuses with exit 2 and the ledger byte-for-byte unchanged; balance, trace,
  audit, check, verify, loans, plan, budget history and the report tables work.
* A ledger file chmod 0444 and a read-only folder: imports fail with exit 3 and a message naming
  the read-only file or folder, nothing written; on the 0444 file, reports still work. Root ignores
  permissions, so as root these cases run the binary as nobody (setpriv --reuid=65534); without
  root and setpriv they are skipped (exit 77, CTest: Skipped) with the reason printed; they run as
  their own CTest entry, e2e:test_readonly_permissions.
* Disk full: as root, a tmpfs (ledger + 8 MiB) holds a copy of the ledger and a filler file; an import that
  needs more room fails with exit 3 and "disk full", the ledger intact; after the filler is removed
  the same import lands. Skipped (exit 77, reason printed) when tmpfs cannot be mounted; its own
  CTest entry, e2e:test_disk_full.

* An auditor's copy in a read-only folder with no -wal/-shm beside it: `--read-only` reports work
  (the engine opens the file as immutable) and the file stays unchanged.

usage: test_readonly.py BINARY REPO_ROOT
"""
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixture  # noqa: E402
import test_crash as data  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
EX = os.path.join(ROOT, "examples", "shangzhou-2017")

WRITING = [
    ("import sources", ["import", "sources", os.path.join(EX, "sources.csv")]),
    ("import households", ["import", "households", os.path.join(EX, "households.csv")]),
    ("import budget", ["import", "budget", os.path.join(EX, "budget-2018.toml")]),
    ("import allocations", ["import", "allocations", os.path.join(EX, "allocations.csv")]),
    ("import disbursements", ["import", "disbursements", os.path.join(EX, "disbursements.csv")]),
    ("import rules", ["import", "rules", os.path.join(EX, "rules.toml")]),
    ("import loans", ["import", "loans", os.path.join(ROOT, "examples", "pingli-2016", "loans.csv")]),
    ("subsidy --post", ["subsidy", "--year", "2017", "--post", "--earmark", "LOAN-SUBSIDY"]),
    ("settings set", ["settings", "set", "单位", "商州区财政局"]),
    ("settings unset", ["settings", "unset", "unit"]),
    ("lock", ["lock", "--through", "2017-06-30", "--reason", "上半年报表已报送"]),
    ("unlock", ["unlock", "--reason", "补记"]),
    ("freeze", ["freeze", "--source", "商财发〔2017〕6号", "--amount", "1万", "--date", "2017-12-01", "--reason", "核查"]),
    ("unfreeze", ["unfreeze", "--id", "DJ-20171201-1", "--reason", "核查完毕"]),
    ("transfer", ["transfer", "--year", "2017", "--from", "OTHER", "--to", "WALNUT", "--amount", "1万", "--date",
                  "2017-12-01", "--doc", "商财发〔2017〕99号", "--reason", "调剂"]),
    ("reduce", ["reduce", "--year", "2017", "--line", "OTHER", "--amount", "1万", "--date", "2017-12-01", "--doc",
                "商财发〔2017〕99号", "--reason", "调减"]),
    ("reduce --source", ["reduce", "--source", "商财发〔2017〕6号", "--amount", "1万", "--date", "2017-12-01", "--doc",
                "商财发〔2017〕99号", "--reason", "上级收回"]),
    ("close", ["close", "--year", "2017", "--date", "2018-01-10", "--reason", "年终结转"]),
    ("advance", ["advance", "--amount", "1万", "--date", "2017-01-05", "--reason", "先行拨付"]),
    ("settle", ["settle", "--advance", "YB-1", "--source", "商财发〔2017〕6号", "--date", "2017-03-01", "--doc", "D",
                "--reason", "核销"]),
    ("recall", ["recall", "--year", "2017", "--date", "2018-01-10", "--doc", "商财发〔2018〕9号", "--reason", "结余收回"]),
]
READING = [
    ["balance", "--by", "source"], ["balance", "--by", "earmark"], ["balance", "--by", "payee", "--year", "2017"],
    ["trace", "--voucher", "FP2017-D002"], ["trace", "--source", "商财发〔2017〕6号"],
    ["audit", "--year", "2017"], ["check", "--year", "2017"], ["verify"], ["plan", "--base-year", "2017", "--years", "2", "--growth", "20%"],
    ["budget", "history", "--year", "2017"], ["loans"], ["settings"], ["settings", "--history"],
    ["lock"], ["freeze"], ["advances"],
]


def digest(db):
    """sha256 of the ledger file and of its -wal when that holds anything. A read-only open of a
    WAL ledger leaves an empty -wal (and a -shm index) behind; that is no change of the ledger."""
    h = hashlib.sha256()
    for suffix in ("", "-wal"):
        p = db + suffix
        if os.path.exists(p) and os.path.getsize(p) > 0:
            with open(p, "rb") as f:
                h.update(suffix.encode() + b"\0" + f.read())
    return h.hexdigest()


def read_only_mode(t, base, work, tmp):
    for how, flag, extra in (("--read-only", ["--read-only"], None), ("FUNDLEDGER_READONLY=1", [], {"FUNDLEDGER_READONLY": "1"})):
        fixture.copy_ledger(base, work)
        before = digest(work)
        for name, args in WRITING:
            r = fixture.run(BIN, work, *flag, *args, extra_env=extra)
            t.check(r.returncode == 2, f"{how} {name}: exit {r.returncode}, expected 2: {r.stderr[:300]}")
            t.check("read-only" in r.stderr, f"{how} {name}: message does not say read-only: {r.stderr[:300]}")
            t.check(digest(work) == before, f"{how} {name}: the ledger changed")
        fresh = os.path.join(tmp, "fresh.db")
        r = fixture.run(BIN, fresh, *flag, "init", extra_env=extra)
        t.check(r.returncode == 2 and not os.path.exists(fresh), f"{how} init: exit {r.returncode}, file created: {os.path.exists(fresh)}")
        for args in READING:
            r = fixture.run(BIN, work, *flag, *args, extra_env=extra)
            t.check(r.returncode in (0, 1) and r.stdout.strip(), f"{how} {' '.join(args)}: exit {r.returncode}: {r.stderr[:300]}")
        t.check(digest(work) == before, f"{how}: reading verbs changed the ledger")
        r = fixture.run(BIN, work, *flag, "--format", "json", "balance", "--by", "source", extra_env=extra)
        w = fixture.run(BIN, work, "--format", "json", "balance", "--by", "source")
        t.check(r.stdout == w.stdout and r.returncode == 0, f"{how}: balance differs from a read-write open")
    # FUNDLEDGER_READONLY set to something else is not read-only (only "1" is).
    fixture.copy_ledger(base, work)
    r = fixture.run(BIN, work, "import", "disbursements", os.path.join(EX, "disbursements.csv"), extra_env={"FUNDLEDGER_READONLY": "0"})
    t.check(r.returncode == 0, f"FUNDLEDGER_READONLY=0 import: {r.returncode} {r.stderr[:200]}")


def as_nobody():
    """A command prefix that drops root, or None (with the reason) if that cannot be done."""
    if os.geteuid() != 0:
        return [], None  # already unprivileged: permissions apply
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None, "running as root and setpriv is missing, so file permissions would be ignored"
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"], None


def run_as(prefix, db, *args):
    return subprocess.run(prefix + [BIN, "--db", db, *args], capture_output=True, text=True, env=fixture.env(),
                          errors="replace", timeout=120)


def permissions(t, base, tmp):
    prefix, why = as_nobody()
    if prefix is None:
        print(f"SKIP permission cases: {why}")
        return False
    d = os.path.join(tmp, "perm")
    os.mkdir(d)
    os.chmod(tmp, 0o755)
    db = os.path.join(d, "l.db")
    pay = os.path.join(d, "pay.csv")
    shutil.copyfile(os.path.join(EX, "disbursements.csv"), pay)
    fixture.copy_ledger(base, db)
    if os.geteuid() == 0:
        for p in (d, db, pay):
            os.chown(p, 65534, 65534)
    probe = run_as(prefix, db, "verify")
    if probe.returncode != 0:
        print(f"SKIP permission cases: the binary cannot run as nobody here ({probe.stderr[:200]})")
        return False
    # The file read-only.
    os.chmod(db, 0o444)
    before = digest(db)
    r = run_as(prefix, db, "import", "disbursements", pay)
    t.check(r.returncode == 3, f"0444 file: import exit {r.returncode}, expected 3: {r.stderr[:300]}")
    t.check("read-only" in r.stderr and "nothing was recorded" in r.stderr, f"0444 file: unclear message: {r.stderr[:300]}")
    t.check(digest(db) == before, "0444 file: the ledger changed")
    for args in (["balance", "--by", "earmark"], ["verify"], ["trace", "--voucher", "FP2017-D002"]):
        r = run_as(prefix, db, *args)
        t.check(r.returncode == 0, f"0444 file: {' '.join(args)} exit {r.returncode}: {r.stderr[:300]}")
        r = run_as(prefix, db, "--read-only", *args)
        t.check(r.returncode == 0, f"0444 file: --read-only {' '.join(args)} exit {r.returncode}: {r.stderr[:300]}")
    t.check(digest(db) == before, "0444 file: reading changed the ledger")
    print("0444 ledger file: import refused (exit 3), reports work")
    # The folder read-only (the file writable): SQLite cannot create the -wal/-shm it needs.
    os.chmod(db, 0o644)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    os.chmod(d, 0o555)
    before = digest(db)
    r = run_as(prefix, db, "import", "disbursements", pay)
    t.check(r.returncode == 3, f"read-only folder: import exit {r.returncode}, expected 3: {r.stderr[:300]}")
    t.check("read-only" in r.stderr or "folder" in r.stderr, f"read-only folder: unclear message: {r.stderr[:300]}")
    t.check(digest(db) == before, "read-only folder: the ledger changed")
    for args in (["balance", "--by", "earmark"], ["verify"]):
        r = run_as(prefix, db, "--read-only", *args)
        t.check(r.returncode == 0, f"read-only folder: --read-only {' '.join(args)} exit {r.returncode}: {r.stderr[:300]}")
    t.check(digest(db) == before, "read-only folder: reading changed the ledger")
    os.chmod(d, 0o755)
    r = run_as(prefix, db, "import", "disbursements", pay)
    t.check(r.returncode == 0, f"writable again: import exit {r.returncode}: {r.stderr[:300]}")
    print("read-only folder: import refused (exit 3); lands once the folder is writable")
    return True


def disk_full(t, base, tmp):
    if os.geteuid() != 0:
        print("SKIP disk full: mounting a small tmpfs needs root")
        return False
    mnt = os.path.join(tmp, "small")
    os.mkdir(mnt)
    size = os.path.getsize(base) + (os.path.getsize(base + "-wal") if os.path.exists(base + "-wal") else 0)
    m = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size + 8 * 1024 * 1024}", "tmpfs", mnt], capture_output=True, text=True)
    if m.returncode != 0:
        print(f"SKIP disk full: cannot mount tmpfs: {m.stderr.strip()}")
        return False
    try:
        db = os.path.join(mnt, "l.db")
        fixture.copy_ledger(base, db)
        con = sqlite3.connect(db)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        pay = os.path.join(tmp, "full.csv")
        rows = 3000
        data.write_payments(ROOT, pay, rows, "FULL", 3)
        before = data.count(db, "FULL"), fixture.query(db, "SELECT count(*) FROM entry")[0][0]
        filler = os.path.join(mnt, "filler")
        st = os.statvfs(mnt)
        free = st.f_bavail * st.f_frsize
        with open(filler, "wb") as f:
            f.write(b"\0" * max(0, free - 16 * 1024))
        r = fixture.run(BIN, db, "import", "disbursements", pay)
        t.check(r.returncode == 3, f"disk full: import exit {r.returncode}, expected 3: {r.stderr[:300]}")
        t.check("disk full" in r.stderr, f"disk full: message does not say disk full: {r.stderr[:300]}")
        os.remove(filler)
        t.check(data.integrity_rw(db) == "ok", "disk full: integrity_check")
        after = data.count(db, "FULL"), fixture.query(db, "SELECT count(*) FROM entry")[0][0]
        t.check(after == before, f"disk full: ledger changed {before} -> {after}")
        v = fixture.run(BIN, db, "verify")
        t.check(v.returncode == 0, f"disk full: verify exit {v.returncode}: {v.stdout[:200]}")
        r = fixture.run(BIN, db, "import", "disbursements", pay)
        t.check(r.returncode == 0 and data.count(db, "FULL") == rows, f"disk full: import after freeing room: {r.stderr[:300]}")
        print("disk full: import refused (exit 3, 'disk full'), ledger intact; lands once there is room")
    finally:
        subprocess.run(["umount", mnt], capture_output=True)
    return True


SKIPPED = 77  # CTest reports the entry as Skipped (tests/CMakeLists.txt), never Passed


def main(section="read-only"):
    """One CTest entry per section, so a section that cannot run here shows as Skipped:
    read-only (this file), permissions (test_readonly_permissions.py), disk-full (test_disk_full.py)."""
    t = fixture.Failures(section)
    with tempfile.TemporaryDirectory() as tmp:
        base = fixture.prepare_ledger(BIN, ROOT, os.path.join(tmp, "base.db"))
        work = os.path.join(tmp, "work.db")
        if section == "read-only":
            read_only_mode(t, base, work, tmp)
        elif section == "permissions":
            if not permissions(t, base, tmp):
                sys.exit(SKIPPED)
        elif section == "disk-full":
            big = data.prepare(BIN, ROOT, os.path.join(tmp, "big.db"), tmp)
            if not disk_full(t, big, tmp):
                sys.exit(SKIPPED)
        else:
            raise SystemExit(f"unknown section {section}")
    t.finish()


if __name__ == "__main__":
    main()
