#!/usr/bin/python3
"""A disbursements file larger than the in-memory buffer (RowBuffer::kSpillRows = 10000), in
shuffled order, imports exactly as if it were sorted: every payment is attributed FIFO by date,
to the fen, as an independent model computes it. Exercises the TEMP-table spill path.

Then the same payments, written in date order and paid to households, go into a second ledger:
that file takes the direct path (applied as read, nothing buffered) and, past 5000 payee
look-ups, the compact in-memory household register. The attribution must be the same as the
model's, town and village must default to the household's, and a payee missing from the
register must still be refused (file, line, payee) with the ledger left unchanged."""
import os, random, sqlite3, subprocess, sys, tempfile

binary, root = sys.argv[1], sys.argv[2]
SEED = int(os.environ.get("FUNDLEDGER_SEED", "20171231"))
rng = random.Random(SEED)
N = 26000


def run(args, env, ok=True):
    p = subprocess.run([binary] + args, env=env, capture_output=True, text=True)
    if ok and p.returncode != 0:
        sys.exit(f"seed {SEED}: {' '.join(args)} -> {p.returncode}\n{p.stderr}")
    return p


with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, FUNDLEDGER_DB=os.path.join(tmp, "l.db"), FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="clerk",
               FUNDLEDGER_LANG="en")
    def w(name, text):
        with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
            f.write(text)
        return os.path.join(tmp, name)
    src = w("sources.csv", "doc_no,fiscal_year,category,name,amount,received_on\nS1,2017,county_self,县级,100000000,2017-01-01\n")
    bud = w("budget.toml", 'fiscal_year = 2017\ncode = "B"\nname = "预算"\ntotal = "10000万"\nfunded_by = "county_self"\n'
            '[[line]]\ncode = "E"\nname = "产业"\namount = "10000万"\n')
    # Three lots; FIFO by date must drain A1, then A2, then A3.
    lots = [("A1", "2017-01-05", 10_000_000_00), ("A2", "2017-05-01", 30_000_000_00), ("A3", "2017-09-01", 60_000_000_00)]
    alloc = w("allocations.csv", "voucher,date,source_doc,earmark,amount\n" +
              "".join(f"{v},{d},S1,E,{a // 100}.{a % 100:02d}\n" for v, d, a in lots))
    pays = []
    for i in range(N):
        month = rng.randint(1, 12)
        day = rng.randint(10, 28)
        pays.append((f"D{i:06d}", f"2017-{month:02d}-{day:02d}", rng.randint(1, 5000_00)))
    # Keep every payment affordable as of its date: cap what is paid before each lot arrives.
    pays.sort(key=lambda p: p[1])
    avail, kept = 0, []
    arrivals = sorted(lots, key=lambda l: l[1])
    k = 0
    for v, d, a in pays:
        while k < len(arrivals) and arrivals[k][1] <= d:
            avail += arrivals[k][2]
            k += 1
        if a <= avail:
            kept.append((v, d, a))
            avail -= a
    order = list(range(len(kept)))
    rng.shuffle(order)
    lines = "voucher,date,earmark,amount,payee_id,payee_name,payee_kind,town\n" + "".join(
        f"{kept[i][0]},{kept[i][1]},E,{kept[i][2] // 100}.{kept[i][2] % 100:02d},C{i % 50},合作社{i % 50},cooperative,镇{i % 1999}\n" for i in order)
    disb = w("disbursements.csv", lines)
    run(["init"], env)
    for kind, f in (("sources", src), ("budget", bud), ("allocations", alloc), ("disbursements", disb)):
        run(["import", kind, f], env)

    # Independent model: apply in (date, file line) order, FIFO over lots by (date, voucher).
    line_of = {kept[i][0]: n for n, i in enumerate(order)}
    model = {}
    remaining = {v: a for v, _, a in lots}
    for v, d, a in sorted(kept, key=lambda p: (p[1], line_of[p[0]])):
        parts = []
        for lv, ld, _ in sorted(lots, key=lambda l: (l[1], l[0])):
            if ld > d or remaining[lv] == 0 or a == 0:
                continue
            take = min(a, remaining[lv])
            remaining[lv] -= take
            a -= take
            parts.append((lv, take))
        assert a == 0, f"seed {SEED}: model could not pay {v}"
        model[v] = parts
    db = sqlite3.connect(os.path.join(tmp, "l.db"))
    got = {}
    for voucher, lot, amount in db.execute("SELECT voucher, lot, amount FROM flow WHERE kind = 'pay' ORDER BY entry_id, seq"):
        got.setdefault(voucher, []).append((lot, amount))
    n = db.execute("SELECT COUNT(*) FROM disbursement").fetchone()[0]
    db.close()
    if n != len(kept):
        sys.exit(f"seed {SEED}: {n} payments recorded, expected {len(kept)}")
    bad = [v for v in model if model[v] != got.get(v)]
    if bad:
        v = bad[0]
        sys.exit(f"seed {SEED}: {len(bad)} payments attributed differently from the model; first {v}: got {got.get(v)} expected {model[v]}")
    if len(kept) <= 20000:
        sys.exit(f"seed {SEED}: only {len(kept)} rows; the test must exceed the 10000-row buffer twice")
    # ~21 000 distinct (town, day) totals: more than Journal::kAggregatesFlushAt (16 384), so the
    # running totals were flushed midway; verify recomputes them from the flows.
    p = run(["verify"], env)
    towns = {t["key"]: t["disbursed"] for t in __import__("json").loads(run(["balance", "--by", "town", "--format", "json", "--as-of", "2017-12-31"], env).stdout)["rows"]}
    want = {}
    for n, i in enumerate(order):
        want[f"镇{i % 1999}"] = want.get(f"镇{i % 1999}", 0) + kept[i][2]
    for t, v in want.items():
        a, b = towns[t].split(".")
        if int(a) * 100 + int(b) != v:
            sys.exit(f"seed {SEED}: balance --by town {t} = {towns[t]}, expected {v} fen")

    # ---- the same payments in date order, to households: direct path + household register ----
    env2 = dict(env, FUNDLEDGER_DB=os.path.join(tmp, "l2.db"))
    H = 6000
    # Ids of different lengths, cases and scripts, so the register's byte-order search meets
    # prefixes ("H1" < "H10"), upper/lower case and multi-byte UTF-8.
    hid = lambda h: (f"户-{h}", f"H{h}", f"h{h:05d}")[h % 3]
    hh = w("households.csv", "household_id,head_name,town,village,registered\n" +
           "".join(f"{hid(h)},户主{h},乡{h % 37},村{h % 211},yes\n" for h in range(H)))
    by_date = sorted(range(len(kept)), key=lambda i: (kept[i][1], line_of[kept[i][0]]))
    rows = [f"{kept[i][0]},{kept[i][1]},E,{kept[i][2] // 100}.{kept[i][2] % 100:02d},{hid(i % H)},户主{i % H},household\n" for i in by_date]
    header = "voucher,date,earmark,amount,payee_id,payee_name,payee_kind\n"
    disb2 = w("disbursements-sorted.csv", header + "".join(rows))
    run(["init"], env2)
    for kind, f in (("households", hh), ("sources", src), ("budget", bud), ("allocations", alloc)):
        run(["import", kind, f], env2)
    # A payee missing from the register, late in the file (the register is loaded by then).
    bad_line = 2 + len(rows) - 10
    bad_rows = rows[:]
    v, d, a = kept[by_date[-10]]
    bad_rows[-10] = f"{v},{d},E,{a // 100}.{a % 100:02d},H99999,无名,household\n"  # near H9999, not in the register
    disb_bad = w("disbursements-bad.csv", header + "".join(bad_rows))
    before = open(os.path.join(tmp, "l2.db"), "rb").read()
    p = run(["import", "disbursements", disb_bad], env2, ok=False)
    if p.returncode != 2 or f"disbursements-bad.csv:{bad_line}:" not in p.stderr or "H99999" not in p.stderr or "household register" not in p.stderr:
        sys.exit(f"seed {SEED}: unknown payee late in a large file: rc {p.returncode}, expected 2 with line {bad_line} and H99999\n{p.stderr[-2000:]}")
    if open(os.path.join(tmp, "l2.db"), "rb").read() != before:
        sys.exit(f"seed {SEED}: the refused import changed the ledger file")
    run(["import", "disbursements", disb2], env2)
    db = sqlite3.connect(os.path.join(tmp, "l2.db"))
    got2 = {}
    for voucher, lot, amount in db.execute("SELECT voucher, lot, amount FROM flow WHERE kind = 'pay' ORDER BY entry_id, seq"):
        got2.setdefault(voucher, []).append((lot, amount))
    bad = [v for v in model if model[v] != got2.get(v)]
    if bad:
        sys.exit(f"seed {SEED}: direct path: {len(bad)} payments attributed differently from the model; first {bad[0]}: got {got2.get(bad[0])} expected {model[bad[0]]}")
    wrong_place = db.execute("SELECT COUNT(*) FROM disbursement d JOIN household h ON h.household_id = d.payee_id "
                             "WHERE d.town IS NOT h.town OR d.village IS NOT h.village").fetchone()[0]
    placed = db.execute("SELECT COUNT(*) FROM disbursement WHERE town LIKE '乡%' AND village LIKE '村%'").fetchone()[0]
    db.close()
    if wrong_place or placed != len(kept):
        sys.exit(f"seed {SEED}: direct path: {wrong_place} payments with a town/village other than the household's; {placed} of {len(kept)} placed")
    run(["verify"], env2)
    print(f"ok: {len(kept)} shuffled payments imported in date order through the spill path, and the same payments "
          f"in date order through the direct path with the household register; seed {SEED}")
