#include "money/money.hpp"

#include <catch2/catch.hpp>

using namespace fundledger;

static Money P(const char* s) {
  auto r = parse_amount(s);
  INFO(s << " -> " << r.error);
  REQUIRE(r);
  return *r.value;
}

TEST_CASE("the five 平利 channels sum to 6.84亿 exactly") {
  Money sum = P("4000万") + P("8500万") + P("1.44亿") + P("2.7亿") + P("1.45亿");
  CHECK(sum == P("6.84亿元"));
  CHECK(format_yuan(sum) == "684000000.00");
}

TEST_CASE("the eight 商州 lines sum to 5000万 exactly") {
  Money sum = P("1000万") + P("1000万") + P("500万") + P("300万") + P("1000万") + P("500万") + P("200万") + P("500万");
  CHECK(sum == P("5000万"));
}
