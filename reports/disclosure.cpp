#include "reports/disclosure.hpp"

#include <vector>

#include "calendar/calendar.hpp"
#include "reports/monthly.hpp"
#include "store/report_reads.hpp"

namespace fundledger::reports {
namespace {

std::vector<std::string> utf8_chars(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
    out.push_back(s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace

std::string mask_name(const std::string& name) {
  auto c = utf8_chars(name);
  if (c.empty()) return "";
  if (c.size() == 1) return "*";
  if (c.size() == 2) return c[0] + "*";
  return c.front() + std::string(c.size() - 2, '*') + c.back();
}

std::string mask_id_number(const std::string& id) {
  auto c = utf8_chars(id);
  if (c.size() <= 7) return std::string(c.size(), '*');
  std::string out = c[0] + c[1] + c[2] + std::string(c.size() - 7, '*');
  for (std::size_t i = c.size() - 4; i < c.size(); ++i) out += c[i];
  return out;
}

Disclosure disclosure_report(store::Repository& repo, int year, Lang lang) {
  auto& reads = repo.reports();
  const auto tl = text_lang(lang);
  Disclosure d;
  d.year = year;
  d.projects.title = text::tr_in(tl, "report.title.projects", text::arg("year", year));
  d.projects.columns = {{"seq", "序号", "No.", ColType::integer},
                        {"project", "项目名称", "Project", ColType::text},
                        {"source", "资金来源", "Source of funds", ColType::text},
                        {"amount", "投资规模", "Investment", ColType::money},
                        {"location", "建设地点", "Location", ColType::text},
                        {"content", "建设内容", "Content", ColType::text},
                        {"responsible", "责任单位", "Responsible unit", ColType::text}};
  std::int64_t seq = 0;
  Money total;
  for (const auto& a : reads.allocation_notices(year)) {
    const std::string& line_name = a.line_name;
    std::string project = !a.project || a.project->empty() ? line_name : *a.project;
    std::string town = a.town.value_or("");
    std::string note = a.note.value_or("");
    const Money& amount = a.amount;
    d.projects.rows.push_back(
        {++seq, project, a.source_name + "(" + a.source_doc + ")", amount,
         town.empty() ? text::tr_in(tl, "report.county_wide") : town, note.empty() ? line_name : note,
         town.empty() ? text::tr_in(tl, "report.county_level")
                      : text::tr_in(tl, "report.town_government", text::arg("town", town))});
    total += amount;
  }
  d.projects.total = std::vector<Cell>{Cell{}, Cell{}, Cell{}, total, Cell{}, Cell{}, Cell{}};

  d.households.title = text::tr_in(tl, "report.title.households", text::arg("year", year));
  d.households.hints.dates = {"date"};
  d.households.columns = {{"seq", "序号", "No.", ColType::integer},
                          {"head_name", "户主姓名", "Head of household", ColType::text},
                          {"id_number", "身份证号", "ID number", ColType::text},
                          {"town", "镇", "Town", ColType::text},
                          {"village", "村", "Village", ColType::text},
                          {"project", "项目", "Project", ColType::text},
                          {"amount", "金额", "Amount", ColType::money},
                          {"date", "发放日期", "Date", ColType::text}};
  seq = 0;
  Money htotal;
  reads.for_each_household_payment(year, [&](const store::HouseholdPayment& p) {
    std::string id = p.id_number ? mask_id_number(*p.id_number) : std::string();
    d.households.rows.push_back({++seq, mask_name(p.head_name), std::move(id), p.town, p.village, p.project,
                                 p.amount, calendar::format_date(p.date)});
    htotal += p.amount;
  });
  d.households.total = std::vector<Cell>{Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}, htotal, Cell{}};
  return d;
}

}  // namespace fundledger::reports
