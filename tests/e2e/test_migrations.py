#!/usr/bin/python3
"""Schema versions (issue 3): a ledger made by an older fundledger (schema version 1, from
schemas/0001_ledger.sql alone) is migrated forward when opened, keeping its entries and its hash
chain; a ledger from a newer fundledger is refused with a clear message and left unchanged.

The old ledger holds every kind of schema-1 journal row: sources, households, two budgets,
allocations from four sources, payments (one drawn from two lots of two sources, to the fen), and
corrections (a reversal, a recovery, a transfer: negative pay and alloc flows, a new lot). Its rows
are those a current fundledger records for the same files, copied table by table into a database
built from 0001_ledger.sql alone (the schema-1 tables never changed shape, so the entries' hashes
still hold). Opening it must run the data migrations (0004 fills the daily totals from `flow`, 0006
the monthly ones): the test checks that the migrated ledger verifies (verify recomputes every
total), that each running-totals table equals the totals recomputed here from `flow` and the ones
a current ledger kept while importing, and that balances by earmark, town and source equal what
the flows say, to the fen, on dates inside months and years as well as at their ends.

usage: test_migrations.py BINARY REPO_ROOT
"""
import glob, hashlib, json, os, sqlite3, subprocess, sys, tempfile
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chain_forge import entry_hash  # noqa: E402

binary, root = sys.argv[1], sys.argv[2]
failures = []
migrations = sorted(glob.glob(os.path.join(root, "schemas", "[0-9][0-9][0-9][0-9]_*.sql")))
newest = int(os.path.basename(migrations[-1])[:4])
SCHEMA1_TABLES = ("import_batch", "entry", "source", "household", "budget", "budget_line", "allocation",
                  "disbursement", "correction", "flow")
AGG_TABLES = ("agg_earmark_day", "agg_town_day", "agg_source_day", "agg_town_month", "agg_flow_month")
AS_OF = ("2017-03-31", "2017-12-04", "2017-12-31", "2018-01-20", "2018-03-15", "2018-04-01", "2026-01-15")

# Beyond the example: corrections of 2017 and a 2018 year funded by three other sources, with
# money of one fiscal year moving in the other calendar year (an advance allocation and payment of
# 2018 in December 2017, a 2017 payment in January 2018).
CORRECTIONS = """voucher,date,kind,target,amount,to_earmark,reason
MG2017-C001,2017-12-01,reversal,FP2017-D003,,,重复支付冲销
MG2017-C002,2017-12-05,recovery,FP2017-D002,100.50,,多付贴息收回
MG2017-C003,2017-12-10,transfer,LARGE-FARMS,100000.00,OTHER,年底调剂
"""
ALLOCATIONS_2018 = """voucher,date,fiscal_year,source_doc,earmark,amount,town,project,note
MG2018-A000,2017-12-20,2018,陕财办农〔2017〕3号,LOAN-SUBSIDY,100万,,扶贫贷款贴息,提前下达
MG2018-A001,2018-02-01,2018,陕财办农〔2017〕3号,WALNUT,300万,大荆镇,核桃提质增效,
MG2018-A002,2018-03-01,2018,陕财办农〔2017〕28号,WALNUT,200万,,核桃提质增效,
MG2018-A003,2018-03-01,2018,商区扶组发〔2017〕5号,MEDICAL-AID,50万,沙河子镇,大病救助,
"""
PAYMENTS_2018 = """voucher,date,fiscal_year,earmark,amount,payee_id,payee_name,payee_kind,town,village,project,source_doc,note
MG2018-D001,2018-03-05,2018,WALNUT,"2,500,000.00",COOP-SZ-01,商州区大荆镇南村核桃专业合作社,cooperative,大荆镇,南村,核桃提质增效,,
MG2018-D002,2018-04-01,2018,WALNUT,"1,000,000.01",COOP-SZ-01,商州区大荆镇南村核桃专业合作社,cooperative,大荆镇,南村,核桃提质增效,,跨两个来源
MG2018-D003,2018-04-02,2018,MEDICAL-AID,"12,345.67",SZ-002,王秀芝,household,沙河子镇,东村,大病救助,,
MG2018-D100,2017-12-28,2018,LOAN-SUBSIDY,"8,000.00",SZ-001,李建华,household,大荆镇,南村,扶贫贷款贴息,,
MG2017-D101,2018-01-15,2017,ECOMMERCE,"50,000.00",ENT-X,某电商企业,enterprise,杨峪河镇,,电商站点,,结转支付
"""
# Imported after the migration, into the migrated ledger and the current one alike.
LATER = """voucher,date,fiscal_year,earmark,amount,payee_id,payee_name,payee_kind,town,village,project,source_doc,note
MG2018-D004,2018-05-02,2018,WALNUT,"499,999.99",COOP-SZ-01,商州区大荆镇南村核桃专业合作社,cooperative,大荆镇,南村,核桃提质增效,,
"""


