// Input templates: the readers' columns with a format, allowed values, an example and a note each.
#include "reports/templates.hpp"

#include <map>

#include "base/assert.hpp"
#include "ledger/classes.hpp"
#include "ledger/columns.hpp"
#include "reports/template_hints.hpp"
#include "text/text.hpp"

namespace fundledger::reports {
namespace {

using Pairs = std::vector<std::pair<const char*, const char*>>;
using detail::Hint;

// The example rows fit together: the source pays the budget's INDUSTRY line, the allocation spends
// the source, the payment goes to the registered household, the recovery takes part of it back.
const std::vector<Hint> kHints = {
    {"", "fiscal_year", FieldFormat::year, "2025", "templates.note.fiscal_year"},
    {"", "note", FieldFormat::text, "templates.example.note"},
    {"", "town", FieldFormat::text, "templates.example.town"},
    {"", "village", FieldFormat::text, "templates.example.village"},
    {"", "project", FieldFormat::text, "templates.example.project"},
    {"", "household_id", FieldFormat::text, "H0001", "templates.note.household_id"},
    {"sources", "doc_no", FieldFormat::text, "templates.example.doc_no", "templates.note.source_doc_no"},
    {"sources", "category", FieldFormat::choice, "county_self", "templates.note.category"},
    {"sources", "name", FieldFormat::text, "templates.example.source_name"},
    {"sources", "amount", FieldFormat::amount, "1000000.00"},
    {"sources", "received_on", FieldFormat::date, "2025-03-15"},
    {"sources", "level", FieldFormat::choice, "county"},
    {"sources", "restricted_to", FieldFormat::list, "INDUSTRY", "templates.note.restricted_to"},
    {"sources", "function_class", FieldFormat::text, "2130505", "templates.note.function_class"},
    {"sources", "economic_class", FieldFormat::text, "", "templates.note.economic_class"},
    {"sources", "fund_nature", FieldFormat::choice, "general"},
    {"sources", "direct", FieldFormat::yes_no, "yes", "templates.note.direct"},
    {"sources", "to_persons", FieldFormat::yes_no, "", "templates.note.to_persons"},
    {"classes", "scheme", FieldFormat::choice, "function_class", "templates.note.class_scheme"},
    {"classes", "code", FieldFormat::text, "2082102", "templates.note.class_code"},
    {"classes", "name", FieldFormat::text, "templates.example.class_name", "templates.note.class_name"},
    {"households", "head_name", FieldFormat::text, "templates.example.head_name"},
    {"households", "id_number", FieldFormat::text, "11010519491231002X", "templates.note.id_number"},
    {"households", "members", FieldFormat::integer, "4"},
    {"households", "registered", FieldFormat::yes_no, "yes", "templates.note.registered"},
    {"households", "poverty_cause", FieldFormat::text, "templates.example.poverty_cause"},
    {"allocations", "voucher", FieldFormat::text, "FP2025-0001"},
    {"allocations", "date", FieldFormat::date, "2025-03-20"},
    {"allocations", "source_doc", FieldFormat::text, "templates.example.doc_no",
     "templates.note.allocation_source"},
    {"allocations", "earmark", FieldFormat::text, "INDUSTRY", "templates.note.earmark"},
    {"allocations", "amount", FieldFormat::amount, "200000.00"},
    {"disbursements", "voucher", FieldFormat::text, "ZF2025-0001"},
    {"disbursements", "date", FieldFormat::date, "2025-04-10"},
    {"disbursements", "earmark", FieldFormat::text, "INDUSTRY", "templates.note.earmark"},
    {"disbursements", "amount", FieldFormat::amount, "5000.00"},
    {"disbursements", "payee_id", FieldFormat::text, "H0001", "templates.note.payee_id"},
    {"disbursements", "payee_name", FieldFormat::text, "templates.example.head_name"},
    {"disbursements", "payee_kind", FieldFormat::choice, "household"},
    {"disbursements", "contract", FieldFormat::text, "", "templates.note.payment_contract"},
    {"disbursements", "asset", FieldFormat::text, "", "templates.note.payment_asset"},
    {"disbursements", "source_doc", FieldFormat::text, "templates.example.doc_no",
     "templates.note.disbursement_source"},
    {"corrections", "voucher", FieldFormat::text, "CZ2025-0001"},
    {"corrections", "date", FieldFormat::date, "2025-05-10"},
    {"corrections", "kind", FieldFormat::choice, "recovery", "templates.note.correction_kind"},
    {"corrections", "target", FieldFormat::text, "ZF2025-0001", "templates.note.target"},
    {"corrections", "amount", FieldFormat::amount, "1000.00", "templates.note.correction_amount"},
    {"corrections", "to_earmark", FieldFormat::text, "", "templates.note.to_earmark"},
    {"corrections", "reason", FieldFormat::text, "templates.example.reason"},
    {"loans", "loan_id", FieldFormat::text, "DK2025-0001"},
    {"loans", "product", FieldFormat::choice, "microcredit"},
    {"loans", "bank", FieldFormat::text, "templates.example.bank"},
    {"loans", "principal", FieldFormat::amount, "50000.00"},
    {"loans", "annual_rate", FieldFormat::rate, "4.35%"},
    {"loans", "start_date", FieldFormat::date, "2025-03-01"},
    {"loans", "term_months", FieldFormat::integer, "36"},
    {"loans", "purpose", FieldFormat::text, "templates.example.loan_purpose"},
    {"loans", "overdue_since", FieldFormat::date, "", "templates.note.overdue_since"},
    {"loans", "repaid_on", FieldFormat::date, "", "templates.note.repaid_on"},
    {"loans", "written_off_on", FieldFormat::date, "", "templates.note.written_off_on"},
    {"loans", "extended_to", FieldFormat::date, "", "templates.note.extended_to"},
    // The bank's claim for the example loan's first month: 50000 × 4.35% × 31 ÷ 360 = 187.29.
    {"interest-claims", "loan_id", FieldFormat::text, "DK2025-0001", "templates.note.claim_loan"},
    {"interest-claims", "bank", FieldFormat::text, "templates.example.bank", "templates.note.claim_bank"},
    {"interest-claims", "period_from", FieldFormat::date, "2025-03-01"},
    {"interest-claims", "period_to", FieldFormat::date, "2025-03-31", "templates.note.claim_period"},
    {"interest-claims", "interest", FieldFormat::amount, "187.29", "templates.note.claim_interest"},
    {"interest-claims", "penalty", FieldFormat::amount, "0.00", "templates.note.claim_penalty"},
    {"interest-claims", "claim_no", FieldFormat::text, "TXSQ-2025-001"},
};

const Hint& hint_of(const std::string& kind, const std::string& name) {
  for (const auto& h : kHints)
    if (h.kind == kind && h.name == name) return h;
  for (const auto& h : detail::project_hints())
    if (h.kind == kind && h.name == name) return h;
  for (const auto& h : kHints)
    if (*h.kind == '\0' && h.name == name) return h;
  FL_ASSERT(false, "a reader's column has a template hint (kHints)");
  return kHints.front();
}

text::Lang text_lang(Lang lang) { return lang == Lang::en ? text::Lang::en : text::Lang::zh; }

Pairs category_pairs() {
  Pairs out;
  for (const auto& c : ledger::category_names()) out.emplace_back(c.code, c.name_zh);
  return out;
}

// The coded values of a choice column: (code, Chinese name).
Pairs choices_of(const std::string& kind, const std::string& name, const Pairs& products) {
  if (auto p = detail::project_choices(kind, name); !p.empty()) return p;
  if (name == "category") return category_pairs();
  if (name == "level") return ledger::source_levels();
  if (name == "registered" || name == "direct" || name == "to_persons") return ledger::yes_no_values();
  if (name == "fund_nature") return ledger::fund_natures();
  if (kind == "classes" && name == "scheme") return ledger::class_schemes();
  if (name == "payee_kind") return ledger::payee_kinds();
  if (kind == "corrections" && name == "kind") return ledger::correction_kinds();
  if (name == "product") return products;
  return {};
}

// Under zh the Chinese name (what a clerk picks), under en the code; both import.
std::string shown(const std::pair<const char*, const char*>& p, Lang lang) {
  return lang == Lang::en ? p.first : p.second;
}

TemplateColumn make_column(const std::string& kind, const ledger::ColumnDef& d, const Pairs& products,
                           Lang lang) {
  const Hint& h = hint_of(kind, d.name);
  TemplateColumn c;
  c.header = lang == Lang::en ? d.name : d.alias_zh;
  c.name = d.name;
  c.required = d.required;
  c.format = h.format;
  std::string example = h.example;
  if (example.rfind("templates.example.", 0) == 0) example = text::tr_in(text_lang(lang), example);
  for (const auto& p : choices_of(kind, d.name, products)) {
    c.allowed.push_back(shown(p, lang));
    if (example == p.first) example = shown(p, lang);
  }
  c.example = example;
  if (h.note) c.note = text::tr_in(text_lang(lang), h.note);
  return c;
}

const char* sheet_id(const std::string& kind) {
  static const std::map<std::string, const char*> ids = {
      {"sources", "templates.sheet.sources"},         {"households", "templates.sheet.households"},
      {"allocations", "templates.sheet.allocations"}, {"disbursements", "templates.sheet.disbursements"},
      {"corrections", "templates.sheet.corrections"}, {"loans", "templates.sheet.loans"},
      {"classes", "templates.sheet.classes"},         {"interest-claims", "templates.sheet.interest_claims"}};
  if (const char* id = detail::project_sheet_id(kind)) return id;
  return ids.at(kind);
}

std::string csv_line(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_escape(cells[i]);
  return out + "\r\n";
}

}  // namespace

std::vector<InputTemplate> input_templates(const std::vector<KindColumns>& kinds, const Pairs& products,
                                           Lang lang) {
  std::vector<InputTemplate> out;
  for (const auto& k : kinds) {
    FL_ASSERT(k.columns != nullptr, "a kind has its columns");
    InputTemplate t;
    t.kind = k.kind;
    t.title = text::tr_in(text_lang(lang), sheet_id(k.kind));
    for (const auto& d : *k.columns) t.columns.push_back(make_column(k.kind, d, products, lang));
    out.push_back(std::move(t));
  }
  return out;
}

std::string template_csv(const InputTemplate& t) {
  std::vector<std::string> header, example;
  for (const auto& c : t.columns) {
    header.push_back(c.header);
    example.push_back(c.example);
  }
  return "\xEF\xBB\xBF" + csv_line(header) + csv_line(example);
}

std::string format_description(FieldFormat f, Lang lang) {
  static const std::map<FieldFormat, const char*> ids = {
      {FieldFormat::text, "templates.format.text"},       {FieldFormat::amount, "templates.format.amount"},
      {FieldFormat::date, "templates.format.date"},       {FieldFormat::year, "templates.format.year"},
      {FieldFormat::integer, "templates.format.integer"}, {FieldFormat::rate, "templates.format.rate"},
      {FieldFormat::choice, "templates.format.choice"},   {FieldFormat::yes_no, "templates.format.yes_no"},
      {FieldFormat::list, "templates.format.list"}};
  return text::tr_in(text_lang(lang), ids.at(f));
}

}  // namespace fundledger::reports
