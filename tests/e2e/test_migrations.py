#!/usr/bin/python3
"""Schema versions (issue 3): a ledger made by an older fundledger (schema version 1, from
schemas/0001_ledger.sql alone, with data in it) is migrated forward when opened, keeping its
entries and its hash chain; a ledger from a newer fundledger is refused with a clear message and
left unchanged."""
import glob, hashlib, os, sqlite3, subprocess, sys, tempfile

binary, root = sys.argv[1], sys.argv[2]
failures = []
migrations = sorted(glob.glob(os.path.join(root, "schemas", "[0-9][0-9][0-9][0-9]_*.sql")))
newest = int(os.path.basename(migrations[-1])[:4])


def run(args, env):
    return subprocess.run([binary] + args, env=env, capture_output=True, text=True)


def check(cond, what):
    if not cond:
        failures.append(what)


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="clerk")
    ex = os.path.join(root, "examples", "shangzhou-2017")
    # A current ledger with data, to know what the old one should hold after migrating.
    cur = os.path.join(tmp, "current.db")
    env["FUNDLEDGER_DB"] = cur
    run(["init"], env)
    for kind, f in (("households", "households.csv"), ("sources", "sources.csv"), ("budget", "budget.toml")):
        p = run(["import", kind, os.path.join(ex, f)], env)
        check(p.returncode == 0, f"import {kind}: {p.stderr}")
    con = sqlite3.connect(cur)
    check(con.execute("PRAGMA user_version").fetchone()[0] == newest, "init does not create the newest schema")
    con.close()

    # The old ledger: schema 1 only, then the same journal rows copied in (they are schema-1 tables).
    old = os.path.join(tmp, "old.db")
    con = sqlite3.connect(old)
    con.executescript(open(migrations[0], encoding="utf-8").read())
    con.execute("PRAGMA user_version = 1")
    con.execute("ATTACH ? AS cur", (cur,))
    for table in ("import_batch", "entry", "source", "household", "budget", "budget_line"):
        con.execute(f"INSERT INTO main.{table} SELECT * FROM cur.{table}")
    con.commit()
    con.close()
    env["FUNDLEDGER_DB"] = old
    p = run(["verify", "--format", "json"], env)
    check(p.returncode == 0, f"verify of the migrated ledger: exit {p.returncode} {p.stdout} {p.stderr}")
    con = sqlite3.connect(old)
    check(con.execute("PRAGMA user_version").fetchone()[0] == newest, "the old ledger was not migrated to the newest schema")
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for t in ("rule", "loan", "agg_earmark_day"):
        check(t in tables, f"migrated ledger lacks table {t}")
    check(con.execute("SELECT COUNT(*) FROM source").fetchone()[0] == 11, "migrated ledger lost sources")
    con.close()
    p = run(["import", "allocations", os.path.join(ex, "allocations.csv")], env)
    check(p.returncode == 0, f"import into the migrated ledger: {p.stderr}")
    p = run(["balance", "--by", "earmark", "--as-of", "2017-12-31", "--format", "json"], env)
    check(p.returncode == 0 and '"allocated": "50000000.00"' in p.stdout, f"balance of the migrated ledger: {p.stdout[-400:]}")

    # A ledger from a newer fundledger.
    newer = os.path.join(tmp, "newer.db")
    con = sqlite3.connect(newer)
    con.execute("CREATE TABLE future (x INTEGER)")
    con.execute(f"PRAGMA user_version = {newest + 1}")
    con.commit()
    con.close()
    before = hashlib.sha256(open(newer, "rb").read()).hexdigest()
    env["FUNDLEDGER_DB"] = newer
    p = run(["balance", "--by", "earmark"], env)
    check(p.returncode == 3 and "newer than this fundledger understands" in p.stderr, f"newer ledger: exit {p.returncode} {p.stderr}")
    check(hashlib.sha256(open(newer, "rb").read()).hexdigest() == before, "the newer ledger was changed")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"ok: a schema-1 ledger with data migrates to {newest} and verifies; a newer one is refused unchanged")
