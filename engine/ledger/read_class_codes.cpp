// The read stage for classification codes a bureau adds (科目编码, `import classes`): CSV rows of
// scheme, code and name to typed entries.
#include "ledger/classes.hpp"
#include "ledger/fields.hpp"
#include "ledger/read.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {

const std::vector<ColumnDef> kClassCodeCols = {
    {"scheme", "分类", true}, {"code", "编码", true}, {"name", "名称", true}};
enum { C_SCHEME, C_CODE, C_NAME };

}  // namespace

const std::vector<ColumnDef>& class_code_columns() { return kClassCodeCols; }

void read_class_codes(const InputFile& input, Diagnostics& diag, const Sink<entries::ClassCode>& out) {
  read_csv(input, kClassCodeCols, diag, [&](const CsvRow& r) {
    Fields f(r, kClassCodeCols, diag, input.path);
    auto scheme = f.choice(C_SCHEME, class_schemes(), true);
    auto code = f.text(C_CODE);
    auto name = f.text(C_NAME);
    if (scheme && !code.empty() && !well_formed_class_code(*scheme, code))
      f.error(C_CODE, text::tr("read.class_code_malformed", text::arg("value", code),
                               text::arg("scheme", scheme_name(*scheme))));
    if (!f.ok() || !scheme) return;
    out({r.line, entries::ClassCode{*scheme, code, name}});
  });
}

}  // namespace fundledger::ledger
