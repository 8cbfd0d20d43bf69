-- fundledger schema, version 16: freezes of quota (指标冻结, issue 19), journal entries like any other.
--
-- quota_freeze  one freeze or unfreeze of money not yet allocated: of a source (its unallocated
--               money, scope 'source', target its doc_no) or of a budget line (its unallocated quota,
--               scope 'line', target the earmark code of fiscal_year). Frozen money cannot be
--               allocated (so it is never paid) until it is unfrozen. A freeze is known by its
--               freeze_id; an unfreeze names the freeze and gives back part or all of what it holds.
--               `percent` is the share the clerk gave (e.g. 20%), `amount` what it came to, in fen.
CREATE TABLE quota_freeze (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry_row(id),
  freeze_id   TEXT NOT NULL CHECK (length(freeze_id) > 0),
  action      TEXT NOT NULL CHECK (action IN ('freeze', 'unfreeze')),
  scope       TEXT NOT NULL CHECK (scope IN ('source', 'line')),
  target      TEXT NOT NULL CHECK (length(target) > 0),
  fiscal_year INTEGER NOT NULL,
  date        TEXT NOT NULL CHECK (length(date) = 10),
  amount      INTEGER NOT NULL CHECK (amount > 0),
  percent     TEXT,
  doc_no      TEXT,
  reason      TEXT NOT NULL CHECK (length(reason) > 0)
) STRICT;
CREATE INDEX quota_freeze_target ON quota_freeze (scope, target, fiscal_year);
CREATE INDEX quota_freeze_id ON quota_freeze (freeze_id);

CREATE TRIGGER quota_freeze_no_update BEFORE UPDATE ON quota_freeze BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (quota_freeze)'); END;
CREATE TRIGGER quota_freeze_no_delete BEFORE DELETE ON quota_freeze BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (quota_freeze)'); END;
