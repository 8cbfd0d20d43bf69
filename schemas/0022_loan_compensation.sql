-- fundledger schema, version 22: the micro-credit risk compensation fund (风险补偿金, issue 21).
--
-- category 'risk_fund'  money that arises in a bank's risk compensation fund itself (the interest the
--                       bank credits on the fund's account) is recorded as a source of this category
--                       and allocated to the fund's earmark; the county's deposits are ordinary
--                       allocations of county money to that earmark.
-- loan_compensation     kind 'compensate': the loss on an overdue loan (amount) shared by the fund
--                       (fund_share, paid from the fund's earmark by the payment `voucher`) and the
--                       bank (bank_share), under the risk_fund rule `rule_id`; kind 'recover': money
--                       later recovered on that loan (amount), the fund's part (fund_share) booked
--                       back into the fund by the recovery `voucher`, the rest the bank's. Journal
--                       entries like any other; known by comp_id; amounts in fen.
INSERT INTO category (code, name_zh, name_en, seq) VALUES
  ('risk_fund', '风险补偿金收入', 'Risk compensation fund income', 10);

CREATE TABLE loan_compensation (
  entry_id   INTEGER PRIMARY KEY REFERENCES entry_row(id),
  comp_id    TEXT NOT NULL UNIQUE CHECK (length(comp_id) > 0),
  kind       TEXT NOT NULL CHECK (kind IN ('compensate', 'recover')),
  loan_id    TEXT NOT NULL CHECK (length(loan_id) > 0),
  bank       TEXT NOT NULL CHECK (length(bank) > 0),
  date       TEXT NOT NULL CHECK (length(date) = 10),
  amount     INTEGER NOT NULL CHECK (amount > 0),
  fund_share INTEGER NOT NULL CHECK (fund_share >= 0),
  bank_share INTEGER NOT NULL CHECK (bank_share >= 0),
  voucher    TEXT NOT NULL CHECK (length(voucher) > 0),
  rule_id    TEXT NOT NULL CHECK (length(rule_id) > 0),
  doc_no     TEXT,
  CHECK (fund_share + bank_share = amount)
) STRICT;
CREATE INDEX loan_compensation_loan ON loan_compensation (loan_id, date);

CREATE TRIGGER loan_compensation_no_update BEFORE UPDATE ON loan_compensation BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (loan_compensation)'); END;
CREATE TRIGGER loan_compensation_no_delete BEFORE DELETE ON loan_compensation BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (loan_compensation)'); END;
