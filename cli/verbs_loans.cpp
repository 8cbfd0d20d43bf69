// Verbs of the loan register: `import loans`, `subsidy` (贴息) and the `loans` report.
#include <iostream>
#include <set>

#include "cli/cli.hpp"
#include "entries/entries.hpp"
#include "ledger/ledger.hpp"
#include "loans/loans.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

using calendar::Date;
using calendar::DayCount;
using nlohmann::json;

namespace {

// ---- loan_terms parameters -----------------------------------------------------------------------
//
// The parameters come from the loan_terms rules in force (engine/rules: rules::loan_terms_for, the
// tightest of each limit when several rules name the product). Command-line caps (--household-cap
// etc.) take precedence over them, for what-if runs and for ledgers without rules.

// Overrides from the command line: PRODUCT=VALUE, repeatable.
struct CliCaps {
  std::vector<std::string> principal, rate, household;
};

loans::TermsLookup terms_lookup(store::Repository& repo, const CliCaps& caps) {
  std::map<std::string, loans::ProductTerms> cli;
  auto split_kv = [](const std::string& s, const char* opt) {
    auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0)
      throw UsageError(std::string(opt) + " \"" + s + "\": expected PRODUCT=VALUE (5321=1万)");
    return std::make_pair(s.substr(0, eq), s.substr(eq + 1));
  };
  auto amount = [](const std::string& v, const char* opt) {
    auto r = parse_amount(v);
    if (!r) throw UsageError(std::string(opt) + ": " + r.error);
    if (r.value->is_negative()) throw UsageError(std::string(opt) + ": a cap cannot be negative");
    return *r.value;
  };
  for (const auto& s : caps.principal) {
    auto [p, v] = split_kv(s, "--principal-cap");
    cli[p].subsidised_principal_max = amount(v, "--principal-cap");
  }
  for (const auto& s : caps.household) {
    auto [p, v] = split_kv(s, "--household-cap");
    cli[p].subsidy_max_per_household = amount(v, "--household-cap");
  }
  for (const auto& s : caps.rate) {
    auto [p, v] = split_kv(s, "--rate-cap");
    auto r = parse_rate(v);
    if (!r) throw UsageError("--rate-cap: " + r.error);
    cli[p].subsidy_rate_max = *r.value;
  }
  auto cache = std::make_shared<std::map<std::pair<std::string, int>, std::optional<loans::ProductTerms>>>();
  return [&repo, cli, cache](const std::string& product, int year) -> std::optional<loans::ProductTerms> {
    auto key = std::make_pair(product, year);
    if (auto it = cache->find(key); it != cache->end()) return it->second;
    std::optional<loans::ProductTerms> out;
    if (auto lt = rules::loan_terms_for(repo, product, year)) {
      loans::ProductTerms t;
      for (const auto& id : lt->rule_ids) t.rule_id += (t.rule_id.empty() ? "" : "+") + id;
      t.severity = lt->severity == rules::Severity::error ? "error" : "warn";
      t.principal_max = lt->principal_max;
      if (lt->term_months_max) t.term_months_max = *lt->term_months_max;
      t.subsidised_principal_max = lt->subsidised_principal_max;
      t.subsidy_rate_max = lt->subsidy_rate_max;
      t.subsidy_max_per_household = lt->subsidy_max_per_household;
      out = std::move(t);
    }
    if (auto it = cli.find(product); it != cli.end()) {
      if (!out) out = loans::ProductTerms{};
      const auto& c = it->second;
      if (c.subsidised_principal_max) out->subsidised_principal_max = c.subsidised_principal_max;
      if (c.subsidy_rate_max) out->subsidy_rate_max = c.subsidy_rate_max;
      if (c.subsidy_max_per_household) out->subsidy_max_per_household = c.subsidy_max_per_household;
      out->rule_id += std::string(out->rule_id.empty() ? "" : "+") + "command line";
    }
    (*cache)[key] = out;
    return out;
  };
}

// ---- import loans ------------------------------------------------------------------------------

