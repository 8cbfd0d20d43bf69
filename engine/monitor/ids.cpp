// Warning ids (warnings.hpp): stable across runs, blind to a finding's numbers.
#include <map>
#include <set>

#include "monitor/warnings.hpp"
#include "store/hash.hpp"

namespace fundledger::monitor {
namespace {

// The subject keys that say what a finding is about; the others (amounts, days, deadlines) change
// with the data and must not change the id.
const std::set<std::string>& identity_keys() {
  static const std::set<std::string> k = {"earmark",  "payee",   "town",     "village",     "doc_no",
                                          "lot",      "project", "contract", "asset",       "household",
                                          "category", "voucher", "year",     "fiscal_year", "bank"};
  return k;
}

std::string basis(const rules::Finding& f, bool with_rule) {
  std::string s = f.code;
  for (const auto& e : f.evidence) s += '\x1f' + e;
  s += '\x1e';
  for (const auto& [k, v] : f.subject)
    if (identity_keys().count(k)) s += k + '=' + v + '\x1f';
  if (with_rule) s += '\x1e' + f.rule.value_or("");
  return s;
}

std::string id_of(const std::string& basis_text) {
  std::string hex = store::to_hex(store::sha256(basis_text)).substr(0, 10);
  for (auto& c : hex) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return "W" + hex;
}

}  // namespace

std::vector<std::string> warning_ids(const std::vector<rules::Finding>& findings) {
  std::map<std::string, int> uses;
  for (const auto& f : findings) ++uses[basis(f, false)];
  std::vector<std::string> ids;
  ids.reserve(findings.size());
  for (const auto& f : findings) {
    auto b = basis(f, false);
    ids.push_back(id_of(uses[b] > 1 ? basis(f, true) : b));
  }
  return ids;
}

}  // namespace fundledger::monitor
