// libFuzzer target: the budget TOML import path (toml++ parsing, amount and line validation, the
// exact sum check) through ledger::import_file on an in-memory ledger. Bad input must be an
// InputError; anything else thrown (or a crash) is a finding. A budget that is accepted is
// written, so the ledger is recreated after each accepted input to keep runs reproducible.
#include "fuzz_common.hpp"
#include "ledger/diagnostics.hpp"
#include "ledger/ledger.hpp"
#include "store/repository.hpp"

#include <optional>

using namespace fundledger;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = fuzz::temp_path("budget.toml");
  static std::unique_ptr<store::Repository> db;
  fuzz::write_file(path, data, size);
  if (!db) db = store::open_repository(":memory:", store::OpenMode::create);
  ledger::ImportOptions opt;
  opt.operator_name = "fuzz";
  opt.recorded_at = "2026-01-01T00:00:00Z";
  try {
    (void)ledger::import_file(*db, ledger::ImportKind::budget, path, opt);
    db.reset();
  } catch (const ledger::InputError& e) {
    if (!e.diagnostics.has_errors()) std::abort();  // refused without saying why
  }
  return 0;
}
