// engine/loans: loan quality (贷款质量, issue 21) — days overdue and their bands at the edges, the
// non-performing ratio, and that the groups sum to the total.
#include <catch2/catch.hpp>

#include "loans/quality.hpp"

using namespace fundledger;
using calendar::Date;
using loans::Loan;

namespace {

Date day(const char* s) { return *calendar::parse_date(s).value; }

Loan loan(const char* id, const char* bank, const char* town, const char* principal_yuan,
          std::optional<Date> overdue = std::nullopt) {
  Loan l;
  l.loan_id = id;
  l.household_id = std::string("H-") + id;
  l.product = "microcredit";
  l.bank = bank;
  l.town = town;
  l.village = "V";
  l.principal = *parse_amount(principal_yuan).value;
  l.start_date = day("2018-01-01");
  l.term_months = 36;
  l.overdue_since = overdue;
  return l;
}

}  // namespace

TEST_CASE("loan quality: the first day overdue is day 1, and the bands close at 30, 90 and 180",
          "[loans][quality]") {
  const Loan l = loan("A", "B1", "T1", "50000", day("2019-01-01"));
  CHECK(loans::days_overdue(l, day("2018-12-31")) == 0);
  CHECK(loans::days_overdue(l, day("2019-01-01")) == 1);
  CHECK(loans::days_overdue(l, day("2019-01-30")) == 30);
  CHECK(loans::days_overdue(l, day("2019-03-31")) == 90);
  CHECK(loans::band_of(1) == 0);
  CHECK(loans::band_of(30) == 0);
  CHECK(loans::band_of(31) == 1);
  CHECK(loans::band_of(90) == 1);
  CHECK(loans::band_of(91) == 2);
  CHECK(loans::band_of(180) == 2);
  CHECK(loans::band_of(181) == 3);
  Loan repaid = l;
  repaid.repaid_on = day("2019-02-01");
  CHECK(loans::days_overdue(repaid, day("2019-03-31")) == 0);  // repaid: no longer overdue
}

TEST_CASE("loan quality: bands, non-performing and its ratio by bank, summing to the total",
          "[loans][quality]") {
  Loan written = loan("E", "B2", "T2", "20000", day("2018-06-01"));
  written.written_off_on = day("2019-01-15");
  const std::vector<Loan> all = {loan("A", "B1", "T1", "50000"),
                                 loan("B", "B1", "T1", "30000", day("2019-03-02")),  // 30 days on 03-31
                                 loan("C", "B1", "T2", "40000", day("2019-01-01")),  // 90 days
                                 loan("D", "B2", "T2", "10000", day("2018-12-31")),  // 91 days
                                 written};
  const auto q = loans::loan_quality(all, "bank", day("2019-03-31"));
  REQUIRE(q.rows.size() == 2);
  const auto& b1 = q.rows[0];
  CHECK(b1.key == "B1");
  CHECK(b1.loans == 3);
  CHECK(b1.outstanding == *parse_amount("120000").value);
  CHECK(b1.overdue[0] == *parse_amount("30000").value);
  CHECK(b1.overdue[1] == *parse_amount("40000").value);
  CHECK(b1.non_performing() == Money());
  CHECK(*b1.npl_ratio() == 0);
  const auto& b2 = q.rows[1];
  CHECK(b2.loans == 1);  // E is written off: not outstanding
  CHECK(b2.outstanding == *parse_amount("10000").value);
  CHECK(b2.overdue[2] == *parse_amount("10000").value);
  CHECK(b2.written_off == *parse_amount("20000").value);
  CHECK(*b2.npl_ratio() == 1);
  CHECK(q.total.outstanding == b1.outstanding + b2.outstanding);
  CHECK(q.total.overdue_total() == *parse_amount("80000").value);
  CHECK(*q.total.npl_ratio() == Rational(1, 13));  // 10000 ÷ 130000
  CHECK_FALSE(loans::loan_quality({}, "bank", day("2019-03-31")).total.npl_ratio());
}

TEST_CASE("loan quality: compensations and recoveries by the day, in their loan's row and the total",
          "[loans][quality]") {
  const std::vector<Loan> all = {loan("A", "B1", "T1", "50000", day("2018-06-01")),
                                 loan("C", "B2", "T2", "40000", day("2018-06-01"))};
  auto entry = [](const char* id, const char* kind, const char* loan_id, const char* date,
                  const char* amount) {
    entries::LoanCompensation c;
    c.comp_id = id, c.kind = kind, c.loan_id = loan_id, c.date = day(date);
    c.amount = *parse_amount(amount).value;
    return c;
  };
  // A: 50000 compensated on 2018-10-01, 5000 recovered 2019-02-01 and 1000 after the day; C: nothing.
  const std::vector<entries::LoanCompensation> recorded = {
      entry("BC-1", "compensate", "A", "2018-10-01", "50000"),
      entry("ZH-1", "recover", "A", "2019-02-01", "5000"),
      entry("ZH-2", "recover", "A", "2019-04-01", "1000")};
  auto q = loans::loan_quality(all, "bank", day("2019-03-31"));
  loans::add_compensations(q, all, recorded);
  REQUIRE(q.rows.size() == 2);
  CHECK(q.rows[0].key == "B1");
  CHECK(q.rows[0].compensated == *parse_amount("50000").value);
  CHECK(q.rows[0].recovered == *parse_amount("5000").value);
  CHECK(q.rows[1].compensated == Money());
  CHECK(q.total.compensated == *parse_amount("50000").value);
  CHECK(q.total.recovered == *parse_amount("5000").value);
}
