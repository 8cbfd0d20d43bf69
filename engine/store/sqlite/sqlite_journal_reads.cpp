// LedgerReads on SQLite: the journal read back as typed entries, in order.
#include <algorithm>
#include <map>

#include "store/sqlite/entry_codec.hpp"
#include "store/sqlite/sqlite_ledger_reads.hpp"
#include "store/sqlite/stored_form.hpp"
#include "text/text.hpp"

namespace fundledger::store {

namespace {

// One table's rows read in one scan in entry order (stream_sql), handed out entry by entry: the
// journal read back with a statement per table, not one per entry (on a server, a round trip each).
class RowStream {
 public:
  RowStream(Db& db, const std::string& sql) : st_(db.prepare_scan(sql)) { advance(); }
  // Passes over the rows of entries before `id`; true while the current row is `id`'s.
  bool at(std::int64_t id) {
    while (has_ && entry_ < id) advance();
    return has_ && entry_ == id;
  }
  [[nodiscard]] const Stmt& row() const { return st_; }
  void advance() {
    has_ = st_.step();
    if (has_) entry_ = st_.int64(0);
  }

 private:
  Stmt st_;
  bool has_ = false;
  std::int64_t entry_ = 0;
};

// Decodes entries in increasing id order from each table's streams (opened when first needed).
class EntryDecoder {
 public:
  explicit EntryDecoder(Db& db) : db_(db) {}

  template <class T>
  T decode(std::int64_t id) {
    const auto& specs = tables_for_kind(T::kKind);
    T t{};
    for (auto& s : streams(*specs[0]))
      if (s.at(id)) t = decode_row<T>(*specs[0], s.row(), first_field(*specs[0]));
    if constexpr (entries::HasChildren<T>) {
      T::children(t, [&](auto& children) {
        using C = typename std::decay_t<decltype(children)>::value_type;
        std::vector<std::pair<std::int64_t, C>> rows;  // by seq: a payment's flows come from two streams
        for (auto& s : streams(*specs[1]))
          for (; s.at(id); s.advance())
            rows.emplace_back(s.row().int64(1), decode_row<C>(*specs[1], s.row(), 2));
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [seq, c] : rows) children.push_back(std::move(c));
      });
    }
    return t;
  }

 private:
  // After entry_id, a child table's rows hold seq, then the fields.
  static int first_field(const TableSpec& spec) { return spec.order_by ? 2 : 1; }
  std::vector<RowStream>& streams(const TableSpec& spec) {
    auto it = streams_.find(&spec);
    if (it == streams_.end()) {
      std::vector<RowStream> v;
      for (const auto& sql : stream_sql(spec)) v.emplace_back(db_, sql);
      it = streams_.emplace(&spec, std::move(v)).first;
    }
    return it->second;
  }
  Db& db_;
  std::map<const TableSpec*, std::vector<RowStream>> streams_;
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
  if (kind == entries::Project::kKind) return d.decode<entries::Project>(id);
  if (kind == entries::ProjectStatus::kKind) return d.decode<entries::ProjectStatus>(id);
  if (kind == entries::Contract::kKind) return d.decode<entries::Contract>(id);
  if (kind == entries::ContractDraw::kKind) return d.decode<entries::ContractDraw>(id);
  if (kind == entries::ContractEnd::kKind) return d.decode<entries::ContractEnd>(id);
  if (kind == entries::Target::kKind) return d.decode<entries::Target>(id);
  if (kind == entries::TargetResult::kKind) return d.decode<entries::TargetResult>(id);
  if (kind == entries::Asset::kKind) return d.decode<entries::Asset>(id);
  if (kind == entries::AssetIncome::kKind) return d.decode<entries::AssetIncome>(id);
  if (kind == entries::AssetPayout::kKind) return d.decode<entries::AssetPayout>(id);
  if (kind == entries::WarningAction::kKind) return d.decode<entries::WarningAction>(id);
  if (kind == entries::PeriodLock::kKind) return d.decode<entries::PeriodLock>(id);
  if (kind == entries::QuotaFreeze::kKind) return d.decode<entries::QuotaFreeze>(id);
  if (kind == entries::ClassCode::kKind) return d.decode<entries::ClassCode>(id);
  if (kind == entries::SourceReduction::kKind) return d.decode<entries::SourceReduction>(id);
  if (kind == entries::YearClose::kKind) return d.decode<entries::YearClose>(id);
  if (kind == entries::AdvanceSettlement::kKind) return d.decode<entries::AdvanceSettlement>(id);
  if (kind == entries::LoanCompensation::kKind) return d.decode<entries::LoanCompensation>(id);
  if (kind == entries::InterestClaim::kKind) return d.decode<entries::InterestClaim>(id);
  throw StoreError(text::tr("store.unknown_kind", text::arg("entry", id), text::arg("kind", kind)));
}

}  // namespace

void SqliteLedgerReads::for_each_entry(const std::function<void(std::int64_t, const entries::Entry&)>& fn) {
  EntryDecoder decoder(db_);
  auto st = db_.prepare_scan(entry_headers_sql("id, kind, key, effective_date, override_reason"));
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
