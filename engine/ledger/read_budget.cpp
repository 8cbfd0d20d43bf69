// The read stage for a budget (预算, TOML): its head and earmark lines as one typed entry.
#include <toml++/toml.h>

#include <set>

#include "ledger/read.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {

std::string fmt_money(const Money& m) { return format_yuan(m, false); }

long line_of(const toml::node* n) { return n ? static_cast<long>(n->source().begin.line) : 0L; }

// Typed access to a TOML table's keys, every problem reported against the file and line.
class TomlFields {
 public:
  TomlFields(const std::string& path, Diagnostics& diag) : path_(path), diag_(diag) {}
  void error(long line, const std::string& msg) { diag_.error(path_, line, 0, msg); }

  std::optional<std::string> text(const toml::table& t, const char* key, bool required) {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) error(line_of(&t), text::tr("read.missing_key", text::arg("key", key)));
      return std::nullopt;
    }
    if (!n->is_string()) {
      error(line_of(n), text::tr("read.key_not_string", text::arg("key", key)));
      return std::nullopt;
    }
    return n->value<std::string>();
  }

  std::optional<Money> money(const toml::table& t, const char* key, bool required) {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) error(line_of(&t), text::tr("read.missing_key", text::arg("key", key)));
      return std::nullopt;
    }
    std::string text;
    if (n->is_string())
      text = *n->value<std::string>();
    else if (const auto* integer = n->as_integer())
      text = std::to_string(integer->get());
    else {
      error(line_of(n), text::tr("read.key_amount_not_quoted", text::arg("key", key)));
      return std::nullopt;
    }
    auto r = parse_amount(text);
    if (!r) {
      error(line_of(n), text::tr("read.key_error", text::arg("key", key), text::arg("message", r.error)));
      return std::nullopt;
    }
    return r.value;
  }

 private:
  const std::string& path_;
  Diagnostics& diag_;
};

// A yes/no key (直达资金, 补贴到人到户): 1, 0 or, when absent, `otherwise`.
std::optional<int> flag(const toml::table& t, const char* key, TomlFields& f, std::optional<int> otherwise) {
  const toml::node* n = t.get(key);
  if (!n) return otherwise;
  if (!n->is_boolean()) {
    f.error(line_of(n), text::tr("read.key_not_bool", text::arg("key", key)));
    return otherwise;
  }
  return *n->value<bool>() ? 1 : 0;
}

// A classification code key, checked against the known codes; when absent, `otherwise`.
std::optional<std::string> class_code(const toml::table& t, const char* key, TomlFields& f,
                                      const ClassCodes& classes,
                                      const std::optional<std::string>& otherwise) {
  auto text = f.text(t, key, false);
  if (!text) return otherwise;
  std::string error;
  auto code = classes.parse(key, *text, error);
  if (!code)
    f.error(line_of(t.get(key)),
            text::tr("read.key_error", text::arg("key", key), text::arg("message", error)));
  return code;
}

// The classifications a table gives (the budget's head: defaults for its lines; a line: its own,
// each falling back to the head's).
entries::Classification classification(const toml::table& t, TomlFields& f, const ClassCodes& classes,
                                       const entries::Classification& defaults) {
  entries::Classification c;
  c.function_class = class_code(t, kFunctionClass, f, classes, defaults.function_class);
  c.economic_class = class_code(t, kEconomicClass, f, classes, defaults.economic_class);
  c.fund_nature = defaults.fund_nature;
  if (auto nature = f.text(t, "fund_nature", false)) {
    c.fund_nature.reset();
    for (const auto& [code, zh] : fund_natures())
      if (*nature == code || *nature == zh) c.fund_nature = code;
    if (!c.fund_nature) {
      std::string list;
      for (const auto& [code, zh] : fund_natures())
        list += (list.empty() ? "" : text::tr("read.list_separator")) + std::string(code) + " " + zh;
      f.error(line_of(t.get("fund_nature")),
              text::tr("read.key_error", text::arg("key", "fund_nature"),
                       text::arg("message", text::tr("read.not_one_of", text::arg("value", *nature),
                                                     text::arg("allowed", list)))));
    }
  }
  c.direct = flag(t, "direct", f, defaults.direct);
  c.to_persons = flag(t, "to_persons", f, defaults.to_persons);
  return c;
}

const std::set<std::string> kClassKeys = {kFunctionClass, kEconomicClass, "fund_nature", "direct",
                                          "to_persons"};

std::optional<int> fiscal_year(const toml::table& doc, TomlFields& f) {
  auto fy_node = doc.get("fiscal_year");
  const auto* integer = fy_node ? fy_node->as_integer() : nullptr;
  if (!fy_node)
    f.error(1, text::tr("read.missing_key", text::arg("key", "fiscal_year")));
  else if (!integer || integer->get() < 1900 || integer->get() > 2999)
    f.error(line_of(fy_node), text::tr("read.fiscal_year_not_year"));
  else
    return static_cast<int>(integer->get());
  return std::nullopt;
}

