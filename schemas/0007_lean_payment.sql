-- fundledger schema, version 7: the lean stored form of a payment (issue 13).
--
-- A payment is one row. Its journal header lives in its own disbursement row: the entry's id is the
-- row's entry_id, its kind 'disbursement', key the voucher, effective date the payment's date,
-- recorded_at and operator those of its import (import_batch), plus the row's import_id,
-- override_reason and hash; prev_hash is the hash of the entry before it. The other entries keep
-- their header in `entry_row` (the table `entry` of version 6, renamed). `entry` is a view of both,
-- with the columns and rows the table had.
--
-- A payment paid from a single lot needs no flow row of its own: its one flow is implied by the
-- disbursement row (seq 1, kind 'pay', the payment's voucher, date, year, earmark, amount, town,
-- village, project and payee) plus the lot it drew from, which the disbursement row now names
-- (lot_id, a row of `flow_lot`: year, earmark, lot, lot date and source document, stored once per
-- lot; NULL when the payment's flows are stored as rows). The other flows
-- (allocations, corrections, payments split across lots or whose flow differs from the implied
-- one) are stored in `flow_row`. `flow` is a view: the stored flows and the implied ones, the same
-- rows, columns and entry order as the table of version 6 — what the hash chain covers and every
-- query reads. The chain's canonical bytes do not change: verify reads them back.

-- A payment's header can move into its row only if its recorded_at and operator are its import's,
-- as the engine has always written them. Any other ledger stops the migration here (a CHECK
-- constraint failure naming v7_payment_header_differs_from_its_import) and is left unchanged.
CREATE TEMP TABLE v7_payment_header_differs_from_its_import (entry_id INTEGER CHECK (entry_id IS NULL));
INSERT INTO v7_payment_header_differs_from_its_import
  SELECT e.id FROM entry e LEFT JOIN import_batch b ON b.id = e.import_id
  WHERE e.kind = 'disbursement' AND (b.id IS NULL OR e.recorded_at IS NOT b.recorded_at OR e.operator IS NOT b.operator);
DROP TABLE v7_payment_header_differs_from_its_import;

-- The lots single-lot payments drew from, one row each. Append-only, like the journal: a row's
-- columns are part of the flows of every payment that names it.
CREATE TABLE flow_lot (
  id          INTEGER PRIMARY KEY,
  fiscal_year INTEGER NOT NULL,
  earmark     TEXT NOT NULL,
  lot         TEXT NOT NULL,
  lot_date    TEXT NOT NULL,
  source_doc  TEXT NOT NULL,
  UNIQUE (fiscal_year, earmark, lot, lot_date, source_doc)
) STRICT;
CREATE INDEX flow_lot_source ON flow_lot (source_doc);

-- Flow rows that are stored. No REFERENCES: a split payment's flows belong to an entry whose header
-- is its disbursement row (verify reports rows that belong to no entry).
CREATE TABLE flow_row (
  entry_id    INTEGER NOT NULL,
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

-- Ledgers recorded before version 7: a payment whose only flow is the implied one names its lot;
-- every other flow is copied as it is. The disbursement table is rebuilt with its new columns (one
-- UPDATE of every row would keep a statement journal as large as the table), its index and
-- append-only triggers put back.
CREATE TABLE lean_payment_v7 (entry_id INTEGER PRIMARY KEY, fiscal_year INTEGER, earmark TEXT, lot TEXT, lot_date TEXT, source_doc TEXT);
INSERT INTO lean_payment_v7
  SELECT f.entry_id, f.fiscal_year, f.earmark, f.lot, f.lot_date, f.source_doc
  FROM flow f JOIN disbursement d ON d.entry_id = f.entry_id
  WHERE f.seq = 1 AND f.kind = 'pay' AND f.voucher = d.voucher AND f.date = d.date AND f.fiscal_year = d.fiscal_year
    AND f.earmark = d.earmark AND f.amount = d.amount AND f.town IS d.town AND f.village IS d.village
    AND f.project IS d.project AND f.payee_id IS d.payee_id
    AND NOT EXISTS (SELECT 1 FROM flow g WHERE g.entry_id = f.entry_id AND g.seq != 1);
INSERT OR IGNORE INTO flow_lot (fiscal_year, earmark, lot, lot_date, source_doc)
  SELECT fiscal_year, earmark, lot, lot_date, source_doc FROM lean_payment_v7;

-- No REFERENCES: the row is its own journal entry.
CREATE TABLE disbursement_v7 (
  entry_id        INTEGER PRIMARY KEY,
  voucher         TEXT NOT NULL UNIQUE,
  date            TEXT NOT NULL,
  fiscal_year     INTEGER NOT NULL,
  earmark         TEXT NOT NULL,
  amount          INTEGER NOT NULL CHECK (amount > 0),
  payee_id        TEXT NOT NULL,
  payee_name      TEXT NOT NULL,
  payee_kind      TEXT NOT NULL,
  town            TEXT,
  village         TEXT,
  project         TEXT,
  source_doc      TEXT,
  note            TEXT,
  lot_id          INTEGER,  -- the lot of a payment whose one flow is implied (flow_lot.id); NULL: flows in flow_row
  import_id       INTEGER NOT NULL,  -- the entry header: import_batch.id
  override_reason TEXT,
  hash            BLOB NOT NULL
) STRICT;
INSERT INTO disbursement_v7
  SELECT d.entry_id, d.voucher, d.date, d.fiscal_year, d.earmark, d.amount, d.payee_id, d.payee_name, d.payee_kind, d.town,
         d.village, d.project, d.source_doc, d.note,
         (SELECT l.id FROM lean_payment_v7 p JOIN flow_lot l ON l.fiscal_year = p.fiscal_year AND l.earmark = p.earmark AND l.lot = p.lot
            AND l.lot_date = p.lot_date AND l.source_doc = p.source_doc WHERE p.entry_id = d.entry_id),
         e.import_id, e.override_reason, e.hash
  FROM disbursement d JOIN entry e ON e.id = d.entry_id;
INSERT INTO flow_row SELECT f.* FROM flow f
  WHERE NOT EXISTS (SELECT 1 FROM lean_payment_v7 p WHERE p.entry_id = f.entry_id);
DROP TABLE lean_payment_v7;
DROP TABLE flow;
DROP TABLE disbursement;
ALTER TABLE disbursement_v7 RENAME TO disbursement;
CREATE TRIGGER disbursement_no_update BEFORE UPDATE ON disbursement BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (disbursement)'); END;
CREATE TRIGGER disbursement_no_delete BEFORE DELETE ON disbursement BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (disbursement)'); END;

-- The other entries' headers: the table entry, renamed (the other tables' REFERENCES and its
-- triggers entry_no_update, entry_no_delete follow it), without the payments' headers.
ALTER TABLE entry RENAME TO entry_row;
DROP TRIGGER entry_no_delete;
DELETE FROM entry_row WHERE kind = 'disbursement';
CREATE TRIGGER entry_no_delete BEFORE DELETE ON entry_row BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (entry)'); END;

CREATE VIEW entry AS
  SELECT id, kind, key, effective_date, recorded_at, operator, import_id, override_reason, prev_hash, hash
  FROM entry_row
  UNION ALL
  SELECT d.entry_id, 'disbursement', d.voucher, d.date, b.recorded_at, b.operator, d.import_id, d.override_reason,
         COALESCE((SELECT p.hash FROM disbursement p WHERE p.entry_id = d.entry_id - 1),
                  (SELECT r.hash FROM entry_row r WHERE r.id = d.entry_id - 1),
                  CASE WHEN d.entry_id = 1 THEN zeroblob(32) END),
         d.hash
  FROM disbursement d LEFT JOIN import_batch b ON b.id = d.import_id;

CREATE VIEW flow AS
  SELECT entry_id, seq, kind, voucher, date, fiscal_year, earmark, lot, lot_date, source_doc, amount, town, village, project, payee_id
  FROM flow_row
  UNION ALL
  SELECT d.entry_id, 1, 'pay', d.voucher, d.date, l.fiscal_year, l.earmark, l.lot, l.lot_date, l.source_doc, d.amount, d.town,
         d.village, d.project, d.payee_id
  FROM disbursement d JOIN flow_lot l ON l.id = d.lot_id;

-- The indexes of version 1 on flow, on both halves (a lean payment is found by its lot's id).
CREATE INDEX flow_earmark ON flow_row (fiscal_year, earmark, lot);
CREATE INDEX flow_source ON flow_row (source_doc);
CREATE INDEX disbursement_lot ON disbursement (lot_id) WHERE lot_id IS NOT NULL;

-- Append-only, as `flow` was (verify checks these names on flow_row).
CREATE TRIGGER flow_no_update BEFORE UPDATE ON flow_row BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (flow)'); END;
CREATE TRIGGER flow_no_delete BEFORE DELETE ON flow_row BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (flow)'); END;
CREATE TRIGGER flow_lot_no_update BEFORE UPDATE ON flow_lot BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (flow_lot)'); END;
CREATE TRIGGER flow_lot_no_delete BEFORE DELETE ON flow_lot BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (flow_lot)'); END;