int import_loans_handler(Globals& g, const std::string& file,
                         const std::optional<std::string>& override_reason) {
  auto repo = g.open(true);
  loans::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  opt.override_reason = override_reason;
  opt.terms = terms_lookup(*repo, {});
  opt.sheet = g.sheet;
  auto rep = loans::import_loans(*repo, file, opt);
  for (const auto& w : rep.warnings) std::cerr << w.str() << "\n";
  if (g.format == "json") {
    json warnings = json::array();
    for (const auto& w : rep.warnings) warnings.push_back(w.str());
    print_json({{"kind", rep.kind},
                {"file", rep.file},
                {"added", rep.added},
                {"skipped", rep.skipped},
                {"warnings", warnings}});
  } else {
    std::cout << import_summary("loans", rep.file, rep.added, rep.skipped) << "\n";
  }
  return kExitOk;
}

// ---- subsidy -----------------------------------------------------------------------------------

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

reports::Table loan_table(const loans::SubsidyResult& r, bool zh) {
  using reports::ColType;
  reports::Table t;
  t.columns = {{"loan_id", "贷款编号", "Loan", ColType::text},
               {"household_id", "户编号", "Household", ColType::text},
               {"product", "产品", "Product", ColType::text},
               {"principal", "本金", "Principal", ColType::money},
               {"annual_rate", "年利率", "Rate", ColType::text},
               {"from", "起息日", "From", ColType::text},
               {"to", "止息日(不含)", "To (excl.)", ColType::text},
               {"days", "天数", "Days", ColType::integer},
               {"uncapped", "未封顶贴息", "Uncapped", ColType::money},
               {"subsidy", "贴息", "Subsidy", ColType::money},
               {"reason", "核减原因", "Reason for cut", ColType::text}};
  Money uncapped;
  for (const auto& s : r.loans) {
    uncapped += s.uncapped;
    t.rows.push_back({s.loan->loan_id, s.loan->household_id, s.loan->product, s.loan->principal,
                      s.loan->annual_rate_text, calendar::format_date(s.period.begin),
                      calendar::format_date(s.period.end), std::int64_t{s.days}, s.uncapped, s.subsidy,
                      join(zh ? s.reasons_zh : s.reasons, "; ")});
  }
  t.total = std::vector<reports::Cell>{
      std::string(zh ? "合计" : "Total"), {}, {}, {}, {}, {}, {}, {}, uncapped, r.total, {}};
  return t;
}

reports::Table household_table(const loans::SubsidyResult& r, bool zh) {
  using reports::ColType;
  reports::Table t;
  t.columns = {{"household_id", "户编号", "Household", ColType::text},
               {"head_name", "户主", "Head", ColType::text},
               {"town", "镇", "Town", ColType::text},
               {"village", "村", "Village", ColType::text},
               {"uncapped", "封顶前", "Before cap", ColType::money},
               {"subsidy", "贴息", "Subsidy", ColType::money},
               {"reason", "核减原因", "Reason for cut", ColType::text}};
  Money uncapped;
  for (const auto& h : r.households) {
    uncapped += h.uncapped;
    t.rows.push_back({h.household_id, h.head_name, h.town, h.village, h.uncapped, h.subsidy,
                      join(zh ? h.reasons_zh : h.reasons, "; ")});
  }
  t.total = std::vector<reports::Cell>{std::string(zh ? "合计" : "Total"), {}, {}, {}, uncapped, r.total, {}};
  return t;
}

