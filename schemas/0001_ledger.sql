-- fundledger schema, version 1: the fund-flow ledger.
-- Money is INTEGER fen. Dates are TEXT 'YYYY-MM-DD'. Every journal table is append-only
-- (triggers below) and every row belongs to one hash-chained entry.

CREATE TABLE category (
  code     TEXT PRIMARY KEY,
  name_zh  TEXT NOT NULL,
  name_en  TEXT NOT NULL,
  seq      INTEGER NOT NULL
) STRICT;

INSERT INTO category (code, name_zh, name_en, seq) VALUES
  ('central_provincial', '中省财政专项扶贫资金', 'Central and provincial poverty funds', 1),
  ('upper_other',        '上级其他补助',         'Other upper-level grants',            2),
  ('county_self',        '县(区)级财政自筹',     'County own funds',                    3),
  ('sector_integrated',  '整合涉农(行业)资金',   'Integrated sector funds',             4),
  ('policy_loan',        '政策性金融扶贫贷款',   'Policy-bank poverty loans',           5),
  ('microcredit',        '扶贫小额信贷',         'Poverty micro-credit ("5321")',       6),
  ('social',             '社会帮扶资金',         'Social assistance funds',             7),
  ('mutual_aid',         '扶贫互助资金',         'Mutual-aid funds',                    8);

-- One row per import run: which file (and its SHA-256) the entries came from, and who ran it.
CREATE TABLE import_batch (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  file_name       TEXT NOT NULL,
  file_sha256     TEXT NOT NULL,
  operator        TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  override_reason TEXT
) STRICT;

-- The journal: one entry per recorded fact, chained by SHA-256 (hash = H(prev_hash || canonical)).
CREATE TABLE entry (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  key             TEXT NOT NULL,
  effective_date  TEXT NOT NULL,
  recorded_at     TEXT NOT NULL,
  operator        TEXT NOT NULL,
  import_id       INTEGER NOT NULL REFERENCES import_batch(id),
  override_reason TEXT,
  prev_hash       BLOB NOT NULL,
  hash            BLOB NOT NULL
) STRICT;

-- 资金来源: a funding document.
CREATE TABLE source (
  entry_id      INTEGER PRIMARY KEY REFERENCES entry(id),
  doc_no        TEXT NOT NULL UNIQUE,
  fiscal_year   INTEGER NOT NULL,
  category      TEXT NOT NULL REFERENCES category(code),
  name          TEXT NOT NULL,
  amount        INTEGER NOT NULL CHECK (amount > 0),
  received_on   TEXT NOT NULL,
  level         TEXT,
  restricted_to TEXT,
  note          TEXT
) STRICT;

-- 建档立卡户 register (registered = 1) and other households.
CREATE TABLE household (
  entry_id      INTEGER PRIMARY KEY REFERENCES entry(id),
  household_id  TEXT NOT NULL UNIQUE,
  head_name     TEXT NOT NULL,
  id_number     TEXT,
  town          TEXT NOT NULL,
  village       TEXT NOT NULL,
  members       INTEGER,
  registered    INTEGER NOT NULL CHECK (registered IN (0, 1)),
  poverty_cause TEXT
) STRICT;

-- 预算: a fiscal year's plan; a later revision of the same year supersedes the earlier one.
CREATE TABLE budget (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry(id),
  fiscal_year INTEGER NOT NULL,
  revision    INTEGER NOT NULL,
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  total       INTEGER NOT NULL,
  funded_by   TEXT NOT NULL REFERENCES category(code),
  doc_no      TEXT,
  reason      TEXT,
  attribution TEXT NOT NULL CHECK (attribution IN ('fifo', 'pro_rata')),
  UNIQUE (fiscal_year, revision)
) STRICT;

-- 预算专项用途: the earmark lines of one budget revision.
CREATE TABLE budget_line (
  entry_id    INTEGER NOT NULL REFERENCES entry(id),
  seq         INTEGER NOT NULL,
  fiscal_year INTEGER NOT NULL,
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  amount      INTEGER NOT NULL,
  purpose     TEXT,
  remainder   INTEGER NOT NULL CHECK (remainder IN (0, 1)),
  attribution TEXT,
  PRIMARY KEY (entry_id, seq)
) STRICT;

-- 分配/指标下达: source -> earmark.
CREATE TABLE allocation (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry(id),
  voucher     TEXT NOT NULL UNIQUE,
  date        TEXT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  source_doc  TEXT NOT NULL,
  earmark     TEXT NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount > 0),
  town        TEXT,
  project     TEXT,
  note        TEXT
) STRICT;

