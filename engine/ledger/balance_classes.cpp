// Balances by classification (预算科目, issue 19): the balance by source or by earmark, its rows
// grouped by the classification of each source or budget line. Grouping rows that are already
// computed keeps one arithmetic: a classification's row is the sum of its sources' (lines') rows,
// and the total is theirs.
#include <map>

#include "ledger/balance.hpp"
#include "ledger/classes.hpp"
#include "store/ledger_reads.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {

std::string yes_no(const std::optional<int>& v) {
  if (!v) return "";
  return *v == 1 ? "yes" : "no";
}

// What a row is grouped under: a code, a fund nature, "yes" or "no"; "" when not said.
std::string group_of(BalanceBy by, const entries::Classification& c) {
  switch (by) {
    case BalanceBy::function_class:
      return c.function_class.value_or("");
    case BalanceBy::economic_class:
      return c.economic_class.value_or("");
    case BalanceBy::fund_nature:
      return c.fund_nature.value_or("");
    case BalanceBy::direct:
      return yes_no(c.direct);
    default:
      return yes_no(c.to_persons);
  }
}

std::string fund_nature_name(const std::string& nature) {
  if (nature == "general") return text::tr("classes.fund_nature.general");
  if (nature == "fund") return text::tr("classes.fund_nature.fund");
  if (nature == "state_capital") return text::tr("classes.fund_nature.state_capital");
  return text::tr("classes.fund_nature.social_insurance");
}

std::string name_of(BalanceBy by, const std::string& group, const ClassCodes& codes) {
  if (group.empty()) return text::tr("classes.unclassified");
  if (by == BalanceBy::function_class) return codes.name_of(kFunctionClass, group).value_or(group);
  if (by == BalanceBy::economic_class) return codes.name_of(kEconomicClass, group).value_or(group);
  if (by == BalanceBy::fund_nature) return fund_nature_name(group);
  return text::tr(group == "yes" ? "classes.yes" : "classes.no");
}

// The classification of each source (key: its document) or line (key: year and earmark code).
std::map<std::pair<int, std::string>, entries::Classification> classifications(store::LedgerReads& reads,
                                                                               ClassOf of,
                                                                               std::optional<int> year) {
  std::map<std::pair<int, std::string>, entries::Classification> out;
  if (of == ClassOf::sources) {
    for (auto& r : reads.classified_sources()) out[{0, r.key}] = r.classes;
  } else {
    for (auto& r : reads.classified_lines(year)) out[{r.fiscal_year, r.key}] = r.classes;
  }
  return out;
}

}  // namespace

bool is_class_key(BalanceBy by) {
  return by == BalanceBy::function_class || by == BalanceBy::economic_class || by == BalanceBy::fund_nature ||
         by == BalanceBy::direct || by == BalanceBy::to_persons;
}

Balance balance_by_class(store::Repository& repo, BalanceBy by, ClassOf of, std::optional<int> year,
                         const std::string& as_of) {
  const Balance base =
      balance(repo, of == ClassOf::sources ? BalanceBy::source : BalanceBy::earmark, year, as_of);
  auto& reads = repo.ledger();
  const auto classes = classifications(reads, of, year);
  const ClassCodes codes(reads.class_codes());
  std::map<std::string, BalanceRow> groups;
  for (const auto& row : base.rows) {
    auto it = classes.find({of == ClassOf::sources ? 0 : row.fiscal_year.value_or(0), row.key});
    BalanceRow& g = groups[it == classes.end() ? std::string() : group_of(by, it->second)];
    for (const auto& [column, amount] : row.money) g.money[column] += amount;
  }
  Balance out{by, year, base.as_of, base.columns, {}, base.total};
  for (auto& [group, row] : groups) {
    if (group.empty()) continue;  // last
    row.key = group;
    row.name = name_of(by, group, codes);
    out.rows.push_back(std::move(row));
  }
  if (auto it = groups.find(""); it != groups.end()) {
    it->second.name = name_of(by, "", codes);
    out.rows.push_back(std::move(it->second));
  }
  out.total.progress.reset();
  return out;
}

}  // namespace fundledger::ledger
