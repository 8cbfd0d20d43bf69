#!/usr/bin/python3
"""`fundledger serve` in a real browser (issue 20): Debian's chromium, headless, driven by selenium.

The 商州 2017 example, plus one household whose name is an HTML payload, is served on a free port.
Every page is loaded as of 2017-12-31; the test checks that it finished without an error, that its
charts drew (each canvas has pixels that are not the background), that every amount on screen in 万元
is the CLI's exact yuan rounded half away from zero, with the exact yuan on hover, and that the
tables carry the very figures `fundledger ... --format json` prints (to the fen). Each /api/ answer
is compared with the CLI's own output. Screenshots go to BUILD/screens/dashboard-*.png.

Then the server is attacked: paths that climb out of its assets, methods that would write, an
option smuggled in a parameter, a payee whose name is a <script> — none may do harm, and the ledger
file is byte for byte what it was. A server bound to 0.0.0.0 needs a token and refuses requests
without it. Many readers at once while another process imports: all answered, the import done.

usage: test_dashboard.py BINARY REPO_ROOT
"""
import concurrent.futures
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from decimal import ROUND_HALF_UP, Decimal

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BIN = os.path.abspath(sys.argv[1])
ROOT = sys.argv[2]
EX = os.path.join(ROOT, "examples", "shangzhou-2017")
SCREENS = os.path.join(os.path.dirname(os.path.dirname(BIN)), "screens")
AS_OF = "2017-12-31"
NOW = "2018-01-15T09:00:00Z"
PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
FAILS = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        FAILS.append(what)
    return ok


def env():
    e = dict(os.environ, FUNDLEDGER_NOW=NOW, FUNDLEDGER_LANG="zh")
    e.pop("FUNDLEDGER_DB", None)
    return e


def cli(db, *args):
    p = subprocess.run([BIN, "--db", db, *args], capture_output=True, text=True, env=env())
    if p.returncode not in (0, 1):
        raise RuntimeError(f"{args}: exit {p.returncode}: {p.stderr}")
    return p.stdout


def cli_json(db, *args):
    return json.loads(cli(db, *args, "--format", "json"))


def load(db, tmp):
    cli(db, "init")
    for kind, name in (("households", "households.csv"), ("sources", "sources.csv"), ("budget", "budget.toml"),
                       ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv"),
                       ("rules", "rules.toml"), ("projects", "projects.csv")):
        cli(db, "import", kind, os.path.join(EX, name))
    hh = os.path.join(tmp, "payload-households.csv")
    with open(hh, "w", encoding="utf-8") as f:
        f.write("household_id,head_name,id_number,town,village,members,registered,poverty_cause\n")
        f.write(f'SZ-XSS,"{PAYLOAD.replace(chr(34), chr(34) * 2)}",611090196305171027,大荆镇,南村,3,yes,缺资金\n')
    cli(db, "import", "households", hh)
    pay = os.path.join(tmp, "payload-payments.csv")
    with open(pay, "w", encoding="utf-8") as f:
        f.write("voucher,date,fiscal_year,earmark,amount,payee_id,payee_name,payee_kind,town,village,project,source_doc,note\n")
        f.write(f'FP2017-X001,2017-12-20,2017,WALNUT,1234.56,SZ-XSS,"{PAYLOAD.replace(chr(34), chr(34) * 2)}",household,'
                "大荆镇,南村,核桃科管示范园,,\n")
        # 50.00 yuan is 0.005 万元 exactly: shown as 0.01 (half away from zero), never 0.00
        f.write("FP2017-X002,2017-12-21,2017,WALNUT,50.00,SZ-001,李建华,household,大荆镇,南村,核桃科管示范园,,\n")
    cli(db, "import", "disbursements", pay)


def wan(yuan_text):
    """The page's rounding: 万元 with two decimals, half away from zero, thousands grouped."""
    d = (Decimal(yuan_text) / 10000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{d:,.2f}"


def yuan(text):
    return f"{Decimal(text):,.2f}"


class Server:
    def __init__(self, db, *extra):
        self.proc = subprocess.Popen([BIN, "--db", db, "serve", "--port", "0", *extra], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env())
        line = self.proc.stdout.readline()
        self.url = line[line.index("http://"):].split()[0].rstrip("/（(")
        if not self.url.endswith("/"):
            self.url = self.url[:self.url.rindex("/") + 1]

    def stop(self):
        self.proc.terminate()
        return self.proc.wait(timeout=10)


def http(url, method="GET", headers=None):
    req = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers)


