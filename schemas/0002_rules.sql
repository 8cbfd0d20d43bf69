-- fundledger schema, version 2: the funding rules (CONTRACT.md "Rules files"), as journal entries.
-- Each imported rule is versioned by its id: importing a rules file records one entry (kind
-- 'rules') per rule that is new or changed; an identical rule is skipped. The rules in force are
-- the latest version of each id. params is the rule's parameters as canonical JSON (sorted keys,
-- values as written in the file).

CREATE TABLE rule (
  entry_id   INTEGER PRIMARY KEY REFERENCES entry(id),
  rule_id    TEXT NOT NULL,
  version    INTEGER NOT NULL CHECK (version >= 1),
  kind       TEXT NOT NULL,
  severity   TEXT NOT NULL CHECK (severity IN ('error', 'warn')),
  from_year  INTEGER,
  to_year    INTEGER,
  note       TEXT,
  params     TEXT NOT NULL,
  file_name  TEXT NOT NULL,
  UNIQUE (rule_id, version)
) STRICT;

CREATE TRIGGER rule_no_update BEFORE UPDATE ON rule BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (rule)'); END;
CREATE TRIGGER rule_no_delete BEFORE DELETE ON rule BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (rule)'); END;
