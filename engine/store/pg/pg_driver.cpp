// libpq behind Stmt: `?` placeholders become $1..$n; each statement is prepared on the server once
// per set of parameter types (bigint, text, bytea or unknown for NULL) and executed when first
// stepped; its rows arrive as text and are read from the result. Integers and money are BIGINT;
// bytea columns arrive hex-escaped and are unescaped on reading. In a write transaction, statements
// whose rows nobody reads (Stmt::run: the journal's inserts, the running totals) go down libpq's
// pipeline without waiting for each reply; the replies are read, and a failure thrown, before the
// next statement that must wait (a read, a prepare, exec, commit) — never after a commit.
#include "store/pg/pg_driver.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <map>
#include <vector>

#include "text/text.hpp"

namespace fundledger::store {

namespace {

constexpr Oid kInt8 = 20;
constexpr Oid kText = 25;
constexpr Oid kBytea = 17;

std::string sqlstate_of(const PGresult* r) {
  const char* s = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
  return s ? s : "";
}

[[noreturn]] void fail(PGconn* c, const PGresult* r, const std::string& where) {
  std::string msg = libpq_message(r ? PQresultErrorMessage(r) : PQerrorMessage(c));
  std::string state = sqlstate_of(r);
  if (state.empty() && PQstatus(c) != CONNECTION_OK) state = "08006";
  throw StoreError(
      explain_pg(state, text::tr("store.ledger_detail", text::arg("path", where), text::arg("detail", msg))));
}

// SQLite's words PostgreSQL spells otherwise (same arguments, same meaning).
// (SQLite's CROSS JOIN … ON is an inner join whose loop order is fixed; PostgreSQL has no ON there.)
const std::pair<std::string_view, std::string_view> kSpelledOtherwise[] = {
    {"instr(", "strpos("}, {"group_concat(", "string_agg("}, {"CROSS JOIN ", "JOIN "}};

bool tested_for_null(std::string_view rest) {
  std::size_t i = rest.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  rest.remove_prefix(i);
  return rest.rfind("IS NULL", 0) == 0 || rest.rfind("IS NOT NULL", 0) == 0;
}

// `?` outside quotes becomes $1, $2, ... and `?N` becomes $N; returns the number of parameters.
// `typed` marks those whose type the statement decides (named other than in `IS NULL`): SQLite
// lets ?1 go unused, and a NULL tested only by `? IS NULL` has no type PostgreSQL could infer.
int number_placeholders(std::string_view sql, std::string& out, std::vector<bool>& typed) {
  int n = 0;
  char quote = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      std::size_t j = i + 1;
      while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') ++j;
      int index = j > i + 1 ? std::stoi(std::string(sql.substr(i + 1, j - i - 1))) : n + 1;
      n = std::max(n, index);
      if (typed.size() < static_cast<std::size_t>(index)) typed.resize(static_cast<std::size_t>(index));
      if (!tested_for_null(sql.substr(j))) typed[static_cast<std::size_t>(index - 1)] = true;
      out += '$' + std::to_string(index);
      i = j - 1;
    } else {
      bool replaced = false;
      for (auto [from, to] : kSpelledOtherwise)
        if (sql.compare(i, from.size(), from) == 0) {
          out += to;
          i += from.size() - 1;
          replaced = true;
          break;
        }
      if (!replaced) out += c;
    }
  }
  return n;
}

struct Result {
  PGresult* r = nullptr;
  Result() = default;
  explicit Result(PGresult* p) : r(p) {}
  Result(Result&& o) noexcept : r(o.r) { o.r = nullptr; }
  Result& operator=(Result&& o) noexcept {
    std::swap(r, o.r);
    return *this;
  }
  ~Result() { PQclear(r); }
};

// The connection's state its statements share. Reads outside a write transaction run in one
// REPEATABLE READ snapshot, opened by the first statement (as SQLite's statements of one verb read
// one state of the file): an import committing meanwhile cannot make `verify` or a report see half
// of it. The snapshot ends before a write transaction or a statement run by exec().
struct Session {
  PGconn* c = nullptr;
  std::string where;
  bool snapshot_open = false;
  bool writing = false;  // inside begin() .. commit()/rollback()
  int pending = 0;       // statements sent down the pipeline whose replies are not read yet

