-- fundledger schema, version 17: quota operations (指标调剂 / 调减, issue 19).
--
-- A `transfer` (调剂) moves quota from one line of a year's budget to another, the budget's total
-- unchanged; a `reduce` (调减) takes quota off a line and the total (a grant partly withdrawn). Each
-- is recorded as the budget revision it makes — the lines in force after it, like any revision —
-- and says so in these columns, NULL on revisions read from a budget file:
--
-- budget.quota_op      'transfer' or 'reduce'
-- budget.quota_from    the line (earmark code) the quota is taken from
-- budget.quota_to      the line it goes to (a transfer only)
-- budget.quota_amount  how much, in fen (> 0)
-- budget.quota_date    the day the operation takes effect (YYYY-MM-DD; also the entry's date)
--
-- Hashed with the revision only where set, so the revisions recorded before keep their hashes.
ALTER TABLE budget ADD COLUMN quota_op TEXT CHECK (quota_op IS NULL OR quota_op IN ('transfer', 'reduce'));
ALTER TABLE budget ADD COLUMN quota_from TEXT;
ALTER TABLE budget ADD COLUMN quota_to TEXT;
ALTER TABLE budget ADD COLUMN quota_amount INTEGER CHECK (quota_amount IS NULL OR quota_amount > 0);
ALTER TABLE budget ADD COLUMN quota_date TEXT CHECK (quota_date IS NULL OR length(quota_date) = 10);
