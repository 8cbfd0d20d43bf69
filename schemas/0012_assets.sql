-- fundledger schema, version 12: the assets projects leave (项目资产, issue 16), journal entries like any other.
--
-- asset         what a completed project left, registered (确权) and handed over: type operating 经营性,
--               public 公益性 or household 到户类; owner collective 村集体 or household 农户 (owner_id);
--               value at most what the project was paid (engine/projects checks it when imported)
-- asset_income  what an asset earned on a day (rent, dividend), with the receipt's document
-- asset_payout  a payment's share-out of an asset's income to a household (recorded right after the
--               payment that names the asset); what was paid out never exceeds what was earned
CREATE TABLE asset (
  entry_id      INTEGER PRIMARY KEY REFERENCES entry_row(id),
  asset_id      TEXT NOT NULL UNIQUE CHECK (length(asset_id) > 0),
  project_id    TEXT NOT NULL,
  type          TEXT NOT NULL CHECK (type IN ('operating', 'public', 'household')),
  name          TEXT,
  value         INTEGER NOT NULL CHECK (value > 0),
  owner         TEXT NOT NULL CHECK (owner IN ('collective', 'household')),
  owner_id      TEXT,
  registered_on TEXT,
  custodian     TEXT
) STRICT;
CREATE INDEX asset_project ON asset (project_id);

CREATE TABLE asset_income (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry_row(id),
  asset_id    TEXT NOT NULL,
  date        TEXT NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount > 0),
  doc_no      TEXT NOT NULL,
  payer       TEXT,
  note        TEXT,
  UNIQUE (asset_id, doc_no)
) STRICT;

CREATE TABLE asset_payout (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry_row(id),
  voucher     TEXT NOT NULL UNIQUE,
  asset_id    TEXT NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount > 0)
) STRICT;
CREATE INDEX asset_payout_asset ON asset_payout (asset_id);

CREATE TRIGGER asset_no_update BEFORE UPDATE ON asset BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (asset)'); END;
CREATE TRIGGER asset_no_delete BEFORE DELETE ON asset BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (asset)'); END;
CREATE TRIGGER asset_income_no_update BEFORE UPDATE ON asset_income BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (asset_income)'); END;
CREATE TRIGGER asset_income_no_delete BEFORE DELETE ON asset_income BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (asset_income)'); END;
CREATE TRIGGER asset_payout_no_update BEFORE UPDATE ON asset_payout BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (asset_payout)'); END;
CREATE TRIGGER asset_payout_no_delete BEFORE DELETE ON asset_payout BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (asset_payout)'); END;
