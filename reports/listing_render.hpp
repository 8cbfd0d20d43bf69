// A listing (reports/listing.hpp) written out as it is read, never held whole: aligned text reads
// the rows twice (once for the columns' widths), csv and json once.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "reports/listing.hpp"

namespace fundledger::reports {

// As render_text: the title, a header (money columns with their unit), a rule, the rows, a rule
// and the 合计 row; CJK characters count two columns.
void write_text(std::ostream& out, const Listing& l, Lang lang, Unit unit);
// As render_csv: English keys, money in yuan with two decimals, every cell through csv_escape,
// the total row last (合计 / Total).
void write_csv(std::ostream& out, const Listing& l);
// `head`'s keys and "title" (the columns' names are the keys: one language in a run), then "rows" ({key:
// value}: money as "40000000.00", integers as numbers, empty cells null) and "total" ({"count": n, and the
// money columns' sums}).
void write_json(std::ostream& out, const Listing& l, nlohmann::json head);

}  // namespace fundledger::reports
