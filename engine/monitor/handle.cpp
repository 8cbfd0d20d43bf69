// Handling a warning, one step at a time (handle.hpp).
#include "monitor/handle.hpp"

#include <algorithm>

#include "store/hash.hpp"
#include "text/text.hpp"

namespace fundledger::monitor {
namespace {

using text::arg;
using text::tr;

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The warning `given` names as of the step's date: its id exactly, or the one id it begins.
Warning find_warning(store::Repository& repo, const Step& step, const calendar::WorkCalendar& work) {
  std::string want = upper(step.id);
  auto all = warnings(repo, std::nullopt, calendar::format_date(step.date), work);
  std::vector<Warning*> matches;
  for (auto& w : all) {
    if (w.id == want) return std::move(w);
    if (want.size() >= 4 && w.id.rfind(want, 0) == 0) matches.push_back(&w);
  }
  if (matches.size() == 1) return std::move(*matches.front());
  if (matches.empty())
    throw Refused(
        tr("warnings.no_such_warning", arg("id", step.id), arg("date", calendar::format_date(step.date))));
  std::string ids;
  for (auto* m : matches) ids += (ids.empty() ? "" : ", ") + m->id;
  throw Refused(tr("warnings.ambiguous_id", arg("id", step.id), arg("ids", ids)));
}

void check_order(const Warning& w, const Step& step) {
  Status s = status_of_steps(w.actions);
  bool ok = step.action == "confirm" ? w.found && (s == Status::open || s == Status::suspected)
            : step.action == "rectify"
                ? s == Status::suspected || s == Status::violation || s == Status::rectified
                : s == Status::rectified;
  if (!ok)
    throw Refused(tr(step.action == "confirm"   ? "warnings.cannot_confirm"
                     : step.action == "rectify" ? "warnings.cannot_rectify"
                                                : "warnings.cannot_verify",
                     arg("id", w.id), arg("status", status_name(w.status))));
  if (!w.actions.empty() && step.date < w.actions.back().date)
    throw Refused(tr("warnings.step_before_last", arg("id", w.id),
                     arg("date", calendar::format_date(step.date)),
                     arg("last", calendar::format_date(w.actions.back().date))));
  if (step.action == "confirm" && !step.outcome) throw Refused(tr("warnings.confirm_needs_outcome"));
  if (step.action == "rectify" && (!step.measures || step.measures->empty()))
    throw Refused(tr("warnings.rectify_needs_measures", arg("id", w.id)));
}

std::string joined(const std::vector<std::string>& parts) {
  std::string s;
  for (const auto& p : parts) s += (s.empty() ? "" : ";") + p;
  return s;
}

}  // namespace

std::optional<std::string> outcome_code(const std::string& given) {
  if (given == "normal" || given == "正常" || given == "确认正常") return "normal";
  if (given == "suspected" || given == "疑似" || given == "疑似违规") return "suspected";
  if (given == "violation" || given == "违规" || given == "确认违规") return "violation";
  return std::nullopt;
}

StepResult record_step(store::Repository& repo, const Step& step, const ledger::RunInfo& info,
                       const calendar::WorkCalendar& work) {
  std::string action = "warnings " + step.action + " " + step.id;
  ledger::ImportRun run(repo, "warnings", action, action,
                        store::to_hex(store::sha256(action + info.recorded_at)), info);
  // Judged inside the run's transaction: a step another clerk recorded since is seen.
  Warning w = find_warning(repo, step, work);
  check_order(w, step);
  entries::WarningAction a;
  a.warning_id = w.id;
  a.action = step.action;
  a.outcome = step.action == "confirm" ? step.outcome : std::nullopt;
  a.by = step.by;
  a.note = step.note;
  a.measures = step.action == "rectify" ? step.measures : std::nullopt;
  a.amount_recovered = step.action == "rectify" ? step.amount_recovered : std::nullopt;
  a.attachment_sha256 = step.attachment_sha256;
  a.attachment_name = step.attachment_name;
  a.code = w.finding.code;
  a.level = w.level;
  a.violation = w.violation;
  a.message = w.finding.message;
  a.evidence = joined(w.finding.evidence);
  run.write(entries::Entry{w.id, step.date, std::nullopt, a});
  run.finish();
  StepResult r{w.id, w.status, w.status};
  w.actions.push_back({0, step.date, info.recorded_at, info.operator_name, a});
  r.after = status_after(w.actions, w.found);
  return r;
}

}  // namespace fundledger::monitor
