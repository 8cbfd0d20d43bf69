// Reading a holiday file (holiday_file.hpp): TOML through toml++, every problem a HolidayFileError
// naming the file, line, column, key and value.
#include "calendar/holiday_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <cerrno>
#include <fstream>
#include <map>
#include <sstream>

#include "text/text.hpp"

namespace fundledger::calendar {

namespace {
// "FILE:LINE:COLUMN: " as Diagnostics writes it: the line and column only when known.
std::string located(const std::string& file, long line, long column) {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line);
  if (line > 0 && column > 0) s += ":" + std::to_string(column);
  return s + ": ";
}
}  // namespace

HolidayFileError::HolidayFileError(std::string file_, long line_, long column_, std::string key_,
                                   std::string value_, const std::string& message_)
    : std::runtime_error(located(file_, line_, column_) + message_),
      file(std::move(file_)),
      line(line_),
      column(column_),
      key(std::move(key_)),
      value(std::move(value_)),
      message(message_) {}

namespace {

constexpr std::string_view kKnownKeys = "year, replace, holidays, workdays, date, name";

std::string written(const toml::node& n) {
  std::ostringstream os;
  n.visit([&os](const auto& v) { os << v; });
  return os.str();
}

// Where a syntax error stands: the key assigned on that line before the column, if any
// (`date = 2019-02-30` -> "date"), so that a bad TOML date is said of its key too.
std::string key_before(std::string_view content, long line, long column) {
  std::size_t pos = 0;
  for (long l = 1; l < line && pos != std::string_view::npos; ++l) {
    pos = content.find('\n', pos);
    if (pos != std::string_view::npos) ++pos;
  }
  if (pos == std::string_view::npos) return {};
  auto text = content.substr(pos, content.find('\n', pos) - pos);
  text = text.substr(0, std::min(text.size(), static_cast<std::size_t>(std::max(column, 1L))));
  auto eq = text.rfind('=');
  if (eq == std::string_view::npos) return {};
  auto end = text.find_last_not_of(" \t", eq == 0 ? 0 : eq - 1);
  if (end == std::string_view::npos || eq == 0) return {};
  auto begin = end + 1;
  auto is_key = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; };
  while (begin > 0 && is_key(text[begin - 1])) --begin;
  return std::string(text.substr(begin, end + 1 - begin));
}

// Reads one file's tables; each check throws at the node it is about.
class Reader {
 public:
  Reader(std::string_view content, const std::string& path) : content_(content), path_(path) {}

  HolidayFile read() {
    toml::table doc;
    try {
      doc = toml::parse(content_, path_);
    } catch (const toml::parse_error& e) {
      long line = static_cast<long>(e.source().begin.line),
           column = static_cast<long>(e.source().begin.column);
      auto key = key_before(content_, line, column);
      std::string detail(e.description());
      throw HolidayFileError(path_, line, column, key, {},
                             key.empty() ? text::tr("calendar.holidays.syntax", text::arg("detail", detail))
                                         : text::tr("calendar.holidays.syntax_at_key", text::arg("key", key),
                                                    text::arg("detail", detail)));
    }
    HolidayFile file{path_, {}};
    for (auto& [k, v] : doc)
      if (k.str() != "year") unknown(v, std::string(k.str()));
    const toml::node* years = doc.get("year");
    if (!years) return file;
    const auto* arr = years->as_array();
    if (!arr || !arr->is_array_of_tables()) wrong_type(*years, "year", "[[year]]");
    std::size_t i = 0;
    for (const auto& t : *arr) file.years.push_back(year(*t.as_table(), fmt::format("year[{}]", ++i)));
    return file;
  }

 private:
  [[noreturn]] void fail(const toml::node& n, std::string key, std::string value,
                         const std::string& msg) const {
    throw HolidayFileError(path_, static_cast<long>(n.source().begin.line),
                           static_cast<long>(n.source().begin.column), std::move(key), std::move(value), msg);
  }
  [[noreturn]] void unknown(const toml::node& n, const std::string& key) const {
    fail(n, key, {},
         text::tr("calendar.holidays.unknown_key", text::arg("key", key), text::arg("known", kKnownKeys)));
  }
  [[noreturn]] void wrong_type(const toml::node& n, const std::string& key, std::string_view expected) const {
    auto value = written(n);
    fail(n, key, value,
         text::tr("calendar.holidays.wrong_type", text::arg("key", key), text::arg("value", value),
                  text::arg("expected", expected)));
  }
  const toml::node& required(const toml::table& t, const char* key, const std::string& where) const {
    const toml::node* n = t.get(key);
    auto path = where + "." + key;
    if (!n) fail(t, path, {}, text::tr("calendar.holidays.missing_key", text::arg("key", path)));
    return *n;
  }

