// Rules files: the parameters each kind of rule takes, and their types (rules.cpp reads the file).
#include "rules/params.hpp"

#include <functional>
#include <map>
#include <sstream>

#include "loans/settlement.hpp"
#include "rules/warning_class.hpp"
#include "text/text.hpp"

namespace fundledger::rules::detail {

using nlohmann::json;
using text::arg;
using text::tr;

namespace {
// Which parameters a kind takes; `required` lists alternatives separated by '|'.
struct KindSpec {
  std::vector<std::string> required;
  std::vector<std::string> optional;
};

const std::map<std::string, KindSpec>& kind_specs() {
  static const std::map<std::string, KindSpec> m = {
      {"growth", {{"category|earmark", "min_rate"}, {"basis"}}},
      {"floor", {{"category|categories|earmark", "min"}, {}}},
      {"ceiling", {{"category|categories|earmark", "max"}, {}}},
      {"cap_per_payee", {{"earmark", "max"}, {"period"}}},
      {"share_min", {{"purposes", "min_rate"}, {"category"}}},
      {"eligible_payees", {{"earmark"}, {"require"}}},
      {"forbidden_use", {{"category", "purposes"}, {}}},
      {"idle", {{"days"}, {}}},
      // The audit-only checks (audit): this rule's severity replaces the check's own; `days` is
      // duplicate_payment's window.
      {"audit_check", {{"check"}, {"days"}}},
      {"allocation_deadline", {{"category", "days"}, {}}},
      // The lag rules (lag_rules.cpp): within `days` days (calendar or working) of 到账 / of the
      // first allocation; allocation_deadline is the older spelling of allocation_within in calendar days.
      {"registration_within", {{"days"}, {"unit", "category"}}},
      {"allocation_within", {{"days"}, {"unit", "category"}}},
      {"payment_within", {{"days"}, {"unit", "category"}}},
      // A payment naming a project: the project must be planned for the payment's year (projects.hpp).
      {"project_in_library", {{}, {}}},
      // The weights of report performance's score, out of 100 (projects/performance.hpp).
      {"performance_weights", {{"output", "benefit", "satisfaction", "spending"}, {}}},
      // report progress: red / yellow when spending is that many points below time progress.
      {"progress_bands", {{"red", "yellow"}, {}}},
      // audit's monitoring checks (engine/audit): year_end_rush, the largest share of a year's payments
      // dated from `from_month` (default 11); execution_min, a library project's execution rate in each
      // of `years` (default 3) years; dormant, how many days a balance may go without moving (730).
      {"year_end_rush", {{"share_max"}, {"from_month"}}},
      {"execution_min", {{"min_rate"}, {"years"}}},
      {"dormant", {{"days"}, {}}},
      // report ranking: the parts' weights out of 100; points off per open warning; a mean lag within
      // lag_days days scores full marks (reports/ranking.hpp).
      {"ranking_weights", {{"progress", "warnings", "lag"}, {"warning_points", "lag_days"}}},
      // audit's npl_ratio_exceeded (engine/audit): a bank's 不良率 above max_rate.
      {"npl_ratio_max", {{"max_rate"}, {"bank", "product"}}},
      // 风险补偿金 (engine/loans/risk_fund.hpp): a bank's fund, held in `earmark`; its size a fixed
      // amount or a share of the bank's loan balance at the start of a quarter; the loss on a loan
      // overdue `days` (90) shared fund:bank as fund_share (80%) : the rest; loans of `product`.
      {"risk_fund", {{"bank", "earmark", "size|size_rate"}, {"fund_share", "days", "product"}}},
      // 贴息 settlement (engine/loans/settlement.hpp): the first day of the settlement year, "MM-DD".
      {"subsidy_settlement", {{"settlement_year_start"}, {}}},
      {"loan_terms",
       {{"product"},
        {"principal_max", "term_months_max", "subsidised_principal_max", "subsidy_rate_max",
         "subsidy_max_per_household"}}},
  };
  return m;
}

const std::set<std::string> kMoneyKeys = {
    "min", "max", "principal_max", "subsidised_principal_max", "subsidy_max_per_household", "size"};
const std::set<std::string> kRateKeys = {"min_rate", "subsidy_rate_max", "max_rate", "size_rate",
                                         "fund_share"};
const std::set<std::string> kIntKeys = {
    "days",   "term_months_max", "output",   "benefit", "satisfaction",   "spending", "red",
    "yellow", "progress",        "warnings", "lag",     "warning_points", "lag_days"};
const std::set<std::string> kListKeys = {"categories", "purposes"};

std::vector<std::string> split_alts(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, '|')) out.push_back(part);
  return out;
}

