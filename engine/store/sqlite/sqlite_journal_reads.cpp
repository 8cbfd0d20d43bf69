// LedgerReads on SQLite: the journal read back as typed entries, in order.
#include <map>

#include "store/sqlite/entry_codec.hpp"
#include "store/sqlite/sqlite_ledger_reads.hpp"
#include "store/sqlite/stored_form.hpp"
#include "text/text.hpp"

namespace fundledger::store {

namespace {

// Reads the rows of one entry of type T: its own row, then its children (ordered by seq).
class EntryDecoder {
 public:
  explicit EntryDecoder(Db& db) : db_(db) {}

  template <class T>
  T decode(std::int64_t id) {
    const auto& specs = tables_for_kind(T::kKind);
    Stmt& main = select(*specs[0]);
    main.bind(1, id);
    T t{};
    if (main.step()) t = decode_row<T>(*specs[0], main);
    main.reset();
    if constexpr (entries::HasChildren<T>) {
      T::children(t, [&](auto& children) {
        using C = typename std::decay_t<decltype(children)>::value_type;
        Stmt& rows = select(*specs[1]);
        rows.bind(1, id);
        while (rows.step()) children.push_back(decode_row<C>(*specs[1], rows));
        rows.reset();
      });
    }
    return t;
  }

 private:
  Stmt& select(const TableSpec& spec) {
    auto it = selects_.find(&spec);
    if (it == selects_.end()) {
      it = selects_.emplace(&spec, db_.prepare(select_by_entry_sql(spec, column_list(spec)))).first;
    }
    return it->second;
  }
  Db& db_;
  std::map<const TableSpec*, Stmt> selects_;
};

entries::Body decode_body(EntryDecoder& d, const std::string& kind, std::int64_t id) {
  if (kind == entries::Source::kKind) return d.decode<entries::Source>(id);
  if (kind == entries::Household::kKind) return d.decode<entries::Household>(id);
  if (kind == entries::Budget::kKind) return d.decode<entries::Budget>(id);
  if (kind == entries::Allocation::kKind) return d.decode<entries::Allocation>(id);
  if (kind == entries::Disbursement::kKind) return d.decode<entries::Disbursement>(id);
  if (kind == entries::Correction::kKind) return d.decode<entries::Correction>(id);
  if (kind == entries::Loan::kKind) return d.decode<entries::Loan>(id);
  if (kind == entries::RuleVersion::kKind) return d.decode<entries::RuleVersion>(id);
  if (kind == entries::Setting::kKind) return d.decode<entries::Setting>(id);
  throw StoreError(text::tr("store.unknown_kind", text::arg("entry", id), text::arg("kind", kind)));
}

}  // namespace

void SqliteLedgerReads::for_each_entry(const std::function<void(std::int64_t, const entries::Entry&)>& fn) {
  EntryDecoder decoder(db_);
  auto st = db_.prepare(entry_headers_sql("id, kind, key, effective_date, override_reason"));
  while (st.step()) {
    std::int64_t id = st.int64(0);
    entries::Entry e;
    e.key = st.text(2);
    read_column(st, 3, e.effective_date);
    e.override_reason = st.opt_text(4);
    e.body = decode_body(decoder, st.text(1), id);
    fn(id, e);
  }
}

}  // namespace fundledger::store
