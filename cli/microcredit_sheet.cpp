// The 小额信贷 sheet's tables (microcredit_sheet.hpp).
#include "cli/microcredit_sheet.hpp"

#include <map>
#include <set>

#include "cli/loans_fund.hpp"
#include "loans/loans.hpp"
#include "store/listing_reads.hpp"
#include "store/report_reads.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using reports::catalogue_column;
using reports::ColType;

}  // namespace

reports::Table subsidy_paid_table(store::Repository& repo, int year, const calendar::Date& as_of) {
  struct Town {
    std::set<std::string> households;
    std::int64_t payments = 0;
    Money paid;
  };
  std::map<std::string, Town> towns;
  store::PaymentQuery q;
  q.from = calendar::Date(static_cast<unsigned short>(year), 1, 1);
  q.through = as_of;
  repo.reports().for_each_payment_line(q, [&](const store::PaymentLine& l) {
    if (l.project != loans::kSubsidyProject) return;
    auto& t = towns[l.town.value_or("")];
    t.households.insert(l.payee_id);
    if (l.kind == "payment") ++t.payments;
    t.paid += l.amount;
  });
  reports::Table t;
  t.title = text::tr("microcredit.subsidy_paid.title", text::arg("year", year),
                     text::arg("date", calendar::format_date(as_of)));
  t.columns = {catalogue_column("town", "microcredit.col.town", ColType::text),
               catalogue_column("households", "microcredit.col.households", ColType::integer),
               catalogue_column("payments", "microcredit.col.payments", ColType::integer),
               catalogue_column("paid", "microcredit.col.paid", ColType::money)};
  std::set<std::string> households;
  std::int64_t payments = 0;
  Money paid;
  for (const auto& [town, x] : towns) {
    t.rows.push_back({town, static_cast<std::int64_t>(x.households.size()), x.payments, x.paid});
    households.insert(x.households.begin(), x.households.end());
    payments += x.payments;
    paid += x.paid;
  }
  t.total = std::vector<reports::Cell>{text::tr("table.total"), static_cast<std::int64_t>(households.size()),
                                       payments, paid};
  return t;
}

void add_microcredit_sheet(store::Repository& repo, reports::MonthlyReport& r, const calendar::Date& as_of) {
  if (loans::load_loans(repo).empty()) return;
  r.microcredit =
      std::vector<reports::Table>{loan_quality_table(repo, "bank", as_of), risk_fund_table(repo, as_of),
                                  compensation_table(repo, as_of), subsidy_paid_table(repo, r.year, as_of)};
  r.microcredit_notes = {text::tr("microcredit.note.quality"), text::tr("microcredit.note.fund"),
                         text::tr("microcredit.note.subsidy_paid")};
}

}  // namespace fundledger::cli
