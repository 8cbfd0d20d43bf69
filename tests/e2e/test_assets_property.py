#!/usr/bin/python3
"""Seeded random property test of project assets (项目资产, issue 16), with the real binary and a model.

For each seed, on the assets fixtures (XM-001 龙头村冷库 paid 300,000.00; households H-001..H-003):
  * assets of XM-001 registered one file at a time with random values, some exactly what is left of
    the project's payments and some a fen over: an asset is accepted only while the project's assets
    together are worth no more than it was paid (a refused one leaves the file unchanged);
  * then a random sequence of income (收益) and payouts to households (分红) of the first asset, on random
    days in any order: a payout is accepted only when its amount is at most the income earned on or
    before its date less everything already paid out (income of a later day does not count);
  * at the end `trace --asset` shows the income earned and paid out the model has, and verify is ok.
The seed is printed on failure; FUNDLEDGER_SEED=N reruns one.
argv: BINARY REPO_ROOT
"""
import csv, hashlib, json, os, random, subprocess, sys, tempfile
from datetime import date, timedelta

BIN, ROOT = sys.argv[1], sys.argv[2]
FIX = os.path.join(ROOT, "tests", "golden", "assets_fixtures")
PAID = 300_000_00  # XM-001, in fen
HOUSEHOLDS = [("H-001", "张大山"), ("H-002", "李小梅"), ("H-003", "王建国")]


class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def yuan(fen):
    return f"{fen // 100}.{fen % 100:02d}"


