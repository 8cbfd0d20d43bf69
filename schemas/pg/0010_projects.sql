-- fundledger PostgreSQL schema, version 10: the project library (issue 16), schemas/0010_projects.sql
-- translated (its comments say what each table holds). Applied to a new county after 0001, and to a
-- county of version 9 when it is next opened for writing.
CREATE TABLE project (
  entry_id               BIGINT PRIMARY KEY REFERENCES entry_row(id),
  project_id             TEXT COLLATE "C" NOT NULL CHECK (length(project_id) > 0),
  version                BIGINT NOT NULL CHECK (version >= 1),
  name                   TEXT COLLATE "C" NOT NULL,
  category               TEXT COLLATE "C" NOT NULL,
  nature                 TEXT COLLATE "C",
  town                   TEXT COLLATE "C" NOT NULL,
  village                TEXT COLLATE "C",
  responsible_unit       TEXT COLLATE "C" NOT NULL,
  leader                 TEXT COLLATE "C",
  planned_start          TEXT COLLATE "C",
  planned_end            TEXT COLLATE "C",
  investment             BIGINT NOT NULL CHECK (investment >= 0),
  fiscal_share           BIGINT CHECK (fiscal_share IS NULL OR fiscal_share >= 0),
  beneficiary_households BIGINT CHECK (beneficiary_households IS NULL OR beneficiary_households >= 0),
  beneficiary_poor       BIGINT CHECK (beneficiary_poor IS NULL OR beneficiary_poor >= 0),
  linkage                TEXT COLLATE "C",
  content                TEXT COLLATE "C",
  UNIQUE (project_id, version)
);

CREATE TABLE project_status (
  entry_id   BIGINT PRIMARY KEY REFERENCES entry_row(id),
  project_id TEXT COLLATE "C" NOT NULL,
  status     TEXT COLLATE "C" NOT NULL CHECK (status IN ('applied', 'town_reviewed', 'approved', 'planned', 'started',
                                             'completed', 'accepted', 'withdrawn')),
  date       TEXT COLLATE "C" NOT NULL,
  year       BIGINT,
  doc_no     TEXT COLLATE "C" NOT NULL,
  reason     TEXT COLLATE "C"
);
CREATE INDEX project_status_project ON project_status (project_id, entry_id);

CREATE TABLE contract (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  contract_id TEXT COLLATE "C" NOT NULL UNIQUE CHECK (length(contract_id) > 0),
  project     TEXT COLLATE "C" NOT NULL,
  payee_id    TEXT COLLATE "C" NOT NULL,
  amount      BIGINT NOT NULL CHECK (amount > 0),
  signed_on   TEXT COLLATE "C" NOT NULL,
  earmark     TEXT COLLATE "C" NOT NULL,
  fiscal_year BIGINT NOT NULL
);
CREATE INDEX contract_project ON contract (project);

CREATE TABLE contract_draw (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  voucher     TEXT COLLATE "C" NOT NULL UNIQUE,
  contract_id TEXT COLLATE "C" NOT NULL,
  amount      BIGINT NOT NULL CHECK (amount > 0)
);
CREATE INDEX contract_draw_contract ON contract_draw (contract_id);

CREATE TABLE contract_end (
  entry_id    BIGINT PRIMARY KEY REFERENCES entry_row(id),
  contract_id TEXT COLLATE "C" NOT NULL UNIQUE,
  kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('close', 'void')),
  date        TEXT COLLATE "C" NOT NULL,
  reason      TEXT COLLATE "C" NOT NULL
);

CREATE TRIGGER project_no_update BEFORE UPDATE ON project FOR EACH ROW EXECUTE FUNCTION append_only('project');
CREATE TRIGGER project_no_delete BEFORE DELETE ON project FOR EACH ROW EXECUTE FUNCTION append_only('project');
CREATE TRIGGER project_no_truncate BEFORE TRUNCATE ON project FOR EACH STATEMENT EXECUTE FUNCTION append_only('project');
CREATE TRIGGER project_status_no_update BEFORE UPDATE ON project_status FOR EACH ROW EXECUTE FUNCTION append_only('project_status');
CREATE TRIGGER project_status_no_delete BEFORE DELETE ON project_status FOR EACH ROW EXECUTE FUNCTION append_only('project_status');
CREATE TRIGGER project_status_no_truncate BEFORE TRUNCATE ON project_status FOR EACH STATEMENT EXECUTE FUNCTION append_only('project_status');
CREATE TRIGGER contract_no_update BEFORE UPDATE ON contract FOR EACH ROW EXECUTE FUNCTION append_only('contract');
CREATE TRIGGER contract_no_delete BEFORE DELETE ON contract FOR EACH ROW EXECUTE FUNCTION append_only('contract');
CREATE TRIGGER contract_no_truncate BEFORE TRUNCATE ON contract FOR EACH STATEMENT EXECUTE FUNCTION append_only('contract');
CREATE TRIGGER contract_draw_no_update BEFORE UPDATE ON contract_draw FOR EACH ROW EXECUTE FUNCTION append_only('contract_draw');
CREATE TRIGGER contract_draw_no_delete BEFORE DELETE ON contract_draw FOR EACH ROW EXECUTE FUNCTION append_only('contract_draw');
CREATE TRIGGER contract_draw_no_truncate BEFORE TRUNCATE ON contract_draw FOR EACH STATEMENT EXECUTE FUNCTION append_only('contract_draw');
CREATE TRIGGER contract_end_no_update BEFORE UPDATE ON contract_end FOR EACH ROW EXECUTE FUNCTION append_only('contract_end');
CREATE TRIGGER contract_end_no_delete BEFORE DELETE ON contract_end FOR EACH ROW EXECUTE FUNCTION append_only('contract_end');
CREATE TRIGGER contract_end_no_truncate BEFORE TRUNCATE ON contract_end FOR EACH STATEMENT EXECUTE FUNCTION append_only('contract_end');

UPDATE meta SET value = '10' WHERE key = 'schema_version';
