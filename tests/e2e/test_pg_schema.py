#!/usr/bin/python3
"""The PostgreSQL schema (schemas/pg/*.sql, in order) on a real server (CTest fixture `pg`).

* The file runs in one transaction in a county's schema, twice in one database (two counties), and
  a county's tables are its own.
* The same tables and columns, in the same order, as the SQLite schema's final state (the SQLite
  migrations' result, read from the binary's `init`), BIGINT/TEXT COLLATE "C"/BYTEA; meta says
  the newest schema_version.
* Rows go in; the views entry and flow read them as SQLite's do (a payment's prev_hash the hash of
  the entry before it, 32 zero bytes for entry 1; a lean payment's implied flow).
* UPDATE, DELETE and TRUNCATE of every journal table, and a second row of chain_form, are refused
  with "fundledger: the journal is append-only (NAME)", SQLite's names; the running totals are not
  journal and may be rewritten.
* Text orders by bytes (SQLite's BINARY), whatever the database's locale.

usage: test_pg_schema.py BINARY REPO_ROOT
"""
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pg_fixture as pg  # noqa: E402

BIN, ROOT = os.path.abspath(sys.argv[1]), sys.argv[2]
SCHEMA_SQL, FIRST_SQL = "", ""
for name in sorted(n for n in os.listdir(os.path.join(ROOT, "schemas", "pg")) if n.endswith(".sql")):
    with open(os.path.join(ROOT, "schemas", "pg", name), encoding="utf-8") as f:
        text = f.read()
        FIRST_SQL = FIRST_SQL or text  # 0001: a county as schema version 9 made it
        SCHEMA_SQL += text + "\n"
A, B, OLD = "990001", "990002", "990003"  # this test's counties (tests share the database)

# Journal table -> the name in its triggers' message.
JOURNAL = {"import_batch": "import_batch", "entry_row": "entry", "source": "source", "household": "household",
           "budget": "budget", "budget_line": "budget_line", "allocation": "allocation",
           "correction": "correction", "rule": "rule", "loan": "loan", "disbursement": "disbursement",
           "flow_row": "flow", "flow_lot": "flow_lot", "chain_form": "chain_form", "setting": "setting",
           "project": "project", "project_status": "project_status", "contract": "contract",
           "contract_draw": "contract_draw", "contract_end": "contract_end", "target": "target",
           "target_result": "target_result", "asset": "asset", "asset_income": "asset_income",
           "asset_payout": "asset_payout"}
H1, H2, H3 = "'\\x" + "11" * 32 + "'", "'\\x" + "22" * 32 + "'", "'\\x" + "33" * 32 + "'"
ZERO = "'\\x" + "00" * 32 + "'"