  HolidayYear year(const toml::table& t, const std::string& where) {
    for (auto& [k, v] : t)
      if (k.str() != "year" && k.str() != "replace" && k.str() != "holidays" && k.str() != "workdays")
        unknown(v, where + "." + std::string(k.str()));
    HolidayYear y;
    y.line = static_cast<long>(t.source().begin.line);
    const toml::node& n = required(t, "year", where);
    auto key = where + ".year";
    if (!n.is_integer()) wrong_type(n, key, "2019");
    auto value = n.as_integer()->get();
    if (value < 1900 || value > 2999)
      fail(n, key, written(n),
           text::tr("calendar.holidays.bad_year", text::arg("key", key), text::arg("value", value)));
    y.year = static_cast<int>(value);
    auto [seen, fresh] = years_.emplace(y.year, static_cast<long>(n.source().begin.line));
    if (!fresh)
      fail(n, key, written(n),
           text::tr("calendar.holidays.duplicate_year", text::arg("key", key), text::arg("value", y.year),
                    text::arg("line", seen->second)));
    if (const toml::node* r = t.get("replace")) {
      if (!r->is_boolean()) wrong_type(*r, where + ".replace", "true");
      y.replace = r->as_boolean()->get();
    }
    days(t, "holidays", where, false, y);
    days(t, "workdays", where, true, y);
    return y;
  }

  void days(const toml::table& t, const char* kind, const std::string& where, bool working, HolidayYear& y) {
    const toml::node* n = t.get(kind);
    if (!n) return;
    auto list_key = where + "." + kind;
    const auto* arr = n->as_array();
    if (!arr) wrong_type(*n, list_key, R"([ { date = 2019-10-01, name = "国庆节" } ])");
    std::size_t i = 0;
    for (const auto& e : *arr) {
      auto key = fmt::format("{}[{}]", list_key, ++i);
      const auto* day = e.as_table();
      if (!day) wrong_type(e, key, R"({ date = 2019-10-01, name = "国庆节" })");
      y.days.push_back(named_day(*day, key, working, y.year));
    }
  }

  NamedDay named_day(const toml::table& t, const std::string& where, bool working, int year) {
    for (auto& [k, v] : t)
      if (k.str() != "date" && k.str() != "name") unknown(v, where + "." + std::string(k.str()));
    NamedDay d;
    d.working = working;
    const toml::node& dn = required(t, "date", where);
    d.line = static_cast<long>(dn.source().begin.line);
    d.date = date(dn, where + ".date", year, working);
    const toml::node& nn = required(t, "name", where);
    if (!nn.is_string()) wrong_type(nn, where + ".name", R"("国庆节")");
    d.name = nn.as_string()->get();
    if (d.name.find_first_not_of(" \t") == std::string::npos)
      fail(nn, where + ".name", d.name,
           text::tr("calendar.holidays.empty_name", text::arg("key", where + ".name")));
    return d;
  }

  Date date(const toml::node& n, const std::string& key, int year, bool working) {
    std::string value;
    if (const auto* td = n.as_date()) {
      const toml::date& v = td->get();
      value = fmt::format("{:04}-{:02}-{:02}", v.year, v.month, v.day);
    } else if (const auto* s = n.as_string()) {
      value = s->get();
    } else {
      wrong_type(n, key, "2019-10-01");
    }
    auto r = parse_date(value);
    if (!r)
      fail(n, key, value,
           text::tr("calendar.holidays.bad_date", text::arg("key", key), text::arg("message", r.error)));
    Date d = *r.value;
    if (d.year() != year)
      fail(n, key, value,
           text::tr("calendar.holidays.date_outside_year", text::arg("key", key), text::arg("value", value),
                    text::arg("year", year)));
    auto dow = d.day_of_week().as_number();
    if (working && dow != 0 && dow != 6)
      fail(n, key, value,
           text::tr("calendar.holidays.workday_not_weekend", text::arg("key", key),
                    text::arg("value", value)));
    auto [seen, fresh] = dates_.emplace(d, static_cast<long>(n.source().begin.line));
    if (!fresh)
      fail(n, key, value,
           text::tr("calendar.holidays.duplicate_date", text::arg("key", key), text::arg("value", value),
                    text::arg("line", seen->second)));
    return d;
  }

  std::string_view content_;
  const std::string& path_;
  std::map<int, long> years_;
  std::map<Date, long> dates_;
};

}  // namespace

HolidayFile parse_holiday_file(std::string_view content, const std::string& path) {
  return Reader(content, path).read();
}

HolidayFile read_holiday_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int err = errno;
    throw HolidayFileError(
        path, 0, 0, {}, {},
        text::tr("calendar.holidays.cannot_read", text::arg("reason", text::system_reason(err))));
  }
  std::ostringstream content;
  content << in.rdbuf();
  return parse_holiday_file(content.str(), path);
}

}  // namespace fundledger::calendar
