#include "store/sqlite/sqlite_repository.hpp"

#include <cassert>

#include "store/pg/pg_open.hpp"
#include "store/sqlite/copy_rows.hpp"
#include "store/sqlite/journal.hpp"
#include "store/sqlite/sort_spill.hpp"

namespace fundledger::store {

SqliteRepository::SqliteRepository(Db db) : db_(std::move(db)) {}

void SqliteRepository::commit() {
  if (journal_) journal_->flush_pending();
  db_.commit();
  journal_.reset();
}

void SqliteRepository::rollback() noexcept {
  journal_.reset();
  db_.rollback();
}

void SqliteRepository::begin_import(const ImportInfo& info) {
  journal_ = std::make_unique<Journal>(db_);
  journal_->begin_import(info);
}

std::int64_t SqliteRepository::append(const entries::Entry& entry) {
  assert(journal_ && "append outside an import (begin_import first)");
  return journal_->append(entry);
}

void SqliteRepository::batch_appends(bool on) {
  assert(journal_ && "batch_appends outside an import");
  if (!on) journal_->flush_pending();
  journal_->set_deferred(on);
}

void SqliteRepository::flush_pending_key(const std::string& key) {
  if (journal_ && journal_->pending_key(key)) journal_->flush_pending();
}

std::unique_ptr<SortSpill> SqliteRepository::sort_spill() { return std::make_unique<SqliteSortSpill>(db_); }

VerifyResult SqliteRepository::verify_chain(std::optional<std::int64_t> hash_of) {
  return store::verify_chain(db_, hash_of);
}

ChainHead SqliteRepository::chain_head() { return store::chain_head(db_); }

void SqliteRepository::snapshot_to(const std::string& path) {
  if (db_.dialect() == Dialect::postgres) {  // rows copied into a new SQLite file, from one snapshot
    Db snapshot = Db::open(path, OpenMode::create);
    Transaction tx(snapshot);
    copy_rows(db_, snapshot);
    tx.commit();
    return;
  }
  auto st = db_.prepare("VACUUM INTO ?");  // reads one transaction: consistent while others write
  st.bind(1, path);
  st.run();
}

void SqliteRepository::copy_from(Repository& source) {
  auto* from = dynamic_cast<SqliteRepository*>(&source);
  assert(from && "every backend is a SqliteRepository on its own driver");
  copy_rows(from->db_, db_);
}

std::unique_ptr<Repository> open_repository(const std::string& location, OpenMode mode,
                                            const std::string& county) {
  if (is_postgres_location(location))
    return std::make_unique<SqliteRepository>(open_postgres(location, county, mode));
  return std::make_unique<SqliteRepository>(Db::open(location, mode));
}

bool is_server_location(const std::string& location) { return is_postgres_location(location); }

std::vector<std::string> list_counties(const std::string& location) {
  if (is_postgres_location(location)) return postgres_counties(location);
  return {};
}

}  // namespace fundledger::store