# One row in every table (the row triggers fire only on rows): entry 1 a source, 2 a lean payment
# (its flow implied by lot 1), 3 an allocation, then the other kinds.
ROWS = f"""
INSERT INTO import_batch (id, kind, file_name, file_sha256, operator, recorded_at) VALUES
  (1, 'sources', 's.csv', 'ab', '张三', '2024-01-02T03:04:05Z');
INSERT INTO entry_row VALUES (1, 'source', 'DOC-1', '2024-01-01', '2024-01-02T03:04:05Z', '张三', 1, NULL, {ZERO}, {H1});
INSERT INTO source VALUES (1, 'DOC-1', 2024, 'county_self', '县级资金', 100000, '2024-01-01', NULL, NULL, NULL);
INSERT INTO flow_lot (id, fiscal_year, earmark, lot, lot_date, source_doc) VALUES (1, 2024, 'E1', 'A-1', '2024-01-01', 'DOC-1');
INSERT INTO disbursement VALUES (2, 'P-1', '2024-01-05', 2024, 'E1', 500, 'H1', '李四', 'household', '城关镇', '东村',
  NULL, 'DOC-1', NULL, 1, 1, NULL, {H2});
INSERT INTO entry_row VALUES (3, 'allocation', 'A-1', '2024-01-01', '2024-01-02T03:04:05Z', '张三', 1, NULL, {H2}, {H3});
INSERT INTO allocation VALUES (3, 'A-1', '2024-01-01', 2024, 'DOC-1', 'E1', 1000, NULL, NULL, NULL);
INSERT INTO flow_row VALUES (3, 1, 'alloc', 'A-1', '2024-01-01', 2024, 'E1', 'A-1', '2024-01-01', 'DOC-1', 1000,
  NULL, NULL, NULL, NULL);
INSERT INTO entry_row VALUES (4, 'household', 'H1', '2024-01-01', 't', 'op', 1, NULL, {H3}, {H1});
INSERT INTO household VALUES (4, 'H1', '李四', NULL, '城关镇', '东村', 3, 1, NULL);
INSERT INTO entry_row VALUES (5, 'budget', '2024#1', '2024-01-01', 't', 'op', 1, NULL, {H1}, {H2});
INSERT INTO budget VALUES (5, 2024, 1, 'B', '预算', 1000, 'county_self', NULL, NULL, 'fifo');
INSERT INTO budget_line VALUES (5, 1, 2024, 'E1', '产业', 1000, NULL, 0, NULL);
INSERT INTO entry_row VALUES (6, 'correction', 'C-1', '2024-01-06', 't', 'op', 1, NULL, {H2}, {H3});
INSERT INTO correction VALUES (6, 'C-1', '2024-01-06', 'recovery', 'P-1', 100, NULL, '多付');
INSERT INTO entry_row VALUES (7, 'rules', 'r1', '2024-01-01', 't', 'op', 1, NULL, {H3}, {H1});
INSERT INTO rule VALUES (7, 'r1', 1, 'cap', 'error', NULL, NULL, NULL, '{{}}', 'rules.toml');
INSERT INTO entry_row VALUES (8, 'loan', 'L1', '2024-01-01', 't', 'op', 1, NULL, {H1}, {H2});
INSERT INTO loan VALUES (8, 'L1', 1, 'H1', '5321', NULL, 50000, '0.0435', '2024-01-01', 36, NULL, NULL, NULL, NULL);
INSERT INTO entry_row VALUES (9, 'setting', 'unit', '2024-01-01', 't', 'op', 1, NULL, {H2}, {H3});
INSERT INTO setting VALUES (9, 'unit', '商州区扶贫办');
INSERT INTO entry_row VALUES (10, 'project', 'P1', '2024-01-01', 't', 'op', 1, NULL, {H3}, {H1});
INSERT INTO project VALUES (10, 'P1', 1, '茶园', 'industry', NULL, '城关镇', NULL, '农业局', NULL, NULL, NULL,
  100000, NULL, NULL, NULL, NULL, NULL);
INSERT INTO entry_row VALUES (11, 'project_status', 'P1/applied', '2024-01-01', 't', 'op', 1, NULL, {H1}, {H2});
INSERT INTO project_status VALUES (11, 'P1', 'applied', '2024-01-01', NULL, '文1', NULL);
INSERT INTO entry_row VALUES (12, 'contract', 'K1', '2024-01-01', 't', 'op', 1, NULL, {H2}, {H3});
INSERT INTO contract VALUES (12, 'K1', 'P1', 'E', 1000, '2024-01-01', 'E1', 2024);
INSERT INTO entry_row VALUES (13, 'contract_draw', 'P-1', '2024-01-05', 't', 'op', 1, NULL, {H3}, {H1});
INSERT INTO contract_draw VALUES (13, 'P-1', 'K1', 500);
INSERT INTO entry_row VALUES (14, 'contract_end', 'K1/close', '2024-01-06', 't', 'op', 1, NULL, {H1}, {H2});
INSERT INTO contract_end VALUES (14, 'K1', 'close', '2024-01-06', '结算');
INSERT INTO entry_row VALUES (15, 'target', 'P1/C1', '2024-01-01', 't', 'op', 1, NULL, {H2}, {H3});
INSERT INTO target VALUES (15, 'P1', 'C1', 'output', 'quantity', '茶园面积', '亩', '300', '>=');
INSERT INTO entry_row VALUES (16, 'target_result', 'P1/C1/2024-06-30', '2024-06-30', 't', 'op', 1, NULL, {H3}, {H1});
INSERT INTO target_result VALUES (16, 'P1', 'C1', '2024-06-30', '310.5', NULL);
INSERT INTO entry_row VALUES (17, 'asset', 'ZC1', '2024-07-01', 't', 'op', 1, NULL, {H1}, {H2});
INSERT INTO asset VALUES (17, 'ZC1', 'P1', 'operating', '冷库', 400, 'collective', NULL, '2024-07-01', '村委会');
INSERT INTO entry_row VALUES (18, 'asset_income', 'ZC1/R1', '2024-08-01', 't', 'op', 1, NULL, {H2}, {H3});
INSERT INTO asset_income VALUES (18, 'ZC1', '2024-08-01', 100, 'R1', NULL, NULL);
INSERT INTO entry_row VALUES (19, 'asset_payout', 'P-1', '2024-08-02', 't', 'op', 1, NULL, {H3}, {H1});
INSERT INTO asset_payout VALUES (19, 'P-1', 'ZC1', 50);
INSERT INTO agg_earmark_day VALUES (2024, 'E1', '2024-01-05', 0, 500);
"""


