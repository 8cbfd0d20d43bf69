// engine/ledger: the invariants' words come from the catalogue (ledger.* ids), each fact named,
// in the run's language.
#include <catch2/catch.hpp>

#include "ledger/invariants.hpp"
#include "text/text.hpp"

using namespace fundledger;
using ledger::Invariant;
using ledger::Violation;

TEST_CASE("describe: each invariant's message, in English and in Chinese", "[ledger][messages]") {
  const Violation now{Invariant::lot_overspent, std::nullopt, {"A-1", "-0.01 yuan"}};
  const Violation on{Invariant::lot_overspent,
                     std::nullopt,
                     {"A-1", "-0.01 yuan", "2017-04-01", "100.01 yuan", "100.00 yuan"}};
  const Violation budget{Invariant::budget_unbalanced, std::nullopt, {"2017"}};
  CHECK(ledger::describe(now) == "lot A-1 is overspent: balance -0.01 yuan");
  CHECK(ledger::describe(on) ==
        "lot A-1 was overspent on 2017-04-01: it paid 100.01 yuan with 100.00 yuan available as of that date "
        "(balance now -0.01 yuan)");
  CHECK(ledger::describe(budget) == "budget 2017 lines do not sum to its total");
  text::set_language(text::Lang::zh);
  const Violation source{
      Invariant::source_over_allocated, std::nullopt, {"县财发〔2017〕1号", "100.00万元", "100.00万元"}};
  const std::string zh_now = ledger::describe(source);
  const std::string zh_budget = ledger::describe(budget);
  text::set_language(text::Lang::en);
  CHECK(zh_now == "来源 县财发〔2017〕1号 超额分配：100.00万元 中已分配 100.00万元");
  CHECK(zh_budget == "2017 年度预算各行之和不等于总额");
}
