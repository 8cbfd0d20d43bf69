#!/usr/bin/python3
"""A cap_per_payee rule sums what a payee already has from an earmark. Without an index that sum
scans every flow once per payee, which makes a second large import into a big ledger quadratic
(issue 8). The first import that needs the sum creates the partial index flow_payee_pay; this test
checks it is there, that SQLite uses it for the rule's query, that the cap still refuses the
payment that crosses it (the index changes speed, not answers), and that verify passes."""
import os, sqlite3, subprocess, sys, tempfile

binary, root = sys.argv[1], sys.argv[2]


def run(args, env, rc=0):
    p = subprocess.run([binary] + args, env=env, capture_output=True, text=True)
    if p.returncode != rc:
        sys.exit(f"{' '.join(args)} -> {p.returncode} (expected {rc})\n{p.stdout}\n{p.stderr}")
    return p


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "l.db")
    env = dict(os.environ, FUNDLEDGER_DB=db, FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="clerk",
               FUNDLEDGER_LANG="en")
    w = lambda name, text: (open(os.path.join(tmp, name), "w", encoding="utf-8").write(text), os.path.join(tmp, name))[1]
    run(["init"], env)
    run(["import", "households", w("h.csv", "household_id,head_name,town,village,registered\nH1,甲,城关镇,东村,yes\nH2,乙,城关镇,西村,yes\n")], env)
    run(["import", "sources", w("s.csv", "doc_no,fiscal_year,category,name,amount,received_on\nS1,2017,county_self,县级,1000000,2017-01-01\n")], env)
    run(["import", "budget", w("b.toml", 'fiscal_year = 2017\ncode = "B"\nname = "预算"\ntotal = "100万"\nfunded_by = "county_self"\n'
                                        '[[line]]\ncode = "LOAN-SUBSIDY"\nname = "贴息"\namount = "100万"\n')], env)
    run(["import", "allocations", w("a.csv", "voucher,date,source_doc,earmark,amount\nA1,2017-02-01,S1,LOAN-SUBSIDY,1000000\n")], env)
    run(["import", "rules", w("r.toml", '[[rule]]\nid = "cap"\nkind = "cap_per_payee"\nearmark = "LOAN-SUBSIDY"\nmax = "1万"\n'
                                       'period = "year"\nseverity = "error"\nfrom = 2017\nnote = "每户不超过1万元"\n')], env)
    con = sqlite3.connect(db)
    if con.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'flow_payee_pay'").fetchone()[0]:
        sys.exit("the index exists before any import needed it")
    con.close()
    head = "voucher,date,earmark,amount,payee_id,payee_name,payee_kind\n"
    run(["import", "disbursements", w("d1.csv", head + "D1,2017-03-01,LOAN-SUBSIDY,6000,H1,甲,household\nD2,2017-03-01,LOAN-SUBSIDY,9000,H2,乙,household\n")], env)
    con = sqlite3.connect(db)
    if not con.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'flow_payee_pay'").fetchone()[0]:
        sys.exit("a cap_per_payee rule was evaluated but the index flow_payee_pay was not created")
    plan = " ".join(r[-1] for r in con.execute(
        "EXPLAIN QUERY PLAN SELECT COALESCE(SUM(amount), 0) FROM flow WHERE kind = 'pay' AND payee_id = 'H1' AND earmark = 'LOAN-SUBSIDY' AND fiscal_year = 2017"))
    if "flow_payee_pay" not in plan:
        sys.exit(f"the cap query does not use the index: {plan}")
    con.close()
    # A second import: H1 has 6000 already; 4000.01 more crosses the 1万 cap by one fen.
    before = open(db, "rb").read()
    p = run(["import", "disbursements", w("d2.csv", head + "D3,2017-04-01,LOAN-SUBSIDY,4000.01,H1,甲,household\n")], env, rc=2)
    if "d2.csv:2:" not in p.stderr or "rule cap" not in p.stderr or "H1" not in p.stderr:
        sys.exit(f"the payment over the cap was not refused with file, line, rule and payee:\n{p.stderr}")
    if open(db, "rb").read() != before:
        sys.exit("the refused import changed the ledger")
    run(["import", "disbursements", w("d3.csv", head + "D3,2017-04-01,LOAN-SUBSIDY,4000.00,H1,甲,household\n")], env)
    run(["verify"], env)
    print("ok: cap_per_payee creates and uses flow_payee_pay; the cap refuses one fen over and accepts exactly 1万")