def q(sql, schema):
    return pg.psql(sql, schema).stdout.splitlines()


def create_county(code):
    schema = pg.fresh_county(code)
    pg.psql(f"CREATE SCHEMA {schema}")
    pg.psql(SCHEMA_SQL, schema, single_transaction=True)
    return schema


def sqlite_columns():
    """The SQLite final state: every table's and view's columns, from the binary's own `init`."""
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "s.db")
        subprocess.run([BIN, "--db", db, "init"], check=True, capture_output=True)
        con = sqlite3.connect(db)
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
        cols = {t: [(r[1], r[2]) for r in con.execute(f'PRAGMA table_info("{t}")')] for t in names}
        con.close()
    return cols


def check_columns(schema):
    pg_types = {"INTEGER": "bigint", "TEXT": "text", "BLOB": "bytea"}
    rows = q(f"""SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), COALESCE(l.collname, '')
                 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                 LEFT JOIN pg_collation l ON l.oid = a.attcollation
                 WHERE c.relnamespace = '{schema}'::regnamespace AND c.relkind IN ('r', 'v') AND a.attnum > 0
                   AND NOT a.attisdropped ORDER BY c.relname, a.attnum""", None)
    got = {}
    for r in rows:
        table, name, ptype, coll = r.split("|")
        got.setdefault(table, []).append((name, ptype, coll))
    expected = sqlite_columns()
    assert set(got) == set(expected) | {"meta"}, (sorted(got), sorted(expected))
    for table, cols in expected.items():
        assert [g[0] for g in got[table]] == [c[0] for c in cols], (table, got[table], cols)
        for (name, stype), (_, ptype, coll) in zip(cols, got[table]):
            assert not stype or pg_types[stype] == ptype, (table, name, stype, ptype)
            assert ptype != "text" or coll == "C", (table, name, coll)
    assert q("SELECT key, value FROM meta ORDER BY key", schema) == ["application|fundledger", "schema_version|23"]


def check_views(schema):
    entry = q("SELECT id, kind, key, recorded_at, operator, encode(prev_hash, 'hex') FROM entry WHERE id <= 3 ORDER BY id",
              schema)
    assert entry == [f"1|source|DOC-1|2024-01-02T03:04:05Z|张三|{'00' * 32}",
                     f"2|disbursement|P-1|2024-01-02T03:04:05Z|张三|{'11' * 32}",
                     f"3|allocation|A-1|2024-01-02T03:04:05Z|张三|{'22' * 32}"], entry
    assert q("SELECT count(*) FROM entry", schema) == ["19"]
    flow = q("SELECT entry_id, seq, kind, lot, source_doc, amount, town FROM flow ORDER BY entry_id, seq", schema)
    assert flow == ["2|1|pay|A-1|DOC-1|500|城关镇", "3|1|alloc|A-1|DOC-1|1000|"], flow


