#!/usr/bin/python3
"""Rows outside the chain and provenance (issue 18). An attacker with write access to the ledger
file adds rows with plain INSERTs — no trigger stops an INSERT, and triggers can be dropped:

  * a ghost row in every journaled table (the bureau's settings included), carrying the id of an
    existing entry of another kind (a disbursement on an allocation's id, a flow on a household's,
    a source on a loan's, ...) or of no entry at all;
  * a lot (flow_lot) or an import record (import_batch) that no entry names;
  * an edit of an import record's file name, SHA-256, operator, time, kind or override reason
    (the record is hashed with the import's first entry from schema 8 on);
  * an edit, deletion or second row of chain_form (which entries are hashed with their record);
  * a setting's value edited, or a setting's append-only trigger dropped.

Each must make `verify` exit 1 and name the entry (or the row) in text and JSON; for a ghost
payment, `balance` shows it, so `verify --package` of an export taken after the forgery must not
call the package intact. The untouched ledger verifies, and every table the test forges in holds
rows, or the case would prove nothing.

usage: test_ghost_rows.py BINARY REPO_ROOT
"""
import os
import sqlite3
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chain_forge import behind_the_back  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
PINGLI = [("households", "households.csv"), ("sources", "sources.csv"), ("budget", "budget.toml"),
          ("rules", "rules.toml"), ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv"),
          ("loans", "loans.csv")]
# The journaled tables as stored, and a kind of entry that never writes each.
GHOST_HOSTS = {"source": "household", "household": "source", "budget": "source", "budget_line": "household",
               "allocation": "source", "disbursement": "allocation", "correction": "household",
               "flow_row": "household", "rule": "loan", "loan": "rules", "setting": "household"}


def prepare(tmp):
    db = os.path.join(tmp, "base.db")
    fixture.run(BIN, db, "init")
    ex = os.path.join(ROOT, "examples", "pingli-2016")
    for kind, name in PINGLI:
        r = fixture.run(BIN, db, "import", kind, os.path.join(ex, name), "--override", "ghost-row test base")
        if r.returncode != 0:
            raise SystemExit(f"import {kind}: {r.stderr}")
    voucher = fixture.query(db, "SELECT voucher FROM disbursement ORDER BY entry_id LIMIT 1")[0][0]
    corrections = os.path.join(tmp, "corrections.csv")
    with open(corrections, "w", encoding="utf-8") as f:
        f.write(f"voucher,date,kind,target,amount,to_earmark,reason\nGH-C1,2016-12-30,reversal,{voucher},,,冲销\n")
    r = fixture.run(BIN, db, "import", "corrections", corrections)
    if r.returncode != 0:
        raise SystemExit(f"import corrections: {r.stderr}")
    for key, value in (("unit", "平利县财政局"), ("preparer", "王芳"), ("unit", "平利县人民政府财政局")):
        r = fixture.run(BIN, db, "settings", "set", key, value)
        if r.returncode != 0:
            raise SystemExit(f"settings set {key}: {r.stderr}")
    return db


