// The apply stage's recall (结余收回, issue 19, year_end.hpp): what the close of a year marked for
// recall (carried through more than two year-ends) and is still unused goes back to the level
// above, with its document. Per source, one reduction of kind "recall": money still in the
// earmarks' lots is first taken out of them (alloc flows, negative, as a reversal of an allocation
// gives back), then the source is reduced by that and by what it still had not allocated of the
// money carried at it. Money that came back to a source after the close (a reversal) was not marked
// by it and is not recalled.
#include <map>

#include "ledger/apply.hpp"
#include "ledger/invariants.hpp"
#include "ledger/year_end.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {
using text::arg;
using text::tr;
}  // namespace

void Applier::recall(Parsed<entries::SourceReduction>& p) {
  const auto& request = p.entry;
  const int year = request.fiscal_year;
  auto close = year_closed(reads_, year);
  if (!close) return error(p.line, tr("close.not_closed", arg("year", year)));
  if (auto done = reads_.recalls(recall_prefix(year)); !done.empty())
    return error(p.line, tr("recall.already", arg("year", year),
                            arg("date", calendar::format_date(done.front().reduction.date)),
                            arg("by", done.front().operator_name)));
  if (request.date < close->close.date)
    return error(
        p.line, tr("recall.before_close", arg("year", year), arg("date", calendar::format_date(request.date)),
                   arg("closed", calendar::format_date(close->close.date))));
  std::map<std::string, std::vector<entries::Carryover>> marked;  // by source, in document order
  for (const auto& row : close->close.carried)
    if (row.for_recall) marked[row.source_doc].push_back(row);
  long written = 0;
  for (const auto& [doc, rows] : marked) {
    auto r = recall_of_source(request, doc, rows);
    if (!r) continue;
    run_.write({r->reduction_id, r->date, std::nullopt, *r}, p.line);
    ++written;
  }
  if (written == 0)
    error(p.line, tr("recall.nothing", arg("year", year), arg("years", kRecallAfterYears),
                     arg("date", calendar::format_date(request.date))));
}

std::optional<entries::SourceReduction> Applier::recall_of_source(
    const entries::SourceReduction& request, const std::string& doc,
    const std::vector<entries::Carryover>& rows) {
  SourceInfo* s = state_.source(doc);
  if (!s) return std::nullopt;
  entries::SourceReduction r = request;
  r.reduction_id = recall_id(request.fiscal_year, doc);
  r.source_doc = doc;
  r.fiscal_year = s->source.fiscal_year;
  r.amount = Money();
  for (const auto& row : rows)  // what is carried at the source, before the lots give back
    if (row.earmark.empty())
      r.amount +=
          std::clamp(source_unallocated(s->source, state_.source_changes(doc), r.date), Money(), row.amount);
  const calendar::Date year_end(static_cast<unsigned short>(request.fiscal_year), 12, 31);
  for (const auto& row : rows)
    if (!row.earmark.empty()) take_back_from_lots(r, row, *s, year_end);
  if (!r.amount.is_positive()) return std::nullopt;
  state_.note_source(doc, r.date, r.amount.negated());
  return r;
}

// The money a row carried in an earmark is what its lots allocated up to the closed year's end
// still hold: lots allocated after the close are money used out of what was carried at the source.
void Applier::take_back_from_lots(entries::SourceReduction& r, const entries::Carryover& row, SourceInfo& s,
                                  const Date& year_end) {
  EarmarkState* e = state_.earmark(row.money_year, row.earmark);
  if (!e) return;
  std::vector<LotState> scratch, carried;
  std::vector<std::size_t> index;
  const auto& lots = state_.lots_as_of(*e, r.date, scratch);
  for (std::size_t i = 0; i < lots.size(); ++i)
    if (lots[i].date <= year_end) carried.push_back(lots[i]), index.push_back(i);
  Money available;
  auto parts = attribute(carried, r.date, row.amount, false, r.source_doc, available);
  if (!parts && available.is_positive())
    parts = attribute(carried, r.date, available, false, r.source_doc, available);
  if (!parts) return;
  for (const auto& [i, m] : *parts) {
    auto& lot = e->lots[index[i]];
    r.flows.push_back({"alloc",
                       r.reduction_id,
                       r.date,
                       row.money_year,
                       row.earmark,
                       lot.lot,
                       lot.date,
                       lot.source_doc,
                       m.negated(),
                       {},
                       {},
                       {},
                       {}});
    lot.remaining -= m;
    state_.note_lot(lot.lot, r.date, m.negated());
    e->allocated -= m;
    s.allocated -= m;
    state_.note_source(r.source_doc, r.date, m);
    r.amount += m;
  }
}

}  // namespace fundledger::ledger
