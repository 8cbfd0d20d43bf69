#!/usr/bin/python3
"""Seeded random property test of the performance self-assessment (绩效自评, issue 16), with the real
binary and a model written here.

For each seed: the projects fixtures (XM-001 茶园基地 and XM-002 通村道路, their payments and ten
indicators), then random results: up to three per indicator on random days of 2019, random values
(percent at most 100). For several random report dates, `report performance --format json` must say
what the model says, to the digit it prints:
  * each indicator's result is its latest on or before the report's date (a later one does not
    count), and its completion is value ÷ planned for >=, planned ÷ value for <=, at most 1;
  * each kind's completion is the mean of its indicators (0 without a result);
  * spending is paid by the report's date ÷ investment, at most 1;
  * the score is 100 × Σ weight × completion ÷ Σ weight over the parts the project has (XM-002 has no
    satisfaction indicator, so its weight is left out and the rest scaled to 100).
The seed is printed on failure; FUNDLEDGER_SEED=N reruns one.
argv: BINARY REPO_ROOT
"""
import csv, json, os, random, subprocess, sys, tempfile
from datetime import date, timedelta
from fractions import Fraction as F

BIN, ROOT = sys.argv[1], sys.argv[2]
FIX = os.path.join(ROOT, "tests", "golden")
WEIGHTS = {"output": 50, "benefit": 30, "satisfaction": 10, "spending": 10}
INVESTMENT = {"XM-001": F(1200000), "XM-002": F(300000)}
PAYMENTS = [("XM-001", date(2019, 5, 10), F(600000)), ("XM-002", date(2019, 6, 1), F(180000))]
KINDS = {"产出": "output", "效益": "benefit", "满意度": "satisfaction", "output": "output", "benefit": "benefit"}


class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def round_half_up(x, decimals):
    scaled = x * 10**decimals
    n = (scaled.numerator * 2 + scaled.denominator) // (2 * scaled.denominator)
    s = str(n).rjust(decimals + 1, "0")
    return s[:-decimals] + "." + s[-decimals:]


