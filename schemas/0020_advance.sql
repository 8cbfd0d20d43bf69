-- fundledger schema, version 20: advances and their settlement (预拨 / 核销, issue 19).
--
-- category 'advance'   money the county pays out before the quota (指标) arrives is recorded as a
--                      source of this category (预拨资金: the treasury fronts it), allocated and paid
--                      like any other.
-- advance_settlement   核销: `amount` of a source that arrived later (source_doc) settles `amount` of an
--                      advance (advance_doc) from `date`: the source's money goes to clear what the
--                      treasury fronted, as an allocation takes it (so nothing else can allocate it),
--                      and the advance is outstanding by that much less. Journal entries like any
--                      other; known by settle_id; amount in fen.
INSERT INTO category (code, name_zh, name_en, seq) VALUES
  ('advance', '预拨资金(待核销)', 'Advances (to be settled)', 9);

CREATE TABLE advance_settlement (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry_row(id),
  settle_id   TEXT NOT NULL UNIQUE CHECK (length(settle_id) > 0),
  advance_doc TEXT NOT NULL CHECK (length(advance_doc) > 0),
  source_doc  TEXT NOT NULL CHECK (length(source_doc) > 0),
  date        TEXT NOT NULL CHECK (length(date) = 10),
  amount      INTEGER NOT NULL CHECK (amount > 0),
  doc_no      TEXT,
  reason      TEXT NOT NULL CHECK (length(reason) > 0)
) STRICT;
CREATE INDEX advance_settlement_advance ON advance_settlement (advance_doc, date);
CREATE INDEX advance_settlement_source ON advance_settlement (source_doc, date);

CREATE TRIGGER advance_settlement_no_update BEFORE UPDATE ON advance_settlement BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (advance_settlement)'); END;
CREATE TRIGGER advance_settlement_no_delete BEFORE DELETE ON advance_settlement BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (advance_settlement)'); END;
