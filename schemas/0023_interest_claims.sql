-- fundledger schema, version 23: 贴息 as the banks settle it (issue 21).
--
-- loan.extended_to   展期至: the new maturity of an extended loan, set by a later version of the
--                    loan; NULL when not extended (every row recorded before version 23). Hashed
--                    with the row only where set, so the rows recorded before keep their hashes. The
--                    subsidy still stops at the original maturity (start_date + term_months).
-- interest_claim     a bank's claim for the interest it charged one loan over a period, both days
--                    included: `interest` the normal interest, `penalty` the penalty interest (罚息,
--                    never subsidised), in fen; the bank's document `claim_no`. Journal entries like
--                    any other, known by loan and period; one loan's periods never overlap (checked
--                    by the import, engine/loans/claims.cpp).
ALTER TABLE loan ADD COLUMN extended_to TEXT CHECK (extended_to IS NULL OR length(extended_to) = 10);

CREATE TABLE interest_claim (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry_row(id),
  loan_id     TEXT NOT NULL CHECK (length(loan_id) > 0),
  bank        TEXT NOT NULL CHECK (length(bank) > 0),
  period_from TEXT NOT NULL CHECK (length(period_from) = 10),
  period_to   TEXT NOT NULL CHECK (length(period_to) = 10),
  interest    INTEGER NOT NULL CHECK (interest >= 0),
  penalty     INTEGER NOT NULL CHECK (penalty >= 0),
  claim_no    TEXT,
  CHECK (period_from <= period_to),
  UNIQUE (loan_id, period_from)
) STRICT;

CREATE TRIGGER interest_claim_no_update BEFORE UPDATE ON interest_claim BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (interest_claim)'); END;
CREATE TRIGGER interest_claim_no_delete BEFORE DELETE ON interest_claim BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (interest_claim)'); END;
