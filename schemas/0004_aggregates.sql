-- fundledger schema, version 4: running daily totals of the flow table, so that balances and
-- reports read a few thousand rows instead of every payment (issue 8).
--
-- These tables are derived, not journal: the import maintains them in the same transaction as
-- the flows it writes, and `verify` recomputes them from `flow` and reports any difference.
-- '' stands for "no town".

CREATE TABLE agg_earmark_day (
  fiscal_year INTEGER NOT NULL,
  earmark     TEXT NOT NULL,
  date        TEXT NOT NULL,
  alloc       INTEGER NOT NULL,
  pay         INTEGER NOT NULL,
  PRIMARY KEY (fiscal_year, earmark, date)
) STRICT, WITHOUT ROWID;

CREATE TABLE agg_town_day (
  fiscal_year INTEGER NOT NULL,
  town        TEXT NOT NULL,
  date        TEXT NOT NULL,
  alloc       INTEGER NOT NULL,
  pay         INTEGER NOT NULL,
  PRIMARY KEY (fiscal_year, town, date)
) STRICT, WITHOUT ROWID;

CREATE TABLE agg_source_day (
  source_doc  TEXT NOT NULL,
  date        TEXT NOT NULL,
  alloc       INTEGER NOT NULL,
  pay         INTEGER NOT NULL,
  PRIMARY KEY (source_doc, date)
) STRICT, WITHOUT ROWID;

-- Ledgers recorded before version 4: fill the totals from the flows already there.
INSERT INTO agg_earmark_day
  SELECT fiscal_year, earmark, date, SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END), SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END)
  FROM flow GROUP BY fiscal_year, earmark, date;
INSERT INTO agg_town_day
  SELECT fiscal_year, COALESCE(town, ''), date, SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END), SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END)
  FROM flow GROUP BY fiscal_year, COALESCE(town, ''), date;
INSERT INTO agg_source_day
  SELECT source_doc, date, SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END), SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END)
  FROM flow GROUP BY source_doc, date;
