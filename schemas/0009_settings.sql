-- fundledger schema, version 9: the bureau's settings (issue 15), journal entries like any other.
--
-- 单位, 制表人, 审核人, 负责人, 联系电话, 监督电话: what every sheet of a workbook shows in its header
-- and sign-off line. Each change (`fundledger settings set KEY VALUE`, `settings unset KEY`) is one
-- entry of kind 'setting' under the hash chain; who made it and when are the entry's header (its
-- import record: operator, time). Nothing is edited: the value in force is the key's latest entry;
-- a NULL value is an unset. The keys and what a value may hold are engine/settings' (a key the
-- program does not know is shown as it is, never dropped).
CREATE TABLE setting (
  entry_id INTEGER PRIMARY KEY REFERENCES entry_row(id),
  key      TEXT NOT NULL CHECK (length(key) > 0),
  value    TEXT CHECK (value IS NULL OR length(value) > 0)
) STRICT;

CREATE INDEX setting_key ON setting (key, entry_id);

CREATE TRIGGER setting_no_update BEFORE UPDATE ON setting BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (setting)'); END;
CREATE TRIGGER setting_no_delete BEFORE DELETE ON setting BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (setting)'); END;