  void open_snapshot() {
    if (PQtransactionStatus(c) != PQTRANS_IDLE) return;
    Result r(PQexec(c, "BEGIN ISOLATION LEVEL REPEATABLE READ"));
    if (PQresultStatus(r.r) != PGRES_COMMAND_OK) fail(c, r.r, where);
    snapshot_open = true;
  }
  void end_snapshot() {
    if (!snapshot_open) return;
    snapshot_open = false;
    if (PQtransactionStatus(c) != PQTRANS_IDLE) PQclear(PQexec(c, "ROLLBACK"));  // it wrote nothing
  }
  // Sends a prepared statement without waiting. At most kDepth replies wait unread: small enough
  // that the server's replies never fill the socket while it waits for us to read (libpq's
  // blocking-mode deadlock), large enough that a payment's inserts cost no round trip each.
  void send(const std::string& name, const std::vector<const char*>& vals, const std::vector<int>& lens,
            const std::vector<int>& formats) {
    constexpr int kDepth = 256;
    if (pending == 0 && PQenterPipelineMode(c) != 1) fail(c, nullptr, where);
    if (PQsendQueryPrepared(c, name.c_str(), static_cast<int>(vals.size()), vals.data(), lens.data(),
                            formats.data(), 0) != 1)
      fail(c, nullptr, where);
    if (++pending >= kDepth) drain();
  }
  // Reads every reply sent so far; throws the first failure (the statements after it were skipped
  // by the server, and the transaction can only be rolled back).
  void drain() {
    if (pending == 0) return;
    const int sent = pending;
    pending = 0;
    if (PQpipelineSync(c) != 1) fail(c, nullptr, where);
    Result first_error;
    for (int nulls = 0;;) {
      Result r(PQgetResult(c));
      if (!r.r) {  // the end of one statement's replies
        if (PQstatus(c) != CONNECTION_OK || ++nulls > sent + 1) fail(c, first_error.r, where);
        continue;
      }
      auto st = PQresultStatus(r.r);
      if (st == PGRES_PIPELINE_SYNC) break;
      if (st == PGRES_FATAL_ERROR && !first_error.r) first_error = std::move(r);
    }
    PQexitPipelineMode(c);
    if (first_error.r) fail(c, first_error.r, where);
  }
};

class PgStmt final : public StmtDriver {
 public:
  // scan: its rows come through a cursor, kScanBatch at a time (a table of 10^6 payments is never
  // held whole in memory).
  PgStmt(Session* session, std::string_view sql, bool scan = false)
      : session_(session), c_(session->c), where_(&session->where), scan_(scan) {
    int n = number_placeholders(sql, sql_, typed_);
    values_.resize(static_cast<std::size_t>(n));
    typed_.resize(static_cast<std::size_t>(n));
    types_.assign(static_cast<std::size_t>(n), 0);
    for (std::size_t k = 0; k < typed_.size(); ++k)
      if (!typed_[k]) types_[k] = kText;
    formats_.assign(static_cast<std::size_t>(n), 0);
    set_.assign(static_cast<std::size_t>(n), false);
  }

