#include "ledger/entry_diff.hpp"

namespace fundledger::ledger {

std::string field_text(const std::string& v) { return v; }
std::string field_text(const std::optional<std::string>& v) { return v ? *v : "(empty)"; }
std::string field_text(int v) { return std::to_string(v); }
std::string field_text(const std::optional<int>& v) { return v ? std::to_string(*v) : "(empty)"; }
std::string field_text(bool v) { return v ? "1" : "0"; }
std::string field_text(const Money& v) { return format_yuan(v, false); }
std::string field_text(const calendar::Date& v) { return calendar::format_date(v); }
std::string field_text(const std::optional<calendar::Date>& v) {
  return v ? calendar::format_date(*v) : "(empty)";
}

}  // namespace fundledger::ledger
