// The read stage for allocations (分配), disbursements (支付) and corrections (冲销/收回/调剂):
// CSV rows to typed entries, their flows left for the apply stage to attribute.
#include "ledger/columns.hpp"
#include "ledger/fields.hpp"
#include "ledger/read.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {

const std::vector<ColumnDef> kAllocationCols = {
    {"voucher", "凭证号", true},   {"date", "日期", true},     {"source_doc", "来源文号", true},
    {"earmark", "用途代码", true}, {"amount", "金额", true},   {"fiscal_year", "年度", false},
    {"town", "镇", false},         {"project", "项目", false}, {"note", "备注", false}};
enum { A_VOUCHER, A_DATE, A_SOURCE, A_EARMARK, A_AMOUNT, A_FY, A_TOWN, A_PROJECT, A_NOTE };

const std::vector<ColumnDef> kDisbursementCols = {{"voucher", "凭证号", true},
                                                  {"date", "日期", true},
                                                  {"earmark", "用途代码", true},
                                                  {"amount", "金额", true},
                                                  {"payee_id", "收款人编号", true},
                                                  {"payee_name", "收款人", true},
                                                  {"payee_kind", "收款人类型", true},
                                                  {"fiscal_year", "年度", false},
                                                  {"town", "镇", false},
                                                  {"village", "村", false},
                                                  {"project", "项目", false},
                                                  {"source_doc", "来源文号", false},
                                                  {"note", "备注", false},
                                                  {"contract", "合同编号", false},
                                                  {"asset", "资产编号", false}};
enum {
  D_VOUCHER,
  D_DATE,
  D_EARMARK,
  D_AMOUNT,
  D_PAYEE_ID,
  D_PAYEE_NAME,
  D_PAYEE_KIND,
  D_FY,
  D_TOWN,
  D_VILLAGE,
  D_PROJECT,
  D_SOURCE,
  D_NOTE,
  D_CONTRACT,
  D_ASSET
};

const std::vector<ColumnDef> kCorrectionCols = {
    {"voucher", "凭证号", true},  {"date", "日期", true},    {"kind", "类型", true},
    {"target", "原凭证号", true}, {"amount", "金额", false}, {"to_earmark", "调入用途代码", false},
    {"reason", "原因", true}};
enum { C_VOUCHER, C_DATE, C_KIND, C_TARGET, C_AMOUNT, C_TO_EARMARK, C_REASON };

const std::vector<std::pair<const char*, const char*>> kPayeeKinds = {{"household", "农户"},
                                                                      {"enterprise", "企业"},
                                                                      {"cooperative", "合作社"},
                                                                      {"individual", "个人"},
                                                                      {"government", "政府"}};
const std::vector<std::pair<const char*, const char*>> kCorrectionKinds = {
    {"reversal", "冲销"}, {"recovery", "收回"}, {"transfer", "调剂"}};

}  // namespace

void read_allocations(const InputFile& input, Diagnostics& diag, const Sink<entries::Allocation>& out) {
  read_csv(input, kAllocationCols, diag, [&](const CsvRow& r) {
    Fields f(r, kAllocationCols, diag, input.path);
    auto voucher = f.text(A_VOUCHER);
    auto date = f.date(A_DATE);
    auto src = f.text(A_SOURCE);
    auto em = f.text(A_EARMARK);
    auto amount = f.money(A_AMOUNT, true);
    auto fy = f.year(A_FY, date);
    if (!f.ok() || !date || !amount || !fy) return;
    out({r.line, entries::Allocation{voucher,
                                     *date,
                                     *fy,
                                     src,
                                     em,
                                     *amount,
                                     f.opt_text(A_TOWN),
                                     f.opt_text(A_PROJECT),
                                     f.opt_text(A_NOTE),
                                     {}}});
  });
}

