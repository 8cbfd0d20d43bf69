#!/usr/bin/python3
"""Seeded random property test of contracts (issue 16), with the real binary and a model written here.

For each seed: one source, a budget of a few earmarks, their allocations and a few projects; then a
random sequence of operations in date order, each its own import or verb: contracts signed (some
for more than the earmark has free), payments on contracts (some over what the contract still
commits, some to another payee), payments on no contract (some that would use committed money),
and contracts closed or voided (some voided after they were drawn on). The model says which the
ledger must accept; a refused one must leave the file unchanged. Checked after every operation and at
the end:
  * every operation is accepted or refused as the model says;
  * per contract: 0 <= drawn <= amount, the committed amount (open) is amount - drawn while open and
    0 once ended, the same in `contracts` and `balance --by contract`;
  * per earmark: committed >= 0, available >= 0, allocated - paid - committed = available, the
    committed column is the sum of its contracts' open amounts, and every figure equals the model's;
  * verify is ok; and after a contract's amount is cut below what was paid on it (its trigger
    dropped), `audit` reports contract_overdrawn with the excess (an error, exit 1).
The seed is printed on failure; FUNDLEDGER_SEED=N reruns one.
argv: BINARY REPO_ROOT
"""
import csv, hashlib, json, os, random, sqlite3, subprocess, sys, tempfile
from datetime import date, timedelta

BIN = sys.argv[1]


class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def yuan(fen):
    return f"{fen // 100}.{fen % 100:02d}"


def fen_of(s):
    a, b = s.split(".")
    return int(a) * 100 + int(b)


def d(day):
    return (date(2019, 1, 1) + timedelta(days=day)).isoformat()


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


class Ledger:
    def __init__(self, tmp):
        self.tmp, self.db, self.n = tmp, os.path.join(tmp, "l.db"), 0
        self.counts = {True: 0, False: 0}  # operations accepted, refused

    def run(self, *args):
        env = dict(os.environ, FUNDLEDGER_DB=self.db, FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="prop",
                   LC_ALL="C.UTF-8", FUNDLEDGER_LANG="en")
        return subprocess.run([BIN, *args], env=env, capture_output=True, text=True, timeout=300)

    def ok(self, *args):
        p = self.run(*args)
        check(p.returncode == 0, f"{' '.join(args)}: exit {p.returncode}\n{p.stderr}")
        return p

    def digest(self):
        return hashlib.sha256(open(self.db, "rb").read()).hexdigest()

    def attempt(self, accepted, what, *args):
        """Runs one operation; it must be accepted (exit 0) or refused (exit 2, file unchanged)."""
        before = self.digest()
        p = self.run(*args)
        self.counts[accepted] += 1
        if accepted:
            check(p.returncode == 0, f"{what}: refused, the model accepts it\n{p.stderr}")
        else:
            check(p.returncode == 2, f"{what}: exit {p.returncode}, the model refuses it\n{p.stdout}{p.stderr}")
            check(self.digest() == before, f"{what}: refused but the ledger file changed")

    def import_rows(self, kind, header, rows):
        self.n += 1
        path = os.path.join(self.tmp, f"{kind}-{self.n}.csv")
        write_csv(path, header, rows)
        return ("import", kind, path)


PAY_HEADER = ["voucher", "date", "earmark", "amount", "payee_id", "payee_name", "payee_kind", "project", "contract"]


class Model:
    def __init__(self, earmarks):
        self.alloc = dict(earmarks)  # earmark -> allocated
        self.paid = {e: 0 for e in earmarks}
        self.contracts = {}  # id -> dict(earmark, payee, project, amount, drawn, ended, signed)

    def committed(self, e):
        return sum(c["amount"] - c["drawn"] for c in self.contracts.values() if c["earmark"] == e and not c["ended"])

    def free(self, e):
        return self.alloc[e] - self.paid[e] - self.committed(e)


