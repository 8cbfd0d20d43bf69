-- fundledger PostgreSQL schema, version 19: the year end (issue 19), schemas/0019_year_close.sql
-- translated (its comments say what the tables hold). Applied to a new county after 0018, and to a
-- county of version 18 when it is next opened.
CREATE TABLE year_close (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  fiscal_year BIGINT NOT NULL UNIQUE,
  date        TEXT COLLATE "C" NOT NULL CHECK (length(date) = 10),
  doc_no      TEXT COLLATE "C",
  reason      TEXT COLLATE "C" NOT NULL CHECK (length(reason) > 0)
);

CREATE TABLE carryover (
  entry_id   BIGINT NOT NULL REFERENCES year_close(entry_id),
  seq        BIGINT NOT NULL,
  money_year BIGINT NOT NULL,
  source_doc TEXT COLLATE "C" NOT NULL CHECK (length(source_doc) > 0),
  earmark    TEXT COLLATE "C" NOT NULL,
  amount     BIGINT NOT NULL CHECK (amount > 0),
  years      BIGINT NOT NULL CHECK (years > 0),
  for_recall BIGINT NOT NULL CHECK (for_recall IN (0, 1)),
  PRIMARY KEY (entry_id, seq)
);

CREATE TRIGGER year_close_no_update BEFORE UPDATE ON year_close FOR EACH ROW EXECUTE FUNCTION append_only('year_close');
CREATE TRIGGER year_close_no_delete BEFORE DELETE ON year_close FOR EACH ROW EXECUTE FUNCTION append_only('year_close');
CREATE TRIGGER year_close_no_truncate BEFORE TRUNCATE ON year_close FOR EACH STATEMENT EXECUTE FUNCTION append_only('year_close');
CREATE TRIGGER carryover_no_update BEFORE UPDATE ON carryover FOR EACH ROW EXECUTE FUNCTION append_only('carryover');
CREATE TRIGGER carryover_no_delete BEFORE DELETE ON carryover FOR EACH ROW EXECUTE FUNCTION append_only('carryover');
CREATE TRIGGER carryover_no_truncate BEFORE TRUNCATE ON carryover FOR EACH STATEMENT EXECUTE FUNCTION append_only('carryover');

UPDATE meta SET value = '19' WHERE key = 'schema_version';
