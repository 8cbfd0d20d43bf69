#!/usr/bin/python3
"""Seeded random-ledger property test of the ledger core (issue 3), with the real binary.

For each seed: generate sources, a budget, allocations and disbursements (rows shuffled, as a
clerk's export may be), import them, and check:
  * the import succeeds, and the stored attribution (table flow) is exactly FIFO by allocation
    date within the earmark (explicit source_doc first), as a model written here computes it;
  * balance by source, by earmark and by town all total the same disbursed amount;
  * every payment's flow rows sum to its amount; no lot is ever negative (also as of any date);
  * one fen over an earmark's or a source's remaining money is refused, the file unchanged;
  * verify is ok, and fails (exit 1, first bad entry named) after tampering with the file:
    an amount edited after dropping and re-creating a trigger, a row deleted, one hash recomputed.
The seed is printed on failure; FUNDLEDGER_SEED=N reruns one.
argv: BINARY REPO_ROOT
"""
import csv, hashlib, json, os, random, shutil, sqlite3, subprocess, sys, tempfile
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chain_forge import entry_hash  # noqa: E402  the canonical form, as the engine hashes it

BIN, ROOT = sys.argv[1], sys.argv[2]
TOWNS = ["东河镇", "西岭镇", "南山镇", None]
CATS = ["county_self", "central_provincial", "sector_integrated"]


