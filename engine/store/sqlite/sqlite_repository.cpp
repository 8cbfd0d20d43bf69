#include "store/sqlite/sqlite_repository.hpp"

#include "store/sqlite/journal.hpp"

namespace fundledger::store {

SqliteRepository::SqliteRepository(Db db) : db_(std::move(db)) {}

VerifyResult SqliteRepository::verify_chain() { return store::verify_chain(db_); }

void SqliteRepository::snapshot_to(const std::string& path) {
  auto st = db_.prepare("VACUUM INTO ?");  // reads one transaction: consistent while others write
  st.bind(1, path);
  st.run();
}

std::unique_ptr<Repository> open_repository(const std::string& location, OpenMode mode) {
  return std::make_unique<SqliteRepository>(Db::open(location, mode));
}

}  // namespace fundledger::store
