#include <algorithm>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/cli.hpp"
#include "ledger/diagnostics.hpp"
#include "reports/output_file.hpp"
#include "reports/table_json.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

void add_global_options(CLI::App& app, Globals& g) {
  app.add_option("--db", g.db_path, text::tr("help.global.ledger"));
  app.add_option("--county", g.county, text::tr("help.global.county"));
  app.add_option("--format", g.format, text::tr("help.global.format"))
      ->check(CLI::IsMember({"text", "csv", "json"}));
  app.add_option("--lang", g.lang, text::tr("help.global.lang"))->check(CLI::IsMember({"zh", "en"}));
  app.add_option("--operator", g.operator_name, text::tr("help.global.operator"));
  app.add_flag("--read-only", g.read_only, text::tr("help.global.read_only"));
  app.add_option("--holidays", g.holidays, text::tr("help.global.holidays"));
}

const calendar::WorkCalendar& Globals::work_calendar() const {
  if (!work_calendar_) {
    auto work = std::make_shared<calendar::WorkCalendar>(calendar::WorkCalendar::shipped());
    try {
      if (!holidays.empty()) work->add_file(holidays);
    } catch (const calendar::HolidayFileError& e) {
      ledger::Diagnostics d;
      d.error(e.file, e.line, static_cast<int>(e.column), e.message);
      throw ledger::InputError(std::move(d));
    }
    work_calendar_ = std::move(work);
  }
  return *work_calendar_;
}

std::string clock_now_iso() {
  if (const char* now = std::getenv("FUNDLEDGER_NOW"); now && *now) return now;
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::unique_ptr<store::Repository> Globals::open(bool write) const {
  if (write && read_only) throw UsageError(text::tr("cli.read_only_refused"));
  return store::open_repository(db_path,
                                write
                                    ? store::OpenMode::read_write
                                    : (read_only ? store::OpenMode::read_only : store::OpenMode::read_write),
                                county);
}

void Globals::refuse_ledger_as_output(const std::string& out) const {
  std::string hit = reports::ledger_file_hit_by(out, db_path);
  if (!hit.empty())
    throw UsageError(text::tr("cli.output_is_ledger", text::arg("out", out), text::arg("ledger", hit)));
}

void Globals::check_output_path(const std::string& out) const {
  std::filesystem::path folder = std::filesystem::path(out).parent_path();
  if (folder.empty()) folder = ".";
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec))
    throw UsageError(
        text::tr(std::filesystem::exists(folder, ec) ? "cli.output_not_folder" : "cli.output_no_folder",
                 text::arg("out", out), text::arg("folder", folder.string())));
  refuse_ledger_as_output(out);
}

std::string Globals::as_of(const std::string& given) const {
  const std::string& opt = given.empty() ? as_of_before_verb : given;
  if (opt.empty()) return today;
  auto d = calendar::parse_date(opt);
  if (!d) throw UsageError(text::tr("cli.as_of_invalid", text::arg("why", d.error)));
  return calendar::format_date(*d.value);
}

std::vector<std::pair<int, Registrar>>& verb_registry() {
  static std::vector<std::pair<int, Registrar>> r;
  return r;
}

VerbRegistration::VerbRegistration(int order, Registrar r) { verb_registry().emplace_back(order, r); }

std::map<std::string, ImportHandler>& import_handlers() {
  static std::map<std::string, ImportHandler> h;
  return h;
}
ImportHandlerRegistration::ImportHandlerRegistration(const char* kind, ImportHandler h) {
  import_handlers()[kind] = h;
}

GateFactory& gate_factory() {
  static GateFactory f = nullptr;
  return f;
}
GateRegistration::GateRegistration(GateFactory f) { gate_factory() = f; }

void print_json(const nlohmann::json& j) { std::cout << j.dump(2) << "\n"; }

void print_report_table(const Globals& g, const reports::Table& t, nlohmann::json head) {
  if (g.format == "json") {
    const nlohmann::json table = reports::table_json(t);  // kept: items() of a temporary would dangle
    for (const auto& [k, v] : table.items()) head[k] = v;
    print_json(head);
  } else if (g.format == "csv") {
    std::cout << reports::render_csv(t);
  } else {
    std::cout << reports::render_text(t, g.language(), Unit::yuan);
  }
}

void print_written(const Globals& g, const std::vector<std::string>& files) {
  if (g.format == "json") {
    print_json({{"wrote", files}});
    return;
  }
  for (const auto& f : files) std::cout << text::tr("cli.wrote", text::arg("file", f)) << "\n";
}

std::string money_json(const Money& m) { return format_yuan(m); }

calendar::Date entry_date(const Globals& g, const std::string& given) {
  const std::string date = given.empty() ? g.today : given;
  auto d = calendar::parse_date(date);
  if (!d) throw UsageError(text::tr("cli.bad_entry_date", text::arg("value", date)));
  if (date > g.today)
    throw UsageError(
        text::tr("cli.entry_date_in_future", text::arg("date", date), text::arg("today", g.today)));
  return *d.value;
}

std::pair<int, int> month_arg(const std::string& s) {
  auto m = calendar::parse_month(s);
  if (!m)
    throw UsageError(text::tr("cli.month_invalid", text::arg("value", s), text::arg("form", "YYYY年M月")));
  if (m->first < 1900 || m->first > 2999)
    throw UsageError(text::tr("cli.month_year_range", text::arg("value", s)));
  return *m;
}

std::string next_day_id(const std::string& prefix, const calendar::Date& on,
                        const std::function<bool(const std::string&)>& taken) {
  std::string day = calendar::format_date(on);
  day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
  for (int n = 1;; ++n) {
    std::string id = prefix + "-" + day + "-" + std::to_string(n);
    if (!taken(id)) return id;
  }
}

std::string import_summary(const std::string& kind, const std::string& file, long added, long skipped) {
  return text::tr("import.summary", text::arg("what", text::tr("import.what." + kind)),
                  text::arg("file", file), text::arg("added", added), text::arg("skipped", skipped));
}

void print_import_report(const Globals& g, const std::string& kind, const ledger::ImportReport& rep) {
  for (const auto& w : rep.warnings) std::cerr << w.str() << "\n";
  if (g.format == "json") {
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& w : rep.warnings) warnings.push_back(w.str());
    print_json({{"kind", kind},
                {"file", rep.file},
                {"added", rep.added},
                {"skipped", rep.skipped},
                {"warnings", warnings}});
  } else {
    std::cout << import_summary(kind, rep.file, rep.added, rep.skipped) << "\n";
  }
}

}  // namespace fundledger::cli
