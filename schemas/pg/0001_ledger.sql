-- fundledger schema for PostgreSQL 15: the final state of the SQLite migrations 0001..0009
-- (schemas/0001_ledger.sql .. 0009_settings.sql, schema version 9) in one file. Their comments say
-- what each table is; this file says only what differs.
--
-- One database holds many counties, each in its own schema (county_610702, ...). The file is run
-- inside one transaction with search_path set to that county's schema alone: nothing here names a
-- schema, so every table, view, index and function is created there, and two counties coexist.
--
-- Types: money and every other integer are BIGINT (fen); text is TEXT COLLATE "C" (byte order, as
-- SQLite's BINARY collation: ORDER BY, MIN/MAX, comparisons and indexes agree with the SQLite
-- ledger whatever the database's locale); BLOB is BYTEA. Ids are given by the program: the next
-- entry id follows the chain's head, and import_batch.id and flow_lot.id are the table's largest
-- id + 1, spelled out in the INSERT under the write lock (SQLite's rowid rule). Not a sequence:
-- a sequence does not give back the value of a transaction that rolled back, so a failed import
-- would leave a gap, and the import id is hashed into the chain: the two backends would differ.
--
-- Schema version and application: table meta (SQLite keeps them in PRAGMA user_version and
-- application_id).

CREATE TABLE meta (
  key   TEXT COLLATE "C" PRIMARY KEY,
  value TEXT COLLATE "C" NOT NULL
);
INSERT INTO meta (key, value) VALUES ('schema_version', '9'), ('application', 'fundledger');

CREATE TABLE category (
  code     TEXT COLLATE "C" PRIMARY KEY,
  name_zh  TEXT COLLATE "C" NOT NULL,
  name_en  TEXT COLLATE "C" NOT NULL,
  seq      BIGINT NOT NULL
);

INSERT INTO category (code, name_zh, name_en, seq) VALUES
  ('central_provincial', '中省财政专项扶贫资金', 'Central and provincial poverty funds', 1),
  ('upper_other',        '上级其他补助',         'Other upper-level grants',            2),
  ('county_self',        '县(区)级财政自筹',     'County own funds',                    3),
  ('sector_integrated',  '整合涉农(行业)资金',   'Integrated sector funds',             4),
  ('policy_loan',        '政策性金融扶贫贷款',   'Policy-bank poverty loans',           5),
  ('microcredit',        '扶贫小额信贷',         'Poverty micro-credit ("5321")',       6),
  ('social',             '社会帮扶资金',         'Social assistance funds',             7),
  ('mutual_aid',         '扶贫互助资金',         'Mutual-aid funds',                    8);

CREATE TABLE import_batch (
  id              BIGINT PRIMARY KEY,
  kind            TEXT COLLATE "C" NOT NULL,
  file_name       TEXT COLLATE "C" NOT NULL,
  file_sha256     TEXT COLLATE "C" NOT NULL,
  operator        TEXT COLLATE "C" NOT NULL,
  recorded_at     TEXT COLLATE "C" NOT NULL,
  override_reason TEXT COLLATE "C"
);

-- The journal's headers, except payments' (their header is their disbursement row; view entry).
CREATE TABLE entry_row (
  id              BIGINT PRIMARY KEY,
  kind            TEXT COLLATE "C" NOT NULL,
  key             TEXT COLLATE "C" NOT NULL,
  effective_date  TEXT COLLATE "C" NOT NULL,
  recorded_at     TEXT COLLATE "C" NOT NULL,
  operator        TEXT COLLATE "C" NOT NULL,
  import_id       BIGINT NOT NULL REFERENCES import_batch(id),
  override_reason TEXT COLLATE "C",
  prev_hash       BYTEA NOT NULL,
  hash            BYTEA NOT NULL
);

CREATE TABLE source (
  entry_id      BIGINT PRIMARY KEY REFERENCES entry_row(id),
  doc_no        TEXT COLLATE "C" NOT NULL UNIQUE,
  fiscal_year   BIGINT NOT NULL,
  category      TEXT COLLATE "C" NOT NULL REFERENCES category(code),
  name          TEXT COLLATE "C" NOT NULL,
  amount        BIGINT NOT NULL CHECK (amount > 0),
  received_on   TEXT COLLATE "C" NOT NULL,
  level         TEXT COLLATE "C",
  restricted_to TEXT COLLATE "C",
  note          TEXT COLLATE "C"
);

CREATE TABLE household (
  entry_id      BIGINT PRIMARY KEY REFERENCES entry_row(id),
  household_id  TEXT COLLATE "C" NOT NULL UNIQUE,
  head_name     TEXT COLLATE "C" NOT NULL,
  id_number     TEXT COLLATE "C",
  town          TEXT COLLATE "C" NOT NULL,
  village       TEXT COLLATE "C" NOT NULL,
  members       BIGINT,
  registered    BIGINT NOT NULL CHECK (registered IN (0, 1)),
  poverty_cause TEXT COLLATE "C"
);

CREATE TABLE budget (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  fiscal_year BIGINT NOT NULL,
  revision    BIGINT NOT NULL,
  code        TEXT COLLATE "C" NOT NULL,
  name        TEXT COLLATE "C" NOT NULL,
  total       BIGINT NOT NULL,
  funded_by   TEXT COLLATE "C" NOT NULL REFERENCES category(code),
  doc_no      TEXT COLLATE "C",
  reason      TEXT COLLATE "C",
  attribution TEXT COLLATE "C" NOT NULL CHECK (attribution IN ('fifo', 'pro_rata')),
  UNIQUE (fiscal_year, revision)
);

CREATE TABLE budget_line (
  entry_id    BIGINT NOT NULL REFERENCES entry_row(id),
  seq         BIGINT NOT NULL,
  fiscal_year BIGINT NOT NULL,
  code        TEXT COLLATE "C" NOT NULL,
  name        TEXT COLLATE "C" NOT NULL,
  amount      BIGINT NOT NULL,
  purpose     TEXT COLLATE "C",
  remainder   BIGINT NOT NULL CHECK (remainder IN (0, 1)),
  attribution TEXT COLLATE "C",
  PRIMARY KEY (entry_id, seq)
);

CREATE TABLE allocation (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  voucher     TEXT COLLATE "C" NOT NULL UNIQUE,
  date        TEXT COLLATE "C" NOT NULL,
  fiscal_year BIGINT NOT NULL,
  source_doc  TEXT COLLATE "C" NOT NULL,
  earmark     TEXT COLLATE "C" NOT NULL,
  amount      BIGINT NOT NULL CHECK (amount > 0),
  town        TEXT COLLATE "C",
  project     TEXT COLLATE "C",
  note        TEXT COLLATE "C"
);

CREATE TABLE correction (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  voucher     TEXT COLLATE "C" NOT NULL UNIQUE,
  date        TEXT COLLATE "C" NOT NULL,
  kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('reversal', 'recovery', 'transfer')),
  target      TEXT COLLATE "C" NOT NULL,
  amount      BIGINT NOT NULL,
  to_earmark  TEXT COLLATE "C",
  reason      TEXT COLLATE "C" NOT NULL
);

CREATE INDEX allocation_source ON allocation (source_doc);
CREATE INDEX budget_line_code ON budget_line (fiscal_year, code);

CREATE TABLE rule (
  entry_id   BIGINT PRIMARY KEY REFERENCES entry_row(id),
  rule_id    TEXT COLLATE "C" NOT NULL,
  version    BIGINT NOT NULL CHECK (version >= 1),
  kind       TEXT COLLATE "C" NOT NULL,
  severity   TEXT COLLATE "C" NOT NULL CHECK (severity IN ('error', 'warn')),
  from_year  BIGINT,
  to_year    BIGINT,
  note       TEXT COLLATE "C",
  params     TEXT COLLATE "C" NOT NULL,
  file_name  TEXT COLLATE "C" NOT NULL,
  UNIQUE (rule_id, version)
);

CREATE TABLE loan (
  entry_id       BIGINT PRIMARY KEY REFERENCES entry_row(id),
  loan_id        TEXT COLLATE "C" NOT NULL,
  version        BIGINT NOT NULL CHECK (version >= 1),
  household_id   TEXT COLLATE "C" NOT NULL,
  product        TEXT COLLATE "C" NOT NULL CHECK (product IN ('microcredit', '5321', 'policy')),
  bank           TEXT COLLATE "C",
  principal      BIGINT NOT NULL CHECK (principal > 0),
  annual_rate    TEXT COLLATE "C" NOT NULL,
  start_date     TEXT COLLATE "C" NOT NULL,
  term_months    BIGINT NOT NULL CHECK (term_months > 0),
  purpose        TEXT COLLATE "C",
  overdue_since  TEXT COLLATE "C",
  repaid_on      TEXT COLLATE "C",
  written_off_on TEXT COLLATE "C",
  UNIQUE (loan_id, version)
);

CREATE INDEX loan_household ON loan (household_id);

-- Running totals: derived data, not journal (no append-only triggers). '' = no town.
CREATE TABLE agg_earmark_day (
  fiscal_year BIGINT NOT NULL,
  earmark     TEXT COLLATE "C" NOT NULL,
  date        TEXT COLLATE "C" NOT NULL,
  alloc       BIGINT NOT NULL,
  pay         BIGINT NOT NULL,
  PRIMARY KEY (fiscal_year, earmark, date)
);

CREATE TABLE agg_source_day (
  source_doc  TEXT COLLATE "C" NOT NULL,
  date        TEXT COLLATE "C" NOT NULL,
  alloc       BIGINT NOT NULL,
  pay         BIGINT NOT NULL,
  PRIMARY KEY (source_doc, date)
);

CREATE TABLE agg_town_month (
  fiscal_year BIGINT NOT NULL,
  town        TEXT COLLATE "C" NOT NULL,
  month       TEXT COLLATE "C" NOT NULL,  -- YYYY-MM
  alloc       BIGINT NOT NULL,
  pay         BIGINT NOT NULL,
  PRIMARY KEY (fiscal_year, town, month)
);

CREATE TABLE agg_flow_month (
  fiscal_year BIGINT NOT NULL,
  earmark     TEXT COLLATE "C" NOT NULL,
  source_doc  TEXT COLLATE "C" NOT NULL,
  month       TEXT COLLATE "C" NOT NULL,  -- YYYY-MM
  alloc       BIGINT NOT NULL,
  pay         BIGINT NOT NULL,
  PRIMARY KEY (fiscal_year, earmark, source_doc, month)
);

CREATE TABLE agg_town_day (
  fiscal_year BIGINT NOT NULL,
  town        TEXT COLLATE "C" NOT NULL,
  date        TEXT COLLATE "C" NOT NULL,
  alloc       BIGINT NOT NULL,
  pay         BIGINT NOT NULL,
  PRIMARY KEY (date, fiscal_year, town)
);

-- The lots single-lot payments drew from (schema 7). id: largest + 1, see above.
CREATE TABLE flow_lot (
  id          BIGINT PRIMARY KEY,
  fiscal_year BIGINT NOT NULL,
  earmark     TEXT COLLATE "C" NOT NULL,
  lot         TEXT COLLATE "C" NOT NULL,
  lot_date    TEXT COLLATE "C" NOT NULL,
  source_doc  TEXT COLLATE "C" NOT NULL,
  UNIQUE (fiscal_year, earmark, lot, lot_date, source_doc)
);
CREATE INDEX flow_lot_source ON flow_lot (source_doc);

-- Flow rows that are stored. No REFERENCES: a split payment's flows belong to an entry whose header
-- is its disbursement row.
CREATE TABLE flow_row (
  entry_id    BIGINT NOT NULL,
  seq         BIGINT NOT NULL,
  kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('alloc', 'pay')),
  voucher     TEXT COLLATE "C" NOT NULL,
  date        TEXT COLLATE "C" NOT NULL,
  fiscal_year BIGINT NOT NULL,
  earmark     TEXT COLLATE "C" NOT NULL,
  lot         TEXT COLLATE "C" NOT NULL,
  lot_date    TEXT COLLATE "C" NOT NULL,
  source_doc  TEXT COLLATE "C" NOT NULL,
  amount      BIGINT NOT NULL,
  town        TEXT COLLATE "C",
  village     TEXT COLLATE "C",
  project     TEXT COLLATE "C",
  payee_id    TEXT COLLATE "C",
  PRIMARY KEY (entry_id, seq)
);

