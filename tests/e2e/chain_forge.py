"""Forging the journal as an attacker with write access would: the canonical form each entry's
hash covers (engine/store/sqlite/canonical.hpp: the entry header, the import's record for the first
entry of an import from schema 8 on, then each table's rows in its TableSpec order), a re-hash of the chain from an entry to the end, and edits with the append-only triggers
dropped and put back. It follows the stored form of schema 7 (schemas/README.md, "Stored form"):
`flow` is a view over the table flow_row and the flows implied by single-lot payments, whose lot
the disbursement row names (lot_id, a row of flow_lot); `entry` is a view over entry_row and the
payments' headers, which their disbursement rows carry (import_id, override_reason, hash; no
prev_hash). The canonical rows are read from the views. Used by test_tamper.py and test_verify_checks.py; each checks first that
its re-hash reproduces the engine's stored hashes, or the forgery would prove nothing.
"""
import hashlib
import os
import re
import sqlite3

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def value(v):
    if v is None:
        return b"n;"
    if isinstance(v, int):
        return b"i%d;" % v
    b = v.encode("utf-8")
    return b"t%d:" % len(b) + b + b";"


def load_specs():
    """{entry kind: [(table, columns, order_by)]} as declared in engine/store/sqlite/canonical.cpp."""
    with open(os.path.join(ROOT, "engine", "store", "sqlite", "canonical.cpp"), encoding="utf-8") as f:
        src = f.read()
    specs = {}
    # The optional fields: blob_column, then hashed_when_set_from (columns from there on are hashed
    # only where they are not NULL: added to a table after rows were recorded in it).
    pattern = r'const TableSpec (k\w+)\{\s*"(\w+)",\s*\{([^}]*)\},\s*(?:nullptr|"(\w+)")(?:,\s*(-?\d+))?(?:,\s*(-?\d+))?\s*\};'
    for m in re.finditer(pattern, src):
        when_set = int(m.group(6)) if m.group(6) else -1
        specs[m.group(1)] = (m.group(2), re.findall(r'"(\w+)"', m.group(3)), m.group(4), when_set)
    registry = re.search(r"registry\(\) \{(.*?)\n  \};", src, re.S)
    kinds = {}
    if registry:
        for m in re.finditer(r'\{"(\w+)", \{([^}]*)\}\}', registry.group(1)):
            kinds[m.group(1)] = [specs[v] for v in re.findall(r"&(k\w+)", m.group(2))]
    return kinds


KINDS = load_specs()


def entry_hash(con, entry_id, prev):
    """The hash the engine computes for entry `entry_id` as it now stands, chained to `prev`."""
    e = con.execute("SELECT id, kind, key, effective_date, recorded_at, operator, import_id, override_reason "
                    "FROM entry WHERE id = ?", (entry_id,)).fetchone()
    canon = prev + b"entry|" + b"".join(value(x) for x in e)
    if first_of_import(con, entry_id, e[6]):
        rec = con.execute("SELECT id, kind, file_name, file_sha256, operator, recorded_at, override_reason "
                          "FROM import_batch WHERE id = ?", (e[6],)).fetchone()
        canon += b"import|" + b"".join(value(x) for x in rec)
    for table, cols, order, when_set in KINDS[e[1]]:
        if when_set >= 0:  # a ledger of an older schema may not have the columns added later
            have = {r[1] for r in con.execute(f"PRAGMA table_info({table})")}
            cols = [c for i, c in enumerate(cols) if i < when_set or c in have]
        sql = f"SELECT {', '.join(cols)} FROM {table} WHERE entry_id = ?" + (f" ORDER BY {order}" if order else "")
        for row in con.execute(sql, (entry_id,)):
            kept = [(c, v) for i, (c, v) in enumerate(zip(cols, row)) if not (0 <= when_set <= i and v is None)]
            canon += table.encode() + b"|" + b"".join(c.encode() + b"=" + value(v) for c, v in kept) + b"\n"
    return hashlib.sha256(canon).digest()


def first_of_import(con, entry_id, import_id):
    """Whether the entry's hash covers its import's record: the first entry of an import, recorded
    at schema 8 or later (chain_form.provenance_from)."""
    try:
        provenance_from = con.execute("SELECT provenance_from FROM chain_form").fetchone()[0]
    except sqlite3.OperationalError:  # a ledger older than schema 8
        return False
    if entry_id < provenance_from:
        return False
    before = con.execute("SELECT import_id FROM entry WHERE id = ?", (entry_id - 1,)).fetchone()
    return before is None or before[0] != import_id


def rehash_from(con, first):
    """Rewrites hash and prev_hash of entries first.. in order, so the chain verifies again."""
    prev = bytes(32) if first == 1 else bytes(con.execute("SELECT hash FROM entry WHERE id = ?", (first - 1,)).fetchone()[0])
    ids = [r[0] for r in con.execute("SELECT id FROM entry WHERE id >= ? ORDER BY id", (first,))]
    for i in ids:
        h = entry_hash(con, i, prev)
        set_hash(con, i, prev, h)
        prev = h
    return len(ids)



def set_hash(con, entry_id, prev, h):
    """Stores entry `entry_id`'s hash where its header is: a payment's in its disbursement row
    (whose prev_hash is not stored: it is the previous entry's hash), any other's in entry_row."""
    if con.execute("SELECT 1 FROM disbursement WHERE entry_id = ?", (entry_id,)).fetchone():
        con.execute("UPDATE disbursement SET hash = ? WHERE entry_id = ?", (h, entry_id))
    else:
        con.execute("UPDATE entry_row SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, entry_id))


# Journal tables stored under another name (schema 7): the views `flow` and `entry` read flow_row
# and entry_row (and the payments' own rows).
STORED = {"flow": "flow_row", "entry": "entry_row"}


def stored(table):
    return STORED.get(table, table)


def lean(con, entry_id):
    """Whether payment `entry_id` is stored in the lean form (its one flow implied by its row)."""
    r = con.execute("SELECT lot_id IS NOT NULL FROM disbursement WHERE entry_id = ?", (entry_id,)).fetchone()
    return bool(r and r[0])


def materialize(con, entry_id):
    """Stores a lean payment's implied flow as a row of flow_row instead: the canonical rows, and so
    the hash, stay the same (run with the triggers of disbursement and flow dropped)."""
    if lean(con, entry_id):
        con.execute("INSERT INTO flow_row SELECT * FROM flow WHERE entry_id = ?", (entry_id,))
        con.execute("UPDATE disbursement SET lot_id = NULL WHERE entry_id = ?", (entry_id,))


def raise_payment(con, entry_id, lot, delta):
    """Raises payment `entry_id` and its flow on `lot` by `delta` fen, in whichever form it is stored."""
    if not lean(con, entry_id):
        con.execute("UPDATE flow_row SET amount = amount + ? WHERE entry_id = ? AND lot = ?", (delta, entry_id, lot))
    con.execute("UPDATE disbursement SET amount = amount + ? WHERE entry_id = ?", (delta, entry_id))


def triggers(con, table):
    return con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)).fetchall()


def behind_the_back(db, tables, sql_steps):
    """Runs `sql_steps(con)` with the append-only triggers of `tables` (journal table names; flow's
    are on flow_row) dropped, then puts them back."""
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        saved = [tr for t in dict.fromkeys(stored(x) for x in tables) for tr in triggers(con, t)]
        for name, _ in saved:
            con.execute(f"DROP TRIGGER {name}")
        sql_steps(con)
        for _, sql in saved:
            con.execute(sql)
        con.commit()
    finally:
        con.close()
