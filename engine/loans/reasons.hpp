// A reason a loan's or household's subsidy is less than it might be, said in English (`reasons`,
// also the JSON's) and in Chinese (`reasons_zh`), with the rule that set the limit when there is one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/text.hpp"

namespace fundledger::loans::detail {

template <class... Named>
void add_reason(std::vector<std::string>& en, std::vector<std::string>& zh, const std::string& rule,
                std::string_view id, const Named&... named) {
  for (auto [lang, out] : {std::pair{text::Lang::en, &en}, std::pair{text::Lang::zh, &zh}}) {
    auto reason = text::tr_in(lang, id, named...);
    out->push_back(rule.empty() ? reason
                                : text::tr_in(lang, "loans.reason_with_rule", text::arg("reason", reason),
                                              text::arg("rule", rule)));
  }
}

}  // namespace fundledger::loans::detail
