#include "ledger/running_totals_check.hpp"

#include <optional>
#include <string>
#include <unordered_map>

#include "base/assert.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {
namespace {

using store::RunningTotal;
using store::TotalTable;

std::string key_of(const RunningTotal& t) {
  std::string k = std::to_string(t.fiscal_year);
  for (const std::string* part : {&t.name, &t.name2, &t.period}) {
    k.push_back('\x1f');
    k += *part;
  }
  return k;
}

std::string message(const RunningTotal& t) {
  switch (t.table) {
    case TotalTable::earmark_day:
      return text::tr("ledger.totals_earmark_day", text::arg("year", t.fiscal_year),
                      text::arg("earmark", t.name), text::arg("date", t.period));
    case TotalTable::town_day:
      return text::tr("ledger.totals_town_day", text::arg("town", t.name), text::arg("date", t.period));
    case TotalTable::source_day:
      return text::tr("ledger.totals_source_day", text::arg("source", t.name), text::arg("date", t.period));
    case TotalTable::town_month:
      return text::tr("ledger.totals_town_month", text::arg("town", t.name), text::arg("month", t.period));
    case TotalTable::flow_month:
      return text::tr("ledger.totals_flow_month", text::arg("earmark", t.name), text::arg("source", t.name2),
                      text::arg("month", t.period));
  }
  FL_ASSERT(false, "a table of running totals without a message");
  return "running totals disagree with the flows";
}

// One table: the recounted totals (sorted by table) from `begin` to `end` against the stored ones.
std::optional<InvariantViolation> compare(store::LedgerReads& reads, TotalTable table,
                                          std::vector<RunningTotal>::const_iterator begin,
                                          std::vector<RunningTotal>::const_iterator end) {
  std::unordered_map<std::string, const RunningTotal*> recounted;
  for (auto it = begin; it != end; ++it) recounted.emplace(key_of(*it), &*it);
  const RunningTotal* first_bad = nullptr;
  std::optional<RunningTotal> unfed;
  auto worse = [&](const RunningTotal* t) {
    if (!first_bad || t->first_entry < first_bad->first_entry) first_bad = t;
  };
  reads.for_each_running_total(table, [&](const RunningTotal& stored) {
    auto it = recounted.find(key_of(stored));
    if (it == recounted.end()) {
      if (!unfed) unfed = stored;
      return;
    }
    if (it->second->alloc != stored.alloc || it->second->pay != stored.pay) worse(it->second);
    recounted.erase(it);
  });
  for (const auto& [_, t] : recounted) worse(t);  // recounted, never stored
  if (first_bad) return InvariantViolation{first_bad->first_entry, message(*first_bad)};
  if (unfed) return InvariantViolation{std::nullopt, message(*unfed)};
  return std::nullopt;
}

}  // namespace

void RunningTotalsCheck::add(std::int64_t entry_id, const entries::Entry& entry) {
  std::visit(
      [&](const auto& body) {
        if constexpr (requires { body.flows; })
          for (const auto& f : body.flows) totals_.add(f, entry_id);
      },
      entry.body);
}

std::vector<InvariantViolation> RunningTotalsCheck::finish(store::LedgerReads& reads) {
  const std::vector<RunningTotal> all = totals_.take();
  std::vector<InvariantViolation> out;
  auto begin = all.begin();
  for (auto table : {TotalTable::earmark_day, TotalTable::town_day, TotalTable::source_day,
                     TotalTable::town_month, TotalTable::flow_month}) {
    auto end = begin;
    while (end != all.end() && end->table == table) ++end;
    if (auto v = compare(reads, table, begin, end)) out.push_back(std::move(*v));
    begin = end;
  }
  return out;
}

}  // namespace fundledger::ledger
