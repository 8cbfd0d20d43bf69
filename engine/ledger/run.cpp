#include "ledger/run.hpp"

#include "ledger/periods.hpp"
#include "store/hash.hpp"

namespace fundledger::ledger {

ImportRun::ImportRun(store::Repository& repo, const std::string& kind, const std::string& source,
                     const std::string& file_name, const std::string& content_sha256, const RunInfo& info)
    : repo_(repo), tx_(repo), writer_(repo) {
  report_.kind = kind;
  report_.file = source;
  repo_.begin_import(
      {kind, file_name, content_sha256, info.operator_name, info.recorded_at, info.override_reason});
}

std::string ImportRun::sha256_of_file(const std::string& path) { return store::file_sha256_hex(path); }

void ImportRun::write(const entries::Entry& entry, long line) {
  if (diag_.has_errors()) return;  // the transaction will be rolled back; don't spend effort
  if (!lock_) lock_ = lock_in_force(repo_.ledger());
  if (closed_by(*lock_, entry.kind(), entry.effective_date)) {
    error(line, closed_period_message(**lock_, entry.effective_date));
    return;
  }
  writer_.write(entry);
  ++report_.added;
}

void ImportRun::write_companion(const entries::Entry& entry) {
  if (diag_.has_errors()) return;
  writer_.write(entry);
}

ImportReport ImportRun::finish() {
  if (diag_.has_errors()) throw InputError(std::move(diag_));  // tx_ rolls back
  if (report_.added > 0) {
    writer_.finish();
    tx_.commit();
  }
  for (const auto& d : diag_.all())
    if (d.warning) report_.warnings.push_back(d);
  return report_;
}

}  // namespace fundledger::ledger
