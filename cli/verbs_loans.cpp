// Verbs of the loan register: `import loans`, `subsidy` (贴息) and the `loans` report.
#include <iostream>
#include <set>

#include "cli/cli.hpp"
#include "entries/entries.hpp"
#include "ledger/ledger.hpp"
#include "loans/loans.hpp"
#include "rules/rules.hpp"
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

// ---- subsidy -----------------------------------------------------------------------------------

// What `--post --earmark E` pays one household: its subsidy, cut to what a cap_per_payee rule on E
// leaves (the rule's parameters always apply, whatever its severity: CONTRACT.md).
struct PlannedPayment {
  std::string voucher;
  Money subsidy, pay;
  std::optional<std::string> rule;  // the rule that cut it
  Money max, before;                // that rule's cap and what the household had from E before
};

std::string cut_text(const PlannedPayment& p) {
  if (!p.rule) return {};
  return text::tr(
      "loans.post_cut", text::arg("rule", *p.rule), text::arg("cut", format_for_people(p.subsidy - p.pay)),
      text::arg("max", format_for_people(p.max)), text::arg("before", format_for_people(p.before)));
}

// The payments --post makes from `earmark`, one per household (in r.households' order). A voucher
// already posted counts as not yet paid, so that posting again computes the same amount.
std::vector<PlannedPayment> plan_post(store::Repository& repo, const loans::SubsidyResult& r,
                                      const std::string& earmark) {
  std::vector<rules::Rule> caps;
  for (auto& rule : rules::current_rules(repo))
    if (rule.kind == "cap_per_payee" && rule.earmark == earmark && rule.applies(r.year)) caps.push_back(rule);
  std::vector<PlannedPayment> out;
  for (const auto& h : r.households) {
    PlannedPayment p;
    p.voucher = "TX-" + std::to_string(r.year) + "-" + h.household_id;
    p.subsidy = p.pay = h.subsidy;
    Money posted;
    if (!caps.empty())
      if (auto d = repo.ledger().find_disbursement(p.voucher)) posted = d->amount;
    for (const auto& rule : caps) {
      auto year = rule.period == "lifetime" ? std::nullopt : std::optional<int>(r.year);
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
  t.total =
      std::vector<reports::Cell>{text::tr("table.total"), {}, {}, {}, {}, {}, {}, {}, uncapped, r.total, {}};
  return t;
}

// By household; with the payments --post will make (`plan`, when an earmark is given), what each
// household will be paid and the cut of a cap_per_payee rule on that earmark.
reports::Table household_table(const loans::SubsidyResult& r, bool zh,
                               const std::vector<PlannedPayment>* plan) {
  using reports::ColType;
  reports::Table t;
  t.columns = {{"household_id", "户编号", "Household", ColType::text},
               {"head_name", "户主", "Head", ColType::text},
               {"town", "镇", "Town", ColType::text},
               {"village", "村", "Village", ColType::text},
               {"uncapped", "封顶前", "Before cap", ColType::money},
               {"subsidy", "贴息", "Subsidy", ColType::money},
               {"reason", "核减原因", "Reason for cut", ColType::text}};
  if (plan)
    t.columns.insert(t.columns.end(), {{"pay", "将支付", "To pay", ColType::money},
                                       {"post_cut", "支付核减", "Cut at payment", ColType::text}});
  Money uncapped, pay;
  for (std::size_t i = 0; i < r.households.size(); ++i) {
    const auto& h = r.households[i];
    uncapped += h.uncapped;
    std::vector<reports::Cell> row = {h.household_id,
                                      h.head_name,
                                      h.town,
                                      h.village,
                                      h.uncapped,
                                      h.subsidy,
                                      join(zh ? h.reasons_zh : h.reasons, "; ")};
    if (plan) {
      pay += (*plan)[i].pay;
      row.insert(row.end(), {(*plan)[i].pay, cut_text((*plan)[i])});
    }
    t.rows.push_back(std::move(row));
  }
  t.total = std::vector<reports::Cell>{text::tr("table.total"), {}, {}, {}, uncapped, r.total, {}};
  if (plan) t.total->insert(t.total->end(), {pay, {}});
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

// The options of `subsidy`.
struct SubsidyOpts {
  int year = 0;
  std::string basis = "act360", earmark, date, by, override_reason;
  bool post = false;
  CliCaps caps;
};

struct PostResult {
  long added = 0, skipped = 0;
};

// Records one disbursement per household through ledger::post (the import's invariants, rules
// gate and idempotency): voucher TX-<year>-<household>, from `earmark` of fiscal year `year`. A
// rejected posting writes nothing.
PostResult post_subsidy(Globals& g, store::Repository& repo, const loans::SubsidyResult& r,
                        const std::vector<PlannedPayment>& plan, const SubsidyOpts& o,
                        const std::string& date) {
  auto paid_on = calendar::parse_date(date);
  if (!paid_on) throw UsageError("--date: " + paid_on.error);
  std::vector<entries::Body> payments;
  for (std::size_t i = 0; i < r.households.size(); ++i) {
    const auto& h = r.households[i];
    if (!plan[i].pay.is_positive()) continue;
    entries::Disbursement d;
    d.voucher = plan[i].voucher;
    d.date = *paid_on.value;
    d.fiscal_year = r.year;
    d.earmark = o.earmark;
    d.amount = plan[i].pay;
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
  if (!o.override_reason.empty()) opt.override_reason = o.override_reason;
  std::unique_ptr<ledger::ImportGate> gate;
  if (gate_factory()) gate = gate_factory()(repo);
  opt.gate = gate.get();
  auto rep = ledger::post(repo, "subsidy --post --year " + std::to_string(r.year), std::move(payments), opt);
  return {rep.added, rep.skipped};
}

// Checks the options that go together; the payment date (default the year's last day).
std::string subsidy_date(const SubsidyOpts& o) {
  if (o.year < 1900 || o.year > 2999)
    throw UsageError(text::tr("loans.subsidy_bad_year", text::arg("year", o.year)));
  if (o.post && o.earmark.empty()) throw UsageError(text::tr("loans.post_needs_earmark"));
  if (!o.post && !o.override_reason.empty()) throw UsageError(text::tr("loans.override_needs_post"));
  if (!o.date.empty() && o.earmark.empty()) throw UsageError(text::tr("loans.date_needs_earmark"));
  // A what-if never pays anyone: what --post records is the subsidy under the rules in force.
  for (const auto* what_if : {&o.caps.principal, &o.caps.rate, &o.caps.household})
    if (o.post && !what_if->empty()) throw UsageError(text::tr("loans.what_if_not_posted"));
  std::string date = std::to_string(o.year) + "-12-31";
  if (!o.date.empty()) {
    auto d = calendar::parse_date(o.date);
    if (!d) throw UsageError("--date: " + d.error);
    date = calendar::format_date(*d.value);
  }
  return date;
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

void print_subsidy_text(Globals& g, const loans::SubsidyResult& r, const SubsidyOpts& o,
                        const std::vector<PlannedPayment>* plan, const std::optional<PostResult>& posted,
                        const std::string& date) {
  bool zh = g.lang != "en";
  std::string basis = r.basis == DayCount::act360 ? "ACT/360" : "ACT/365";
  if (o.by != "household") {
    auto t = loan_table(r, zh);
    t.title = text::tr("loans.subsidy_title_loans", text::arg("year", r.year), text::arg("basis", basis));
    std::cout << reports::render_text(t, g.language(), Unit::yuan);
  }
  if (o.by.empty()) std::cout << "\n";
  if (o.by != "loan") {
    auto t = household_table(r, zh, plan);
    t.title = text::tr("loans.subsidy_title_households", text::arg("year", r.year));
    std::cout << reports::render_text(t, g.language(), Unit::yuan);
  }
  if (plan) std::cout << preview_line(*plan, o, date) << "\n";
  if (posted)
    std::cout << text::tr("import.subsidy_posted", text::arg("added", posted->added),
                          text::arg("skipped", posted->skipped), text::arg("earmark", o.earmark),
                          text::arg("date", date))
              << "\n";
}

json subsidy_post_json(json j, const std::vector<PlannedPayment>& plan) {
  for (std::size_t i = 0; i < plan.size(); ++i) {
    const auto& p = plan[i];
    j["households"][i]["post"] = {{"voucher", p.voucher},
                                  {"pay", money_json(p.pay)},
                                  {"cut", money_json(p.subsidy - p.pay)},
                                  {"rule", p.rule ? json(*p.rule) : json(nullptr)}};
  }
  return j;
}

int run_subsidy(Globals& g, const SubsidyOpts& o) {
  std::string date = subsidy_date(o);
  auto repo = g.open(o.post);
  auto all = loans::load_loans(*repo);
  auto terms = terms_lookup(*repo, o.caps);
  auto r = loans::compute_subsidy(all, o.year, *calendar::parse_day_count(o.basis), terms);
  std::optional<std::vector<PlannedPayment>> plan;
  if (!o.earmark.empty()) plan = plan_post(*repo, r, o.earmark);
  std::optional<PostResult> posted;
  if (o.post) posted = post_subsidy(g, *repo, r, *plan, o, date);
  bool zh = g.lang != "en";
  if (g.format == "json") {
    json j = subsidy_json(r);
    if (plan) j = subsidy_post_json(j, *plan);
    if (plan) j["post"] = {{"earmark", o.earmark}, {"date", date}};
    if (posted)
      j["posted"] = {
          {"earmark", o.earmark}, {"date", date}, {"added", posted->added}, {"skipped", posted->skipped}};
    print_json(j);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(o.by == "household" ? household_table(r, zh, plan ? &*plan : nullptr)
                                                         : loan_table(r, zh));
  } else {
    print_subsidy_text(g, r, o, plan ? &*plan : nullptr, posted, date);
  }
  return kExitOk;
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
  cmd->add_option("--override", o->override_reason, text::tr("help.subsidy.override"));
  cmd->add_option("--by", o->by, text::tr("help.subsidy.by"))->check(CLI::IsMember({"loan", "household"}));
  cmd->add_option("--principal-cap", o->caps.principal, text::tr("help.subsidy.principal_cap"));
  cmd->add_option("--rate-cap", o->caps.rate, text::tr("help.subsidy.rate_cap"));
  cmd->add_option("--household-cap", o->caps.household, text::tr("help.subsidy.household_cap"));
  return {cmd, [&g, o] { return run_subsidy(g, *o); }};
}

const ImportHandlerRegistration reg_import_loans("loans", import_loans_handler);
const VerbRegistration reg_subsidy(60, register_subsidy);

}  // namespace

}  // namespace fundledger::cli
