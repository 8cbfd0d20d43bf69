-- fundledger schema, version 15: closed periods (期间锁定, issue 19), journal entries like any other.
--
-- period_lock  one lock or unlock of the ledger's periods. action 'lock': nothing dated on or
--              before `through` may be imported or corrected from then on (`previous` is the lock it
--              replaced, if any). action 'unlock': the lock is moved back to `through`, or removed
--              when `through` is NULL; `previous` is the lock it lifted. An unlock needs a reason; a
--              lock's reason and the document (文号) are optional. Who and when are the entry's header.
CREATE TABLE period_lock (
  entry_id INTEGER PRIMARY KEY REFERENCES entry_row(id),
  action   TEXT NOT NULL CHECK (action IN ('lock', 'unlock')),
  through  TEXT CHECK (through IS NULL OR length(through) = 10),
  previous TEXT CHECK (previous IS NULL OR length(previous) = 10),
  reason   TEXT CHECK (action = 'lock' OR coalesce(length(reason), 0) > 0),
  doc_no   TEXT
) STRICT;

CREATE TRIGGER period_lock_no_update BEFORE UPDATE ON period_lock BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (period_lock)'); END;
CREATE TRIGGER period_lock_no_delete BEFORE DELETE ON period_lock BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (period_lock)'); END;
