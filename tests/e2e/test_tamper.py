#!/usr/bin/python3
"""Tampering (issue 9): changes made with sqlite3 behind the engine's back must make `verify` exit
1 and name the first bad entry (`--format json` first_bad_entry): an edited amount (trigger dropped,
edited, trigger put back), a deleted row, a reordered entry (two ids swapped), an edited row whose
hash was recomputed (the chain breaks at the next entry), and a dropped trigger. Each case starts
from a copy of an untampered ledger that verifies.

usage: test_tamper.py BINARY REPO_ROOT
"""
import os
import sqlite3
import sys
import tempfile

ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
import fixture  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chain_forge import behind_the_back, entry_hash, lean, materialize  # noqa: E402

BIN = os.path.abspath(sys.argv[1])


def recompute_hash(con, entry_id):
    """The hash the engine would compute for entry `entry_id` as it now stands (chained to its stored prev_hash)."""
    prev = con.execute("SELECT prev_hash FROM entry WHERE id = ?", (entry_id,)).fetchone()[0]
    return entry_hash(con, entry_id, bytes(prev))


def verify_json(db):
    return fixture.verify_json(BIN, db)


def main():
    t = fixture.Failures("tamper")
    with tempfile.TemporaryDirectory() as tmp:
        base = fixture.prepare_ledger(BIN, ROOT, os.path.join(tmp, "base.db"))
        rc, doc = verify_json(base)
        t.check(rc == 0 and doc.get("ok") is True and doc.get("first_bad_entry") is None, f"untampered ledger: {rc} {doc}")
        entries = doc.get("entries", 0)
        con = sqlite3.connect(base)
        # A disbursement entry in the middle of the chain, with entries after it.
        ids = [r[0] for r in con.execute("SELECT entry_id FROM disbursement ORDER BY entry_id")]
        con.close()
        t.check(len(ids) >= 5 and ids[len(ids) // 2] < entries, f"not enough disbursements to tamper with: {ids}")
        k = ids[len(ids) // 2]
        work = os.path.join(tmp, "work.db")

        def case(name, tables, steps, expect_bad, reason_has):
            fixture.copy_ledger(base, work)
            behind_the_back(work, tables, steps)
            rc, doc = verify_json(work)
            t.check(rc == 1, f"{name}: verify exit {rc}, expected 1: {doc}")
            t.check(doc.get("ok") is False, f"{name}: ok is not false: {doc}")
            t.check(doc.get("first_bad_entry") == expect_bad, f"{name}: first_bad_entry {doc.get('first_bad_entry')}, expected {expect_bad}: {doc}")
            t.check(reason_has in (doc.get("reason") or ""), f"{name}: reason lacks {reason_has!r}: {doc}")
            text = fixture.run(BIN, work, "verify")
            t.check(text.returncode == 1, f"{name}: text verify exit {text.returncode}")
            if expect_bad is not None:
                t.check(str(expect_bad) in text.stdout + text.stderr, f"{name}: text verify does not name entry {expect_bad}: {text.stdout} {text.stderr}")
            print(f"{name}: detected, first bad entry {doc.get('first_bad_entry')}: {doc.get('reason')}")

        case("edited amount", ["disbursement"],
             lambda c: c.execute("UPDATE disbursement SET amount = amount + 1 WHERE entry_id = ?", (k,)),
             k, "does not match its hash")
        con = sqlite3.connect(base)
        t.check(lean(con, k), f"payment entry {k} is not stored in the lean form (its lot in its own row)")
        con.close()
        case("lot of a single-lot payment changed", ["disbursement"],
             lambda c: c.execute("UPDATE disbursement SET lot_id = (SELECT MAX(id) FROM flow_lot WHERE id != lot_id) WHERE entry_id = ?", (k,)),
             k, "does not match its hash")
        # An edited lot row changes the flow of every payment naming it: the first of them is named.
        con = sqlite3.connect(base)
        lot_id, first_on_lot = con.execute("SELECT lot_id, MIN(entry_id) FROM disbursement WHERE lot_id = "
                                           "(SELECT lot_id FROM disbursement WHERE entry_id = ?)", (k,)).fetchone()
        con.close()
        case("edited lot row", ["flow_lot"],
             lambda c: c.execute("UPDATE flow_lot SET source_doc = source_doc || 'x' WHERE id = ?", (lot_id,)),
             first_on_lot, "does not match its hash")
        case("dropped lot trigger", [], lambda c: c.execute("DROP TRIGGER flow_lot_no_update"), None, "flow_lot_no_update")

        def edit_flow(c):
            materialize(c, k)
            c.execute("UPDATE flow_row SET amount = amount - 100 WHERE entry_id = ? AND seq = (SELECT min(seq) FROM flow_row WHERE entry_id = ?)", (k, k))
        case("edited flow amount", ["flow", "disbursement"], edit_flow, k, "does not match its hash")
        case("stored flow added to a single-lot payment", ["flow"],
             lambda c: c.execute("INSERT INTO flow_row SELECT entry_id, 2, kind, voucher, date, fiscal_year, earmark, lot, lot_date, "
                                 "source_doc, amount, town, village, project, payee_id FROM flow WHERE entry_id = ?", (k,)),
             k, "does not match its hash")
        # A payment's header is its own row (schema 7): deleting the row deletes the entry, and
        # the chain shows the gap at the next entry.
        case("deleted disbursement row", ["disbursement"],
             lambda c: c.execute("DELETE FROM disbursement WHERE entry_id = ?", (k,)),
             k + 1, "not consecutive")
        # An entry whose header and rows are stored apart: its row deleted, the header kept.
        con = sqlite3.connect(base)
        a = con.execute("SELECT MAX(entry_id) FROM allocation").fetchone()[0]
        con.close()
        case("deleted allocation row", ["allocation"],
             lambda c: c.execute("DELETE FROM allocation WHERE entry_id = ?", (a,)),
             a, "does not match its hash")

        def delete_entry(c):
            for table in ("flow_row", "disbursement", "entry_row"):
                c.execute(f"DELETE FROM {table} WHERE {'id' if table == 'entry_row' else 'entry_id'} = ?", (k,))
        case("deleted entry with its rows", ["flow", "disbursement", "entry"], delete_entry, k + 1, "not consecutive")

        def swap(c):
            for table, col in (("entry_row", "id"), ("disbursement", "entry_id"), ("flow_row", "entry_id")):
                c.execute(f"UPDATE {table} SET {col} = -1 WHERE {col} = ?", (k,))
                c.execute(f"UPDATE {table} SET {col} = ? WHERE {col} = ?", (k, k + 1))
                c.execute(f"UPDATE {table} SET {col} = ? WHERE {col} = -1", (k + 1,))
        case("reordered entries (ids swapped)", ["flow", "disbursement", "entry"], swap, k, "prev_hash")

        def rehash(c):
            c.execute("UPDATE disbursement SET amount = amount + 100, note = 'edited' WHERE entry_id = ?", (k,))
            c.execute("UPDATE disbursement SET hash = ? WHERE entry_id = ?", (recompute_hash(c, k), k))
        # Sanity: the Python canonical form reproduces an untouched entry's hash, or the case proves nothing.
        con = sqlite3.connect(base)
        same = recompute_hash(con, k) == bytes(con.execute("SELECT hash FROM entry WHERE id = ?", (k,)).fetchone()[0])
        con.close()
        t.check(same, "the test's canonical form does not reproduce the engine's hash")
        case("edited row with its hash recomputed", ["disbursement", "entry"], rehash, k + 1, "prev_hash")

        case("dropped trigger", [], lambda c: c.execute("DROP TRIGGER disbursement_no_update"), None, "disbursement_no_update")
        case("inserted orphan flow row", ["flow"],
             lambda c: c.execute("INSERT INTO flow_row SELECT 999999, seq, kind, voucher, date, fiscal_year, earmark, lot, lot_date, "
                                 "source_doc, amount, town, village, project, payee_id FROM flow WHERE entry_id = ?", (k,)),
             999999, "belong to no journal entry")

        # A direct edit with the triggers in place is refused by SQLite itself.
        fixture.copy_ledger(base, work)
        con = sqlite3.connect(work)
        try:
            con.execute("UPDATE disbursement SET amount = amount + 1 WHERE entry_id = ?", (k,))
            refused = False
        except sqlite3.DatabaseError as e:
            refused = "append-only" in str(e)
        con.close()
        t.check(refused, "an UPDATE with the triggers in place was not refused")
        rc, doc = verify_json(work)
        t.check(rc == 0, f"refused edit left the ledger unverifiable: {doc}")
    t.finish()


if __name__ == "__main__":
    main()
