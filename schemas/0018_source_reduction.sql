-- fundledger schema, version 18: reductions of a source (来源调减 / 结余收回, issue 19), journal entries
-- like any other.
--
-- source_reduction  money of a source not yet allocated taken off it for good from `date`: kind
--                   'reduce' when the upper level withdraws part of a grant (`reduce --source`),
--                   'recall' when unspent money is returned to the level above at a year's end. The
--                   source covers allocations only from what is left (neither allocated, frozen nor
--                   reduced, as of each date). Known by reduction_id; fiscal_year is the source's;
--                   amount in fen.
CREATE TABLE source_reduction (
  entry_id     INTEGER PRIMARY KEY REFERENCES entry_row(id),
  reduction_id TEXT NOT NULL UNIQUE CHECK (length(reduction_id) > 0),
  kind         TEXT NOT NULL CHECK (kind IN ('reduce', 'recall')),
  source_doc   TEXT NOT NULL CHECK (length(source_doc) > 0),
  fiscal_year  INTEGER NOT NULL,
  date         TEXT NOT NULL CHECK (length(date) = 10),
  amount       INTEGER NOT NULL CHECK (amount > 0),
  doc_no       TEXT,
  reason       TEXT NOT NULL CHECK (length(reason) > 0)
) STRICT;
CREATE INDEX source_reduction_source ON source_reduction (source_doc, date);

CREATE TRIGGER source_reduction_no_update BEFORE UPDATE ON source_reduction BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (source_reduction)'); END;
CREATE TRIGGER source_reduction_no_delete BEFORE DELETE ON source_reduction BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (source_reduction)'); END;
