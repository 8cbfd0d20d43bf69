// Unit tests of engine/rules on a real SQLite ledger: rules import and versioning, loan_terms_for,
// and plan arithmetic.
#include "rules/plan.hpp"
#include "rules/rules.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace fundledger;
namespace fs = std::filesystem;

namespace {

struct TempLedger {
  fs::path dir;
  std::unique_ptr<store::Repository> repo;
  explicit TempLedger(const std::string& name)
      : dir(fs::temp_directory_path() / ("fl_rules_" + name)), repo([&] {
          fs::remove_all(fs::temp_directory_path() / ("fl_rules_" + name));
          fs::create_directories(fs::temp_directory_path() / ("fl_rules_" + name));
          return store::open_repository((fs::temp_directory_path() / ("fl_rules_" + name) / "l.db").string(), store::OpenMode::create);
        }()) {}
  std::string write(const std::string& file, const std::string& text) {
    auto p = dir / file;
    std::ofstream(p) << text;
    return p.string();
  }
};

Money wan(std::int64_t w) { return Money::from_yuan(w * 10000); }

}  // namespace

TEST_CASE("rules import is versioned and identical re-import is skipped") {
  TempLedger t("version");
  auto f = t.write("r.toml", "[[rule]]\nid = \"g\"\nkind = \"growth\"\ncategory = \"county_self\"\nmin_rate = \"20%\"\n");
  auto r1 = rules::import_rules(*t.repo, f, "tester", "2026-01-01T00:00:00Z", std::nullopt);
  CHECK(r1.added == 1);
  auto r2 = rules::import_rules(*t.repo, f, "tester", "2026-01-01T00:00:00Z", std::nullopt);
  CHECK(r2.added == 0);
  CHECK(r2.skipped == 1);
  auto f2 = t.write("r2.toml", "[[rule]]\nid = \"g\"\nkind = \"growth\"\ncategory = \"county_self\"\nmin_rate = \"25%\"\n");
  auto r3 = rules::import_rules(*t.repo, f2, "tester", "2026-01-01T00:00:00Z", std::nullopt);
  CHECK(r3.added == 1);
  auto cur = rules::current_rules(*t.repo);
  REQUIRE(cur.size() == 1);
  CHECK(cur[0].version == 2);
  CHECK(*cur[0].min_rate == Rational(1, 4));
  CHECK(t.repo->verify_chain().ok);
}

TEST_CASE("a bad rules file is refused with its line and nothing is written") {
  TempLedger t("bad");
  auto f = t.write("r.toml", "[[rule]]\nid = \"c\"\nkind = \"cap_per_payee\"\nearmark = \"X\"\nmax = \"1.2345678万\"\n\n[[rule]]\nid = \"d\"\nkind = \"nope\"\n");
  try {
    (void)rules::import_rules(*t.repo, f, "tester", "2026-01-01T00:00:00Z", std::nullopt);
    FAIL("expected InputError");
  } catch (const ledger::InputError& e) {
    REQUIRE(e.diagnostics.error_count() == 2);
    CHECK(e.diagnostics.all()[0].line == 5);
    CHECK(e.diagnostics.all()[1].message.find("unknown rule kind") != std::string::npos);
  }
  CHECK(rules::current_rules(*t.repo).empty());
}

TEST_CASE("a year written as a float is refused, never converted (2e20 overflowed int64 in toml++)") {
  TempLedger t("float_year");
  for (const std::string year : {"2e20", "2018.0", "-1e300", "nan"}) {
    auto f = t.write("r.toml", "[[rule]]\nid = \"g\"\nkind = \"growth\"\ncategory = \"county_self\"\n"
                               "min_rate = \"20%\"\nfrom = " + year + "\n");
    try {
      (void)rules::import_rules(*t.repo, f, "tester", "2026-01-01T00:00:00Z", std::nullopt);
      FAIL("expected InputError for from = " + year);
    } catch (const ledger::InputError& e) {
      REQUIRE(e.diagnostics.error_count() == 1);
      CHECK(e.diagnostics.all()[0].line == 6);
      CHECK(e.diagnostics.all()[0].message.find("'from' must be a year such as 2018") != std::string::npos);
    }
  }
  CHECK(rules::current_rules(*t.repo).empty());
}

TEST_CASE("loan_terms_for merges the tightest limits of the rules in force") {
  TempLedger t("loan");
  auto f = t.write("r.toml",
                   "[[rule]]\nid = \"a\"\nkind = \"loan_terms\"\nproduct = \"5321\"\nprincipal_max = \"5万\"\nterm_months_max = 36\nfrom = 2016\n"
                   "[[rule]]\nid = \"b\"\nkind = \"loan_terms\"\nproduct = \"5321\"\nprincipal_max = \"4万\"\nsubsidy_max_per_household = \"1万\"\n"
                   "severity = \"warn\"\n"
                   "[[rule]]\nid = \"c\"\nkind = \"loan_terms\"\nproduct = \"microcredit\"\nsubsidy_rate_max = \"4.35%\"\n");
  (void)rules::import_rules(*t.repo, f, "tester", "2026-01-01T00:00:00Z", std::nullopt);
  auto lt = rules::loan_terms_for(*t.repo, "5321", 2017);
  REQUIRE(lt);
  CHECK(lt->rule_ids.size() == 2);
  CHECK(*lt->principal_max == wan(4));
  CHECK(*lt->term_months_max == 36);
  CHECK(*lt->subsidy_max_per_household == wan(1));
  CHECK(lt->severity == rules::Severity::error);
  auto early = rules::loan_terms_for(*t.repo, "5321", 2015);
  REQUIRE(early);
  CHECK(early->rule_ids == std::vector<std::string>{"b"});
  CHECK(!rules::loan_terms_for(*t.repo, "policy", 2017));
  CHECK(*rules::loan_terms_for(*t.repo, "microcredit", 2017)->subsidy_rate_max == Rational(435, 10000));
}

TEST_CASE("message formatting in 万 and percent") {
  CHECK(rules::fmt_wan(wan(5900)) == "5900万");
  CHECK(rules::fmt_wan(Money::from_fen(1)) == "0.000001万");
  CHECK(rules::fmt_pct(Rational(6, 5)) == "120%");
  CHECK(rules::fmt_pct(Rational(10435, 10000)) == "104.35%");
}
