#include "cli/report_rollup.hpp"

#include "cli/counties.hpp"
#include "cli/report_findings.hpp"
#include "reports/monthly_rollup.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

RolledUp monthly_rollup(const Globals& g, const std::string& pattern, const reports::MonthlyOptions& mo,
                        bool findings) {
  reports::MonthlyRollup rollup(mo);
  const auto& work = g.work_calendar();
  std::vector<reports::xlsx::FindingsSheet> sheets;
  std::vector<std::pair<std::string, std::string>> names;  // code, name
  CountyLedgers(g, pattern).each([&](const CountyLedgers::One& c) {
    const auto head = c.repo.chain_head();
    reports::CountyMonthly one{c.code, c.name, reports::monthly_report(c.repo, mo), head.entries,
                               head.head_hex};
    if (findings) sheets.push_back(findings_sheet(c.repo, one.report, mo.lang, work));
    names.emplace_back(c.code, c.name);
    rollup.add(std::move(one));
  });
  RolledUp out{rollup.result(), {}, names.size()};
  if (!findings) return out;
  std::vector<reports::CountyTable> tables;
  bool any = false;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    if (sheets[i].table.columns.empty()) continue;
    tables.push_back({names[i].first, names[i].second, &sheets[i].table});
    any = any || !sheets[i].table.rows.empty();
  }
  if (!tables.empty()) {
    out.findings.table = reports::side_by_side(tables);
    out.findings.table.total.reset();  // findings are not summed
  }
  // Every county's note says the same (how the checks were run, or that none were found).
  const auto tl = reports::text_lang(mo.lang);
  out.findings.note = sheets.empty() ? std::string() : sheets.front().note;
  if (any) out.findings.note = text::tr_in(tl, "cli.report.warnings_note");
  return out;
}

}  // namespace fundledger::cli
