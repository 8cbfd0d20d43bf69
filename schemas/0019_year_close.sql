-- fundledger schema, version 19: the year end (年终结转, issue 19), journal entries like any other.
--
-- year_close  one fiscal year closed, on `date` (after the year's end, the year's last day locked),
--             with its document and reason; a year is closed once.
-- carryover   what the close carried into the next year, one row per money of a fiscal year
--             (money_year, never re-dated), source and earmark ('' when the source has not allocated
--             it): the amount unspent on the closed year's last day, in fen; years = the year-ends it
--             has been carried through, this one counted; for_recall = 1 when that is more than two
--             (to be returned to the level above, 结余收回).
CREATE TABLE year_close (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry_row(id),
  fiscal_year INTEGER NOT NULL UNIQUE,
  date        TEXT NOT NULL CHECK (length(date) = 10),
  doc_no      TEXT,
  reason      TEXT NOT NULL CHECK (length(reason) > 0)
) STRICT;

CREATE TABLE carryover (
  entry_id   INTEGER NOT NULL REFERENCES year_close(entry_id),
  seq        INTEGER NOT NULL,
  money_year INTEGER NOT NULL,
  source_doc TEXT NOT NULL CHECK (length(source_doc) > 0),
  earmark    TEXT NOT NULL,
  amount     INTEGER NOT NULL CHECK (amount > 0),
  years      INTEGER NOT NULL CHECK (years > 0),
  for_recall INTEGER NOT NULL CHECK (for_recall IN (0, 1)),
  PRIMARY KEY (entry_id, seq)
) STRICT;

CREATE TRIGGER year_close_no_update BEFORE UPDATE ON year_close BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (year_close)'); END;
CREATE TRIGGER year_close_no_delete BEFORE DELETE ON year_close BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (year_close)'); END;
CREATE TRIGGER carryover_no_update BEFORE UPDATE ON carryover BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (carryover)'); END;
CREATE TRIGGER carryover_no_delete BEFORE DELETE ON carryover BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (carryover)'); END;
