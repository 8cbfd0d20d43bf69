// trace --asset A: sources -> project -> asset -> income -> households, in text, csv and json.
#include "cli/trace_asset.hpp"

#include <iostream>

#include "audit/trace_asset.hpp"
#include "projects/projects.hpp"
#include "reports/table.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

namespace {

using nlohmann::json;

std::string opt(const std::optional<std::string>& s) { return s.value_or("-"); }
std::string opt_date(const std::optional<calendar::Date>& d) { return d ? calendar::format_date(*d) : "-"; }

std::string owner_text(const entries::Asset& a) {
  std::string s = projects::name_of(projects::asset_owners(), a.owner);
  return a.owner_id ? s + " " + *a.owner_id : s;
}

json asset_json(const audit::AssetTrace& t) {
  const auto& a = t.asset;
  json sources = json::array(), incomes = json::array(), payouts = json::array();
  for (const auto& s : t.sources) sources.push_back({{"doc_no", s.doc_no}, {"amount", money_json(s.amount)}});
  for (const auto& i : t.incomes)
    incomes.push_back({{"date", calendar::format_date(i.date)},
                       {"doc_no", i.doc_no},
                       {"payer", i.payer ? json(*i.payer) : json(nullptr)},
                       {"amount", money_json(i.amount)}});
  for (const auto& p : t.payouts)
    payouts.push_back({{"voucher", p.voucher},
                       {"date", calendar::format_date(p.date)},
                       {"payee_id", p.payee_id},
                       {"payee_name", p.payee_name},
                       {"amount", money_json(p.amount)}});
  return {{"asset_id", a.asset_id},
          {"name", a.name ? json(*a.name) : json(nullptr)},
          {"type", a.type},
          {"owner", a.owner},
          {"owner_id", a.owner_id ? json(*a.owner_id) : json(nullptr)},
          {"value", money_json(a.value)},
          {"registered_on", a.registered_on ? json(calendar::format_date(*a.registered_on)) : json(nullptr)},
          {"custodian", a.custodian ? json(*a.custodian) : json(nullptr)},
          {"project",
           {{"project_id", a.project_id}, {"name", t.project_name}, {"paid", money_json(t.project_paid)}}},
          {"sources", sources},
          {"incomes", incomes},
          {"earned", money_json(t.earned)},
          {"payouts", payouts},
          {"paid_out", money_json(t.paid_out)},
          {"undistributed", money_json(t.earned - t.paid_out)}};
}

// The three parts as one table: section (source, income, payout), id, date, party, amount.
reports::Table asset_table(const audit::AssetTrace& t) {
  reports::Table tab;
  tab.columns = {{"section", "环节", "Section"},
                 {"id", "文号/凭证号", "Document/voucher"},
                 {"date", "日期", "Date"},
                 {"party", "缴款单位/收款人", "Payer/payee"},
                 {"amount", "金额", "Amount", reports::ColType::money}};
  for (const auto& s : t.sources) tab.rows.push_back({"source", s.doc_no, "", "", s.amount});
  for (const auto& i : t.incomes)
    tab.rows.push_back({"income", i.doc_no, calendar::format_date(i.date), i.payer.value_or(""), i.amount});
  for (const auto& p : t.payouts)
    tab.rows.push_back(
        {"payout", p.voucher, calendar::format_date(p.date), p.payee_id + " " + p.payee_name, p.amount});
  return tab;
}

void print_rows(const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) std::cout << text::tr("cli.trace.none") << "\n";
  for (const auto& r : rows) {
    std::cout << " ";
    for (const auto& c : r) std::cout << " " << c;
    std::cout << "\n";
  }
}

void print_text(const audit::AssetTrace& t) {
  const auto& a = t.asset;
  auto yuan = [](const Money& m) { return format_yuan(m, true); };
  std::cout << text::tr("cli.trace.asset", text::arg("asset", a.asset_id), text::arg("name", opt(a.name)),
                        text::arg("type", projects::name_of(projects::asset_types(), a.type)),
                        text::arg("owner", owner_text(a)), text::arg("value", yuan(a.value)),
                        text::arg("registered", opt_date(a.registered_on)),
                        text::arg("custodian", opt(a.custodian)))
            << "\n"
            << text::tr("cli.trace.asset_project", text::arg("project", a.project_id),
                        text::arg("name", t.project_name), text::arg("paid", yuan(t.project_paid)))
            << "\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& s : t.sources) rows.push_back({s.doc_no, yuan(s.amount)});
  print_rows(rows);
  std::cout << text::tr("cli.trace.asset_incomes", text::arg("earned", yuan(t.earned))) << "\n";
  rows.clear();
  for (const auto& i : t.incomes)
    rows.push_back({calendar::format_date(i.date), i.doc_no, i.payer.value_or(""), yuan(i.amount)});
  print_rows(rows);
  std::cout << text::tr("cli.trace.asset_payouts", text::arg("paid", yuan(t.paid_out)),
                        text::arg("left", yuan(t.earned - t.paid_out)))
            << "\n";
  rows.clear();
  for (const auto& p : t.payouts)
    rows.push_back({calendar::format_date(p.date), p.voucher, p.payee_id, p.payee_name, yuan(p.amount)});
  print_rows(rows);
}

}  // namespace

int print_trace_asset(Globals& g, store::Repository& repo, const std::string& asset_id) {
  auto t = audit::trace_asset(repo, asset_id);
  if (!t) throw UsageError(text::tr("cli.trace_no_asset", text::arg("asset", asset_id)));
  if (g.format == "json")
    print_json(asset_json(*t));
  else if (g.format == "csv")
    std::cout << reports::render_csv(asset_table(*t));
  else
    print_text(*t);
  return kExitOk;
}

}  // namespace fundledger::cli
