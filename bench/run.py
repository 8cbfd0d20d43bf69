#!/usr/bin/python3
"""fundledger benchmark against ledger-cli, hledger and the sqlite3 shell (issue 8).

    /usr/bin/python3 bench/run.py N [--reps R] [--binary PATH] [--work DIR] [--data DIR]
                                    [--out FILE.md] [--no-setup] [--skip TOOL[:STEP-PREFIX],...]

Generates (bench/gen.py, seeded) a five-year ledger with N disbursements, unless --data names an
existing generated directory; installs the peers (FUNDLEDGER_BENCH=1 scripts/setup.sh) unless
--no-setup; then runs side by side, R times each (default 5, 3 from N = 10^5, 1 from 10^6), under
/usr/bin/time -v:

  fundledger import disbursements   (households, sources, budgets, allocations imported first, untimed,
                                     into a base database copied afresh for every run)
  fundledger balance --by earmark / --by town  (JSON, on the imported ledger)
  fundledger report monthly          (if the verb exists in this build)
  ledger bal / bal --pivot town / budget
  hledger bal / bal --pivot town / bal --budget
  sqlite3 .import of the same rows / GROUP BY earmark / GROUP BY town

and reports the median wall time, CPU time and peak RSS of each. --skip leaves out slow peers at
large N (e.g. --skip hledger,"ledger:bal ^Disbursed --pivot"); a skipped step is marked in the table. Every tool's totals are checked against
the generator's exact figures (expected.json) to the fen; any disagreement prints MISMATCH lines
and exits 1. Prints a Markdown table and writes it to bench/results-N.md (or --out).
Exit codes: 0 all agree; 1 a total disagrees; 2 bad usage; 3 a tool failed to run.
"""
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen  # noqa: E402

TIMEOUT = 3600


class ToolFailed(Exception):
    pass


def fen_of(text):
    """'12,345.67 CNY' / '-0.50' / '123' -> integer fen, exactly (no float)."""
    t = text.strip().replace("CNY", "").replace(",", "").replace('"', "").strip()
    m = re.fullmatch(r"(-?)(\d+)(?:\.(\d{1,2}))?", t)
    if not m:
        raise ValueError(f"not an amount: {text!r}")
    fen = int(m.group(2)) * 100 + int((m.group(3) or "0").ljust(2, "0"))
    return -fen if m.group(1) else fen


def run_timed(argv, cwd, stdout_path=None):
    """Runs argv under /usr/bin/time -v; returns (wall seconds, peak RSS in KiB, stdout text, CPU seconds)."""
    tfile = tempfile.NamedTemporaryFile(prefix="bench-time-", delete=False)
    tfile.close()
    out = open(stdout_path, "w+b") if stdout_path else tempfile.TemporaryFile()
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v", "-o", tfile.name] + argv, cwd=cwd, stdout=out,
                       stderr=subprocess.PIPE, timeout=TIMEOUT)
    wall = time.perf_counter() - t0
    with open(tfile.name, encoding="utf-8", errors="replace") as f:
        tv = f.read()
    os.unlink(tfile.name)
    out.seek(0)
    text = out.read().decode("utf-8", errors="replace")
    out.close()
    if p.returncode != 0:
        raise ToolFailed(f"{' '.join(argv)} exited {p.returncode}:\n{p.stderr.decode('utf-8', 'replace')[-3000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", tv)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", tv))
    return wall, int(m.group(1)) if m else 0, text, cpu