def browser():
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1100",
              "--lang=zh-CN", "--disable-gpu"):
        opts.add_argument(a)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def open_page(drv, url, name):
    drv.get(url)
    WebDriverWait(drv, 60).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"))
    ready = drv.find_element(By.TAG_NAME, "body").get_attribute("data-ready")
    errors = [e.text for e in drv.find_elements(By.CSS_SELECTOR, ".error")]
    check(ready == "1" and not errors, f"{name}: loaded without an error {errors}")
    time.sleep(0.3)
    os.makedirs(SCREENS, exist_ok=True)
    drv.save_screenshot(os.path.join(SCREENS, f"dashboard-{name}.png"))


def canvases_drawn(drv, name, expected):
    drawn = drv.execute_script("""
      return Array.from(document.querySelectorAll('canvas')).map(c => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) n++;
        return n; });""")
    check(len(drawn) >= expected and all(n > 500 for n in drawn),
          f"{name}: {expected} chart(s) drew (coloured pixels per canvas: {drawn})")


def money_cells(drv, name):
    """Every amount on the page: its text must be its exact yuan in 万元, its hover the exact yuan."""
    cells = drv.execute_script("""return Array.from(document.querySelectorAll('td.money')).map(
        td => [td.textContent, td.dataset.yuan, td.title]);""")
    bad = [c for c in cells if c[0] != wan(c[1]) or not c[2].startswith(yuan(c[1]))]
    check(cells and not bad, f"{name}: {len(cells)} amounts shown in 万元 = the exact yuan rounded, exact on hover {bad[:3]}")
    return cells


def table_rows(drv, index):
    return drv.execute_script("""
      const t = document.querySelectorAll('main table')[arguments[0]];
      return Array.from(t.querySelectorAll('tbody tr')).map(tr => Array.from(tr.children).map(
        td => td.dataset.yuan !== undefined ? td.dataset.yuan : td.textContent));""", index)


