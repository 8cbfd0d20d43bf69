// import targets and import results: a project's performance targets (绩效目标) and the values
// measured against them, to journal entries (projects.hpp).
#include <map>
#include <set>

#include "ledger/entry_diff.hpp"
#include "ledger/fields.hpp"
#include "ledger/read.hpp"
#include "projects/import_run.hpp"
#include "projects/projects.hpp"
#include "store/project_reads.hpp"
#include "text/text.hpp"

namespace fundledger::projects {

namespace {

using ledger::ColumnDef;
using ledger::CsvRow;
using ledger::Fields;

const ledger::Choices kKinds = {{"output", "产出"}, {"benefit", "效益"}, {"satisfaction", "满意度"}};
const ledger::Choices kSubKinds = {{"quantity", "数量"},   {"quality", "质量"},      {"timeliness", "时效"},
                                   {"cost", "成本"},       {"economic", "经济"},     {"social", "社会"},
                                   {"ecological", "生态"}, {"sustainable", "可持续"}};
const ledger::Choices kDirections = {{">=", "≥"}, {"<=", "≤"}};

const std::vector<ColumnDef> kTargetCols = {
    {"project_id", "项目编号", true}, {"indicator_id", "指标编号", true}, {"kind", "指标类别", true},
    {"sub_kind", "二级指标", false},  {"name", "指标名称", true},         {"unit", "单位", true},
    {"planned", "目标值", true},      {"direction", "方向", true}};
enum { T_PROJECT, T_ID, T_KIND, T_SUB, T_NAME, T_UNIT, T_PLANNED, T_DIRECTION };

const std::vector<ColumnDef> kResultCols = {{"project_id", "项目编号", true},
                                            {"indicator_id", "指标编号", true},
                                            {"date", "日期", true},
                                            {"value", "完成值", true},
                                            {"note", "说明", false}};
enum { R_PROJECT, R_ID, R_DATE, R_VALUE, R_NOTE };

// The sub-kinds of each kind (satisfaction has none).
bool sub_kind_fits(const std::string& kind, const std::string& sub) {
  static const std::set<std::string> output = {"quantity", "quality", "timeliness", "cost"};
  if (kind == "output") return output.count(sub) > 0;
  return kind == "benefit" && !output.count(sub);
}

// A column's exact decimal (non-negative, at most 6 decimals, below 10^12) in its stored text.
std::optional<std::string> decimal_field(Fields& f, std::size_t col) {
  std::string raw = f.text(col);
  if (raw.empty()) return std::nullopt;
  if (raw.find('%') != std::string::npos || raw.find("％") != std::string::npos) {
    f.error(col, text::tr("performance.value_percent", text::arg("value", raw)));
    return std::nullopt;
  }
  auto d = parse_decimal(raw);
  if (!d) {
    f.error(col, text::tr("performance.value_invalid", text::arg("value", raw)));
    return std::nullopt;
  }
  return decimal_text(*d);
}

std::optional<entries::Target> read_target(Fields& f) {
  entries::Target t;
  t.project_id = f.text(T_PROJECT);
  t.indicator_id = f.text(T_ID);
  auto kind = f.choice(T_KIND, kKinds, true);
  const bool sub_given = f.opt_text(T_SUB).has_value();
  t.sub_kind = f.choice(T_SUB, kSubKinds, false);
  t.name = f.text(T_NAME);
  t.unit = f.text(T_UNIT);
  auto planned = decimal_field(f, T_PLANNED);
  auto direction = f.choice(T_DIRECTION, kDirections, true);
  if (kind && *kind == "satisfaction" && t.sub_kind)
    f.error(T_SUB, text::tr("performance.satisfaction_no_sub_kind"));
  else if (kind && *kind != "satisfaction" && !sub_given)
    f.error(T_SUB, text::tr("performance.sub_kind_needed", text::arg("kind", name_of(kKinds, *kind))));
  else if (kind && t.sub_kind && !sub_kind_fits(*kind, *t.sub_kind))
    f.error(T_SUB,
            text::tr("performance.sub_kind_of_other", text::arg("sub", name_of(kSubKinds, *t.sub_kind)),
                     text::arg("kind", name_of(kKinds, *kind))));
  if (!f.ok() || !kind || !planned || !direction) return std::nullopt;
  t.kind = *kind;
  t.planned = *planned;
  t.direction = *direction;
  return t;
}

std::optional<entries::TargetResult> read_result(Fields& f) {
  entries::TargetResult r;
  r.project_id = f.text(R_PROJECT);
  r.indicator_id = f.text(R_ID);
  auto date = f.date(R_DATE);
  auto value = decimal_field(f, R_VALUE);
  r.note = f.opt_text(R_NOTE);
  if (!f.ok() || !date || !value) return std::nullopt;
  r.date = *date;
  r.value = *value;
  return r;
}

}  // namespace

std::optional<Rational> parse_decimal(const std::string& text) {
  if (text.find('%') != std::string::npos || text.find("％") != std::string::npos) return std::nullopt;
  auto r = parse_rate(text);
  if (!r || *r.value < 0 || *r.value >= Rational(1'000'000'000'000LL)) return std::nullopt;
  if (denominator(Rational(*r.value * 1'000'000)) != 1) return std::nullopt;
  return *r.value;
}

std::string decimal_text(const Rational& r) {
  Rational scaled = r;
  for (int d = 0; d < 18; ++d, scaled *= 10)
    if (denominator(scaled) == 1) return format_ratio(r, d);
  return format_ratio(r, 18);
}

const ledger::Choices& target_kinds() { return kKinds; }
const ledger::Choices& target_sub_kinds() { return kSubKinds; }
const std::vector<ColumnDef>& target_columns() { return kTargetCols; }
const std::vector<ColumnDef>& result_columns() { return kResultCols; }

ledger::ImportReport import_targets(store::Repository& repo, const std::string& path,
                                    const ImportOptions& opt) {
  auto run = open_import_run(repo, "targets", path, opt);
  const Library lib = Library::load(repo);
  std::map<std::string, entries::Target> recorded;  // "project/indicator": recorded, and added by this file
  for (auto& t : repo.projects().targets()) recorded[t.project_id + "/" + t.indicator_id] = t;
  std::map<std::string, long> line_of;
  ledger::read_csv({path, opt.sheet}, kTargetCols, run.diag(), [&](const CsvRow& r) {
    Fields f(r, kTargetCols, run.diag(), path);
    auto t = read_target(f);
    if (!t) return;
    const auto* p = lib.find(t->project_id);
    if (!p)
      return run.error(r.line, text::tr("projects.not_in_library", text::arg("project", t->project_id)));
    t->project_id = p->project_id;  // named by its id or its name
    const std::string key = t->project_id + "/" + t->indicator_id;
    if (auto [it, fresh] = line_of.emplace(key, r.line); !fresh)
      return run.error(
          r.line,
          text::tr("ledger.key_twice_in_file", text::arg("noun", text::tr("performance.noun_target")),
                   text::arg("key", key), text::arg("first", it->second), text::arg("second", r.line)));
    if (auto it = recorded.find(key); it != recorded.end()) {
      if (it->second == *t) return run.skipped();
      return run.error(r.line, text::tr("performance.target_recorded_differently", text::arg("key", key),
                                        text::arg("diff", ledger::difference(it->second, *t))));
    }
    recorded[key] = *t;
    run.write({key, day_recorded(opt.recorded_at), std::nullopt, *t}, r.line);
  });
  return run.finish();
}

ledger::ImportReport import_results(store::Repository& repo, const std::string& path,
                                    const ImportOptions& opt) {
  auto run = open_import_run(repo, "results", path, opt);
  const Library lib = Library::load(repo);
  std::set<std::string> indicators;
  for (auto& t : repo.projects().targets()) indicators.insert(t.project_id + "/" + t.indicator_id);
  std::map<std::string, entries::TargetResult> recorded;  // "project/indicator/date"
  for (auto& v : repo.projects().target_results())
    recorded[v.project_id + "/" + v.indicator_id + "/" + calendar::format_date(v.date)] = v;
  std::map<std::string, long> line_of;
  ledger::read_csv({path, opt.sheet}, kResultCols, run.diag(), [&](const CsvRow& r) {
    Fields f(r, kResultCols, run.diag(), path);
    auto v = read_result(f);
    if (!v) return;
    if (const auto* p = lib.find(v->project_id)) v->project_id = p->project_id;
    const std::string indicator = v->project_id + "/" + v->indicator_id;
    if (!indicators.count(indicator))
      return run.error(r.line, text::tr("performance.no_such_target", text::arg("project", v->project_id),
                                        text::arg("indicator", v->indicator_id)));
    const std::string key = indicator + "/" + calendar::format_date(v->date);
    if (auto [it, fresh] = line_of.emplace(key, r.line); !fresh)
      return run.error(
          r.line,
          text::tr("ledger.key_twice_in_file", text::arg("noun", text::tr("performance.noun_result")),
                   text::arg("key", key), text::arg("first", it->second), text::arg("second", r.line)));
    if (auto it = recorded.find(key); it != recorded.end()) {
      if (it->second == *v) return run.skipped();
      return run.error(r.line, text::tr("performance.result_recorded_differently", text::arg("key", key),
                                        text::arg("diff", ledger::difference(it->second, *v))));
    }
    run.write({key, v->date, std::nullopt, *v}, r.line);
  });
  return run.finish();
}

}  // namespace fundledger::projects
