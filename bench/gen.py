#!/usr/bin/python3
"""Seeded generator of a realistic five-year poverty-fund ledger for the benchmark (issue 8).

    /usr/bin/python3 bench/gen.py N OUTDIR [--seed S]

N is the number of disbursements. Writes, all carrying the same money (exact integer fen
arithmetic throughout, never a float):

  OUTDIR/fundledger/   sources.csv households.csv budget-YYYY.toml allocations.csv disbursements.csv
  OUTDIR/ledger.journal  the same sources, budgets (periodic ~ transactions), allocations and
                         disbursements as a ledger-cli / hledger journal
  OUTDIR/disbursements_plain.csv  one row per disbursement, amount in integer fen, for sqlite3 .import
  OUTDIR/expected.json   the totals every tool must reproduce, to the fen

The ledger: 200 towns, 10-20 villages each (about 3000), max(1000, N/4) households, eight
funding categories with two tranches of sources a year, a budget a year with twelve earmark
lines, monthly allocations per earmark that cover every payment as of its date (fundledger
refuses overspending), and N disbursements spread over 2016-2020 (85% to households, the
rest to cooperatives and enterprises).
"""
import json
import os
import random
import sys

YEARS = list(range(2016, 2021))
CATEGORIES = ["central_provincial", "upper_other", "county_self", "sector_integrated",
              "policy_loan", "microcredit", "social", "mutual_aid"]
# (code, name, purpose, funding category, weight of payments)
LINES = [
    ("LOAN-SUBSIDY", "扶贫贷款贴息", "loan_subsidy", "county_self", 6),
    ("LOAN-GUARANTEE", "扶贫贷款担保基金", "loan_guarantee", "policy_loan", 1),
    ("MEDICAL-AID", "大病救助", "medical_aid", "central_provincial", 8),
    ("STUDENT-AID", "贫困大学生救助", "education_aid", "upper_other", 5),
    ("WALNUT", "核桃产业发展", "industry", "central_provincial", 10),
    ("E-COMMERCE", "电商产业发展", "industry", "sector_integrated", 3),
    ("LARGE-FARM", "大场大户扶持", "industry", "sector_integrated", 2),
    ("HOUSING", "易地扶贫搬迁", "housing", "upper_other", 6),
    ("MICRO-CREDIT", "扶贫小额信贷", "microcredit", "microcredit", 4),
    ("SOCIAL-AID", "社会帮扶项目", "social_aid", "social", 3),
    ("MUTUAL-AID", "互助资金", "mutual_aid", "mutual_aid", 2),
    ("OTHER", "其他产业项目", "industry", "county_self", 4),
]
TOWN_CHARS = "东西南北大小上下金银石沙杨柳河山峪川坪岭湾沟梁塬桥门口营寨关堡庄铺"
VILLAGE_CHARS = "新安和平兴福康宁丰胜利光明红星民强富裕春秋云龙凤阳青松"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "建华秀芝宏伟志强丽娟明亮国庆桂兰春生金凤玉梅德胜海军小红永福长林淑珍"
CAUSES = ["缺资金", "因病", "因学", "因残", "缺技术", "缺劳力", "交通条件落后"]


