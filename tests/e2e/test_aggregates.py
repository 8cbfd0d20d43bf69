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
    env = dict(os.environ, FUNDLEDGER_DB=db, FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="clerk")
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
    # (on a copy, so each edit is judged alone).
    edits = [
        ("agg_town_day", "UPDATE agg_town_day SET pay = pay + 1 WHERE date = (SELECT MIN(date) FROM agg_town_day WHERE pay > 0)", "daily totals of town"),
        ("agg_town_month", "UPDATE agg_town_month SET pay = pay - 1 WHERE month = (SELECT MAX(month) FROM agg_town_month WHERE pay > 0)", "monthly totals of town"),
        ("agg_flow_month", "UPDATE agg_flow_month SET alloc = alloc + 1 WHERE month = (SELECT MIN(month) FROM agg_flow_month WHERE alloc > 0)", "monthly totals of earmark"),
        ("agg_earmark_day", "UPDATE agg_earmark_day SET pay = pay + 1 WHERE date = (SELECT MAX(date) FROM agg_earmark_day WHERE pay > 0)", "daily totals of earmark"),
    ]
    import shutil
    for table, sql, says in edits:
        copy = os.path.join(tmp, f"edit-{table}.db")
        shutil.copyfile(db, copy)
        c = sqlite3.connect(copy)
        c.execute(sql)
        if c.total_changes == 0:
            sys.exit(f"the edit of {table} changed nothing; the test would prove nothing")
        c.commit()
        c.close()
        p = run(["verify"], dict(env, FUNDLEDGER_DB=copy), rc=1)
        if says not in p.stdout:
            sys.exit(f"verify did not name the edited {table}:\n{p.stdout}")
    print(f"ok: {checked} balance rows agree with the flows (whole months and the days of a partial one); "
          f"an edit of any table of running totals is caught by verify")
