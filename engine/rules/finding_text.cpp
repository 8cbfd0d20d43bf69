// engine/rules — the pieces of the rules' messages (finding_text.hpp).
#include "rules/finding_text.hpp"

#include "rules/rules.hpp"
#include "text/text.hpp"

namespace fundledger::rules {

std::string amt(const Money& m) { return format_for_people(m); }

std::string what_earmark(const std::string& code) {
  return text::tr("rules.what_earmark", text::arg("code", code));
}

std::string what_sources(const std::string& cats) {
  return text::tr("rules.what_sources", text::arg("categories", cats));
}

std::string payee_kind_name(const std::string& kind) {
  std::string id = "payee_kind." + kind;
  return text::has_message(id) ? text::tr(id) : kind;
}

}  // namespace fundledger::rules
