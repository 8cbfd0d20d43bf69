-- fundledger schema, version 21: classifications of sources and budget lines (预算科目, issue 19).
--
-- source, budget_line   function_class  支出功能分类 code (7 digits at 项 level: 2130505 ...)
--                       economic_class  经济分类 code (50903 ...)
--                       fund_nature     资金性质: general | fund | state_capital | social_insurance
--                       direct          直达资金: 1 yes, 0 no
--                       to_persons      补贴到人到户: 1 yes, 0 no
--                       Each NULL when not said (every row recorded before version 21); hashed with
--                       the row only where set, so the rows recorded before keep their hashes.
-- class_code            a classification code the bureau adds to the tables fundledger ships
--                       (ledger/classes.hpp): scheme (function_class | economic_class), code, name;
--                       journal entries like any other, known by scheme and code.
ALTER TABLE source ADD COLUMN function_class TEXT CHECK (function_class IS NULL OR length(function_class) > 0);
ALTER TABLE source ADD COLUMN economic_class TEXT CHECK (economic_class IS NULL OR length(economic_class) > 0);
ALTER TABLE source ADD COLUMN fund_nature TEXT
  CHECK (fund_nature IS NULL OR fund_nature IN ('general', 'fund', 'state_capital', 'social_insurance'));
ALTER TABLE source ADD COLUMN direct INTEGER CHECK (direct IS NULL OR direct IN (0, 1));
ALTER TABLE source ADD COLUMN to_persons INTEGER CHECK (to_persons IS NULL OR to_persons IN (0, 1));

ALTER TABLE budget_line ADD COLUMN function_class TEXT CHECK (function_class IS NULL OR length(function_class) > 0);
ALTER TABLE budget_line ADD COLUMN economic_class TEXT CHECK (economic_class IS NULL OR length(economic_class) > 0);
ALTER TABLE budget_line ADD COLUMN fund_nature TEXT
  CHECK (fund_nature IS NULL OR fund_nature IN ('general', 'fund', 'state_capital', 'social_insurance'));
ALTER TABLE budget_line ADD COLUMN direct INTEGER CHECK (direct IS NULL OR direct IN (0, 1));
ALTER TABLE budget_line ADD COLUMN to_persons INTEGER CHECK (to_persons IS NULL OR to_persons IN (0, 1));

CREATE TABLE class_code (
  entry_id INTEGER PRIMARY KEY REFERENCES entry_row(id),
  scheme   TEXT NOT NULL CHECK (scheme IN ('function_class', 'economic_class')),
  code     TEXT NOT NULL CHECK (length(code) > 0),
  name     TEXT NOT NULL CHECK (length(name) > 0),
  UNIQUE (scheme, code)
) STRICT;

CREATE TRIGGER class_code_no_update BEFORE UPDATE ON class_code BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (class_code)'); END;
CREATE TRIGGER class_code_no_delete BEFORE DELETE ON class_code BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (class_code)'); END;
