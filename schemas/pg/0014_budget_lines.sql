-- fundledger PostgreSQL schema, version 14: control by line (issue 19), schemas/0014_budget_lines.sql
-- translated (its comments say what the column holds). Applied to a new county after 0013, and to a
-- county of version 13 when it is next opened.
ALTER TABLE budget_line ADD COLUMN open_ended BIGINT CHECK (open_ended IS NULL OR open_ended = 1);

UPDATE meta SET value = '14' WHERE key = 'schema_version';
