// The read stage for sources (资金来源) and households (建档立卡户): CSV rows to typed entries.
#include "ledger/columns.hpp"
#include "ledger/fields.hpp"
#include "ledger/read.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {

const std::vector<ColumnDef> kSourceCols = {{"doc_no", "文号", true},
                                            {"fiscal_year", "年度", true},
                                            {"category", "类别", true},
                                            {"name", "名称", true},
                                            {"amount", "金额", true},
                                            {"received_on", "到账日期", true},
                                            {"level", "级次", false},
                                            {"restricted_to", "限定用途", false},
                                            {"note", "备注", false},
                                            // the classifications (预算科目, schema 21)
                                            {"function_class", "功能分类", false},
                                            {"economic_class", "经济分类", false},
                                            {"fund_nature", "资金性质", false},
                                            {"direct", "直达资金", false},
                                            {"to_persons", "补贴到人到户", false}};
enum {
  S_DOC,
  S_FY,
  S_CAT,
  S_NAME,
  S_AMOUNT,
  S_RECEIVED,
  S_LEVEL,
  S_RESTRICTED,
  S_NOTE,
  S_FUNCTION,
  S_ECONOMIC,
  S_NATURE,
  S_DIRECT,
  S_TO_PERSONS
};

const std::vector<ColumnDef> kHouseholdCols = {
    {"household_id", "户编号", true}, {"head_name", "户主姓名", true},
    {"id_number", "身份证号", false}, {"town", "镇", true},
    {"village", "村", true},          {"members", "人口", false},
    {"registered", "建档立卡", true}, {"poverty_cause", "致贫原因", false}};
enum { H_ID, H_HEAD, H_IDNO, H_TOWN, H_VILLAGE, H_MEMBERS, H_REGISTERED, H_CAUSE };

const std::vector<std::pair<const char*, const char*>> kLevels = {
    {"central", "中央"}, {"provincial", "省级"}, {"city", "市级"}, {"county", "县级"}, {"other", "其他"}};

const Choices kYesNo = {{"yes", "是"}, {"no", "否"}};

// A classification code column: empty, or a code of `scheme` that `classes` knows.
std::optional<std::string> class_code(Fields& f, std::size_t col, const char* scheme,
                                      const ClassCodes& classes) {
  auto text = f.opt_text(col);
  if (!text) return std::nullopt;
  std::string error;
  auto code = classes.parse(scheme, *text, error);
  if (!code) f.error(col, error);
  return code;
}

// A yes/no column that may be empty: 1, 0 or not said.
std::optional<int> opt_flag(Fields& f, std::size_t col) {
  if (!f.opt_text(col)) return std::nullopt;
  auto yes = f.yes_no(col);
  if (!yes) return std::nullopt;
  return *yes ? 1 : 0;
}

entries::Classification read_classification(Fields& f, const ClassCodes& classes) {
  entries::Classification c;
  c.function_class = class_code(f, S_FUNCTION, kFunctionClass, classes);
  c.economic_class = class_code(f, S_ECONOMIC, kEconomicClass, classes);
  c.fund_nature = f.choice(S_NATURE, fund_natures(), false);
  c.direct = opt_flag(f, S_DIRECT);
  c.to_persons = opt_flag(f, S_TO_PERSONS);
  return c;
}

}  // namespace

const std::vector<ColumnDef>& source_columns() { return kSourceCols; }
const std::vector<ColumnDef>& household_columns() { return kHouseholdCols; }
const Choices& source_levels() { return kLevels; }
const Choices& yes_no_values() { return kYesNo; }

std::optional<std::string> Categories::code_of(const std::string& code_or_name) const {
  for (const auto& c : rows_)
    if (c.code == code_or_name || c.name_zh == code_or_name) return c.code;
  auto code = category_of_alias(code_or_name);  // 中央, 县级自筹, 5321 ...: category_names.cpp
  for (const auto& c : rows_)
    if (!code.empty() && c.code == code) return c.code;
  return std::nullopt;
}

std::string Categories::known() const {
  std::string known;
  for (const auto& c : rows_)
    known += (known.empty() ? "" : text::tr("read.list_separator")) + c.code + " " + c.name_zh;
  return known;
}

void read_sources(const InputFile& input, const Categories& categories, const ClassCodes& classes,
                  Diagnostics& diag, const Sink<entries::Source>& out) {
  read_csv(input, kSourceCols, diag, [&](const CsvRow& r) {
    Fields f(r, kSourceCols, diag, input.path);
    auto doc = f.text(S_DOC);
    auto received = f.date(S_RECEIVED);
    auto fy = f.year(S_FY, received);
    auto cat_text = f.text(S_CAT);
    std::optional<std::string> cat;
    if (!cat_text.empty()) {
      cat = categories.code_of(cat_text);
      if (!cat)
        f.error(S_CAT, text::tr("read.unknown_category", text::arg("value", cat_text),
                                text::arg("known", categories.known())));
    }
    auto name = f.text(S_NAME);
    auto amount = f.money(S_AMOUNT, true);
    auto level = f.choice(S_LEVEL, kLevels, false);
    auto classification = read_classification(f, classes);
    if (!f.ok() || !fy || !received || !amount || !cat) return;
    out({r.line, entries::Source{doc, *fy, *cat, name, *amount, *received, level, f.opt_text(S_RESTRICTED),
                                 f.opt_text(S_NOTE), classification}});
  });
}

void read_households(const InputFile& input, Diagnostics& diag, const Sink<entries::Household>& out) {
  read_csv(input, kHouseholdCols, diag, [&](const CsvRow& r) {
    Fields f(r, kHouseholdCols, diag, input.path);
    auto id = f.text(H_ID);
    auto head = f.text(H_HEAD);
    auto town = f.text(H_TOWN);
    auto village = f.text(H_VILLAGE);
    auto members = f.opt_integer(H_MEMBERS, 1, 99);
    auto reg = f.yes_no(H_REGISTERED);
    if (!f.ok() || !reg) return;
    std::optional<int> n;
    if (members) n = static_cast<int>(*members);
    out({r.line,
         entries::Household{id, head, f.opt_text(H_IDNO), town, village, n, *reg, f.opt_text(H_CAUSE)}});
  });
}

}  // namespace fundledger::ledger