  void bind_int(int i, std::int64_t v) override { put(i, std::to_string(v), kInt8, 0); }
  void bind_text(int i, std::string_view v, bool) override { put(i, std::string(v), kText, 0); }
  void bind_blob(int i, std::string_view v, bool) override { put(i, std::string(v), kBytea, 1); }
  void bind_null(int i) override {
    auto k = slot(i);
    set_[k] = false;
    types_[k] = typed_[k] ? 0 : kText;  // NULL takes its type from where it is used
    formats_[k] = 0;
  }
  bool step() override {
    if (!res_.r) {
      execute();
    } else if (!cursor_.empty() && row_ + 1 >= PQntuples(res_.r) && PQntuples(res_.r) == kScanBatch) {
      fetch();
    }
    return ++row_ < PQntuples(res_.r);
  }
  void run() override {
    if (!session_->writing) {
      StmtDriver::run();
      return;
    }
    const std::string& name = prepared_name();
    auto [vals, lens] = parameters();
    session_->send(name, vals, lens, formats_);
    reset();
  }
  void reset() override {
    res_ = Result();
    row_ = -1;
    close_cursor();
    for (std::size_t k = 0; k < set_.size(); ++k) bind_null(static_cast<int>(k) + 1);
  }
  [[nodiscard]] int columns() const override { return res_.r ? PQnfields(res_.r) : 0; }
  [[nodiscard]] bool is_null(int c) const override { return PQgetisnull(res_.r, row_, c) != 0; }
  [[nodiscard]] bool is_integer(int c) const override {
    Oid t = PQftype(res_.r, c);
    return t == 20 || t == 21 || t == 23 || t == 1700;
  }
  [[nodiscard]] std::int64_t int64(int c) const override {
    if (is_null(c)) return 0;
    const char* v = PQgetvalue(res_.r, row_, c);
    if (v[0] == 't' && v[1] == 0) return 1;  // a boolean expression: SQLite gives 1 and 0
    if (v[0] == 'f' && v[1] == 0) return 0;
    return std::strtoll(v, nullptr, 10);
  }
  [[nodiscard]] std::string_view text_view(int c) const override {
    if (is_null(c)) return {};
    return {PQgetvalue(res_.r, row_, c), static_cast<std::size_t>(PQgetlength(res_.r, row_, c))};
  }
  [[nodiscard]] std::string blob(int c) const override {
    if (is_null(c)) return {};
    std::size_t len = 0;
    unsigned char* raw =
        PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(res_.r, row_, c)), &len);
    if (!raw)
      throw StoreError(
          text::tr("store.ledger_detail", text::arg("path", *where_), text::arg("detail", "bytea")));
    std::string out(reinterpret_cast<const char*>(raw), len);
    PQfreemem(raw);
    return out;
  }

 private:
  std::size_t slot(int i) const {
    if (i < 1 || static_cast<std::size_t>(i) > values_.size())
      throw StoreError(text::tr("store.ledger_detail", text::arg("path", *where_),
                                text::arg("detail", "bind index " + std::to_string(i))));
    return static_cast<std::size_t>(i - 1);
  }
  void put(int i, std::string v, Oid type, int format) {
    auto k = slot(i);
    values_[k] = std::move(v);
    set_[k] = true;
    types_[k] = type;
    formats_[k] = format;
  }
  // The server-side statement for this combination of parameter types, prepared on first use.
  const std::string& prepared_name() {
    std::string sig;
    for (Oid t : types_) sig += t == kInt8 ? 'i' : t == kText ? 't' : t == kBytea ? 'b' : 'n';
    auto it = names_.find(sig);
    if (it != names_.end()) return it->second;
    session_->drain();
    static std::atomic<long> counter{0};
    std::string name = "fl" + std::to_string(++counter);
    Result r(PQprepare(c_, name.c_str(), sql_.c_str(), static_cast<int>(types_.size()), types_.data()));
    if (PQresultStatus(r.r) != PGRES_COMMAND_OK) fail(c_, r.r, *where_);
    return names_.emplace(sig, std::move(name)).first->second;
  }
  std::pair<std::vector<const char*>, std::vector<int>> parameters() const {
    std::vector<const char*> vals(values_.size());
    std::vector<int> lens(values_.size());
    for (std::size_t k = 0; k < values_.size(); ++k) {
      vals[k] = set_[k] ? values_[k].data() : nullptr;
      lens[k] = static_cast<int>(values_[k].size());
    }
    return {vals, lens};
  }
  static constexpr int kScanBatch = 4096;
  // DECLARE ... CURSOR for a scan, then its first batch. A cursor lives in the transaction: the
  // snapshot of a reading verb, or the import's.
  void declare() {
    static std::atomic<long> counter{0};
    cursor_ = "flc" + std::to_string(++counter);
    auto [vals, lens] = parameters();
    std::string sql = "DECLARE " + cursor_ + " NO SCROLL CURSOR FOR " + sql_;
    Result r(PQexecParams(c_, sql.c_str(), static_cast<int>(vals.size()), types_.data(), vals.data(),
                          lens.data(), formats_.data(), 0));
    if (PQresultStatus(r.r) != PGRES_COMMAND_OK) {
      cursor_.clear();
      fail(c_, r.r, *where_);
    }
    fetch();
  }
  void fetch() {
    res_ = Result(PQexec(c_, ("FETCH FORWARD " + std::to_string(kScanBatch) + " FROM " + cursor_).c_str()));
    if (PQresultStatus(res_.r) != PGRES_TUPLES_OK) {
      Result failed = std::move(res_);
      fail(c_, failed.r, *where_);
    }
    row_ = -1;
  }
  void close_cursor() noexcept {
    if (cursor_.empty()) return;
    if (PQtransactionStatus(c_) == PQTRANS_INTRANS) PQclear(PQexec(c_, ("CLOSE " + cursor_).c_str()));
    cursor_.clear();
  }
  void execute() {
    session_->drain();
    session_->open_snapshot();
    if (scan_) {
      declare();
      return;
    }
    const std::string& name = prepared_name();
    auto [vals, lens] = parameters();
    res_ = Result(PQexecPrepared(c_, name.c_str(), static_cast<int>(vals.size()), vals.data(), lens.data(),
                                 formats_.data(), 0));
    auto st = PQresultStatus(res_.r);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
      Result failed = std::move(res_);
      fail(c_, failed.r, *where_);
    }
    row_ = -1;
  }

  Session* session_;
  PGconn* c_;
  const std::string* where_;
  std::string sql_;
  std::vector<std::string> values_;
  std::vector<Oid> types_;
  std::vector<int> formats_;
  std::vector<bool> set_;
  std::vector<bool> typed_;
  std::map<std::string, std::string> names_;
  Result res_;
  int row_ = -1;
  bool scan_ = false;
  std::string cursor_;  // the open cursor of a scan, else empty
};

