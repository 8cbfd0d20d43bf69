// engine/rules — the pieces of the rules' messages (finding_text.hpp).
#include "rules/finding_text.hpp"

#include "rules/rules.hpp"
#include "text/text.hpp"

namespace fundledger::rules {

std::string amt(const Money& m) { return format_for_people(m); }

std::string what_earmark(const std::string& code) {
  return text::tr("rules.what_earmark", text::arg("code", code));
}

std::string category_name(const std::string& code) {
  // The category table's codes (schemas/0001_ledger.sql); the names as that table has them.
  static const std::pair<const char*, const char*> ids[] = {
      {"central_provincial", "rules.category.central_provincial"},
      {"upper_other", "rules.category.upper_other"},
      {"county_self", "rules.category.county_self"},
      {"sector_integrated", "rules.category.sector_integrated"},
      {"policy_loan", "rules.category.policy_loan"},
      {"microcredit", "rules.category.microcredit"},
      {"social", "rules.category.social"},
      {"mutual_aid", "rules.category.mutual_aid"},
      {"advance", "rules.category.advance"},
      {"risk_fund", "rules.category.risk_fund"}};
  for (const auto& [c, id] : ids)
    if (code == c) return text::tr(id);
  return code;
}

std::string what_sources(const std::string& cats) {
  std::string names;
  for (std::size_t b = 0; b <= cats.size();) {
    std::size_t e = cats.find('+', b);
    if (e == std::string::npos) e = cats.size();
    names += (names.empty() ? "" : "+") + category_name(cats.substr(b, e - b));
    b = e + 1;
  }
  return text::tr("rules.what_sources", text::arg("categories", names));
}

std::string payee_kind_name(const std::string& kind) {
  std::string id = "payee_kind." + kind;
  return text::has_message(id) ? text::tr(id) : kind;
}

std::string cats_str(const std::vector<std::string>& c) {
  std::string s;
  for (const auto& x : c) s += (s.empty() ? "" : "+") + x;
  return s;
}

}  // namespace fundledger::rules
