-- fundledger PostgreSQL schema, version 20: advances and their settlement (预拨 / 核销, issue 19),
-- schemas/0020_advance.sql translated (its comments say what the rows hold). Applied to a new county
-- after 0019, and to a county of version 19 when it is next opened.
INSERT INTO category (code, name_zh, name_en, seq) VALUES
  ('advance', '预拨资金(待核销)', 'Advances (to be settled)', 9);

CREATE TABLE advance_settlement (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  settle_id   TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(settle_id) > 0),
  advance_doc TEXT COLLATE "C" NOT NULL CHECK (length(advance_doc) > 0),
  source_doc  TEXT COLLATE "C" NOT NULL CHECK (length(source_doc) > 0),
  date        TEXT COLLATE "C" NOT NULL CHECK (length(date) = 10),
  amount      BIGINT NOT NULL CHECK (amount > 0),
  doc_no      TEXT COLLATE "C",
  reason      TEXT COLLATE "C" NOT NULL CHECK (length(reason) > 0)
);
CREATE INDEX advance_settlement_advance ON advance_settlement (advance_doc, date);
CREATE INDEX advance_settlement_source ON advance_settlement (source_doc, date);

CREATE TRIGGER advance_settlement_no_update BEFORE UPDATE ON advance_settlement FOR EACH ROW EXECUTE FUNCTION append_only('advance_settlement');
CREATE TRIGGER advance_settlement_no_delete BEFORE DELETE ON advance_settlement FOR EACH ROW EXECUTE FUNCTION append_only('advance_settlement');
CREATE TRIGGER advance_settlement_no_truncate BEFORE TRUNCATE ON advance_settlement FOR EACH STATEMENT EXECUTE FUNCTION append_only('advance_settlement');

UPDATE meta SET value = '20' WHERE key = 'schema_version';
