#include "store/sqlite/entry_codec.hpp"

#include "text/text.hpp"

namespace fundledger::store {

namespace {
calendar::Date stored_date(const Stmt& st, int col) {
  auto d = calendar::parse_date(st.text(col));
  if (!d) throw StoreError(text::tr("store.stored_date_bad", text::arg("value", st.text(col))));
  return *d.value;
}
}  // namespace

void read_column(const Stmt& st, int col, std::string& out) {
  out = st.is_null(col) ? std::string() : st.text(col);
}
void read_column(const Stmt& st, int col, std::optional<std::string>& out) { out = st.opt_text(col); }
void read_column(const Stmt& st, int col, int& out) { out = static_cast<int>(st.int64(col)); }
void read_column(const Stmt& st, int col, std::optional<int>& out) {
  out = st.is_null(col) ? std::nullopt : std::optional<int>(static_cast<int>(st.int64(col)));
}
void read_column(const Stmt& st, int col, bool& out) { out = st.int64(col) != 0; }
void read_column(const Stmt& st, int col, Money& out) { out = Money::from_fen(st.int64(col)); }
void read_column(const Stmt& st, int col, std::optional<Money>& out) {
  out = st.is_null(col) ? std::nullopt : std::optional<Money>(Money::from_fen(st.int64(col)));
}
void read_column(const Stmt& st, int col, calendar::Date& out) { out = stored_date(st, col); }
void read_column(const Stmt& st, int col, std::optional<calendar::Date>& out) {
  out = st.is_null(col) ? std::nullopt : std::optional<calendar::Date>(stored_date(st, col));
}

std::string column_list(const TableSpec& spec) {
  std::string cols;
  for (std::size_t i = spec.order_by ? 1 : 0; i < spec.columns.size(); ++i)
    cols += (cols.empty() ? "" : ", ") + std::string(spec.columns[i]);
  return cols;
}

EntryHeader header_of(const entries::Entry& e) {
  return {e.kind(), e.key, calendar::format_date(e.effective_date), e.override_reason};
}

std::vector<TableRows> rows_of(const entries::Entry& e) {
  const auto& specs = tables_for_kind(e.kind());
  return std::visit(
      [&](const auto& body) {
        using T = std::decay_t<decltype(body)>;
        std::vector<TableRows> out;
        out.push_back({specs[0], {encode_row(*specs[0], body, 0)}});
        if constexpr (entries::HasChildren<T>) {
          T::children(body, [&](const auto& children) {
            using C = typename std::decay_t<decltype(children)>::value_type;
            TableRows rows{specs[1], {}};
            rows.rows.reserve(children.size());
            std::int64_t seq = 0;
            for (const C& c : children) rows.rows.push_back(encode_row(*specs[1], c, ++seq));
            out.push_back(std::move(rows));
          });
        }
        return out;
      },
      e.body);
}

}  // namespace fundledger::store
