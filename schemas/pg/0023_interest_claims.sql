-- fundledger PostgreSQL schema, version 23: 贴息 as the banks settle it (issue 21),
-- schemas/0023_interest_claims.sql translated (its comments say what the rows hold).
-- Applied to a new county after 0022, and to a county of version 22 when it is next opened.
ALTER TABLE loan ADD COLUMN extended_to TEXT COLLATE "C" CHECK (extended_to IS NULL OR length(extended_to) = 10);

CREATE TABLE interest_claim (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  loan_id     TEXT COLLATE "C" NOT NULL CHECK (length(loan_id) > 0),
  bank        TEXT COLLATE "C" NOT NULL CHECK (length(bank) > 0),
  period_from TEXT COLLATE "C" NOT NULL CHECK (length(period_from) = 10),
  period_to   TEXT COLLATE "C" NOT NULL CHECK (length(period_to) = 10),
  interest    BIGINT NOT NULL CHECK (interest >= 0),
  penalty     BIGINT NOT NULL CHECK (penalty >= 0),
  claim_no    TEXT COLLATE "C",
  CHECK (period_from <= period_to),
  UNIQUE (loan_id, period_from)
);

CREATE TRIGGER interest_claim_no_update BEFORE UPDATE ON interest_claim FOR EACH ROW EXECUTE FUNCTION append_only('interest_claim');
CREATE TRIGGER interest_claim_no_delete BEFORE DELETE ON interest_claim FOR EACH ROW EXECUTE FUNCTION append_only('interest_claim');
CREATE TRIGGER interest_claim_no_truncate BEFORE TRUNCATE ON interest_claim FOR EACH STATEMENT EXECUTE FUNCTION append_only('interest_claim');

UPDATE meta SET value = '23' WHERE key = 'schema_version';
