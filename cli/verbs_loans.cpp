// Verbs of the loan register: `import loans`, `subsidy` (贴息) and the `loans` report.
#include <iostream>
#include <set>

#include "cli/cli.hpp"
#include "cli/subsidy_tables.hpp"
#include "entries/entries.hpp"
#include "ledger/ledger.hpp"
#include "loans/claims.hpp"
#include "loans/loans.hpp"
#include "rules/rules.hpp"
#include "store/loan_reads.hpp"
#include "store/rule_reads.hpp"
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
      throw UsageError(text::tr("loans.cap_not_pair", text::arg("option", opt), text::arg("value", s)));
    return std::make_pair(s.substr(0, eq), s.substr(eq + 1));
  };
  auto amount = [](const std::string& v, const char* opt) {
    auto r = parse_amount(v);
    if (!r)
      throw UsageError(text::tr("loans.cap_bad_value", text::arg("option", opt), text::arg("why", r.error)));
    if (r.value->is_negative()) throw UsageError(text::tr("loans.cap_negative", text::arg("option", opt)));
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
    if (!r)
      throw UsageError(
          text::tr("loans.cap_bad_value", text::arg("option", "--rate-cap"), text::arg("why", r.error)));
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
  print_import_report(g, "loans", loans::import_loans(*repo, file, opt));
  return kExitOk;
}

int import_claims_handler(Globals& g, const std::string& file,
                          const std::optional<std::string>& override_reason) {
  if (override_reason) throw UsageError(text::tr("claims.no_override"));
  auto repo = g.open(true);
  loans::ClaimsImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  opt.sheet = g.sheet;
  print_import_report(g, "interest-claims", loans::import_interest_claims(*repo, file, opt));
  return kExitOk;
}

// ---- subsidy -----------------------------------------------------------------------------------

// The payments --post makes from `earmark`, one per household (in r.households' order). A voucher
// already posted counts as not yet paid, so that posting again computes the same amount.
std::vector<PlannedPayment> plan_post(store::Repository& repo, const loans::SubsidyResult& r,
                                      const std::string& earmark, const std::string& bank) {
  const int fiscal_year = r.window.fiscal_year;
  std::vector<rules::Rule> caps;
  for (auto& rule : rules::current_rules(repo))
    if (rule.kind == "cap_per_payee" && rule.earmark == earmark && rule.applies(fiscal_year))
      caps.push_back(rule);
  std::vector<PlannedPayment> out;
  for (const auto& h : r.households) {
    PlannedPayment p;
    p.voucher = "TX-" + r.window.label + "-" + (bank.empty() ? "" : bank + "-") + h.household_id;
    p.subsidy = p.pay = h.subsidy;
    Money posted;
    if (!caps.empty())
      if (auto d = repo.ledger().find_disbursement(p.voucher)) posted = d->amount;
    for (const auto& rule : caps) {
      auto year = rule.period == "lifetime" ? std::nullopt : std::optional<int>(fiscal_year);
      Money before = repo.rules().payee_paid(h.household_id, earmark, year) - posted;
      Money room = *rule.max - before;
      if (room.is_negative()) room = Money();
      if (room < p.pay) {
        p.pay = room;
        p.rule = rule.id;
        p.max = *rule.max;
        p.before = before;
      }
    }
    out.push_back(std::move(p));
  }
  return out;
}

// The options of `subsidy`.
struct SubsidyOpts {
  int year = 0;
  std::string quarter, period, bank;
  std::string basis = "act360", earmark, date, by, override_reason;
  bool post = false;
  CliCaps caps;
};

struct PostResult {
  long added = 0, skipped = 0;
};

// Records one disbursement per household through ledger::post (the import's invariants, rules
// gate and idempotency): voucher TX-<window>-<household>, from `earmark` of the window's fiscal
// year. A rejected posting writes nothing.
PostResult post_subsidy(Globals& g, store::Repository& repo, const loans::SubsidyResult& r,
                        const std::vector<PlannedPayment>& plan, const SubsidyOpts& o,
                        const std::string& date) {
  auto paid_on = calendar::parse_date(date);
  if (!paid_on) throw UsageError("--date: " + paid_on.error);
  const auto& w = r.window;
  std::vector<entries::Body> payments;
  for (std::size_t i = 0; i < r.households.size(); ++i) {
    const auto& h = r.households[i];
    if (!plan[i].pay.is_positive()) continue;
    entries::Disbursement d;
    d.voucher = plan[i].voucher;
    d.date = *paid_on.value;
    d.fiscal_year = w.fiscal_year;
    d.earmark = o.earmark;
    d.amount = plan[i].pay;
    d.payee_id = h.household_id;
    d.payee_name = h.head_name;
    d.payee_kind = "household";
    d.project = loans::kSubsidyProject;
    d.note = w.label + (w.whole_year ? "年贷款贴息 " : " 贷款贴息 ") +
             (r.basis == DayCount::act360 ? "ACT/360" : "ACT/365");
    payments.emplace_back(std::move(d));
  }
  ledger::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  if (!o.override_reason.empty()) opt.override_reason = o.override_reason;
  std::unique_ptr<ledger::ImportGate> gate;
  if (gate_factory()) gate = gate_factory()(repo);
  opt.gate = gate.get();
  const std::string option = w.whole_year ? "--year " : (o.quarter.empty() ? "--period " : "--quarter ");
  auto rep = ledger::post(repo, "subsidy --post " + option + w.label, std::move(payments), opt);
  return {rep.added, rep.skipped};
}

