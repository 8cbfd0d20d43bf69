// The apply stage's year end (年终结转, issue 19, year_end.hpp): a fiscal year is closed once, after
// its end, when the books are locked through its last day; the ledger works out what it carries.
#include "ledger/apply.hpp"
#include "ledger/periods.hpp"
#include "ledger/year_end.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
using text::arg;
using text::tr;
}  // namespace

void Applier::year_close(Parsed<entries::YearClose>& p) {
  auto& c = p.entry;
  const auto last_day = calendar::Date(static_cast<unsigned short>(c.fiscal_year), 12, 31);
  if (auto done = year_closed(reads_, c.fiscal_year))
    return error(p.line,
                 tr("close.already_closed", arg("year", c.fiscal_year),
                    arg("date", calendar::format_date(done->close.date)), arg("by", done->operator_name)));
  if (c.date <= last_day)
    return error(p.line, tr("close.before_year_end", arg("year", c.fiscal_year),
                            arg("date", calendar::format_date(c.date))));
  const auto lock = lock_in_force(reads_);
  if (!lock || lock->through < last_day)
    return error(p.line, tr("close.not_locked", arg("year", c.fiscal_year),
                            arg("last_day", calendar::format_date(last_day)),
                            arg("through", lock ? calendar::format_date(lock->through) : "—")));
  c.carried = carried_at_year_end(reads_, c.fiscal_year);
  run_.write({"close/" + std::to_string(c.fiscal_year), c.date, std::nullopt, c}, p.line);
}

}  // namespace fundledger::ledger
