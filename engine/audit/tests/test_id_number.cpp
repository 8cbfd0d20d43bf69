// invalid_id_number: GB 11643 check character and birth date.
#include "ledger_fixture.hpp"

#include <catch2/catch.hpp>

using namespace fundledger::audit;
using fundledger::calendar::Date;
namespace text = fundledger::text;

namespace {
// The reasons are read in Chinese here, then in English.
struct InChinese {
  InChinese() { text::set_language(text::Lang::zh); }
  ~InChinese() { text::set_language(text::Lang::en); }
};
}  // namespace

TEST_CASE("GB 11643 check character") {
  CHECK(id_check_char("11010519491231002") == 'X');
  CHECK(id_check_char("61099119740721151") == '9');
  const Date as_of(2019, 3, 1);
  CHECK(id_number_problem("11010519491231002X", as_of).empty());
  CHECK(id_number_problem("11010519491231002x", as_of).empty());
  CHECK(id_number_problem("610991197407211519", as_of).empty());
  CHECK(id_number_problem("610991197407211511", as_of) == "its check character is 1, should be 9");
  InChinese zh;
  CHECK(id_number_problem("610991197407211511", as_of) == "校验位为 1，应为 9");
}

TEST_CASE("GB 11643 birth date: impossible or in the future") {
  InChinese zh;
  const Date as_of(2019, 3, 1);
  // Right check character, impossible date 1974-02-30.
  std::string bad = "61099119740230151";
  bad += id_check_char(bad);
  CHECK(id_number_problem(bad, as_of).find("不存在") != std::string::npos);
  std::string future = "61099120200101151";
  future += id_check_char(future);
  CHECK(id_number_problem(future, as_of).find("晚于") != std::string::npos);
  CHECK(id_number_problem("6109911974072115", as_of).find("长度") != std::string::npos);
  CHECK(id_number_problem("610991740721151", as_of).empty());   // old 15-digit form
  CHECK(!id_number_problem("610991741321151", as_of).empty());  // month 13
}

TEST_CASE("invalid_id_number check over the register") {
  testing::Ledger l;
  l.standard();
  auto none = check_invalid_id_number(l.repo(), testing::ctx("2019-03-01"));
  CHECK(none.empty());
  l.import("households", "household_id,head_name,id_number,town,village,registered\nH8,董,610991197407211511,T1,V1,是\n");
  auto f = check_invalid_id_number(l.repo(), testing::ctx("2019-03-01"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == "invalid_id_number");
  CHECK(f[0].evidence == std::vector<std::string>{"H8"});
}
