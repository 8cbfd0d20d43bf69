#!/usr/bin/python3
"""Property (issue 5): over a seeded random ledger built from CSV files with the real binary,
the sum over `trace --source` of every source's disbursed rows equals the total disbursed
(`balance --by category`), each source's rows add up to its own totals, and every payment's
`trace --voucher` sources sum exactly to its amount. Recoveries make amounts net.
argv: BINARY REPO_ROOT [SEEDS]"""
import json, os, random, subprocess, sys, tempfile
from decimal import Decimal

BIN = sys.argv[1]
SEEDS = int(sys.argv[3]) if len(sys.argv) > 3 else 5


def run(env, *args):
    p = subprocess.run([BIN, *args], env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"fundledger {' '.join(args)} -> {p.returncode}\n{p.stderr}")
    return p.stdout


def fen(s):
    return int(Decimal(s) * 100)


def yuan(f):
    return f"{f // 100}.{f % 100:02d}"


def build(tmp, seed):
    rnd = random.Random(seed)
    env = dict(os.environ, FUNDLEDGER_DB=os.path.join(tmp, "f.db"), FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="prop")
    run(env, "init")
    cats = ["central_provincial", "county_self", "sector_integrated", "social"]
    sources = [(f"DOC-{seed}-{i}", rnd.choice(cats), rnd.randint(50_000_00, 500_000_00)) for i in range(rnd.randint(2, 6))]
    codes = [f"E{i}" for i in range(rnd.randint(2, 5))]
    w = lambda name, text: open(os.path.join(tmp, name), "w", encoding="utf-8").write(text)
    w("sources.csv", "doc_no,fiscal_year,category,name,amount,received_on\n" +
      "".join(f"{d},2019,{c},来源{d},{yuan(a)},2019-01-0{i % 9 + 1}\n" for i, (d, c, a) in enumerate(sources)))
    total = sum(a for _, _, a in sources)
    lines = "".join(f'[[line]]\ncode = "{c}"\nname = "用途{c}"\namount = {total}\n' for c in codes)
    attribution = rnd.choice(["fifo", "pro_rata"])
    w("budget.toml", f'fiscal_year = 2019\ncode = "B"\nname = "预算"\ntotal = "{yuan(total * len(codes))}"\nfunded_by = "county_self"\n'
      f'attribution = "{attribution}"\n' + lines.replace(f"amount = {total}", f'amount = "{yuan(total)}"'))
    w("households.csv", "household_id,head_name,town,village,registered\n" + "".join(f"H{i},户{i},T{i % 3},V{i},是\n" for i in range(20)))
    allocs, pool = [], {c: 0 for c in codes}
    rows = "voucher,date,source_doc,earmark,amount\n"
    n = 0
    for d, _, a in sources:
        left = a
        for _ in range(rnd.randint(1, 4)):
            if left <= 0:
                break
            amt = rnd.randint(1, left)
            left -= amt
            c = rnd.choice(codes)
            n += 1
            rows += f"A{n},2019-02-{rnd.randint(1, 28):02d},{d},{c},{yuan(amt)}\n"
            pool[c] += amt
    w("allocations.csv", rows)
    rows = "voucher,date,earmark,amount,payee_id,payee_name,payee_kind,town\n"
    pays = []
    for i in range(rnd.randint(5, 60)):
        c = rnd.choice(codes)
        if pool[c] <= 0:
            continue
        amt = rnd.randint(1, max(1, pool[c] // 3))
        pool[c] -= amt
        h = rnd.randrange(20)
        rows += f"P{i},2019-03-{rnd.randint(1, 28):02d},{c},{yuan(amt)},H{h},户{h},household,T{h % 3}\n"
        pays.append((f"P{i}", amt))
    w("disbursements.csv", rows)
    rows = "voucher,date,kind,target,amount,reason\n"
    for j, (v, amt) in enumerate(rnd.sample(pays, min(len(pays), rnd.randint(0, 4)))):
        rows += f"R{j},2019-04-01,recovery,{v},{yuan(rnd.randint(1, amt))},收回\n" if rnd.random() < 0.7 else f"R{j},2019-04-01,reversal,{v},,冲销\n"
    w("corrections.csv", rows)
    for k, f in [("sources", "sources.csv"), ("budget", "budget.toml"), ("households", "households.csv"),
                 ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv"), ("corrections", "corrections.csv")]:
        run(env, "import", k, os.path.join(tmp, f))
    return env, sources, pays


def main():
    failures = []
    for seed in range(1, SEEDS + 1):
        with tempfile.TemporaryDirectory() as tmp:
            env, sources, pays = build(tmp, seed)
            bal = json.loads(run(env, "balance", "--by", "category", "--as-of", "2026-01-01", "--format", "json"))
            total_disbursed = fen(bal["total"]["disbursed"])
            traced = 0
            for d, _, a in sources:
                t = json.loads(run(env, "trace", "--source", d, "--format", "json"))
                rows_d = sum(fen(r["amount"]) for r in t["disbursed"])
                rows_a = sum(fen(r["amount"]) for r in t["allocated"])
                traced += rows_d
                if rows_d != fen(t["disbursed_total"]) or rows_a != fen(t["allocated_total"]):
                    failures.append(f"seed {seed} {d}: rows do not add up to the source's totals")
                if fen(t["unallocated"]) != a - rows_a or fen(t["undisbursed"]) != rows_a - rows_d:
                    failures.append(f"seed {seed} {d}: unallocated/undisbursed wrong")
            if traced != total_disbursed:
                failures.append(f"seed {seed}: sum over trace --source {yuan(traced)} != total disbursed {yuan(total_disbursed)}")
            net = 0
            for v, _ in pays:
                t = json.loads(run(env, "trace", "--voucher", v, "--format", "json"))
                s = sum(fen(x["amount"]) for x in t["sources"])
                net += fen(t["amount"])
                if s != fen(t["amount"]):
                    failures.append(f"seed {seed} {v}: sources {yuan(s)} != amount {t['amount']}")
            if net != total_disbursed:
                failures.append(f"seed {seed}: sum of net payments {yuan(net)} != total disbursed {yuan(total_disbursed)}")
            print(f"seed {seed}: {len(sources)} sources, {len(pays)} payments, disbursed {yuan(total_disbursed)}")
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("ok")


main()
