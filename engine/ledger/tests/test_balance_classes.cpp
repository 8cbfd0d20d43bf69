// engine/ledger: the balance by classification (预算科目, issue 19) sums the sources of a class, keeps
// the unclassified apart, and adds up to the balance by source; a sources file naming a code no
// table knows is refused where it says so, nothing written.
#include <catch2/catch.hpp>
#include <fstream>

#include "ledger/balance.hpp"
#include "ledger/tests/posted_ledger.hpp"

using namespace fundledger;
using testing::day;
using testing::PostedLedger;
using testing::wan;

namespace {

entries::Source source(const char* doc, std::int64_t amount_wan, std::optional<std::string> function_class) {
  entries::Source s{doc, 2018, "county_self", "县级资金", wan(amount_wan), day("2018-01-05"), {}, {}, {}, {}};
  s.classes.function_class = std::move(function_class);
  return s;
}

}  // namespace

TEST_CASE("balance by function class: two sources of one class are summed, the unclassified kept apart",
          "[classes]") {
  PostedLedger l;
  REQUIRE(l.post({source("S1", 60, "2130505"), source("S2", 40, "2130505"), source("S3", 20, std::nullopt)})
              .added == 3);
  const auto b = ledger::balance_by_class(l.repo(), ledger::BalanceBy::function_class,
                                          ledger::ClassOf::sources, 2018, "2018-12-31");
  REQUIRE(b.rows.size() == 2);
  std::map<std::string, Money> amount;
  for (const auto& r : b.rows) amount[r.key] = r.money.at("amount");
  CHECK(amount.at("2130505") == wan(100));
  CHECK(amount.at("") == wan(20));
  CHECK(b.total.money.at("amount") == wan(120));
}

TEST_CASE("a sources file with a function class no table knows is refused at its cell", "[classes]") {
  PostedLedger l;
  const auto file =
      std::filesystem::temp_directory_path() / ("fl-classes-" + std::to_string(::getpid()) + ".csv");
  std::ofstream(file) << "doc_no,fiscal_year,category,name,amount,received_on,function_class\n"
                         "S9,2018,county_self,县级资金,10万,2018-01-05,2139998\n";
  ledger::ImportOptions opt;
  opt.operator_name = "test";
  try {
    (void)ledger::import_file(l.repo(), ledger::ImportKind::sources, file.string(), opt);
    FAIL("the unknown code was taken");
  } catch (const ledger::InputError& e) {
    REQUIRE(e.diagnostics.all().size() == 1);
    CHECK(e.diagnostics.all().front().line == 2);
    CHECK(e.diagnostics.all().front().message.find("2139998") != std::string::npos);
  }
  CHECK_FALSE(l.repo().ledger().find_source("S9"));
  std::filesystem::remove(file);
}
