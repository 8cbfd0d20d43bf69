-- fundledger schema, version 10: the project library (项目库, issue 16), journal entries like any other.
--
-- project         one version of a project's record (a re-import with other fields is the next version)
-- project_status  one step of its life: applied 申报 → town_reviewed 乡审核 → approved 县审定 (入库) →
--                 planned 纳入年度计划 (year) → started 实施 → completed 完工 → accepted 验收, or withdrawn 退出
-- contract        a contract of a project: money of an earmark committed to a payee
-- contract_draw   a payment's draw on a contract (recorded right after the payment that names it)
-- contract_end    a contract closed (结算) or voided (作废): what it still committed is released
-- The order of the steps, the amounts a contract may commit and draw, and who may be paid are
-- engine/projects' checks; the schema keeps what every row must be.
CREATE TABLE project (
  entry_id               INTEGER PRIMARY KEY REFERENCES entry_row(id),
  project_id             TEXT NOT NULL CHECK (length(project_id) > 0),
  version                INTEGER NOT NULL CHECK (version >= 1),
  name                   TEXT NOT NULL,
  category               TEXT NOT NULL,
  nature                 TEXT,
  town                   TEXT NOT NULL,
  village                TEXT,
  responsible_unit       TEXT NOT NULL,
  leader                 TEXT,
  planned_start          TEXT,
  planned_end            TEXT,
  investment             INTEGER NOT NULL CHECK (investment >= 0),
  fiscal_share           INTEGER CHECK (fiscal_share IS NULL OR fiscal_share >= 0),
  beneficiary_households INTEGER CHECK (beneficiary_households IS NULL OR beneficiary_households >= 0),
  beneficiary_poor       INTEGER CHECK (beneficiary_poor IS NULL OR beneficiary_poor >= 0),
  linkage                TEXT,
  content                TEXT,
  UNIQUE (project_id, version)
) STRICT;

CREATE TABLE project_status (
  entry_id   INTEGER PRIMARY KEY REFERENCES entry_row(id),
  project_id TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('applied', 'town_reviewed', 'approved', 'planned', 'started',
                                             'completed', 'accepted', 'withdrawn')),
  date       TEXT NOT NULL,
  year       INTEGER,
  doc_no     TEXT NOT NULL,
  reason     TEXT
) STRICT;
CREATE INDEX project_status_project ON project_status (project_id, entry_id);

CREATE TABLE contract (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry_row(id),
  contract_id TEXT NOT NULL UNIQUE CHECK (length(contract_id) > 0),
  project     TEXT NOT NULL,
  payee_id    TEXT NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount > 0),
  signed_on   TEXT NOT NULL,
  earmark     TEXT NOT NULL,
  fiscal_year INTEGER NOT NULL
) STRICT;
CREATE INDEX contract_project ON contract (project);

CREATE TABLE contract_draw (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry_row(id),
  voucher     TEXT NOT NULL UNIQUE,
  contract_id TEXT NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount > 0)
) STRICT;
CREATE INDEX contract_draw_contract ON contract_draw (contract_id);

CREATE TABLE contract_end (
  entry_id    INTEGER PRIMARY KEY REFERENCES entry_row(id),
  contract_id TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL CHECK (kind IN ('close', 'void')),
  date        TEXT NOT NULL,
  reason      TEXT NOT NULL
) STRICT;

CREATE TRIGGER project_no_update BEFORE UPDATE ON project BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (project)'); END;
CREATE TRIGGER project_no_delete BEFORE DELETE ON project BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (project)'); END;

CREATE TRIGGER project_status_no_update BEFORE UPDATE ON project_status BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (project_status)'); END;
CREATE TRIGGER project_status_no_delete BEFORE DELETE ON project_status BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (project_status)'); END;

CREATE TRIGGER contract_no_update BEFORE UPDATE ON contract BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (contract)'); END;
CREATE TRIGGER contract_no_delete BEFORE DELETE ON contract BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (contract)'); END;

CREATE TRIGGER contract_draw_no_update BEFORE UPDATE ON contract_draw BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (contract_draw)'); END;
CREATE TRIGGER contract_draw_no_delete BEFORE DELETE ON contract_draw BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (contract_draw)'); END;

CREATE TRIGGER contract_end_no_update BEFORE UPDATE ON contract_end BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (contract_end)'); END;
CREATE TRIGGER contract_end_no_delete BEFORE DELETE ON contract_end BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (contract_end)'); END;
