-- fundledger schema, version 7: the lean stored form of a payment (issue 13).
--
-- A payment paid from a single lot needs no flow row of its own: its one flow is implied by the
-- disbursement row (seq 1, kind 'pay', the payment's voucher, date, year, earmark, amount, town,
-- village, project and payee) plus the lot it drew from, which the disbursement row now carries
-- (lot, lot_date, lot_source; NULL when the payment's flows are stored as rows). The other flows
-- (allocations, corrections, payments split across lots or whose flow differs from the implied
-- one) are stored in `flow_row`. `flow` is a view: the stored flows and the implied ones, the same
-- rows, columns and entry order as the table of version 6 — what the hash chain covers and every
-- query reads. The chain's canonical bytes do not change: verify reads `flow`.

ALTER TABLE disbursement ADD COLUMN lot TEXT;
ALTER TABLE disbursement ADD COLUMN lot_date TEXT;
ALTER TABLE disbursement ADD COLUMN lot_source TEXT;

CREATE TABLE flow_row (
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

-- Ledgers recorded before version 7: a payment whose only flow is the implied one keeps its lot
-- in its own row; every other flow is copied as it is. (The disbursement's append-only trigger is
-- lifted for this one statement and put back below.)
DROP TRIGGER disbursement_no_update;
UPDATE disbursement SET (lot, lot_date, lot_source) = (
  SELECT f.lot, f.lot_date, f.source_doc FROM flow f
  WHERE f.entry_id = disbursement.entry_id AND f.seq = 1 AND f.kind = 'pay' AND f.voucher = disbursement.voucher
    AND f.date = disbursement.date AND f.fiscal_year = disbursement.fiscal_year AND f.earmark = disbursement.earmark
    AND f.amount = disbursement.amount AND f.town IS disbursement.town AND f.village IS disbursement.village
    AND f.project IS disbursement.project AND f.payee_id IS disbursement.payee_id
    AND NOT EXISTS (SELECT 1 FROM flow g WHERE g.entry_id = f.entry_id AND g.seq != 1));
INSERT INTO flow_row SELECT f.* FROM flow f
  WHERE NOT EXISTS (SELECT 1 FROM disbursement d WHERE d.entry_id = f.entry_id AND d.lot IS NOT NULL)
  ORDER BY f.entry_id, f.seq;
DROP TABLE flow;
CREATE TRIGGER disbursement_no_update BEFORE UPDATE ON disbursement BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (disbursement)'); END;

CREATE VIEW flow AS
  SELECT entry_id, seq, kind, voucher, date, fiscal_year, earmark, lot, lot_date, source_doc, amount, town, village, project, payee_id
  FROM flow_row
  UNION ALL
  SELECT entry_id, 1, 'pay', voucher, date, fiscal_year, earmark, lot, lot_date, lot_source, amount, town, village, project, payee_id
  FROM disbursement WHERE lot IS NOT NULL;

-- The indexes of version 1 on flow, on both halves.
CREATE INDEX flow_earmark ON flow_row (fiscal_year, earmark, lot);
CREATE INDEX flow_source ON flow_row (source_doc);
CREATE INDEX disbursement_lot ON disbursement (fiscal_year, earmark, lot) WHERE lot IS NOT NULL;
CREATE INDEX disbursement_lot_source ON disbursement (lot_source) WHERE lot IS NOT NULL;

-- Append-only, as `flow` was (verify checks these names on flow_row).
CREATE TRIGGER flow_no_update BEFORE UPDATE ON flow_row BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (flow)'); END;
CREATE TRIGGER flow_no_delete BEFORE DELETE ON flow_row BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (flow)'); END;
