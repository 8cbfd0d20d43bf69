// libFuzzer target: ledger::read_csv (libcsv, encoding detection, header aliases) on an arbitrary
// file. Never a crash; every row handed out respects the reader's limits and is valid UTF-8.
#include "ledger/csv.hpp"
#include "fuzz_common.hpp"

#include <cstdlib>

using namespace fundledger::ledger;

namespace {
// The disbursements file's columns (engine/ledger/import.cpp), required and optional.
const std::vector<ColumnDef> kDefs = {
    {"voucher", "凭证号", true},     {"date", "日期", true},          {"earmark", "用途代码", true},
    {"amount", "金额", true},        {"payee_id", "收款人编号", true}, {"payee_name", "收款人", true},
    {"payee_kind", "收款人类型", true}, {"fiscal_year", "年度", false}, {"town", "镇", false},
    {"village", "村", false},        {"project", "项目", false},      {"source_doc", "来源文号", false},
    {"note", "备注", false},
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = fuzz::temp_path("input.csv");
  fuzz::write_file(path, data, size);
  Diagnostics diag;
  read_csv(path, kDefs, diag, [](const CsvRow& row) {
    if (row.fields.size() > kMaxRowFields) std::abort();
    for (const auto& f : row.fields) {
      if (f.size() > kMaxFieldBytes) std::abort();
      if (!is_valid_utf8(f, false)) std::abort();
    }
    for (std::size_t i = 0; i < kDefs.size(); ++i) {
      (void)row.get(i);
      (void)row.position(i);
    }
  });
  for (const auto& d : diag.all())
    if (d.message.empty()) std::abort();
  return 0;
}
