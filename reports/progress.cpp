// 序时进度 (reports/progress.hpp): the groups' money from the ledger's balances, so the figures are
// the ones `balance` prints.
#include "reports/progress.hpp"

#include <map>

#include "reports/monthly.hpp"
#include "store/ledger_reads.hpp"
#include "text/text.hpp"

namespace fundledger::reports {

namespace {

Rational time_progress(const calendar::Date& as_of, int year, bool by_month) {
  const calendar::Date first(static_cast<unsigned short>(year), 1, 1);
  const calendar::Date last(static_cast<unsigned short>(year), 12, 31);
  if (as_of < first) return Rational(0);
  if (as_of > last) return Rational(1);
  if (by_month) return Rational(static_cast<int>(as_of.month()), 12);
  return Rational(calendar::days_between(first, as_of) + 1, calendar::days_between(first, last) + 1);
}

// 到位: what arrived for the group (the category's received sources; else what was allocated to it).
Money received_of(const ledger::BalanceRow& r, ledger::BalanceBy by) {
  auto it = r.money.find(by == ledger::BalanceBy::category ? "amount" : "allocated");
  return it == r.money.end() ? Money{} : it->second;
}

const char* band_id(const std::string& band) {
  return band == "red"      ? "progress.band.red"
         : band == "yellow" ? "progress.band.yellow"
                            : "progress.band.normal";
}

}  // namespace

std::string progress_band(const Rational& time, const std::optional<Rational>& spending, long red,
                          long yellow) {
  if (!spending) return "";
  const Rational gap = (time - *spending) * 100;
  return gap > red ? "red" : gap > yellow ? "yellow" : "normal";
}

Progress progress_report(store::Repository& repo, const ProgressOptions& o, bool codes) {
  Progress p;
  p.time = time_progress(o.as_of, o.year, o.by_month);
  auto b = ledger::balance(repo, o.by, o.year, calendar::format_date(o.as_of));
  Table& t = p.table;
  t.title =
      text::tr("progress.title", text::arg("year", o.year), text::arg("date", calendar::format_date(o.as_of)),
               text::arg("by", text::tr(std::string("balance.by.") + ledger::to_string(o.by))));
  t.columns = {catalogue_column("key", "progress.col.key", ColType::text),
               catalogue_column("name", "progress.col.name", ColType::text),
               catalogue_column("received", "progress.col.received", ColType::money),
               catalogue_column("paid", "progress.col.paid", ColType::money),
               catalogue_column("progress", "progress.col.progress", ColType::ratio),
               catalogue_column("gap", "progress.col.gap", ColType::ratio),
               catalogue_column("shortfall", "progress.col.shortfall", ColType::money),
               catalogue_column("band", "progress.col.band", ColType::text)};
  std::map<std::string, std::string> english;  // a category's English name, for text in English
  if (o.by == ledger::BalanceBy::category && text::language() == text::Lang::en)
    for (auto& c : repo.ledger().categories()) english[c.code] = c.name_en;
  Money received_sum, paid_sum, short_sum;
  for (auto r : b.rows) {
    if (o.by == ledger::BalanceBy::category && is_loan_category(r.key)) continue;
    if (auto it = english.find(r.key); it != english.end()) r.name = it->second;
    const Money received = received_of(r, o.by), paid = r.money.at("disbursed");
    std::optional<Rational> spending;
    if (received.is_positive()) spending = Rational(paid.fen(), received.fen());
    const Money due = multiply(received, p.time);
    const Money shortfall = due > paid ? due - paid : Money{};
    const std::string band = progress_band(p.time, spending, o.red, o.yellow);
    t.rows.push_back({r.key, r.name, received, paid, spending ? Cell{Ratio{*spending}} : Cell{},
                      spending ? Cell{Ratio{p.time - *spending}} : Cell{}, shortfall,
                      band.empty() ? Cell{} : Cell{codes ? band : text::tr(band_id(band))}});
    received_sum += received, paid_sum += paid, short_sum += shortfall;
  }
  std::optional<Rational> all;
  if (received_sum.is_positive()) all = Rational(paid_sum.fen(), received_sum.fen());
  const std::string band = progress_band(p.time, all, o.red, o.yellow);
  t.total = std::vector<Cell>{text::tr("progress.total"),
                              Cell{},
                              received_sum,
                              paid_sum,
                              all ? Cell{Ratio{*all}} : Cell{},
                              all ? Cell{Ratio{p.time - *all}} : Cell{},
                              short_sum,
                              band.empty() ? Cell{} : Cell{codes ? band : text::tr(band_id(band))}};
  return p;
}

}  // namespace fundledger::reports
