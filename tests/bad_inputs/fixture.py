"""Shared helpers of the reliability suites (tests/e2e/test_{bad_inputs,crash,concurrency,tamper,
readonly,sql_injection}.py): a ledger with the shangzhou-2017 example loaded, the binary run with a
pinned clock, and a digest of the ledger files to prove that nothing was written."""
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys

NOW = "2026-01-01T00:00:00Z"
EXAMPLE_IMPORTS = [("sources", "sources.csv"), ("households", "households.csv"), ("budget", "budget.toml"),
                   ("allocations", "allocations.csv"), ("disbursements", "disbursements.csv")]


class Failures:
    """Collects failed checks; the suite exits 1 if there is any (tests must be able to fail)."""

    def __init__(self, name):
        self.name, self.items, self.checks = name, [], 0

    def check(self, cond, what):
        self.checks += 1
        if not cond:
            self.items.append(what)
            print(f"FAIL: {what}", file=sys.stderr)
        return cond

    def finish(self):
        # "FIGURE ..." lines are collected by scripts/test.sh into CI's output; docs/reliability.md
        # quotes them from there.
        print(f"FIGURE {self.name}: {self.checks} checks, {len(self.items)} failed")
        sys.exit(1 if self.items or self.checks == 0 else 0)


def env(extra=None):
    e = dict(os.environ)
    e.pop("FUNDLEDGER_DB", None)
    e.pop("FUNDLEDGER_READONLY", None)
    e.pop("FUNDLEDGER_FAULT", None)
    e["FUNDLEDGER_NOW"] = NOW
    # These tests check behaviour and read the English messages; the language tests
    # (test_language.py, engine/text/tests) check both languages.
    e.setdefault("FUNDLEDGER_LANG", "en")
    if extra:
        e.update(extra)
    return e


def run(binary, db, *args, extra_env=None, cwd=None, timeout=300):
    return subprocess.run([binary, "--db", db, *args], capture_output=True, text=True, env=env(extra_env),
                          cwd=cwd, timeout=timeout, errors="replace")



def verify_json(binary, db):
    """`verify --format json` on `db`: (exit code, the parsed document, or what could not be parsed)."""
    r = run(binary, db, "--format", "json", "verify")
    try:
        return r.returncode, json.loads(r.stdout)
    except ValueError:
        return r.returncode, {"unparsable": r.stdout, "stderr": r.stderr}

def prepare_ledger(binary, root, db):
    """A fresh ledger at `db` holding examples/shangzhou-2017 (without its rules)."""
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    r = run(binary, db, "init")
    if r.returncode != 0:
        raise SystemExit(f"init failed: {r.stderr}")
    ex = os.path.join(root, "examples", "shangzhou-2017")
    for kind, name in EXAMPLE_IMPORTS:
        r = run(binary, db, "import", kind, os.path.join(ex, name))
        if r.returncode != 0:
            raise SystemExit(f"preparing the ledger: import {kind} failed: {r.stderr}")
    return db


def copy_ledger(src, dst):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(dst + suffix):
            os.remove(dst + suffix)
        if os.path.exists(src + suffix):
            shutil.copyfile(src + suffix, dst + suffix)


def digest(db):
    """sha256 of the ledger file and of its -wal if present: equal digests = nothing written."""
    h = hashlib.sha256()
    for suffix in ("", "-wal"):
        p = db + suffix
        if os.path.exists(p):
            h.update(suffix.encode() + b"\0")
            with open(p, "rb") as f:
                h.update(f.read())
    return h.hexdigest()


def integrity(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def query(db, sql, params=()):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()