def setup(rng, led):
    earmarks = {f"E{i}": rng.randint(10_000, 500_000) * 100 for i in range(rng.randint(1, 3))}
    total = sum(earmarks.values())
    write_csv(os.path.join(led.tmp, "sources.csv"), ["doc_no", "fiscal_year", "category", "name", "amount", "received_on"],
              [["测〔2019〕1号", 2019, "county_self", "县级资金", yuan(total), d(0)]])
    with open(os.path.join(led.tmp, "budget.toml"), "w", encoding="utf-8") as f:
        f.write(f'fiscal_year = 2019\ncode = "B"\nname = "预算"\ntotal = "{yuan(total)}"\nfunded_by = "county_self"\n')
        for e, a in earmarks.items():
            f.write(f'[[line]]\ncode = "{e}"\nname = "用途{e}"\namount = "{yuan(a)}"\n')
    write_csv(os.path.join(led.tmp, "allocations.csv"), ["voucher", "date", "source_doc", "earmark", "amount"],
              [[f"A-{e}", d(1), "测〔2019〕1号", e, yuan(a)] for e, a in earmarks.items()])
    write_csv(os.path.join(led.tmp, "projects.csv"),
              ["project_id", "name", "category", "town", "responsible_unit", "investment"],
              [[f"P{i}", f"项目{i}", "industry", "城关镇", "县农业局", "1000000"] for i in range(3)])
    led.ok("init")
    for kind, name in [("sources", "sources.csv"), ("budget", "budget.toml"), ("allocations", "allocations.csv"),
                       ("projects", "projects.csv")]:
        led.ok("import", kind, os.path.join(led.tmp, name))
    return Model(earmarks)


