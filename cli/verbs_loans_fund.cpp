// `loans compensate --loan ID --date D [--loss X] [--doc DOC] [--id ID]` records the compensation of
// an overdue loan from its bank's risk compensation fund (风险补偿金): the fund's share is paid from
// the fund's earmark to the bank (voucher BC-<id>) and the compensation recorded with it, one
// posting. `loans recover --loan ID --amount X --date D [--doc DOC] [--id ID]` records money
// recovered later on a compensated loan: the fund's part goes back into the fund (a recovery of that
// payment, voucher ZH-<id>). The shares are worked out by engine/loans/risk_fund.hpp.
#include <iostream>
#include <memory>

#include "cli/loans_fund.hpp"
#include "ledger/ledger.hpp"
#include "loans/risk_fund.hpp"
#include "rules/rules.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

using calendar::Date;
using text::arg;
using text::tr;

namespace {

struct FundOptions {
  std::string loan, date, loss, amount, doc, id;
};

// The risk_fund rules in force in `year`, one per bank: the one with the latest `from` (ties: the
// first by id).
std::map<std::string, loans::FundRule> fund_rules(store::Repository& repo, int year) {
  std::map<std::string, std::pair<int, loans::FundRule>> chosen;
  for (const auto& r : rules::current_rules(repo)) {
    if (r.kind != "risk_fund" || !r.applies(year) || !r.bank || !r.earmark) continue;
    loans::FundRule f;
    f.rule_id = r.id;
    f.bank = *r.bank;
    f.earmark = *r.earmark;
    f.product = r.product.value_or("microcredit");
    f.size = r.size;
    f.size_rate = r.size_rate;
    f.fund_share = r.fund_share.value_or(Rational(4, 5));
    f.days = r.days.value_or(90);
    const int from = r.from.value_or(0);
    auto it = chosen.find(f.bank);
    if (it == chosen.end() || from > it->second.first) chosen[f.bank] = {from, f};
  }
  std::map<std::string, loans::FundRule> out;
  for (auto& [bank, pair] : chosen) out.emplace(bank, pair.second);
  return out;
}

const loans::Loan& find_loan(const std::vector<loans::Loan>& all, const std::string& id) {
  for (const auto& l : all)
    if (l.loan_id == id) return l;
  throw UsageError(tr("compensate.unknown_loan", arg("loan", id)));
}

template <class T>
T planned(const std::variant<T, loans::Refusal>& plan) {
  if (const auto* r = std::get_if<loans::Refusal>(&plan)) throw UsageError(text::tr_fields(r->id, r->args));
  return std::get<T>(plan);
}

Money amount_option(const std::string& given, const char* option) {
  auto a = parse_amount(given);
  if (!a) throw UsageError(std::string(option) + ": " + a.error);
  return *a.value;
}

ledger::ImportOptions post_options(Globals& g, store::Repository& repo,
                                   std::unique_ptr<ledger::ImportGate>& gate) {
  ledger::ImportOptions opt;
  opt.operator_name = g.operator_name;
  opt.recorded_at = g.now_iso;
  if (gate_factory()) gate = gate_factory()(repo);
  opt.gate = gate.get();
  return opt;
}

std::string percent(const Rational& r) { return format_ratio(r * 100, 2) + "%"; }

// The id given, else the first PREFIX-YYYYMMDD-N of `date` no recorded compensation has.
std::string comp_id_for(const std::string& given, const char* prefix, const Date& date,
                        const std::vector<entries::LoanCompensation>& recorded) {
  if (!given.empty()) return given;
  return next_day_id(prefix, date, [&](const std::string& id) {
    return std::any_of(recorded.begin(), recorded.end(), [&](const auto& r) { return r.comp_id == id; });
  });
}

// The compensations and recoveries recorded on or before `as_of`.
std::vector<entries::LoanCompensation> compensations_by(store::Repository& repo, const Date& as_of) {
  std::vector<entries::LoanCompensation> out;
  for (auto& c : repo.ledger().loan_compensations())
    if (c.date <= as_of) out.push_back(std::move(c));
  return out;
}

int run_compensate(Globals& g, const FundOptions& o) {
  const Date date = entry_date(g, o.date);
  auto repo = g.open(true);
  const auto all = loans::load_loans(*repo);
  const auto& loan = find_loan(all, o.loan);
  if (loan.bank.empty()) throw UsageError(tr("compensate.no_bank", arg("loan", loan.loan_id)));
  const auto rules = fund_rules(*repo, static_cast<int>(date.year()));
  auto rule = rules.find(loan.bank);
  if (rule == rules.end())
    throw UsageError(tr("compensate.no_rule", arg("bank", loan.bank), arg("loan", loan.loan_id),
                        arg("year", static_cast<int>(date.year()))));
  const auto recorded = repo->ledger().loan_compensations();
  std::optional<Money> loss;
  if (!o.loss.empty()) loss = amount_option(o.loss, "--loss");
  const auto s = planned(loans::plan_compensation(loan, rule->second, date, loss, recorded));
  entries::LoanCompensation c;
  c.comp_id = comp_id_for(o.id, "BC", date, recorded);
  c.kind = "compensate";
  c.loan_id = loan.loan_id;
  c.bank = loan.bank;
  c.date = date;
  c.amount = s.amount, c.fund_share = s.fund, c.bank_share = s.bank;
  c.voucher = c.comp_id;
  c.rule_id = rule->second.rule_id;
  if (!o.doc.empty()) c.doc_no = o.doc;
  entries::Disbursement d;
  d.voucher = c.voucher;
  d.date = date;
  d.fiscal_year = static_cast<int>(date.year());
  d.earmark = rule->second.earmark;
  d.amount = s.fund;
  d.payee_id = d.payee_name = loan.bank;
  d.payee_kind = "enterprise";
  d.town = loan.town.empty() ? std::nullopt : std::optional(loan.town);
  d.village = loan.village.empty() ? std::nullopt : std::optional(loan.village);
  d.note = text::tr_in(text::Lang::zh, "compensate.payment_note", arg("loan", loan.loan_id),
                       arg("loss", format_yuan(s.amount)), arg("share", percent(rule->second.fund_share)));
  std::unique_ptr<ledger::ImportGate> gate;
  (void)ledger::post(*repo, "loans compensate " + loan.loan_id, {d, c}, post_options(g, *repo, gate));
  if (g.format == "json") {
    print_json({{"comp_id", c.comp_id},
                {"loan", c.loan_id},
                {"bank", c.bank},
                {"date", calendar::format_date(date)},
                {"days_overdue", s.days_overdue},
                {"loss", money_json(s.amount)},
                {"fund_share", money_json(s.fund)},
                {"bank_share", money_json(s.bank)},
                {"voucher", c.voucher},
                {"earmark", d.earmark},
                {"rule", c.rule_id}});
    return kExitOk;
  }
  std::cout << tr("compensate.recorded", arg("loan", c.loan_id), arg("days", s.days_overdue),
                  arg("loss", format_for_people(s.amount)), arg("fund", format_for_people(s.fund)),
                  arg("voucher", c.voucher), arg("earmark", d.earmark), arg("bank_name", c.bank),
                  arg("bank", format_for_people(s.bank)))
            << "\n";
  return kExitOk;
}

int run_recover(Globals& g, const FundOptions& o) {
  const Date date = entry_date(g, o.date);
  const Money amount = amount_option(o.amount, "--amount");
  auto repo = g.open(true);
  const auto recorded = repo->ledger().loan_compensations();
  const auto s = planned(loans::plan_recovery(o.loan, date, amount, recorded));
  const auto comp = *loans::compensation_of(o.loan, recorded);
  entries::LoanCompensation c;
  c.comp_id = comp_id_for(o.id, "ZH", date, recorded);
  c.kind = "recover";
  c.loan_id = o.loan;
  c.bank = comp.bank;
  c.date = date;
  c.amount = s.amount, c.fund_share = s.fund, c.bank_share = s.bank;
  c.voucher = c.comp_id;
  c.rule_id = comp.rule_id;
  if (!o.doc.empty()) c.doc_no = o.doc;
  entries::Correction back;
  back.voucher = c.voucher;
  back.date = date;
  back.kind = "recovery";
  back.target = comp.voucher;
  back.amount = s.fund;
  std::unique_ptr<ledger::ImportGate> gate;
  (void)ledger::post(*repo, "loans recover " + o.loan, {back, c}, post_options(g, *repo, gate));
  if (g.format == "json") {
    print_json({{"comp_id", c.comp_id},
                {"loan", c.loan_id},
                {"date", calendar::format_date(date)},
                {"amount", money_json(s.amount)},
                {"fund_share", money_json(s.fund)},
                {"bank_share", money_json(s.bank)},
                {"voucher", c.voucher}});
    return kExitOk;
  }
  std::cout << tr("recover.recorded", arg("loan", c.loan_id), arg("amount", format_for_people(s.amount)),
                  arg("fund", format_for_people(s.fund)), arg("voucher", c.voucher),
                  arg("bank", format_for_people(s.bank)))
            << "\n";
  return kExitOk;
}

reports::Table funds_table(const std::vector<loans::FundPosition>& funds, const std::string& date) {
  using reports::catalogue_column;
  using reports::ColType;
  reports::Table t;
  t.title = tr("loans.fund.title", arg("date", date));
  t.columns = {catalogue_column("bank", "loans.fund.col.bank", ColType::text),
               catalogue_column("rule", "loans.fund.col.rule", ColType::text),
               catalogue_column("earmark", "loans.fund.col.earmark", ColType::text),
               catalogue_column("quarter_start", "loans.fund.col.quarter_start", ColType::text),
               catalogue_column("loan_balance", "loans.fund.col.loan_balance", ColType::money),
               catalogue_column("required", "loans.fund.col.required", ColType::money),
               catalogue_column("deposits", "loans.fund.col.deposits", ColType::money),
               catalogue_column("interest", "loans.fund.col.interest", ColType::money),
               catalogue_column("compensated", "loans.fund.col.compensated", ColType::money),
               catalogue_column("recovered", "loans.fund.col.recovered", ColType::money),
               catalogue_column("other_paid", "loans.fund.col.other_paid", ColType::money),
               catalogue_column("balance", "loans.fund.col.balance", ColType::money),
               catalogue_column("shortfall", "loans.fund.col.shortfall", ColType::money)};
  std::array<Money, 9> total{};
  for (const auto& f : funds) {
    const std::array<Money, 9> money = {f.loan_balance, f.required,   f.deposits, f.interest,   f.compensated,
                                        f.recovered,    f.other_paid, f.balance,  f.shortfall()};
    for (std::size_t i = 0; i < money.size(); ++i) total[i] += money[i];
    t.rows.push_back({f.rule.bank, f.rule.rule_id, f.rule.earmark, calendar::format_date(f.quarter_start),
                      money[0], money[1], money[2], money[3], money[4], money[5], money[6], money[7],
                      money[8]});
  }
  t.total = std::vector<reports::Cell>{tr("table.total"), {},       {},       {},       total[0],
                                       total[1],          total[2], total[3], total[4], total[5],
                                       total[6],          total[7], total[8]};
  return t;
}

reports::Table compensations_table(const std::vector<entries::LoanCompensation>& recorded,
                                   const std::vector<loans::Loan>& all, const std::string& date) {
  using reports::catalogue_column;
  using reports::ColType;
  reports::Table t;
  t.title = tr("loans.comp.title", arg("date", date));
  t.columns = {catalogue_column("comp_id", "loans.comp.col.comp_id", ColType::text),
               catalogue_column("loan", "loans.comp.col.loan", ColType::text),
               catalogue_column("household", "loans.comp.col.household", ColType::text),
               catalogue_column("bank", "loans.comp.col.bank", ColType::text),
               catalogue_column("date", "loans.comp.col.date", ColType::text),
               catalogue_column("loss", "loans.comp.col.loss", ColType::money),
               catalogue_column("fund", "loans.comp.col.fund", ColType::money),
               catalogue_column("bank_share", "loans.comp.col.bank_share", ColType::money),
               catalogue_column("recovered", "loans.comp.col.recovered", ColType::money),
               catalogue_column("fund_recovered", "loans.comp.col.fund_recovered", ColType::money),
               catalogue_column("voucher", "loans.comp.col.voucher", ColType::text)};
  std::map<std::string, std::string> household_of;
  for (const auto& l : all) household_of.emplace(l.loan_id, l.household_id);
  std::array<Money, 5> total{};
  for (const auto& c : recorded) {
    if (c.kind != "compensate") continue;
    Money recovered, fund_recovered;
    for (const auto& r : recorded)
      if (r.kind == "recover" && r.loan_id == c.loan_id)
        recovered += r.amount, fund_recovered += r.fund_share;
    const auto found = household_of.find(c.loan_id);
    const std::string household = found == household_of.end() ? "" : found->second;
    const std::array<Money, 5> money = {c.amount, c.fund_share, c.bank_share, recovered, fund_recovered};
    for (std::size_t i = 0; i < money.size(); ++i) total[i] += money[i];
    t.rows.push_back({c.comp_id, c.loan_id, household, c.bank, calendar::format_date(c.date), money[0],
                      money[1], money[2], money[3], money[4], c.voucher});
  }
  t.total = std::vector<reports::Cell>{tr("table.total"), {},       {},       {},       {}, total[0],
                                       total[1],          total[2], total[3], total[4], {}};
  return t;
}

}  // namespace

