-- fundledger PostgreSQL schema, version 16: freezes of quota (issue 19), schemas/0016_quota_freeze.sql
-- translated (its comments say what the table holds). Applied to a new county after 0015, and to a
-- county of version 15 when it is next opened.
CREATE TABLE quota_freeze (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  freeze_id   TEXT COLLATE "C" NOT NULL CHECK (length(freeze_id) > 0),
  action      TEXT COLLATE "C" NOT NULL CHECK (action IN ('freeze', 'unfreeze')),
  scope       TEXT COLLATE "C" NOT NULL CHECK (scope IN ('source', 'line')),
  target      TEXT COLLATE "C" NOT NULL CHECK (length(target) > 0),
  fiscal_year BIGINT NOT NULL,
  date        TEXT COLLATE "C" NOT NULL CHECK (length(date) = 10),
  amount      BIGINT NOT NULL CHECK (amount > 0),
  percent     TEXT COLLATE "C",
  doc_no      TEXT COLLATE "C",
  reason      TEXT COLLATE "C" NOT NULL CHECK (length(reason) > 0)
);
CREATE INDEX quota_freeze_target ON quota_freeze (scope, target, fiscal_year);
CREATE INDEX quota_freeze_id ON quota_freeze (freeze_id);

CREATE TRIGGER quota_freeze_no_update BEFORE UPDATE ON quota_freeze FOR EACH ROW EXECUTE FUNCTION append_only('quota_freeze');
CREATE TRIGGER quota_freeze_no_delete BEFORE DELETE ON quota_freeze FOR EACH ROW EXECUTE FUNCTION append_only('quota_freeze');
CREATE TRIGGER quota_freeze_no_truncate BEFORE TRUNCATE ON quota_freeze FOR EACH STATEMENT EXECUTE FUNCTION append_only('quota_freeze');

UPDATE meta SET value = '16' WHERE key = 'schema_version';