// The parameters a rule of its kind must and may have; false if the kind is unknown.
bool check_param_names(const Rule& r, const json& params, std::set<std::string>& allowed, const ErrFn& err) {
  auto ks = kind_specs().find(r.kind);
  if (ks == kind_specs().end()) {
    std::string list;
    for (auto& k : rule_kinds()) list += (list.empty() ? "" : ", ") + k;
    err("kind", tr("rules.file.unknown_kind", arg("kind", r.kind), arg("known", list)));
    return false;
  }
  for (auto& req : ks->second.required) {
    auto alts = split_alts(req);
    int present = 0;
    for (auto& a : alts) {
      allowed.insert(a);
      present += params.contains(a) ? 1 : 0;
    }
    if (present == 0) err("kind", tr("rules.file.needs", arg("kind", r.kind), arg("keys", req)));
    if (present > 1) err("kind", tr("rules.file.only_one_of", arg("kind", r.kind), arg("keys", req)));
  }
  for (auto& o : ks->second.optional) allowed.insert(o);
  if (r.kind == "loan_terms") {
    bool any = false;
    for (auto& o : ks->second.optional) any = any || params.contains(o);
    if (!any) err("kind", tr("rules.file.loan_terms_needs_limit"));
  }
  return true;
}

void set_money_param(Rule& r, const std::string& key, const json& v, const ErrFn& err) {
  std::string text = v.is_string()           ? v.get<std::string>()
                     : v.is_number_integer() ? std::to_string(v.get<std::int64_t>())
                                             : "";
  if (text.empty()) return err(key, tr("rules.file.amount_in_quotes", arg("key", key)));
  auto a = parse_amount(text);
  if (!a) return err(key, tr("rules.file.key_error", arg("key", key), arg("message", a.error)));
  if (a.value->is_negative()) return err(key, tr("rules.file.negative", arg("key", key)));
  if (key == "min")
    r.min = *a.value;
  else if (key == "max")
    r.max = *a.value;
  else if (key == "principal_max")
    r.principal_max = *a.value;
  else if (key == "subsidised_principal_max")
    r.subsidised_principal_max = *a.value;
  else if (key == "size")
    r.size = *a.value;
  else
    r.subsidy_max_per_household = *a.value;
}

void set_rate_param(Rule& r, const std::string& key, const json& v, const ErrFn& err) {
  if (!v.is_string()) return err(key, tr("rules.file.rate_in_quotes", arg("key", key)));
  auto p = parse_rate(v.get<std::string>());
  if (!p) return err(key, tr("rules.file.key_error", arg("key", key), arg("message", p.error)));
  if (*p.value < 0) return err(key, tr("rules.file.negative", arg("key", key)));
  if (key == "share_max" || key == "max_rate") {
    (key == "share_max" ? r.share_max : r.max_rate) = *p.value;
    return;
  }
  if (key == "size_rate" || key == "fund_share") {
    (key == "size_rate" ? r.size_rate : r.fund_share) = *p.value;
    return;
  }
  (key == "min_rate" ? r.min_rate : r.subsidy_rate_max) = *p.value;
}

void set_int_param(Rule& r, const std::string& key, const json& v, const ErrFn& err) {
  if (!v.is_number_integer() || v.get<std::int64_t>() < 0 || v.get<std::int64_t>() > 100000)
    return err(key, tr("rules.file.whole_number", arg("key", key)));
  if (key == "days")
    r.days = static_cast<long>(v.get<std::int64_t>());
  else if (key == "from_month")
    r.from_month = static_cast<int>(v.get<std::int64_t>());
  else if (key == "years")
    r.years = static_cast<int>(v.get<std::int64_t>());
  else if (key != "term_months_max")
    r.weights[key] = static_cast<long>(v.get<std::int64_t>());
  else
    r.term_months_max = static_cast<int>(v.get<std::int64_t>());
}