reports::Table risk_fund_table(store::Repository& repo, const Date& as_of) {
  const auto all = loans::load_loans(repo);
  const auto recorded = compensations_by(repo, as_of);
  std::vector<loans::FundPosition> funds;
  for (const auto& [bank, rule] : fund_rules(repo, static_cast<int>(as_of.year())))
    funds.push_back(loans::fund_position(rule, all, repo.ledger().earmark_movements(rule.earmark, as_of),
                                         recorded, as_of));
  return funds_table(funds, calendar::format_date(as_of));
}

reports::Table compensation_table(store::Repository& repo, const Date& as_of) {
  return compensations_table(compensations_by(repo, as_of), loans::load_loans(repo),
                             calendar::format_date(as_of));
}

int print_funds(Globals& g, const Date& as_of) {
  auto repo = g.open(false);
  const std::string day = calendar::format_date(as_of);
  print_report_table(g, risk_fund_table(*repo, as_of), {{"report", "risk_funds"}, {"as_of", day}});
  return kExitOk;
}

int print_compensations(Globals& g, const Date& as_of) {
  auto repo = g.open(false);
  const std::string day = calendar::format_date(as_of);
  print_report_table(g, compensation_table(*repo, as_of), {{"report", "risk_compensations"}, {"as_of", day}});
  return kExitOk;
}

