-- fundledger schema, version 3: loans to households and their status (issue 6).
-- A loan is recorded once with its terms (version 1); a later row for the same loan that adds a
-- status date (逾期 overdue, 结清 repaid, 核销 written off) is a new entry with the next version.
-- Nothing is edited: the current state of a loan is its highest version. Money is INTEGER fen;
-- the annual rate is the exact decimal text of the input ("0.0435"), never a float.

CREATE TABLE loan (
  entry_id       INTEGER PRIMARY KEY REFERENCES entry(id),
  loan_id        TEXT NOT NULL,
  version        INTEGER NOT NULL CHECK (version >= 1),
  household_id   TEXT NOT NULL,
  product        TEXT NOT NULL CHECK (product IN ('microcredit', '5321', 'policy')),
  bank           TEXT,
  principal      INTEGER NOT NULL CHECK (principal > 0),
  annual_rate    TEXT NOT NULL,
  start_date     TEXT NOT NULL,
  term_months    INTEGER NOT NULL CHECK (term_months > 0),
  purpose        TEXT,
  overdue_since  TEXT,
  repaid_on      TEXT,
  written_off_on TEXT,
  UNIQUE (loan_id, version)
) STRICT;

CREATE INDEX loan_household ON loan (household_id);

CREATE TRIGGER loan_no_update BEFORE UPDATE ON loan BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (loan)'); END;
CREATE TRIGGER loan_no_delete BEFORE DELETE ON loan BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (loan)'); END;