-- A payment: its own journal entry (no REFERENCES), header included (schema 7).
CREATE TABLE disbursement (
  entry_id        BIGINT PRIMARY KEY,
  voucher         TEXT COLLATE "C" NOT NULL UNIQUE,
  date            TEXT COLLATE "C" NOT NULL,
  fiscal_year     BIGINT NOT NULL,
  earmark         TEXT COLLATE "C" NOT NULL,
  amount          BIGINT NOT NULL CHECK (amount > 0),
  payee_id        TEXT COLLATE "C" NOT NULL,
  payee_name      TEXT COLLATE "C" NOT NULL,
  payee_kind      TEXT COLLATE "C" NOT NULL,
  town            TEXT COLLATE "C",
  village         TEXT COLLATE "C",
  project         TEXT COLLATE "C",
  source_doc      TEXT COLLATE "C",
  note            TEXT COLLATE "C",
  lot_id          BIGINT,  -- the lot of a payment whose one flow is implied (flow_lot.id); NULL: flows in flow_row
  import_id       BIGINT NOT NULL,  -- the entry header: import_batch.id
  override_reason TEXT COLLATE "C",
  hash            BYTEA NOT NULL
);

-- The journal as versions 1-6 stored it: entry_row and each payment's header (its prev_hash the
-- hash of the entry before it; 32 zero bytes for entry 1).
CREATE VIEW entry AS
  SELECT id, kind, key, effective_date, recorded_at, operator, import_id, override_reason, prev_hash, hash
  FROM entry_row
  UNION ALL
  SELECT d.entry_id, 'disbursement', d.voucher, d.date, b.recorded_at, b.operator, d.import_id, d.override_reason,
         COALESCE((SELECT p.hash FROM disbursement p WHERE p.entry_id = d.entry_id - 1),
                  (SELECT r.hash FROM entry_row r WHERE r.id = d.entry_id - 1),
                  CASE WHEN d.entry_id = 1 THEN decode(repeat('00', 32), 'hex') END),
         d.hash
  FROM disbursement d LEFT JOIN import_batch b ON b.id = d.import_id;