// Checks the options that go together.
void check_subsidy_options(const SubsidyOpts& o) {
  const int windows = (o.year != 0) + !o.quarter.empty() + !o.period.empty();
  if (windows != 1) throw UsageError(text::tr("subsidy.one_window"));
  if (o.year != 0 && (o.year < 1900 || o.year > 2999))
    throw UsageError(text::tr("loans.subsidy_bad_year", text::arg("year", o.year)));
  if (o.post && o.earmark.empty()) throw UsageError(text::tr("loans.post_needs_earmark"));
  if (!o.post && !o.override_reason.empty()) throw UsageError(text::tr("loans.override_needs_post"));
  if (!o.date.empty() && o.earmark.empty()) throw UsageError(text::tr("loans.date_needs_earmark"));
  // A what-if never pays anyone: what --post records is the subsidy under the rules in force.
  for (const auto* what_if : {&o.caps.principal, &o.caps.rate, &o.caps.household})
    if (o.post && !what_if->empty()) throw UsageError(text::tr("loans.what_if_not_posted"));
}

// The payment date: --date, else the window's last day.
std::string subsidy_date(const SubsidyOpts& o, const loans::SubsidyWindow& w) {
  if (o.date.empty()) return calendar::format_date(w.days.end - boost::gregorian::days(1));
  auto d = calendar::parse_date(o.date);
  if (!d) throw UsageError("--date: " + d.error);
  return calendar::format_date(*d.value);
}

// The settlement year in force in calendar year `year` (rule subsidy_settlement; 01-01 without one).
loans::SettlementYear settlement_in(store::Repository& repo, int year) {
  if (auto rule = rules::rule_in_force(repo, "subsidy_settlement", year); rule && rule->settlement_year_start)
    if (auto s = loans::parse_settlement_year_start(*rule->settlement_year_start)) return *s;
  return {};
}

// The window the options name, in the settlement year in force on its first day.
std::pair<loans::SubsidyWindow, loans::SettlementYear> subsidy_window(store::Repository& repo,
                                                                      const SubsidyOpts& o) {
  if (o.year != 0) {
    auto s = settlement_in(repo, o.year);
    return {loans::year_window(s, o.year), s};
  }
  const std::string& value = o.quarter.empty() ? o.period : o.quarter;
  const char* option = o.quarter.empty() ? "--period" : "--quarter";
  auto span = o.quarter.empty() ? loans::parse_period(value) : loans::parse_quarter(value);
  if (!span) throw UsageError(text::tr(span.error, text::arg("option", option), text::arg("value", value)));
  auto s = settlement_in(repo, static_cast<int>(span.days->begin.year()));
  auto w = loans::window_in_one_year(s, *span.days, span.label);
  if (!w)
    throw UsageError(text::tr("subsidy.window_crosses_year", text::arg("option", option),
                              text::arg("value", value),
                              text::arg("start", loans::format_settlement_year_start(s))));
  return {*w, s};
}

// Holds the subsidy to the banks' claims in its window; a claim that crosses the window is refused.
// With --bank, of that bank's claims and loans only.
loans::ClaimCheck check_claims(store::Repository& repo, loans::SubsidyResult& r,
                               const std::vector<loans::Loan>& all, const std::string& bank) {
  auto claims = repo.loans().interest_claims();
  if (!bank.empty()) {
    std::erase_if(claims, [&](const entries::InterestClaim& c) { return c.bank != bank; });
    loans::keep_bank(r, bank);
  }
  auto check = loans::hold_to_claims(r, all, claims);
  if (!check.crossing.empty()) {
    const auto& c = check.crossing.front();
    throw UsageError(
        text::tr("claims.crosses_window", text::arg("loan", c.loan_id), text::arg("bank", c.bank),
                 text::arg("from", calendar::format_date(c.period_from)),
                 text::arg("to", calendar::format_date(c.period_to)), text::arg("label", r.window.label),
                 text::arg("span", loans::format_span(r.window.days))));
  }
  return check;
}

// What --post pays, in one line: households, total, and the cuts.
std::string preview_line(const std::vector<PlannedPayment>& plan, const SubsidyOpts& o,
                         const std::string& date) {
  long count = 0, cut_count = 0;
  Money total, cut;
  for (const auto& p : plan) {
    if (p.pay.is_positive()) ++count;
    total += p.pay;
    if (p.rule) ++cut_count, cut += p.subsidy - p.pay;
  }
  return text::tr(o.post ? "loans.post_paid" : "loans.post_preview", text::arg("earmark", o.earmark),
                  text::arg("count", count), text::arg("total", format_for_people(total)),
                  text::arg("date", date), text::arg("cut_count", cut_count),
                  text::arg("cut", format_for_people(cut)));
}

