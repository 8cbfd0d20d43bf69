// The towns' ranking (reports/ranking.hpp), with figures worked out by hand.
#include <catch2/catch.hpp>

#include "reports/ranking.hpp"

using namespace fundledger;
using namespace fundledger::reports;

namespace {

Money yuan(long y) { return Money::from_fen(static_cast<Int128>(y) * 100); }
Rational r(long num, long den = 1) { return Rational(num) / den; }

// received, paid by the period's end; open warnings; paid in the period and its mean lag in days
TownFigures town(const char* name, long received, long paid, long warnings, long in_period, long lag_days) {
  TownFigures t{name, yuan(received), yuan(paid), warnings, yuan(in_period), {}};
  t.fen_days = Rational(yuan(in_period).fen()) * lag_days;
  return t;
}

const RankedTown& find(const std::vector<RankedTown>& v, const std::string& name) {
  for (const auto& t : v)
    if (t.figures.town == name) return t;
  FAIL("no town " << name);
  return v.front();
}

}  // namespace

TEST_CASE("ranking: the parts and the score", "[ranking]") {
  const RankingWeights w;  // 60 / 20 / 20, 10 points a warning, 30 days
  // time progress 1/2 (as of 2019-07-02 of 365 days would not be exact; take a half)
  auto ranked = rank_towns(
      {town("城关镇", 1000000, 400000, 1, 100000, 45), town("老县镇", 500000, 300000, 0, 50000, 20)}, r(1, 2),
      w);
  const auto& a = find(ranked, "城关镇");
  // progress 0.4 ÷ 0.5 = 80; warnings 100 − 10 = 90; lag 30 ÷ 45 × 100 = 200/3
  CHECK(*a.progress == r(2, 5));
  CHECK(*a.progress_part == r(80));
  CHECK(a.warnings_part == r(90));
  CHECK(*a.mean_lag == r(45));
  CHECK(*a.lag_part == r(200, 3));
  // (60 × 80 + 20 × 90 + 20 × 200/3) ÷ 100 = (4800 + 1800 + 4000/3) ÷ 100 = 23800/300 = 238/3
  CHECK(*a.score == r(238, 3));
  const auto& b = find(ranked, "老县镇");
  // progress 0.6 ahead of 0.5: 100; no warning: 100; lag 20 within 30: 100
  CHECK(*b.score == r(100));
  CHECK(b.rank == 1);
  CHECK(a.rank == 2);
}

TEST_CASE("ranking: a part a town lacks is left out and the rest scaled", "[ranking]") {
  const RankingWeights w;
  // nothing paid in the period: no lag part. progress 0.25 ÷ 0.5 = 50, warnings 100 − 30 = 70
  // score (60 × 50 + 20 × 70) ÷ 80 = 4400 / 80 = 55
  auto ranked = rank_towns({town("石牛镇", 800000, 200000, 3, 0, 0)}, r(1, 2), w);
  CHECK_FALSE(ranked[0].mean_lag.has_value());
  CHECK_FALSE(ranked[0].lag_part.has_value());
  CHECK(*ranked[0].score == r(55));
  // more warnings than the part has points: 0, not negative
  ranked = rank_towns({town("石牛镇", 800000, 200000, 12, 0, 0)}, r(1, 2), w);
  CHECK(ranked[0].warnings_part == r(0));
  // nothing arrived: no progress part either; only the warnings part: 0
  ranked = rank_towns({town("石牛镇", 0, 0, 12, 0, 0)}, r(1, 2), w);
  CHECK(*ranked[0].score == r(0));
}

TEST_CASE("ranking: ties are broken by progress, warnings, lag and name, in that order", "[ranking]") {
  RankingWeights w;
  w.progress = 0, w.warnings = 100, w.lag = 0;  // only warnings score: every town below scores 100 or 90
  auto ranked = rank_towns(
      {town("丁镇", 100, 50, 0, 10, 10), town("丙镇", 100, 60, 0, 10, 10), town("乙镇", 100, 60, 0, 10, 5),
       town("甲镇", 100, 60, 0, 10, 5), town("戊镇", 100, 90, 1, 10, 1)},
      r(1, 2), w);
  std::vector<std::string> order;
  for (const auto& t : ranked) order.push_back(t.figures.town);
  // score 100 for all but 戊镇 (90); among them progress 0.6 before 0.5 (丁镇 last of the four); among
  // the three at 0.6 the lag: 5 days before 10 (丙镇 third); 乙镇 and 甲镇 tie on everything: by name
  // in code point order (乙 U+4E59 before 甲 U+7532).
  CHECK(order == std::vector<std::string>{"乙镇", "甲镇", "丙镇", "丁镇", "戊镇"});
  CHECK(ranked[0].rank == 1);
  CHECK(ranked[4].rank == 5);
}

TEST_CASE("ranking: open warnings decide before the lag", "[ranking]") {
  RankingWeights w;
  w.progress = 100, w.warnings = 0, w.lag = 0;
  // equal score and progress; 甲镇 has a warning open, 乙镇 none but a longer lag: 乙镇 first
  auto ranked = rank_towns({town("甲镇", 100, 60, 1, 10, 1), town("乙镇", 100, 60, 0, 10, 90)}, r(1, 2), w);
  CHECK(ranked[0].figures.town == "乙镇");
}