def indicators():
    out = []
    with open(os.path.join(FIX, "performance_fixtures", "targets.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    for project, ind, kind, _sub, _name, unit, planned, direction in rows:
        if project in INVESTMENT:
            out.append({"project": project, "id": ind, "kind": KINDS[kind], "unit": unit, "planned": F(planned),
                        "dir": ">=" if direction in ("≥", ">=") else "<="})
    return out


def random_results(rng, inds):
    results = []
    for i in inds:
        days = rng.sample(range(0, 365), rng.randint(0, 3))
        for day in days:
            top = 100 if i["unit"] == "%" else max(1, int(i["planned"] * 2))
            value = F(rng.randint(0, top * 100), 100)
            if rng.random() < 0.2:
                value = i["planned"]  # exactly on target
            results.append((i, date(2019, 1, 1) + timedelta(days=day), value))
    return results


def completion(i, value):
    if i["dir"] == ">=":
        c = value / i["planned"] if i["planned"] > 0 else F(1)
    else:
        c = i["planned"] / value if value > 0 else F(1)
    return min(c, F(1))


def model(inds, results, as_of):
    latest = {}
    for i, day, value in results:
        key = (i["project"], i["id"])
        if day <= as_of and (key not in latest or day > latest[key][0]):
            latest[key] = (day, value)
    rows, kinds = {}, {}
    for i in inds:
        key = (i["project"], i["id"])
        c = completion(i, latest[key][1]) if key in latest else F(0)
        rows[key] = (latest.get(key), c)
        kinds.setdefault(i["project"], {}).setdefault(i["kind"], []).append(c)
    scores = {}
    for project, by_kind in kinds.items():
        means = {k: sum(cs, F(0)) / len(cs) for k, cs in by_kind.items()}
        paid = sum((a for p, d, a in PAYMENTS if p == project and d <= as_of), F(0))
        spending = min(paid / INVESTMENT[project], F(1))
        total = sum(WEIGHTS[k] * m for k, m in means.items()) + WEIGHTS["spending"] * spending
        weights = sum(WEIGHTS[k] for k in means) + WEIGHTS["spending"]
        scores[project] = (means, spending, total * 100 / weights)
    return rows, scores


def run(db, *args):
    env = dict(os.environ, FUNDLEDGER_DB=db, FUNDLEDGER_NOW="2026-01-15T08:00:00Z", USER="prop", LC_ALL="C.UTF-8",
               FUNDLEDGER_LANG="en")
    p = subprocess.run([BIN, *args], env=env, capture_output=True, text=True, timeout=300)
    check(p.returncode == 0, f"{' '.join(args)}: exit {p.returncode}\n{p.stderr}")
    return p.stdout


def base(db):
    run(db, "init")
    pf, pj = os.path.join(FIX, "projects_fixtures"), os.path.join(FIX, "performance_fixtures")
    for verb, path in [("sources", f"{pf}/sources.csv"), ("budget", f"{pf}/budget.toml"),
                       ("allocations", f"{pf}/allocations.csv"), ("projects", f"{pf}/projects.csv"),
                       ("project-status", f"{pf}/status.csv"), ("disbursements", f"{pj}/payments.csv"),
                       ("targets", f"{pj}/targets.csv")]:
        run(db, "import", verb, path)


def compare(inds, results, as_of, report):
    rows, scores = model(inds, results, as_of)
    got = {(r["project_id"], r["indicator_id"]): r for r in report["indicators"]["rows"]}
    for key, (latest, c) in rows.items():
        r = got.get(key)
        check(r is not None, f"{as_of}: indicator {key} missing")
        want_date = latest[0].isoformat() if latest else None
        check(r["result_date"] == want_date, f"{as_of}: {key} result dated {r['result_date']}, model {want_date}")
        check(r["completion"] == round_half_up(c, 4), f"{as_of}: {key} completion {r['completion']}, model {c}")
    got_scores = {r["project_id"]: r for r in report["scores"]["rows"]}
    check(set(got_scores) == set(scores), f"{as_of}: projects {sorted(got_scores)}, model {sorted(scores)}")
    for project, (means, spending, score) in scores.items():
        r = got_scores[project]
        for kind in ("output", "benefit", "satisfaction"):
            want = round_half_up(means[kind], 4) if kind in means else None
            check(r[kind] == want, f"{as_of}: {project} {kind} {r[kind]}, model {want}")
        check(r["spending"] == round_half_up(spending, 4), f"{as_of}: {project} spending {r['spending']}")
        check(r["score"] == round_half_up(score, 2), f"{as_of}: {project} score {r['score']}, model {score} = {float(score)}")


def one_seed(seed, tmp):
    rng = random.Random(seed)
    db = os.path.join(tmp, f"p{seed}.db")
    base(db)
    inds = indicators()
    results = random_results(rng, inds)
    path = os.path.join(tmp, f"results{seed}.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["project_id", "indicator_id", "date", "value", "note"])
        for i, day, value in results:
            w.writerow([i["project"], i["id"], day.isoformat(), round_half_up(value, 2), ""])
    run(db, "import", "results", path)
    checked = 0
    for as_of in sorted(date(2019, 7, 1) + timedelta(days=rng.randint(0, 183)) for _ in range(4)):
        report = json.loads(run(db, "report", "performance", "--year", "2019", "--as-of", as_of.isoformat(),
                                "--format", "json"))
        compare(inds, results, as_of, report)
        checked += 1
    later = sum(1 for _, day, _ in results if day > date(2019, 7, 1))
    return checked, len(results), later


def main():
    seeds = [int(os.environ["FUNDLEDGER_SEED"])] if "FUNDLEDGER_SEED" in os.environ else range(1, 13)
    reports = results = later = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            try:
                c, n, l = one_seed(seed, tmp)
            except Failure as e:
                print(f"FAIL (seed {seed}; FUNDLEDGER_SEED={seed} reruns it): {e}")
                return 1
            reports, results, later = reports + c, results + n, later + l
    check(later > 0, "no result was dated after a report date: the property was not exercised")
    print(f"performance: {len(seeds)} seeds, {results} random results ({later} after 2019-07-01), "
          f"{reports} reports compared with the model, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
