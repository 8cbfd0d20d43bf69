#include "ledger/classes.hpp"

#include <algorithm>

#include "base/assert.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

// Generated at configure time from data/classes/*.csv (engine/ledger/CMakeLists.txt).
const std::vector<ShippedClass>& shipped_function_classes();
const std::vector<ShippedClass>& shipped_economic_classes();

namespace {

const Choices kFundNatures = {{"general", "一般公共预算"},
                              {"fund", "政府性基金预算"},
                              {"state_capital", "国有资本经营预算"},
                              {"social_insurance", "社会保险基金预算"}};
const Choices kSchemes = {{kFunctionClass, "功能分类"}, {kEconomicClass, "经济分类"}};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The text after the code: "生产发展" of "2130505 生产发展" and of "[2130505]生产发展".
std::string_view name_part(std::string_view rest) {
  if (!rest.empty() && rest.front() == ']') rest.remove_prefix(1);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  return rest;
}

}  // namespace

const std::vector<ShippedClass>& shipped_classes(std::string_view scheme) {
  FL_ASSERT(scheme == kFunctionClass || scheme == kEconomicClass, "an unknown classification scheme");
  return scheme == kFunctionClass ? shipped_function_classes() : shipped_economic_classes();
}

ClassCodes::ClassCodes(const std::vector<entries::ClassCode>& added) {
  for (const char* scheme : {kFunctionClass, kEconomicClass})
    for (const auto& c : shipped_classes(scheme)) names_[{scheme, c.code}] = c.name;
  for (const auto& c : added) names_[{c.scheme, c.code}] = c.name;
}

std::optional<std::string> ClassCodes::name_of(std::string_view scheme, std::string_view code) const {
  auto it = names_.find({std::string(scheme), std::string(code)});
  if (it == names_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> ClassCodes::parse(std::string_view scheme, std::string_view text,
                                             std::string& error) const {
  std::string_view rest = text;
  if (!rest.empty() && rest.front() == '[') rest.remove_prefix(1);
  std::size_t digits = 0;
  while (digits < rest.size() && is_digit(rest[digits])) ++digits;
  std::string code(rest.substr(0, digits));
  std::string_view name = name_part(rest.substr(digits));
  auto known = name_of(scheme, code);
  const std::string scheme_text = scheme_name(scheme);
  if (code.empty() || !known) {
    error = text::tr("read.class_unknown", text::arg("value", text), text::arg("scheme", scheme_text));
    return std::nullopt;
  }
  if (!name.empty() && name != *known) {
    error = text::tr("read.class_name_differs", text::arg("value", text), text::arg("code", code),
                     text::arg("name", *known), text::arg("scheme", scheme_text));
    return std::nullopt;
  }
  return code;
}

bool well_formed_class_code(std::string_view scheme, std::string_view code) {
  if (code.empty() || !std::all_of(code.begin(), code.end(), is_digit)) return false;
  if (scheme == kFunctionClass) return code.size() == 3 || code.size() == 5 || code.size() == 7;
  return code.size() == 3 || code.size() == 5;
}

std::string scheme_name(std::string_view scheme) {
  return text::tr(scheme == kFunctionClass ? "classes.scheme.function_class"
                                           : "classes.scheme.economic_class");
}

const Choices& fund_natures() { return kFundNatures; }
const Choices& class_schemes() { return kSchemes; }

}  // namespace fundledger::ledger
