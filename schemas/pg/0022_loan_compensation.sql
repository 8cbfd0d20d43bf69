-- fundledger PostgreSQL schema, version 22: the micro-credit risk compensation fund (风险补偿金,
-- issue 21), schemas/0022_loan_compensation.sql translated (its comments say what the rows hold).
-- Applied to a new county after 0021, and to a county of version 21 when it is next opened.
INSERT INTO category (code, name_zh, name_en, seq) VALUES
  ('risk_fund', '风险补偿金收入', 'Risk compensation fund income', 10);

CREATE TABLE loan_compensation (
  entry_id   BIGINT PRIMARY KEY REFERENCES entry_row(id),
  comp_id    TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(comp_id) > 0),
  kind       TEXT COLLATE "C" NOT NULL CHECK (kind IN ('compensate', 'recover')),
  loan_id    TEXT COLLATE "C" NOT NULL CHECK (length(loan_id) > 0),
  bank       TEXT COLLATE "C" NOT NULL CHECK (length(bank) > 0),
  date       TEXT COLLATE "C" NOT NULL CHECK (length(date) = 10),
  amount     BIGINT NOT NULL CHECK (amount > 0),
  fund_share BIGINT NOT NULL CHECK (fund_share >= 0),
  bank_share BIGINT NOT NULL CHECK (bank_share >= 0),
  voucher    TEXT COLLATE "C" NOT NULL CHECK (length(voucher) > 0),
  rule_id    TEXT COLLATE "C" NOT NULL CHECK (length(rule_id) > 0),
  doc_no     TEXT COLLATE "C",
  CHECK (fund_share + bank_share = amount)
);
CREATE INDEX loan_compensation_loan ON loan_compensation (loan_id, date);

CREATE TRIGGER loan_compensation_no_update BEFORE UPDATE ON loan_compensation FOR EACH ROW EXECUTE FUNCTION append_only('loan_compensation');
CREATE TRIGGER loan_compensation_no_delete BEFORE DELETE ON loan_compensation FOR EACH ROW EXECUTE FUNCTION append_only('loan_compensation');
CREATE TRIGGER loan_compensation_no_truncate BEFORE TRUNCATE ON loan_compensation FOR EACH STATEMENT EXECUTE FUNCTION append_only('loan_compensation');

UPDATE meta SET value = '22' WHERE key = 'schema_version';
