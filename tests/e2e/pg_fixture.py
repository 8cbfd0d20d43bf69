"""The throw-away PostgreSQL cluster of the CTest fixture `pg` (scripts/pg_cluster.sh), for tests/e2e/test_pg_*.py.

CTest starts it once (test pg:start) before every test that requires it and stops it after the last
(pg:stop); tests/CMakeLists.txt gives each test whose name starts with test_pg_ the fixture, the
label `pg` and FUNDLEDGER_PG_DIR (the cluster's folder, holding `uri`). The tests share one database
(`fundledger`) and may run at the same time: each uses county schemas of its own (fresh_county).

Run by hand: scripts/pg_cluster.sh start build/pg, then FUNDLEDGER_PG_DIR=build/pg
/usr/bin/python3 tests/e2e/test_pg_....py BINARY ROOT (or ctest -R test_pg_..., which starts it).
"""
import os
import subprocess
import sys

PSQL = "/usr/bin/psql"


def uri():
    """The cluster's connection URI (postgresql://fundledger@127.0.0.1:PORT/fundledger); exit 77
    (CTest: Skipped) when there is no cluster."""
    folder = os.environ.get("FUNDLEDGER_PG_DIR")
    path = os.path.join(folder, "uri") if folder else None
    if not path or not os.path.exists(path):
        print(f"pg_fixture: no PostgreSQL cluster ({path or 'FUNDLEDGER_PG_DIR not set'}); "
              "see scripts/pg_cluster.sh", file=sys.stderr)
        sys.exit(77)
    with open(path, encoding="utf-8") as f:
        return f.read().strip()


def psql(sql, schema=None, check=True, single_transaction=False):
    """Runs SQL (one or more statements, or a file's text) with psql, stopping at the first error.
    schema: the search_path. Returns the CompletedProcess (stdout: unaligned, tuples only, '|'
    between columns); check: raise with psql's message when it fails."""
    env = dict(os.environ, PGOPTIONS=f"-c search_path={schema}" if schema else "", PGCONNECT_TIMEOUT="10")
    cmd = [PSQL, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", uri()]
    if single_transaction:
        cmd.append("--single-transaction")
    r = subprocess.run(cmd, input=sql, capture_output=True, text=True, env=env, timeout=300)
    if check and r.returncode != 0:
        raise RuntimeError(f"psql failed ({r.returncode}): {r.stderr.strip()}\n--- SQL:\n{sql[:2000]}")
    return r


def fresh_county(code):
    """Drops the schema county_CODE and everything in it, if it exists; returns its name."""
    schema = f"county_{code}"
    psql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    return schema


def cli_env():
    """The environment of a fundledger run in these tests: a fixed clock and operator, Chinese, and
    no ledger or county from the caller's environment."""
    env = dict(os.environ, FUNDLEDGER_NOW="2026-11-29T09:00:00Z", USER="clerk", FUNDLEDGER_LANG="zh")
    env.pop("FUNDLEDGER_DB", None)
    env.pop("FUNDLEDGER_COUNTY", None)
    return env


def fundledger(binary, db, county, *args, cwd=None):
    """Runs the binary on a ledger (a SQLite path, or the server's URI and a county)."""
    cmd = [binary, "--db", db] + (["--county", county] if county else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, env=cli_env(), cwd=cwd, timeout=600)
