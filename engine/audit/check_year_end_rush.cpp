// year_end_rush (年底突击花钱).
//
// Why: money of a year that is not spent by 31 December is taken back (结转结余收回), so bureaus rush
// to pay in the last weeks: projects paid before they are done, advances booked as payments, money
// parked in other accounts. Auditors and the Ministry of Finance's spending-progress monitoring look
// at the share of a year's spending dated in its last months (四季度、11—12 月支出占全年比重). Only a
// rule of kind `year_end_rush` turns the check on: `share_max` (a rate, "30%") and `from_month`
// (default 11, November).
//
// What it decides:
// * Per fiscal year, over all earmarks together, not per earmark: the rush is the bureau's, and
//   one earmark on its own may be paid at the year's end for good reason (贴息 computed on the year
//   and posted on 31 December, a once-a-year household subsidy) — per earmark those would be findings
//   every year, and a small earmark's share would be noise.
// * The year's payments are the payments of the fiscal year's money dated within its calendar year
//   (Y-01-01 to Y-12-31), net of the reversals and recoveries recorded by the as-of date (a December
//   payment reversed later no longer counts); money of the year paid the next year (结转) belongs to
//   neither part. The late part is those dated on or after the first day of `from_month`.
// * A year is judged once the as-of date has reached its 31 December (a share judged during November
//   would only grow); before that, nothing is said of it.
// * Finding when late ÷ total is above `share_max` (exactly at it is not). Each rule in force for the
//   year is judged on its own, with its severity. The evidence is the largest late payments (at most
//   kEvidence, by amount, then voucher); the message gives how many there were.
#include <algorithm>
#include <map>

#include "audit/audit.hpp"
#include "rules/rules.hpp"

namespace fundledger::audit {
namespace {

constexpr std::size_t kEvidence = 10;

struct Year {
  Money by_month[12];
  std::vector<std::size_t> rows;  // the payments dated within the year, by date and voucher
};

}  // namespace

std::vector<Finding> check_year_end_rush(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  bool any = std::any_of(ctx.rules.begin(), ctx.rules.end(),
                         [](const Rule& r) { return r.kind == "year_end_rush"; });
  if (!any) return out;
  const auto as_of = ctx.as_of_date();
  const auto& payments = detail::load_payments(repo, ctx);
  std::map<int, Year> years;
  for (std::size_t i = 0; i < payments.size(); ++i) {
    const auto& p = payments[i];
    if (static_cast<int>(p.date.year()) != p.fiscal_year || p.amount.is_zero()) continue;
    auto& y = years[p.fiscal_year];
    y.by_month[p.date.month() - 1] += p.amount;
    y.rows.push_back(i);
  }
  for (const auto& [fy, y] : years) {
    if (as_of < calendar::Date(static_cast<unsigned short>(fy), 12, 31)) continue;
    for (const auto& r : ctx.rules) {
      if (r.kind != "year_end_rush" || !r.applies(fy) || !r.share_max || !r.from_month) continue;
      Money total, late;
      for (int m = 0; m < 12; ++m) (m + 1 >= *r.from_month ? late : total) += y.by_month[m];
      total += late;
      if (!total.is_positive()) continue;
      Rational share(late.fen(), total.fen());
      if (share <= *r.share_max) continue;
      const calendar::Date from(static_cast<unsigned short>(fy), static_cast<unsigned short>(*r.from_month),
                                1);
      std::vector<std::size_t> rows;
      for (auto i : y.rows)
        if (payments[i].date >= from) rows.push_back(i);
      const std::size_t shown = std::min(rows.size(), kEvidence);
      std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(shown), rows.end(),
                        [&](std::size_t a, std::size_t b) {
                          if (payments[a].amount != payments[b].amount)
                            return payments[a].amount > payments[b].amount;
                          return payments[a].voucher < payments[b].voucher;
                        });
      Finding f;
      f.code = "year_end_rush";
      f.severity = r.severity;
      f.rule = r.id;
      const std::string from_text = calendar::format_date(from);
      f.message = text::tr(
          "audit.year_end_rush", text::arg("year", fy), text::arg("total", detail::fmt(total)),
          text::arg("from", from_text), text::arg("count", static_cast<long>(rows.size())),
          text::arg("late", detail::fmt(late)), text::arg("share", rules::fmt_pct(share)),
          text::arg("max", rules::fmt_pct(*r.share_max)), text::arg("shown", static_cast<long>(shown)));
      f.subject = {{"year", std::to_string(fy)},
                   {"from", from_text},
                   {"total", format_yuan(total)},
                   {"late", format_yuan(late)},
                   {"share", rules::fmt_pct(share)}};
      for (std::size_t k = 0; k < shown; ++k) f.evidence.push_back(payments[rows[k]].voucher);
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace fundledger::audit