void set_list_param(Rule& r, const std::string& key, const json& v,
                    const std::set<std::string>& known_categories, const ErrFn& err) {
  bool ok = v.is_array() && !v.empty();
  std::vector<std::string> items;
  if (ok)
    for (auto& x : v) {
      if (!x.is_string())
        ok = false;
      else
        items.push_back(x.get<std::string>());
    }
  if (!ok) return err(key, tr("rules.file.list", arg("key", key)));
  if (key == "categories") {
    for (auto& c : items)
      if (!known_categories.empty() && !known_categories.count(c))
        err(key, tr("rules.file.unknown_category", arg("key", key), arg("value", c)));
    r.categories = items;
  } else {
    r.purposes = items;
  }
}

void set_text_param(Rule& r, const std::string& key, const json& v,
                    const std::set<std::string>& known_categories, const ErrFn& err) {
  if (!v.is_string()) return err(key, tr("rules.file.string", arg("key", key)));
  auto s = v.get<std::string>();
  if (key == "category") {
    if (!known_categories.empty() && !known_categories.count(s))
      err(key, tr("rules.file.unknown_category", arg("key", key), arg("value", s)));
    r.category = s;
  } else if (key == "earmark")
    r.earmark = s;
  else if (key == "check") {
    static const std::set<std::string> kChecks = {"duplicate_payment", "invalid_id_number", "chain_broken",
                                                  "paid_to_government"};
    if (!kChecks.count(s))
      err(key, tr("rules.file.one_of", arg("key", key),
                  arg("choices", "duplicate_payment, invalid_id_number, chain_broken, paid_to_government"),
                  arg("value", s)));
    r.check = s;
  } else if (key == "basis") {
    if (s != "budget" && s != "sources")
      err(key, tr("rules.file.one_of", arg("key", key), arg("choices", "budget, sources"), arg("value", s)));
    r.basis = s;
  } else if (key == "period") {
    if (s != "year" && s != "lifetime")
      err(key, tr("rules.file.one_of", arg("key", key), arg("choices", "year, lifetime"), arg("value", s)));
    r.period = s;
  } else if (key == "require") {
    if (s != "registered_household")
      err(key,
          tr("rules.file.one_of", arg("key", key), arg("choices", "registered_household"), arg("value", s)));
    r.require = s;
  } else if (key == "product")
    r.product = s;
  else if (key == "bank")
    r.bank = s;
  else if (key == "settlement_year_start") {
    auto start = loans::parse_settlement_year_start(s);
    if (!start) err(key, tr("rules.file.settlement_year_start", arg("key", key), arg("value", s)));
    r.settlement_year_start = start ? loans::format_settlement_year_start(*start) : s;
  } else if (key == "unit") {
    if (s != "calendar" && s != "working")
      err(key,
          tr("rules.file.one_of", arg("key", key), arg("choices", "calendar, working"), arg("value", s)));
    r.unit = s;
  }
}

// `level` and `violation`, which any rule may have: codes or Chinese names, kept as codes.
void set_warning_class(Rule& r, const std::string& key, const json& v, const ErrFn& err) {
  bool is_level = key == "level";
  std::optional<std::string> code;
  if (v.is_string())
    code = is_level ? level_code(v.get<std::string>()) : violation_code(v.get<std::string>());
  if (!code)
    return err(key, tr("rules.file.one_of", arg("key", key),
                       arg("choices", known_classes(is_level ? warning_levels() : violation_categories())),
                       arg("value", v.is_string() ? v.get<std::string>() : v.dump())));
  (is_level ? r.level : r.violation) = code;
}

// A risk_fund rule's shares are of 100% at most, the fund's more than nothing; it compensates a loan
// overdue a day at least. Unsaid: fund_share 80% (8:2), days 90, product microcredit.
void check_risk_fund(Rule& r, const ErrFn& err) {
  for (auto [key, rate] : {std::pair{"size_rate", &r.size_rate}, std::pair{"fund_share", &r.fund_share}})
    if (*rate && **rate > 1) err(key, tr("rules.file.rate_at_most_100", arg("key", key)));
  if (r.fund_share && *r.fund_share <= 0) err("fund_share", tr("rules.file.fund_share_zero"));
  if (r.days && *r.days < 1) err("days", tr("rules.file.at_least_one", arg("key", "days")));
  if (!r.fund_share) r.fund_share = Rational(4, 5);
  if (!r.days) r.days = 90;
  if (!r.product) r.product = "microcredit";
}

}  // namespace

