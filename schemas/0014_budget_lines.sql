-- fundledger schema, version 14: control by line (issue 19).
--
-- budget_line.open_ended  1: the line is open-ended (不设上限) — allocations to its earmark may exceed
--                         its amount; NULL: allocations are held to the line's amount (the rule for
--                         every line recorded before version 14). Hashed with the line only where
--                         set, so the lines recorded before keep their hashes.
ALTER TABLE budget_line ADD COLUMN open_ended INTEGER CHECK (open_ended IS NULL OR open_ended = 1);
