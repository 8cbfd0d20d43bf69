-- fundledger schema, version 13: handling warnings (预警处理, issue 17), journal entries like any other.
--
-- warning_action  one step of handling a warning — an audit finding known by its stable id
--                 (engine/monitor): confirm (as normal 确认正常, suspected 疑似违规 or violation 确认违规),
--                 rectify (整改: measures, amount recovered) or verify (核实). The finding as it read
--                 when handled is kept with the step (code, level, violation category, message,
--                 evidence). An attachment is kept beside the ledger, named by its SHA-256.
CREATE TABLE warning_action (
  entry_id          INTEGER PRIMARY KEY REFERENCES entry_row(id),
  warning_id        TEXT NOT NULL CHECK (length(warning_id) > 0),
  action            TEXT NOT NULL CHECK (action IN ('confirm', 'rectify', 'verify')),
  outcome           TEXT CHECK (outcome IS NULL OR outcome IN ('normal', 'suspected', 'violation')),
  by_name           TEXT NOT NULL CHECK (length(by_name) > 0),
  note              TEXT,
  measures          TEXT,
  amount_recovered  INTEGER CHECK (amount_recovered IS NULL OR amount_recovered >= 0),
  attachment_sha256 TEXT CHECK (attachment_sha256 IS NULL OR length(attachment_sha256) = 64),
  attachment_name   TEXT,
  code              TEXT NOT NULL,
  level             TEXT NOT NULL CHECK (level IN ('red', 'orange', 'yellow', 'blue')),
  violation         TEXT NOT NULL,
  message           TEXT NOT NULL,
  evidence          TEXT NOT NULL
) STRICT;
CREATE INDEX warning_action_warning ON warning_action (warning_id, entry_id);

CREATE TRIGGER warning_action_no_update BEFORE UPDATE ON warning_action BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (warning_action)'); END;
CREATE TRIGGER warning_action_no_delete BEFORE DELETE ON warning_action BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (warning_action)'); END;