json subsidy_json(const loans::SubsidyResult& r) {
  json loans_j = json::array(), households_j = json::array();
  for (const auto& s : r.loans)
    loans_j.push_back({{"loan_id", s.loan->loan_id},
                       {"household_id", s.loan->household_id},
                       {"product", s.loan->product},
                       {"bank", s.loan->bank},
                       {"days", s.days},
                       {"from", calendar::format_date(s.period.begin)},
                       {"to", calendar::format_date(s.period.end)},
                       {"principal", money_json(s.loan->principal)},
                       {"annual_rate", s.loan->annual_rate_text},
                       {"rate_applied", loans::rate_text(s.rate_applied)},
                       {"uncapped", money_json(s.uncapped)},
                       {"eligible", money_json(s.eligible)},
                       {"subsidy", money_json(s.subsidy)},
                       {"reasons", s.reasons}});
  for (const auto& h : r.households)
    households_j.push_back({{"household_id", h.household_id},
                            {"head_name", h.head_name},
                            {"town", h.town},
                            {"village", h.village},
                            {"uncapped", money_json(h.uncapped)},
                            {"subsidy", money_json(h.subsidy)},
                            {"reasons", h.reasons}});
  return {{"year", r.year},
          {"basis", r.basis == DayCount::act360 ? "act360" : "act365"},
          {"loans", loans_j},
          {"households", households_j},
          {"total", money_json(r.total)}};
}

struct PostResult {
  long added = 0, skipped = 0;
};

// Records one disbursement per household through ledger::post (the import's invariants, rules
// gate and idempotency): voucher TX-<year>-<household>, from `earmark` of fiscal year `year`. A
// rejected posting writes nothing.
PostResult post_subsidy(Globals& g, store::Repository& repo, const loans::SubsidyResult& r,
                        const std::string& earmark, const std::string& date) {
  auto paid_on = calendar::parse_date(date);
  if (!paid_on) throw UsageError("--date: " + paid_on.error);
  std::vector<entries::Body> payments;
  for (const auto& h : r.households) {
    if (!h.subsidy.is_positive()) continue;
    entries::Disbursement d;
    d.voucher = "TX-" + std::to_string(r.year) + "-" + h.household_id;
    d.date = *paid_on.value;
    d.fiscal_year = r.year;
    d.earmark = earmark;
    d.amount = h.subsidy;
    d.payee_id = h.household_id;
    d.payee_name = h.head_name;
    d.payee_kind = "household";
    d.project = "贷款贴息";
    d.note = std::to_string(r.year) + "年贷款贴息 " + (r.basis == DayCount::act360 ? "ACT/360" : "ACT/365");
    payments.emplace_back(std::move(d));
  }
  ledger::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  std::unique_ptr<ledger::ImportGate> gate;
  if (gate_factory()) gate = gate_factory()(repo);
  opt.gate = gate.get();
  auto rep = ledger::post(repo, "subsidy --post --year " + std::to_string(r.year), std::move(payments), opt);
  return {rep.added, rep.skipped};
}

// The options of `subsidy`.
struct SubsidyOpts {
  int year = 0;
  std::string basis = "act360", earmark, date, by;
  bool post = false;
  CliCaps caps;
};

// Checks the options that go together; the payment date (default the year's last day).
std::string subsidy_date(const SubsidyOpts& o) {
  if (o.year < 1900 || o.year > 2999) throw UsageError("--year " + std::to_string(o.year) + " is not a year");
  if (o.post && o.earmark.empty())
    throw UsageError("--post needs --earmark CODE (the interest-subsidy earmark to pay from)");
  if (!o.post && (!o.earmark.empty() || !o.date.empty()))
    throw UsageError("--earmark and --date go with --post");
  // A what-if never pays anyone: what --post records is the subsidy under the rules in force.
  for (const auto* what_if : {&o.caps.principal, &o.caps.rate, &o.caps.household})
    if (o.post && !what_if->empty())
      throw UsageError(
          "--principal-cap, --rate-cap and --household-cap are what-ifs and are never posted: run subsidy "
          "with them to see the effect, and --post without them to record the subsidy under the rules in "
          "force");
  std::string date = std::to_string(o.year) + "-12-31";
  if (!o.date.empty()) {
    auto d = calendar::parse_date(o.date);
    if (!d) throw UsageError("--date: " + d.error);
    date = calendar::format_date(*d.value);
  }
  return date;
}