void read_disbursements(const InputFile& input, Diagnostics& diag, const Sink<entries::Disbursement>& out) {
  read_csv(input, kDisbursementCols, diag, [&](const CsvRow& r) {
    Fields f(r, kDisbursementCols, diag, input.path);
    auto voucher = f.text(D_VOUCHER);
    auto date = f.date(D_DATE);
    auto em = f.text(D_EARMARK);
    auto amount = f.money(D_AMOUNT, true);
    auto payee_id = f.text(D_PAYEE_ID);
    auto payee_name = f.text(D_PAYEE_NAME);
    auto kind = f.choice(D_PAYEE_KIND, kPayeeKinds, true);
    auto fy = f.year(D_FY, date);
    if (!f.ok() || !date || !amount || !fy || !kind) return;
    out({r.line, entries::Disbursement{std::move(voucher),
                                       *date,
                                       *fy,
                                       std::move(em),
                                       *amount,
                                       std::move(payee_id),
                                       std::move(payee_name),
                                       std::move(*kind),
                                       f.opt_text(D_TOWN),
                                       f.opt_text(D_VILLAGE),
                                       f.opt_text(D_PROJECT),
                                       f.opt_text(D_SOURCE),
                                       f.opt_text(D_NOTE),
                                       {},
                                       f.opt_text(D_CONTRACT),
                                       f.opt_text(D_ASSET)}});
  });
}

void read_corrections(const InputFile& input, Diagnostics& diag, const Sink<entries::Correction>& out) {
  read_csv(input, kCorrectionCols, diag, [&](const CsvRow& r) {
    Fields f(r, kCorrectionCols, diag, input.path);
    auto voucher = f.text(C_VOUCHER);
    auto date = f.date(C_DATE);
    auto kind = f.choice(C_KIND, kCorrectionKinds, true);
    auto target = f.text(C_TARGET);
    auto reason = f.text(C_REASON);
    std::optional<Money> amount;
    if (kind && *kind != "reversal")
      amount = f.money(C_AMOUNT, true);
    else if (!r.get(C_AMOUNT).empty())
      f.error(C_AMOUNT, text::tr("read.reversal_with_amount", text::arg("kind_zh", "冲销")));
    auto to = f.opt_text(C_TO_EARMARK);
    if (kind && *kind == "transfer" && !to)
      f.error(C_TO_EARMARK, text::tr("read.transfer_needs_earmark", text::arg("kind_zh", "调剂")));
    if (!f.ok() || !date || !kind) return;
    out({r.line,
         entries::Correction{voucher, *date, *kind, target, amount.value_or(Money()), to, reason, {}}});
  });
}

const std::vector<ColumnDef>& allocation_columns() { return kAllocationCols; }
const std::vector<ColumnDef>& disbursement_columns() { return kDisbursementCols; }
const std::vector<ColumnDef>& correction_columns() { return kCorrectionCols; }
const Choices& payee_kinds() { return kPayeeKinds; }
const Choices& correction_kinds() { return kCorrectionKinds; }

bool in_date_order(const InputFile& input, DatedFile kind) {
  const auto& cols = kind == DatedFile::allocations     ? kAllocationCols
                     : kind == DatedFile::disbursements ? kDisbursementCols
                                                        : kCorrectionCols;
  const std::size_t date_col = 1;  // every dated file has its date second
  if (!is_workbook(input.path))
    if (auto quick = scan_date_order(input.path, cols, date_col)) return *quick;
  Diagnostics scratch;
  bool in_order = true;
  std::string last, cur;
  read_csv(input, cols, scratch, [&](const CsvRow& r) {
    if (!in_order) return;
    auto text = r.get(date_col);
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
      cur.assign(text);  // ISO already: compare as text, no need to parse
    } else {
      Diagnostics d;
      Fields f(r, cols, d, input.path);
      auto date = f.date(date_col);
      if (!date) return;  // the real pass reports it
      cur = calendar::format_date(*date);
    }
    if (cur < last) in_order = false;
    last.swap(cur);
  });
  return in_order && !scratch.has_errors();
}

}  // namespace fundledger::ledger