class Bench:
    def __init__(self, n, reps, work, data, binary):
        self.n, self.reps, self.work, self.data, self.binary = n, reps, work, data, binary
        with open(os.path.join(data, "expected.json"), encoding="utf-8") as f:
            self.exp = json.load(f)
        self.rows = []          # (group, what, median wall s, min wall s, max RSS MiB, median CPU s)
        self.mismatches = []
        self.skip = []

    # -- bookkeeping -------------------------------------------------------------------------
    def measure(self, group, what, argv, prepare=None, check=None, cwd=None):
        if any(group == s or f"{group}:{what}".startswith(s) for s in self.skip):
            self.rows.append((group, f"{what} (skipped: --skip)", None, None, None, None))
            print(f"  {group:<10} {what:<44} skipped", flush=True)
            return None
        walls, rss, cpus, first = [], [], [], None
        for i in range(self.reps):
            if prepare:
                prepare()
            w, r, out, c = run_timed(argv, cwd or self.work)
            walls.append(w)
            cpus.append(c)
            rss.append(r)
            if i == 0:
                first = out
        if check:
            check(first)
        row = (group, what, statistics.median(walls), min(walls), max(rss) / 1024.0, statistics.median(cpus))
        self.rows.append(row)
        print(f"  {group:<10} {what:<44} {row[2]:9.3f} s  cpu {row[5]:8.3f} s  {row[4]:8.1f} MiB", flush=True)
        return row

    def compare(self, tool, what, got, want):
        bad = 0
        for k in sorted(set(got) | set(want)):
            g, w = got.get(k, 0), want.get(k, 0)
            if g != w:
                bad += 1
                if bad <= 5:
                    self.mismatches.append(f"MISMATCH {tool} {what} [{k}]: got {gen.yuan(g)}, expected {gen.yuan(w)}")
        if bad > 5:
            self.mismatches.append(f"MISMATCH {tool} {what}: {bad - 5} more keys differ")
        gt, wt = sum(got.values()), sum(want.values())
        if gt != wt:
            self.mismatches.append(f"MISMATCH {tool} {what} total: got {gen.yuan(gt)}, expected {gen.yuan(wt)}")

    # -- fundledger -----------------------------------------------------------------------------
    def fl(self, db, *args):
        return [self.binary, "--db", db] + list(args)

    def fundledger(self):
        fdir = os.path.join(self.data, "fundledger")
        base = os.path.join(self.work, "base.db")
        db = os.path.join(self.work, "fundledger.db")
        for p in (base, db):
            if os.path.exists(p):
                os.unlink(p)
        subprocess.run(self.fl(base, "init"), check=True, stdout=subprocess.DEVNULL)
        steps = [("households", "households.csv"), ("sources", "sources.csv")]
        steps += [("budget", f) for f in sorted(os.listdir(fdir)) if f.startswith("budget-")]
        steps += [("allocations", "allocations.csv")]
        for kind, f in steps:
            p = subprocess.run(self.fl(base, "import", kind, os.path.join(fdir, f)), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
            if p.returncode != 0:
                raise ToolFailed(f"fundledger import {kind} {f} exited {p.returncode}:\n{p.stderr.decode()[-3000:]}")

        def fresh():
            for suffix in ("", "-wal", "-shm", "-journal"):
                if os.path.exists(db + suffix):
                    os.unlink(db + suffix)
            shutil.copyfile(base, db)

        self.measure("fundledger", f"import disbursements ({self.n} rows)",
                     self.fl(db, "import", "disbursements", os.path.join(fdir, "disbursements.csv")), prepare=fresh)
        self.storage_floor(base, db)

        def check_earmark(out):
            doc = json.loads(out)
            got, alloc = {}, {}
            for r in doc["rows"]:
                k = f"{r['fiscal_year']}:{r['key']}"
                if fen_of(r["disbursed"]):
                    got[k] = got.get(k, 0) + fen_of(r["disbursed"])
                if fen_of(r["allocated"]):
                    alloc[k] = alloc.get(k, 0) + fen_of(r["allocated"])
            self.compare("fundledger", "balance --by earmark disbursed", got, self.exp["disbursed_by_earmark_fen"])
            self.compare("fundledger", "balance --by earmark allocated", alloc, self.exp["allocated_by_earmark_fen"])
            if fen_of(doc["total"]["disbursed"]) != self.exp["disbursed_total_fen"]:
                self.mismatches.append(f"MISMATCH fundledger balance --by earmark total row: {doc['total']['disbursed']}")

        def check_town(out):
            doc = json.loads(out)
            got = {}
            for r in doc["rows"]:
                if r.get("disbursed") and fen_of(r["disbursed"]):
                    got[r["key"]] = got.get(r["key"], 0) + fen_of(r["disbursed"])
            self.compare("fundledger", "balance --by town disbursed", got, self.exp["disbursed_by_town_fen"])

        self.measure("fundledger", "balance --by earmark", self.fl(db, "balance", "--by", "earmark", "--format", "json"),
                     check=check_earmark)
        self.measure("fundledger", "balance --by town", self.fl(db, "balance", "--by", "town", "--format", "json"),
                     check=check_town)
        helptext = subprocess.run([self.binary, "--help"], capture_output=True, text=True).stdout
        has_report = re.search(r"^\s+report\s", helptext, re.M) is not None
        if has_report:
            month = self.exp["last_month"]
            xlsx = os.path.join(self.work, "monthly.xlsx")
            self.measure("fundledger", f"report monthly --month {month}",
                         self.fl(db, "report", "monthly", "--month", month, "--out", xlsx, "--created", "2021-01-01"))
        else:
            self.rows.append(("fundledger", "report monthly (verb not in this build)", None, None, None, None))
            print("  fundledger report monthly: verb not in this build, skipped", flush=True)

    # -- ledger-cli / hledger -------------------------------------------------------------------
    def ledger_family(self):
        j = os.path.join(self.data, "ledger.journal")
        want_em = self.exp["disbursed_by_earmark_fen"]
        want_town = self.exp["disbursed_by_town_fen"]
        total, budget = self.exp["disbursed_total_fen"], self.exp["budget_total_fen"]
        fmt = "%(account)|%(display_total)\n"

        def ledger_accounts(out, pivot):
            got = {}
            for line in out.splitlines():
                if "|" not in line:
                    continue
                acct, amt = line.rsplit("|", 1)
                parts = acct.split(":")
                if pivot:  # town:X:Disbursed:FY:CODE
                    k = parts[1]
                else:      # Disbursed:FY:CODE
                    k = f"{parts[1]}:{parts[2]}"
                got[k] = got.get(k, 0) + fen_of(amt)
            return got

        self.measure("ledger", "bal ^Disbursed (by earmark)",
                     ["ledger", "-f", j, "--flat", "--no-total", "--balance-format", fmt, "bal", "^Disbursed"],
                     check=lambda out: self.compare("ledger", "bal by earmark", ledger_accounts(out, False), want_em))
        self.measure("ledger", "bal ^Disbursed --pivot town",
                     ["ledger", "-f", j, "--flat", "--no-total", "--balance-format", fmt, "bal", "^Disbursed",
                      "--pivot", "town"],
                     check=lambda out: self.compare("ledger", "bal by town", ledger_accounts(out, True), want_town))

        def check_ledger_budget(out):
            # The total line: ACTUAL CNY BUDGET CNY DIFF CNY PCT
            last = [ln for ln in out.splitlines() if ln.strip()][-1]
            amounts = re.findall(r"(-?[\d,]+\.\d\d) CNY", last)
            if len(amounts) < 2 or fen_of(amounts[0]) != total or fen_of(amounts[1]) != budget:
                self.mismatches.append(f"MISMATCH ledger budget total line {last.strip()!r}: expected actual "
                                       f"{gen.yuan(total)} of budget {gen.yuan(budget)}")

        self.measure("ledger", "budget ^Disbursed", ["ledger", "-f", j, "budget", "^Disbursed"], check=check_ledger_budget)

        def hledger_csv(out, depth_key):
            got = {}
            for line in out.splitlines()[1:]:
                cells = [c.strip('"') for c in line.split('","')]
                if len(cells) < 2 or cells[0] in ("total", "Total:"):
                    continue
                k = depth_key(cells[0])
                if k is not None:
                    got[k] = got.get(k, 0) + fen_of(cells[1])
            return got

        def em_key(acct):
            p = acct.split(":")
            return f"{p[1]}:{p[2]}" if len(p) == 3 else None

        self.measure("hledger", "bal ^Disbursed (by earmark)", ["hledger", "-f", j, "bal", "^Disbursed", "--flat", "-O", "csv"],
                     check=lambda out: self.compare("hledger", "bal by earmark", hledger_csv(out, em_key), want_em))
        self.measure("hledger", "bal ^Disbursed --pivot town",
                     ["hledger", "-f", j, "bal", "^Disbursed", "--pivot", "town", "-O", "csv"],
                     check=lambda out: self.compare("hledger", "bal by town", hledger_csv(out, lambda a: a), want_town))

        def check_hledger_budget(out):
            for line in out.splitlines()[1:]:
                cells = [c.strip('"') for c in line.split('","')]
                if cells[0] == "Disbursed":
                    if fen_of(cells[1]) != total or fen_of(cells[2]) != budget:
                        self.mismatches.append(f"MISMATCH hledger bal --budget Disbursed: {cells[1:]} expected "
                                               f"{gen.yuan(total)} of {gen.yuan(budget)}")
                    return
            self.mismatches.append("MISMATCH hledger bal --budget: no Disbursed row")

        self.measure("hledger", "bal --budget ^Disbursed",
                     ["hledger", "-f", j, "bal", "--budget", "^Disbursed", "-b", "2016-01-01", "-e", "2021-01-01",
                      "--tree", "-O", "csv"], check=check_hledger_budget)

    def storage_floor(self, base, imported):
        """The sqlite3 shell storing exactly the rows fundledger's import wrote — journal entries,
        disbursements, stored flows and running totals (daily and monthly), into a fresh copy of the base ledger (same schema,
        indexes, triggers, page size), copied with INSERT ... SELECT from the imported ledger: no
        CSV, no validation, no attribution, no hashing. What any engine storing these rows pays."""
        floor = os.path.join(self.work, "floor.db")
        con = sqlite3.connect(base)
        last_entry = con.execute("SELECT COALESCE(MAX(id), 0) FROM entry").fetchone()[0]
        last_batch = con.execute("SELECT COALESCE(MAX(id), 0) FROM import_batch").fetchone()[0]
        # Schema 7 stores flows in flow_row (`flow` is a view that adds the flows implied by
        # single-lot payments, whose lot their disbursement row names in flow_lot): copy what is stored.
        lean = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'flow_row'").fetchone() is not None
        flow_table = "flow_row" if lean else "flow"
        last_lot = con.execute("SELECT COALESCE(MAX(id), 0) FROM flow_lot").fetchone()[0] if lean else 0
        # ... and the headers of entries other than payments in entry_row (a payment's is its own row).
        entry_table = "entry_row" if lean else "entry"
        months = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'agg_flow_month'").fetchone() is not None
        con.close()

        def fresh():
            for suffix in ("", "-wal", "-shm", "-journal"):
                if os.path.exists(floor + suffix):
                    os.unlink(floor + suffix)
            shutil.copyfile(base, floor)

        sql = (f"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -8192; "
               f"ATTACH '{imported}' AS src; BEGIN; "
               f"INSERT INTO import_batch SELECT * FROM src.import_batch WHERE id > {last_batch}; "
               f"INSERT INTO {entry_table} SELECT * FROM src.{entry_table} WHERE id > {last_entry}; "
               + (f"INSERT INTO flow_lot SELECT * FROM src.flow_lot WHERE id > {last_lot}; " if lean else "") +
               f"INSERT INTO disbursement SELECT * FROM src.disbursement WHERE entry_id > {last_entry}; "
               f"INSERT INTO {flow_table} SELECT * FROM src.{flow_table} WHERE entry_id > {last_entry}; "
               "INSERT OR REPLACE INTO agg_earmark_day SELECT * FROM src.agg_earmark_day; "
               "INSERT OR REPLACE INTO agg_town_day SELECT * FROM src.agg_town_day; "
               "INSERT OR REPLACE INTO agg_source_day SELECT * FROM src.agg_source_day; "
               + ("INSERT OR REPLACE INTO agg_town_month SELECT * FROM src.agg_town_month; "
                  "INSERT OR REPLACE INTO agg_flow_month SELECT * FROM src.agg_flow_month; " if months else "")
               + "COMMIT;")

        def check(_out):
            a, b = sqlite3.connect(imported), sqlite3.connect(floor)
            q = "SELECT COUNT(*), SUM(amount) FROM flow"
            if a.execute(q).fetchone() != b.execute(q).fetchone():
                self.mismatches.append("MISMATCH storage floor: the copied flows differ from fundledger's")
            a.close(), b.close()

        self.measure("sqlite3", "storing fundledger's rows (INSERT ... SELECT)", ["sqlite3", floor, sql], prepare=fresh, check=check)

    # -- sqlite3 ---------------------------------------------------------------------------------
    def sqlite(self):
        plain = os.path.join(self.data, "disbursements_plain.csv")
        db = os.path.join(self.work, "plain.sqlite")

        def fresh():
            if os.path.exists(db):
                os.unlink(db)

        schema = ("CREATE TABLE d(voucher TEXT, date TEXT, fiscal_year INTEGER, earmark TEXT, amount_fen INTEGER, "
                  "payee_id TEXT, payee_kind TEXT, town TEXT, village TEXT);")
        self.measure("sqlite3", f".import ({self.n} rows)", ["sqlite3", db, schema, f".import --csv --skip 1 {plain} d"],
                     prepare=fresh)

        def rows(out):
            got = {}
            for line in out.splitlines():
                k, v = line.rsplit("|", 1)
                got[k] = got.get(k, 0) + int(v)
            return got

        self.measure("sqlite3", "SELECT ... GROUP BY fiscal_year, earmark",
                     ["sqlite3", db, "SELECT fiscal_year || ':' || earmark, SUM(amount_fen) FROM d GROUP BY 1;"],
                     check=lambda out: self.compare("sqlite3", "GROUP BY earmark", rows(out), self.exp["disbursed_by_earmark_fen"]))
        self.measure("sqlite3", "SELECT ... GROUP BY town",
                     ["sqlite3", db, "SELECT town, SUM(amount_fen) FROM d GROUP BY 1;"],
                     check=lambda out: self.compare("sqlite3", "GROUP BY town", rows(out), self.exp["disbursed_by_town_fen"]))

    # -- report ----------------------------------------------------------------------------------
    def find(self, group, prefix):
        for r in self.rows:
            if r[0] == group and r[1].startswith(prefix) and r[2] is not None:
                return r
        return None

    def markdown(self):
        c = self.exp["counts"]
        lines = [f"# fundledger benchmark, N = {self.n}", "",
                 f"Data (bench/gen.py, seed {self.exp['seed']}): {c['disbursements']} disbursements, {c['allocations']} "
                 f"allocations, {c['sources']} sources, 5 budgets x 12 earmark lines, {c['households']} households, "
                 f"{c['towns']} towns, {c['villages']} villages; disbursed {gen.yuan(self.exp['disbursed_total_fen'])} yuan.",
                 "", f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end of the run. {self.reps} run(s) "
                 "each; wall time median (min); CPU = user + system time, median; peak RSS is the max over runs.",
                 "", "| tool | step | wall median s | wall min s | CPU median s | peak RSS MiB |",
                 "| --- | --- | ---: | ---: | ---: | ---: |"]
        for g, w, med, mn, rss, cpu in self.rows:
            if med is None:
                lines.append(f"| {g} | {w} | – | – | – | – |")
            else:
                lines.append(f"| {g} | {w} | {med:.3f} | {mn:.3f} | {cpu:.3f} | {rss:.1f} |")
        skipped = " (steps marked skipped were not run, so not checked)" if any("skipped" in r[1] for r in self.rows) else ""
        lines += ["", "Totals: " + ("every tool agrees with the generator to the fen." + skipped if not self.mismatches
                                    else "**MISMATCH** — " + "; ".join(self.mismatches)), ""]
        imp, sq = self.find("fundledger", "import"), self.find("sqlite3", ".import")
        bal_e, bal_t = self.find("fundledger", "balance --by earmark"), self.find("fundledger", "balance --by town")
        led = self.find("ledger", "bal ^Disbursed (by earmark)")
        rep = self.find("fundledger", "report monthly")
        lines += ["| target (issue 8, stated at N = 10^6) | measured here | met? |", "| --- | --- | --- |"]
        if imp and sq:
            ratio = imp[2] / sq[2] if sq[2] else float("inf")
            cratio = imp[5] / sq[5] if sq[5] else float("inf")
            lines.append(f"| import ≤ 3× sqlite3 `.import` | wall {ratio:.1f}× ({imp[2]:.3f} s vs {sq[2]:.3f} s); CPU {cratio:.1f}× "
                         f"| {'yes' if ratio <= 3 else 'no'} |".replace("inf×", "– (below the clock's 0.01 s)"))
        floor = self.find("sqlite3", "storing fundledger's rows")
        if imp and sq and floor and sq[2] and floor[2]:
            lines.append(f"| (context) the storage floor: sqlite3 only storing the rows fundledger writes | {floor[2]:.3f} s wall = "
                         f"{floor[2] / sq[2]:.1f}× `.import`; fundledger's import is {imp[2] / floor[2]:.1f}× the floor | – |")
        if bal_e and bal_t and led:
            worst = max(bal_e[2], bal_t[2])
            speed = led[2] / worst if worst else float("inf")
            lines.append(f"| balance < 0.1 s | earmark {bal_e[2]:.3f} s, town {bal_t[2]:.3f} s | {'yes' if worst < 0.1 else 'no'} |")
            cworst = max(bal_e[5], bal_t[5])
            cspeed = led[5] / cworst if cworst else float("inf")
            lines.append(f"| balance ≥ 20× faster than `ledger bal` | wall {speed:.1f}× (ledger {led[2]:.3f} s); CPU {cspeed:.1f}× "
                         f"| {'yes' if speed >= 20 else 'no'} |".replace("inf×", "– (below the clock's 0.01 s)"))
        if rep:
            lines.append(f"| report monthly < 2 s | {rep[2]:.3f} s | {'yes' if rep[2] < 2 else 'no'} |")
        else:
            lines.append("| report monthly < 2 s | verb not in this build | – |")
        if imp:
            lines.append(f"| import peak RSS < 100 MB | {imp[4]:.1f} MiB | {'yes' if imp[4] * 1.048576 < 100 else 'no'} |")
        return "\n".join(lines) + "\n"


def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="utf-8") as f:
            kb = int(f.readline().split()[1])
    except OSError:
        kb = 0
    return f"{os.cpu_count()} CPUs ({model}), {kb / 1024 / 1024:.1f} GiB RAM, {platform.system()} {platform.release()}"