-- Every flow: the stored ones and each lean payment's implied one.
CREATE VIEW flow AS
  SELECT entry_id, seq, kind, voucher, date, fiscal_year, earmark, lot, lot_date, source_doc, amount, town, village, project, payee_id
  FROM flow_row
  UNION ALL
  SELECT d.entry_id, 1, 'pay', d.voucher, d.date, l.fiscal_year, l.earmark, l.lot, l.lot_date, l.source_doc, d.amount, d.town,
         d.village, d.project, d.payee_id
  FROM disbursement d JOIN flow_lot l ON l.id = d.lot_id;

CREATE INDEX flow_earmark ON flow_row (fiscal_year, earmark, lot);
CREATE INDEX flow_source ON flow_row (source_doc);
CREATE INDEX disbursement_lot ON disbursement (lot_id) WHERE lot_id IS NOT NULL;

-- From which entry, and from which import record on, the chain covers import records (schema 8).
-- A new ledger: from the first of each. Its one row is written here; the trigger below refuses more.
CREATE TABLE chain_form (
  provenance_from BIGINT NOT NULL,
  import_from     BIGINT NOT NULL
);
INSERT INTO chain_form (provenance_from, import_from) VALUES (1, 1);

-- The bureau's settings (schema 9).
CREATE TABLE setting (
  entry_id BIGINT PRIMARY KEY REFERENCES entry_row(id),
  key      TEXT COLLATE "C" NOT NULL CHECK (length(key) > 0),
  value    TEXT COLLATE "C" CHECK (value IS NULL OR length(value) > 0)
);

