// The tables and JSON of `subsidy` (subsidy_tables.hpp).
#include "cli/subsidy_tables.hpp"

#include "text/text.hpp"

namespace fundledger::cli {

using calendar::DayCount;
using nlohmann::json;
using reports::ColType;

namespace {

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

std::string cut_text(const PlannedPayment& p) {
  if (!p.rule) return {};
  return text::tr(
      "loans.post_cut", text::arg("rule", *p.rule), text::arg("cut", format_for_people(p.subsidy - p.pay)),
      text::arg("max", format_for_people(p.max)), text::arg("before", format_for_people(p.before)));
}

// What a difference's kind says to the clerk.
std::string kind_text(const std::string& kind) {
  if (kind == "unclaimed") return text::tr("claims.kind.unclaimed");
  if (kind == "claim_lower") return text::tr("claims.kind.claim_lower");
  if (kind == "claim_higher") return text::tr("claims.kind.claim_higher");
  if (kind == "not_subsidised") return text::tr("claims.kind.not_subsidised");
  return text::tr("claims.kind.penalty_only");
}

std::string basis_text(DayCount b) { return b == DayCount::act360 ? "ACT/360" : "ACT/365"; }

json claim_json(const std::optional<loans::ClaimMatch>& m) {
  if (!m) return nullptr;
  return {{"interest", money_json(m->interest)},
          {"penalty", money_json(m->penalty)},
          {"claim_nos", m->claim_nos}};
}

json claims_json(const loans::ClaimCheck& c) {
  json differences = json::array();
  for (const auto& d : c.differences)
    differences.push_back({{"loan_id", d.loan_id},
                           {"bank", d.bank},
                           {"household_id", d.household_id},
                           {"computed", money_json(d.computed)},
                           {"claimed", money_json(d.claimed)},
                           {"penalty", money_json(d.penalty)},
                           {"paid", money_json(d.paid)},
                           {"kind", d.kind}});
  return {{"banks", c.banks},
          {"computed", money_json(c.computed)},
          {"claimed", money_json(c.claimed)},
          {"penalty", money_json(c.penalty)},
          {"paid", money_json(c.paid)},
          {"differences", differences}};
}

}  // namespace

std::string subsidy_title(const loans::SubsidyResult& r, SubsidyTable table) {
  const auto& w = r.window;
  const bool calendar_year = w.whole_year && w.days.begin.month() == 1 && w.days.begin.day() == 1;
  if (calendar_year && table != SubsidyTable::claims)
    return text::tr(
        table == SubsidyTable::loans ? "loans.subsidy_title_loans" : "loans.subsidy_title_households",
        text::arg("year", r.year), text::arg("basis", basis_text(r.basis)));
  const char* id = table == SubsidyTable::loans        ? "subsidy.title_loans"
                   : table == SubsidyTable::households ? "subsidy.title_households"
                                                       : "subsidy.title_claims";
  return text::tr(id, text::arg("label", w.label), text::arg("span", loans::format_span(w.days)),
                  text::arg("year", r.year), text::arg("basis", basis_text(r.basis)));
}

reports::Table subsidy_loan_table(const loans::SubsidyResult& r, bool zh) {
  reports::Table t;
  t.columns = {{"loan_id", "贷款编号", "Loan", ColType::text},
               {"household_id", "户编号", "Household", ColType::text},
               {"product", "产品", "Product", ColType::text},
               {"principal", "本金", "Principal", ColType::money},
               {"annual_rate", "年利率", "Rate", ColType::text},
               {"from", "起息日", "From", ColType::text},
               {"to", "止息日(不含)", "To (excl.)", ColType::text},
               {"days", "天数", "Days", ColType::integer},
               {"uncapped", "未封顶贴息", "Uncapped", ColType::money},
               {"subsidy", "贴息", "Subsidy", ColType::money},
               {"reason", "核减原因", "Reason for cut", ColType::text}};
  Money uncapped;
  for (const auto& s : r.loans) {
    uncapped += s.uncapped;
    t.rows.push_back({s.loan->loan_id, s.loan->household_id, s.loan->product, s.loan->principal,
                      s.loan->annual_rate_text, calendar::format_date(s.period.begin),
                      calendar::format_date(s.period.end), std::int64_t{s.days}, s.uncapped, s.subsidy,
                      join(zh ? s.reasons_zh : s.reasons, "; ")});
  }
  t.total =
      std::vector<reports::Cell>{text::tr("table.total"), {}, {}, {}, {}, {}, {}, {}, uncapped, r.total, {}};
  return t;
}

reports::Table subsidy_household_table(const loans::SubsidyResult& r, bool zh,
                                       const std::vector<PlannedPayment>* plan) {
  reports::Table t;
  t.columns = {{"household_id", "户编号", "Household", ColType::text},
               {"head_name", "户主", "Head", ColType::text},
               {"town", "镇", "Town", ColType::text},
               {"village", "村", "Village", ColType::text},
               {"uncapped", "封顶前", "Before cap", ColType::money},
               {"subsidy", "贴息", "Subsidy", ColType::money},
               {"reason", "核减原因", "Reason for cut", ColType::text}};
  if (plan)
    t.columns.insert(t.columns.end(), {{"pay", "将支付", "To pay", ColType::money},
                                       {"post_cut", "支付核减", "Cut at payment", ColType::text}});
  Money uncapped, pay;
  for (std::size_t i = 0; i < r.households.size(); ++i) {
    const auto& h = r.households[i];
    uncapped += h.uncapped;
    std::vector<reports::Cell> row = {h.household_id,
                                      h.head_name,
                                      h.town,
                                      h.village,
                                      h.uncapped,
                                      h.subsidy,
                                      join(zh ? h.reasons_zh : h.reasons, "; ")};
    if (plan) {
      pay += (*plan)[i].pay;
      row.insert(row.end(), {(*plan)[i].pay, cut_text((*plan)[i])});
    }
    t.rows.push_back(std::move(row));
  }
  t.total = std::vector<reports::Cell>{text::tr("table.total"), {}, {}, {}, uncapped, r.total, {}};
  if (plan) t.total->insert(t.total->end(), {pay, {}});
  return t;
}

reports::Table subsidy_claims_table(const loans::ClaimCheck& c) {
  reports::Table t;
  t.columns = {{"loan_id", "贷款编号", "Loan", ColType::text},
               {"bank", "银行", "Bank", ColType::text},
               {"household_id", "户编号", "Household", ColType::text},
               {"computed", "测算贴息", "Computed", ColType::money},
               {"claimed", "申请利息", "Claimed", ColType::money},
               {"penalty", "罚息(不贴息)", "Penalty (not paid)", ColType::money},
               {"paid", "支付", "Paid", ColType::money},
               {"difference", "申请减测算", "Claimed − computed", ColType::money},
               {"kind", "说明", "Note", ColType::text}};
  for (const auto& d : c.differences)
    t.rows.push_back({d.loan_id, d.bank, d.household_id, d.computed, d.claimed, d.penalty, d.paid,
                      d.claimed - d.computed, kind_text(d.kind)});
  t.total = std::vector<reports::Cell>{
      text::tr("table.total"), {}, {}, c.computed, c.claimed, c.penalty, c.paid, c.claimed - c.computed, {}};
  return t;
}

json subsidy_json(const loans::SubsidyResult& r, const std::optional<loans::ClaimCheck>& claims) {
  json loans_j = json::array(), households_j = json::array();
  for (const auto& s : r.loans)
    loans_j.push_back({{"loan_id", s.loan->loan_id},
                       {"household_id", s.loan->household_id},
                       {"product", s.loan->product},
                       {"bank", s.loan->bank},
                       {"days", s.days},
                       {"from", calendar::format_date(s.period.begin)},
                       {"to", calendar::format_date(s.period.end)},
                       {"principal", money_json(s.loan->principal)},
                       {"annual_rate", s.loan->annual_rate_text},
                       {"rate_applied", loans::rate_text(s.rate_applied)},
                       {"uncapped", money_json(s.uncapped)},
                       {"eligible", money_json(s.eligible)},
                       {"computed", money_json(s.computed)},
                       {"claim", claim_json(s.claim)},
                       {"subsidy", money_json(s.subsidy)},
                       {"reasons", s.reasons}});
  for (const auto& h : r.households)
    households_j.push_back({{"household_id", h.household_id},
                            {"head_name", h.head_name},
                            {"town", h.town},
                            {"village", h.village},
                            {"uncapped", money_json(h.uncapped)},
                            {"earlier", money_json(h.earlier)},
                            {"subsidy", money_json(h.subsidy)},
                            {"reasons", h.reasons}});
  const auto& w = r.window;
  return {{"year", r.year},
          {"period",
           {{"label", w.label},
            {"from", calendar::format_date(w.days.begin)},
            {"to", calendar::format_date(w.days.end - boost::gregorian::days(1))},
            {"settlement_year", w.year},
            {"fiscal_year", w.fiscal_year}}},
          {"basis", r.basis == DayCount::act360 ? "act360" : "act365"},
          {"loans", loans_j},
          {"households", households_j},
          {"claims", claims && !claims->banks.empty() ? claims_json(*claims) : json(nullptr)},
          {"total", money_json(r.total)}};
}

json subsidy_post_json(json j, const std::vector<PlannedPayment>& plan) {
  for (std::size_t i = 0; i < plan.size(); ++i) {
    const auto& p = plan[i];
    j["households"][i]["post"] = {{"voucher", p.voucher},
                                  {"pay", money_json(p.pay)},
                                  {"cut", money_json(p.subsidy - p.pay)},
                                  {"rule", p.rule ? json(*p.rule) : json(nullptr)}};
  }
  return j;
}

}  // namespace fundledger::cli