-- 支付/拨付: earmark -> payee.
CREATE TABLE disbursement (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry(id),
  voucher     TEXT NOT NULL UNIQUE,
  date        TEXT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  earmark     TEXT NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount > 0),
  payee_id    TEXT NOT NULL,
  payee_name  TEXT NOT NULL,
  payee_kind  TEXT NOT NULL,
  town        TEXT,
  village     TEXT,
  project     TEXT,
  source_doc  TEXT,
  note        TEXT
) STRICT;

-- Corrections: 冲销 reversal, 收回 recovery, 调剂 transfer. Each names what it corrects and why.
CREATE TABLE correction (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry(id),
  voucher     TEXT NOT NULL UNIQUE,
  date        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('reversal', 'recovery', 'transfer')),
  target      TEXT NOT NULL,
  amount      INTEGER NOT NULL,
  to_earmark  TEXT,
  reason      TEXT NOT NULL
) STRICT;

-- Money movements at the level of lots (one lot = the money one allocation brought into an
-- earmark). kind 'alloc' adds to (or, negative, takes from) a lot; kind 'pay' spends from it
-- (negative: gives back). This is the stored attribution: every payment's flows name the
-- sources that paid it, to the fen.
CREATE TABLE flow (
  entry_id    INTEGER NOT NULL REFERENCES entry(id),
  seq         INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('alloc', 'pay')),
  voucher     TEXT NOT NULL,
  date        TEXT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  earmark     TEXT NOT NULL,
  lot         TEXT NOT NULL,
  lot_date    TEXT NOT NULL,
  source_doc  TEXT NOT NULL,
  amount      INTEGER NOT NULL,
  town        TEXT,
  village     TEXT,
  project     TEXT,
  payee_id    TEXT,
  PRIMARY KEY (entry_id, seq)
) STRICT;

CREATE INDEX flow_earmark ON flow (fiscal_year, earmark, lot);
CREATE INDEX flow_source ON flow (source_doc);
CREATE INDEX flow_voucher ON flow (voucher);
CREATE INDEX allocation_source ON allocation (source_doc);
CREATE INDEX budget_line_code ON budget_line (fiscal_year, code);

-- Append-only: history is corrected by new entries, never edited.
CREATE TRIGGER import_batch_no_update BEFORE UPDATE ON import_batch BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (import_batch)'); END;
CREATE TRIGGER import_batch_no_delete BEFORE DELETE ON import_batch BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (import_batch)'); END;
CREATE TRIGGER entry_no_update BEFORE UPDATE ON entry BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (entry)'); END;
CREATE TRIGGER entry_no_delete BEFORE DELETE ON entry BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (entry)'); END;
CREATE TRIGGER source_no_update BEFORE UPDATE ON source BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (source)'); END;
CREATE TRIGGER source_no_delete BEFORE DELETE ON source BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (source)'); END;
CREATE TRIGGER household_no_update BEFORE UPDATE ON household BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (household)'); END;
CREATE TRIGGER household_no_delete BEFORE DELETE ON household BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (household)'); END;
CREATE TRIGGER budget_no_update BEFORE UPDATE ON budget BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (budget)'); END;
CREATE TRIGGER budget_no_delete BEFORE DELETE ON budget BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (budget)'); END;
CREATE TRIGGER budget_line_no_update BEFORE UPDATE ON budget_line BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (budget_line)'); END;
CREATE TRIGGER budget_line_no_delete BEFORE DELETE ON budget_line BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (budget_line)'); END;
CREATE TRIGGER allocation_no_update BEFORE UPDATE ON allocation BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (allocation)'); END;
CREATE TRIGGER allocation_no_delete BEFORE DELETE ON allocation BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (allocation)'); END;
CREATE TRIGGER disbursement_no_update BEFORE UPDATE ON disbursement BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (disbursement)'); END;
CREATE TRIGGER disbursement_no_delete BEFORE DELETE ON disbursement BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (disbursement)'); END;
CREATE TRIGGER correction_no_update BEFORE UPDATE ON correction BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (correction)'); END;
CREATE TRIGGER correction_no_delete BEFORE DELETE ON correction BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (correction)'); END;
CREATE TRIGGER flow_no_update BEFORE UPDATE ON flow BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (flow)'); END;
CREATE TRIGGER flow_no_delete BEFORE DELETE ON flow BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (flow)'); END;
