-- fundledger schema, version 11: performance targets (绩效目标, issue 16), journal entries like any other.
--
-- target         one indicator of a project's targets: kind output 产出 (sub_kind quantity 数量, quality
--                质量, timeliness 时效, cost 成本), benefit 效益 (economic 经济, social 社会, ecological 生态,
--                sustainable 可持续) or satisfaction 满意度; its unit, planned value and direction (>= or <=)
-- target_result  a value of an indicator measured on a day (the latest on or before a report's date counts)
-- Values are exact decimals kept as text ("1200", "95.5"), never floats. That the project is in the
-- library and the indicator recorded are engine/projects' checks; the schema keeps what every row must be.
CREATE TABLE target (
  entry_id     INTEGER PRIMARY KEY REFERENCES entry_row(id),
  project_id   TEXT NOT NULL CHECK (length(project_id) > 0),
  indicator_id TEXT NOT NULL CHECK (length(indicator_id) > 0),
  kind         TEXT NOT NULL CHECK (kind IN ('output', 'benefit', 'satisfaction')),
  sub_kind     TEXT CHECK (sub_kind IS NULL OR sub_kind IN ('quantity', 'quality', 'timeliness', 'cost',
                                                            'economic', 'social', 'ecological', 'sustainable')),
  name         TEXT NOT NULL,
  unit         TEXT NOT NULL,
  planned      TEXT NOT NULL,
  direction    TEXT NOT NULL CHECK (direction IN ('>=', '<=')),
  UNIQUE (project_id, indicator_id)
) STRICT;

CREATE TABLE target_result (
  entry_id     INTEGER PRIMARY KEY REFERENCES entry_row(id),
  project_id   TEXT NOT NULL,
  indicator_id TEXT NOT NULL,
  date         TEXT NOT NULL,
  value        TEXT NOT NULL,
  note         TEXT,
  UNIQUE (project_id, indicator_id, date)
) STRICT;

CREATE TRIGGER target_no_update BEFORE UPDATE ON target BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (target)'); END;
CREATE TRIGGER target_no_delete BEFORE DELETE ON target BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (target)'); END;

CREATE TRIGGER target_result_no_update BEFORE UPDATE ON target_result BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (target_result)'); END;
CREATE TRIGGER target_result_no_delete BEFORE DELETE ON target_result BEGIN SELECT RAISE(ABORT, 'fundledger: the journal is append-only (target_result)'); END;