def yuan(fen):
    """Exact yuan text of an integer fen amount: 1234567 -> '12345.67'."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


def grouped(fen):
    """'12,345.67' — the thousands-grouped form bureau spreadsheets export."""
    return f"{fen // 100:,}.{fen % 100:02d}"


def roundup(x, step):
    return -(-x // step) * step


def id_number(rng, year):
    body = f"6110{rng.randint(10, 99)}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w for c, w in zip(body, weights))
    return body + "10X98765432"[s % 11]


def csv_field(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


# WORKAROUND for an engine bug (engine/ledger/csv.cpp, read_csv): the file is read in 64 KiB
# chunks and each chunk is checked as UTF-8 on its own, so a Chinese character split by a chunk
# boundary makes a valid file fail with "invalid UTF-8". Until that is fixed, the fundledger CSV
# files are written so that no boundary splits a character: the row that would straddle one gets
# leading spaces in its first field (fundledger trims them; the money is unchanged).
CHUNK = 1 << 16


def write_csv(path, header, rows, chunk_safe=True):
    with open(path, "wb") as f:
        pos = 0
        for r in [header] + list(rows):
            line = (",".join(csv_field(str(x)) for x in r) + "\n").encode("utf-8")
            if chunk_safe:
                pad = 0
                while True:
                    cand = b" " * pad + line
                    b = (pos // CHUNK + 1) * CHUNK  # the next chunk boundary
                    if b >= pos + len(cand) or (cand[b - pos] & 0xC0) != 0x80:
                        break
                    pad += 1
                line = cand
            f.write(line)
            pos += len(line)


def generate(n, outdir, seed=20170101):
    rng = random.Random(seed * 1000003 + n)
    fdir = os.path.join(outdir, "fundledger")
    os.makedirs(fdir, exist_ok=True)

    # Geography: 200 towns, 10-20 villages each.
    pairs = [a + b for a in TOWN_CHARS for b in TOWN_CHARS if a != b]
    towns = [p + "镇" for p in rng.sample(pairs, 200)]
    vpairs = [a + b for a in VILLAGE_CHARS for b in VILLAGE_CHARS if a != b]
    villages = {t: [p + "村" for p in rng.sample(vpairs, rng.randint(10, 20))] for t in towns}

    # Households.
    nh = max(1000, n // 4)
    households = []
    for i in range(nh):
        t = rng.choice(towns)
        v = rng.choice(villages[t])
        name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2))
        households.append((f"HH{i + 1:07d}", name, id_number(rng, rng.randint(1940, 2000)), t, v,
                           rng.randint(1, 7), "yes" if rng.random() < 0.92 else "no", rng.choice(CAUSES)))
    write_csv(os.path.join(fdir, "households.csv"),
              ["household_id", "head_name", "id_number", "town", "village", "members", "registered", "poverty_cause"],
              households)
    coops = [(f"COOP-{i + 1:04d}", f"{rng.choice(towns)[:-1]}{rng.choice(['核桃', '养殖', '食用菌', '中药材', '茶叶'])}专业合作社{i + 1}")
             for i in range(max(50, n // 200))]
    coop_town = {c[0]: rng.choice(towns) for c in coops}
    ents = [(f"ENT-{i + 1:04d}", f"商洛市{rng.choice(['惠农', '秦岭', '丹江', '金丝峡', '商山'])}实业有限公司{i + 1}")
            for i in range(max(20, n // 1000))]
    ent_town = {e[0]: rng.choice(towns) for e in ents}

    # Disbursements: N over five years, dated in their fiscal year (January from the 8th on, after
    # the month's allocation).
    weights = [ln[4] for ln in LINES]
    disb = []  # (voucher, date, fy, code, fen, payee_id, payee_name, kind, town, village, project)
    per_year = [n // len(YEARS) + (1 if i < n % len(YEARS) else 0) for i in range(len(YEARS))]
    month_days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for yi, fy in enumerate(YEARS):
        dates = []
        for _ in range(per_year[yi]):
            m = rng.randint(1, 12)
            last = month_days[m - 1] + (1 if m == 2 and fy % 4 == 0 else 0)
            d = rng.randint(8 if m == 1 else 1, last)
            dates.append(f"{fy}-{m:02d}-{d:02d}")
        dates.sort()
        for k, date in enumerate(dates):
            line = rng.choices(LINES, weights)[0]
            r = rng.random()
            if r < 0.85:
                h = households[rng.randrange(nh)]
                payee = (h[0], h[1], "household", h[3], h[4])
                fen = rng.randint(500_00, 20_000_00)
            elif r < 0.95:
                c = rng.choice(coops)
                payee = (c[0], c[1], "cooperative", coop_town[c[0]], "")
                fen = rng.randint(10_000_00, 300_000_00)
            else:
                e = rng.choice(ents)
                payee = (e[0], e[1], "enterprise", ent_town[e[0]], "")
                fen = rng.randint(50_000_00, 800_000_00)
            disb.append((f"FP{fy}-D{k + 1:07d}", date, fy, line[0], fen) + payee + (line[1],))

    # Allocations: per (year, earmark, month) with payments, dated the 1st (January: the 8th),
    # rounded up to 1万 plus 1万 headroom, drawn from the line's category: first-half months from
    # the January tranche, second-half months from the July tranche.
    month_sum = {}
    for r in disb:
        key = (r[2], r[3], int(r[1][5:7]))
        month_sum[key] = month_sum.get(key, 0) + r[4]
    cat_of = {ln[0]: ln[3] for ln in LINES}
    allocs = []
    alloc_by_line = {}
    tranche_need = {}
    na = 0
    for (fy, code, m) in sorted(month_sum, key=lambda k: (k[0], k[2], k[1])):
        amount = roundup(month_sum[(fy, code, m)], 1_000_000) + 1_000_000
        tranche = 1 if m <= 6 else 2
        doc = f"{cat_of[code]}〔{fy}〕{tranche}号"
        na += 1
        date = f"{fy}-{m:02d}-{8 if m == 1 else 1:02d}"
        allocs.append((f"FP{fy}-A{na:05d}", date, fy, doc, code, amount, "", LINES[[ln[0] for ln in LINES].index(code)][1], ""))
        alloc_by_line[(fy, code)] = alloc_by_line.get((fy, code), 0) + amount
        tranche_need[doc] = tranche_need.get(doc, 0) + amount
    write_csv(os.path.join(fdir, "allocations.csv"),
              ["voucher", "date", "fiscal_year", "source_doc", "earmark", "amount", "town", "project", "note"],
              [a[:5] + (grouped(a[5]),) + a[6:] for a in allocs])

    # Sources: every category, two tranches a year (January and July), each covering its
    # allocations rounded up to 100万 plus 100万 of headroom.
    levels = {"central_provincial": "central", "upper_other": "provincial", "county_self": "county",
              "sector_integrated": "county", "policy_loan": "other", "microcredit": "other",
              "social": "other", "mutual_aid": "county"}
    sources = []
    for fy in YEARS:
        for ci, cat in enumerate(CATEGORIES):
            for tranche, received in ((1, f"{fy}-01-{2 + ci % 5:02d}"), (2, f"{fy}-07-01")):
                doc = f"{cat}〔{fy}〕{tranche}号"
                amount = roundup(tranche_need.get(doc, 0), 100_000_000) + 100_000_000
                sources.append((doc, fy, cat, f"{fy}年{cat}第{tranche}批", amount, received, levels[cat], "", ""))
    write_csv(os.path.join(fdir, "sources.csv"),
              ["doc_no", "fiscal_year", "category", "name", "amount", "received_on", "level", "restricted_to", "note"],
              [s[:4] + (yuan(s[4]),) + s[5:] for s in sources])

    # Budgets: a line per earmark, its allocations rounded up to 10万 plus 50万.
    budget_line = {}
    for fy in YEARS:
        lines = []
        for code, name, purpose, _cat, _w in LINES:
            amount = roundup(alloc_by_line.get((fy, code), 0), 10_000_000) + 50_000_000
            budget_line[(fy, code)] = amount
            lines.append(f'[[line]]\ncode = "{code}"\nname = "{name}"\namount = "{yuan(amount)}"\npurpose = "{purpose}"\n')
        total = sum(budget_line[(fy, ln[0])] for ln in LINES)
        with open(os.path.join(fdir, f"budget-{fy}.toml"), "w", encoding="utf-8") as f:
            f.write(f'fiscal_year = {fy}\ncode = "BENCH-{fy}"\nname = "{fy}年脱贫攻坚专项预算"\ntotal = "{yuan(total)}"\n'
                    f'funded_by = "county_self"\ndoc_no = "商财发〔{fy - 1}〕88号"\n\n' + "\n".join(lines))

    write_csv(os.path.join(fdir, "disbursements.csv"),
              ["voucher", "date", "fiscal_year", "earmark", "amount", "payee_id", "payee_name", "payee_kind", "town",
               "village", "project", "source_doc", "note"],
              [r[:4] + (grouped(r[4]) if i % 3 == 0 else yuan(r[4]),) + r[5:] + ("", "") for i, r in enumerate(disb)])
    write_csv(os.path.join(outdir, "disbursements_plain.csv"),
              ["voucher", "date", "fiscal_year", "earmark", "amount_fen", "payee_id", "payee_kind", "town", "village"],
              [(r[0], r[1], r[2], r[3], r[4], r[5], r[7], r[8], r[9]) for r in disb], chunk_safe=False)

    # The same money as a ledger-cli / hledger journal.
    with open(os.path.join(outdir, "ledger.journal"), "w", encoding="utf-8") as j:
        j.write("; fundledger benchmark journal (bench/gen.py), the same money as the CSV files\n"
                "commodity 1000.00 CNY\n\n")
        for fy in YEARS:
            j.write(f"~ yearly from {fy}-01-01 to {fy + 1}-01-01\n")
            for code, *_ in LINES:
                j.write(f"    Disbursed:{fy}:{code}    {yuan(budget_line[(fy, code)])} CNY\n")
            j.write("    Budget\n\n")
        events = []
        for s in sources:
            events.append((s[5], 0, f"{s[5]} * {s[0]} {s[3]}\n    Sources:{s[2]}:{s[0]}    {yuan(s[4])} CNY\n"
                                    f"    Income:{s[2]}    {yuan(-s[4])} CNY\n\n"))
        for a in allocs:
            events.append((a[1], 1, f"{a[1]} * {a[0]} {a[7]}\n    Funds:{a[2]}:{a[4]}    {yuan(a[5])} CNY\n"
                                    f"    Sources:{cat_of[a[4]]}:{a[3]}    {yuan(-a[5])} CNY\n\n"))
        for r in disb:
            events.append((r[1], 2, f"{r[1]} * {r[0]} {r[6]}\n    Disbursed:{r[2]}:{r[3]}    {yuan(r[4])} CNY  ; town: {r[8]}\n"
                                    f"    Funds:{r[2]}:{r[3]}    {yuan(-r[4])} CNY\n\n"))
        events.sort(key=lambda e: (e[0], e[1]))
        for e in events:
            j.write(e[2])

    # What every tool must reproduce.
    by_earmark, by_town = {}, {}
    for r in disb:
        k = f"{r[2]}:{r[3]}"
        by_earmark[k] = by_earmark.get(k, 0) + r[4]
        by_town[r[8]] = by_town.get(r[8], 0) + r[4]
    expected = {"n": n, "seed": seed, "disbursed_total_fen": sum(r[4] for r in disb),
                "allocated_total_fen": sum(a[5] for a in allocs),
                "disbursed_by_earmark_fen": by_earmark, "disbursed_by_town_fen": by_town,
                "allocated_by_earmark_fen": {f"{fy}:{c}": v for (fy, c), v in alloc_by_line.items()},
                "budget_total_fen": sum(budget_line.values()),
                "counts": {"sources": len(sources), "households": nh, "allocations": len(allocs),
                           "disbursements": len(disb), "towns": len(towns),
                           "villages": sum(len(v) for v in villages.values())},
                "last_month": max(r[1] for r in disb)[:7] if disb else "2020-12"}
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
    return expected


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    seed = 20170101
    if "--seed" in argv:
        seed = int(argv[argv.index("--seed") + 1])
    e = generate(int(argv[1]), argv[2], seed)
    print(f"gen: {e['counts']} disbursed {yuan(e['disbursed_total_fen'])} CNY -> {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