class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def yuan(fen):
    s = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{s}{fen // 100}.{fen % 100:02d}"


def said(fen):
    """An amount as the messages say it (English: grouped, in yuan)."""
    s = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{s}{fen // 100:,}.{fen % 100:02d} yuan"


def run(tmp, *args, expect=0):
    env = dict(os.environ, FUNDLEDGER_DB=os.path.join(tmp, "l.db"), FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="prop", LC_ALL="C.UTF-8", FUNDLEDGER_LANG="en")
    p = subprocess.run([BIN, *args], env=env, capture_output=True, text=True, timeout=300)
    check(p.returncode == expect, f"{' '.join(args)}: exit {p.returncode}, expected {expect}\nstdout: {p.stdout}\nstderr: {p.stderr}")
    return p


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def d(day):
    return (date(2017, 1, 1) + timedelta(days=day)).isoformat()


def generate(rng, tmp):
    """Writes the files and returns the model: payments with their expected attribution."""
    nsrc = rng.randint(2, 5)
    sources = []
    for i in range(nsrc):
        sources.append({"doc": f"测财发〔2017〕{i + 1}号", "amount": rng.randint(1, 5_000_000) * 100 + rng.randint(0, 99),
                        "received": rng.randint(0, 60), "allocated": 0})
    write_csv(os.path.join(tmp, "sources.csv"), ["doc_no", "fiscal_year", "category", "name", "amount", "received_on"],
              [[s["doc"], 2017, rng.choice(CATS), "资金" + str(i), yuan(s["amount"]), d(s["received"])] for i, s in enumerate(sources)])
    nlines = rng.randint(2, 5)
    codes = [f"L{i}" for i in range(nlines)]
    total = sum(s["amount"] for s in sources) + rng.randint(0, 10**6)
    with open(os.path.join(tmp, "budget.toml"), "w", encoding="utf-8") as f:
        f.write(f'fiscal_year = 2017\ncode = "P-2017"\nname = "随机预算"\ntotal = "{yuan(total)}"\nfunded_by = "county_self"\n')
        left, room = total, {}
        for c in codes[:-1]:
            a = rng.randint(0, left // nlines)
            left -= a
            room[c] = a
            f.write(f'[[line]]\ncode = "{c}"\nname = "用途{c}"\namount = "{yuan(a)}"\n')
        room[codes[-1]] = left
        f.write(f'[[line]]\ncode = "{codes[-1]}"\nname = "其他"\nremainder = true\n')
    # allocations, generated in date order against each source's remaining money
    allocs, lots = [], {c: [] for c in codes}
    for i in range(rng.randint(3, 25)):
        s = rng.choice(sources)
        left = s["amount"] - s["allocated"]
        if left <= 0:
            continue
        # control by line (issue 19): an earmark is allocated no more than its line
        code = rng.choice([c for c in codes if room[c] > 0])
        left = min(left, room[code])
        amt = rng.randint(1, left) if rng.random() < 0.8 else left
        room[code] -= amt
        day = s["received"] + rng.randint(0, 120)
        v = f"A{i:03d}"
        s["allocated"] += amt
        town = rng.choice(TOWNS)
        allocs.append([v, d(day), 2017, s["doc"], code, yuan(amt), town or "", "", ""])
        lots[code].append({"lot": v, "date": d(day), "doc": s["doc"], "rem": amt})
    for c in codes:
        lots[c].sort(key=lambda l: (l["date"], l["lot"]))
    rows = list(allocs)
    rng.shuffle(rows)
    write_csv(os.path.join(tmp, "allocations.csv"), ["voucher", "date", "fiscal_year", "source_doc", "earmark", "amount", "town", "project", "note"], rows)
    # disbursements in date order, FIFO model (explicit source first)
    pays, expected = [], {}
    day = min((date.fromisoformat(a[1]) - date(2017, 1, 1)).days for a in allocs) if allocs else 0
    for i in range(rng.randint(5, 60)):
        day += rng.randint(1, 4)  # distinct dates: same-date rows are applied in file order, which is shuffled
        ds = d(day)
        funded = [c for c in codes if any(l["date"] <= ds and l["rem"] > 0 for l in lots[c])]
        code = rng.choice(funded or codes)
        only = None
        eligible = [l for l in lots[code] if l["date"] <= ds and l["rem"] > 0]
        if eligible and rng.random() < 0.25:
            only = rng.choice(eligible)["doc"]
            eligible = [l for l in eligible if l["doc"] == only]
        avail = sum(l["rem"] for l in eligible)
        if avail <= 0:
            continue
        amt = avail if rng.random() < 0.1 else rng.randint(1, max(1, avail // rng.choice([1, 2, 5, 20])))
        v = f"D{i:03d}"
        parts, left = [], amt
        for l in eligible:
            if left == 0:
                break
            take = min(left, l["rem"])
            l["rem"] -= take
            left -= take
            parts.append((l["lot"], take))
        expected[v] = parts
        town = rng.choice(TOWNS)
        pays.append([v, ds, 2017, code, yuan(amt), f"P{rng.randint(1, 9)}", "收款单位", "enterprise", town or "", "", "", only or "", ""])
    rows = list(pays)
    rng.shuffle(rows)
    write_csv(os.path.join(tmp, "disbursements.csv"),
              ["voucher", "date", "fiscal_year", "earmark", "amount", "payee_id", "payee_name", "payee_kind", "town", "village", "project", "source_doc", "note"], rows)
    return sources, codes, lots, pays, expected, day


def fen_of(s):
    neg = s.startswith("-")
    a, b = s.lstrip("-").split(".")
    v = int(a) * 100 + int(b)
    return -v if neg else v


def tamper_tests(tmp, rng):
    db = os.path.join(tmp, "l.db")
    con0 = sqlite3.connect(db)
    disb = con0.execute("SELECT d.entry_id, d.voucher FROM disbursement d ORDER BY d.entry_id").fetchall()
    last = con0.execute("SELECT MAX(id) FROM entry").fetchone()[0]
    con0.close()
    if not disb:
        return
    # the untouched ledger verifies, and its own hash matches our reading of the canonical form
    out = json.loads(run(tmp, "verify", "--format", "json").stdout)
    check(out["ok"] is True and out["first_bad_entry"] is None, f"verify of the clean ledger: {out}")
    target_id, target_v = rng.choice(disb)

    def variant(name, sql_fn, expected_bad, reason_part):
        shutil.copy(db, os.path.join(tmp, name + ".db"))
        con = sqlite3.connect(os.path.join(tmp, name + ".db"))
        sql_fn(con)
        con.commit()
        con.close()
        p = run(tmp, "--db", os.path.join(tmp, name + ".db"), "verify", "--format", "json", expect=1)
        r = json.loads(p.stdout)
        check(r["ok"] is False, f"{name}: verify said ok: {r}")
        if expected_bad is not None:
            check(r["first_bad_entry"] == expected_bad, f"{name}: first_bad_entry {r['first_bad_entry']}, expected {expected_bad}: {r}")
        check(reason_part in (r["reason"] or ""), f"{name}: reason {r['reason']!r} lacks {reason_part!r}")
        p = run(tmp, "--db", os.path.join(tmp, name + ".db"), "verify", expect=1)
        check(p.stdout.startswith("FAILED"), f"{name}: text verify: {p.stdout}")

    def edit_amount(con):
        con.execute("DROP TRIGGER disbursement_no_update")
        con.execute("UPDATE disbursement SET amount = amount + 1 WHERE entry_id = ?", (target_id,))
        con.execute("CREATE TRIGGER disbursement_no_update BEFORE UPDATE ON disbursement BEGIN SELECT RAISE(ABORT, 'x'); END")
    variant("edit", edit_amount, target_id, "does not match its hash")

    def edit_without_trigger(con):
        con.execute("DROP TRIGGER flow_no_update")
        con.execute("UPDATE flow_row SET amount = amount WHERE entry_id = ?", (target_id,))
    variant("notrigger", edit_without_trigger, None, "trigger")

    def delete_row(con):
        # The payment's first flow, in whichever form it is stored (a row of flow_row, or the lot
        # a single-lot payment names in its own row).
        for t in ("flow_no_delete", "disbursement_no_update"):
            con.execute(f"DROP TRIGGER {t}")
        con.execute("DELETE FROM flow_row WHERE entry_id = ? AND seq = 1", (target_id,))
        con.execute("UPDATE disbursement SET lot_id = NULL WHERE entry_id = ?", (target_id,))
        con.execute("CREATE TRIGGER flow_no_delete BEFORE DELETE ON flow_row BEGIN SELECT RAISE(ABORT, 'x'); END")
        con.execute("CREATE TRIGGER disbursement_no_update BEFORE UPDATE ON disbursement BEGIN SELECT RAISE(ABORT, 'x'); END")
    variant("delete", delete_row, target_id, "does not match its hash")

    def recompute_hash(con):
        # A careful forger: edits the payee and recomputes that entry's hash (a payment's header is
        # its own row since schema 7); the next entry is still chained to the old one.
        con.execute("DROP TRIGGER disbursement_no_update")
        con.execute("UPDATE disbursement SET payee_id = 'FORGED' WHERE entry_id = ?", (target_id,))
        prev = con.execute("SELECT prev_hash FROM entry WHERE id = ?", (target_id,)).fetchone()[0]
        con.execute("UPDATE disbursement SET hash = ? WHERE entry_id = ?", (entry_hash(con, target_id, prev), target_id))
        con.execute("CREATE TRIGGER disbursement_no_update BEFORE UPDATE ON disbursement BEGIN SELECT RAISE(ABORT, 'x'); END")
    if target_id < last:
        variant("rehash", recompute_hash, target_id + 1, "prev_hash")
    # our canonical form is the engine's: an unchanged entry rehashes to its stored hash
    con = sqlite3.connect(db)
    prev, stored = con.execute("SELECT prev_hash, hash FROM entry WHERE id = ?", (target_id,)).fetchone()
    check(entry_hash(con, target_id, prev) == stored, "the test's canonical form differs from the engine's")
    con.close()


def one_seed(seed, tmp):
    rng = random.Random(seed)
    sources, codes, lots, pays, expected, last_day = generate(rng, tmp)
    run(tmp, "init")
    for kind, f in (("sources", "sources.csv"), ("budget", "budget.toml"), ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv")):
        run(tmp, "import", kind, os.path.join(tmp, f))
    total_paid = sum(fen_of(p[4]) for p in pays)
    as_of = "2018-12-31"
    sums = {}
    for by in ("source", "earmark", "town", "category", "payee"):
        b = json.loads(run(tmp, "balance", "--by", by, "--as-of", as_of, "--format", "json").stdout)
        sums[by] = fen_of(b["total"]["disbursed"])
        check(sum(fen_of(r["disbursed"]) for r in b["rows"]) == sums[by], f"balance by {by}: rows do not add up to the total")
    check(len(set(sums.values())) == 1 and sums["source"] == total_paid, f"disbursed totals differ: {sums}, payments {total_paid}")
    db = sqlite3.connect(os.path.join(tmp, "l.db"))
    # stored attribution = the FIFO model, and sums to each payment
    for v, parts in expected.items():
        got = db.execute("SELECT f.lot, f.amount FROM flow f JOIN disbursement d ON d.entry_id = f.entry_id WHERE d.voucher = ? ORDER BY f.seq", (v,)).fetchall()
        check([tuple(x) for x in got] == parts, f"payment {v}: flows {got}, FIFO model {parts}")
    bad = db.execute("SELECT d.voucher, d.amount, (SELECT SUM(amount) FROM flow f WHERE f.entry_id = d.entry_id) s FROM disbursement d WHERE s IS NOT d.amount").fetchall()
    check(not bad, f"payments whose flows do not sum to them: {bad}")
    neg = db.execute("SELECT lot, SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) b FROM flow GROUP BY earmark, lot HAVING b < 0").fetchall()
    check(not neg, f"negative lots: {neg}")
    db.close()
    # no balance is negative as of any day a payment was made
    for day in sorted({p[1] for p in pays})[:: max(1, len(pays) // 6)]:
        b = json.loads(run(tmp, "balance", "--by", "earmark", "--as-of", day, "--format", "json").stdout)
        for r in b["rows"]:
            check(fen_of(r["available"]) >= 0, f"earmark {r['key']} available {r['available']} as of {day}")
        b = json.loads(run(tmp, "balance", "--by", "source", "--as-of", day, "--format", "json").stdout)
        for r in b["rows"]:
            check(fen_of(r["unallocated"]) >= 0, f"source {r['key']} unallocated {r['unallocated']} as of {day}")
    # one fen too many is refused and nothing is written
    before = hashlib.sha256(open(os.path.join(tmp, "l.db"), "rb").read()).hexdigest()
    code = rng.choice(codes)
    left = sum(l["rem"] for l in lots[code])
    write_csv(os.path.join(tmp, "over.csv"), ["voucher", "date", "earmark", "amount", "payee_id", "payee_name", "payee_kind"],
              [["OVER-1", "2017-12-31", code, yuan(left + 1), "P1", "收款单位", "enterprise"]])
    p = run(tmp, "import", "disbursements", os.path.join(tmp, "over.csv"), expect=2)
    check("OVER-1" in p.stderr and said(left + 1) in p.stderr and said(left) in p.stderr and "over.csv:2" in p.stderr,
          f"overspend message lacks voucher, line or amounts: {p.stderr}")
    s = rng.choice(sources)
    write_csv(os.path.join(tmp, "over_a.csv"), ["voucher", "date", "source_doc", "earmark", "amount"],
              [["OVER-A", "2017-12-31", s["doc"], codes[0], yuan(s["amount"] - s["allocated"] + 1)]])
    p = run(tmp, "import", "allocations", os.path.join(tmp, "over_a.csv"), expect=2)
    check("OVER-A" in p.stderr and said(s["amount"] - s["allocated"]) in p.stderr, f"over-allocation message: {p.stderr}")
    after = hashlib.sha256(open(os.path.join(tmp, "l.db"), "rb").read()).hexdigest()
    check(before == after, "a refused import changed the ledger file")
    if left > 0:
        write_csv(os.path.join(tmp, "exact.csv"), ["voucher", "date", "earmark", "amount", "payee_id", "payee_name", "payee_kind"],
                  [["EXACT-1", "2017-12-31", code, yuan(left), "P1", "收款单位", "enterprise"]])
        run(tmp, "import", "disbursements", os.path.join(tmp, "exact.csv"))
    out = json.loads(run(tmp, "verify", "--format", "json").stdout)
    check(out["ok"] is True, f"verify: {out}")
    tamper_tests(tmp, rng)


def main():
    seeds = [int(os.environ["FUNDLEDGER_SEED"])] if os.environ.get("FUNDLEDGER_SEED") else [20260115 + i for i in range(int(os.environ.get("FUNDLEDGER_SEEDS", "12")))]
    failed = 0
    for seed in seeds:
        with tempfile.TemporaryDirectory() as tmp:
            try:
                one_seed(seed, tmp)
            except Failure as e:
                failed += 1
                print(f"FAILED with seed {seed} (rerun: FUNDLEDGER_SEED={seed}): {e}", file=sys.stderr)
    print(f"{len(seeds) - failed}/{len(seeds)} seeds passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
