// The warnings as of a date (warnings.hpp): the audit's findings with ids, classes and handling.
#include "monitor/warnings.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "audit/audit.hpp"
#include "base/assert.hpp"
#include "rules/warning_class.hpp"
#include "text/text.hpp"

namespace fundledger::monitor {
namespace {

struct StatusName {
  Status status;
  const char* code;
  const char* zh;
  const char* message_id;  // its name in the catalogue
};
constexpr StatusName kStatuses[] = {{Status::open, "open", "待处理", "warnings.status.open"},
                                    {Status::normal, "normal", "确认正常", "warnings.status.normal"},
                                    {Status::suspected, "suspected", "疑似违规", "warnings.status.suspected"},
                                    {Status::violation, "violation", "确认违规", "warnings.status.violation"},
                                    {Status::rectified, "rectified", "已整改", "warnings.status.rectified"},
                                    {Status::verified, "verified", "已核实", "warnings.status.verified"},
                                    {Status::resolved, "resolved", "数据已纠正", "warnings.status.resolved"}};

std::vector<std::string> split_evidence(const std::string& joined) {
  std::vector<std::string> out;
  std::stringstream ss(joined);
  std::string part;
  while (std::getline(ss, part, ';'))
    if (!part.empty()) out.push_back(part);
  return out;
}

// The day a finding arose: the check's own `since` when it knows it (an idle lot's threshold
// reached), or the deadline it missed (the lag rules), else the latest date, by the as-of date, of the
// entries its evidence names (the payment that made the duplicate, the payment over the cap). A household's
// or project's record carries the day it was entered, not a day of the problem: it is a date only if not
// later than the as-of date.
std::optional<calendar::Date> since_of(const rules::Finding& f,
                                       const std::map<std::string, calendar::Date>& dates,
                                       const calendar::Date& as_of) {
  if (f.since)
    if (auto d = calendar::parse_date(*f.since); d) return *d.value;
  if (auto it = f.subject.find("deadline"); it != f.subject.end())  // the lag rules' findings
    if (auto d = calendar::parse_date(it->second); d) return *d.value;
  std::optional<calendar::Date> latest;
  for (const auto& e : f.evidence)
    if (auto it = dates.find(e);
        it != dates.end() && it->second <= as_of && (!latest || it->second > *latest))
      latest = it->second;
  return latest;
}

int level_rank(const std::string& level) {
  const auto& levels = rules::warning_levels();
  for (std::size_t i = 0; i < levels.size(); ++i)
    if (levels[i].code == level) return static_cast<int>(i);
  return static_cast<int>(levels.size());
}

// A handled warning no longer found, as it read when last handled.
Warning gone_warning(store::Repository& repo, const std::string& id,
                     std::vector<store::WarningActionRow> actions) {
  Warning w;
  w.id = id;
  w.found = false;
  const auto& last = actions.back().action;
  w.finding.code = last.code;
  w.finding.message = last.message;
  w.finding.evidence = split_evidence(last.evidence);
  w.level = last.level;
  w.violation = last.violation;
  w.status = status_after(actions, false);
  if (w.status == Status::resolved)
    w.resolved_by = repo.monitor().first_entry_touching(w.finding.evidence, actions.front().entry_id);
  w.actions = std::move(actions);
  return w;
}

}  // namespace

Status status_of_steps(const std::vector<store::WarningActionRow>& steps) {
  Status s = Status::open;
  for (const auto& step : steps) {
    const auto& a = step.action;
    if (a.action == "confirm")
      s = a.outcome == "normal"      ? Status::normal
          : a.outcome == "violation" ? Status::violation
                                     : Status::suspected;
    else
      s = a.action == "rectify" ? Status::rectified : Status::verified;
  }
  return s;
}

Status status_after(const std::vector<store::WarningActionRow>& steps, bool found) {
  Status s = status_of_steps(steps);
  return !found && s != Status::normal && s != Status::verified ? Status::resolved : s;
}

const char* status_code(Status s) {
  for (const auto& n : kStatuses)
    if (n.status == s) return n.code;
  FL_ASSERT(false, "monitor: every status has a name");
  return "";
}

std::optional<Status> parse_status(const std::string& given) {
  for (const auto& n : kStatuses)
    if (given == n.code || given == n.zh) return n.status;
  return std::nullopt;
}

const char* status_message_id(Status s) {
  for (const auto& n : kStatuses)
    if (n.status == s) return n.message_id;
  FL_ASSERT(false, "monitor: every status has a message");
  return "";
}

std::string status_name(Status s) { return text::tr(status_message_id(s)); }

bool is_open(Status s) { return s != Status::normal && s != Status::verified && s != Status::resolved; }

long Warning::age_days(const calendar::Date& as_of) const {
  return since && *since <= as_of ? calendar::days_between(*since, as_of) : 0;
}

std::vector<Warning> warnings(store::Repository& repo, std::optional<int> year, const std::string& as_of,
                              const calendar::WorkCalendar& work) {
  auto findings = audit::full_audit(repo, year, as_of, work);
  auto in_force = rules::current_rules(repo);
  auto ids = warning_ids(findings);
  auto as_of_date = calendar::parse_date(as_of).value;
  FL_ASSERT(as_of_date.has_value(), "monitor: the as-of date is checked by its caller");
  std::map<std::string, std::vector<store::WarningActionRow>> handled;
  for (auto& a : repo.monitor().warning_actions())
    if (a.date <= *as_of_date) handled[a.action.warning_id].push_back(std::move(a));
  std::set<std::string> keys;
  for (const auto& f : findings) keys.insert(f.evidence.begin(), f.evidence.end());
  auto dates = repo.monitor().latest_dates_of_keys({keys.begin(), keys.end()});
  std::vector<Warning> out;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    Warning w;
    w.id = ids[i];
    auto c = classify(findings[i], in_force);
    w.level = c.level;
    w.violation = c.violation;
    w.since = since_of(findings[i], dates, *as_of_date);
    w.finding = std::move(findings[i]);
    if (auto h = handled.find(w.id); h != handled.end()) {
      w.actions = std::move(h->second);
      handled.erase(h);
    }
    w.status = status_after(w.actions, true);
    out.push_back(std::move(w));
  }
  // With --year, a warning of another year is not found either: only a whole audit tells it is gone.
  if (!year)
    for (auto& [id, actions] : handled) out.push_back(gone_warning(repo, id, std::move(actions)));
  std::stable_sort(out.begin(), out.end(), [](const Warning& a, const Warning& b) {
    int ra = level_rank(a.level), rb = level_rank(b.level);
    return ra != rb ? ra < rb : a.id < b.id;
  });
  return out;
}

}  // namespace fundledger::monitor