void build_params(Rule& r, const json& params, const std::set<std::string>& known_categories,
                  const ErrFn& err) {
  std::set<std::string> allowed;
  if (!check_param_names(r, params, allowed, err)) return;
  for (auto& [key, v] : params.items()) {
    if (key == "level" || key == "violation")
      set_warning_class(r, key, v, err);
    else if (!allowed.count(key))
      err(key, tr("rules.file.not_a_parameter", arg("key", key), arg("kind", r.kind)));
    else if (kMoneyKeys.count(key))
      set_money_param(r, key, v, err);
    else if (key == "share_max")
      set_rate_param(r, key, v, err);
    else if (key == "from_month" || key == "years")
      set_int_param(r, key, v, err);
    else if (kRateKeys.count(key))
      set_rate_param(r, key, v, err);
    else if (kIntKeys.count(key))
      set_int_param(r, key, v, err);
    else if (kListKeys.count(key))
      set_list_param(r, key, v, known_categories, err);
    else
      set_text_param(r, key, v, known_categories, err);
  }
  if (r.kind == "growth" && r.basis && !r.category) err("basis", tr("rules.file.basis_needs_category"));
  if ((r.kind == "floor" || r.kind == "ceiling") && r.category) r.categories = {*r.category};
  if (r.kind == "growth" && !r.basis && r.category) r.basis = "budget";
  if (r.kind == "cap_per_payee" && !r.period) r.period = "year";
  if (r.kind == "eligible_payees" && !r.require) r.require = "registered_household";
  long weights = 0;
  for (const auto& [key, w] : r.weights) weights += w;
  if (r.kind == "ranking_weights" && r.weights.count("progress") && r.weights.count("warnings") &&
      r.weights.count("lag")) {
    const long parts = r.weights["progress"] + r.weights["warnings"] + r.weights["lag"];
    if (parts != 100) err("kind", tr("rules.file.ranking_weights_sum", arg("sum", parts)));
  }
  if (r.kind == "performance_weights" && r.weights.size() == 4 && weights != 100)
    err("kind", tr("rules.file.weights_sum", arg("sum", weights)));
  if (r.kind == "progress_bands" && r.weights.size() == 2 &&
      !(r.weights["yellow"] < r.weights["red"] && r.weights["red"] <= 100))
    err("red",
        tr("rules.file.bands_order", arg("red", r.weights["red"]), arg("yellow", r.weights["yellow"])));
  // The monitoring checks' parameters: a share or rate above 100% could never be reached or always
  // would be; from January every payment would be "late"; a balance still on the day it moved is not dormant.
  if (r.kind == "npl_ratio_max" && r.max_rate && *r.max_rate > 1)
    err("max_rate", tr("rules.file.rate_at_most_100", arg("key", "max_rate")));
  if (r.kind == "risk_fund") check_risk_fund(r, err);
  if (r.kind == "year_end_rush" && r.share_max && *r.share_max > 1)
    err("share_max", tr("rules.file.rate_at_most_100", arg("key", "share_max")));
  if (r.kind == "execution_min" && r.min_rate && *r.min_rate > 1)
    err("min_rate", tr("rules.file.rate_at_most_100", arg("key", "min_rate")));
  if (r.from_month && (*r.from_month < 2 || *r.from_month > 12))
    err("from_month", tr("rules.file.late_month", arg("key", "from_month")));
  if (r.years && (*r.years < 1 || *r.years > 20)) err("years", tr("rules.file.years", arg("key", "years")));
  if (r.kind == "dormant" && r.days && *r.days < 1)
    err("days", tr("rules.file.at_least_one", arg("key", "days")));
  if (r.kind == "year_end_rush" && !r.from_month) r.from_month = 11;
  if (r.kind == "execution_min" && !r.years) r.years = 3;
}

}  // namespace fundledger::rules::detail
