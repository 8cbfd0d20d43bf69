-- fundledger PostgreSQL schema, version 11: performance targets (issue 16), schemas/0011_targets.sql
-- translated (its comments say what each table holds). Applied to a new county after 0010, and to a
-- county of version 10 when it is next opened.
CREATE TABLE target (
  entry_id     BIGINT PRIMARY KEY REFERENCES entry_row(id),
  project_id   TEXT COLLATE "C" NOT NULL CHECK (length(project_id) > 0),
  indicator_id TEXT COLLATE "C" NOT NULL CHECK (length(indicator_id) > 0),
  kind         TEXT COLLATE "C" NOT NULL CHECK (kind IN ('output', 'benefit', 'satisfaction')),
  sub_kind     TEXT COLLATE "C" CHECK (sub_kind IS NULL OR sub_kind IN ('quantity', 'quality', 'timeliness', 'cost',
                                                                       'economic', 'social', 'ecological', 'sustainable')),
  name         TEXT COLLATE "C" NOT NULL,
  unit         TEXT COLLATE "C" NOT NULL,
  planned      TEXT COLLATE "C" NOT NULL,
  direction    TEXT COLLATE "C" NOT NULL CHECK (direction IN ('>=', '<=')),
  UNIQUE (project_id, indicator_id)
);

CREATE TABLE target_result (
  entry_id     BIGINT PRIMARY KEY REFERENCES entry_row(id),
  project_id   TEXT COLLATE "C" NOT NULL,
  indicator_id TEXT COLLATE "C" NOT NULL,
  date         TEXT COLLATE "C" NOT NULL,
  value        TEXT COLLATE "C" NOT NULL,
  note         TEXT COLLATE "C",
  UNIQUE (project_id, indicator_id, date)
);

CREATE TRIGGER target_no_update BEFORE UPDATE ON target FOR EACH ROW EXECUTE FUNCTION append_only('target');
CREATE TRIGGER target_no_delete BEFORE DELETE ON target FOR EACH ROW EXECUTE FUNCTION append_only('target');
CREATE TRIGGER target_no_truncate BEFORE TRUNCATE ON target FOR EACH STATEMENT EXECUTE FUNCTION append_only('target');
CREATE TRIGGER target_result_no_update BEFORE UPDATE ON target_result FOR EACH ROW EXECUTE FUNCTION append_only('target_result');
CREATE TRIGGER target_result_no_delete BEFORE DELETE ON target_result FOR EACH ROW EXECUTE FUNCTION append_only('target_result');
CREATE TRIGGER target_result_no_truncate BEFORE TRUNCATE ON target_result FOR EACH STATEMENT EXECUTE FUNCTION append_only('target_result');

UPDATE meta SET value = '11' WHERE key = 'schema_version';
