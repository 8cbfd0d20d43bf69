-- fundledger PostgreSQL schema, version 13: handling warnings (issue 17), schemas/0013_warnings.sql
-- translated (its comments say what the table holds). Applied to a new county after 0012, and to a
-- county of version 12 when it is next opened.
CREATE TABLE warning_action (
  entry_id          BIGINT PRIMARY KEY REFERENCES entry_row(id),
  warning_id        TEXT COLLATE "C" NOT NULL CHECK (length(warning_id) > 0),
  action            TEXT COLLATE "C" NOT NULL CHECK (action IN ('confirm', 'rectify', 'verify')),
  outcome           TEXT COLLATE "C" CHECK (outcome IS NULL OR outcome IN ('normal', 'suspected', 'violation')),
  by_name           TEXT COLLATE "C" NOT NULL CHECK (length(by_name) > 0),
  note              TEXT COLLATE "C",
  measures          TEXT COLLATE "C",
  amount_recovered  BIGINT CHECK (amount_recovered IS NULL OR amount_recovered >= 0),
  attachment_sha256 TEXT COLLATE "C" CHECK (attachment_sha256 IS NULL OR length(attachment_sha256) = 64),
  attachment_name   TEXT COLLATE "C",
  code              TEXT COLLATE "C" NOT NULL,
  level             TEXT COLLATE "C" NOT NULL CHECK (level IN ('red', 'orange', 'yellow', 'blue')),
  violation         TEXT COLLATE "C" NOT NULL,
  message           TEXT COLLATE "C" NOT NULL,
  evidence          TEXT COLLATE "C" NOT NULL
);
CREATE INDEX warning_action_warning ON warning_action (warning_id, entry_id);

CREATE TRIGGER warning_action_no_update BEFORE UPDATE ON warning_action FOR EACH ROW EXECUTE FUNCTION append_only('warning_action');
CREATE TRIGGER warning_action_no_delete BEFORE DELETE ON warning_action FOR EACH ROW EXECUTE FUNCTION append_only('warning_action');
CREATE TRIGGER warning_action_no_truncate BEFORE TRUNCATE ON warning_action FOR EACH STATEMENT EXECUTE FUNCTION append_only('warning_action');

UPDATE meta SET value = '13' WHERE key = 'schema_version';
