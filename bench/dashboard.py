"""The dashboard's pages timed as a browser loads them (issue 20): `fundledger serve` on the bench's
ledger, and for each page all its /api/ requests at once (the page sends them together), the wall
time until the last answer. Two rows per page: the first look (its answers computed, or waited for
while the server's warm-up computes them) and a later look (answers kept under the unchanged chain
head: the median of three). Each answer must be 200 and JSON. Read by bench/run.py."""
import concurrent.futures
import json
import statistics
import subprocess
import time
import urllib.parse
import urllib.request

# page -> its /api/ requests (web/static/app.js), as-of added by the caller
PAGES = {
    "资金来源图 /sources": ["balance?by=category", "balance?by=source", "execution", "head"],
    "分配使用图 /flows": ["allocations", "head"],
    "进度图 /progress": ["progress?by=town", "progress?by=earmark", "head"],
    "排名预警图 /ranking": ["towns", "warnings", "head"],
    "乡镇 /town": ["balance?by=town", "balance?by=village", "projects", "payments?town={town}", "head"],
    "查询追溯 /search": ["trace?voucher={voucher}", "head"],
}


def fetch(url):
    with urllib.request.urlopen(url, timeout=600) as r:
        body = r.read()
        if r.status != 200:
            raise RuntimeError(f"{url}: {r.status}")
        json.loads(body)
        return len(body)


def time_pages(bench, db, as_of, town, voucher):
    proc = subprocess.Popen(bench.fl(db, "serve", "--port", "0"), stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        base = line[line.index("http://"):].split()[0].split("（")[0]
        base = base[:base.rindex("/") + 1]
        for page, calls in PAGES.items():
            urls = []
            for c in calls:
                c = c.format(town=urllib.parse.quote(town), voucher=urllib.parse.quote(voucher))
                urls.append(base + "api/" + c + ("&" if "?" in c else "?") + "as_of=" + as_of)
            def load():
                t0 = time.monotonic()
                with concurrent.futures.ThreadPoolExecutor(len(urls)) as pool:
                    list(pool.map(fetch, urls))
                return time.monotonic() - t0
            first = load()
            later = [load() for _ in range(3)]
            for what, walls in (("first look", [first]), ("later look, answers kept", later)):
                row = ("fundledger serve", f"page {page}: {what} ({len(urls)} /api/ requests at once)",
                       statistics.median(walls), min(walls), None, None)
                bench.rows.append(row)
                print(f"  {row[0]:<10} {row[1]:<44} {row[2]:9.3f} s", flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
