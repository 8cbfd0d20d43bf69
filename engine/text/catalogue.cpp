// engine/text — the message catalogue: one entry per message, its Chinese and its English side by
// side. The parts (catalogue/*.inc) follow the modules that say them; ids start with the part's name.
// Fields are fmt's named fields ({name}); a literal brace is doubled.
#include "text/text.hpp"

namespace fundledger::text {

const std::vector<Message>& catalogue() {
  // clang-format off
  static const std::vector<Message> all = {
#include "catalogue/common.inc"
#include "catalogue/cli.inc"
#include "catalogue/audit.inc"
#include "catalogue/rules.inc"
#include "catalogue/verify.inc"
#include "catalogue/check.inc"
#include "catalogue/balance.inc"
#include "catalogue/table.inc"
#include "catalogue/money.inc"
#include "catalogue/calendar.inc"
#include "catalogue/read.inc"
#include "catalogue/sheet.inc"
#include "catalogue/ledger.inc"
#include "catalogue/import.inc"
#include "catalogue/loans.inc"
#include "catalogue/store.inc"
#include "catalogue/help.inc"
#include "catalogue/settings.inc"
#include "catalogue/projects.inc"
#include "catalogue/performance.inc"
#include "catalogue/assets.inc"
#include "catalogue/progress.inc"
#include "catalogue/lags.inc"
#include "catalogue/ranking.inc"
#include "catalogue/warnings.inc"
#include "catalogue/periods.inc"
#include "catalogue/freeze.inc"
#include "catalogue/quota.inc"
#include "catalogue/reports.inc"
#include "catalogue/workbook.inc"
#include "catalogue/templates.inc"
#include "catalogue/listing.inc"
#include "catalogue/system.inc"
#include "catalogue/copy.inc"
#include "catalogue/reduction.inc"
#include "catalogue/year_end.inc"
#include "catalogue/classes.inc"
#include "catalogue/compensation.inc"
#include "catalogue/claims.inc"
#include "catalogue/serve.inc"
  };
  // clang-format on
  return all;
}

}  // namespace fundledger::text
