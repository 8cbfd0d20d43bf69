-- fundledger PostgreSQL schema, version 21: classifications of sources and budget lines (预算科目,
-- issue 19), schemas/0021_classifications.sql translated (its comments say what the columns hold).
-- Applied to a new county after 0020, and to a county of version 20 when it is next opened.
ALTER TABLE source ADD COLUMN function_class TEXT COLLATE "C" CHECK (function_class IS NULL OR length(function_class) > 0);
ALTER TABLE source ADD COLUMN economic_class TEXT COLLATE "C" CHECK (economic_class IS NULL OR length(economic_class) > 0);
ALTER TABLE source ADD COLUMN fund_nature TEXT COLLATE "C"
  CHECK (fund_nature IS NULL OR fund_nature IN ('general', 'fund', 'state_capital', 'social_insurance'));
ALTER TABLE source ADD COLUMN direct BIGINT CHECK (direct IS NULL OR direct IN (0, 1));
ALTER TABLE source ADD COLUMN to_persons BIGINT CHECK (to_persons IS NULL OR to_persons IN (0, 1));

ALTER TABLE budget_line ADD COLUMN function_class TEXT COLLATE "C" CHECK (function_class IS NULL OR length(function_class) > 0);
ALTER TABLE budget_line ADD COLUMN economic_class TEXT COLLATE "C" CHECK (economic_class IS NULL OR length(economic_class) > 0);
ALTER TABLE budget_line ADD COLUMN fund_nature TEXT COLLATE "C"
  CHECK (fund_nature IS NULL OR fund_nature IN ('general', 'fund', 'state_capital', 'social_insurance'));
ALTER TABLE budget_line ADD COLUMN direct BIGINT CHECK (direct IS NULL OR direct IN (0, 1));
ALTER TABLE budget_line ADD COLUMN to_persons BIGINT CHECK (to_persons IS NULL OR to_persons IN (0, 1));

CREATE TABLE class_code (
  entry_id BIGINT PRIMARY KEY REFERENCES entry_row(id),
  scheme   TEXT COLLATE "C" NOT NULL CHECK (scheme IN ('function_class', 'economic_class')),
  code     TEXT COLLATE "C" NOT NULL CHECK (length(code) > 0),
  name     TEXT COLLATE "C" NOT NULL CHECK (length(name) > 0),
  UNIQUE (scheme, code)
);

CREATE TRIGGER class_code_no_update BEFORE UPDATE ON class_code FOR EACH ROW EXECUTE FUNCTION append_only('class_code');
CREATE TRIGGER class_code_no_delete BEFORE DELETE ON class_code FOR EACH ROW EXECUTE FUNCTION append_only('class_code');
CREATE TRIGGER class_code_no_truncate BEFORE TRUNCATE ON class_code FOR EACH STATEMENT EXECUTE FUNCTION append_only('class_code');

UPDATE meta SET value = '21' WHERE key = 'schema_version';
