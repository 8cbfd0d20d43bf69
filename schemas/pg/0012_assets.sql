-- fundledger PostgreSQL schema, version 12: the assets projects leave (issue 16), schemas/0012_assets.sql
-- translated (its comments say what each table holds). Applied to a new county after 0011, and to a
-- county of version 11 when it is next opened.
CREATE TABLE asset (
  entry_id      BIGINT PRIMARY KEY REFERENCES entry_row(id),
  asset_id      TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(asset_id) > 0),
  project_id    TEXT COLLATE "C" NOT NULL,
  type          TEXT COLLATE "C" NOT NULL CHECK (type IN ('operating', 'public', 'household')),
  name          TEXT COLLATE "C",
  value         BIGINT NOT NULL CHECK (value > 0),
  owner         TEXT COLLATE "C" NOT NULL CHECK (owner IN ('collective', 'household')),
  owner_id      TEXT COLLATE "C",
  registered_on TEXT COLLATE "C",
  custodian     TEXT COLLATE "C"
);
CREATE INDEX asset_project ON asset (project_id);

CREATE TABLE asset_income (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  asset_id    TEXT COLLATE "C" NOT NULL,
  date        TEXT COLLATE "C" NOT NULL,
  amount      BIGINT NOT NULL CHECK (amount > 0),
  doc_no      TEXT COLLATE "C" NOT NULL,
  payer       TEXT COLLATE "C",
  note        TEXT COLLATE "C",
  UNIQUE (asset_id, doc_no)
);

CREATE TABLE asset_payout (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  voucher     TEXT COLLATE "C" NOT NULL UNIQUE,
  asset_id    TEXT COLLATE "C" NOT NULL,
  amount      BIGINT NOT NULL CHECK (amount > 0)
);
CREATE INDEX asset_payout_asset ON asset_payout (asset_id);

CREATE TRIGGER asset_no_update BEFORE UPDATE ON asset FOR EACH ROW EXECUTE FUNCTION append_only('asset');
CREATE TRIGGER asset_no_delete BEFORE DELETE ON asset FOR EACH ROW EXECUTE FUNCTION append_only('asset');
CREATE TRIGGER asset_no_truncate BEFORE TRUNCATE ON asset FOR EACH STATEMENT EXECUTE FUNCTION append_only('asset');
CREATE TRIGGER asset_income_no_update BEFORE UPDATE ON asset_income FOR EACH ROW EXECUTE FUNCTION append_only('asset_income');
CREATE TRIGGER asset_income_no_delete BEFORE DELETE ON asset_income FOR EACH ROW EXECUTE FUNCTION append_only('asset_income');
CREATE TRIGGER asset_income_no_truncate BEFORE TRUNCATE ON asset_income FOR EACH STATEMENT EXECUTE FUNCTION append_only('asset_income');
CREATE TRIGGER asset_payout_no_update BEFORE UPDATE ON asset_payout FOR EACH ROW EXECUTE FUNCTION append_only('asset_payout');
CREATE TRIGGER asset_payout_no_delete BEFORE DELETE ON asset_payout FOR EACH ROW EXECUTE FUNCTION append_only('asset_payout');
CREATE TRIGGER asset_payout_no_truncate BEFORE TRUNCATE ON asset_payout FOR EACH STATEMENT EXECUTE FUNCTION append_only('asset_payout');

UPDATE meta SET value = '12' WHERE key = 'schema_version';
