// An .xlsx sheet's rows, streamed: each <row>'s cells turned into text (ledger/sheet.hpp) and
// handed on at its </row>, so memory holds one row whatever the sheet's size.
#include <charconv>
#include <cstdlib>

#include "ledger/limits.hpp"
#include "ledger/sheet_xlsx.hpp"
#include "text/text.hpp"

namespace fundledger::ledger::sheet::detail {

namespace {

class SheetPart : public XmlHandler {
 public:
  SheetPart(const std::string& path, const WorkbookParts& parts, Diagnostics& diag, const RowFn& on_row)
      : path_(path), parts_(parts), diag_(diag), on_row_(on_row) {}

  void start(std::string_view name, const Attributes& a) override {
    if (name == "row") {
      auto r = a.find("r");
      row_.number = r == a.end() ? row_.number + 1 : std::atol(r->second.c_str());
      row_.cells.clear();
      row_.bad = false;
      next_column_ = 1;
      wide_ = false;
    } else if (name == "c") {
      auto r = a.find("r"), t = a.find("t"), s = a.find("s");
      column_ = r == a.end() ? next_column_ : column_number(r->second);
      if (column_ <= 0) column_ = next_column_;
      next_column_ = column_ + 1;
      type_ = t == a.end() ? "n" : t->second;
      style_ = s == a.end() ? 0 : std::atoi(s->second.c_str());
      value_.clear();
      formula_ = false;
    } else if (name == "f") {
      formula_ = true;
    } else if (name == "v") {
      in_value_ = true;
    } else if (name == "rPh") {
      in_phonetic_ = true;
    } else if (name == "t" && !in_phonetic_) {
      in_value_ = true;  // the text of an inline string (<is><t>)
    }
  }

  void end(std::string_view name) override {
    if (name == "v" || name == "t") in_value_ = false;
    if (name == "rPh") in_phonetic_ = false;
    if (name == "c") cell();
    if (name == "row") on_row_(row_);
  }

  void text(std::string_view data) override {
    if (in_value_ && value_.size() <= kMaxFieldBytes) value_.append(data);
  }

 private:
  void refuse(const std::string& message, int column) {
    diag_.error(path_, row_.number, column, message);
    row_.bad = true;
  }

  void cell() {
    if (column_ > static_cast<int>(kMaxRowFields)) {
      if (!wide_ && !value_.empty())
        refuse(text::tr("read.row_too_wide", text::arg("fields", column_), text::arg("limit", kMaxRowFields)),
               static_cast<int>(kMaxRowFields) + 1);
      wide_ = wide_ || !value_.empty();
      return;
    }
    if (value_.size() > kMaxFieldBytes)
      return refuse(text::tr("read.field_too_long", text::arg("bytes", value_.size()),
                             text::arg("limit", kMaxFieldBytes)),
                    column_);
    if (formula_ && value_.empty() && type_ != "inlineStr")
      return refuse(text::tr("sheet.formula_without_value"), column_);
    auto t = cell_text();
    if (!t) return;
    if (row_.cells.size() < static_cast<std::size_t>(column_))
      row_.cells.resize(static_cast<std::size_t>(column_));
    row_.cells[static_cast<std::size_t>(column_ - 1)] = std::move(*t);
  }

  // The cell's text; nullopt when it is refused (reported).
  std::optional<std::string> cell_text() {
    if (type_ == "s") {
      std::size_t i = 0;
      auto r = std::from_chars(value_.data(), value_.data() + value_.size(), i);
      if (r.ec != std::errc() || i >= parts_.strings.size()) {
        refuse(text::tr("sheet.bad_string_index", text::arg("value", value_)), column_);
        return std::nullopt;
      }
      return parts_.strings[i];
    }
    if (type_ == "inlineStr" || type_ == "str") return decode_escapes(value_);
    if (type_ == "b") return std::string(value_ == "1" || value_ == "true" ? "TRUE" : "FALSE");
    if (type_ == "e") {
      refuse(text::tr("sheet.error_value", text::arg("value", value_)), column_);
      return std::nullopt;
    }
    if (type_ == "d") return value_.substr(0, 10);  // ISO 8601 (a strict OOXML date)
    return number(value_);
  }

  std::optional<std::string> number(const std::string& v) {
    if (v.empty()) return std::string();  // a formatted cell with no value
    double d = 0;
    auto r = std::from_chars(v.data(), v.data() + v.size(), d);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size()) {
      refuse(text::tr("sheet.bad_number", text::arg("value", v)), column_);
      return std::nullopt;
    }
    bool is_date = style_ >= 0 && static_cast<std::size_t>(style_) < parts_.date_styles.size() &&
                   parts_.date_styles[static_cast<std::size_t>(style_)];
    auto t = is_date ? serial_date(d, parts_.date1904) : number_text(d);
    if (!t)
      refuse(text::tr(is_date ? "sheet.not_a_date" : "sheet.number_too_long", text::arg("value", v)),
             column_);
    return t;
  }

  const std::string& path_;
  const WorkbookParts& parts_;
  Diagnostics& diag_;
  const RowFn& on_row_;
  Row row_;
  int column_ = 0, next_column_ = 1, style_ = 0;
  std::string type_, value_;
  bool in_value_ = false, in_phonetic_ = false, wide_ = false, formula_ = false;
};

}  // namespace

bool read_sheet(Zip& zip, const std::string& path, const SheetRef& sheet, const WorkbookParts& parts,
                Diagnostics& diag, const RowFn& on_row) {
  SheetPart part(path, parts, diag, on_row);
  bool missing = false;
  std::string where;
  if (sheet.member.empty() || !zip.parse(sheet.member, part, missing, where)) {
    diag.error(path, 0, 0,
               text::tr("sheet.damaged_xlsx",
                        text::arg("part", missing || sheet.member.empty() ? sheet.name : where)));
    return false;
  }
  return true;
}

}  // namespace fundledger::ledger::sheet::detail
