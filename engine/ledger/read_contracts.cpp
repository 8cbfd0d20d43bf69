// The read stage for contracts (合同): CSV rows to typed entries.
#include "ledger/columns.hpp"
#include "ledger/fields.hpp"
#include "ledger/read.hpp"

namespace fundledger::ledger {

namespace {

const std::vector<ColumnDef> kContractCols = {
    {"contract_id", "合同编号", true}, {"project", "项目编号", true},   {"payee_id", "收款人编号", true},
    {"amount", "合同金额", true},      {"signed_on", "签订日期", true}, {"earmark", "用途代码", true},
    {"fiscal_year", "年度", false}};
enum { K_ID, K_PROJECT, K_PAYEE, K_AMOUNT, K_SIGNED, K_EARMARK, K_FY };

}  // namespace

const std::vector<ColumnDef>& contract_columns() { return kContractCols; }

void read_contracts(const InputFile& input, Diagnostics& diag, const Sink<entries::Contract>& out) {
  read_csv(input, kContractCols, diag, [&](const CsvRow& r) {
    Fields f(r, kContractCols, diag, input.path);
    auto id = f.text(K_ID);
    auto project = f.text(K_PROJECT);
    auto payee = f.text(K_PAYEE);
    auto amount = f.money(K_AMOUNT, true);
    auto signed_on = f.date(K_SIGNED);
    auto earmark = f.text(K_EARMARK);
    auto fy = f.year(K_FY, signed_on);
    if (!f.ok() || !amount || !signed_on || !fy) return;
    out({r.line, entries::Contract{id, project, payee, *amount, *signed_on, earmark, *fy}});
  });
}

}  // namespace fundledger::ledger