std::function<int()> add_fund_subcommands(CLI::App& loans, Globals& g) {
  auto o = std::make_shared<FundOptions>();
  auto* comp = loans.add_subcommand("compensate", tr("help.loans.compensate"));
  comp->add_option("--loan", o->loan, tr("help.loans.compensate.loan"))->required();
  comp->add_option("--date", o->date, tr("help.loans.compensate.date"));
  comp->add_option("--loss", o->loss, tr("help.loans.compensate.loss"));
  comp->add_option("--doc", o->doc, tr("help.loans.compensate.doc"));
  comp->add_option("--id", o->id, tr("help.loans.compensate.id"));
  auto* rec = loans.add_subcommand("recover", tr("help.loans.recover"));
  rec->add_option("--loan", o->loan, tr("help.loans.recover.loan"))->required();
  rec->add_option("--amount", o->amount, tr("help.loans.recover.amount"))->required();
  rec->add_option("--date", o->date, tr("help.loans.recover.date"));
  rec->add_option("--doc", o->doc, tr("help.loans.compensate.doc"));
  rec->add_option("--id", o->id, tr("help.loans.recover.id"));
  for (auto* sub : {comp, rec}) add_global_options(*sub, g);
  return [&g, o, comp, rec]() -> int {
    if (comp->parsed()) return run_compensate(g, *o);
    if (rec->parsed()) return run_recover(g, *o);
    return -1;
  };
}

}  // namespace fundledger::cli