struct SubsidyRun {
  loans::SubsidyResult result;
  loans::ClaimCheck claims;
  std::optional<std::vector<PlannedPayment>> plan;
  std::optional<PostResult> posted;
  std::string date;
};

void print_subsidy_text(Globals& g, const SubsidyRun& run, const SubsidyOpts& o) {
  bool zh = g.lang != "en";
  const auto& r = run.result;
  const auto* plan = run.plan ? &*run.plan : nullptr;
  auto print = [&](reports::Table t, SubsidyTable table) {
    t.title = subsidy_title(r, table);
    std::cout << reports::render_text(t, g.language(), Unit::yuan);
  };
  if (o.by.empty() || o.by == "loan") print(subsidy_loan_table(r, zh), SubsidyTable::loans);
  if (o.by.empty()) std::cout << "\n";
  if (o.by.empty() || o.by == "household")
    print(subsidy_household_table(r, zh, plan), SubsidyTable::households);
  if ((o.by.empty() && !run.claims.banks.empty()) || o.by == "claims") {
    if (o.by.empty()) std::cout << "\n";
    print(subsidy_claims_table(run.claims), SubsidyTable::claims);
  }
  if (plan) std::cout << preview_line(*plan, o, run.date) << "\n";
  if (run.posted)
    std::cout << text::tr("import.subsidy_posted", text::arg("added", run.posted->added),
                          text::arg("skipped", run.posted->skipped), text::arg("earmark", o.earmark),
                          text::arg("date", run.date))
              << "\n";
}

void print_subsidy(Globals& g, const SubsidyRun& run, const SubsidyOpts& o) {
  bool zh = g.lang != "en";
  const auto* plan = run.plan ? &*run.plan : nullptr;
  if (g.format == "json") {
    json j = subsidy_json(run.result, run.claims);
    if (plan) j = subsidy_post_json(j, *plan);
    if (plan) j["post"] = {{"earmark", o.earmark}, {"date", run.date}};
    if (run.posted)
      j["posted"] = {{"earmark", o.earmark},
                     {"date", run.date},
                     {"added", run.posted->added},
                     {"skipped", run.posted->skipped}};
    print_json(j);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(o.by == "household" ? subsidy_household_table(run.result, zh, plan)
                                     : o.by == "claims"  ? subsidy_claims_table(run.claims)
                                                         : subsidy_loan_table(run.result, zh));
  } else {
    print_subsidy_text(g, run, o);
  }
}

int run_subsidy(Globals& g, const SubsidyOpts& o) {
  check_subsidy_options(o);
  auto repo = g.open(o.post);
  auto [window, settlement] = subsidy_window(*repo, o);
  auto all = loans::load_loans(*repo);
  auto terms = terms_lookup(*repo, o.caps);
  SubsidyRun run;
  run.date = subsidy_date(o, window);
  run.result = loans::compute_subsidy(all, window, settlement, *calendar::parse_day_count(o.basis), terms);
  run.claims = check_claims(*repo, run.result, all, o.bank);
  if (!o.earmark.empty()) run.plan = plan_post(*repo, run.result, o.earmark, o.bank);
  if (o.post) run.posted = post_subsidy(g, *repo, run.result, *run.plan, o, run.date);
  print_subsidy(g, run, o);
  return kExitOk;
}

Verb register_subsidy(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("subsidy", text::tr("help.subsidy"));
  cmd->footer(text::tr("help.subsidy.footer"));

  auto o = std::make_shared<SubsidyOpts>();
  cmd->add_option("--year", o->year, text::tr("help.subsidy.year"));
  cmd->add_option("--quarter", o->quarter, text::tr("help.subsidy.quarter"));
  cmd->add_option("--period", o->period, text::tr("help.subsidy.period"));
  cmd->add_option("--bank", o->bank, text::tr("help.subsidy.bank"));
  cmd->add_option("--basis", o->basis, text::tr("help.subsidy.basis"))
      ->check(CLI::IsMember({"act360", "act365"}));
  cmd->add_flag("--post", o->post, text::tr("help.subsidy.post"));
  cmd->add_option("--earmark", o->earmark, text::tr("help.subsidy.earmark"));
  cmd->add_option("--date", o->date, text::tr("help.subsidy.date"));
  cmd->add_option("--override", o->override_reason, text::tr("help.subsidy.override"));
  cmd->add_option("--by", o->by, text::tr("help.subsidy.by"))
      ->check(CLI::IsMember({"loan", "household", "claims"}));
  cmd->add_option("--principal-cap", o->caps.principal, text::tr("help.subsidy.principal_cap"));
  cmd->add_option("--rate-cap", o->caps.rate, text::tr("help.subsidy.rate_cap"));
  cmd->add_option("--household-cap", o->caps.household, text::tr("help.subsidy.household_cap"));
  return {cmd, [&g, o] { return run_subsidy(g, *o); }};
}

const ImportHandlerRegistration reg_import_loans("loans", import_loans_handler);
const ImportHandlerRegistration reg_import_claims("interest-claims", import_claims_handler);
const VerbRegistration reg_subsidy(60, register_subsidy);

}  // namespace

}  // namespace fundledger::cli
