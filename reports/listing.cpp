#include "reports/listing.hpp"

#include "base/assert.hpp"
#include "text/text.hpp"

namespace fundledger::reports {
namespace {

text::Lang text_lang(Lang lang) { return lang == Lang::en ? text::Lang::en : text::Lang::zh; }

Column col(const char* key, const char* zh, const char* en, ColType type = ColType::text) {
  return {key, zh, en, type};
}

Cell opt(const std::optional<std::string>& s) { return s ? Cell{*s} : Cell{}; }

std::vector<Column> payment_columns() {
  return {col("voucher", "凭证号", "Voucher"),
          col("date", "日期", "Date"),
          col("kind", "类型", "Kind"),
          col("fiscal_year", "年度", "Year", ColType::integer),
          col("earmark", "用途代码", "Earmark"),
          col("payee_id", "收款人编号", "Payee ID"),
          col("payee_name", "收款人", "Payee"),
          col("payee_kind", "收款人类型", "Payee kind"),
          col("town", "镇", "Town"),
          col("village", "村", "Village"),
          col("project", "项目", "Project"),
          col("amount", "金额", "Amount", ColType::money),
          col("sources", "来源文号", "Source documents"),
          col("note", "备注", "Note")};
}

std::vector<Cell> payment_cells(const store::PaymentLine& p, Lang lang, bool codes) {
  const auto tl = text_lang(lang);
  std::string kind = p.kind;
  if (!codes)
    kind = text::tr_in(tl, p.kind == "reversal"   ? "listing.kind.reversal"
                           : p.kind == "recovery" ? "listing.kind.recovery"
                                                  : "listing.kind.payment");
  std::string payee_kind = codes ? p.payee_kind : text::tr_in(tl, "payee_kind." + p.payee_kind);
  // A correction's note says which payment it corrects, then its reason.
  std::optional<std::string> note = p.note;
  if (p.corrects)
    note = text::tr_in(tl, "listing.corrects", text::arg("voucher", *p.corrects),
                       text::arg("reason", p.note.value_or("")));
  return {p.voucher,      calendar::format_date(p.date),
          kind,           std::int64_t{p.fiscal_year},
          p.earmark,      p.payee_id,
          p.payee_name,   payee_kind,
          opt(p.town),    opt(p.village),
          opt(p.project), p.amount,
          p.sources,      opt(note)};
}

std::vector<Column> household_columns() {
  return {col("household_id", "户编号", "Household ID"),
          col("head_name", "户主姓名", "Head of household"),
          col("id_number", "身份证号", "ID number"),
          col("town", "镇", "Town"),
          col("village", "村", "Village"),
          col("members", "人口", "Members", ColType::integer),
          col("registered", "建档立卡", "Registered"),
          col("poverty_cause", "致贫原因", "Poverty cause"),
          col("paid", "已支付", "Paid", ColType::money)};
}

std::vector<Cell> household_cells(const store::HouseholdLine& h, Lang lang, bool codes) {
  std::string registered = codes ? (h.registered ? "yes" : "no")
                                 : text::tr_in(text_lang(lang), h.registered ? "listing.yes" : "listing.no");
  return {h.household_id,
          h.head_name,
          opt(h.id_number),
          h.town,
          h.village,
          h.members ? Cell{*h.members} : Cell{},
          registered,
          opt(h.poverty_cause),
          h.paid};
}

// The total row: the count in the second cell, the sum in the money column `key`.
ListingTotal total_of(const std::vector<Column>& columns, const char* key, std::int64_t count,
                      const Money& sum, Lang lang) {
  std::size_t at = 0;
  while (at < columns.size() && columns[at].key != key) ++at;
  FL_ASSERT(at < columns.size(), "total_of: the sum's column must be a column of the listing");
  FL_ASSERT(at > 1, "total_of: the sum's column must come after the count's");
  ListingTotal t;
  t.count = count;
  t.row.assign(columns.size(), Cell{});
  t.row[1] = text::tr_in(text_lang(lang), "listing.count", text::arg("count", count));
  t.row[at] = sum;
  return t;
}

std::string payment_title(const PaymentFilter& f, const store::PaymentQuery& q, Lang lang) {
  const auto tl = text_lang(lang);
  const auto as_of = text::arg("as_of", calendar::format_date(q.through));
  if (f.month)
    return text::tr_in(tl, "listing.payments_title_month", text::arg("year", f.month->first),
                       text::arg("month", f.month->second), as_of);
  if (f.year) return text::tr_in(tl, "listing.payments_title_year", text::arg("year", *f.year), as_of);
  return text::tr_in(tl, "listing.payments_title", as_of);
}

Table collect(const Listing& l) {
  Table t;
  t.title = l.title;
  t.columns = l.columns;
  t.total = l.rows(false, [&t](const std::vector<Cell>& r) { t.rows.push_back(r); }).row;
  return t;
}

}  // namespace

store::PaymentQuery payment_query(const PaymentFilter& f) {
  store::PaymentQuery q;
  if (f.month) {
    auto p = calendar::month_period(f.month->first, f.month->second);
    q.from = p.begin;
    q.through = p.end - boost::gregorian::days(1);
  }
  if (f.as_of && *f.as_of < q.through) q.through = *f.as_of;
  q.year = f.year;
  q.town = f.town;
  q.earmark = f.earmark;
  q.payee = f.payee;
  return q;
}

Listing payment_listing(store::Repository& repo, const PaymentFilter& f, Lang lang) {
  Listing l;
  const auto q = payment_query(f);
  l.title = payment_title(f, q, lang);
  l.columns = payment_columns();
  l.rows = [&repo, q, lang, columns = l.columns](bool codes, const RowSink& sink) {
    std::int64_t count = 0;
    Money sum;
    repo.reports().for_each_payment_line(q, [&](const store::PaymentLine& p) {
      ++count;
      sum += p.amount;
      sink(payment_cells(p, lang, codes));
    });
    return total_of(columns, "amount", count, sum, lang);
  };
  return l;
}

Table payment_ledger(store::Repository& repo, const PaymentFilter& f, Lang lang) {
  Table t = collect(payment_listing(repo, f, lang));
  t.hints.dates = {"date"};
  return t;
}

Listing household_listing(store::Repository& repo, const HouseholdFilter& f, Lang lang) {
  Listing l;
  l.title = text::tr_in(text_lang(lang), "listing.households_title");
  l.columns = household_columns();
  const store::HouseholdQuery q{f.town, f.village, f.search};
  l.rows = [&repo, q, lang, columns = l.columns](bool codes, const RowSink& sink) {
    std::int64_t count = 0;
    Money sum;
    repo.reports().for_each_household_line(q, [&](const store::HouseholdLine& h) {
      ++count;
      sum += h.paid;
      sink(household_cells(h, lang, codes));
    });
    return total_of(columns, "paid", count, sum, lang);
  };
  return l;
}

Table household_register(store::Repository& repo, const HouseholdFilter& f, Lang lang) {
  return collect(household_listing(repo, f, lang));
}

}  // namespace fundledger::reports
