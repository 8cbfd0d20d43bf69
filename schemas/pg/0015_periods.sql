-- fundledger PostgreSQL schema, version 15: closed periods (issue 19), schemas/0015_periods.sql
-- translated (its comments say what the table holds). Applied to a new county after 0014, and to a
-- county of version 14 when it is next opened.
CREATE TABLE period_lock (
  entry_id BIGINT PRIMARY KEY REFERENCES entry_row(id),
  action   TEXT COLLATE "C" NOT NULL CHECK (action IN ('lock', 'unlock')),
  through  TEXT COLLATE "C" CHECK (through IS NULL OR length(through) = 10),
  previous TEXT COLLATE "C" CHECK (previous IS NULL OR length(previous) = 10),
  reason   TEXT COLLATE "C" CHECK (action = 'lock' OR coalesce(length(reason), 0) > 0),
  doc_no   TEXT COLLATE "C"
);

CREATE TRIGGER period_lock_no_update BEFORE UPDATE ON period_lock FOR EACH ROW EXECUTE FUNCTION append_only('period_lock');
CREATE TRIGGER period_lock_no_delete BEFORE DELETE ON period_lock FOR EACH ROW EXECUTE FUNCTION append_only('period_lock');
CREATE TRIGGER period_lock_no_truncate BEFORE TRUNCATE ON period_lock FOR EACH STATEMENT EXECUTE FUNCTION append_only('period_lock');

UPDATE meta SET value = '15' WHERE key = 'schema_version';