def check_refusals(schema):
    # Every statement in one psql run (not stopping at errors): one refusal per statement, in order.
    first = dict(r.split("|") for r in q(f"SELECT attrelid::regclass::text, attname FROM pg_attribute "
                                          f"WHERE attrelid::regclass::text IN ({', '.join(repr(t) for t in JOURNAL)}) "
                                          f"AND attnum = 1", schema))
    stmts, expected = [], []
    for table, name in JOURNAL.items():
        col = first[table]
        for sql in (f"UPDATE {table} SET {col} = {col}", f"DELETE FROM {table}", f"TRUNCATE {table} CASCADE"):
            stmts.append(sql + ";")
            expected.append(f"ERROR:  fundledger: the journal is append-only ({name})")
    env = dict(os.environ, PGOPTIONS=f"-c search_path={schema}")
    r = subprocess.run([pg.PSQL, "-X", "-q", "-f", "-", pg.uri()], input="\n".join(stmts), capture_output=True,
                       text=True, env=env, timeout=300)
    got = {}  # statement line -> error ("psql:<stdin>:LINE: ERROR:  ...")
    for line in r.stderr.splitlines():
        if m := re.match(r"psql:<stdin>:(\d+): (ERROR:.*)", line):
            got[int(m.group(1))] = m.group(2)
    for n, (sql, want) in enumerate(zip(stmts, expected), 1):
        assert got.get(n) == want, (sql, got.get(n), r.stderr[-2000:])
    r = pg.psql("INSERT INTO chain_form VALUES (2, 2)", schema, check=False)
    assert r.returncode != 0 and "append-only (chain_form)" in r.stderr, r.stderr
    assert q("SELECT provenance_from, import_from FROM chain_form", schema) == ["1|1"]
    # Not journal: the running totals and meta are rewritten by the program.
    pg.psql("UPDATE agg_earmark_day SET pay = pay + 1; DELETE FROM agg_earmark_day; TRUNCATE agg_source_day", schema)


def check_ids_and_order(schema):
    # import_batch.id is given by the program as the largest + 1 (SQLite's rowid rule): no sequence,
    # so an id taken by a transaction that rolled back is given again, as in SQLite.
    add = ("INSERT INTO import_batch (id, kind, file_name, file_sha256, operator, recorded_at) "
           "VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM import_batch), 'x', 'x', 'x', 'x', 'x') RETURNING id")
    before = q("SELECT COALESCE(MAX(id), 0) FROM import_batch", schema)
    pg.psql(f"BEGIN; {add}; ROLLBACK", schema)
    got = q(add, schema)
    assert got == [str(int(before[0]) + 1)], (before, got)
    r = pg.psql("INSERT INTO import_batch (kind, file_name, file_sha256, operator, recorded_at) "
                "VALUES ('x', 'x', 'x', 'x', 'x')", schema, check=False)
    assert r.returncode != 0 and "null value in column \"id\"" in r.stderr, r.stderr
    # Text columns order by bytes, as SQLite's BINARY ('B' < 'a' < 'é' < '东' < '中'), not by the locale.
    words = ["b", "B", "a", "中", "Z", "z", "é", "东村", "", "10", "9", "a b", "ab"]
    values = ", ".join(f"(2024, '{w}', '2024-01-01', 0, 0)" for w in words)
    pg.psql(f"INSERT INTO agg_earmark_day VALUES {values}", schema)
    got = q("SELECT earmark FROM agg_earmark_day ORDER BY earmark", schema)
    assert got == sorted(words, key=lambda w: w.encode()), got
    assert q("SELECT min(earmark) || '|' || max(earmark) FROM agg_earmark_day WHERE earmark > 'Z'", schema) == ["a|中"]


def check_migration():
    """A county made by schema version 9 (0001 alone) is brought to the current version the first
    time the program opens it; its entries and chain are kept."""
    schema = pg.fresh_county(OLD)
    pg.psql(f"CREATE SCHEMA {schema}")
    pg.psql(FIRST_SQL, schema, single_transaction=True)
    assert q("SELECT value FROM meta WHERE key = 'schema_version'", schema) == ["9"]
    env = pg.cli_env()
    r = subprocess.run([BIN, "--db", pg.uri(), "--county", OLD, "verify"], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert q("SELECT value FROM meta WHERE key = 'schema_version'", schema) == ["23"]
    assert q("SELECT count(*) FROM project", schema) == ["0"]
    assert q("SELECT count(*) FROM asset", schema) == ["0"]
    pg.fresh_county(OLD)


def main():
    pg.uri()  # exit 77 without a cluster
    a, b = create_county(A), create_county(B)
    check_columns(a)
    pg.psql(ROWS, a, single_transaction=True)
    pg.psql(ROWS.replace("张三", "王五"), b, single_transaction=True)
    assert q("SELECT operator FROM import_batch", b) == ["王五"]
    check_views(a)
    check_refusals(a)
    check_ids_and_order(a)
    assert q("SELECT count(*) FROM import_batch", b) == ["1"]  # the other county untouched
    # The file cannot run twice in one schema (it makes, never alters).
    assert pg.psql(SCHEMA_SQL, b, check=False, single_transaction=True).returncode != 0
    pg.fresh_county(A)
    pg.fresh_county(B)
    check_migration()
    print("test_pg_schema: ok")


if __name__ == "__main__":
    main()