def ghost_row(con, table, host_id):
    """Inserts a copy of one of `table`'s rows under entry `host_id`, its unique columns changed."""
    cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    row = list(con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY entry_id DESC LIMIT 1").fetchone())
    unique = set()
    for idx in con.execute(f"PRAGMA index_list({table})"):
        if idx[2]:
            unique |= {r[2] for r in con.execute(f"PRAGMA index_info({idx[1]})")}
    for i, c in enumerate(cols):
        if c == "entry_id":
            row[i] = host_id
        elif c in unique and isinstance(row[i], str):
            row[i] += "-GHOST"
        elif c in unique and isinstance(row[i], int):
            row[i] += 1000
    con.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", row)


def main():
    t = fixture.Failures("ghost_rows")
    with tempfile.TemporaryDirectory() as tmp:
        base = prepare(tmp)
        rc, doc = fixture.verify_json(BIN, base)
        t.check(rc == 0 and doc.get("ok") is True, f"untampered ledger: {rc} {doc}")
        first_of_kind = dict(fixture.query(base, "SELECT kind, MIN(id) FROM entry GROUP BY kind"))
        for table in GHOST_HOSTS:
            n = fixture.query(base, f"SELECT COUNT(*) FROM {table}")[0][0]
            t.check(n > 0, f"the base ledger has no rows in {table}: a ghost there would prove nothing")
        work = os.path.join(tmp, "work.db")

        def case(name, steps, expect_bad, reason_has, tables=()):
            fixture.copy_ledger(base, work)
            behind_the_back(work, tables, steps)
            rc, doc = fixture.verify_json(BIN, work)
            t.check(rc == 1 and doc.get("ok") is False, f"{name}: verify exit {rc}, expected 1: {doc}")
            t.check(doc.get("first_bad_entry") == expect_bad,
                    f"{name}: first_bad_entry {doc.get('first_bad_entry')}, expected {expect_bad}: {doc}")
            t.check(reason_has in (doc.get("reason") or ""), f"{name}: reason lacks {reason_has!r}: {doc}")
            text = fixture.run(BIN, work, "verify")
            t.check(text.returncode == 1 and reason_has in text.stdout + text.stderr,
                    f"{name}: text verify exit {text.returncode}: {text.stdout} {text.stderr}")
            print(f"{name}: detected: {doc.get('reason')}")

        for table, host_kind in GHOST_HOSTS.items():
            host = first_of_kind[host_kind]
            case(f"ghost {table} row on a {host_kind} entry",
                 lambda c, table=table, host=host: ghost_row(c, table, host), host, "outside the chain")
            case(f"ghost {table} row on no entry",
                 lambda c, table=table: ghost_row(c, table, 999999),
                 999999,
                 "entry ids are not consecutive" if table == "disbursement" else "belong to no journal entry")

        case("lot named by no payment",
             lambda c: c.execute("INSERT INTO flow_lot (fiscal_year, earmark, lot, lot_date, source_doc) "
                                 "SELECT fiscal_year, earmark, lot || '-GHOST', lot_date, source_doc FROM flow_lot LIMIT 1"),
             None, "named by no payment")
        case("import record with no entry",
             lambda c: c.execute("INSERT INTO import_batch (kind, file_name, file_sha256, operator, recorded_at) "
                                 "VALUES ('disbursements', 'ghost.csv', '00', 'nobody', '2026-01-01T00:00:00Z')"),
             None, "records no entry")

        # Provenance: the import record of the payments' import, each field edited in turn.
        batch, first_entry = fixture.query(
            base, "SELECT import_id, MIN(entry_id) FROM disbursement GROUP BY import_id ORDER BY 2 LIMIT 1")[0]
        for column, value in (("file_name", "'other.csv'"), ("file_sha256", "'00' || substr(file_sha256, 3)"),
                              ("operator", "'someone else'"), ("recorded_at", "'2016-01-01T00:00:00Z'"),
                              ("kind", "'sources'"), ("override_reason", "'an override nobody gave'")):
            case(f"import record's {column} edited",
                 lambda c, column=column, value=value:
                     c.execute(f"UPDATE import_batch SET {column} = {value} WHERE id = ?", (batch,)),
                 first_entry, "does not match its hash", ["import_batch"])

        # The settings: a value edited in place (the unit on every sheet), an append-only trigger dropped.
        setting = fixture.query(base, "SELECT MIN(entry_id) FROM setting")[0][0]
        case("a setting's value edited",
             lambda c: c.execute("UPDATE setting SET value = '别的单位' WHERE entry_id = ?", (setting,)),
             setting, "does not match its hash", ["setting"])
        for trigger in ("setting_no_update", "setting_no_delete"):
            case(f"trigger {trigger} dropped", lambda c, trigger=trigger: c.execute(f"DROP TRIGGER {trigger}"),
                 None, trigger)

        entries = doc.get("entries")
        case("chain_form moved past the last entry",
             lambda c: c.execute("UPDATE chain_form SET provenance_from = provenance_from + 1000"),
             1, "does not match its hash", ["chain_form"])
        case("chain_form deleted", lambda c: c.execute("DELETE FROM chain_form"), None, "exactly one row",
             ["chain_form"])
        case("chain_form with a second row", lambda c: c.execute("INSERT INTO chain_form VALUES (1, 1)"),
             None, "exactly one row", ["chain_form"])
        t.check(entries and entries > 20, f"the base ledger is too small: {entries} entries")

        # A ghost payment shows in the balance; the package exported from the forged ledger must not
        # be called intact.
        fixture.copy_ledger(base, work)
        before = fixture.run(BIN, work, "balance", "--by", "payee", "--format", "json").stdout
        behind_the_back(work, [], lambda c: ghost_row(c, "disbursement", first_of_kind["allocation"]))
        after = fixture.run(BIN, work, "balance", "--by", "payee", "--format", "json").stdout
        t.check(before != after, "the ghost payment does not show in balance --by payee: the case proves nothing")
        out = os.path.join(tmp, "package")
        exp = fixture.run(BIN, work, "export", "audit", "--year", "2016", "--out", out)
        if exp.returncode == 0:
            pkg = fixture.run(BIN, work, "verify", "--package", out)
            t.check(pkg.returncode != 0, f"the package of a forged ledger verifies as intact: {pkg.stdout} {pkg.stderr}")
        else:
            t.check("exported" not in exp.stdout, f"a failed export says it exported: {exp.stdout}")
    t.finish()


if __name__ == "__main__":
    main()
