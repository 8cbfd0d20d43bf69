#!/usr/bin/python3
"""Every invariant that `verify` checks (engine/ledger/balance.cpp check_invariants) is made to fire,
alone, on a real ledger (examples/shangzhou-2017 imported by the binary, plus a recovery).

Each case plants one fault behind the engine's back with sqlite3 (append-only triggers dropped,
row edited, triggers put back) and then re-hashes the journal from the edited entry to the end,
as an attacker who rewrites history would: the hash chain verifies, so only the invariant can
catch the fault. The test's own reading of each invariant confirms that exactly the planted one is
broken. verify must exit 1, say the check's own words in `reason` and name, as first_bad_entry,
the entry computed here from the data (in the text output too).

The re-hash follows the TableSpec registry of engine/store/sqlite/journal.cpp, read from the source; a
sanity case shows that it reproduces every stored hash of the untouched ledger, or nothing here
would prove anything.

usage: test_verify_checks.py BINARY REPO_ROOT
"""
import hashlib
import json
import os
import sqlite3
import sys
import tempfile

BIN = os.path.abspath(sys.argv[1])
ROOT = sys.argv[2]
sys.path.insert(0, os.path.join(ROOT, "tests", "bad_inputs"))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
import fixture  # noqa: E402
from chain_forge import KINDS, behind_the_back, entry_hash, materialize, raise_payment, rehash_from  # noqa: E402

JOURNAL_TABLES = ["entry", "source", "household", "budget", "budget_line", "allocation", "disbursement", "correction", "flow"]


# The test's own reading of the invariants: {name: SQL returning one row per violation}.
PROBES = {
    "lot": "SELECT lot FROM flow GROUP BY fiscal_year, earmark, lot HAVING SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) < 0",
    "source": "SELECT s.doc_no FROM source s JOIN flow f ON f.source_doc = s.doc_no AND f.kind = 'alloc' "
              "GROUP BY s.doc_no HAVING SUM(f.amount) > MAX(s.amount) OR SUM(f.amount) < 0",
    "payment": "SELECT voucher FROM disbursement d WHERE amount != (SELECT COALESCE(SUM(amount), 0) FROM flow f WHERE f.entry_id = d.entry_id)",
    "allocation": "SELECT voucher FROM allocation a WHERE amount != (SELECT COALESCE(SUM(amount), 0) FROM flow f WHERE f.entry_id = a.entry_id)",
    "budget": "SELECT entry_id FROM budget b WHERE total != (SELECT SUM(amount) FROM budget_line l WHERE l.entry_id = b.entry_id)",
    # Control by line: the latest revision's lines held to their net allocations (no override in this ledger).
    "line": "SELECT l.code FROM budget_line l JOIN budget b ON b.entry_id = l.entry_id "
            "WHERE b.revision = (SELECT MAX(revision) FROM budget b2 WHERE b2.fiscal_year = b.fiscal_year) AND l.open_ended IS NULL "
            "AND l.amount < (SELECT COALESCE(SUM(amount), 0) FROM flow f WHERE f.kind = 'alloc' AND f.fiscal_year = l.fiscal_year AND f.earmark = l.code)",
}
# The tables of running totals: (key columns of the table, the same keys computed from a flow).
TOTALS = {
    "agg_earmark_day": ("fiscal_year, earmark, date", "fiscal_year, earmark, date"),
    "agg_town_day": ("fiscal_year, town, date", "fiscal_year, COALESCE(town, ''), date"),
    "agg_source_day": ("source_doc, date", "source_doc, date"),
    "agg_town_month": ("fiscal_year, town, month", "fiscal_year, COALESCE(town, ''), substr(date, 1, 7)"),
    "agg_flow_month": ("fiscal_year, earmark, source_doc, month", "fiscal_year, earmark, source_doc, substr(date, 1, 7)"),
}


def totals_from_flows(con, table):
    """{key: (alloc, pay, first entry feeding it, how many entries feed it)} for one totals table, from the flows."""
    n = len(TOTALS[table][0].split(","))
    rows = con.execute(f"SELECT {TOTALS[table][1]}, SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END), "
                       f"SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END), MIN(entry_id), COUNT(DISTINCT entry_id) FROM flow GROUP BY {', '.join(str(i + 1) for i in range(n))}")
    return {tuple(r[:n]): tuple(r[n:]) for r in rows}