def main(argv):
    args = argv[1:]

    def opt(name, default=None):
        if name in args:
            i = args.index(name)
            v = args[i + 1]
            del args[i:i + 2]
            return v
        return default

    reps = opt("--reps")
    binary = opt("--binary", os.path.join(ROOT, "build-bench", "cli", "fundledger"))
    work = opt("--work")
    data = opt("--data")
    out = opt("--out")
    skip = [x for x in (opt("--skip", "") or "").split(",") if x]
    no_setup = "--no-setup" in args
    args = [a for a in args if a != "--no-setup"]
    if len(args) != 1 or not args[0].isdigit():
        sys.stderr.write(__doc__)
        return 2
    n = int(args[0])
    reps = int(reps) if reps else (5 if n < 100_000 else 3 if n < 1_000_000 else 1)
    binary = os.path.abspath(binary)
    if not os.access(binary, os.X_OK):
        sys.stderr.write(f"run.py: no fundledger binary at {binary} (build build-bench, or give --binary)\n")
        return 2
    if not no_setup:
        subprocess.run([os.path.join(ROOT, "scripts", "setup.sh")], env=dict(os.environ, FUNDLEDGER_BENCH="1"), check=True)
    for tool in ("ledger", "hledger", "sqlite3", "/usr/bin/time"):
        if not shutil.which(tool):
            sys.stderr.write(f"run.py: {tool} is not installed (FUNDLEDGER_BENCH=1 scripts/setup.sh installs it)\n")
            return 3
    work = os.path.abspath(work or os.path.join(tempfile.gettempdir(), f"fundledger-bench-{n}"))
    os.makedirs(work, exist_ok=True)
    if data is None:
        data = os.path.join(work, "data")
        t0 = time.perf_counter()
        gen.generate(n, data)
        print(f"generated N={n} in {time.perf_counter() - t0:.1f} s -> {data}", flush=True)
    data = os.path.abspath(data)
    b = Bench(n, reps, work, data, binary)
    b.skip = skip
    try:
        b.fundledger()
        b.ledger_family()
        b.sqlite()
    except (ToolFailed, subprocess.TimeoutExpired) as e:
        sys.stderr.write(f"run.py: a tool failed: {e}\n")
        return 3
    md = b.markdown()
    print()
    print(md)
    out = out or os.path.join(HERE, f"results-{n}.md")
    with open(out, "w", encoding="utf-8") as f:
        f.write(md)
    if b.mismatches:
        for m in b.mismatches:
            sys.stderr.write(m + "\n")
        sys.stderr.write("run.py: FAILED — the tools' totals do not agree\n")
        return 1
    print(f"all totals agree to the fen; wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
