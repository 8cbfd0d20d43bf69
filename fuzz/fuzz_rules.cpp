// libFuzzer target: the rules TOML import (rule kinds, severities, years, amounts and rates in the
// parameters) through rules::import_rules on an in-memory ledger. Bad input must be an InputError
// with a diagnostic; an accepted file must read back (current_rules) and evaluate (check) on the
// empty ledger without throwing anything else. The ledger is recreated after an accepted input.
#include "fuzz_common.hpp"
#include "ledger/diagnostics.hpp"
#include "ledger/ledger.hpp"
#include "rules/rules.hpp"
#include "store/repository.hpp"

#include <optional>

using namespace fundledger;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = fuzz::temp_path("rules.toml");
  static std::unique_ptr<store::Repository> db;
  static const calendar::WorkCalendar work = calendar::WorkCalendar::shipped();
  fuzz::write_file(path, data, size);
  if (!db) db = store::open_repository(":memory:", store::OpenMode::create);
  try {
    (void)rules::import_rules(*db, path, "fuzz", "2026-01-01T00:00:00Z", std::nullopt);
    (void)rules::current_rules(*db);
    (void)rules::check(*db, std::nullopt, "2026-12-31", work);
    db.reset();
  } catch (const ledger::InputError& e) {
    if (!e.diagnostics.has_errors()) std::abort();  // refused without saying why
  }
  return 0;
}
