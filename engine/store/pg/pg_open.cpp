#include "store/pg/pg_open.hpp"

#include <libpq-fe.h>

#include <regex>

#include "base/assert.hpp"
#include "store/pg/pg_driver.hpp"
#include "text/text.hpp"

namespace fundledger::store {

const std::vector<Migration>& pg_migrations();  // schemas/pg/*.sql, compiled in (EmbedSchemas.cmake)

namespace {

std::string schema_of(const std::string& county) { return "county_" + county; }

void check_county(const std::string& county, const std::string& where) {
  static const std::regex code("[0-9A-Za-z_]{1,32}");
  if (county.empty()) throw LedgerPathError(text::tr("store.pg_no_county", text::arg("path", where)));
  if (!std::regex_match(county, code))
    throw LedgerPathError(text::tr("store.pg_bad_county", text::arg("county", county)));
}

void ignore_notice(void*, const char*) {}  // the server's NOTICEs are not the clerk's business

// The county's schema is the session's search_path from the start (and, read-only, every
// transaction is read-only on the server), so no later SET can be rolled back with a transaction.
// The session is named after its county (application_name fundledger/CODE) for the server's
// administrator (pg_stat_activity).
PGconn* connect(const std::string& location, const std::string& where, const std::string& county,
                bool read_only) {
  std::string options = "-c search_path=" + schema_of(county);
  if (read_only) options += " -c default_transaction_read_only=on";
  std::string application = "fundledger/" + county;
  const char* keys[] = {"dbname", "options", "client_encoding", "application_name", nullptr};
  const char* values[] = {location.c_str(), options.c_str(), "UTF8", application.c_str(), nullptr};
  PGconn* c = PQconnectdbParams(keys, values, 1);
  if (!c || PQstatus(c) != CONNECTION_OK) {
    std::string detail = c ? libpq_message(PQerrorMessage(c)) : "out of memory";
    PQfinish(c);
    throw StoreError(
        text::tr("store.pg_cannot_connect", text::arg("path", where), text::arg("detail", detail)));
  }
  PQsetNoticeProcessor(c, ignore_notice, nullptr);
  return c;
}

bool schema_exists(Db& db, const std::string& schema) {
  auto st = db.prepare("SELECT 1 FROM pg_namespace WHERE nspname = ?");
  st.bind(1, schema);
  return st.step();
}

void create_county(Db& db, const std::string& schema) {
  db.exec("BEGIN");
  try {
    db.exec("CREATE SCHEMA " + schema);
    for (const auto& m : pg_migrations()) db.exec(m.sql);
    db.exec("COMMIT");
  } catch (...) {
    db.rollback();
    throw;
  }
}

// Brings a county of an older schema version to this one, on a connection of its own that may
// write (a read-only open migrates too, as SQLite reads an older file through a migrated copy).
// The lock on meta makes a second clerk opening the county at the same moment wait, then find it
// migrated.
void migrate_county(const std::string& location, const std::string& where, const std::string& county) {
  Db db(pg_connection(connect(location, where, county, false), where), where, false);
  db.exec("BEGIN");
  try {
    db.exec("LOCK TABLE meta IN EXCLUSIVE MODE");
    int have = db.user_version();
    for (const auto& m : pg_migrations())
      if (m.version > have) db.exec(m.sql);
    FL_ASSERT(db.user_version() == schema_version(), "each schemas/pg migration sets meta's schema_version");
    db.exec("COMMIT");
  } catch (...) {
    db.rollback();
    throw;
  }
}

}  // namespace

bool is_postgres_location(const std::string& location) {
  if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0) return true;
  // A libpq connection string: key=value pairs only, naming a server or a database. A file path
  // with "host=" in it (data/host=a.db) is a file.
  static const std::regex pairs(R"(^\s*([a-z_]+\s*=\s*('[^']*'|[^\s']+)\s*)+$)");
  static const std::regex server(R"((^|\s)(host|hostaddr|dbname|service|port)\s*=)");
  return std::regex_match(location, pairs) && std::regex_search(location, server);
}

std::string redact_location(const std::string& location) {
  static const std::regex uri_password("^(postgres(ql)?://[^:/@]*):[^@]*@");
  static const std::regex kv_password("password\\s*=\\s*('[^']*'|\\S*)");
  std::string s = std::regex_replace(location, uri_password, "$1@");
  s = std::regex_replace(s, kv_password, "password=***");
  return std::regex_replace(s, std::regex("([?&])password=[^&]*&?"), "$1");
}

Db open_postgres(const std::string& location, const std::string& county, OpenMode mode) {
  std::string where = redact_location(location);
  check_county(county, where);
  where += " (" + county + ")";
  const std::string schema = schema_of(county);
  const bool read_only = mode == OpenMode::read_only;
  Db db(pg_connection(connect(location, where, county, read_only), where), where, read_only);
  const bool exists = schema_exists(db, schema);
  if (mode == OpenMode::create && exists)
    throw LedgerPathError(text::tr("store.ledger_exists", text::arg("path", where)));
  if (mode != OpenMode::create && !exists)
    throw LedgerPathError(
        text::tr("store.pg_no_ledger", text::arg("path", where), text::arg("county", county)));
  if (mode == OpenMode::create) create_county(db, schema);
  int version = db.user_version();
  if (version < schema_version()) {
    // This session's transaction still sees the old version: migrate on another, then open anew.
    migrate_county(location, where, county);
    return open_postgres(location, county, mode);
  }
  if (version != schema_version())
    throw StoreError(text::tr("store.newer_schema", text::arg("path", where), text::arg("version", version),
                              text::arg("supported", schema_version())));
  return db;
}

std::vector<std::string> postgres_counties(const std::string& location) {
  std::string where = redact_location(location);
  Db db(pg_connection(connect(location, where, "none", true), where), where, true);
  auto st = db.prepare(
      "SELECT substr(nspname, 8) FROM pg_namespace WHERE nspname LIKE 'county\\_%' "
      "AND EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = pg_namespace.oid AND c.relname = 'meta') "
      "ORDER BY substr(nspname, 8) COLLATE \"C\"");
  std::vector<std::string> out;
  while (st.step()) out.push_back(st.text(0));
  return out;
}

}  // namespace fundledger::store
