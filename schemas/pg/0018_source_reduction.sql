-- fundledger PostgreSQL schema, version 18: reductions of a source (issue 19),
-- schemas/0018_source_reduction.sql translated (its comments say what the table holds). Applied to a
-- new county after 0017, and to a county of version 17 when it is next opened.
CREATE TABLE source_reduction (
  entry_id     BIGINT PRIMARY KEY REFERENCES entry_row(id),
  reduction_id TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(reduction_id) > 0),
  kind         TEXT COLLATE "C" NOT NULL CHECK (kind IN ('reduce', 'recall')),
  source_doc   TEXT COLLATE "C" NOT NULL CHECK (length(source_doc) > 0),
  fiscal_year  BIGINT NOT NULL,
  date         TEXT COLLATE "C" NOT NULL CHECK (length(date) = 10),
  amount       BIGINT NOT NULL CHECK (amount > 0),
  doc_no       TEXT COLLATE "C",
  reason       TEXT COLLATE "C" NOT NULL CHECK (length(reason) > 0)
);
CREATE INDEX source_reduction_source ON source_reduction (source_doc, date);

CREATE TRIGGER source_reduction_no_update BEFORE UPDATE ON source_reduction FOR EACH ROW EXECUTE FUNCTION append_only('source_reduction');
CREATE TRIGGER source_reduction_no_delete BEFORE DELETE ON source_reduction FOR EACH ROW EXECUTE FUNCTION append_only('source_reduction');
CREATE TRIGGER source_reduction_no_truncate BEFORE TRUNCATE ON source_reduction FOR EACH STATEMENT EXECUTE FUNCTION append_only('source_reduction');

UPDATE meta SET value = '18' WHERE key = 'schema_version';