def allocations_by_hand(as_of):
    """Net allocations per (earmark, town) from the example's allocations.csv, its amounts in 万."""
    import csv
    sums = {}
    with open(os.path.join(EX, "allocations.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["date"] <= as_of:
                key = (row["earmark"], row["town"] or None)
                sums[key] = sums.get(key, 0) + int(Decimal(row["amount"].rstrip("万")) * 10000 * 100)
    return sums


def check_allocations(db):
    """report allocations against the input file, and its edges against its own rows — both by hand."""
    for as_of in ("2017-02-28", "2017-03-01", AS_OF):
        got = cli_json(db, "report", "allocations", "--as-of", as_of)
        rows = {(r["earmark"], r["town"]): int(Decimal(r["allocated"]) * 100) for r in got["rows"]}
        edges = {}
        for r in got["rows"]:
            for k in (("category:" + r["category"], "earmark:" + r["earmark"]), ("earmark:" + r["earmark"], "town:" + (r["town"] or ""))):
                edges[k] = edges.get(k, 0) + int(Decimal(r["allocated"]) * 100)
        check(rows == allocations_by_hand(as_of), f"report allocations --as-of {as_of} = allocations.csv summed by hand")
        check({(e["from"], e["to"]): int(Decimal(e["allocated"]) * 100) for e in got["edges"]} == edges,
              f"report allocations --as-of {as_of}: each edge is its rows' sum")


def check_api_is_cli(srv, db, name, query, args):
    status, body, _ = http(srv.url + "api/" + name + "?" + query)
    ok = status == 200 and json.loads(body) == cli_json(db, *args)
    check(ok, f"/api/{name}?{query} is exactly `{' '.join(args)} --format json`")


def pages(drv, srv, db):
    q = f"?as_of={AS_OF}"
    open_page(drv, srv.url + "sources" + q, "sources")
    canvases_drawn(drv, "sources", 2)
    money_cells(drv, "sources")
    cats = cli_json(db, "balance", "--by", "category", "--as-of", AS_OF)
    want = [[r["name"], r["amount"], r["allocated"], r["unallocated"], r["disbursed"]] for r in cats["rows"]]
    want.append(["合计", *(cats["total"][k] for k in ("amount", "allocated", "unallocated", "disbursed"))])
    check(table_rows(drv, 0) == want, "sources: the category table is balance --by category to the fen")
    head = cli_json(db, "report", "sources", "--month", "2017-12")["ledger_check"]["head"]
    shown = drv.find_element(By.ID, "head").get_attribute("data-head")
    check(shown == head, f"sources: the footer shows the chain head {head[:16]}")

    open_page(drv, srv.url + "flows" + q, "flows")
    canvases_drawn(drv, "flows", 1)
    money_cells(drv, "flows")
    alloc = cli_json(db, "report", "allocations", "--as-of", AS_OF)
    want = [[r["category"], r["earmark"], r["earmark_name"] or "", r["town"] or "（未指定乡镇）", r["allocated"]] for r in alloc["rows"]]
    check(table_rows(drv, 0)[:-1] == want and table_rows(drv, 0)[-1][-1] == alloc["total"]["allocated"],
          f"flows: the table is report allocations ({len(want)} rows, {alloc['total']['allocated']})")

    open_page(drv, srv.url + "progress" + q, "progress")
    canvases_drawn(drv, "progress", 2)
    money_cells(drv, "progress")
    prog = cli_json(db, "report", "progress", "--by", "town", "--as-of", AS_OF)
    got = table_rows(drv, 0)
    check([r[3] for r in got[:-1]] == [r["paid"] for r in prog["rows"]] and got[-1][3] == prog["total"]["paid"],
          "progress: paid by town is report progress --by town to the fen")

    open_page(drv, srv.url + "ranking" + q, "ranking")
    canvases_drawn(drv, "ranking", 2)
    towns = cli_json(db, "report", "towns", "--month", "2017-12")
    ranked = sorted((r for r in towns["rows"] if r["rank"] is not None), key=lambda r: r["rank"])
    got = table_rows(drv, 0)
    check([(r[0], r[2]) for r in got] == [(r["town"], r["paid"]) for r in ranked], "ranking: towns in rank order with their paid")
    warn = cli_json(db, "warnings", "--as-of", AS_OF)["warnings"]
    open_red = sum(1 for w in warn if w["level"] == "red" and w["status"] in ("open", "suspected", "violation", "rectified"))
    open_yellow = sum(1 for w in warn if w["level"] == "yellow" and w["status"] in ("open", "suspected", "violation", "rectified"))
    check(open_yellow > 0 and table_rows(drv, 1)[0] == ["红色", str(open_red)] and table_rows(drv, 1)[2] == ["黄色", str(open_yellow)],
          f"ranking: {open_red} open red and {open_yellow} open yellow warnings, counted from the CLI's whole list")

    open_page(drv, srv.url + "town" + q + "&town=" + urllib.parse.quote("大荆镇"), "town")
    canvases_drawn(drv, "town", 1)
    money_cells(drv, "town")
    pays = cli_json(db, "payments", "--town", "大荆镇", "--as-of", AS_OF)
    got = table_rows(drv, 3)
    check([r[-1] for r in got[:-1]] == [r["amount"] for r in pays["rows"]] and got[-1][-1] == pays["total"]["amount"],
          f"town: its {len(pays['rows'])} payments and total {pays['total']['amount']} as payments --town lists them")
    half = [c for c in money_cells(drv, "town") if c[1] == "50.00"]
    check(half and half[0][0] == "0.01", "town: 50.00 yuan (0.005 万元) is shown as 0.01, half away from zero")
    pwned = drv.execute_script("return window.__pwned === undefined ? null : window.__pwned")
    check(pwned is None, "town: a payee named <script>… ran nothing")
    check(PAYLOAD in [r[4] for r in got], "town: the payee's name is shown as the text it is")

    open_page(drv, srv.url + "search" + q + "&q=FP2017-D002", "search")
    money_cells(drv, "search")
    tr = cli_json(db, "trace", "--voucher", "FP2017-D002")
    check(table_rows(drv, 0)[0][-1] == tr["amount"], f"search: the trace of FP2017-D002 shows {tr['amount']}")
    open_page(drv, srv.url + "search" + q + "&q=" + urllib.parse.quote("商财发〔2017〕6号"), "search-source")
    check(len(table_rows(drv, 0)) == len(cli_json(db, "trace", "--source", "商财发〔2017〕6号")["allocated"]),
          "search: a document number shows where its money went")
    open_page(drv, srv.url + "?as_of=2017-12-31&lang=en", "sources-en")
    check(drv.find_element(By.CSS_SELECTOR, "nav a.on").text == "Sources" and drv.current_url.endswith("/sources?as_of=2017-12-31&lang=en"),
          "/?lang=en: leads to the first page, in English")


def kept_answers(srv, db):
    """An answer is computed once per chain head: asked again, the same bytes, kept."""
    url = srv.url + "api/allocations?as_of=2017-06-30"
    first = http(url)
    second = http(url)
    check(first[0] == 200 and first[2].get("X-Fundledger-Answer") == "computed", "a new question is computed")
    check(second[2].get("X-Fundledger-Answer") == "kept" and second[1] == first[1]
          and json.loads(second[1]) == cli_json(db, "report", "allocations", "--as-of", "2017-06-30"),
          "the same question under the same chain head is answered from what was kept, the CLI's bytes")


def attacks(srv, db):
    for path in ("/../ledger.db", "/assets/../ledger.db", "/%2e%2e/ledger.db", "/assets/%2e%2e%2fledger.db",
                 "/assets/..%2f..%2fledger.db", "/assets/page.html", "/" + os.path.basename(db), "/assets/",
                 "/api/import?kind=sources"):
        status, body, _ = http(srv.url.rstrip("/") + path)
        check(status in (400, 404) and b"SQLite format" not in body, f"GET {path} -> {status}, no ledger bytes")
    for method in ("POST", "PUT", "DELETE"):
        status, _, _ = http(srv.url + "api/balance?by=town", method=method)
        check(status == 405, f"{method} /api/balance -> 405 (read-only)")
    status, body, _ = http(srv.url + "api/payments?town=" + urllib.parse.quote("--db=/etc/passwd"))
    check(status == 200 and b"root:" not in body and json.loads(body)["rows"] == [],
          "a parameter that looks like an option stays a town's name")
    status, body, _ = http(srv.url + "api/balance?by=town&as_of=" + urllib.parse.quote("2017-12-31 --out=/tmp/x"))
    check(status == 400 and "as_of" in json.loads(body)["error"], "a bad as_of is refused, naming the parameter")
    status, body, _ = http(srv.url + "assets/echarts.min.js")
    with open(os.path.join(ROOT, "web", "vendor", "echarts", "SHA256SUMS"), encoding="utf-8") as f:
        want = f.read().split()[0]
    check(status == 200 and hashlib.sha256(body).hexdigest() == want,
          f"the ECharts served is npm's echarts.min.js (SHA-256 {want[:16]}…, web/vendor/echarts/SHA256SUMS)")
    status, _, headers = http(srv.url + "sources")
    check("script-src 'self'" in headers.get("Content-Security-Policy", ""), "pages forbid inline scripts (CSP)")


def refusals(db):
    """serve's bad options: exit 2, said in Chinese, nothing served, the ledger file as it was."""
    before = hashlib.sha256(open(db, "rb").read()).hexdigest()
    for args, said in ((["--port", "70000"], "70000"), (["--bind", "0.0.0.0", "--token", "short"], "12"),
                       (["--bind", "0.0.0.0", "--port", "0"], "--token")):
        p = subprocess.run([BIN, "--db", db, "serve", *args], capture_output=True, text=True, env=env(), timeout=20)
        check(p.returncode == 2 and said in p.stderr and "错误" in p.stderr and not p.stdout,
              f"serve {' '.join(args)}: exit {p.returncode}: {p.stderr.strip()}")
    check(hashlib.sha256(open(db, "rb").read()).hexdigest() == before, "the refused serves left the ledger unchanged")


def token(db):
    p = subprocess.run([BIN, "--db", db, "serve", "--bind", "0.0.0.0", "--port", "0"], capture_output=True,
                       text=True, env=env(), timeout=20)
    check(p.returncode == 2 and "--token" in p.stderr, f"--bind 0.0.0.0 without --token: exit {p.returncode}: {p.stderr.strip()}")
    srv = Server(db, "--bind", "0.0.0.0", "--token", "s3cret-token-for-test")
    try:
        base = srv.url.replace("0.0.0.0", "127.0.0.1")
        status, _, _ = http(base + "api/head")
        check(status == 401, "without the token: 401")
        status, _, _ = http(base + "api/head?token=wrong-token-for-test!")
        check(status == 401, "with a wrong token: 401")
        status, _, headers = http(base + "sources?token=s3cret-token-for-test")
        check(status == 200 and "HttpOnly" in headers.get("Set-Cookie", ""), "with the token: the page, and a cookie for the rest")
        status, _, _ = http(base + "api/head", headers={"Cookie": "fundledger_token=s3cret-token-for-test"})
        check(status == 200, "the cookie alone lets the page's requests in")
    finally:
        srv.stop()


def readers_during_import(srv, db, tmp):
    more = os.path.join(tmp, "more.csv")
    with open(more, "w", encoding="utf-8") as f:
        f.write("voucher,date,fiscal_year,earmark,amount,payee_id,payee_name,payee_kind,town,village,project,source_doc,note\n")
        for i in range(1, 3001):
            f.write(f"FP2017-M{i:04d},2017-12-2{i % 8},2017,MEDICAL-AID,1.00,SZ-001,李建华,household,大荆镇,南村,大病救助,,\n")
    imp = subprocess.Popen([BIN, "--db", db, "import", "disbursements", more], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, env=env())
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: http(srv.url + "api/balance?by=town&as_of=2017-12-31")[0], range(40)))
    out, err = imp.communicate(timeout=120)
    check(all(s == 200 for s in results), f"40 readers at once while an import ran: {sorted(set(results))}")
    check(imp.returncode == 0, f"the import meanwhile finished: {err.strip() or out.strip()}")
    # The import moved the chain head: the kept answer is dropped and the next one is the ledger as it is now.
    url = srv.url + "api/balance?by=town&as_of=2017-12-31"
    status, body, headers = http(url)
    check(status == 200 and headers.get("X-Fundledger-Answer") == "computed"
          and json.loads(body) == cli_json(db, "balance", "--by", "town", "--as-of", AS_OF),
          "after the import the answer is computed again and shows the 3,000 new payments")
    status, body2, headers = http(url)
    check(headers.get("X-Fundledger-Answer") == "kept" and body2 == body, "asked again, the same bytes are kept")


