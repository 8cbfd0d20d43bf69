// The library's imports' run and day (projects/import_run.hpp).
#include "projects/import_run.hpp"

#include <filesystem>

#include "text/text.hpp"

namespace fundledger::projects {

ledger::ImportRun open_import_run(store::Repository& repo, const char* kind, const std::string& path,
                                  const ImportOptions& opt) {
  if (!std::filesystem::exists(path)) throw ledger::InputError(path, 0, text::tr("ledger.no_such_file"));
  return {repo,
          kind,
          path,
          std::filesystem::path(path).filename().string(),
          ledger::ImportRun::sha256_of_file(path),
          {opt.operator_name, opt.recorded_at, std::nullopt}};
}

Date day_recorded(const std::string& recorded_at) {
  auto d = calendar::parse_date(std::string_view(recorded_at).substr(0, 10));
  return d ? *d.value : Date(1970, 1, 1);
}

}  // namespace fundledger::projects
