// An .xlsx workbook's rows (ledger/sheet.hpp): xl/workbook.xml (sheets, date system),
// xl/_rels/workbook.xml.rels (where each sheet is), xl/sharedStrings.xml and xl/styles.xml (held),
// then the sheet, streamed (sheet_xlsx_rows.cpp).
#include "ledger/sheet_xlsx.hpp"

#include <algorithm>

#include "ledger/limits.hpp"
#include "ledger/sheet.hpp"
#include "text/text.hpp"

namespace fundledger::ledger::sheet {

namespace detail {
namespace {

bool truthy(const std::string& v) { return v == "1" || v == "true"; }

// xl/workbook.xml: the sheets in order (name, relationship id) and the date system.
struct WorkbookPart : XmlHandler {
  std::vector<std::pair<std::string, std::string>> sheets;
  bool date1904 = false;
  void start(std::string_view name, const Attributes& a) override {
    if (name == "sheet") {
      auto n = a.find("name"), id = a.find("id");
      sheets.emplace_back(n == a.end() ? "" : n->second, id == a.end() ? "" : id->second);
    } else if (name == "workbookPr") {
      auto d = a.find("date1904");
      date1904 = d != a.end() && truthy(d->second);
    }
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: relationship id -> target.
struct RelsPart : XmlHandler {
  std::map<std::string, std::string> targets;
  void start(std::string_view name, const Attributes& a) override {
    auto id = a.find("Id"), target = a.find("Target");
    if (name == "Relationship" && id != a.end() && target != a.end()) targets[id->second] = target->second;
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

// xl/sharedStrings.xml: each <si>'s text, its runs joined, phonetic runs (<rPh>) left out.
struct SharedStringsPart : XmlHandler {
  std::vector<std::string>* out = nullptr;
  std::string current;
  bool in_t = false, in_phonetic = false, too_big = false;
  std::size_t bytes = 0;
  void start(std::string_view name, const Attributes&) override {
    if (name == "si") current.clear();
    if (name == "rPh") in_phonetic = true;
    if (name == "t" && !in_phonetic) in_t = true;
  }
  void end(std::string_view name) override {
    if (name == "t") in_t = false;
    if (name == "rPh") in_phonetic = false;
    if (name == "si") out->push_back(decode_escapes(current));
  }
  void text(std::string_view data) override {
    if (!in_t) return;
    current.append(data);
    if ((bytes += data.size()) > kMaxSharedStringBytes) too_big = stop = true;
  }
};

// xl/styles.xml: for each cell format (<cellXfs><xf>), whether it shows a date.
struct StylesPart : XmlHandler {
  std::map<int, std::string> codes;  // custom number formats by id
  std::vector<int> xf_formats;       // numFmtId of each cell format
  bool in_cell_xfs = false;
  void start(std::string_view name, const Attributes& a) override {
    auto number = [&](const char* key) {
      auto it = a.find(key);
      return it == a.end() ? 0 : std::atoi(it->second.c_str());
    };
    if (name == "numFmt") {
      auto code = a.find("formatCode");
      codes[number("numFmtId")] = code == a.end() ? "" : code->second;
    } else if (name == "cellXfs") {
      in_cell_xfs = true;
    } else if (name == "xf" && in_cell_xfs) {
      xf_formats.push_back(number("numFmtId"));
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs = false;
  }
  void text(std::string_view) override {}
};

// "worksheets/sheet1.xml" (relative to xl/) or "/xl/worksheets/sheet1.xml" -> the zip member.
std::string member_of(const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string t = target;
  std::string base = "xl";
  while (t.rfind("../", 0) == 0) {
    t = t.substr(3);
    base.clear();
  }
  return base.empty() ? t : base + "/" + t;
}

}  // namespace

// The parts of the workbook held while its sheet is read; false (reported) when it is damaged.
bool open_workbook(Zip& zip, const std::string& path, Diagnostics& diag, WorkbookParts& parts) {
  bool missing = false;
  std::string where;
  auto damaged = [&](const std::string& at) {
    diag.error(path, 0, 0, text::tr("sheet.damaged_xlsx", text::arg("part", at)));
    return false;
  };
  WorkbookPart wb;
  if (!zip.parse("xl/workbook.xml", wb, missing, where)) return damaged(missing ? "xl/workbook.xml" : where);
  RelsPart rels;
  if (!zip.parse("xl/_rels/workbook.xml.rels", rels, missing, where))
    return damaged(missing ? "xl/_rels/workbook.xml.rels" : where);
  for (auto& [name, id] : wb.sheets) {
    auto t = rels.targets.find(id);
    parts.sheets.push_back({name, t == rels.targets.end() ? "" : member_of(t->second)});
  }
  parts.date1904 = wb.date1904;
  SharedStringsPart sst;
  sst.out = &parts.strings;
  if (!zip.parse("xl/sharedStrings.xml", sst, missing, where) && !missing) return damaged(where);
  if (sst.too_big) {
    diag.error(path, 0, 0, text::tr("sheet.too_many_strings", text::arg("limit", kMaxSharedStringBytes)));
    return false;
  }
  StylesPart styles;
  if (!zip.parse("xl/styles.xml", styles, missing, where) && !missing) return damaged(where);
  for (int id : styles.xf_formats) {
    auto c = styles.codes.find(id);
    parts.date_styles.push_back(is_date_format(id, c == styles.codes.end() ? "" : c->second));
  }
  return true;
}

}  // namespace detail

bool read_xlsx(const std::string& path, const std::optional<std::string>& wanted, Diagnostics& diag,
               const RowFn& on_row) {
  detail::Zip zip(path);
  if (!zip.is_open()) {
    diag.error(path, 0, 0, text::tr("sheet.not_a_workbook", text::arg("format", "xlsx")));
    return false;
  }
  detail::WorkbookParts parts;
  if (!detail::open_workbook(zip, path, diag, parts)) return false;
  std::vector<std::string> names;
  for (const auto& s : parts.sheets) names.push_back(s.name);
  auto chosen = std::find_if(parts.sheets.begin(), parts.sheets.end(),
                             [&](const auto& s) { return !wanted || s.name == *wanted; });
  if (chosen == parts.sheets.end()) {
    if (wanted)
      diag.error(path, 0, 0,
                 text::tr("sheet.no_such_sheet", text::arg("sheet", *wanted),
                          text::arg("sheets", sheet_list(names))));
    else
      diag.error(path, 0, 0, text::tr("sheet.no_sheets"));
    return false;
  }
  diag.in_sheet(path, chosen->name);
  return detail::read_sheet(zip, path, *chosen, parts, diag, on_row);
}

}  // namespace fundledger::ledger::sheet