def main():
    for tool in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
        if not os.path.exists(tool):
            print(f"FAIL {tool} is missing (scripts/setup.sh installs it)")
            return 1
    tmp = tempfile.mkdtemp(prefix="fl-dash-")
    db = os.path.join(tmp, "ledger.db")
    load(db, tmp)
    cli(db, "verify")
    before = hashlib.sha256(open(db, "rb").read()).hexdigest()
    srv = Server(db)
    drv = None
    try:
        for name, query, args in (
                ("balance", "by=category&as_of=2017-12-31", ["balance", "--by", "category", "--as-of", AS_OF]),
                ("allocations", "as_of=2017-12-31", ["report", "allocations", "--as-of", AS_OF]),
                ("progress", "by=town&as_of=2017-12-31", ["report", "progress", "--by", "town", "--as-of", AS_OF]),
                ("towns", "as_of=2017-12-31", ["report", "towns", "--month", "2017-12"]),
                ("trace", "voucher=FP2017-D002", ["trace", "--voucher", "FP2017-D002"]),
                ("warnings", "as_of=2017-12-31", ["warnings", "--open", "--limit", "200", "--as-of", AS_OF]),
                ("balance", "by=town&lang=en", ["balance", "--by", "town", "--lang", "en"])):
            check_api_is_cli(srv, db, name, query, args)
        check_allocations(db)
        drv = browser()
        pages(drv, srv, db)
        attacks(srv, db)
        kept_answers(srv, db)
        check(hashlib.sha256(open(db, "rb").read()).hexdigest() == before, "the ledger file is unchanged by serving")
        readers_during_import(srv, db, tmp)
        refusals(db)
        token(db)
    finally:
        if drv:
            drv.quit()
        code = srv.stop()
        check(code == 0, f"serve stops on SIGTERM with exit 0 (got {code})")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FAILS)} failed" if FAILS else "all passed")
    return 1 if FAILS else 0


if __name__ == "__main__":
    sys.exit(main())
