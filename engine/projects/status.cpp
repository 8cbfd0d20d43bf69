// import project-status: each step must be the next of its project's life (projects.hpp).
#include <algorithm>
#include <map>

#include "ledger/entry_diff.hpp"
#include "ledger/fields.hpp"
#include "ledger/read.hpp"
#include "projects/import_run.hpp"
#include "projects/projects.hpp"
#include "store/project_reads.hpp"
#include "text/text.hpp"

namespace fundledger::projects {

namespace {

using ledger::CsvRow;
using ledger::Fields;
enum { S_ID, S_STATUS, S_DATE, S_YEAR, S_DOC, S_REASON };

// The place of a step in the life (withdrawn: 0, it may come at any point before the end).
int rank_of(const std::string& status) {
  static const std::vector<std::string> order = {"applied", "town_reviewed", "approved", "planned",
                                                 "started", "completed",     "accepted"};
  auto it = std::find(order.begin(), order.end(), status);
  return it == order.end() ? 0 : static_cast<int>(it - order.begin()) + 1;
}

std::string key_of(const entries::ProjectStatus& s) {
  std::string key = s.project_id + "/" + s.status;
  if (s.year) key += "/" + std::to_string(*s.year);
  return key;
}

// Why `s` cannot be the next step of `life` (a message), or nothing.
std::optional<std::string> step_problem(const Life& life, const entries::ProjectStatus& s) {
  const auto name = [](const std::string& code) { return name_of(statuses(), code); };
  if (life.steps.empty()) {
    if (s.status == "applied" || s.status == "withdrawn") return std::nullopt;
    return text::tr("projects.first_step", text::arg("project", s.project_id),
                    text::arg("status", name(s.status)));
  }
  const auto& last = life.steps.back();
  if (last.status == "accepted" || last.status == "withdrawn")
    return text::tr("projects.life_ended", text::arg("project", s.project_id),
                    text::arg("status", name(last.status)),
                    text::arg("date", calendar::format_date(last.date)));
  if (s.date < last.date)
    return text::tr("projects.step_date_back", text::arg("project", s.project_id),
                    text::arg("date", calendar::format_date(s.date)), text::arg("last", name(last.status)),
                    text::arg("last_date", calendar::format_date(last.date)));
  if (s.status == "withdrawn") return std::nullopt;
  int have = rank_of(last.status), want = rank_of(s.status);
  if (s.status == "planned" && have >= rank_of("planned")) {
    auto years = life.plan_years(s.date);
    if (years.empty() || *s.year > *std::max_element(years.begin(), years.end())) return std::nullopt;
    return text::tr("projects.planned_again", text::arg("project", s.project_id), text::arg("year", *s.year));
  }
  if (want == have + 1) return std::nullopt;
  return text::tr("projects.step_out_of_order", text::arg("project", s.project_id),
                  text::arg("status", name(s.status)), text::arg("last", name(last.status)));
}

std::optional<entries::ProjectStatus> read_step(Fields& f) {
  entries::ProjectStatus s;
  s.project_id = f.text(S_ID);
  auto status = f.choice(S_STATUS, statuses(), true);
  auto date = f.date(S_DATE);
  auto year = f.opt_integer(S_YEAR, 1990, 2200);
  s.doc_no = f.text(S_DOC);
  s.reason = f.opt_text(S_REASON);
  if (status && *status == "planned" && !year) f.error(S_YEAR, text::tr("projects.planned_needs_year"));
  if (status && *status != "planned" && year) f.error(S_YEAR, text::tr("projects.year_only_planned"));
  if (status && *status == "withdrawn" && !s.reason)
    f.error(S_REASON, text::tr("projects.withdrawn_needs_reason"));
  if (!f.ok() || !status || !date) return std::nullopt;
  s.status = *status;
  s.date = *date;
  if (year) s.year = static_cast<int>(*year);
  return s;
}

}  // namespace

ledger::ImportReport import_statuses(store::Repository& repo, const std::string& path,
                                     const ImportOptions& opt) {
  auto run = open_import_run(repo, "project-status", path, opt);
  Library lib = Library::load(repo);
  std::map<std::string, Life> lives;  // as recorded, then with this file's steps
  const auto& cols = status_columns();
  ledger::read_csv({path, opt.sheet}, cols, run.diag(), [&](const CsvRow& r) {
    Fields f(r, cols, run.diag(), path);
    auto s = read_step(f);
    if (!s) return;
    if (!lib.find(s->project_id))
      return run.error(r.line, text::tr("projects.not_in_library", text::arg("project", s->project_id)));
    auto [it, fresh] = lives.try_emplace(s->project_id, lib.life(s->project_id));
    auto& steps = it->second.steps;
    const std::string key = key_of(*s);
    auto same_key = std::find_if(steps.begin(), steps.end(), [&](const auto& x) { return key_of(x) == key; });
    if (same_key != steps.end()) {
      if (*same_key == *s) return run.skipped();
      return run.error(r.line, text::tr("projects.step_recorded_differently", text::arg("key", key),
                                        text::arg("diff", ledger::difference(*same_key, *s))));
    }
    if (auto problem = step_problem(it->second, *s)) return run.error(r.line, *problem);
    steps.push_back(*s);
    run.write({key, s->date, std::nullopt, *s}, r.line);
  });
  return run.finish();
}

}  // namespace fundledger::projects
