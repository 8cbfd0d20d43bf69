-- fundledger schema, version 6: monthly running totals, so that the monthly report and a balance
-- by town read a number of rows that grows with towns, earmarks and sources, not with payments
-- (issue 8). Derived data like the daily totals of version 4: the import keeps them in its
-- transaction and `verify` recomputes them from `flow`.

-- By town and month ('' = no town). A balance by town as of a date reads the months before the
-- date's month here and the days of its month in agg_town_day.
CREATE TABLE agg_town_month (
  fiscal_year INTEGER NOT NULL,
  town        TEXT NOT NULL,
  month       TEXT NOT NULL,  -- YYYY-MM
  alloc       INTEGER NOT NULL,
  pay         INTEGER NOT NULL,
  PRIMARY KEY (fiscal_year, town, month)
) STRICT, WITHOUT ROWID;

-- By earmark, source and month: the report's 资金流向 (category x earmark) and its months.
CREATE TABLE agg_flow_month (
  fiscal_year INTEGER NOT NULL,
  earmark     TEXT NOT NULL,
  source_doc  TEXT NOT NULL,
  month       TEXT NOT NULL,  -- YYYY-MM
  alloc       INTEGER NOT NULL,
  pay         INTEGER NOT NULL,
  PRIMARY KEY (fiscal_year, earmark, source_doc, month)
) STRICT, WITHOUT ROWID;

INSERT INTO agg_town_month
  SELECT fiscal_year, town, substr(date, 1, 7), SUM(alloc), SUM(pay) FROM agg_town_day GROUP BY 1, 2, 3;
INSERT INTO agg_flow_month
  SELECT fiscal_year, earmark, source_doc, substr(date, 1, 7), SUM(CASE kind WHEN 'alloc' THEN amount ELSE 0 END),
         SUM(CASE kind WHEN 'pay' THEN amount ELSE 0 END)
  FROM flow GROUP BY 1, 2, 3, 4;

-- The daily town totals, re-keyed by date first: the days of one month are one range.
CREATE TABLE agg_town_day_v6 (
  fiscal_year INTEGER NOT NULL,
  town        TEXT NOT NULL,
  date        TEXT NOT NULL,
  alloc       INTEGER NOT NULL,
  pay         INTEGER NOT NULL,
  PRIMARY KEY (date, fiscal_year, town)
) STRICT, WITHOUT ROWID;
INSERT INTO agg_town_day_v6 SELECT fiscal_year, town, date, alloc, pay FROM agg_town_day;
DROP TABLE agg_town_day;
ALTER TABLE agg_town_day_v6 RENAME TO agg_town_day;
