// ProjectReads on SQL: the library's tables decoded by their entries' fields (entry_codec.hpp).
// Headers are in entry_row (none of these kinds is a payment).
#include "store/sqlite/sqlite_project_reads.hpp"

#include <map>

#include "store/sqlite/canonical.hpp"
#include "store/sqlite/entry_codec.hpp"

namespace fundledger::store {
namespace {

template <class T>
std::string select_of(const std::string& alias) {
  const TableSpec& spec = table_spec(T::kKind);
  std::string cols;
  for (const char* c : spec.columns) cols += (cols.empty() ? "" : ", ") + alias + "." + c;
  return "SELECT " + cols;
}

}  // namespace

std::vector<entries::Project> SqlProjectReads::project_versions(const std::string& project_id) {
  auto st = db_.prepare(select_of<entries::Project>("p") +
                        " FROM project p WHERE p.project_id = ? ORDER BY p.version");
  st.bind(1, project_id);
  std::vector<entries::Project> out;
  while (st.step()) out.push_back(decode_row<entries::Project>(table_spec("project"), st));
  return out;
}

std::vector<entries::Project> SqlProjectReads::projects() {
  auto st = db_.prepare(select_of<entries::Project>("p") +
                        " FROM project p WHERE p.version = (SELECT MAX(q.version) FROM project q "
                        "WHERE q.project_id = p.project_id) ORDER BY p.project_id");
  std::vector<entries::Project> out;
  while (st.step()) out.push_back(decode_row<entries::Project>(table_spec("project"), st));
  return out;
}

std::vector<ProjectStatusRow> SqlProjectReads::statuses() {
  auto st =
      db_.prepare(select_of<entries::ProjectStatus>("s") +
                  ", s.entry_id, e.operator FROM project_status s JOIN entry_row e ON e.id = s.entry_id "
                  "ORDER BY s.entry_id");
  const auto& spec = table_spec("project_status");
  const int n = static_cast<int>(spec.columns.size());
  std::vector<ProjectStatusRow> out;
  while (st.step())
    out.push_back({st.int64(n), decode_row<entries::ProjectStatus>(spec, st), st.text(n + 1)});
  return out;
}

std::vector<ContractState> SqlProjectReads::contracts() {
  std::vector<ContractState> out;
  std::map<std::string, std::size_t> at;
  auto st = db_.prepare(select_of<entries::Contract>("c") + " FROM contract c ORDER BY c.contract_id");
  while (st.step()) {
    at[st.text(0)] = out.size();
    out.push_back({decode_row<entries::Contract>(table_spec("contract"), st), Money{}, std::nullopt});
  }
  // Drawn: the payments' draws, less what reversals and recoveries of those payments gave back
  // (their pay flows, negative; a correction's flows are always stored in flow_row).
  auto add = [&](const std::string& sql) {
    auto q = db_.prepare(sql);
    while (q.step())
      if (auto it = at.find(q.text(0)); it != at.end()) out[it->second].drawn += Money::from_fen(q.int64(1));
  };
  add("SELECT contract_id, SUM(amount) FROM contract_draw GROUP BY contract_id");
  add("SELECT d.contract_id, SUM(f.amount) FROM contract_draw d JOIN correction c ON c.target = d.voucher "
      "JOIN flow_row f ON f.entry_id = c.entry_id AND f.kind = 'pay' GROUP BY d.contract_id");
  auto ends = db_.prepare(select_of<entries::ContractEnd>("x") + " FROM contract_end x");
  while (ends.step())
    if (auto it = at.find(ends.text(0)); it != at.end())
      out[it->second].end = decode_row<entries::ContractEnd>(table_spec("contract_end"), ends);
  return out;
}

std::vector<ProjectPayment> SqlProjectReads::project_payments(std::optional<int> year,
                                                              const calendar::Date& as_of) {
  // A payment's header (and so its override reason) is in its own row (schema 7).
  auto st = db_.prepare(
      "SELECT voucher, date, fiscal_year, project, amount, CASE WHEN override_reason IS NULL THEN 0 ELSE 1 "
      "END "
      "FROM disbursement "
      "WHERE project IS NOT NULL AND date <= ? AND (? = 0 OR fiscal_year = ?) ORDER BY date, voucher");
  st.bind(1, calendar::format_date(as_of));
  st.bind(2, std::int64_t{year.value_or(0)});
  st.bind(3, std::int64_t{year.value_or(0)});
  std::vector<ProjectPayment> out;
  while (st.step()) {
    ProjectPayment p;
    p.voucher = st.text(0);
    read_column(st, 1, p.date);
    p.fiscal_year = static_cast<int>(st.int64(2));
    p.project = st.text(3);
    p.amount = Money::from_fen(st.int64(4));
    p.overridden = st.int64(5) != 0;
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<entries::Target> SqlProjectReads::targets() {
  auto st =
      db_.prepare(select_of<entries::Target>("t") + " FROM target t ORDER BY t.project_id, t.indicator_id");
  std::vector<entries::Target> out;
  while (st.step()) out.push_back(decode_row<entries::Target>(table_spec("target"), st));
  return out;
}

std::vector<entries::TargetResult> SqlProjectReads::target_results() {
  auto st = db_.prepare(select_of<entries::TargetResult>("r") +
                        " FROM target_result r ORDER BY r.project_id, r.indicator_id, r.date");
  std::vector<entries::TargetResult> out;
  while (st.step()) out.push_back(decode_row<entries::TargetResult>(table_spec("target_result"), st));
  return out;
}

std::vector<entries::Asset> SqlProjectReads::assets() {
  auto st = db_.prepare(select_of<entries::Asset>("a") + " FROM asset a ORDER BY a.asset_id");
  std::vector<entries::Asset> out;
  while (st.step()) out.push_back(decode_row<entries::Asset>(table_spec("asset"), st));
  return out;
}

std::vector<entries::AssetIncome> SqlProjectReads::asset_incomes() {
  auto st = db_.prepare(select_of<entries::AssetIncome>("i") +
                        " FROM asset_income i ORDER BY i.asset_id, i.date, i.doc_no");
  std::vector<entries::AssetIncome> out;
  while (st.step()) out.push_back(decode_row<entries::AssetIncome>(table_spec("asset_income"), st));
  return out;
}

std::vector<AssetPayoutRow> SqlProjectReads::asset_payouts() {
  // Net: the payout less what reversals and recoveries of its payment gave back (their pay flows,
  // negative, as for a contract's draws).
  auto st = db_.prepare(
      "SELECT a.voucher, a.asset_id, d.date, d.payee_id, d.payee_name, a.amount + COALESCE(g.amount, 0) "
      "FROM asset_payout a JOIN disbursement d ON d.voucher = a.voucher LEFT JOIN (SELECT c.target, "
      "SUM(f.amount) AS amount FROM correction c JOIN flow_row f ON f.entry_id = c.entry_id AND f.kind = "
      "'pay' GROUP BY c.target) g ON g.target = a.voucher "
      "ORDER BY d.date, a.voucher");
  std::vector<AssetPayoutRow> out;
  while (st.step()) {
    AssetPayoutRow r;
    r.voucher = st.text(0);
    r.asset_id = st.text(1);
    read_column(st, 2, r.date);
    r.payee_id = st.text(3);
    r.payee_name = st.text(4);
    r.amount = Money::from_fen(st.int64(5));
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace fundledger::store