class Ledger:
    def __init__(self, tmp, seed):
        self.tmp, self.db, self.n = tmp, os.path.join(tmp, f"a{seed}.db"), 0
        self.counts = {True: 0, False: 0}

    def run(self, *args):
        env = dict(os.environ, FUNDLEDGER_DB=self.db, FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="prop",
                   LC_ALL="C.UTF-8", FUNDLEDGER_LANG="en")
        return subprocess.run([BIN, *args], env=env, capture_output=True, text=True, timeout=300)

    def ok(self, *args):
        p = self.run(*args)
        check(p.returncode == 0, f"{' '.join(args)}: exit {p.returncode}\n{p.stderr}")
        return p.stdout

    def digest(self):
        return hashlib.sha256(open(self.db, "rb").read()).hexdigest()

    def attempt(self, accepted, what, kind, header, row, says):
        self.n += 1
        path = os.path.join(self.tmp, f"{kind}-{self.n}.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([header, row])
        before = self.digest()
        p = self.run("import", kind, path)
        self.counts[accepted] += 1
        if accepted:
            check(p.returncode == 0, f"{what}: refused, the model accepts it\n{p.stderr}")
        else:
            check(p.returncode == 2, f"{what}: exit {p.returncode}, the model refuses it\n{p.stdout}{p.stderr}")
            check(says in p.stderr, f"{what}: the error does not say {says!r}\n{p.stderr}")
            check(self.digest() == before, f"{what}: refused but the ledger file changed")


ASSET_HEADER = ["asset_id", "project", "type", "name", "value", "owner", "owner_id", "registered_on", "custodian"]
INCOME_HEADER = ["asset_id", "date", "amount", "doc_no", "payer", "note"]
PAYOUT_HEADER = ["voucher", "date", "fiscal_year", "earmark", "amount", "payee_id", "payee_name", "payee_kind", "asset", "note"]


def register_assets(rng, led):
    registered, n = 0, 0
    while n < 5:
        left = PAID - registered
        pick = rng.random()
        value = left if pick < 0.2 and left > 0 else left + 1 if pick < 0.4 else rng.randint(1, PAID // 2)
        if n == 0:
            value = rng.randint(PAID // 4, PAID // 2)
        n += 1
        accepted = registered + value <= PAID
        row = [f"ZC-{n:03d}", "XM-001", "operating", f"冷库{n}", yuan(value), "collective", "", "2019-08-01", "村委会"]
        led.attempt(accepted, f"asset ZC-{n:03d} {yuan(value)} with {yuan(registered)} registered", "assets",
                    ASSET_HEADER, row, "ZC-")
        registered += value if accepted else 0
    return registered


def day(rng):
    return date(2019, 8, 1) + timedelta(days=rng.randint(0, 152))  # 2019-08-01 .. 2019-12-31


def income_and_payouts(rng, led):
    incomes, paid_out, n_in, n_out, refused_by_date = [], 0, 0, 0, 0
    for _ in range(rng.randint(10, 16)):
        if rng.random() < 0.35 or not incomes:
            n_in += 1
            on, amount = day(rng), rng.randint(1000, 15000) * 100
            led.attempt(True, f"income {n_in}", "asset-income", INCOME_HEADER,
                        [ "ZC-001", on.isoformat(), yuan(amount), f"收〔2019〕{n_in}号", "县冷链公司", ""], "")
            incomes.append((on, amount))
            continue
        on = day(rng)
        earned = sum(a for d, a in incomes if d <= on)
        left = earned - paid_out
        pick = rng.random()
        amount = (left if pick < 0.25 else left + 1 if pick < 0.45 else
                  rng.randint(left + 2, 2 * left) if pick < 0.6 and left > 2 else rng.randint(1, max(1, left + 3000_00)))
        amount = max(amount, 1)
        accepted = amount <= left
        if not accepted and amount <= sum(a for _, a in incomes) - paid_out:
            refused_by_date += 1  # income dated later would cover it
        n_out += 1
        who = rng.choice(HOUSEHOLDS)
        led.attempt(accepted, f"payout FH-{n_out} {yuan(amount)} on {on} (earned {yuan(earned)}, paid out {yuan(paid_out)})",
                    "disbursements", PAYOUT_HEADER,
                    [f"FH-{n_out}", on.isoformat(), 2019, "DIVIDEND", yuan(amount), who[0], who[1], "household", "ZC-001", "分红"],
                    f"FH-{n_out}")
        paid_out += amount if accepted else 0
    return sum(a for _, a in incomes), paid_out, refused_by_date


def one_seed(seed, tmp):
    rng = random.Random(seed)
    led = Ledger(tmp, seed)
    led.ok("init")
    for kind, name in [("sources", "sources.csv"), ("budget", "budget.toml"), ("allocations", "allocations.csv"),
                       ("households", "households.csv"), ("projects", "projects.csv"),
                       ("project-status", "status.csv"), ("disbursements", "payments.csv")]:
        led.ok("import", kind, os.path.join(FIX, name))
    register_assets(rng, led)
    earned, paid_out, by_date = income_and_payouts(rng, led)
    trace = json.loads(led.ok("trace", "--asset", "ZC-001", "--format", "json"))
    check(trace["earned"] == yuan(earned), f"trace earned {trace['earned']}, model {yuan(earned)}")
    check(trace["paid_out"] == yuan(paid_out), f"trace paid out {trace['paid_out']}, model {yuan(paid_out)}")
    led.ok("verify")
    return led.counts, by_date


def main():
    seeds = [int(os.environ["FUNDLEDGER_SEED"])] if "FUNDLEDGER_SEED" in os.environ else range(1, 11)
    accepted = refused = by_date = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            try:
                counts, b = one_seed(seed, tmp)
            except Failure as e:
                print(f"FAIL (seed {seed}; FUNDLEDGER_SEED={seed} reruns it): {e}")
                return 1
            accepted, refused, by_date = accepted + counts[True], refused + counts[False], by_date + b
    if len(seeds) > 1 and (refused == 0 or by_date == 0):
        print(f"FAIL: the seeds did not exercise the rules (refused {refused}, refused only because of the date {by_date})")
        return 1
    print(f"assets: {len(seeds)} seeds, {accepted} imports accepted and {refused} refused as the model says "
          f"({by_date} payouts refused only because the income came later), 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
