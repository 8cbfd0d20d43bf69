// The performance self-assessment's arithmetic (绩效自评), with figures worked out by hand.
#include "projects/performance.hpp"

#include <catch2/catch.hpp>

using namespace fundledger;
using namespace fundledger::projects;

namespace {

entries::Target target(const char* planned, const char* direction) {
  entries::Target t;
  t.project_id = "XM-001";
  t.indicator_id = "ZB-1";
  t.kind = "output";
  t.name = "新修道路";
  t.unit = "公里";
  t.planned = planned;
  t.direction = direction;
  return t;
}

Rational r(long num, long den = 1) { return Rational(num) / den; }

}  // namespace

TEST_CASE("completion: at least a target is value over planned, at most 1", "[performance]") {
  CHECK(completion(target("8", ">="), r(6)) == r(3, 4));
  CHECK(completion(target("8", ">="), r(8)) == r(1));
  // 12 km built against 8 planned is complete, not 150%.
  CHECK(completion(target("8", ">="), r(12)) == r(1));
  CHECK(completion(target("2.5", ">="), r(1)) == r(2, 5));
  // a planned 0 of >= is met
  CHECK(completion(target("0", ">="), r(0)) == r(1));
}

TEST_CASE("completion: at most a target is planned over value, at most 1", "[performance]") {
  // cost per mu planned 800, actual 1000: 80%
  CHECK(completion(target("800", "<="), r(1000)) == r(4, 5));
  // under the ceiling is complete, not 200%
  CHECK(completion(target("800", "<="), r(400)) == r(1));
  CHECK(completion(target("800", "<="), r(0)) == r(1));
}

TEST_CASE("score: the parts a project has are scaled to 100", "[performance]") {
  const Weights w;  // output 50, benefit 30, satisfaction 10, spending 10
  ProjectScore p;
  SECTION("every part complete scores 100") {
    p.by_kind = {{"output", r(1)}, {"benefit", r(1)}, {"satisfaction", r(1)}};
    p.spending = r(1);
    CHECK(score_of(p, w) == r(100));
  }
  SECTION("output half done and spending complete, no benefit or satisfaction indicator") {
    // (50 × 1/2 + 10 × 1) × 100 ÷ (50 + 10) = 35 × 100 ÷ 60 = 175/3
    p.by_kind = {{"output", r(1, 2)}};
    p.spending = r(1);
    CHECK(score_of(p, w) == r(175, 3));
  }
  SECTION("only benefit, three quarters done: 75") {
    p.by_kind = {{"benefit", r(3, 4)}};
    CHECK(score_of(p, w) == r(75));
  }
  SECTION("nothing to score") { CHECK_FALSE(score_of(p, w).has_value()); }
  SECTION("the rules' weights") {
    Weights mine{60, 20, 10, 10, std::string("PW-1")};
    // output 1, satisfaction 1/2, spending 0: (60 + 5 + 0) × 100 ÷ 80 = 325/4
    p.by_kind = {{"output", r(1)}, {"satisfaction", r(1, 2)}};
    p.spending = r(0);
    CHECK(score_of(p, mine) == r(325, 4));
  }
}