CREATE INDEX setting_key ON setting (key, entry_id);

-- Append-only: history is corrected by new entries, never edited. The triggers carry SQLite's names
-- (verify looks for them); TG_ARGV[0] is the name the SQLite message gives. TRUNCATE bypasses row
-- triggers, so each journal table also refuses it by a statement trigger (<name>_no_truncate).
-- Triggers do not stop the tables' owner, who may disable or drop them: a production deployment
-- makes another role own the schema and revokes UPDATE, DELETE and TRUNCATE on the journal tables
-- (everything here but meta, category and agg_*) from the clerks' roles. Nothing is revoked here:
-- the role that runs this file owns the schema.
CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'fundledger: the journal is append-only (%)', TG_ARGV[0]
    USING ERRCODE = 'integrity_constraint_violation';  -- 23000, as SQLite's SQLITE_CONSTRAINT_TRIGGER
END
$$;

CREATE TRIGGER import_batch_no_update BEFORE UPDATE ON import_batch FOR EACH ROW EXECUTE FUNCTION append_only('import_batch');
CREATE TRIGGER import_batch_no_delete BEFORE DELETE ON import_batch FOR EACH ROW EXECUTE FUNCTION append_only('import_batch');
CREATE TRIGGER import_batch_no_truncate BEFORE TRUNCATE ON import_batch FOR EACH STATEMENT EXECUTE FUNCTION append_only('import_batch');
CREATE TRIGGER entry_no_update BEFORE UPDATE ON entry_row FOR EACH ROW EXECUTE FUNCTION append_only('entry');
CREATE TRIGGER entry_no_delete BEFORE DELETE ON entry_row FOR EACH ROW EXECUTE FUNCTION append_only('entry');
CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON entry_row FOR EACH STATEMENT EXECUTE FUNCTION append_only('entry');
CREATE TRIGGER source_no_update BEFORE UPDATE ON source FOR EACH ROW EXECUTE FUNCTION append_only('source');
CREATE TRIGGER source_no_delete BEFORE DELETE ON source FOR EACH ROW EXECUTE FUNCTION append_only('source');
CREATE TRIGGER source_no_truncate BEFORE TRUNCATE ON source FOR EACH STATEMENT EXECUTE FUNCTION append_only('source');
CREATE TRIGGER household_no_update BEFORE UPDATE ON household FOR EACH ROW EXECUTE FUNCTION append_only('household');
CREATE TRIGGER household_no_delete BEFORE DELETE ON household FOR EACH ROW EXECUTE FUNCTION append_only('household');
CREATE TRIGGER household_no_truncate BEFORE TRUNCATE ON household FOR EACH STATEMENT EXECUTE FUNCTION append_only('household');
CREATE TRIGGER budget_no_update BEFORE UPDATE ON budget FOR EACH ROW EXECUTE FUNCTION append_only('budget');
CREATE TRIGGER budget_no_delete BEFORE DELETE ON budget FOR EACH ROW EXECUTE FUNCTION append_only('budget');
CREATE TRIGGER budget_no_truncate BEFORE TRUNCATE ON budget FOR EACH STATEMENT EXECUTE FUNCTION append_only('budget');
CREATE TRIGGER budget_line_no_update BEFORE UPDATE ON budget_line FOR EACH ROW EXECUTE FUNCTION append_only('budget_line');
CREATE TRIGGER budget_line_no_delete BEFORE DELETE ON budget_line FOR EACH ROW EXECUTE FUNCTION append_only('budget_line');
CREATE TRIGGER budget_line_no_truncate BEFORE TRUNCATE ON budget_line FOR EACH STATEMENT EXECUTE FUNCTION append_only('budget_line');
CREATE TRIGGER allocation_no_update BEFORE UPDATE ON allocation FOR EACH ROW EXECUTE FUNCTION append_only('allocation');
CREATE TRIGGER allocation_no_delete BEFORE DELETE ON allocation FOR EACH ROW EXECUTE FUNCTION append_only('allocation');
CREATE TRIGGER allocation_no_truncate BEFORE TRUNCATE ON allocation FOR EACH STATEMENT EXECUTE FUNCTION append_only('allocation');
CREATE TRIGGER correction_no_update BEFORE UPDATE ON correction FOR EACH ROW EXECUTE FUNCTION append_only('correction');
CREATE TRIGGER correction_no_delete BEFORE DELETE ON correction FOR EACH ROW EXECUTE FUNCTION append_only('correction');
CREATE TRIGGER correction_no_truncate BEFORE TRUNCATE ON correction FOR EACH STATEMENT EXECUTE FUNCTION append_only('correction');
CREATE TRIGGER rule_no_update BEFORE UPDATE ON rule FOR EACH ROW EXECUTE FUNCTION append_only('rule');
CREATE TRIGGER rule_no_delete BEFORE DELETE ON rule FOR EACH ROW EXECUTE FUNCTION append_only('rule');
CREATE TRIGGER rule_no_truncate BEFORE TRUNCATE ON rule FOR EACH STATEMENT EXECUTE FUNCTION append_only('rule');
CREATE TRIGGER loan_no_update BEFORE UPDATE ON loan FOR EACH ROW EXECUTE FUNCTION append_only('loan');
CREATE TRIGGER loan_no_delete BEFORE DELETE ON loan FOR EACH ROW EXECUTE FUNCTION append_only('loan');
CREATE TRIGGER loan_no_truncate BEFORE TRUNCATE ON loan FOR EACH STATEMENT EXECUTE FUNCTION append_only('loan');
CREATE TRIGGER disbursement_no_update BEFORE UPDATE ON disbursement FOR EACH ROW EXECUTE FUNCTION append_only('disbursement');
CREATE TRIGGER disbursement_no_delete BEFORE DELETE ON disbursement FOR EACH ROW EXECUTE FUNCTION append_only('disbursement');
CREATE TRIGGER disbursement_no_truncate BEFORE TRUNCATE ON disbursement FOR EACH STATEMENT EXECUTE FUNCTION append_only('disbursement');
CREATE TRIGGER flow_no_update BEFORE UPDATE ON flow_row FOR EACH ROW EXECUTE FUNCTION append_only('flow');
CREATE TRIGGER flow_no_delete BEFORE DELETE ON flow_row FOR EACH ROW EXECUTE FUNCTION append_only('flow');
CREATE TRIGGER flow_no_truncate BEFORE TRUNCATE ON flow_row FOR EACH STATEMENT EXECUTE FUNCTION append_only('flow');
CREATE TRIGGER flow_lot_no_update BEFORE UPDATE ON flow_lot FOR EACH ROW EXECUTE FUNCTION append_only('flow_lot');
CREATE TRIGGER flow_lot_no_delete BEFORE DELETE ON flow_lot FOR EACH ROW EXECUTE FUNCTION append_only('flow_lot');
CREATE TRIGGER flow_lot_no_truncate BEFORE TRUNCATE ON flow_lot FOR EACH STATEMENT EXECUTE FUNCTION append_only('flow_lot');
CREATE TRIGGER chain_form_no_update BEFORE UPDATE ON chain_form FOR EACH ROW EXECUTE FUNCTION append_only('chain_form');
CREATE TRIGGER chain_form_no_delete BEFORE DELETE ON chain_form FOR EACH ROW EXECUTE FUNCTION append_only('chain_form');
CREATE TRIGGER chain_form_no_insert BEFORE INSERT ON chain_form FOR EACH ROW EXECUTE FUNCTION append_only('chain_form');
CREATE TRIGGER chain_form_no_truncate BEFORE TRUNCATE ON chain_form FOR EACH STATEMENT EXECUTE FUNCTION append_only('chain_form');
CREATE TRIGGER setting_no_update BEFORE UPDATE ON setting FOR EACH ROW EXECUTE FUNCTION append_only('setting');
CREATE TRIGGER setting_no_delete BEFORE DELETE ON setting FOR EACH ROW EXECUTE FUNCTION append_only('setting');
CREATE TRIGGER setting_no_truncate BEFORE TRUNCATE ON setting FOR EACH STATEMENT EXECUTE FUNCTION append_only('setting');

-- The indexes a cap rule's per-payee sums need (SQLite makes them on first use, in
-- sqlite_rule_flow_reads.cpp; here they exist from the start, as a read-only session may not
-- create them).
CREATE INDEX flow_payee_pay ON flow_row (payee_id, earmark, fiscal_year) WHERE kind = 'pay';
CREATE INDEX disbursement_payee_pay ON disbursement (payee_id, earmark, fiscal_year) WHERE lot_id IS NOT NULL;
