-- fundledger PostgreSQL schema, version 17: quota operations (issue 19), schemas/0017_quota_ops.sql
-- translated (its comments say what the columns hold). Applied to a new county after 0016, and to a
-- county of version 16 when it is next opened.
ALTER TABLE budget ADD COLUMN quota_op TEXT COLLATE "C" CHECK (quota_op IS NULL OR quota_op IN ('transfer', 'reduce'));
ALTER TABLE budget ADD COLUMN quota_from TEXT COLLATE "C";
ALTER TABLE budget ADD COLUMN quota_to TEXT COLLATE "C";
ALTER TABLE budget ADD COLUMN quota_amount BIGINT CHECK (quota_amount IS NULL OR quota_amount > 0);
ALTER TABLE budget ADD COLUMN quota_date TEXT COLLATE "C" CHECK (quota_date IS NULL OR length(quota_date) = 10);

UPDATE meta SET value = '17' WHERE key = 'schema_version';