// The [[line]] tables; `remainder_idx` is set to the line marked remainder = true, if any.
std::vector<entries::BudgetLine> read_lines(const toml::array& arr, int fy, TomlFields& f,
                                            const ClassCodes& classes, const entries::Classification& head,
                                            long& remainder_idx, Money& sum) {
  std::vector<entries::BudgetLine> lines;
  std::set<std::string> codes;
  for (auto& node : arr) {
    auto* t = node.as_table();
    if (!t) {
      f.error(line_of(&node), text::tr("read.line_not_table"));
      continue;
    }
    static const std::set<std::string> kLineKeys = {"code",      "name",   "purpose",   "attribution",
                                                    "remainder", "amount", "open_ended"};
    for (auto& [k, v] : *t)
      if (!kLineKeys.count(std::string(k.str())) && !kClassKeys.count(std::string(k.str())))
        f.error(line_of(&v), text::tr("read.unknown_key", text::arg("key", k.str())));
    auto lcode = f.text(*t, "code", true);
    auto lname = f.text(*t, "name", true);
    auto purpose = f.text(*t, "purpose", false);
    auto lattr = f.text(*t, "attribution", false);
    if (lattr && *lattr != "fifo" && *lattr != "pro_rata")
      f.error(line_of(t->get("attribution")), text::tr("read.attribution_choice"));
    bool rem = false;
    if (auto* rn = t->get("remainder")) {
      if (!rn->is_boolean())
        f.error(line_of(rn), text::tr("read.remainder_not_bool"));
      else
        rem = *rn->value<bool>();
    }
    std::optional<int> open_ended;
    if (auto* on = t->get("open_ended")) {
      if (!on->is_boolean())
        f.error(line_of(on), text::tr("read.open_ended_not_bool"));
      else if (*on->value<bool>())
        open_ended = 1;
    }
    std::optional<Money> amount;
    if (rem) {
      if (t->get("amount"))
        f.error(line_of(t), text::tr("read.remainder_and_amount", text::arg("code", lcode.value_or("?"))));
      if (remainder_idx >= 0) f.error(line_of(t), text::tr("read.two_remainders"));
      remainder_idx = static_cast<long>(lines.size());
    } else {
      amount = f.money(*t, "amount", true);
      if (amount && amount->is_negative())
        f.error(line_of(t->get("amount")),
                text::tr("read.line_amount_negative", text::arg("code", lcode.value_or("?"))));
      if (amount) sum += *amount;
    }
    if (lcode && !codes.insert(*lcode).second)
      f.error(line_of(t), text::tr("read.duplicate_earmark", text::arg("code", *lcode)));
    lines.push_back({fy, lcode.value_or(""), lname.value_or(""), amount.value_or(Money()), purpose, rem,
                     lattr, open_ended, classification(*t, f, classes, head)});
  }
  return lines;
}

}  // namespace

std::optional<entries::Budget> read_budget(const std::string& path, const Categories& categories,
                                           const ClassCodes& classes, Diagnostics& diag) {
  TomlFields f(path, diag);
  toml::table doc;
  try {
    doc = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    f.error(static_cast<long>(e.source().begin.line),
            text::tr("read.toml_syntax", text::arg("detail", e.description())));
    return std::nullopt;
  }
  static const std::set<std::string> kKnown = {"fiscal_year", "code",   "name",        "total", "funded_by",
                                               "doc_no",      "reason", "attribution", "line"};
  for (auto& [k, v] : doc)
    if (!kKnown.count(std::string(k.str())) && !kClassKeys.count(std::string(k.str())))
      diag.error(path, line_of(&v), 0, text::tr("read.unknown_key", text::arg("key", k.str())));

  auto fy = fiscal_year(doc, f);
  entries::Budget b;
  auto code = f.text(doc, "code", true);
  auto name = f.text(doc, "name", true);
  auto total = f.money(doc, "total", true);
  auto funded_by = f.text(doc, "funded_by", true);
  b.doc_no = f.text(doc, "doc_no", false);
  b.reason = f.text(doc, "reason", false);
  b.attribution = f.text(doc, "attribution", false).value_or("fifo");
  if (b.attribution != "fifo" && b.attribution != "pro_rata")
    f.error(line_of(doc.get("attribution")),
            text::tr("read.attribution_not", text::arg("value", b.attribution)));
  if (funded_by) {
    auto c = categories.code_of(*funded_by);
    if (c)
      funded_by = c;
    else
      f.error(line_of(doc.get("funded_by")),
              text::tr("read.funded_by_unknown", text::arg("value", *funded_by)));
  }
  if (total && !total->is_positive()) f.error(line_of(doc.get("total")), text::tr("read.total_not_positive"));

  auto* arr = doc.get_as<toml::array>("line");
  if (!arr || arr->empty()) {
    f.error(1, text::tr("read.budget_needs_line"));
  } else {
    long remainder_idx = -1;
    Money sum;
    b.lines =
        read_lines(*arr, fy.value_or(0), f, classes, classification(doc, f, classes, {}), remainder_idx, sum);
    if (total) {
      if (remainder_idx >= 0) {
        Money rest = *total - sum;
        if (rest.is_negative())
          f.error(line_of(arr), text::tr("read.remainder_overflow", text::arg("sum", fmt_money(sum)),
                                         text::arg("total", fmt_money(*total)),
                                         text::arg("over", fmt_money(rest.negated()))));
        else
          b.lines[static_cast<std::size_t>(remainder_idx)].amount = rest;
      } else if (sum != *total) {
        f.error(line_of(arr), text::tr("read.lines_sum_mismatch", text::arg("sum", fmt_money(sum)),
                                       text::arg("total", fmt_money(*total)),
                                       text::arg("difference", fmt_money(*total - sum))));
      }
    }
  }
  if (diag.has_errors() || !fy || !total) return std::nullopt;
  b.fiscal_year = *fy;
  b.code = *code;
  b.name = *name;
  b.total = *total;
  b.funded_by = *funded_by;
  return b;
}

}  // namespace fundledger::ledger