def run(args, env):
    return subprocess.run([binary] + args, env=env, capture_output=True, text=True)


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


def yuan(fen):
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


def rows(db, sql, params=()):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def totals_from_flows(flows):
    """The five running-totals tables as 0004/0006 define them, recomputed from the flow rows
    (kind, date, fiscal_year, earmark, source_doc, amount, town): key -> [alloc, pay]."""
    t = {name: defaultdict(lambda: [0, 0]) for name in AGG_TABLES}
    for kind, date, year, earmark, source, amount, town in flows:
        i = 0 if kind == "alloc" else 1
        town = town or ""
        t["agg_earmark_day"][(year, earmark, date)][i] += amount
        t["agg_town_day"][(year, town, date)][i] += amount
        t["agg_source_day"][(source, date)][i] += amount
        t["agg_town_month"][(year, town, date[:7])][i] += amount
        t["agg_flow_month"][(year, earmark, source, date[:7])][i] += amount
    return {name: {k: tuple(v) for k, v in d.items()} for name, d in t.items()}


def stored_totals(db):
    keys = {"agg_earmark_day": "fiscal_year, earmark, date", "agg_town_day": "fiscal_year, town, date",
            "agg_source_day": "source_doc, date", "agg_town_month": "fiscal_year, town, month",
            "agg_flow_month": "fiscal_year, earmark, source_doc, month"}
    return {name: {tuple(r[:-2]): (r[-2], r[-1]) for r in rows(db, f"SELECT {cols}, alloc, pay FROM {name}")}
            for name, cols in keys.items()}


def expected_balances(db, flows, as_of):
    """What balance --by earmark|town|source must print as of `as_of`, from the flows alone."""
    def sums(keyf):
        s = defaultdict(lambda: [0, 0])
        for kind, date, year, earmark, source, amount, town in flows:
            if date <= as_of:
                s[keyf(year, earmark, source, town)][0 if kind == "alloc" else 1] += amount
        return s
    out = {}
    s = sums(lambda y, e, src, t: (y, e))
    out["earmark"] = {k: {"allocated": yuan(a), "disbursed": yuan(p), "available": yuan(a - p)} for k, (a, p) in s.items()}
    s = sums(lambda y, e, src, t: t or "")
    out["town"] = {k: {"allocated": yuan(a), "disbursed": yuan(p)} for k, (a, p) in s.items()}
    s = sums(lambda y, e, src, t: src)
    amounts = dict(rows(db, "SELECT doc_no, amount FROM source WHERE received_on <= ?", (as_of,)))
    out["source"] = {k: {"allocated": yuan(s[k][0]), "disbursed": yuan(s[k][1]), "amount": yuan(amt),
                         "unallocated": yuan(amt - s[k][0])} for k, amt in amounts.items()}
    return out


def balance(db, by, as_of, env):
    p = run(["--db", db, "balance", "--by", by, "--as-of", as_of, "--format", "json"], env)
    if not check(p.returncode == 0, f"balance --by {by} --as-of {as_of} on {os.path.basename(db)}: exit {p.returncode} {p.stderr}"):
        return None
    return json.loads(p.stdout)