def sign(rng, led, m, day, i):
    e = rng.choice(list(m.alloc))
    free = m.free(e)
    amount = rng.randint(1, max(1, free // 2)) if rng.random() < 0.8 else free + rng.randint(1, 100_000)
    cid, payee, project = f"K{i:03d}", f"ENT-{rng.randint(1, 3)}", f"P{rng.randint(0, 2)}"
    ok = 0 < amount <= free
    led.attempt(ok, f"contract {cid} of {yuan(amount)} (free {yuan(free)})",
                *led.import_rows("contracts", ["contract_id", "project", "payee_id", "amount", "signed_on", "earmark"],
                                 [[cid, project, payee, yuan(amount), d(day), e]]))
    if ok:
        m.contracts[cid] = {"earmark": e, "payee": payee, "project": project, "amount": amount, "drawn": 0,
                            "ended": False}


def pay_on_contract(rng, led, m, day, i):
    cid = rng.choice(list(m.contracts))
    c = m.contracts[cid]
    open_ = c["amount"] - c["drawn"]
    amount = rng.randint(1, max(1, open_)) if rng.random() < 0.75 else open_ + rng.randint(1, 10_000)
    payee = c["payee"] if rng.random() < 0.9 else "ENT-9"
    have = m.alloc[c["earmark"]] - m.paid[c["earmark"]]
    ok = not c["ended"] and payee == c["payee"] and amount <= open_ and amount <= have
    v = f"Z{i:03d}"
    led.attempt(ok, f"payment {v} of {yuan(amount)} on {cid} (open {yuan(open_)}, ended {c['ended']})",
                *led.import_rows("disbursements", PAY_HEADER,
                                 [[v, d(day), c["earmark"], yuan(amount), payee, "单位", "enterprise", "", cid]]))
    if ok:
        c["drawn"] += amount
        m.paid[c["earmark"]] += amount


def pay_free(rng, led, m, day, i):
    e = rng.choice(list(m.alloc))
    free = m.free(e)
    amount = rng.randint(1, max(1, free)) if rng.random() < 0.7 else free + rng.randint(1, 10_000)
    ok = 0 < amount <= free
    v = f"Z{i:03d}"
    led.attempt(ok, f"payment {v} of {yuan(amount)} on no contract (free {yuan(free)})",
                *led.import_rows("disbursements", PAY_HEADER,
                                 [[v, d(day), e, yuan(amount), "ENT-8", "单位", "enterprise", "", ""]]))
    if ok:
        m.paid[e] += amount


def end(rng, led, m, day, i):
    cid = rng.choice(list(m.contracts))
    c = m.contracts[cid]
    kind = rng.choice(["close", "void"])
    ok = not c["ended"] and (kind == "close" or c["drawn"] == 0)
    led.attempt(ok, f"{kind} {cid} (drawn {yuan(c['drawn'])}, ended {c['ended']})",
                "contracts", kind, cid, "--date", d(day), "--reason", "测试")
    if ok:
        c["ended"] = True


def compare(led, m, as_of):
    rows = json.loads(led.ok("--format", "json", "balance", "--by", "earmark", "--as-of", as_of).stdout)["rows"]
    for r in rows:
        e = r["key"]
        alloc, paid, avail = fen_of(r["allocated"]), fen_of(r["disbursed"]), fen_of(r["available"])
        committed = fen_of(r.get("committed", "0.00"))
        check(committed >= 0 and avail >= 0, f"{e}: committed {committed}, available {avail}")
        check(alloc - paid - committed == avail, f"{e}: {alloc} - {paid} - {committed} != {avail}")
        check((alloc, paid, committed) == (m.alloc[e], m.paid[e], m.committed(e)),
              f"{e}: ledger {(alloc, paid, committed)}, model {(m.alloc[e], m.paid[e], m.committed(e))}")
    if not m.contracts:
        return
    table = json.loads(led.ok("--format", "json", "contracts", "--as-of", as_of).stdout)["contracts"]
    by = {r["contract_id"]: r for r in table["rows"]}
    bal = {r["key"]: r for r in json.loads(led.ok("--format", "json", "balance", "--by", "contract", "--as-of", as_of).stdout)["rows"]}
    for cid, c in m.contracts.items():
        r, b = by[cid], bal[cid]
        drawn, open_ = fen_of(r["drawn"]), fen_of(r["open"])
        want_open = 0 if c["ended"] else c["amount"] - c["drawn"]
        check(0 <= drawn <= fen_of(r["amount"]), f"{cid}: drawn {drawn} of {r['amount']}")
        check((drawn, open_) == (c["drawn"], want_open), f"{cid}: ledger {(drawn, open_)}, model {(c['drawn'], want_open)}")
        check((fen_of(b["disbursed"]), fen_of(b["committed"])) == (drawn, open_), f"{cid}: balance --by contract differs")


def one_seed(seed, tmp):
    rng = random.Random(seed)
    led = Ledger(tmp)
    m = setup(rng, led)
    day = 30
    for i in range(rng.randint(12, 30)):
        day += rng.randint(0, 5)
        op = sign if not m.contracts else rng.choices([sign, pay_on_contract, pay_free, end], [3, 4, 2, 1])[0]
        op(rng, led, m, day, i)
        if i % 5 == 0:
            compare(led, m, d(day))
    compare(led, m, d(day))
    led.ok("verify")
    overdrawn_after_tampering(led, m, d(day))
    return led.counts


def overdrawn_after_tampering(led, m, as_of):
    drawn = [(cid, c) for cid, c in m.contracts.items() if c["drawn"] > 1]
    if not drawn:
        return
    cid, c = drawn[0]
    con = sqlite3.connect(led.db)
    con.execute("DROP TRIGGER contract_no_update")
    con.execute("UPDATE contract SET amount = ? WHERE contract_id = ?", (c["drawn"] - 1, cid))
    con.commit()
    con.close()
    p = led.run("--format", "json", "audit", "--as-of", as_of)
    check(p.returncode == 1, f"audit after tampering: exit {p.returncode}\n{p.stderr}")
    found = [f for f in json.loads(p.stdout)["findings"] if f["code"] == "contract_overdrawn"]
    check(len(found) == 1 and found[0]["subject"]["contract"] == cid and found[0]["subject"]["over"] == "0.01",
          f"audit after tampering: {found}")


def main():
    seeds = [int(os.environ["FUNDLEDGER_SEED"])] if os.environ.get("FUNDLEDGER_SEED") else \
        [20261202 + i for i in range(int(os.environ.get("FUNDLEDGER_SEEDS", "8")))]
    failed, total = 0, {True: 0, False: 0}
    for seed in seeds:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                for k, n in one_seed(seed, tmp).items():
                    total[k] += n
            except Failure as e:
                failed += 1
                print(f"FAILED with seed {seed} (rerun: FUNDLEDGER_SEED={seed}): {e}", file=sys.stderr)
    print(f"{len(seeds) - failed}/{len(seeds)} seeds passed: {total[True]} operations accepted, "
          f"{total[False]} refused as the model said")
    if not total[True] or not total[False]:
        print("the operations did not both pass and fail: the test proved nothing", file=sys.stderr)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
