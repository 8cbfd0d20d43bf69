#!/usr/bin/python3
"""fundledger on PostgreSQL: against itself on SQLite and PostgreSQL's own COPY; eight counties at once (issue 14).

    /usr/bin/python3 bench/pg.py N [--reps R] [--county-n M] [--binary PATH] [--work DIR] [--out FILE.md]

Starts a throw-away PostgreSQL 15 cluster (scripts/pg_cluster.sh start WORK/cluster; stopped at the
end whatever happens), generates (bench/gen.py, seeded; kept in WORK/data-N and reused) a ledger of N
payments, one of M (default N/10) and one of 8*M, then, R times each (default 5, 3 from N = 10^5, 1
from 10^6), under /usr/bin/time -v:

  import disbursements (N rows)      into a fresh copy of the SQLite base ledger (as bench/run.py), and
                                     into a fresh PostgreSQL county holding the same base ledger
                                     (households, sources, budgets, allocations: imported, untimed)
  sqlite3 .import, psql \\copy        the same rows plain (disbursements_plain.csv, integer fen) into an
                                     ordinary table of the same columns
  balance --by earmark / --by town, report monthly   on both backends: totals checked against
                                     expected.json to the fen, the JSON and the workbook's cells equal
                                     between the backends
  one county importing 8*M rows      (a fresh county with the base ledger of that data set)
  one county importing M rows alone
  eight counties importing M rows each, started at once (one data set, the M one, for all eight:
                                     each county is its own schema, so the same vouchers do not clash);
                                     wall time until the last ends, against the one import of 8*M
                                     (the bases of these counties: `fundledger copy` of a SQLite base
                                     built by the same imports, untimed)

then `verify --all-counties` (every county the run made; must exit 0) and `balance --by county`:
each county's row equals its own `balance --by category` total, the eight's rows sum to 8 times
the M data set's total. Writes bench/results-pg-N.md (or --out). Exit codes: 0 everything agrees;
1 a total, a chain or a roll-up disagrees, or one of the eight imports failed; 2 bad usage; 3 a tool
failed to run (or no PostgreSQL 15: scripts/setup.sh installs it).
"""
import concurrent.futures
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen  # noqa: E402
from pg_server import PSQL, Cluster  # noqa: E402
from run import TIMEOUT, Bench, ToolFailed, fen_of, machine, run_timed  # noqa: E402

MAIN, BIG = "619801", "619901"          # the N county; the one county of 8*M
EIGHT = [f"6102{i:02d}" for i in range(1, 9)]  # the eight counties (a "city", 6102*)
SQLITE, PG = "fundledger (SQLite)", "fundledger (PostgreSQL)"
PLAIN = ("voucher text, date text, fiscal_year integer, earmark text, amount_fen bigint, payee_id text, "
         "payee_kind text, town text, village text")