def check_balances(db, flows, env, what):
    for as_of in AS_OF:
        want = expected_balances(db, flows, as_of)
        for by in ("earmark", "town", "source"):
            got = balance(db, by, as_of, env)
            if got is None:
                continue
            seen = set()
            for r in got["rows"]:
                key = (r["fiscal_year"], r["key"]) if by == "earmark" else r["key"]
                seen.add(key)
                exp = want[by].get(key)
                if exp is None:  # a budget line with no flows yet: all zero
                    check(all(r[f] == "0.00" for f in ("allocated", "disbursed")),
                          f"{what}: balance --by {by} --as-of {as_of}: {key} has no flows but shows {r}")
                    continue
                for field, value in exp.items():
                    check(r.get(field) == value, f"{what}: balance --by {by} --as-of {as_of}: {key} {field} is "
                                                 f"{r.get(field)}, the flows say {value}")
            missing = [k for k, v in want[by].items() if k not in seen and any(x != "0.00" for x in v.values())]
            check(not missing, f"{what}: balance --by {by} --as-of {as_of} lacks {missing}")


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="clerk", FUNDLEDGER_LANG="en")  # reads English
    env.pop("FUNDLEDGER_DB", None)
    ex = os.path.join(root, "examples", "shangzhou-2017")
    extra = {}
    for name, text in (("corrections.csv", CORRECTIONS), ("allocations-2018.csv", ALLOCATIONS_2018),
                       ("disbursements-2018.csv", PAYMENTS_2018), ("later.csv", LATER)):
        extra[name] = os.path.join(tmp, name)
        with open(extra[name], "w", encoding="utf-8") as f:
            f.write(text)

    # A current ledger with the data, recorded by this fundledger: the rows the old ledger gets,
    # and the running totals that imports keep.
    cur = os.path.join(tmp, "current.db")
    run(["--db", cur, "init"], env)
    for kind, path in (("households", os.path.join(ex, "households.csv")), ("sources", os.path.join(ex, "sources.csv")),
                       ("budget", os.path.join(ex, "budget.toml")), ("allocations", os.path.join(ex, "allocations.csv")),
                       ("disbursements", os.path.join(ex, "disbursements.csv")), ("corrections", extra["corrections.csv"]),
                       ("budget", os.path.join(ex, "budget-2018.toml")), ("allocations", extra["allocations-2018.csv"]),
                       ("disbursements", extra["disbursements-2018.csv"])):
        # The example's lines are allocated in full: the year-end 调剂 goes in under an override (issue 19).
        override = ["--override", "年底调剂，县政府常务会议同意"] if kind == "corrections" else []
        p = run(["--db", cur, "import", kind, path, *override], env)
        check(p.returncode == 0, f"import {kind} {os.path.basename(path)}: {p.stderr}")
    check(rows(cur, "PRAGMA user_version")[0][0] == newest, "init does not create the newest schema")

    # The old ledger: schema 1 only, then the same journal rows copied in.
    old = os.path.join(tmp, "old.db")
    con = sqlite3.connect(old)
    con.executescript(open(migrations[0], encoding="utf-8").read())
    con.execute("PRAGMA user_version = 1")
    con.execute("ATTACH ? AS cur", (cur,))
    for table in SCHEMA1_TABLES:  # the schema-1 columns (a current ledger stores more, schema 7)
        cols = ", ".join(r[1] for r in con.execute(f"PRAGMA main.table_info({table})"))
        con.execute(f"INSERT INTO main.{table} SELECT {cols} FROM cur.{table}")
    con.commit()
    con.execute("DETACH cur")
    # Hashed as a schema-1 fundledger hashed them: without the import records (schema 8 adds them).
    con.execute("DROP TRIGGER entry_no_update")
    old_head = bytes(32)
    for (entry_id,) in con.execute("SELECT id FROM entry ORDER BY id").fetchall():
        h = entry_hash(con, entry_id, old_head)
        con.execute("UPDATE entry SET prev_hash = ?, hash = ? WHERE id = ?", (old_head, h, entry_id))
        old_head = h
    con.execute("CREATE TRIGGER entry_no_update BEFORE UPDATE ON entry BEGIN "
                "SELECT RAISE(ABORT, 'fundledger: the journal is append-only (entry)'); END")
    con.commit()
    con.close()

    # The test is only worth something if the old ledger holds what the data migrations fill from.
    old_tables = {r[0] for r in rows(old, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    check(rows(old, "PRAGMA user_version")[0][0] == 1, "the old ledger is not schema version 1")
    check(not old_tables & set(AGG_TABLES + ("rule", "loan")), f"the old ledger has later tables: {old_tables}")
    counts = {t: rows(old, f"SELECT COUNT(*) FROM {t}")[0][0] for t in SCHEMA1_TABLES}
    check(counts["disbursement"] >= 30 and counts["correction"] == 3 and counts["allocation"] >= 15,
          f"the old ledger lacks payments or corrections: {counts}")
    flow_facts = rows(old, "SELECT SUM(kind = 'pay'), SUM(kind = 'pay' AND amount < 0), SUM(kind = 'alloc' AND amount < 0), "
                           "SUM(town IS NULL), COUNT(DISTINCT source_doc), COUNT(DISTINCT fiscal_year), "
                           "COUNT(DISTINCT substr(date, 1, 7)), SUM(CAST(substr(date, 1, 4) AS INTEGER) != fiscal_year) "
                           "FROM flow")[0]
    check(flow_facts[0] >= 28 and flow_facts[1] >= 2 and flow_facts[2] >= 1 and flow_facts[3] >= 1
          and flow_facts[4] >= 4 and flow_facts[5] == 2 and flow_facts[6] >= 6 and flow_facts[7] >= 3,
          f"the old ledger's flows do not exercise the migration (pay, negative pay, negative alloc, no town, "
          f"sources, years, months, dated outside their fiscal year): {flow_facts}")
    split = rows(old, "SELECT COUNT(*), SUM(amount) FROM flow WHERE voucher = 'MG2018-D002'")[0]
    check(split == (2, 100000001), f"payment MG2018-D002 should draw 1000000.01 from two lots: {split}")
    flow_sql = "SELECT kind, date, fiscal_year, earmark, source_doc, amount, town FROM flow ORDER BY entry_id, seq"
    flows = rows(old, flow_sql)
    schema1_cols = {t: ", ".join(r[1] for r in rows(old, f"PRAGMA table_info({t})")) for t in SCHEMA1_TABLES}
    journal_before = {t: rows(old, f"SELECT {schema1_cols[t]} FROM {t} ORDER BY 1, 2") for t in SCHEMA1_TABLES}

    # An auditor reads it --read-only: from a migrated temporary copy; the evidence file is not
    # changed (not migrated, byte for byte) and the copy is gone afterwards.
    ro_tmp = os.path.join(tmp, "ro-tmp")
    os.mkdir(ro_tmp)
    ro_env = dict(env, TMPDIR=ro_tmp)
    evidence = hashlib.sha256(open(old, "rb").read()).hexdigest()
    p = run(["--db", old, "--read-only", "verify", "--format", "json"], ro_env)
    ro = json.loads(p.stdout) if p.returncode == 0 else {}
    check(ro.get("ok") is True and ro.get("entries") == counts["entry"] and ro.get("head") == old_head.hex(),
          f"--read-only verify of the schema-1 ledger: exit {p.returncode} {p.stdout} {p.stderr}")
    p = run(["--db", old, "--read-only", "balance", "--by", "earmark", "--as-of", "2018-12-31", "--format", "json"], ro_env)
    check(p.returncode == 0 and json.loads(p.stdout) == balance(cur, "earmark", "2018-12-31", env),
          f"--read-only balance of the schema-1 ledger differs from the current ledger's: {p.returncode} {p.stderr}")
    p = run(["--db", old, "--read-only", "import", "disbursements", extra["later.csv"]], ro_env)
    check(p.returncode == 2 and "read-only" in p.stderr, f"--read-only import: exit {p.returncode} {p.stderr}")
    check(hashlib.sha256(open(old, "rb").read()).hexdigest() == evidence and not os.path.exists(old + "-wal"),
          "reading the schema-1 ledger --read-only changed the file")
    check(rows(old, "PRAGMA user_version")[0][0] == 1, "reading --read-only migrated the ledger")
    check(os.listdir(ro_tmp) == [], f"the migrated copy was left behind: {os.listdir(ro_tmp)}")

    # Open it with this fundledger: verify migrates it, then recomputes the chain and every total.
    p = run(["--db", old, "verify", "--format", "json"], env)
    check(p.returncode == 0, f"verify of the migrated ledger: exit {p.returncode} {p.stdout} {p.stderr}")
    v_old = json.loads(p.stdout) if p.returncode == 0 else {}
    v_cur = json.loads(run(["--db", cur, "verify", "--format", "json"], env).stdout)
    check(v_old.get("ok") is True and v_old.get("entries") == counts["entry"],
          f"verify of the migrated ledger: {v_old}, expected ok with {counts['entry']} entries")
    check(v_old.get("head") == old_head.hex(), f"the migrated chain head {v_old.get('head')} is not the old one {old_head.hex()}")
    check(v_cur.get("ok") is True and v_cur.get("entries") == v_old.get("entries"), f"verify of the current ledger: {v_cur}")
    check(rows(old, "SELECT provenance_from, import_from FROM chain_form") ==
          [(counts["entry"] + 1, counts["import_batch"] + 1)], "chain_form of the migrated ledger: the entries recorded "
          f"before schema 8 are not hashed with their import records: {rows(old, 'SELECT * FROM chain_form')}")
    check(rows(old, "PRAGMA user_version")[0][0] == newest, "the old ledger was not migrated to the newest schema")
    tables = {r[0] for r in rows(old, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    for t in ("rule", "loan") + AGG_TABLES:
        check(t in tables, f"migrated ledger lacks table {t}")
    for t in SCHEMA1_TABLES:
        check(rows(old, f"SELECT {schema1_cols[t]} FROM {t} ORDER BY 1, 2") == journal_before[t], f"the migration changed the journal table {t}")
    # Schema 7's stored form: single-lot payments name their lot in their own row, the payment
    # split across two lots keeps its two flow rows.
    lean_n, split_rows = rows(old, "SELECT (SELECT COUNT(*) FROM disbursement WHERE lot_id IS NOT NULL), "
                                   "(SELECT COUNT(*) FROM flow_row WHERE voucher = 'MG2018-D002')")[0]
    check(lean_n >= 28 and split_rows == 2, f"the migrated stored form: {lean_n} lean payments, {split_rows} rows of MG2018-D002")

    # The running totals the migrations filled: equal to the flows' sums, and to the totals a
    # current ledger kept import by import.
    want = totals_from_flows(flows)
    got, kept = stored_totals(old), stored_totals(cur)
    for name in AGG_TABLES:
        check(len(want[name]) > 0, f"{name}: nothing to fill")
        diff = {k: (got[name].get(k), want[name].get(k)) for k in set(got[name]) | set(want[name]) if got[name].get(k) != want[name].get(k)}
        check(not diff, f"migrated {name} differs from the flows' sums (got, want): {dict(list(diff.items())[:5])}")
        diff = {k: (got[name].get(k), kept[name].get(k)) for k in set(got[name]) | set(kept[name]) if got[name].get(k) != kept[name].get(k)}
        check(not diff, f"migrated {name} differs from the current ledger's (migrated, current): {dict(list(diff.items())[:5])}")
    check(want["agg_earmark_day"][(2018, "WALNUT", "2018-04-01")] == (0, 100000001),
          f"the 2018-04-01 WALNUT payment is not 1000000.01: {want['agg_earmark_day'].get((2018, 'WALNUT', '2018-04-01'))}")

    # Balances by earmark, town and source, on the migrated ledger and on the current one, equal
    # what the flows say to the fen; and the two ledgers print the same.
    check_balances(old, flows, env, "migrated")
    check_balances(cur, flows, env, "current")
    for by in ("earmark", "town", "source"):
        for as_of in AS_OF:
            check(balance(old, by, as_of, env) == balance(cur, by, as_of, env),
                  f"balance --by {by} --as-of {as_of}: the migrated ledger and the current one differ")

    # The migrated ledger goes on: an import adds to the migrated totals, which stay right.
    for db in (old, cur):
        p = run(["--db", db, "import", "disbursements", extra["later.csv"]], env)
        check(p.returncode == 0, f"import into {os.path.basename(db)}: {p.stderr}")
        p = run(["--db", db, "verify"], env)
        check(p.returncode == 0, f"verify after an import into {os.path.basename(db)}: {p.stdout} {p.stderr}")
    flows = rows(old, flow_sql)
    check(stored_totals(old) == totals_from_flows(flows), "the migrated ledger's totals after a further import are not the flows' sums")
    check_balances(old, flows, env, "migrated, after a further import")
    check(balance(old, "earmark", "2018-12-31", env) == balance(cur, "earmark", "2018-12-31", env),
          "after a further import the migrated ledger and the current one differ")

    # A ledger from a newer fundledger.
    newer = os.path.join(tmp, "newer.db")
    con = sqlite3.connect(newer)
    con.execute("CREATE TABLE future (x INTEGER)")
    con.execute(f"PRAGMA user_version = {newest + 1}")
    con.execute("PRAGMA application_id = 1179403335")  # a fundledger ledger (schema 8 on)
    con.commit()
    con.close()
    before = hashlib.sha256(open(newer, "rb").read()).hexdigest()
    p = run(["--db", newer, "balance", "--by", "earmark"], env)
    check(p.returncode == 3 and "newer than this fundledger understands" in p.stderr, f"newer ledger: exit {p.returncode} {p.stderr}")
    check(hashlib.sha256(open(newer, "rb").read()).hexdigest() == before, "the newer ledger was changed")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"ok: a schema-1 ledger with {counts['disbursement']} payments, {counts['correction']} corrections and "
      f"{len(flows)} flows migrates to {newest}, verifies, and its totals and balances match its flows")
