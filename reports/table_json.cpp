#include "reports/table_json.hpp"

namespace fundledger::reports {
namespace {

nlohmann::json cell_json(const Cell& c) {
  if (std::holds_alternative<std::monostate>(c)) return nullptr;
  if (auto s = std::get_if<std::string>(&c)) return *s;
  if (auto m = std::get_if<Money>(&c)) return format_yuan(*m);
  if (auto r = std::get_if<Ratio>(&c)) return format_ratio(r->value, 4);
  return std::get<std::int64_t>(c);
}

const char* type_name(ColType t) {
  switch (t) {
    case ColType::text:
      return "text";
    case ColType::money:
      return "money";
    case ColType::ratio:
      return "ratio";
    case ColType::integer:
      return "integer";
  }
  return "text";
}

}  // namespace

nlohmann::json table_json(const Table& t) {
  nlohmann::json cols = nlohmann::json::array();
  for (const auto& c : t.columns)
    cols.push_back({{"key", c.key}, {"zh", c.zh}, {"en", c.en}, {"type", type_name(c.type)}});
  auto row = [&](const std::vector<Cell>& r) {
    nlohmann::json o = nlohmann::json::object();
    for (std::size_t i = 0; i < t.columns.size(); ++i) o[t.columns[i].key] = cell_json(r[i]);
    return o;
  };
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : t.rows) rows.push_back(row(r));
  return {{"title", t.title},
          {"columns", cols},
          {"rows", rows},
          {"total", t.total ? row(*t.total) : nlohmann::json(nullptr)}};
}

}  // namespace fundledger::reports
