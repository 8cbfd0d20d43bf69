#!/usr/bin/python3
"""Balances by earmark, town and source read the running daily totals (agg_*_day). They must
equal what the flows say, for several as-of dates, after allocations, payments and corrections;
and `verify` must notice when the totals are edited behind the engine's back."""
import json, os, sqlite3, subprocess, sys, tempfile

binary, root = sys.argv[1], sys.argv[2]
ex = os.path.join(root, "examples", "shangzhou-2017")


def run(args, env, rc=0):
    p = subprocess.run([binary] + args, env=env, capture_output=True, text=True)
    if p.returncode != rc:
        sys.exit(f"{' '.join(args)} -> {p.returncode} (expected {rc})\n{p.stdout}\n{p.stderr}")
    return p


def fen(s):
    neg = s.startswith("-")
    a, b = s.lstrip("-").split(".")
    v = int(a) * 100 + int(b)
    return -v if neg else v


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "l.db")
    env = dict(os.environ, FUNDLEDGER_DB=db, FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="clerk",
               FUNDLEDGER_LANG="en")
    run(["init"], env)
    for kind, f in (("households", "households.csv"), ("sources", "sources.csv"), ("budget", "budget.toml"),
                    ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv")):
        run(["import", kind, os.path.join(ex, f)], env)
    # A recovery, so negative pay flows are in the totals too.
    corr = os.path.join(tmp, "corrections.csv")
    con = sqlite3.connect(db)
    voucher, amount = con.execute("SELECT voucher, amount FROM disbursement ORDER BY date LIMIT 1").fetchone()
    date = con.execute("SELECT MAX(date) FROM disbursement").fetchone()[0]
    con.close()
    with open(corr, "w", encoding="utf-8") as f:
        f.write(f"voucher,date,kind,target,amount,reason\nR1,{date},recovery,{voucher},{amount // 200}.{amount // 2 % 100:02d},虚报冒领 收回一半\n")
    run(["import", "corrections", corr], env)
    con = sqlite3.connect(db)
    checked = 0
    for as_of in ("2017-03-31", "2017-06-30", "2017-12-31", date):
        q = lambda sql: {r[0]: (r[1], r[2]) for r in con.execute(sql, (as_of,))}
        flows = {
            "earmark": q("SELECT earmark, SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END), SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END) FROM flow WHERE date <= ? GROUP BY earmark"),
            "town": q("SELECT COALESCE(town, ''), SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END), SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END) FROM flow WHERE date <= ? GROUP BY 1"),
            "source": q("SELECT source_doc, SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END), SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END) FROM flow WHERE date <= ? GROUP BY 1"),
        }
        for by in ("earmark", "town", "source"):
            rows = json.loads(run(["balance", "--by", by, "--as-of", as_of, "--format", "json"], env).stdout)["rows"]
            for r in rows:
                want = flows[by].get(r["key"], (0, 0))
                got = (fen(r["allocated"]), fen(r["disbursed"]))
                if got != want:
                    sys.exit(f"balance --by {by} --as-of {as_of}: {r['key']} shows {got}, the flows say {want}")
                checked += 1
    run(["verify"], env)
    con.close()
    # Each table of running totals, edited by one fen behind the engine's back, is caught by verify
    # (on a copy, so each edit is judged alone), which names as first_bad_entry the first entry of
    # the flows that feed the edited totals (computed here from the flows).
    edits = [
        ("agg_town_day", "UPDATE agg_town_day SET pay = pay + 1 WHERE date = (SELECT MIN(date) FROM agg_town_day WHERE pay > 0)", "daily totals of town"),
        ("agg_town_month", "UPDATE agg_town_month SET pay = pay - 1 WHERE month = (SELECT MAX(month) FROM agg_town_month WHERE pay > 0)", "monthly totals of town"),
        ("agg_flow_month", "UPDATE agg_flow_month SET alloc = alloc + 1 WHERE month = (SELECT MIN(month) FROM agg_flow_month WHERE alloc > 0)", "monthly totals of earmark"),
        ("agg_earmark_day", "UPDATE agg_earmark_day SET pay = pay + 1 WHERE date = (SELECT MAX(date) FROM agg_earmark_day WHERE pay > 0)", "daily totals of earmark"),
        ("agg_source_day", "UPDATE agg_source_day SET alloc = alloc - 1 WHERE (source_doc, date) = "
                           "(SELECT source_doc, date FROM agg_source_day WHERE alloc > 0 ORDER BY date DESC, source_doc LIMIT 1)", "daily totals of source"),
    ]
    # Each table's key columns, and the same keys computed from a flow.
    keys = {
        "agg_earmark_day": ("fiscal_year, earmark, date", "fiscal_year, earmark, date"),
        "agg_town_day": ("fiscal_year, town, date", "fiscal_year, COALESCE(town, ''), date"),
        "agg_source_day": ("source_doc, date", "source_doc, date"),
        "agg_town_month": ("fiscal_year, town, month", "fiscal_year, COALESCE(town, ''), substr(date, 1, 7)"),
        "agg_flow_month": ("fiscal_year, earmark, source_doc, month", "fiscal_year, earmark, source_doc, substr(date, 1, 7)"),
    }

    def first_bad(c, table):
        """The first entry of the flows that feed a total of `table` that disagrees with them."""
        cols, exprs = keys[table]
        n = len(cols.split(","))
        by = ", ".join(str(i + 1) for i in range(n))
        flows = {r[:n]: r[n:] for r in c.execute(f"SELECT {exprs}, SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END), "
                                                  f"SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END), MIN(entry_id) FROM flow GROUP BY {by}")}
        stored = {r[:n]: r[n:] for r in c.execute(f"SELECT {cols}, alloc, pay FROM {table}")}
        fed = [flows[k][2] for k in set(flows) | set(stored) if k in flows and flows[k][:2] != stored.get(k)]
        return min(fed, default=None)

    import shutil
    if {t for t, _, _ in edits} != set(keys):
        sys.exit(f"the edits do not cover every table of running totals: {sorted(keys)}")
    for table, sql, says in edits:
        copy = os.path.join(tmp, f"edit-{table}.db")
        shutil.copyfile(db, copy)
        c = sqlite3.connect(copy)
        c.execute(sql)
        if c.total_changes == 0:
            sys.exit(f"the edit of {table} changed nothing; the test would prove nothing")
        c.commit()
        expect = first_bad(c, table)
        c.close()
        if expect is None:
            sys.exit(f"the edit of {table} touched no total that a flow feeds; the test would prove nothing")
        p = run(["verify"], dict(env, FUNDLEDGER_DB=copy), rc=1)
        if says not in p.stdout or f"entry {expect}:" not in p.stdout:
            sys.exit(f"verify did not name the edited {table} and entry {expect}:\n{p.stdout}")
        doc = json.loads(run(["verify", "--format", "json"], dict(env, FUNDLEDGER_DB=copy), rc=1).stdout)
        if doc["ok"] is not False or says not in (doc["reason"] or "") or doc["first_bad_entry"] != expect:
            sys.exit(f"verify --format json after the edit of {table}: expected first_bad_entry {expect} and {says!r}: {doc}")
        print(f"{table} edited: verify names entry {doc['first_bad_entry']}: {doc['reason']}")
    print(f"ok: {checked} balance rows agree with the flows (whole months and the days of a partial one); "
          f"an edit of any table of running totals is caught by verify, which names the first entry feeding it")
