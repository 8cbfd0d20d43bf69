// The pieces the rules' messages are made of, in the run's language (engine/text).
#pragma once

#include <string>
#include <vector>

#include "money/money.hpp"

namespace fundledger::rules {

// An amount in a finding as a person reads it, exact (money's format_for_people: 10,200.00元,
// 4,320.00万元, 10,200.00 yuan), never a 万 figure with six decimals.
std::string amt(const Money& m);
std::string what_earmark(const std::string& code);        // 专项 X / earmark X
std::string what_sources(const std::string& cats);        // X 类来源 / X sources ("a+b": each by its name)
std::string cats_str(const std::vector<std::string>& c);  // {"a", "b"} -> "a+b"
// A source category by its name in the run's language (central_provincial: 中省财政专项扶贫资金); an
// unknown code as it is.
std::string category_name(const std::string& code);
// A payee kind as a reader says it (household: 农户 / household); an unknown code as it is.
std::string payee_kind_name(const std::string& kind);

}  // namespace fundledger::rules
