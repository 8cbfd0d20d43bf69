// engine/ledger: attribute() — which lots (allocation vouchers) pay a disbursement, to the fen.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "ledger/ledger.hpp"

using namespace fundledger;
using fundledger::ledger::attribute;
using fundledger::ledger::LotState;

namespace {

Money fen(std::int64_t f) { return Money::from_fen(f); }
calendar::Date d(const char* iso) { return *calendar::parse_date(iso).value; }

std::vector<LotState> three_lots() {
  // FIFO order (date, lot), as the importer keeps them.
  return {{"A1", "DOC-1", d("2017-02-10"), fen(100'00)},
          {"A2", "DOC-2", d("2017-03-01"), fen(50'00)},
          {"A3", "DOC-1", d("2017-04-01"), fen(200'00)}};
}

Money sum(const std::vector<std::pair<std::size_t, Money>>& parts) {
  Money s;
  for (const auto& p : parts) s += p.second;
  return s;
}

}  // namespace

TEST_CASE("FIFO takes the oldest lots first and splits the last one", "[attribute]") {
  auto lots = three_lots();
  Money available;
  auto parts = attribute(lots, d("2017-12-31"), fen(120'00), false, std::nullopt, available);
  REQUIRE(parts);
  CHECK(available == fen(350'00));
  REQUIRE(parts->size() == 2);
  CHECK((*parts)[0].first == 0);
  CHECK((*parts)[0].second == fen(100'00));
  CHECK((*parts)[1].first == 1);
  CHECK((*parts)[1].second == fen(20'00));
}

TEST_CASE("FIFO skips empty lots", "[attribute]") {
  auto lots = three_lots();
  lots[0].remaining = Money();
  Money available;
  auto parts = attribute(lots, d("2017-12-31"), fen(1), false, std::nullopt, available);
  REQUIRE(parts);
  REQUIRE(parts->size() == 1);
  CHECK((*parts)[0].first == 1);
  CHECK(available == fen(250'00));
}

TEST_CASE("Exactly the available amount is paid — one fen more is refused", "[attribute]") {
  auto lots = three_lots();
  Money available;
  auto all = attribute(lots, d("2017-12-31"), fen(350'00), false, std::nullopt, available);
  REQUIRE(all);
  CHECK(all->size() == 3);
  CHECK(sum(*all) == fen(350'00));
  auto over = attribute(lots, d("2017-12-31"), fen(350'01), false, std::nullopt, available);
  CHECK_FALSE(over);
  CHECK(available == fen(350'00));
  auto over_pr = attribute(lots, d("2017-12-31"), fen(350'01), true, std::nullopt, available);
  CHECK_FALSE(over_pr);
}

TEST_CASE("Lots dated after the payment are not available (date cut-off, inclusive)", "[attribute]") {
  auto lots = three_lots();
  Money available;
  // On 2017-03-01 the lots A1 and A2 (dated that very day) are available, A3 is not.
  auto parts = attribute(lots, d("2017-03-01"), fen(150'00), false, std::nullopt, available);
  REQUIRE(parts);
  CHECK(available == fen(150'00));
  auto over = attribute(lots, d("2017-03-01"), fen(150'01), false, std::nullopt, available);
  CHECK_FALSE(over);
  CHECK(available == fen(150'00));
  // The day before A1, nothing.
  auto none = attribute(lots, d("2017-02-09"), fen(1), false, std::nullopt, available);
  CHECK_FALSE(none);
  CHECK(available == Money());
  // Pro-rata obeys the same cut-off.
  auto pr = attribute(lots, d("2017-02-28"), fen(10'00), true, std::nullopt, available);
  REQUIRE(pr);
  REQUIRE(pr->size() == 1);
  CHECK((*pr)[0].first == 0);
}

TEST_CASE("only_source restricts the lots to one source document", "[attribute]") {
  auto lots = three_lots();
  Money available;
  auto parts = attribute(lots, d("2017-12-31"), fen(150'00), false, std::string("DOC-1"), available);
  REQUIRE(parts);
  CHECK(available == fen(300'00));
  REQUIRE(parts->size() == 2);
  CHECK((*parts)[0].first == 0);
  CHECK((*parts)[1].first == 2);  // A2 (DOC-2) skipped
  CHECK((*parts)[1].second == fen(50'00));
  auto doc2 = attribute(lots, d("2017-12-31"), fen(50'01), false, std::string("DOC-2"), available);
  CHECK_FALSE(doc2);
  CHECK(available == fen(50'00));
  auto unknown = attribute(lots, d("2017-12-31"), fen(1), false, std::string("DOC-9"), available);
  CHECK_FALSE(unknown);
  CHECK(available == Money());
}

TEST_CASE("Pro-rata splits in proportion to what remains, exactly", "[attribute]") {
  auto lots = three_lots();  // 100 : 50 : 200
  Money available;
  auto parts = attribute(lots, d("2017-12-31"), fen(70'00), true, std::nullopt, available);
  REQUIRE(parts);
  REQUIRE(parts->size() == 3);
  CHECK((*parts)[0].second == fen(20'00));
  CHECK((*parts)[1].second == fen(10'00));
  CHECK((*parts)[2].second == fen(40'00));
}

TEST_CASE("Pro-rata with remainders: parts sum to the amount and each is within a fen of its exact share",
          "[attribute]") {
  std::vector<LotState> lots = {{"A1", "D1", d("2017-01-01"), fen(1)},
                                {"A2", "D2", d("2017-01-02"), fen(1)},
                                {"A3", "D3", d("2017-01-03"), fen(1)}};
  Money available;
  auto parts = attribute(lots, d("2017-12-31"), fen(2), true, std::nullopt, available);
  REQUIRE(parts);
  CHECK(sum(*parts) == fen(2));
  for (const auto& [i, m] : *parts) CHECK(m == fen(1));
  // Ties go to the older lots: A1 and A2 pay, A3 not.
  REQUIRE(parts->size() == 2);
  CHECK((*parts)[0].first == 0);
  CHECK((*parts)[1].first == 1);
}

TEST_CASE("Pro-rata property: random lots, sums exact, shares within a fen, no lot overdrawn",
          "[attribute][property]") {
  const unsigned seed = 20170301;
  std::mt19937_64 rng(seed);
  INFO("seed " << seed);
  for (int iter = 0; iter < 500; ++iter) {
    INFO("iteration " << iter);
    std::uniform_int_distribution<int> nlots(1, 8);
    std::uniform_int_distribution<std::int64_t> rem(0, 5'000'000'00);
    std::vector<LotState> lots;
    int n = nlots(rng);
    for (int i = 0; i < n; ++i)
      lots.push_back({"A" + std::to_string(i), "D" + std::to_string(i % 3),
                      d(("2017-01-0" + std::to_string(1 + i)).c_str()), fen(rem(rng))});
    Money total;
    for (const auto& l : lots) total += l.remaining;
    if (!total.is_positive()) continue;
    std::uniform_int_distribution<std::int64_t> amt(1, static_cast<std::int64_t>(total.fen()));
    Money amount = fen(amt(rng));
    for (bool pro_rata : {false, true}) {
      Money available;
      auto parts = attribute(lots, d("2017-12-31"), amount, pro_rata, std::nullopt, available);
      REQUIRE(parts);
      CHECK(available == total);
      CHECK(sum(*parts) == amount);
      for (const auto& [i, m] : *parts) {
        REQUIRE(i < lots.size());
        CHECK(m.is_positive());
        CHECK(m <= lots[i].remaining);
        if (pro_rata) {
          // |m * total - amount * remaining| < total  (within one fen of the exact share)
          Int128 lhs = m.fen() * total.fen() - amount.fen() * lots[i].remaining.fen();
          if (lhs < 0) lhs = -lhs;
          CHECK(lhs < total.fen());
        }
      }
    }
  }
}
