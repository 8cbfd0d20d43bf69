#include "ledger/balance.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "base/assert.hpp"
#include "ledger/balance_contracts.hpp"
#include "ledger/balance_frozen.hpp"
#include "ledger/balance_reduced.hpp"
#include "ledger/ledger.hpp"
#include "ledger/quota_lines.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

std::optional<BalanceBy> parse_balance_by(std::string_view s) {
  if (s == "category") return BalanceBy::category;
  if (s == "source") return BalanceBy::source;
  if (s == "earmark") return BalanceBy::earmark;
  if (s == "town") return BalanceBy::town;
  if (s == "village") return BalanceBy::village;
  if (s == "project") return BalanceBy::project;
  if (s == "payee") return BalanceBy::payee;
  if (s == "contract") return BalanceBy::contract;
  if (s == "county") return BalanceBy::county;
  if (s == "function_class") return BalanceBy::function_class;
  if (s == "economic_class") return BalanceBy::economic_class;
  if (s == "fund_nature") return BalanceBy::fund_nature;
  if (s == "direct") return BalanceBy::direct;
  if (s == "to_persons") return BalanceBy::to_persons;
  return std::nullopt;
}

const char* to_string(BalanceBy b) {
  switch (b) {
    case BalanceBy::category:
      return "category";
    case BalanceBy::source:
      return "source";
    case BalanceBy::earmark:
      return "earmark";
    case BalanceBy::town:
      return "town";
    case BalanceBy::village:
      return "village";
    case BalanceBy::project:
      return "project";
    case BalanceBy::payee:
      return "payee";
    case BalanceBy::contract:
      return "contract";
    case BalanceBy::county:
      return "county";
    case BalanceBy::function_class:
      return "function_class";
    case BalanceBy::economic_class:
      return "economic_class";
    case BalanceBy::fund_nature:
      return "fund_nature";
    case BalanceBy::direct:
      return "direct";
    case BalanceBy::to_persons:
      return "to_persons";
  }
  return "?";
}

namespace {

void add_total(Balance& b) {
  b.total.key = "total";
  b.total.name = "合计";
  for (const auto& c : b.columns) b.total.money[c] = Money();
  for (const auto& r : b.rows)
    for (const auto& [k, v] : r.money) b.total.money[k] += v;
}

Balance by_sources(store::LedgerReads& reads, BalanceBy by, std::optional<int> year, const Date& as_of) {
  Balance b{by, year, calendar::format_date(as_of), {"amount", "allocated", "unallocated", "disbursed"},
            {}, {}};
  for (auto& s : reads.balance_by_source(by == BalanceBy::category, year, as_of)) {
    BalanceRow r;
    r.key = s.key;
    r.name = s.name;
    r.money = {{"amount", s.amount},
               {"allocated", s.allocated},
               {"unallocated", s.amount - s.allocated},
               {"disbursed", s.disbursed}};
    b.rows.push_back(std::move(r));
  }
  add_total(b);
  return b;
}

Balance by_earmark(store::LedgerReads& reads, std::optional<int> year, const Date& as_of) {
  Balance b{BalanceBy::earmark,
            year,
            calendar::format_date(as_of),
            {"budget", "allocated", "unallocated", "disbursed", "available"},
            {},
            {}};
  std::map<std::pair<int, std::string>, std::pair<Money, Money>> flows;
  for (auto& f : reads.earmark_flows(year, as_of))
    flows[{f.fiscal_year, f.earmark}] = {f.allocated, f.disbursed};
  auto lines = reads.earmark_lines(year);
  as_they_stood(reads, lines, as_of);  // a transfer or reduction dated later is not yet in force
  for (const auto& l : lines) {
    BalanceRow r;
    r.key = l.code;
    r.name = l.name;
    r.fiscal_year = l.fiscal_year;
    auto it = flows.find({l.fiscal_year, l.code});
    Money allocated, disbursed;
    if (it != flows.end()) std::tie(allocated, disbursed) = it->second;
    r.money = {{"budget", l.amount},
               {"allocated", allocated},
               {"unallocated", l.amount - allocated},  // below zero: beyond an open-ended line
               {"disbursed", disbursed},
               {"available", allocated - disbursed}};
    if (l.amount.is_positive()) r.progress = Rational(disbursed.fen(), l.amount.fen());
    b.rows.push_back(std::move(r));
  }
  add_total(b);
  if (b.total.money["budget"].is_positive())
    b.total.progress = Rational(b.total.money["disbursed"].fen(), b.total.money["budget"].fen());
  return b;
}

Balance by_place(store::LedgerReads& reads, BalanceBy by, std::optional<int> year, const Date& as_of) {
  auto key = by == BalanceBy::town      ? store::PlaceKey::town
             : by == BalanceBy::village ? store::PlaceKey::village
             : by == BalanceBy::project ? store::PlaceKey::project
                                        : store::PlaceKey::payee;
  bool has_alloc = by == BalanceBy::town || by == BalanceBy::project;
  Balance b{by, year, calendar::format_date(as_of), {}, {}, {}};
  if (has_alloc) b.columns.push_back("allocated");
  b.columns.push_back("disbursed");
  for (auto& p : reads.balance_by_place(key, year, as_of)) {
    BalanceRow r;
    r.key = std::move(p.key).value_or("");
    if (by == BalanceBy::payee)
      r.name = std::move(p.name).value_or("");
    else if (by == BalanceBy::village)
      r.name = p.name ? *p.name + " " + r.key : r.key;
    else
      r.name = r.key;
    if (r.key.empty()) r.name = text::tr("balance.unspecified");
    if (has_alloc) r.money["allocated"] = p.allocated;
    r.money["disbursed"] = p.disbursed;
    b.rows.push_back(std::move(r));
  }
  add_total(b);
  return b;
}

}  // namespace

Balance balance(store::Repository& repo, BalanceBy by, std::optional<int> year, const std::string& as_of) {
  auto date = calendar::parse_date(as_of);
  FL_ASSERT(date, "balance: as_of must be YYYY-MM-DD");
  auto& reads = repo.ledger();
  switch (by) {
    case BalanceBy::category:
    case BalanceBy::source: {
      auto b = by_sources(reads, by, year, *date.value);
      add_settled(repo, b, *date.value);
      add_reduced(repo, b, *date.value);
      add_frozen(repo, b, *date.value);
      return b;
    }
    case BalanceBy::earmark: {
      auto b = by_earmark(reads, year, *date.value);
      add_frozen(repo, b, *date.value);
      add_committed(repo, b, *date.value);
      return b;
    }
    case BalanceBy::project: {
      auto b = by_place(reads, by, year, *date.value);
      merge_library_projects(repo, b);
      add_committed(repo, b, *date.value);
      return b;
    }
    case BalanceBy::contract:
      return balance_by_contract(repo, year, *date.value);
    case BalanceBy::county:
      FL_ASSERT(false, "balance by county reads several ledgers: CountyRollup");
      return {};
    case BalanceBy::function_class:
    case BalanceBy::economic_class:
    case BalanceBy::fund_nature:
    case BalanceBy::direct:
    case BalanceBy::to_persons:
      return balance_by_class(repo, by, ClassOf::sources, year, as_of);
    default:
      return by_place(reads, by, year, *date.value);
  }
}

}  // namespace fundledger::ledger