class PgBench(Bench):
    def __init__(self, n, reps, work, data, binary, cluster, cdata, bigdata):
        super().__init__(n, reps, work, data, binary)
        self.cluster, self.cdata, self.bigdata = cluster, cdata, bigdata
        with open(os.path.join(cdata, "expected.json"), encoding="utf-8") as f:
            self.cexp = json.load(f)
        self.m = self.cexp["counts"]["disbursements"]
        self.outputs = {}     # (backend, step) -> stdout of its first run
        self.base_times = {}  # what -> [seconds] of the untimed base-ledger builds
        self.eight = None     # figures of the eight counties at once
        self.notes = []
        self.server = {}      # (group, step) -> the server's CPU seconds, median over the runs
        self.server_runs = []
        self.load_start = os.getloadavg()[0]
        self.lock = threading.Lock()
        for name in ("M", "8M"):  # SQLite bases of a previous run may be of an older schema: built afresh
            for suffix in ("", "-wal", "-shm", ".tmp", ".tmp-wal", ".tmp-shm"):
                if os.path.exists(os.path.join(work, f"base-{name}.db{suffix}")):
                    os.unlink(os.path.join(work, f"base-{name}.db{suffix}"))

    def timer(self, argv, cwd, ok_codes=(0,)):
        """run_timed, and the server's CPU meanwhile (into self.server_runs)."""
        before = self.cluster.server_cpu()
        r = run_timed(argv, cwd, ok_codes=ok_codes)
        time.sleep(0.1)
        self.server_runs.append(self.cluster.server_cpu() - before)
        return r

    def measure(self, group, what, argv, **kw):
        self.server_runs = []
        row = super().measure(group, what, argv, **kw)
        if row and group not in (SQLITE, "sqlite3"):
            self.server[(group, what)] = statistics.median(self.server_runs)
        return row

    def total_rows(self, code):
        """Rows of the county's running totals (agg_*: one per distinct day or month and key)."""
        return int(self.cluster.psql(" + ".join(f"(SELECT count(*) FROM county_{code}.agg_{t})" for t in
                                               ("earmark_day", "town_day", "source_day", "town_month", "flow_month"))
                                     .join(("SELECT ", ""))))

    def pg(self, county, *args):
        return [self.binary, "--db", self.cluster.uri] + (["--county", county] if county else []) + list(args)

    def new_county(self, code, data, what):
        """A fresh county CODE (its schema dropped first) holding the base ledger of data, untimed."""
        t0 = time.perf_counter()
        self.cluster.psql(f"DROP SCHEMA IF EXISTS county_{code} CASCADE")
        p = subprocess.run(self.pg(code, "init"), capture_output=True, text=True)
        if p.returncode != 0:
            raise ToolFailed(f"fundledger init --county {code} exited {p.returncode}: {p.stderr[-2000:]}")
        self.build_base(self.pg(code), data)
        self.base_times.setdefault(what, []).append(time.perf_counter() - t0)

    def copied_county(self, code, big=False):
        """A fresh county CODE holding the base ledger of the M data set (or the 8M one), copied
        (`fundledger copy`, which verifies the copy on the server) from a SQLite base built once by
        the same imports: the same entries and chain head as importing into the county, in about a
        third of the time; the eight and their yardstick get their bases the same way."""
        data, name = (self.bigdata, "8M") if big else (self.cdata, "M")
        base = os.path.join(self.work, f"base-{name}.db")
        with self.lock:
            if not os.path.exists(base):
                subprocess.run(self.fl(base + ".tmp", "init"), check=True, stdout=subprocess.DEVNULL)
                self.build_base(self.fl(base + ".tmp"), data)
                os.rename(base + ".tmp", base)
        t0 = time.perf_counter()
        self.cluster.psql(f"DROP SCHEMA IF EXISTS county_{code} CASCADE")
        p = subprocess.run([self.binary, "copy", "--from", base, "--to", self.cluster.uri, "--county", code],
                           capture_output=True, text=True)
        if p.returncode != 0:
            raise ToolFailed(f"fundledger copy --county {code} exited {p.returncode}: {p.stderr[-2000:]}")
        self.base_times.setdefault(f"PostgreSQL county, {name} data set (copied)", []).append(time.perf_counter() - t0)

    def keep(self, backend, step, check=None):
        """A check that keeps the output (to compare the backends) and runs check(out, tool)."""
        def f(out):
            self.outputs[(backend, step)] = out
            if check:
                check(out, f"{backend} {step}")
        return f

    # -- the import and its yardsticks ------------------------------------------------------------
    def imports(self):
        disb = os.path.join(self.data, "fundledger", "disbursements.csv")
        base, db = os.path.join(self.work, "base.db"), os.path.join(self.work, "fundledger.db")
        for p in (base, base + "-wal", base + "-shm"):
            if os.path.exists(p):
                os.unlink(p)
        t0 = time.perf_counter()
        subprocess.run(self.fl(base, "init"), check=True, stdout=subprocess.DEVNULL)
        self.build_base(self.fl(base))
        self.base_times["SQLite file, N data set"] = [time.perf_counter() - t0]

        def fresh():
            for suffix in ("", "-wal", "-shm", "-journal"):
                if os.path.exists(db + suffix):
                    os.unlink(db + suffix)
            shutil.copyfile(base, db)

        self.measure(SQLITE, f"import disbursements ({self.n} rows)", self.fl(db, "import", "disbursements", disb),
                     prepare=fresh)
        self.measure(PG, f"import disbursements ({self.n} rows)", self.pg(MAIN, "import", "disbursements", disb),
                     prepare=lambda: self.new_county(MAIN, self.data, "PostgreSQL county, N data set"))
        plain = os.path.join(self.data, "disbursements_plain.csv")
        lite = os.path.join(self.work, "plain.sqlite")
        self.measure("sqlite3", f".import of the plain rows ({self.n} rows)",
                     ["sqlite3", lite, f"CREATE TABLE d({PLAIN.replace(' bigint', ' integer')});",
                      f".import --csv --skip 1 {plain} d"],
                     prepare=lambda: os.path.exists(lite) and os.unlink(lite))
        self.measure("psql", f"\\copy of the plain rows ({self.n} rows)",
                     [PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", self.cluster.uri, "-c",
                      f"\\copy bench_plain FROM '{plain}' WITH (FORMAT csv, HEADER true)"],
                     prepare=lambda: self.cluster.psql(f"DROP TABLE IF EXISTS bench_plain; CREATE TABLE bench_plain({PLAIN})"))

        def rows(out):
            got = {}
            for line in out.splitlines():
                k, v = line.rsplit("|", 1)
                got[k] = got.get(k, 0) + int(v)
            return got

        self.compare("psql", "the copied rows GROUP BY earmark",
                     rows(self.cluster.psql("SELECT fiscal_year || ':' || earmark, SUM(amount_fen) FROM bench_plain GROUP BY 1")),
                     self.exp["disbursed_by_earmark_fen"])
        return db

    # -- reading verbs on both backends ----------------------------------------------------------
    def reads(self, db):
        month = self.exp["last_month"]
        for backend, prefix in ((SQLITE, self.fl(db)), (PG, self.pg(MAIN))):
            for by, check in (("earmark", self.check_earmark), ("town", self.check_town)):
                self.measure(backend, f"balance --by {by}", prefix + ["balance", "--by", by, "--format", "json"],
                             check=self.keep(backend, by, check))
            xlsx = os.path.join(self.work, f"monthly-{'pg' if backend == PG else 'sqlite'}.xlsx")
            self.measure(backend, f"report monthly --month {month}",
                         prefix + ["report", "monthly", "--month", month, "--out", xlsx, "--created", "2021-01-01"])
        for by in ("earmark", "town"):
            if self.outputs[(SQLITE, by)] != self.outputs[(PG, by)]:
                self.mismatches.append(f"MISMATCH balance --by {by} --format json differs between SQLite and PostgreSQL")
        sys.path.insert(0, "/usr/lib/python3/dist-packages")
        import openpyxl
        books = []
        for side in ("sqlite", "pg"):
            wb = openpyxl.load_workbook(os.path.join(self.work, f"monthly-{side}.xlsx"))
            books.append({ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets})
        if books[0] != books[1]:
            bad = sorted(t for t in set(books[0]) | set(books[1]) if books[0].get(t) != books[1].get(t))
            self.mismatches.append(f"MISMATCH report monthly: the workbooks' cells differ between the backends ({bad})")
        else:
            self.notes.append(f"`report monthly`: the two workbooks hold the same cells ({len(books[0])} sheets), "
                              "the chain head in their footers included; `balance --by earmark/town --format json`: "
                              "the same bytes on both backends.")

    # -- eight counties at once ------------------------------------------------------------------
    def one_big(self):
        disb = os.path.join(self.bigdata, "fundledger", "disbursements.csv")
        self.measure(PG, f"import disbursements, one county ({8 * self.m} rows)", self.pg(BIG, "import", "disbursements", disb),
                     prepare=lambda: self.copied_county(BIG, big=True))
        # One of the eight's imports on its own: eight of these one after another is what serialised
        # counties would take.
        disb = os.path.join(self.cdata, "fundledger", "disbursements.csv")
        self.measure(PG, f"import disbursements alone, one county of M ({self.m} rows)",
                     self.pg(EIGHT[0], "import", "disbursements", disb),
                     prepare=lambda: self.copied_county(EIGHT[0]))

    def sample_waits(self, stop, counts):
        """Until stop is set, every 0.5 s: what the server's client backends are doing (pg_stat_activity's
        wait event; none = on the CPU), added up in counts (event -> backends seen; "" -> samples)."""
        sql = ("SELECT COALESCE(wait_event_type || ':' || wait_event, 'running'), count(*) FROM pg_stat_activity "
               "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle' GROUP BY 1")
        while not stop.wait(0.5):
            try:
                out = self.cluster.psql(sql)
            except ToolFailed:
                continue
            counts[""] = counts.get("", 0) + 1
            for line in out.splitlines():
                event, k = line.rsplit("|", 1)
                counts[event] = counts.get(event, 0) + int(k)

    def run_eight(self, disb, errors):
        """The eight imports started together (threads, each running /usr/bin/time -v fundledger ...);
        returns (wall until the last ends, their run_timed results, the server's CPU, wait samples)."""
        before, counts, stop = self.cluster.server_cpu(), {}, threading.Event()
        sampler = threading.Thread(target=self.sample_waits, args=(stop, counts))
        sampler.start()
        with concurrent.futures.ThreadPoolExecutor(len(EIGHT)) as pool:
            t0 = time.perf_counter()
            futures = [pool.submit(run_timed, self.pg(code, "import", "disbursements", disb), self.work) for code in EIGHT]
            done = []
            for code, fut in zip(EIGHT, futures):
                try:
                    done.append(fut.result())
                except (ToolFailed, subprocess.TimeoutExpired) as e:
                    errors.append(f"county {code}: {str(e)[:500]}")
            wall = time.perf_counter() - t0
        stop.set()
        sampler.join()
        time.sleep(0.1)
        return wall, done, self.cluster.server_cpu() - before, counts

    def eight_at_once(self):
        """The eight imports at once, R times, each time into eight fresh counties."""
        disb = os.path.join(self.cdata, "fundledger", "disbursements.csv")
        walls, cpus, rss, each, errors, server, waits = [], [], [], [], [], [], {}
        for _ in range(self.reps):
            with concurrent.futures.ThreadPoolExecutor(4) as pool:  # untimed, four at a time
                list(pool.map(self.copied_county, EIGHT))
            wall, done, srv, counts = self.run_eight(disb, errors)
            walls.append(wall)
            server.append(srv)
            cpus.append(sum(r[3] for r in done))
            rss.append(max((r[1] for r in done), default=0))
            each.append(sorted(r[0] for r in done))
            for k, v in counts.items():
                waits[k] = waits.get(k, 0) + v
        row = (PG, f"eight imports at once, 8 counties x {self.m} rows", statistics.median(walls), min(walls),
               max(rss) / 1024.0, statistics.median(cpus))
        self.rows.append(row)
        self.server[(PG, row[1])] = statistics.median(server)
        print(f"  {PG:<10} {row[1]:<44} {row[2]:9.3f} s  cpu {row[5]:8.3f} s (all eight)", flush=True)
        one, big = self.total_rows(EIGHT[0]), self.total_rows(BIG)
        self.notes.append(f"Rows of running totals (agg_*, one per distinct day or month and key) the imports wrote: "
                          f"each of the eight {one} (eight: {8 * one}), the one county of 8M {big}; "
                          f"payments {8 * self.m} either way.")
        samples = waits.pop("", 0)
        if samples:
            seen = ", ".join(f"{k} {v / samples:.2f}" for k, v in sorted(waits.items(), key=lambda kv: -kv[1]))
            self.notes.append(f"While the eight ran, `pg_stat_activity` sampled every 0.5 s ({samples} samples): "
                              f"backends per sample by wait event — {seen or 'none active'} (`running` = no wait: "
                              "on the CPU or ready for it; `Client:ClientRead` = waiting for the fundledger process; "
                              "a `Lock:…` would be one county waiting on another).")
        self.eight = {"walls": walls, "each": each, "errors": errors}
        for e in errors:
            self.mismatches.append(f"FAILED one of the eight imports: {e}")

    def verify_and_rollup(self):
        counties = [MAIN, BIG] + EIGHT
        t0 = time.perf_counter()
        p = subprocess.run(self.pg(None, "verify", "--all-counties", "--format", "json"), capture_output=True, text=True,
                           timeout=TIMEOUT)
        took = time.perf_counter() - t0
        ok = p.returncode == 0 and json.loads(p.stdout).get("ok") is True
        seen = [c["county"] for c in json.loads(p.stdout)["counties"]] if p.stdout.strip() else []
        if not ok or seen != sorted(counties):
            self.mismatches.append(f"MISMATCH verify --all-counties exited {p.returncode} over {seen}: {p.stderr[-500:]}")
        self.notes.append(f"`verify --all-counties` ({len(seen)} counties: {', '.join(seen)}) exited {p.returncode} "
                          f"in {took:.1f} s (untimed, once).")
        p = subprocess.run(self.pg(None, "balance", "--by", "county", "--format", "json"), capture_output=True, text=True)
        if p.returncode != 0:
            raise ToolFailed(f"balance --by county exited {p.returncode}: {p.stderr[-2000:]}")
        roll = json.loads(p.stdout)
        rows = {r["key"]: r for r in roll["rows"]}
        if sorted(rows) != sorted(counties):
            self.mismatches.append(f"MISMATCH balance --by county: rows {sorted(rows)}, expected {sorted(counties)}")
        sums, eight_sums = {}, {}
        for code in sorted(rows):
            own = json.loads(subprocess.run(self.pg(code, "balance", "--by", "category", "--format", "json"),
                                            capture_output=True, text=True, check=True).stdout)["total"]
            for column, amount in own.items():
                if column in ("key", "name"):
                    continue
                if fen_of(rows[code][column]) != fen_of(amount):
                    self.mismatches.append(f"MISMATCH balance --by county [{code}] {column}: {rows[code][column]}, "
                                           f"the county's own balance {amount}")
                sums[column] = sums.get(column, 0) + fen_of(amount)
                if code in EIGHT:
                    eight_sums[column] = eight_sums.get(column, 0) + fen_of(amount)
        for column, total in sums.items():
            if fen_of(roll["total"][column]) != total:
                self.mismatches.append(f"MISMATCH balance --by county total {column}: {roll['total'][column]}, "
                                       f"the counties' own sum {gen.yuan(total)}")
        want = 8 * self.cexp["disbursed_total_fen"]
        got = eight_sums.get("disbursed", eight_sums.get("amount"))
        if got != want:
            self.mismatches.append(f"MISMATCH the eight counties' disbursed sum {gen.yuan(got or 0)}, expected {gen.yuan(want)}")
        self.notes.append(f"`balance --by county`: {len(rows)} rows, each equal to its county's own `balance --by category` "
                          f"total in every column ({', '.join(sorted(sums))}); the eight sum to {gen.yuan(got or 0)} "
                          f"yuan = 8 x the M data set's total.")

    # -- report ----------------------------------------------------------------------------------
    def ratio_line(self, target, num, den, limit, label_num, label_den):
        """A target row: num's median wall over den's (CPU in brackets), met when <= limit."""
        a, b = self.find(*num), self.find(*den)
        if not a or not b:
            return f"| {target} | not measured | – |"
        r = a[2] / b[2] if b[2] else float("inf")
        ca, cb = (x[5] + self.server.get((x[0], x[1]), 0) for x in (a, b))
        c = f"{ca / cb:.2f}×" if cb else "–"
        met = "–" if limit is None else ("**yes**" if r <= limit else "**no**")
        return (f"| {target} | {r:.2f}× ({label_num} {a[2]:.3f} s, {label_den} {b[2]:.3f} s; CPU client + server {c}) | {met} |")

    def targets(self):
        imp = f"import disbursements ({self.n} rows)"
        lines = ["| target (issue 14, stated at N = 10^6 and M = 10^5) | measured here | met? |", "| --- | --- | --- |",
                 self.ratio_line("PostgreSQL import ≤ 5× PostgreSQL's `COPY` of the plain rows", (PG, imp),
                                 ("psql", "\\copy"), 5, "import", "`\\copy`"),
                 self.ratio_line("(context) PostgreSQL import ÷ SQLite import", (PG, imp), (SQLITE, imp), None,
                                 "PostgreSQL", "SQLite"),
                 self.ratio_line("(context) `\\copy` ÷ sqlite3 `.import` of the plain rows", ("psql", "\\copy"),
                                 ("sqlite3", ".import"), None, "`\\copy`", "`.import`")]
        for step in ("balance --by earmark", "balance --by town", "report monthly"):
            lines.append(self.ratio_line(f"`{step}` on PostgreSQL ≤ 2× SQLite", (PG, step), (SQLITE, step), 2,
                                         "PostgreSQL", "SQLite"))
        lines.append(self.ratio_line(f"eight imports of M = {self.m} at once ≤ 1.3× one import of 8M", (PG, "eight imports"),
                                     (PG, f"import disbursements, one county ({8 * self.m} rows)"), 1.3, "eight", "one"))
        eight, alone = self.find(PG, "eight imports"), self.find(PG, "import disbursements alone")
        if eight and alone and alone[2]:
            lines.append(f"| (context) eight at once ÷ eight imports of M one after another (8 × one alone, "
                         f"{8 * alone[2]:.3f} s): below 1 when running together gains time | {eight[2] / (8 * alone[2]):.2f} | – |")
        errors = self.eight["errors"] if self.eight else ["not run"]
        bad_chain = [m for m in self.mismatches if "verify" in m]
        bad_roll = [m for m in self.mismatches if "balance --by county" in m or "eight counties'" in m]
        lines += [f"| the eight: no errors | {len(errors)} failed | {'**yes**' if not errors else '**no**'} |",
                  f"| every chain verifies (`verify --all-counties`) | {'exit 0' if not bad_chain else bad_chain[0]} "
                  f"| {'**yes**' if not bad_chain else '**no**'} |",
                  f"| roll-up `balance --by county` = the sum of the counties, to the fen | "
                  f"{'equal' if not bad_roll else bad_roll[0]} | {'**yes**' if not bad_roll else '**no**'} |"]
        return lines

    def markdown(self, commit, pg_version):
        c, cc = self.exp["counts"], self.cexp["counts"]
        lines = [f"# fundledger on PostgreSQL, N = {self.n} (eight counties of M = {self.m})", "",
                 f"Data (bench/gen.py, seed {self.exp['seed']}): N = {c['disbursements']} disbursements, {c['households']} "
                 f"households, {c['allocations']} allocations, {c['sources']} sources, 5 budgets x 12 lines; disbursed "
                 f"{gen.yuan(self.exp['disbursed_total_fen'])} yuan. M = {cc['disbursements']} ({cc['households']} households; "
                 f"the one data set all eight counties import) and 8M = {8 * self.m} (its own data set, gen.py {8 * self.m}).",
                 "", f"Machine: {machine()}; {pg_version}; load average {self.load_start:.1f} at the start "
                 f"of the run, {os.getloadavg()[0]:.1f} at the end. "
                 f"fundledger {os.path.relpath(self.binary, ROOT)} at commit {commit}.",
                 "The cluster is scripts/pg_cluster.sh's throw-away one (127.0.0.1, TCP, trust; `fsync`, "
                 "`synchronous_commit` and `full_page_writes` off; otherwise PostgreSQL's defaults, e.g. "
                 "`shared_buffers` 128 MB). The SQLite ledger runs WAL with `synchronous = NORMAL`.",
                 f"{self.reps} run(s) each; wall time median (min); client CPU = user + system time of the client "
                 "process (fundledger, psql, sqlite3), median; server CPU = the PostgreSQL server's processes meanwhile "
                 "(the postmaster's and its children's, from /proc), median; peak RSS of the client.",
                 "", "| tool | step | wall median s | wall min s | client CPU s | server CPU s | client peak RSS MiB |",
                 "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
        for g, w, med, mn, rss, cpu in self.rows:
            srv = self.server.get((g, w))
            lines.append(f"| {g} | {w} | {med:.3f} | {mn:.3f} | {cpu:.3f} | {'–' if srv is None else f'{srv:.3f}'} | {rss:.1f} |")
        lines += ["", "Totals: " + ("both backends agree with the generator and with each other to the fen." if not self.mismatches
                                    else "**MISMATCH** — " + "; ".join(self.mismatches)), ""]
        lines += self.targets() + [""]
        imp = self.find(PG, f"import disbursements ({self.n}")
        if imp:
            lines.append(f"PostgreSQL import: {imp[2] / self.n * 1000:.3f} ms per payment (wall).")
        if self.eight:
            for i, (w, each) in enumerate(zip(self.eight["walls"], self.eight["each"])):
                lines.append(f"Eight at once, run {i + 1}: all done in {w:.2f} s; each import's own wall "
                             f"{', '.join(f'{x:.2f}' for x in each)} s.")
        lines += [""] + [f"Base ledger (untimed), {what}: {', '.join(f'{t:.1f}' for t in ts)} s." for what, ts in self.base_times.items()]
        lines += [""] + self.notes
        return "\n".join(lines) + "\n"


def dataset(work, n):
    """The generated data set of n payments in WORK/data-n, made once (gen.py is seeded) and reused."""
    d = os.path.join(work, f"data-{n}")
    if not os.path.exists(os.path.join(d, "expected.json")):
        t0 = time.perf_counter()
        gen.generate(n, d)
        print(f"generated N={n} in {time.perf_counter() - t0:.1f} s -> {d}", flush=True)
    return d


def run(b):
    """The benchmark's steps, in order (the N county, then the 8M county, then the eight)."""
    db = b.imports()
    b.reads(db)
    b.one_big()
    b.eight_at_once()
    b.verify_and_rollup()


def main(argv):
    args = argv[1:]

    def opt(name, default=None):
        if name in args:
            i = args.index(name)
            v = args[i + 1]
            del args[i:i + 2]
            return v
        return default

    reps, county_n = opt("--reps"), opt("--county-n")
    binary = os.path.abspath(opt("--binary", os.path.join(ROOT, "build-bench", "cli", "fundledger")))
    work, out = opt("--work"), opt("--out")
    if len(args) != 1 or not args[0].isdigit():
        sys.stderr.write(__doc__)
        return 2
    n = int(args[0])
    m = int(county_n) if county_n else max(1, n // 10)
    reps = int(reps) if reps else (5 if n < 100_000 else 3 if n < 1_000_000 else 1)
    if not os.access(binary, os.X_OK):
        sys.stderr.write(f"pg.py: no fundledger binary at {binary} (build build-bench, or give --binary)\n")
        return 2
    for tool in (PSQL, "sqlite3", "/usr/bin/time"):
        if not shutil.which(tool):
            sys.stderr.write(f"pg.py: {tool} is not installed (scripts/setup.sh installs it)\n")
            return 3
    for var in ("FUNDLEDGER_DB", "FUNDLEDGER_COUNTY"):
        os.environ.pop(var, None)
    # A fixed clock and operator: both backends then write the same entries, so the same chain head
    # (the workbook's footer shows it, and its cells are compared).
    os.environ.update(FUNDLEDGER_NOW="2021-01-01T09:00:00Z", USER="bench")
    work = os.path.abspath(work or os.path.join("/tmp", f"fundledger-pgbench-{n}"))
    os.makedirs(work, exist_ok=True)
    data, cdata, bigdata = dataset(work, n), dataset(work, m), dataset(work, 8 * m)
    commit = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True, text=True).stdout.strip()
    try:
        cluster = Cluster(os.path.join(work, "cluster"))
    except ToolFailed as e:
        sys.stderr.write(f"pg.py: {e}\n")
        return 3
    try:
        pg_version = cluster.psql("SELECT version()").split(" on ")[0].strip()
        b = PgBench(n, reps, work, data, binary, cluster, cdata, bigdata)
        run(b)
        md = b.markdown(commit, pg_version)
    except (ToolFailed, subprocess.TimeoutExpired, subprocess.CalledProcessError) as e:
        sys.stderr.write(f"pg.py: a tool failed: {e}\n")
        return 3
    finally:
        cluster.stop()
    print()
    print(md)
    out = out or os.path.join(HERE, f"results-pg-{n}.md")
    with open(out, "w", encoding="utf-8") as f:
        f.write(md)
    if b.mismatches:
        for line in b.mismatches:
            sys.stderr.write(line + "\n")
        sys.stderr.write("pg.py: FAILED — the backends' totals, chains or roll-up do not agree\n")
        return 1
    print(f"all totals agree to the fen; wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