class PgConnection final : public Connection {
 public:
  PgConnection(PGconn* c, std::string where) : s_{c, std::move(where)} {}
  ~PgConnection() override { PQfinish(s_.c); }
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  [[nodiscard]] Dialect dialect() const override { return Dialect::postgres; }
  void exec(std::string_view sql) override {
    s_.drain();
    s_.end_snapshot();
    Result r(PQexec(s_.c, std::string(sql).c_str()));
    auto st = PQresultStatus(r.r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) fail(s_.c, r.r, s_.where);
  }
  [[nodiscard]] std::unique_ptr<StmtDriver> prepare(std::string_view sql) override {
    return std::make_unique<PgStmt>(&s_, sql);
  }
  [[nodiscard]] std::unique_ptr<StmtDriver> prepare_scan(std::string_view sql) override {
    return std::make_unique<PgStmt>(&s_, sql, true);
  }
  // One writer per county: the lock on its import_batch table (readers are not blocked), waited
  // for up to 5 s; then "ledger busy". Counties are separate schemas and never wait on each other.
  void begin() override {
    exec("BEGIN");
    try {
      exec("SET LOCAL lock_timeout = '5s'");
      exec("LOCK TABLE import_batch IN EXCLUSIVE MODE");
    } catch (...) {
      rollback();
      throw;
    }
    s_.writing = true;
  }
  void commit() override {
    exec("COMMIT");  // reads the pipeline's replies first: a failure there is thrown, not committed
    s_.writing = false;
  }
  void rollback() noexcept override {
    s_.writing = false;
    try {
      s_.drain();  // its failure is why we roll back
    } catch (const StoreError&) {
    }
    s_.snapshot_open = false;
    if (s_.c && PQtransactionStatus(s_.c) != PQTRANS_IDLE) PQclear(PQexec(s_.c, "ROLLBACK"));
  }
  [[nodiscard]] int user_version() override {
    PgStmt st(&s_, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (!st.step()) return 0;
    return static_cast<int>(std::strtol(std::string(st.text_view(0)).c_str(), nullptr, 10));
  }

 private:
  Session s_;
};

}  // namespace

std::string libpq_message(const char* msg) {
  std::string out = msg ? msg : "";
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string explain_pg(const std::string& state, const std::string& msg) {
  if (state == "55P03" || state == "40001" || state == "40P01")
    return text::tr("store.busy", text::arg("detail", msg));
  if (state == "53100") return text::tr("store.disk_full", text::arg("detail", msg));
  if (state == "25006" || state == "42501") return text::tr("store.read_only", text::arg("detail", msg));
  if (state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03")
    return text::tr("store.pg_connection_lost", text::arg("detail", msg));
  return msg;
}

std::unique_ptr<Connection> pg_connection(PGconn* conn, std::string where) {
  return std::make_unique<PgConnection>(conn, std::move(where));
}

}  // namespace fundledger::store