def totals_disagreeing(con, table):
    """Keys where the stored totals differ from the flows, with the first entry feeding each (None: no flow)."""
    n = len(TOTALS[table][0].split(","))
    flows = totals_from_flows(con, table)
    stored = {tuple(r[:n]): tuple(r[n:]) for r in con.execute(f"SELECT {TOTALS[table][0]}, alloc, pay FROM {table}")}
    return {k: (flows[k][2] if k in flows else None) for k in set(flows) | set(stored)
            if (flows[k][:2] if k in flows else None) != stored.get(k)}


def broken(db):
    """The names of the invariants that the test's own reading finds broken."""
    con = sqlite3.connect(db)
    try:
        out = {name for name, sql in PROBES.items() if con.execute(sql).fetchall()}
        out |= {table for table in TOTALS if totals_disagreeing(con, table)}
        return out
    finally:
        con.close()


def rebuild_totals(con):
    """Makes every totals table agree with the flows as they now are (what the engine would have written)."""
    for table, (cols, keys) in TOTALS.items():
        con.execute(f"DELETE FROM {table}")
        n = len(cols.split(","))
        con.execute(f"INSERT INTO {table} ({cols}, alloc, pay) SELECT {keys}, SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END), "
                    f"SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END) FROM flow GROUP BY {', '.join(str(i + 1) for i in range(n))}")


def verify_json(db):
    return fixture.verify_json(BIN, db)


def one(con, sql, params=()):
    return con.execute(sql, params).fetchone()


