// engine/entries — classifications (预算科目, issue 19): what a source (指标) or a budget line is
// classified as, and a bureau's own classification codes. Included by entries.hpp; the same
// conventions (fields() lists the table's columns in order).
#pragma once

#include <optional>
#include <string>

namespace fundledger::entries {

// The classifications a source or a budget line may carry, each optional (absent: not said).
//   function_class  支出功能分类 code (2130505 ...), one of ledger/classes.hpp's known codes
//   economic_class  经济分类 code (50903 ...), likewise
//   fund_nature     资金性质: general (一般公共预算) | fund (政府性基金预算) | state_capital
//                   (国有资本经营预算) | social_insurance (社会保险基金预算)
//   direct          直达资金: 1 yes, 0 no
//   to_persons      补贴到人到户: 1 yes, 0 no
struct Classification {
  std::optional<std::string> function_class, economic_class, fund_nature;
  std::optional<int> direct, to_persons;

  [[nodiscard]] bool empty() const {
    return !function_class && !economic_class && !fund_nature && !direct && !to_persons;
  }
  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("function_class", s.function_class), f("economic_class", s.economic_class),
        f("fund_nature", s.fund_nature), f("direct", s.direct), f("to_persons", s.to_persons);
  }
  bool operator==(const Classification&) const = default;
};

// 科目编码: a classification code the bureau adds to the shipped tables (a code the province uses
// that fundledger does not ship yet), with its name. Known by scheme and code.
struct ClassCode {
  static constexpr const char* kKind = "class_code";
  std::string scheme;  // function_class | economic_class
  std::string code, name;

  template <class S, class F>
  static void fields(S& s, F&& f) {
    f("scheme", s.scheme), f("code", s.code), f("name", s.name);
  }
  bool operator==(const ClassCode&) const = default;
};

}  // namespace fundledger::entries