void print_subsidy_text(Globals& g, const loans::SubsidyResult& r, const std::string& by,
                        const std::optional<PostResult>& posted, const std::string& earmark,
                        const std::string& date) {
  bool zh = g.lang != "en";
  std::string basis = r.basis == DayCount::act360 ? "ACT/360" : "ACT/365";
  if (by != "household") {
    auto t = loan_table(r, zh);
    t.title = zh ? std::to_string(r.year) + "年贷款贴息(按笔," + basis + ")"
                 : "Interest subsidy " + std::to_string(r.year) + " by loan (" + basis + ")";
    std::cout << reports::render_text(t, g.language(), Unit::yuan);
  }
  if (by.empty()) std::cout << "\n";
  if (by != "loan") {
    auto t = household_table(r, zh);
    t.title = zh ? std::to_string(r.year) + "年贷款贴息(按户)"
                 : "Interest subsidy " + std::to_string(r.year) + " by household";
    std::cout << reports::render_text(t, g.language(), Unit::yuan);
  }
  if (posted)
    std::cout << text::tr_in(zh ? text::Lang::zh : text::Lang::en, "import.subsidy_posted",
                             text::arg("added", posted->added), text::arg("skipped", posted->skipped),
                             text::arg("earmark", earmark), text::arg("date", date))
              << "\n";
}

Verb register_subsidy(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("subsidy", text::tr("help.subsidy"));
  cmd->footer(text::tr("help.subsidy.footer"));

  auto o = std::make_shared<SubsidyOpts>();
  cmd->add_option("--year", o->year, text::tr("help.subsidy.year"))->required();
  cmd->add_option("--basis", o->basis, text::tr("help.subsidy.basis"))
      ->check(CLI::IsMember({"act360", "act365"}));
  cmd->add_flag("--post", o->post, text::tr("help.subsidy.post"));
  cmd->add_option("--earmark", o->earmark, text::tr("help.subsidy.earmark"));
  cmd->add_option("--date", o->date, text::tr("help.subsidy.date"));
  cmd->add_option("--by", o->by, text::tr("help.subsidy.by"))->check(CLI::IsMember({"loan", "household"}));
  cmd->add_option("--principal-cap", o->caps.principal, text::tr("help.subsidy.principal_cap"));
  cmd->add_option("--rate-cap", o->caps.rate, text::tr("help.subsidy.rate_cap"));
  cmd->add_option("--household-cap", o->caps.household, text::tr("help.subsidy.household_cap"));
  return {
      cmd, [&g, o] {
        std::string date = subsidy_date(*o);
        auto repo = g.open(o->post);
        auto all = loans::load_loans(*repo);
        auto terms = terms_lookup(*repo, o->caps);
        auto r = loans::compute_subsidy(all, o->year, *calendar::parse_day_count(o->basis), terms);
        std::optional<PostResult> posted;
        if (o->post) posted = post_subsidy(g, *repo, r, o->earmark, date);
        bool zh = g.lang != "en";
        if (g.format == "json") {
          json j = subsidy_json(r);
          if (posted)
            j["posted"] = {{"earmark", o->earmark},
                           {"date", date},
                           {"added", posted->added},
                           {"skipped", posted->skipped}};
          print_json(j);
        } else if (g.format == "csv") {
          std::cout << reports::render_csv(o->by == "household" ? household_table(r, zh) : loan_table(r, zh));
        } else {
          print_subsidy_text(g, r, o->by, posted, o->earmark, date);
        }
        return kExitOk;
      }};
}

// ---- loans report ------------------------------------------------------------------------------

// One row of the loan register: loans and principal lent, outstanding, overdue, written off.
struct LoanAgg {
  std::int64_t count = 0;
  Money lent, outstanding, overdue, written_off;
};

// The loans started by `date`, grouped by product, bank, town, village or household, and in total.
std::pair<std::map<std::string, LoanAgg>, LoanAgg> aggregate_loans(const std::vector<loans::Loan>& all,
                                                                   const std::string& by_key,
                                                                   const Date& date) {
  std::map<std::string, LoanAgg> rows;
  LoanAgg total;
  for (const auto& l : all) {
    if (l.start_date > date) continue;
    std::string key = by_key == "product"   ? l.product
                      : by_key == "bank"    ? l.bank
                      : by_key == "town"    ? l.town
                      : by_key == "village" ? l.town + "/" + l.village
                                            : l.household_id;
    bool closed = (l.repaid_on && *l.repaid_on <= date) || (l.written_off_on && *l.written_off_on <= date);
    for (LoanAgg* a : {&rows[key], &total}) {
      ++a->count;
      a->lent += l.principal;
      if (!closed) a->outstanding += l.principal;
      if (!closed && l.overdue_since && *l.overdue_since <= date) a->overdue += l.principal;
      if (l.written_off_on && *l.written_off_on <= date) a->written_off += l.principal;
    }
  }
  return {rows, total};
}

