// Verbs of fund tracing and audit: trace (lineage of a payment / where a source went) and audit.
#include <iostream>

#include "audit/audit.hpp"
#include "audit/trace.hpp"
#include "cli/cli.hpp"
#include "cli/trace_asset.hpp"
#include "ledger/kept_head.hpp"
#include "reports/table.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

using nlohmann::json;

Verb register_trace(CLI::App& app, Globals& g);
Verb register_audit(CLI::App& app, Globals& g);

namespace {

std::string pad(const std::string& s, std::size_t width) {
  auto w = reports::display_width(s);
  return w >= width ? s + " " : s + std::string(width - w, ' ');
}
std::string rpad(const std::string& s, std::size_t width) {
  auto w = reports::display_width(s);
  return w >= width ? " " + s : std::string(width - w, ' ') + s;
}
std::string yuan(const Money& m) { return format_yuan(m, true); }

// One element of a streamed JSON array, in the layout of print_json (indent 2, nested once).
void stream_json_item(std::ostream& out, const json& j, bool& first) {
  std::string s = j.dump(2);
  std::string ind;
  for (char c : s) {
    ind += c;
    if (c == '\n') ind += "    ";
  }
  out << (first ? "\n    " : ",\n    ") << ind;
  first = false;
}

json trace_voucher_json(const audit::VoucherTrace& t) {
  json sources = json::array();
  for (const auto& s : t.sources) {
    json lots = json::array();
    for (const auto& l : s.lots)
      lots.push_back({{"voucher", l.lot}, {"date", l.lot_date}, {"amount", money_json(l.amount)}});
    sources.push_back({{"doc_no", s.doc_no},
                       {"category", s.category},
                       {"amount", money_json(s.amount)},
                       {"allocations", lots}});
  }
  json corrections = json::array();
  for (const auto& c : t.corrections)
    corrections.push_back({{"voucher", c.voucher},
                           {"date", c.date},
                           {"kind", c.kind},
                           {"reason", c.reason},
                           {"amount", money_json(c.amount)}});
  return {{"voucher", t.voucher},
          {"date", t.date},
          {"amount", money_json(t.amount)},
          {"gross", money_json(t.gross)},
          {"earmark", t.earmark},
          {"fiscal_year", t.fiscal_year},
          {"payee_id", t.payee_id},
          {"payee_name", t.payee_name},
          {"payee_kind", t.payee_kind},
          {"town", t.town},
          {"village", t.village},
          {"project", t.project},
          {"sources", sources},
          {"corrections", corrections}};
}

int print_trace_voucher(Globals& g, store::Repository& repo, const std::string& voucher) {
  auto t = audit::trace_voucher(repo, voucher);
  if (!t) throw UsageError(text::tr("cli.trace_no_payment", text::arg("voucher", voucher)));
  if (g.format == "json") {
    print_json(trace_voucher_json(*t));
    return kExitOk;
  }
  reports::Table tab;
  tab.columns = {{"doc_no", "来源文号", "Document"},
                 {"category", "类别", "Category"},
                 {"allocation", "分配凭证", "Allocation"},
                 {"allocation_date", "分配日期", "Allocated on"},
                 {"amount", "金额", "Amount", reports::ColType::money}};
  for (const auto& s : t->sources)
    for (const auto& l : s.lots) tab.rows.push_back({s.doc_no, s.category, l.lot, l.lot_date, l.amount});
  if (g.format == "csv") {
    std::cout << reports::render_csv(tab);
    return kExitOk;
  }
  tab.total = std::vector<reports::Cell>{text::tr("cli.trace.total"), {}, {}, {}, t->amount};
  std::cout << text::tr("cli.trace.payment", text::arg("voucher", t->voucher), text::arg("date", t->date),
                        text::arg("amount", yuan(t->amount)))
            << "\n"
            << text::tr("cli.trace.payment_to", text::arg("year", t->fiscal_year),
                        text::arg("earmark", t->earmark), text::arg("payee", t->payee_id),
                        text::arg("name", t->payee_name), text::arg("kind", t->payee_kind));
  if (!t->town.empty()) std::cout << "  " << t->town;
  if (!t->village.empty()) std::cout << " " << t->village;
  std::cout << "\n";
  for (const auto& c : t->corrections)
    std::cout << text::tr("cli.trace.correction", text::arg("voucher", c.voucher), text::arg("date", c.date),
                          text::arg("kind", c.kind), text::arg("amount", yuan(c.amount)),
                          text::arg("reason", c.reason))
              << "\n";
  tab.title = text::tr("cli.trace.sources");
  std::cout << reports::render_text(tab, g.language(), Unit::yuan);
  return kExitOk;
}

int print_trace_source_by(Globals& g, store::Repository& repo, const audit::SourceHead& h,
                          const std::string& by) {
  auto rows = audit::summarize_source(repo, h.doc_no, by);
  Money unallocated = h.amount - h.allocated, undisbursed = h.allocated - h.disbursed;
  if (g.format == "json") {
    json jr = json::array();
    Money ta, td;
    long tp = 0;
    for (const auto& r : rows) {
      jr.push_back({{"key", r.key},
                    {"name", r.name},
                    {"allocated", money_json(r.allocated)},
                    {"disbursed", money_json(r.disbursed)},
                    {"payments", r.payments}});
      ta += r.allocated;
      td += r.disbursed;
      tp += r.payments;
    }
    print_json(
        {{"doc_no", h.doc_no},
         {"category", h.category},
         {"amount", money_json(h.amount)},
         {"by", by},
         {"rows", jr},
         {"total",
          {{"key", "total"}, {"allocated", money_json(ta)}, {"disbursed", money_json(td)}, {"payments", tp}}},
         {"unallocated", money_json(unallocated)},
         {"undisbursed", money_json(undisbursed)}});
    return kExitOk;
  }
  reports::Table t;
  static const std::map<std::string, std::pair<const char*, const char*>> keys = {
      {"town", {"镇", "Town"}}, {"payee", {"收款人编号", "Payee"}}, {"earmark", {"用途", "Earmark"}}};
  t.columns = {{"key", keys.at(by).first, keys.at(by).second},
               {"name", "名称", "Name"},
               {"allocated", "已分配", "Allocated", reports::ColType::money},
               {"disbursed", "已支付", "Disbursed", reports::ColType::money},
               {"payments", "笔数", "Payments", reports::ColType::integer}};
  Money ta, td;
  std::int64_t tp = 0;
  for (const auto& r : rows) {
    t.rows.push_back({r.key, r.name, r.allocated, r.disbursed, std::int64_t{r.payments}});
    ta += r.allocated;
    td += r.disbursed;
    tp += r.payments;
  }
  if (g.format == "csv") {
    std::cout << reports::render_csv(t);
    return kExitOk;
  }
  t.total = std::vector<reports::Cell>{text::tr("cli.trace.total"), {}, ta, td, tp};
  t.title = text::tr("cli.trace.where_went", text::arg("doc", h.doc_no), text::arg("category", h.category),
                     text::arg("amount", yuan(h.amount)));
  std::cout << reports::render_text(t, g.language(), Unit::yuan);
  std::cout << text::tr("cli.trace.left", text::arg("unallocated", yuan(unallocated)),
                        text::arg("undisbursed", yuan(undisbursed)))
            << "\n";
  return kExitOk;
}

// trace --source streams: a large source's rows are written as SQLite produces them.
// trace --source as JSON, streamed (a document may have paid a million households): the keys in
// the order print_json (nlohmann, sorted) would write them.
void trace_source_json(store::Repository& repo, const audit::SourceHead& head, std::ostream& out) {
  const std::string& doc = head.doc_no;
  Money unallocated = head.amount - head.allocated, undisbursed = head.allocated - head.disbursed;
  bool first = true;
  out << "{\n  \"allocated\": [";
  audit::for_each_allocated(repo, doc, [&](const audit::AllocatedRow& r) {
    stream_json_item(out,
                     {{"voucher", r.voucher},
                      {"date", r.date},
                      {"fiscal_year", r.fiscal_year},
                      {"earmark", r.earmark},
                      {"town", r.town},
                      {"project", r.project},
                      {"amount", money_json(r.amount)}},
                     first);
  });
  out << (first ? "]" : "\n  ]") << ",\n";
  out << "  \"allocated_total\": " << json(money_json(head.allocated)).dump() << ",\n";
  out << "  \"amount\": " << json(money_json(head.amount)).dump() << ",\n";
  out << "  \"category\": " << json(head.category).dump() << ",\n";
  first = true;
  out << "  \"disbursed\": [";
  audit::for_each_disbursed(repo, doc, [&](const audit::DisbursedRow& r) {
    stream_json_item(out,
                     {{"voucher", r.voucher},
                      {"date", r.date},
                      {"fiscal_year", r.fiscal_year},
                      {"earmark", r.earmark},
                      {"payee_id", r.payee_id},
                      {"payee_name", r.payee_name},
                      {"town", r.town},
                      {"village", r.village},
                      {"amount", money_json(r.amount)}},
                     first);
  });
  out << (first ? "]" : "\n  ]") << ",\n";
  out << "  \"disbursed_total\": " << json(money_json(head.disbursed)).dump() << ",\n";
  out << "  \"doc_no\": " << json(head.doc_no).dump() << ",\n";
  out << "  \"fiscal_year\": " << head.fiscal_year << ",\n";
  out << "  \"name\": " << json(head.name).dump() << ",\n";
  out << "  \"received_on\": " << json(head.received_on).dump() << ",\n";
  first = true;
  out << "  \"reduced\": [";
  for (const auto& r : head.reductions)
    stream_json_item(out,
                     {{"reduction_id", r.reduction_id},
                      {"kind", r.kind},
                      {"date", calendar::format_date(r.date)},
                      {"doc_no", r.doc_no.value_or("")},
                      {"amount", money_json(r.amount)}},
                     first);
  out << (first ? "]" : "\n  ]") << ",\n";
  out << "  \"reduced_total\": " << json(money_json(head.reduced)).dump() << ",\n";
  first = true;
  out << "  \"settlements\": [";
  for (const auto& a : head.settlements)
    stream_json_item(out,
                     {{"settle_id", a.settle_id},
                      {"date", calendar::format_date(a.date)},
                      {"advance", a.advance_doc},
                      {"source_doc", a.source_doc},
                      {"doc_no", a.doc_no.value_or("")},
                      {"amount", money_json(a.amount)}},
                     first);
  out << (first ? "]" : "\n  ]") << ",\n";
  out << "  \"settled_total\": " << json(money_json(head.settled)).dump() << ",\n";
  out << "  \"undisbursed\": " << json(money_json(undisbursed)).dump() << ",\n";
  out << "  \"unallocated\": " << json(money_json(unallocated)).dump() << "\n}\n";
}

void trace_source_csv(store::Repository& repo, const std::string& doc, std::ostream& out) {
  out << "section,voucher,date,fiscal_year,earmark,payee_id,town,amount\n";
  audit::for_each_allocated(repo, doc, [&](const audit::AllocatedRow& r) {
    out << "allocated," << reports::csv_escape(r.voucher) << "," << r.date << "," << r.fiscal_year << ","
        << reports::csv_escape(r.earmark) << ",," << reports::csv_escape(r.town) << ","
        << money_json(r.amount) << "\n";
  });
  audit::for_each_disbursed(repo, doc, [&](const audit::DisbursedRow& r) {
    out << "disbursed," << reports::csv_escape(r.voucher) << "," << r.date << "," << r.fiscal_year << ","
        << reports::csv_escape(r.earmark) << "," << reports::csv_escape(r.payee_id) << ","
        << reports::csv_escape(r.town) << "," << money_json(r.amount) << "\n";
  });
}

// The settlements of advances a source takes part in: as the settling source, or as the advance.
void trace_settlements_text(const audit::SourceHead& head, std::ostream& out) {
  if (!head.settlements.empty()) out << text::tr("cli.trace.settlements") << "\n";
  for (const auto& a : head.settlements) {
    const bool gave = a.source_doc == head.doc_no;
    out << "  " << pad(a.settle_id, 18) << pad(calendar::format_date(a.date), 12)
        << pad(text::tr(gave ? "cli.trace.settled_advance" : "cli.trace.settled_by",
                        text::arg("doc", gave ? a.advance_doc : a.source_doc)),
               34)
        << pad(a.doc_no.value_or(""), 24) << rpad(yuan(a.amount), 18) << "\n";
  }
}

void trace_source_text(store::Repository& repo, const audit::SourceHead& head, std::ostream& out) {
  const std::string& doc = head.doc_no;
  Money unallocated = head.amount - head.allocated, undisbursed = head.allocated - head.disbursed;
  out << text::tr("cli.trace.source", text::arg("doc", head.doc_no), text::arg("name", head.name),
                  text::arg("category", head.category), text::arg("received", head.received_on),
                  text::arg("amount", yuan(head.amount)))
      << "\n";
  out << text::tr("cli.trace.allocated") << "\n";
  audit::for_each_allocated(repo, doc, [&](const audit::AllocatedRow& r) {
    out << "  " << pad(r.voucher, 18) << pad(r.date, 12)
        << pad(std::to_string(r.fiscal_year) + "/" + r.earmark, 24) << pad(r.town, 12)
        << rpad(yuan(r.amount), 18) << "\n";
  });
  out << text::tr("cli.trace.disbursed") << "\n";
  audit::for_each_disbursed(repo, doc, [&](const audit::DisbursedRow& r) {
    out << "  " << pad(r.voucher, 18) << pad(r.date, 12)
        << pad(std::to_string(r.fiscal_year) + "/" + r.earmark, 24)
        << pad(r.payee_id + " " + r.payee_name, 28) << pad(r.town, 12) << rpad(yuan(r.amount), 18) << "\n";
  });
  if (!head.reductions.empty()) out << text::tr("cli.trace.reduced") << "\n";
  for (const auto& r : head.reductions)
    out << "  " << pad(r.reduction_id, 18) << pad(calendar::format_date(r.date), 12)
        << pad(text::tr(r.kind == "recall" ? "cli.trace.kind.recall" : "cli.trace.kind.reduce"), 10)
        << pad(r.doc_no.value_or(""), 24) << rpad(yuan(r.amount), 18) << "\n";
  trace_settlements_text(head, out);
  out << text::tr("cli.trace.totals", text::arg("allocated", yuan(head.allocated)),
                  text::arg("disbursed", yuan(head.disbursed)), text::arg("unallocated", yuan(unallocated)),
                  text::arg("undisbursed", yuan(undisbursed)))
      << "\n";
  if (!head.reductions.empty() || head.settled.is_positive())
    out << text::tr("cli.trace.reduced_total", text::arg("reduced", yuan(head.reduced)),
                    text::arg("settled", yuan(head.settled)),
                    text::arg("available", yuan(unallocated - head.reduced - head.settled)))
        << "\n";
}

int print_trace_source(Globals& g, store::Repository& repo, const std::string& doc, const std::string& by) {
  auto h = audit::source_head(repo, doc);
  if (!h) throw UsageError(text::tr("cli.trace_no_source", text::arg("doc", doc)));
  if (!by.empty()) return print_trace_source_by(g, repo, *h, by);
  if (g.format == "json")
    trace_source_json(repo, *h, std::cout);
  else if (g.format == "csv")
    trace_source_csv(repo, doc, std::cout);
  else
    trace_source_text(repo, *h, std::cout);
  return kExitOk;
}

json finding_json(const audit::Finding& f) {
  return {{"code", f.code},
          {"severity", audit::detail::severity_name(f.severity)},
          {"rule", f.rule ? json(*f.rule) : json(nullptr)},
          {"overridden", f.overridden},
          {"message", f.message},
          {"subject", f.subject},
          {"evidence", f.evidence}};
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

}  // namespace

Verb register_trace(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("trace", text::tr("help.trace"));
  cmd->footer(text::tr("help.trace.footer"));
  auto voucher = std::make_shared<std::string>();
  auto source = std::make_shared<std::string>();
  auto by = std::make_shared<std::string>();
  auto asset = std::make_shared<std::string>();
  auto* ov = cmd->add_option("--voucher", *voucher, text::tr("help.trace.voucher"));
  auto* os = cmd->add_option("--source", *source, text::tr("help.trace.source"));
  auto* oa = cmd->add_option("--asset", *asset, text::tr("help.trace.asset"));
  ov->excludes(os);
  oa->excludes(ov)->excludes(os);
  cmd->add_option("--by", *by, text::tr("help.trace.by"))->check(CLI::IsMember({"town", "payee", "earmark"}));
  return {cmd, [&g, voucher, source, by, asset] {
            if (!asset->empty()) {
              if (!by->empty()) throw UsageError(text::tr("cli.trace_by_needs_source"));
              auto repo = g.open(false);
              return print_trace_asset(g, *repo, *asset);
            }
            if (voucher->empty() == source->empty())
              throw UsageError(text::tr("cli.trace_voucher_or_source"));
            if (!by->empty() && source->empty()) throw UsageError(text::tr("cli.trace_by_needs_source"));
            auto repo = g.open(false);
            return voucher->empty() ? print_trace_source(g, *repo, *source, *by)
                                    : print_trace_voucher(g, *repo, *voucher);
          }};
}

namespace {

// --chain-verified N:HEX, the full 64-digit head (a prefix would not name one head).
std::optional<store::ChainHead> chain_verified_option(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto k = ledger::parse_kept_head(text);
  if (!k || k->hex.size() != 64)
    throw UsageError(
        fundledger::text::tr("cli.chain_verified_invalid", fundledger::text::arg("value", text)));
  return store::ChainHead{k->entries, k->hex};
}

// The audit as text: a summary line, then each finding with its severity, code, rule, message and evidence.
void print_audit_text(const audit::Context& ctx, const std::vector<audit::Finding>& findings,
                      const audit::Counts& counts) {
  using fundledger::text::arg;
  using fundledger::text::tr;
  std::cout << (ctx.year ? tr("audit.summary_year", arg("as_of", ctx.as_of), arg("year", *ctx.year),
                              arg("errors", counts.error), arg("warnings", counts.warn))
                         : tr("audit.summary", arg("as_of", ctx.as_of), arg("errors", counts.error),
                              arg("warnings", counts.warn)))
            << "\n";
  for (const auto& f : findings) {
    std::string severity =
        tr(f.severity == audit::Severity::warn ? "audit.severity_warn" : "audit.severity_error");
    if (f.overridden) severity = tr("audit.overridden", arg("severity", severity));
    std::cout << "[" << severity << "] " << f.code;
    if (f.rule) std::cout << " (" << *f.rule << ")";
    std::cout << "\n  " << f.message << "\n  "
              << tr("audit.evidence", arg("evidence", join(f.evidence, ", "))) << "\n";
  }
}

}  // namespace

Verb register_audit(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("audit", text::tr("help.audit"));
  cmd->footer(text::tr("help.audit.footer"));
  auto year = std::make_shared<int>(0);
  auto as_of = std::make_shared<std::string>();
  cmd->add_option("--year", *year, text::tr("help.audit.year"));
  cmd->add_option("--as-of", *as_of, text::tr("help.audit.as_of"));
  // Not for people (hidden): export audit passes the head its verify step found on the package's
  // own snapshot, so the chain is walked once per package (audit.hpp, Context::chain_verified).
  auto chain_verified = std::make_shared<std::string>();
  cmd->add_option("--chain-verified", *chain_verified)->group("");
  return {
      cmd, [&g, year, as_of, chain_verified] {
        audit::Context ctx;
        ctx.as_of = g.as_of(*as_of);
        if (*year != 0) ctx.year = *year;
        auto verified = chain_verified_option(*chain_verified);
        const auto& work = g.work_calendar();
        auto repo = g.open(false);
        auto findings = audit::full_audit(*repo, ctx.year, ctx.as_of, work, verified);
        auto counts = audit::count(findings);
        if (g.format == "json") {
          json jf = json::array();
          for (const auto& f : findings) jf.push_back(finding_json(f));
          print_json({{"as_of", ctx.as_of},
                      {"year", ctx.year ? json(*ctx.year) : json(nullptr)},
                      {"findings", jf},
                      {"counts", {{"error", counts.error}, {"warn", counts.warn}}}});
        } else if (g.format == "csv") {
          reports::Table t;
          t.columns = {{"code", "", ""},       {"severity", "", ""}, {"rule", "", ""},
                       {"overridden", "", ""}, {"message", "", ""},  {"evidence", "", ""}};
          for (const auto& f : findings)
            t.rows.push_back({f.code, audit::detail::severity_name(f.severity), f.rule.value_or(""),
                              std::string(f.overridden ? "yes" : "no"), f.message, join(f.evidence, ";")});
          std::cout << reports::render_csv(t);
        } else {
          print_audit_text(ctx, findings, counts);
        }
        return counts.error > 0 ? kExitFindings : kExitOk;
      }};
}

namespace {
const VerbRegistration reg_trace(60, register_trace);
const VerbRegistration reg_audit(50, register_audit);
}  // namespace

}  // namespace fundledger::cli
