#include "reports/listing_render.hpp"

#include "text/text.hpp"

namespace fundledger::reports {
namespace {

std::string text_cell(const Cell& c, Unit unit) {
  if (std::holds_alternative<std::monostate>(c)) return "";
  if (auto s = std::get_if<std::string>(&c)) return *s;
  if (auto m = std::get_if<Money>(&c))
    return unit == Unit::yuan ? format_yuan(*m, true) : format_in(*m, unit, 2, true);
  if (auto r = std::get_if<Ratio>(&c)) return format_ratio(r->value * 100, 2) + "%";
  return std::to_string(std::get<std::int64_t>(c));
}

std::string csv_cell(const Cell& c) {
  if (std::holds_alternative<std::monostate>(c)) return "";
  if (auto s = std::get_if<std::string>(&c)) return *s;
  if (auto m = std::get_if<Money>(&c)) return format_yuan(*m);
  if (auto r = std::get_if<Ratio>(&c)) return format_ratio(r->value, 4);
  return std::to_string(std::get<std::int64_t>(c));
}

nlohmann::json json_cell(const Cell& c) {
  if (std::holds_alternative<std::monostate>(c)) return nullptr;
  if (auto s = std::get_if<std::string>(&c)) return *s;
  if (auto m = std::get_if<Money>(&c)) return format_yuan(*m);
  if (auto r = std::get_if<Ratio>(&c)) return format_ratio(r->value, 4);
  return std::get<std::int64_t>(c);
}

std::string total_label(Lang lang) {
  return text::tr_in(lang == Lang::en ? text::Lang::en : text::Lang::zh, "table.total");
}

// Aligned text, the widths known before the first row is written.
class Aligned {
 public:
  Aligned(const std::vector<Column>& columns, Lang lang, Unit unit) : columns_(columns), unit_(unit) {
    for (const auto& c : columns) {
      std::string h = lang == Lang::zh ? c.zh : c.en;
      if (c.type == ColType::money)
        h += unit == Unit::yuan ? (lang == Lang::zh ? "(元)" : " (yuan)")
                                : (lang == Lang::zh ? "(万元)" : " (10k yuan)");
      header_.push_back(h);
    }
    width_.assign(columns.size(), 0);
    measure_text(header_);
  }
  std::vector<std::string> texts(const std::vector<Cell>& row) const {
    std::vector<std::string> t;
    for (const auto& c : row) t.push_back(text_cell(c, unit_));
    return t;
  }
  void measure_text(const std::vector<std::string>& t) {
    for (std::size_t i = 0; i < t.size(); ++i) width_[i] = std::max(width_[i], display_width(t[i]));
  }
  void line(std::ostream& out, const std::vector<std::string>& t) const {
    std::string text;
    for (std::size_t i = 0; i < t.size(); ++i) {
      // A row of the second reading may be wider than the first reading measured: no padding then.
      const std::size_t w = display_width(t[i]);
      std::string pad(width_[i] > w ? width_[i] - w : 0, ' ');
      text += (i ? "  " : "") + (columns_[i].type != ColType::text ? pad + t[i] : t[i] + pad);
    }
    // Empty cells at the end of a line leave no spaces behind.
    text.erase(text.find_last_not_of(' ') + 1);
    out << text << "\n";
  }
  void rule(std::ostream& out) const {
    std::size_t total = 0;
    for (auto w : width_) total += w + 2;
    out << std::string(total > 2 ? total - 2 : 0, '-') << "\n";
  }
  const std::vector<std::string>& header() const { return header_; }

 private:
  const std::vector<Column>& columns_;
  Unit unit_;
  std::vector<std::string> header_;
  std::vector<std::size_t> width_;
};

}  // namespace

void write_text(std::ostream& out, const Listing& l, Lang lang, Unit unit) {
  Aligned a(l.columns, lang, unit);
  auto total = a.texts(l.rows(false, [&a](const std::vector<Cell>& r) { a.measure_text(a.texts(r)); }).row);
  if (!total.empty() && total[0].empty()) total[0] = total_label(lang);
  a.measure_text(total);
  if (!l.title.empty()) out << l.title << "\n";
  a.line(out, a.header());
  a.rule(out);
  // The second reading: a row added in between would be printed unaligned, never lost; the
  // total is this reading's.
  total = a.texts(l.rows(false, [&](const std::vector<Cell>& r) { a.line(out, a.texts(r)); }).row);
  if (!total.empty() && total[0].empty()) total[0] = total_label(lang);
  a.rule(out);
  a.line(out, total);
}

void write_csv(std::ostream& out, const Listing& l) {
  auto line = [&out, &l](const std::vector<Cell>& r) {
    for (std::size_t i = 0; i < l.columns.size(); ++i) out << (i ? "," : "") << csv_escape(csv_cell(r[i]));
    out << "\n";
  };
  for (std::size_t i = 0; i < l.columns.size(); ++i) out << (i ? "," : "") << csv_escape(l.columns[i].key);
  out << "\n";
  auto total = l.rows(true, line).row;
  if (!total.empty() && std::holds_alternative<std::monostate>(total[0])) total[0] = text::tr("table.total");
  line(total);
}

void write_json(std::ostream& out, const Listing& l, nlohmann::json head) {
  head["title"] = l.title;
  // The head's closing brace is dropped, the rows written one by one, then the total.
  std::string text = head.dump(2);
  text.resize(text.size() - 2);
  out << text << ",\n  \"rows\": [";
  bool first = true;
  auto total = l.rows(true, [&](const std::vector<Cell>& r) {
    nlohmann::json o = nlohmann::json::object();
    for (std::size_t i = 0; i < l.columns.size(); ++i) o[l.columns[i].key] = json_cell(r[i]);
    out << (first ? "\n    " : ",\n    ") << o.dump();
    first = false;
  });
  nlohmann::json sum = {{"count", total.count}};
  for (std::size_t i = 0; i < l.columns.size(); ++i)
    if (l.columns[i].type == ColType::money) sum[l.columns[i].key] = json_cell(total.row[i]);
  out << (first ? "]" : "\n  ]") << ",\n  \"total\": " << sum.dump() << "\n}\n";
}

}  // namespace fundledger::reports