json loans_json(const std::map<std::string, LoanAgg>& rows, const LoanAgg& total, const std::string& by,
                const std::string& as_of) {
  auto row_j = [](const std::string& key, const LoanAgg& a) {
    return json{{"key", key},
                {"loans", a.count},
                {"principal", money_json(a.lent)},
                {"outstanding", money_json(a.outstanding)},
                {"overdue", money_json(a.overdue)},
                {"written_off", money_json(a.written_off)}};
  };
  json arr = json::array();
  for (const auto& [k, a] : rows) arr.push_back(row_j(k, a));
  return {{"by", by}, {"as_of", as_of}, {"rows", arr}, {"total", row_j("total", total)}};
}

reports::Table loans_table(const std::map<std::string, LoanAgg>& rows, const LoanAgg& total,
                           const std::string& by_key, bool en) {
  using reports::ColType;
  reports::Table t;
  static const std::map<std::string, std::pair<const char*, const char*>> keys = {
      {"product", {"产品", "Product"}},
      {"bank", {"银行", "Bank"}},
      {"town", {"镇", "Town"}},
      {"village", {"镇/村", "Town/village"}},
      {"household", {"户编号", "Household"}}};
  t.columns = {{"key", keys.at(by_key).first, keys.at(by_key).second, ColType::text},
               {"loans", "笔数", "Loans", ColType::integer},
               {"principal", "放款本金", "Principal lent", ColType::money},
               {"outstanding", "在贷余额", "Outstanding", ColType::money},
               {"overdue", "逾期本金", "Overdue", ColType::money},
               {"written_off", "核销本金", "Written off", ColType::money}};
  for (const auto& [k, a] : rows)
    t.rows.push_back({k, a.count, a.lent, a.outstanding, a.overdue, a.written_off});
  t.total = std::vector<reports::Cell>{std::string(en ? "Total" : "合计"),
                                       total.count,
                                       total.lent,
                                       total.outstanding,
                                       total.overdue,
                                       total.written_off};
  return t;
}

Verb register_loans(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("loans", text::tr("help.loans"));
  cmd->footer(text::tr("help.loans.footer"));
  auto by = std::make_shared<std::string>("product");
  auto as_of = std::make_shared<std::string>();
  cmd->add_option("--by", *by, text::tr("help.loans.by"))
      ->check(CLI::IsMember({"product", "bank", "town", "village", "household"}));
  cmd->add_option("--as-of", *as_of, text::tr("help.loans.as_of"));
  return {cmd, [&g, by, as_of] {
            std::string date_text = g.as_of(*as_of);
            Date date = *calendar::parse_date(date_text).value;
            auto repo = g.open(false);
            auto [rows, total] = aggregate_loans(loans::load_loans(*repo), *by, date);
            if (g.format == "json") {
              print_json(loans_json(rows, total, *by, date_text));
              return kExitOk;
            }
            auto t = loans_table(rows, total, *by, g.lang == "en");
            if (g.format == "csv") {
              std::cout << reports::render_csv(t);
            } else {
              t.title = g.lang == "en" ? "Loans by " + *by + " as of " + date_text
                                       : "贷款台账(按" + t.columns.front().zh + ")截至 " + date_text;
              std::cout << reports::render_text(t, g.language(), Unit::yuan);
            }
            return kExitOk;
          }};
}

const ImportHandlerRegistration reg_import_loans("loans", import_loans_handler);
const VerbRegistration reg_subsidy(60, register_subsidy);
const VerbRegistration reg_loans(35, register_loans);

}  // namespace

}  // namespace fundledger::cli
