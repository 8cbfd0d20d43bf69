#!/usr/bin/python3
"""A read verb never changes the file it is pointed at (issue 18).

* Files that are not ledgers: a 0-byte file, an empty SQLite database, another application's
  SQLite database (with and without a user_version), a text file. Every read verb (and import)
  refuses with a message naming the file and what it is — exit 2 for an empty file or database,
  like a missing ledger; exit 3 for another application's database or a corrupt file — and the
  file is byte-identical afterwards, with no -wal or -shm left beside it. Before the fix, a read
  verb turned the 0-byte file and the other application's database into ledgers.
* `verify` on a ledger with no entries says it is empty.
* A full disk (as root, a small tmpfs holding the ledger and a filler): read verbs still read
  (no room for the WAL's shared-memory file: the index is kept in memory), and no message says a
  transaction was not committed; an import says "disk full". Skipped (exit 77) without root.

usage: test_read_safety.py BINARY REPO_ROOT
"""
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
READ_VERBS = [["balance", "--by", "town"], ["verify"], ["audit"], ["check"], ["trace", "--voucher", "X"],
              ["report", "sources", "--month", "2017-12"], ["loans"], ["budget", "history", "--year", "2017"]]
EX = os.path.join(ROOT, "examples", "shangzhou-2017")


def sqlite_file(path, sql):
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.commit()
    con.close()


def file_digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def foreign_files(t, tmp):
    files = {}
    files["zero.db"] = (None, 2, "is an empty file (0 bytes), not a fundledger ledger")
    open(os.path.join(tmp, "zero.db"), "wb").close()
    files["empty-sqlite.db"] = ("PRAGMA user_version = 0; VACUUM;", 2, "is an empty SQLite database")
    files["other-app.db"] = ("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('张三');", 3,
                             "is not a fundledger ledger: a SQLite database of another application")
    files["other-app-v5.db"] = ("CREATE TABLE t (x); PRAGMA user_version = 5;", 3, "user_version 5")
    files["other-app-id.db"] = ("CREATE TABLE import_batch (x); PRAGMA user_version = 3; PRAGMA application_id = 42;",
                                3, "application_id 42")
    files["text.db"] = (None, 3, "not a fundledger ledger")
    with open(os.path.join(tmp, "text.db"), "w", encoding="utf-8") as f:
        f.write("household_id,head_name\nH-1,王\n" * 200)
    for name, (sql, _, _) in files.items():
        if sql:
            sqlite_file(os.path.join(tmp, name), sql)
    for name, (_, rc_want, says) in files.items():
        path = os.path.join(tmp, name)
        before = file_digest(path)
        for verb in READ_VERBS + [["import", "households", os.path.join(EX, "households.csv")]]:
            p = fixture.run(BIN, path, *verb)
            t.check(p.returncode == rc_want and says in p.stderr and path in p.stderr,
                    f"{name}: {' '.join(verb)}: exit {p.returncode} (want {rc_want}), stderr {p.stderr.strip()[:300]}")
        t.check(file_digest(path) == before, f"{name}: the file was changed")
        t.check(not os.path.exists(path + "-wal") and not os.path.exists(path + "-shm"), f"{name}: -wal/-shm left")
    print(f"{len(files)} files that are not ledgers: every verb refused them, each left byte-identical")


def empty_ledger(t, tmp):
    db = os.path.join(tmp, "empty.db")
    fixture.run(BIN, db, "init")
    p = fixture.run(BIN, db, "verify")
    t.check(p.returncode == 0 and "the ledger is empty" in p.stdout, f"verify of an empty ledger: {p.stdout}")
    rc, doc = fixture.verify_json(BIN, db)
    t.check(rc == 0 and doc.get("entries") == 0 and doc.get("ok") is True, f"verify json of an empty ledger: {doc}")


def disk_full_reads(t, tmp):
    if os.geteuid() != 0:
        print("SKIP disk full: mounting a small tmpfs needs root")
        return False
    base = fixture.prepare_ledger(BIN, ROOT, os.path.join(tmp, "base.db"))
    con = sqlite3.connect(base)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    mnt = os.path.join(tmp, "small")
    os.mkdir(mnt)
    m = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={os.path.getsize(base) + 1024 * 1024}", "tmpfs", mnt],
                       capture_output=True, text=True)
    if m.returncode != 0:
        print(f"SKIP disk full: cannot mount tmpfs: {m.stderr.strip()}")
        return False
    try:
        db = os.path.join(mnt, "l.db")
        with open(base, "rb") as src, open(db, "wb") as dst:
            dst.write(src.read())
        st = os.statvfs(mnt)
        with open(os.path.join(mnt, "filler"), "wb") as f:
            f.write(b"\0" * max(0, st.f_bavail * st.f_frsize - 4096))
        before = file_digest(db)
        for verb in (["balance", "--by", "earmark"], ["verify"], ["audit"], ["report", "sources", "--month", "2017-12"]):
            p = fixture.run(BIN, db, *verb)
            t.check(p.returncode in (0, 1) and p.stdout.strip(), f"disk full: {' '.join(verb)}: exit {p.returncode} {p.stderr[:300]}")
            t.check("not committed" not in p.stderr, f"disk full: {' '.join(verb)} speaks of a transaction: {p.stderr[:300]}")
        p = fixture.run(BIN, db, "verify")
        t.check(p.returncode == 0 and p.stdout.startswith("ok: "), f"disk full: verify: {p.stdout} {p.stderr}")
        p = fixture.run(BIN, db, "import", "sources", os.path.join(EX, "sources.csv"), "--override", "x")
        later = os.path.join(tmp, "later.csv")
        with open(later, "w", encoding="utf-8") as f:
            f.write("household_id,head_name,id_number,town,village,members,registered,poverty_cause\n" +
                    "".join(f"F-{i:04d},王{i},,大荆镇,南村,3,是,因病\n" for i in range(2000)))
        p = fixture.run(BIN, db, "import", "households", later)
        t.check(p.returncode == 3 and "disk full" in p.stderr, f"disk full: import: exit {p.returncode} {p.stderr[:300]}")
        t.check(file_digest(db) == before, "disk full: the ledger changed")
        print("disk full: balance, verify, audit and report read; an import is refused as disk full")
    finally:
        subprocess.run(["umount", mnt], capture_output=True)
    return True


def main():
    t = fixture.Failures("read_safety")
    with tempfile.TemporaryDirectory() as tmp:
        foreign_files(t, tmp)
        empty_ledger(t, tmp)
        ran = disk_full_reads(t, tmp)
    t.finish()
    if not ran:
        sys.exit(77)


if __name__ == "__main__":
    main()
