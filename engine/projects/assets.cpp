// import assets and import asset-income: what completed projects left (项目资产) and what those
// assets earned, to journal entries (projects.hpp). Payouts of the income are payments naming the
// asset (ledger/asset_payouts.hpp).
#include <map>
#include <set>

#include "ledger/entry_diff.hpp"
#include "ledger/fields.hpp"
#include "ledger/read.hpp"
#include "projects/import_run.hpp"
#include "projects/projects.hpp"
#include "store/project_reads.hpp"
#include "text/text.hpp"

namespace fundledger::projects {

namespace {

using ledger::ColumnDef;
using ledger::CsvRow;
using ledger::Fields;

const ledger::Choices kTypes = {{"operating", "经营性"}, {"public", "公益性"}, {"household", "到户类"}};
const ledger::Choices kOwners = {{"collective", "村集体"}, {"household", "农户"}};

const std::vector<ColumnDef> kAssetCols = {
    {"asset_id", "资产编号", true},    {"project", "项目编号", true},
    {"type", "资产类型", true},        {"name", "资产名称", false},
    {"value", "资产价值", true},       {"owner", "所有权人", true},
    {"owner_id", "农户编号", false},   {"registered_on", "确权日期", false},
    {"custodian", "管护责任人", false}};
enum { A_ID, A_PROJECT, A_TYPE, A_NAME, A_VALUE, A_OWNER, A_OWNER_ID, A_REGISTERED, A_CUSTODIAN };

const std::vector<ColumnDef> kIncomeCols = {{"asset_id", "资产编号", true}, {"date", "日期", true},
                                            {"amount", "收益金额", true},   {"doc_no", "凭证号", true},
                                            {"payer", "缴款单位", false},   {"note", "备注", false}};
enum { I_ID, I_DATE, I_AMOUNT, I_DOC, I_PAYER, I_NOTE };

std::optional<entries::Asset> read_asset(Fields& f) {
  entries::Asset a;
  a.asset_id = f.text(A_ID);
  a.project_id = f.text(A_PROJECT);
  auto type = f.choice(A_TYPE, kTypes, true);
  a.name = f.opt_text(A_NAME);
  auto value = f.money(A_VALUE, true);
  auto owner = f.choice(A_OWNER, kOwners, true);
  a.owner_id = f.opt_text(A_OWNER_ID);
  a.registered_on = f.opt_date(A_REGISTERED);
  a.custodian = f.opt_text(A_CUSTODIAN);
  if (owner && *owner == "household" && !a.owner_id) f.error(A_OWNER_ID, text::tr("assets.owner_id_needed"));
  if (!f.ok() || !type || !value || !owner) return std::nullopt;
  a.type = *type;
  a.value = *value;
  a.owner = *owner;
  return a;
}

std::optional<entries::AssetIncome> read_income(Fields& f) {
  entries::AssetIncome i;
  i.asset_id = f.text(I_ID);
  auto date = f.date(I_DATE);
  auto amount = f.money(I_AMOUNT, true);
  i.doc_no = f.text(I_DOC);
  i.payer = f.opt_text(I_PAYER);
  i.note = f.opt_text(I_NOTE);
  if (!f.ok() || !date || !amount) return std::nullopt;
  i.date = *date;
  i.amount = *amount;
  return i;
}

// Why the asset may not be recorded (the column at fault and a message), or nothing: its project completed
// (完工 or 验收) by the day it is recorded on, its owner household registered, and the project's assets worth
// no more than what was paid to the project.
using Refusal = std::optional<std::pair<std::size_t, std::string>>;

Refusal asset_refusal(store::Repository& repo, const Library& lib, const entries::Asset& a, const Date& on,
                      const Money& others) {
  const auto* done = lib.life(a.project_id).as_of(on);
  if (!done || (done->status != "completed" && done->status != "accepted"))
    return std::pair{A_PROJECT, text::tr("assets.project_not_completed", text::arg("asset", a.asset_id),
                                         text::arg("project", a.project_id),
                                         text::arg("date", calendar::format_date(on)))};
  if (a.owner == "household" && !repo.ledger().find_household(*a.owner_id))
    return std::pair{A_OWNER_ID, text::tr("assets.owner_not_registered", text::arg("asset", a.asset_id),
                                          text::arg("household", *a.owner_id))};
  const Money paid = project_paid(repo, lib, a.project_id, Date(9999, 12, 31));
  if (others + a.value > paid)
    return std::pair{
        A_VALUE,
        text::tr("assets.value_over_paid", text::arg("asset", a.asset_id),
                 text::arg("value", format_for_people(a.value)), text::arg("project", a.project_id),
                 text::arg("others", format_for_people(others)), text::arg("paid", format_for_people(paid)))};
  return std::nullopt;
}

}  // namespace

const ledger::Choices& asset_types() { return kTypes; }
const ledger::Choices& asset_owners() { return kOwners; }
const std::vector<ColumnDef>& asset_columns() { return kAssetCols; }
const std::vector<ColumnDef>& asset_income_columns() { return kIncomeCols; }

Money project_paid(store::Repository& repo, const Library& lib, const std::string& project_id,
                   const Date& as_of) {
  Money paid;
  for (const auto& p : repo.projects().project_payments(std::nullopt, as_of)) {
    const auto* named = lib.find(p.project);
    if (!named || named->project_id != project_id) continue;
    for (const auto& lot : repo.ledger().payment_lots(p.voucher)) paid += lot.net;
  }
  return paid;
}

ledger::ImportReport import_assets(store::Repository& repo, const std::string& path,
                                   const ImportOptions& opt) {
  auto run = open_import_run(repo, "assets", path, opt);
  const Library lib = Library::load(repo);
  std::map<std::string, entries::Asset> recorded;  // recorded, and added by this file
  std::map<std::string, Money> by_project;
  for (auto& a : repo.projects().assets()) {
    by_project[a.project_id] += a.value;
    recorded[a.asset_id] = std::move(a);
  }
  std::map<std::string, long> line_of;
  ledger::read_csv({path, opt.sheet}, kAssetCols, run.diag(), [&](const CsvRow& r) {
    Fields f(r, kAssetCols, run.diag(), path);
    auto a = read_asset(f);
    if (!a) return;
    const auto* p = lib.find(a->project_id);
    if (!p)
      return f.error(A_PROJECT, text::tr("projects.not_in_library", text::arg("project", a->project_id)));
    a->project_id = p->project_id;  // named by its id or its name
    if (auto [it, fresh] = line_of.emplace(a->asset_id, r.line); !fresh)
      return run.error(r.line,
                       text::tr("ledger.key_twice_in_file", text::arg("noun", text::tr("assets.noun")),
                                text::arg("key", a->asset_id), text::arg("first", it->second),
                                text::arg("second", r.line)));
    if (auto it = recorded.find(a->asset_id); it != recorded.end()) {
      if (it->second == *a) return run.skipped();
      return f.error(A_ID, text::tr("assets.recorded_differently", text::arg("asset", a->asset_id),
                                    text::arg("diff", ledger::difference(it->second, *a))));
    }
    const Date on = a->registered_on.value_or(day_recorded(opt.recorded_at));
    if (auto why = asset_refusal(repo, lib, *a, on, by_project[a->project_id]))
      return f.error(why->first, why->second);
    by_project[a->project_id] += a->value;
    recorded[a->asset_id] = *a;
    run.write({a->asset_id, on, std::nullopt, *a}, r.line);
  });
  return run.finish();
}

ledger::ImportReport import_asset_income(store::Repository& repo, const std::string& path,
                                         const ImportOptions& opt) {
  auto run = open_import_run(repo, "asset-income", path, opt);
  std::map<std::string, entries::Asset> assets;
  for (auto& a : repo.projects().assets()) assets[a.asset_id] = std::move(a);
  std::map<std::string, entries::AssetIncome> recorded;  // "asset/doc"
  for (auto& i : repo.projects().asset_incomes()) recorded[i.asset_id + "/" + i.doc_no] = std::move(i);
  std::map<std::string, long> line_of;
  ledger::read_csv({path, opt.sheet}, kIncomeCols, run.diag(), [&](const CsvRow& r) {
    Fields f(r, kIncomeCols, run.diag(), path);
    auto i = read_income(f);
    if (!i) return;
    auto asset = assets.find(i->asset_id);
    if (asset == assets.end())
      return f.error(I_ID, text::tr("assets.unknown", text::arg("asset", i->asset_id)));
    const auto& reg = asset->second.registered_on;
    if (reg && i->date < *reg)
      return f.error(I_DATE, text::tr("assets.income_before_registered", text::arg("asset", i->asset_id),
                                      text::arg("date", calendar::format_date(i->date)),
                                      text::arg("registered", calendar::format_date(*reg))));
    const std::string key = i->asset_id + "/" + i->doc_no;
    if (auto [it, fresh] = line_of.emplace(key, r.line); !fresh)
      return run.error(
          r.line,
          text::tr("ledger.key_twice_in_file", text::arg("noun", text::tr("assets.noun_income")),
                   text::arg("key", key), text::arg("first", it->second), text::arg("second", r.line)));
    if (auto it = recorded.find(key); it != recorded.end()) {
      if (it->second == *i) return run.skipped();
      return f.error(I_DOC, text::tr("assets.income_recorded_differently", text::arg("key", key),
                                     text::arg("diff", ledger::difference(it->second, *i))));
    }
    run.write({key, i->date, std::nullopt, *i}, r.line);
  });
  return run.finish();
}

}  // namespace fundledger::projects
