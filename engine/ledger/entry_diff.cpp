#include "ledger/entry_diff.hpp"

#include "text/text.hpp"

namespace fundledger::ledger {

std::string field_text(const std::string& v) { return v; }
std::string field_text(const std::optional<std::string>& v) {
  return v ? *v : text::tr("ledger.empty_field");
}
std::string field_text(int v) { return std::to_string(v); }
std::string field_text(const std::optional<int>& v) {
  return v ? std::to_string(*v) : text::tr("ledger.empty_field");
}
std::string field_text(bool v) { return v ? "1" : "0"; }
std::string field_text(const Money& v) { return format_for_people(v); }
std::string field_text(const std::optional<Money>& v) {
  return v ? format_for_people(*v) : text::tr("ledger.empty_field");
}
std::string field_text(const calendar::Date& v) { return calendar::format_date(v); }
std::string field_text(const std::optional<calendar::Date>& v) {
  return v ? calendar::format_date(*v) : text::tr("ledger.empty_field");
}

}  // namespace fundledger::ledger
