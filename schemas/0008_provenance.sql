-- fundledger schema, version 8: the import record under the hash chain (issue 18).
--
-- From this version on, the first entry of each import also hashes the import's record (table
-- import_batch: kind, file name, the file's SHA-256, operator, time, override reason), so editing
-- the record breaks the chain (engine/store/sqlite/canonical.hpp). Entries recorded before the
-- migration keep the hashes they were recorded with: `chain_form.provenance_from` is the first
-- entry id whose import record is hashed. Changing it changes which entries are hashed with their
-- record, so the stored hashes no longer verify: it protects itself. `import_from` is the first
-- import record that must have entries: before schema 8 the rules and loans imports kept a record
-- of a run that added nothing (no entry covers those records; verify lets them stand).
CREATE TABLE chain_form (
  provenance_from INTEGER NOT NULL,
  import_from     INTEGER NOT NULL
) STRICT;
INSERT INTO chain_form (provenance_from, import_from)
  SELECT (SELECT COALESCE(MAX(id), 0) + 1 FROM entry), (SELECT COALESCE(MAX(id), 0) + 1 FROM import_batch);
CREATE TRIGGER chain_form_no_update BEFORE UPDATE ON chain_form BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (chain_form)'); END;
CREATE TRIGGER chain_form_no_delete BEFORE DELETE ON chain_form BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (chain_form)'); END;
CREATE TRIGGER chain_form_no_insert BEFORE INSERT ON chain_form BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (chain_form)'); END;

-- The file says what it is: SQLite's application id 0x464C4447 ("FLDG"), so another
-- application's database is told apart from a ledger before anything is written to it.
PRAGMA application_id = 1179403335;
