// reports — report models are plain tables; renderers only format them.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "money/money.hpp"

namespace fundledger::reports {

enum class Lang { zh, en };
enum class ColType { text, money, ratio, integer };

struct Column {
  std::string key;  // stable English key (csv header, json key)
  std::string zh;   // header in Chinese
  std::string en;   // header in English
  ColType type = ColType::text;
};

// Hints for spreadsheets, which write formulas; renderers that compute nothing ignore them.
struct SheetHints {
  // ratio column key -> (numerator, denominator) money column keys: its total cell is a formula.
  std::map<std::string, std::pair<std::string, std::string>> ratio_of;
  // money column keys whose every cell is the sum of the row's other money columns.
  std::set<std::string> row_sums;
  // text column keys that hold dates (YYYY-MM-DD): written as date cells.
  std::set<std::string> dates;
  // text column key -> (cell text, fill colour 0xRRGGBB): a cell of exactly that text is filled so
  // (a warning's level 红/橙/黄/蓝, a progress band), as a conditional format the sheet keeps.
  std::map<std::string, std::vector<std::pair<std::string, unsigned>>> fills;
};

struct Ratio {
  Rational value;
};
using Cell = std::variant<std::monostate, std::string, Money, Ratio, std::int64_t>;

struct Table {
  std::string title;
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
  std::optional<std::vector<Cell>> total;
  SheetHints hints;
};

// Aligned text: CJK characters count two columns. Money in yuan (grouped, two decimals) or in
// 万元 (two decimals, rounded half-up, unit in the header). Ratios as percentages.
std::string render_text(const Table& t, Lang lang, Unit unit);
// RFC 4180 CSV with English keys as the header; money in yuan with two decimals; ratios with
// four decimals of the ratio. Cells go through csv_escape.
std::string render_csv(const Table& t);
// Display width of UTF-8 text in a terminal (East Asian wide characters count 2).
std::size_t display_width(const std::string& s);
// The one escaping of a CSV cell, used by every CSV fundledger writes: RFC 4180 quoting, and
// text a spreadsheet would run as a formula (starts_like_formula) prefixed with ' (OWASP).
std::string csv_escape(const std::string& s);
// A column whose headers are catalogue message `id` in Chinese and English.
Column catalogue_column(const std::string& key, std::string_view id, ColType type);
// Starts with =, +, @, a tab or a CR, or with - when it is not a plain negative number
// ("-500.00" and "-3" stay numbers; "-cmd" and "-1+1" do not).
bool starts_like_formula(const std::string& s);

}  // namespace fundledger::reports
