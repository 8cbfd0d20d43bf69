// The `loans` verb: the loan register as of a date, grouped by product, bank, town, village or
// household.
#include <iostream>

#include "cli/cli.hpp"
#include "cli/loans_fund.hpp"
#include "cli/microcredit_sheet.hpp"
#include "loans/loans.hpp"
#include "loans/quality.hpp"
#include "store/ledger_reads.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

using calendar::Date;
using nlohmann::json;

namespace {

// ---- loans report ------------------------------------------------------------------------------

// One row of the loan register: loans and principal lent, outstanding, overdue, written off.
struct LoanAgg {
  std::int64_t count = 0;
  Money lent, outstanding, overdue, written_off;
};

// The loans started by `date`, grouped by product, bank, town, village or household, and in total.
std::pair<std::map<std::string, LoanAgg>, LoanAgg> aggregate_loans(const std::vector<loans::Loan>& all,
                                                                   const std::string& by_key,
                                                                   const Date& date) {
  std::map<std::string, LoanAgg> rows;
  LoanAgg total;
  for (const auto& l : all) {
    if (l.start_date > date) continue;
    std::string key = by_key == "product"   ? l.product
                      : by_key == "bank"    ? l.bank
                      : by_key == "town"    ? l.town
                      : by_key == "village" ? l.town + "/" + l.village
                                            : l.household_id;
    bool closed = (l.repaid_on && *l.repaid_on <= date) || (l.written_off_on && *l.written_off_on <= date);
    for (LoanAgg* a : {&rows[key], &total}) {
      ++a->count;
      a->lent += l.principal;
      if (!closed) a->outstanding += l.principal;
      if (!closed && l.overdue_since && *l.overdue_since <= date) a->overdue += l.principal;
      if (l.written_off_on && *l.written_off_on <= date) a->written_off += l.principal;
    }
  }
  return {rows, total};
}

json loans_json(const std::map<std::string, LoanAgg>& rows, const LoanAgg& total, const std::string& by,
                const std::string& as_of) {
  auto row_j = [](const std::string& key, const LoanAgg& a) {
    return json{{"key", key},
                {"loans", a.count},
                {"principal", money_json(a.lent)},
                {"outstanding", money_json(a.outstanding)},
                {"overdue", money_json(a.overdue)},
                {"written_off", money_json(a.written_off)}};
  };
  json arr = json::array();
  for (const auto& [k, a] : rows) arr.push_back(row_j(k, a));
  return {{"by", by}, {"as_of", as_of}, {"rows", arr}, {"total", row_j("total", total)}};
}

reports::Table loans_table(const std::map<std::string, LoanAgg>& rows, const LoanAgg& total,
                           const std::string& by_key) {
  using reports::ColType;
  reports::Table t;
  static const std::map<std::string, std::pair<const char*, const char*>> keys = {
      {"product", {"产品", "Product"}},
      {"bank", {"银行", "Bank"}},
      {"town", {"镇", "Town"}},
      {"village", {"镇/村", "Town/village"}},
      {"household", {"户编号", "Household"}}};
  t.columns = {{"key", keys.at(by_key).first, keys.at(by_key).second, ColType::text},
               {"loans", "笔数", "Loans", ColType::integer},
               {"principal", "放款本金", "Principal lent", ColType::money},
               {"outstanding", "在贷余额", "Outstanding", ColType::money},
               {"overdue", "逾期本金", "Overdue", ColType::money},
               {"written_off", "核销本金", "Written off", ColType::money}};
  for (const auto& [k, a] : rows)
    t.rows.push_back({k, a.count, a.lent, a.outstanding, a.overdue, a.written_off});
  t.total = std::vector<reports::Cell>{text::tr("table.total"), total.count,   total.lent,
                                       total.outstanding,       total.overdue, total.written_off};
  return t;
}

// ---- loan quality (贷款质量) --------------------------------------------------------------------

std::vector<reports::Cell> quality_cells(const loans::QualityRow& r, const std::string& key) {
  auto ratio = r.npl_ratio();
  return {key,
          std::int64_t{r.loans},
          r.outstanding,
          r.overdue[0],
          r.overdue[1],
          r.overdue[2],
          r.overdue[3],
          r.overdue_total(),
          r.non_performing(),
          ratio ? reports::Cell{reports::Ratio{*ratio}} : reports::Cell{},
          r.written_off,
          r.compensated,
          r.recovered};
}

const char* quality_key_id(const std::string& by) {
  if (by == "bank") return "loans.quality.by.bank";
  if (by == "town") return "loans.quality.by.town";
  if (by == "village") return "loans.quality.by.village";
  if (by == "household") return "loans.quality.by.household";
  return "loans.quality.by.product";
}

reports::Table quality_table(const loans::Quality& q, const std::string& date) {
  using reports::catalogue_column;
  using reports::ColType;
  reports::Table t;
  t.title = text::tr("loans.quality.title", text::arg("date", date));
  t.columns = {catalogue_column("key", quality_key_id(q.by), ColType::text),
               catalogue_column("loans", "loans.quality.col.loans", ColType::integer),
               catalogue_column("outstanding", "loans.quality.col.outstanding", ColType::money),
               catalogue_column("overdue_1_30", "loans.quality.col.overdue_1_30", ColType::money),
               catalogue_column("overdue_31_90", "loans.quality.col.overdue_31_90", ColType::money),
               catalogue_column("overdue_91_180", "loans.quality.col.overdue_91_180", ColType::money),
               catalogue_column("overdue_over_180", "loans.quality.col.overdue_over_180", ColType::money),
               catalogue_column("overdue", "loans.quality.col.overdue", ColType::money),
               catalogue_column("non_performing", "loans.quality.col.non_performing", ColType::money),
               catalogue_column("npl_ratio", "loans.quality.col.npl_ratio", ColType::ratio),
               catalogue_column("written_off", "loans.quality.col.written_off", ColType::money),
               catalogue_column("compensated", "loans.quality.col.compensated", ColType::money),
               catalogue_column("recovered", "loans.quality.col.recovered", ColType::money)};
  for (const auto& r : q.rows) t.rows.push_back(quality_cells(r, r.key));
  t.total = quality_cells(q.total, text::tr("table.total"));
  return t;
}

Verb register_loans(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("loans", text::tr("help.loans"));
  cmd->footer(text::tr("help.loans.footer"));
  auto by = std::make_shared<std::string>("product");
  auto as_of = std::make_shared<std::string>();
  auto quality = std::make_shared<bool>(false);
  cmd->add_option("--by", *by, text::tr("help.loans.by"))
      ->check(CLI::IsMember({"product", "bank", "town", "village", "household"}));
  cmd->add_option("--as-of", *as_of, text::tr("help.loans.as_of"));
  cmd->add_flag("--quality", *quality, text::tr("help.loans.quality"));
  auto fund = std::make_shared<bool>(false), compensations = std::make_shared<bool>(false);
  cmd->add_flag("--fund", *fund, text::tr("help.loans.fund"));
  cmd->add_flag("--compensations", *compensations, text::tr("help.loans.compensations"));
  auto subsidy_paid = std::make_shared<bool>(false);
  cmd->add_flag("--subsidy-paid", *subsidy_paid, text::tr("help.loans.subsidy_paid"));
  auto fund_verb = add_fund_subcommands(*cmd, g);
  return {cmd, [&g, by, as_of, quality, fund, compensations, subsidy_paid, fund_verb] {
            if (int rc = fund_verb(); rc >= 0) return rc;
            std::string date_text = g.as_of(*as_of);
            Date date = *calendar::parse_date(date_text).value;
            if (*fund) return print_funds(g, date);
            if (*compensations) return print_compensations(g, date);
            auto repo = g.open(false);
            if (*subsidy_paid) {
              const int year = static_cast<int>(date.year());
              print_report_table(g, subsidy_paid_table(*repo, year, date),
                                 {{"report", "subsidy_paid"}, {"year", year}, {"as_of", date_text}});
              return kExitOk;
            }
            if (*quality) {
              print_report_table(g, loan_quality_table(*repo, *by, date),
                                 {{"report", "loan_quality"}, {"by", *by}, {"as_of", date_text}});
              return kExitOk;
            }
            auto [rows, total] = aggregate_loans(loans::load_loans(*repo), *by, date);
            if (g.format == "json") {
              print_json(loans_json(rows, total, *by, date_text));
              return kExitOk;
            }
            auto t = loans_table(rows, total, *by);
            if (g.format == "csv") {
              std::cout << reports::render_csv(t);
            } else {
              const auto& key = t.columns.front();
              t.title = text::tr("loans.register_title", text::arg("by", g.lang == "en" ? *by : key.zh),
                                 text::arg("date", date_text));
              std::cout << reports::render_text(t, g.language(), Unit::yuan);
            }
            return kExitOk;
          }};
}

const VerbRegistration reg_loans(35, register_loans);

}  // namespace

reports::Table loan_quality_table(store::Repository& repo, const std::string& by, const Date& as_of) {
  const auto all = loans::load_loans(repo);
  auto q = loans::loan_quality(all, by, as_of);
  loans::add_compensations(q, all, repo.ledger().loan_compensations());
  return quality_table(q, calendar::format_date(as_of));
}

}  // namespace fundledger::cli
