// Classification codes (预算科目, issue 19): the tables of 支出功能分类 and 经济分类 codes fundledger
// ships (data/classes/*.csv, built into the program), with the codes a bureau added to its ledger
// (`import classes`: entries::ClassCode) over them, and the values of 资金性质. The read stage checks
// every classification a file gives against these; reports name the codes with them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entries/entries.hpp"
#include "ledger/columns.hpp"

namespace fundledger::ledger {

inline constexpr const char* kFunctionClass = "function_class";  // 支出功能分类
inline constexpr const char* kEconomicClass = "economic_class";  // 经济分类

struct ShippedClass {
  const char* code;
  const char* name;
};
// The shipped table of `scheme` (kFunctionClass or kEconomicClass), in the file's order.
const std::vector<ShippedClass>& shipped_classes(std::string_view scheme);

// The known codes of both schemes: the shipped tables, a bureau's own codes over them (a code the
// bureau recorded under a name of its own is known by that name).
class ClassCodes {
 public:
  explicit ClassCodes(const std::vector<entries::ClassCode>& added = {});

  [[nodiscard]] std::optional<std::string> name_of(std::string_view scheme, std::string_view code) const;
  // The code a clerk's text names: the code alone ("2130505"), or the code and its name
  // ("2130505 生产发展", "[2130505]生产发展"). Else nullopt, with the reason (a catalogue message) in
  // `error`.
  std::optional<std::string> parse(std::string_view scheme, std::string_view text, std::string& error) const;

 private:
  std::map<std::pair<std::string, std::string>, std::string> names_;
};

// Whether `code` has the form of a code of `scheme`: digits, 3, 5 or 7 of them for 功能分类 (类,
// 款, 项), 3 or 5 for 经济分类 (类, 款).
bool well_formed_class_code(std::string_view scheme, std::string_view code);

// 支出功能分类 or 经济分类, in the run's language.
std::string scheme_name(std::string_view scheme);

const Choices& fund_natures();   // 资金性质: general 一般公共预算, fund 政府性基金预算, ...
const Choices& class_schemes();  // function_class 功能分类, economic_class 经济分类

}  // namespace fundledger::ledger