def main():
    t = fixture.Failures("verify checks")
    t.check(KINDS and all(KINDS.values()), f"could not read the TableSpec registry of engine/store/sqlite/journal.cpp: {KINDS}")
    with tempfile.TemporaryDirectory() as tmp:
        base = fixture.prepare_ledger(BIN, ROOT, os.path.join(tmp, "base.db"))
        # A recovery of half of the first payment: a correction entry, and negative pay flows.
        con = sqlite3.connect(base)
        voucher, amount, date = one(con, "SELECT voucher, amount, date FROM disbursement ORDER BY entry_id LIMIT 1")
        con.close()
        corr = os.path.join(tmp, "corrections.csv")
        with open(corr, "w", encoding="utf-8") as f:
            f.write(f"voucher,date,kind,target,amount,reason\nR1,{date},recovery,{voucher},{amount // 200}.{amount // 2 % 100:02d},收回一半\n")
        r = fixture.run(BIN, base, "import", "corrections", corr)
        t.check(r.returncode == 0, f"import of the recovery: {r.returncode} {r.stderr}")

        rc, doc = verify_json(base)
        t.check(rc == 0 and doc.get("ok") is True and doc.get("first_bad_entry") is None, f"the untouched ledger does not verify: {rc} {doc}")
        t.check(broken(base) == set(), f"the test's own checks find the untouched ledger broken: {broken(base)}")

        # Sanity: the re-hash reproduces every stored hash and prev_hash of the untouched ledger.
        con = sqlite3.connect(base)
        prev, same, kinds = bytes(32), 0, set()
        entries = con.execute("SELECT id, kind, prev_hash, hash FROM entry ORDER BY id").fetchall()
        for i, kind, stored_prev, stored in entries:
            kinds.add(kind)
            h = entry_hash(con, i, prev) if kind in KINDS else None
            same += bytes(stored_prev) == prev and h == bytes(stored)
            prev = bytes(stored)
        con.close()
        t.check(same == len(entries) == doc.get("entries") and len(entries) > 50,
                f"the re-hash reproduces {same} of {len(entries)} stored hashes (verify counts {doc.get('entries')})")
        t.check({"source", "household", "budget", "allocation", "disbursement", "correction"} <= kinds, f"entry kinds covered: {kinds}")
        print(f"sanity: the re-hash reproduces all {same} stored hashes of the untouched ledger (kinds {', '.join(sorted(kinds))})")

        work = os.path.join(tmp, "work.db")

        def case(name, target, plant, reason_has):
            """plant(con) edits the copy and returns (what, entry to re-hash from or None, expected first bad entry)."""
            fixture.copy_ledger(base, work)
            info = {}

            def steps(con):
                info["what"], rehash, info["expect"] = plant(con)
                info["changes"] = con.total_changes
                if rehash is not None:
                    info["rehashed"] = rehash_from(con, rehash)
            behind_the_back(work, JOURNAL_TABLES, steps)
            expect = info["expect"]
            t.check(info["changes"] > 0, f"{name}: the plant changed nothing")
            if target is not None:
                t.check(broken(work) == target, f"{name}: the test's own checks find {broken(work)} broken, expected exactly {target}")
            rc, doc = verify_json(work)
            reason = doc.get("reason") or ""
            t.check(rc == 1 and doc.get("ok") is False, f"{name}: verify exit {rc}, ok {doc.get('ok')}, expected 1 and false: {doc}")
            t.check(reason.startswith("invariant broken: "), f"{name}: the hash chain did not verify after the re-hash: {reason!r}")
            t.check(reason_has in reason, f"{name}: reason {reason!r} lacks {reason_has!r}")
            t.check(doc.get("first_bad_entry") == expect and "first_bad_entry" in doc,
                    f"{name}: first_bad_entry {doc.get('first_bad_entry')}, expected {expect}: {doc}")
            text = fixture.run(BIN, work, "verify")
            t.check(text.returncode == 1, f"{name}: text verify exit {text.returncode}")
            if expect is None:
                t.check(text.stdout.startswith("FAILED: invariant broken: ") and reason_has in text.stdout,
                        f"{name}: text verify should name no entry: {text.stdout!r}")
            else:
                t.check(text.stdout.startswith(f"FAILED: entry {expect}: ") and reason_has in text.stdout,
                        f"{name}: text verify does not name entry {expect}: {text.stdout!r}")
            rehashed = f"{info['rehashed']} entries re-hashed" if "rehashed" in info else "no entry re-hashed"
            print(f"{name}: planted {info['what']} ({rehashed}); verify exit {rc}, first_bad_entry {doc.get('first_bad_entry')}: {reason}")
            return expect

        # 1. A lot overspent: one payment in the middle of a lot's payments made larger (its flow
        # and the payment together, totals rebuilt), by one fen more than the lot held after it.
        def lot(con):
            lot_ = one(con, "SELECT lot FROM flow WHERE kind = 'pay' GROUP BY lot ORDER BY COUNT(*) DESC, lot LIMIT 1")[0]
            pays = [r[0] for r in con.execute("SELECT entry_id FROM flow WHERE lot = ? AND kind = 'pay' ORDER BY entry_id", (lot_,))]
            k = pays[len(pays) // 2]
            held = one(con, "SELECT SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) FROM flow WHERE lot = ? AND entry_id <= ?", (lot_, k))[0]
            t.check(pays[-1] > k, f"lot: {lot_} has no payment after entry {k}; the case would not tell the first entry from the last")
            raise_payment(con, k, lot_, held + 1)
            rebuild_totals(con)
            # Expected: the first entry after which the lot's balance is negative, from the data.
            running, first = 0, None
            for e, d in con.execute("SELECT entry_id, SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) FROM flow "
                                    "WHERE lot = ? GROUP BY entry_id ORDER BY entry_id", (lot_,)):
                running += d
                if running < 0 and first is None:
                    first = e
            t.check(first == k, f"lot: the balance of {lot_} first went negative at entry {first}, not at the planted {k}")
            return f"payment of entry {k} raised by {held + 1} fen, lot {lot_} then at -0.01 (its last payment is entry {pays[-1]})", k, first
        case("lot overspent", {"lot"}, lot, "is overspent")

        # 1b. A lot overspent by exactly one fen at the end: its last payment raised by what the lot
        # still held plus one fen (a check that let one fen through would pass the case above).
        def lot_by_one_fen(con):
            lot_ = one(con, "SELECT lot FROM flow WHERE kind = 'pay' GROUP BY lot ORDER BY COUNT(*) DESC, lot LIMIT 1")[0]
            k = one(con, "SELECT MAX(entry_id) FROM flow WHERE lot = ? AND kind = 'pay'", (lot_,))[0]
            held = one(con, "SELECT SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) FROM flow WHERE lot = ?", (lot_,))[0]
            raise_payment(con, k, lot_, held + 1)
            rebuild_totals(con)
            final = one(con, "SELECT SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) FROM flow WHERE lot = ?", (lot_,))[0]
            t.check(final == -1, f"lot by one fen: {lot_} ends at {final} fen, not -1")
            return f"last payment of lot {lot_} (entry {k}) raised by {held + 1} fen, the lot ends at -0.01", k, k
        case("lot overspent by one fen", {"lot"}, lot_by_one_fen, "is overspent: balance -0.01")

        # 2. A source over-allocated: its amount lowered to one fen under what was allocated from it.
        def source(con):
            doc_no, allocated = one(con, "SELECT source_doc, SUM(amount) FROM flow WHERE kind = 'alloc' GROUP BY source_doc "
                                         "ORDER BY COUNT(*) DESC, source_doc LIMIT 1")
            k = one(con, "SELECT entry_id FROM source WHERE doc_no = ?", (doc_no,))[0]
            con.execute("UPDATE source SET amount = ? WHERE entry_id = ?", (allocated - 1, k))
            return f"amount of source {doc_no} (entry {k}) set to {allocated - 1} fen, 1 under its allocations", k, k
        case("source over-allocated", {"source"}, source, "is over-allocated")

        # 3. A payment that its flows do not add up to.
        def payment(con):
            ids = [r[0] for r in con.execute("SELECT entry_id FROM disbursement ORDER BY entry_id")]
            k = ids[len(ids) // 2]
            materialize(con, k)  # a lean payment's one flow is its own amount: store the flow as a row
            con.execute("UPDATE disbursement SET amount = amount + 1 WHERE entry_id = ?", (k,))
            return f"payment of entry {k} raised by 1 fen", k, k
        k = case("payment not equal to its flows", {"payment"}, payment, "is attributed")
        # The same fault in an exported audit package whose manifest and chain.json were rewritten
        # to match (export refuses a ledger that does not verify): `verify --package` names the
        # entry too.
        pkg = os.path.join(tmp, "package")
        r = fixture.run(BIN, base, "export", "audit", "--year", "2017", "--out", pkg)
        t.check(r.returncode == 0, f"export audit: {r.returncode} {r.stderr}")
        pkg_db = os.path.join(pkg, "ledger.db")
        behind_the_back(pkg_db, JOURNAL_TABLES, lambda c: (materialize(c, k), c.execute("UPDATE disbursement SET amount = amount + 1 WHERE entry_id = ?", (k,)),
                                                          rehash_from(c, k)))
        con = sqlite3.connect(pkg_db)
        entries_, head = one(con, "SELECT COUNT(*), (SELECT hash FROM entry ORDER BY id DESC LIMIT 1) FROM entry")
        con.close()
        with open(os.path.join(pkg, "chain.json"), "w", encoding="utf-8") as f:
            json.dump({"entries": entries_, "first_bad_entry": None, "head": bytes(head).hex(), "ok": True, "reason": None}, f, indent=2, sort_keys=True)
        manifest = os.path.join(pkg, "manifest.sha256")
        with open(manifest, encoding="utf-8") as f:
            lines = f.read().splitlines()
        with open(manifest, "w", encoding="utf-8") as f:
            for line in lines:
                name = line[66:]
                if name in ("ledger.db", "chain.json"):
                    with open(os.path.join(pkg, name), "rb") as g:
                        line = hashlib.sha256(g.read()).hexdigest() + "  " + name
                f.write(line + "\n")
        r = fixture.run(BIN, base, "--format", "json", "verify", "--package", pkg)
        try:
            problems = json.loads(r.stdout).get("problems", [])
        except ValueError:
            problems = [r.stdout, r.stderr]
        t.check(r.returncode == 1 and len(problems) == 1 and problems[0].startswith("ledger.db: invariant broken: payment ")
                and "is attributed" in problems[0] and problems[0].endswith(f" (entry {k})"),
                f"verify --package of the planted package: exit {r.returncode}, problems {problems}")
        print(f"payment not equal to its flows, in an audit package with its manifest rewritten: verify --package exit {r.returncode}: "
              f"{'; '.join(problems)}")

        # 4. An allocation that its flow does not add up to.
        def allocation(con):
            ids = [r[0] for r in con.execute("SELECT entry_id FROM allocation ORDER BY entry_id")]
            k = ids[len(ids) // 2]
            con.execute("UPDATE allocation SET amount = amount + 1 WHERE entry_id = ?", (k,))
            return f"allocation of entry {k} raised by 1 fen", k, k
        case("allocation not equal to its flow", {"allocation"}, allocation, "does not match its flow")

        # 5. A budget whose lines do not add up to its total.
        def budget(con):
            k = one(con, "SELECT MAX(entry_id) FROM budget")[0]
            con.execute("UPDATE budget SET total = total + 1 WHERE entry_id = ?", (k,))
            return f"total of budget entry {k} raised by 1 fen", k, k
        case("budget lines not equal to its total", {"budget"}, budget, "lines do not sum to its total")

        # 5b. A budget line below what its earmark was allocated (control by line, issue 19): the line
        # with the most allocated lowered to one fen under it, another line raised as much (the total
        # holds). Expected: the first allocation that took the earmark past the lowered line.
        def line(con):
            k, fy = one(con, "SELECT entry_id, fiscal_year FROM budget ORDER BY revision DESC, entry_id DESC LIMIT 1")
            code, allocated = one(con, "SELECT l.code, SUM(f.amount) FROM budget_line l JOIN flow f ON f.kind = 'alloc' "
                                       "AND f.fiscal_year = l.fiscal_year AND f.earmark = l.code WHERE l.entry_id = ? "
                                       "GROUP BY l.code ORDER BY SUM(f.amount) DESC, l.code LIMIT 1", (k,))
            other = one(con, "SELECT code FROM budget_line WHERE entry_id = ? AND code != ? ORDER BY seq LIMIT 1", (k, code))[0]
            cut = one(con, "SELECT amount FROM budget_line WHERE entry_id = ? AND code = ?", (k, code))[0] - (allocated - 1)
            con.execute("UPDATE budget_line SET amount = amount - ? WHERE entry_id = ? AND code = ?", (cut, k, code))
            con.execute("UPDATE budget_line SET amount = amount + ? WHERE entry_id = ? AND code = ?", (cut, k, other))
            total, first = 0, None
            for entry, amount in con.execute("SELECT entry_id, amount FROM flow WHERE kind = 'alloc' AND fiscal_year = ? "
                                             "AND earmark = ? ORDER BY entry_id, seq", (fy, code)):
                if amount > 0 and total + amount > allocated - 1 and first is None:
                    first = entry
                total += amount
            return f"line {fy}/{code} of budget entry {k} lowered to 1 fen under its {allocated} fen allocated", k, first
        case("budget line below its allocations", {"line"}, line, "would exceed it by")

        # 6-10. Each table of running totals: one row one fen off (derived data, outside the chain:
        # nothing to re-hash). The row: one fed by several entries if there is one, the middle one
        # by first entry (not the first or last of the ledger); verify must name it. Expected: the
        # first entry of the flows that feed it, from the data.
        says = {"agg_earmark_day": lambda k: f"daily totals of earmark {k[0]}/{k[1]} on {k[2]} disagree",
                "agg_town_day": lambda k: f"daily totals of town '{k[1]}' on {k[2]} disagree",
                "agg_source_day": lambda k: f"daily totals of source {k[0]} on {k[1]} disagree",
                "agg_town_month": lambda k: f"monthly totals of town '{k[1]}' in {k[2]} disagree",
                "agg_flow_month": lambda k: f"monthly totals of earmark {k[1]} from source {k[2]} in {k[3]} disagree"}

        def bump(con, table, key, flows):
            col = "pay" if flows[key][1] != 0 else "alloc"
            where = " AND ".join(f"{c.strip()} = ?" for c in TOTALS[table][0].split(","))
            con.execute(f"UPDATE {table} SET {col} = {col} + 1 WHERE {where}", key)
            return f"{table} {col} of {'/'.join(map(str, key))} raised by 1 fen (fed by {flows[key][3]} entries from {flows[key][2]})"

        def expected_first(con, table):
            return min((e for e in totals_disagreeing(con, table).values() if e is not None), default=None)

        con = sqlite3.connect(base)  # the flows of the copies are those of the base
        for table in TOTALS:
            flows = totals_from_flows(con, table)
            rows = sorted(flows, key=lambda k: (flows[k][3] < 2, flows[k][2], k))
            several = [k for k in rows if flows[k][3] > 1]
            key = (several or rows)[len(several or rows) // 2]

            def totals(c, table=table, key=key, flows=flows):
                return bump(c, table, key, flows), None, expected_first(c, table)
            case(f"{table} edited", {table}, totals, says[table](key))

        # Two rows of one table off: the one fed first by the earlier entry is named, though the
        # other comes first in the table's key order.
        table = "agg_town_day"
        flows = totals_from_flows(con, table)
        pairs = [(a, b) for a in flows for b in flows if flows[a][2] < flows[b][2] and b < a]
        t.check(pairs, f"{table}: no two rows whose key order differs from their entry order")
        a, b = max(pairs, key=lambda p: (flows[p[1]][2] - flows[p[0]][2], p))
        con.close()

        def two_rows(c):
            what = bump(c, table, b, flows) + " and " + bump(c, table, a, flows)
            return what, None, expected_first(c, table)
        case(f"{table} edited in two rows", {table}, two_rows, says[table](a))

        # 11. A totals row that no flow feeds: no entry to name.
        def orphan(con):
            con.execute("INSERT INTO agg_source_day (source_doc, date, alloc, pay) VALUES ('无此文号', '2017-01-01', 0, 1)")
            return "an agg_source_day row for a source and day without flows", None, None
        case("agg_source_day row without flows", {"agg_source_day"}, orphan, "daily totals of source 无此文号 on 2017-01-01")

        # 12. Two invariants broken: verify names the smaller first bad entry (the budget, an early
        # entry, though its check runs after the payments').
        def two(con):
            k = one(con, "SELECT MAX(entry_id) FROM disbursement")[0]
            b = one(con, "SELECT MAX(entry_id) FROM budget")[0]
            t.check(b < k, f"two faults: budget entry {b} is not before payment {k}")
            materialize(con, k)
            con.execute("UPDATE disbursement SET amount = amount + 1 WHERE entry_id = ?", (k,))
            con.execute("UPDATE budget SET total = total + 1 WHERE entry_id = ?", (b,))
            return f"payment of entry {k} and total of budget entry {b} each raised by 1 fen", b, min(b, k)
        case("two invariants broken", {"payment", "budget"}, two, "lines do not sum to its total")

        # 13. Closed periods (issue 19): the periods are locked through the last payment's day and a
        # payment of the next day recorded (both by the binary); then the lock is moved past that
        # payment behind the engine's back and the chain re-hashed from the lock. The payment is
        # now one recorded after a lock and dated within it, with no unlock: verify names it.
        fixture.copy_ledger(base, work)
        con = sqlite3.connect(work)
        last = one(con, "SELECT MAX(date) FROM disbursement")[0]
        row = one(con, "SELECT fiscal_year, earmark, payee_id, payee_name, payee_kind, town, village FROM disbursement "
                       "WHERE date = ? ORDER BY entry_id LIMIT 1", (last,))
        next_day = one(con, "SELECT date(?, '+1 day')", (last,))[0]
        con.close()
        r = fixture.run(BIN, work, "lock", "--through", last, "--reason", "月报已报送")
        t.check(r.returncode == 0, f"lock through {last}: exit {r.returncode} {r.stderr}")
        late = os.path.join(tmp, "late.csv")
        with open(late, "w", encoding="utf-8") as f:
            f.write("voucher,date,fiscal_year,earmark,amount,payee_id,payee_name,payee_kind,town,village\n")
            f.write(f"LATE-1,{next_day},{row[0]},{row[1]},0.01,{row[2]},{row[3]},{row[4]},{row[5] or ''},{row[6] or ''}\n")
        r = fixture.run(BIN, work, "import", "disbursements", late)
        t.check(r.returncode == 0, f"the payment after the lock: exit {r.returncode} {r.stderr}")
        rc, doc = verify_json(work)
        t.check(rc == 0 and doc.get("ok") is True, f"locked ledger with a later payment does not verify: {rc} {doc}")
        info = {}

        def move_lock(con):
            info["lock"] = one(con, "SELECT MAX(entry_id) FROM period_lock")[0]
            info["late"] = one(con, "SELECT entry_id FROM disbursement WHERE voucher = 'LATE-1'")[0]
            con.execute("UPDATE period_lock SET through = ? WHERE entry_id = ?", (next_day, info["lock"]))
            info["rehashed"] = rehash_from(con, info["lock"])
        behind_the_back(work, JOURNAL_TABLES + ["period_lock"], move_lock)
        rc, doc = verify_json(work)
        reason = doc.get("reason") or ""
        t.check(rc == 1 and doc.get("first_bad_entry") == info["late"] and "recorded after the lock" in reason,
                f"lock moved past a later payment: verify exit {rc}, first_bad_entry {doc.get('first_bad_entry')} "
                f"(expected {info['late']}): {reason!r}")
        print(f"lock of entry {info['lock']} moved from {last} to {next_day} ({info['rehashed']} entries re-hashed); "
              f"verify exit {rc}, first_bad_entry {doc.get('first_bad_entry')}: {reason}")
    t.finish()


if __name__ == "__main__":
    main()
