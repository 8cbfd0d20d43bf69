#!/usr/bin/python3
"""Many clerks on one PostgreSQL server (issue 14): counties, locks, copies and faults.

* Counties: two counties in one database each keep their own chain; a verb without --county, with
  a county that is not there, or with a malformed code is refused (exit 2) naming what to do.
* One writer per county: while another session holds the county's write lock, an import waits
  5 s and then fails with exit 3 "账本正忙", nothing recorded; an import into another county at the
  same moment lands at once. Two imports started together into one county both land, one after
  the other, and the chain verifies.
* copy: a county's SQLite ledger onto the server verifies to the same head and shows the same
  balance; copied again it reports "already" and changes nothing; into a county holding other
  entries it is refused (exit 2).
* Roll-up: balance --by county --counties 61910* has one row per county, each equal to that county's
  own total to the fen, and their sum as total; verify --counties checks each chosen chain.
* Faults: a server that is not there (as a URI, and as a libpq key=value string), and a URI with a
  password: exit 3, the password never shown. A file path holding "host=" is a file.
  A connection killed in the middle of an import (pg_terminate_backend): exit 3, nothing recorded.

usage: test_pg_clerks.py BINARY REPO_ROOT
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal

ROOT = sys.argv[2]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pg_fixture as pg  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
ENV = pg.cli_env()
EX = os.path.join(ROOT, "examples", "shangzhou-2017")
A, B, C = "619101", "619102", "619103"


def fl(db, county, *args, cwd=None):
    return pg.fundledger(BIN, db, county, *args, cwd=cwd)


def entries(uri, county):
    r = fl(uri, county, "--format", "json", "verify")
    assert r.returncode == 0, r.stdout + r.stderr
    return json.loads(r.stdout)


def households_file(tmp, name, first, count):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("household_id,head_name,town,village,registered\n")
        for i in range(first, first + count):
            f.write(f"H{i:07d},户主{i},大荆镇,南村,yes\n")
    return path


def check_counties(uri):
    for c in (A, B):
        pg.fresh_county(c)
        r = fl(uri, c, "init")
        assert r.returncode == 0, r.stderr
    assert fl(uri, A, "import", "households", os.path.join(EX, "households.csv")).returncode == 0
    assert entries(uri, A)["entries"] == 15 and entries(uri, B)["entries"] == 0
    r = fl(uri, None, "balance", "--by", "town")
    assert r.returncode == 2 and "--county" in r.stderr, r.stderr
    r = fl(uri, "619199", "balance", "--by", "town")
    assert r.returncode == 2 and "619199" in r.stderr and "init" in r.stderr, r.stderr
    r = fl(uri, "61;DROP", "balance", "--by", "town")
    assert r.returncode == 2 and "61;DROP" in r.stderr, r.stderr
    r = fl(uri, A, "init")
    assert r.returncode == 2 and "已存在" in r.stderr, r.stderr


def hold_lock(county, seconds):
    """A session holding the county's write lock for `seconds` (psql in the background)."""
    sql = (f"BEGIN; LOCK TABLE county_{county}.import_batch IN EXCLUSIVE MODE; "
           f"SELECT pg_sleep({seconds}); COMMIT;")
    return subprocess.Popen([pg.PSQL, "-X", "-q", pg.uri(), "-c", sql], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def check_one_writer_per_county(uri, tmp):
    before = entries(uri, A)["entries"]
    holder = hold_lock(A, 9)
    time.sleep(1.0)
    t0 = time.monotonic()
    r = fl(uri, A, "import", "households", households_file(tmp, "a1.csv", 100, 20))
    waited = time.monotonic() - t0
    assert r.returncode == 3 and "账本正忙" in r.stderr, (r.returncode, r.stderr)
    assert 4.0 <= waited < 9.0, f"waited {waited:.1f} s for the lock (5 s expected)"
    t0 = time.monotonic()
    r = fl(uri, B, "import", "households", households_file(tmp, "b1.csv", 200, 20))
    other = time.monotonic() - t0
    assert r.returncode == 0 and other < 4.0, (r.returncode, other, r.stderr)
    holder.wait(timeout=30)
    assert entries(uri, A)["entries"] == before, "a refused import recorded something"
    # Two imports into one county at once: serialised, both land, the chain verifies.
    files = [households_file(tmp, f"c{i}.csv", 1000 + 500 * i, 300) for i in range(2)]
    results = [None, None]

    def run(i):
        results[i] = fl(uri, A, "import", "households", files[i])

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    assert entries(uri, A)["entries"] == before + 600
    return waited, other


def check_copy(uri, tmp):
    db = os.path.join(tmp, "county.db")
    for args in (["init"], ["import", "households", os.path.join(EX, "households.csv")],
                 ["import", "sources", os.path.join(EX, "sources.csv")],
                 ["import", "budget", os.path.join(EX, "budget.toml")],
                 ["import", "allocations", os.path.join(EX, "allocations.csv")],
                 ["import", "disbursements", os.path.join(EX, "disbursements.csv")]):
        assert fl(db, None, *args).returncode == 0
    pg.fresh_county(C)
    r = fl(uri, C, "copy", "--from", db, "--to", uri)
    assert r.returncode == 0 and "校验通过" in r.stdout, r.stdout + r.stderr
    local, server = entries(db, None), entries(uri, C)
    assert (local["entries"], local["head"]) == (server["entries"], server["head"]), (local, server)
    b1 = fl(db, None, "balance", "--by", "earmark").stdout
    b2 = fl(uri, C, "balance", "--by", "earmark").stdout
    assert b1 == b2 and b1
    r = fl(uri, C, "copy", "--from", db, "--to", uri)
    assert r.returncode == 0 and "未改动" in r.stdout, r.stdout + r.stderr
    before = entries(uri, A)
    r = fl(uri, A, "copy", "--from", db, "--to", uri)
    assert r.returncode == 2 and "拒绝" in r.stderr, r.stderr
    assert entries(uri, A) == before, "a refused copy changed the county's ledger"
    # Back from the server into a new file: the same head again.
    back = os.path.join(tmp, "back.db")
    r = fl(back, None, "copy", "--from", uri, "--from-county", C, "--to", back)
    assert r.returncode == 0, r.stderr
    assert entries(back, None)["head"] == local["head"]


def check_rollup(uri):
    """balance --by county over a city's prefix: one row per county, each its own total by category
    to the fen, the total their sum; verify --counties checks each chain."""
    r = fl(uri, None, "--format", "json", "balance", "--by", "county", "--counties", "61910*")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert [row["key"] for row in got["rows"]] == [A, B, C], got
    sums = {}
    for row in got["rows"]:
        own = json.loads(fl(uri, row["key"], "--format", "json", "balance", "--by", "category").stdout)["total"]
        for column, amount in own.items():
            if column in ("key", "name"):
                continue
            assert row[column] == amount, (row["key"], column, row[column], amount)
            sums[column] = sums.get(column, Decimal(0)) + Decimal(amount)
    for column, total in sums.items():
        assert got["total"][column] == f"{total:.2f}", (column, got["total"][column], total)
    assert sums["amount"] > 0
    r = fl(uri, None, "--format", "json", "verify", "--counties", f"{A},{C}")
    assert r.returncode == 0, r.stdout + r.stderr
    v = json.loads(r.stdout)
    assert v["ok"] and [c["county"] for c in v["counties"]] == [A, C], v
    r = fl(uri, None, "balance", "--by", "county", "--counties", "9999*")
    assert r.returncode == 2 and "9999*" in r.stderr and A in r.stderr, r.stderr
    return got["total"]["amount"]


def check_faults(uri, tmp):
    # A file whose path holds "host=" is a file; a libpq key=value string is a server.
    odd = os.path.join(tmp, "host=1", "dbname=x.db")
    os.makedirs(os.path.dirname(odd))
    r = fl(odd, None, "init")
    assert r.returncode == 0 and os.path.isfile(odd), r.stderr
    r = fl("host=127.0.0.1 port=1 dbname=fundledger user=fundledger", A, "balance", "--by", "town")
    assert r.returncode == 3 and "无法连接数据库服务器" in r.stderr, r.stderr
    r = fl("postgresql://fundledger:s3cret-word@127.0.0.1:1/fundledger", A, "balance", "--by", "town")
    assert r.returncode == 3 and "无法连接数据库服务器" in r.stderr, r.stderr
    assert "s3cret" not in r.stderr + r.stdout, r.stderr
    before = entries(uri, A)["entries"]
    big = households_file(tmp, "big.csv", 100000, 100000)
    proc = subprocess.Popen([BIN, "--db", uri, "--county", A, "import", "households", big], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = False
    for _ in range(200):
        time.sleep(0.05)
        r = pg.psql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    f"WHERE application_name = 'fundledger/{A}' AND query LIKE 'INSERT%' "
                    f"AND state IN ('active', 'idle in transaction')")  # between two pipelined batches
        if "t" in r.stdout.split():
            killed = True
            break
        if proc.poll() is not None:
            break
    out, err = proc.communicate(timeout=120)
    assert killed, f"the import ended before it could be killed: {proc.returncode} {err[:300]}"
    assert proc.returncode == 3, (proc.returncode, err)
    assert "连接" in err and "未改动" in err, err
    assert entries(uri, A)["entries"] == before, "a killed import left rows behind"


def main():
    uri = pg.uri()
    with tempfile.TemporaryDirectory() as tmp:
        check_counties(uri)
        waited, other = check_one_writer_per_county(uri, tmp)
        check_copy(uri, tmp)
        city_total = check_rollup(uri)
        check_faults(uri, tmp)
    print(f"OK: counties apart; a busy county refused after {waited:.1f} s while another imported in "
          f"{other:.1f} s; copy verified both ways; city roll-up {city_total} = the counties' sum; "
          "faults exit 3 with nothing written")


if __name__ == "__main__":
    main()
