// reports/xlsx — the public notice (公告公示): the projects and the households paid, each sheet with
// the notice period (公示期), the supervision numbers (12317 and the local one), the issuing unit
// and the sign-off line. Household amounts are in 元 with two decimals, whatever the unit.
#include "reports/xlsx/sheet.hpp"

namespace fundledger::reports::xlsx {
namespace {

std::vector<std::string> notice_lines(const WorkbookOptions& opt) {
  const auto tl = text_lang(opt.lang);
  return {text::tr_in(tl, "workbook.disclosure.period", text::arg("from", opt.notice_from),
                      text::arg("to", opt.notice_to), text::arg("days", opt.notice_days)),
          text::tr_in(tl, "workbook.disclosure.phone", text::arg("local", opt.letterhead.supervision_phone)),
          text::tr_in(tl, "workbook.disclosure.issuer", text::arg("unit", opt.letterhead.unit))};
}

}  // namespace

void write_disclosure(const Disclosure& d, const std::string& path, const WorkbookOptions& opt) {
  const auto tl = text_lang(opt.lang);
  Props props;
  lxw_workbook* wb = open_workbook(path, opt, props);
  Formats f = make_formats(wb);
  auto head = [&](Unit unit) {
    return text::tr_in(tl, "workbook.head_year", text::arg("unit", opt.letterhead.unit),
                       text::arg("money_unit", unit_name(opt.lang, unit)), text::arg("year", d.year),
                       text::arg("date", report_date(opt)));
  };
  auto notes = notice_lines(opt);
  if (!opt.ledger_check.empty()) notes.push_back(opt.ledger_check);
  const SheetContext projects{wb, f, opt.lang, opt.unit, head(opt.unit), signoff_line(opt), opt.ledger_check};
  add_table_sheet(projects, text::tr_in(tl, "workbook.sheet.projects"), d.projects, notes, 2);
  const SheetContext households{
      wb, f, opt.lang, Unit::yuan, head(Unit::yuan), signoff_line(opt), opt.ledger_check};
  add_table_sheet(households, text::tr_in(tl, "workbook.sheet.households"), d.households, notes, 2);
  close_workbook(wb, path);
}

void write_project_notice(const Table& t, int year, const std::string& path, const WorkbookOptions& opt) {
  const auto tl = text_lang(opt.lang);
  Props props;
  lxw_workbook* wb = open_workbook(path, opt, props);
  Formats f = make_formats(wb);
  const std::string head = text::tr_in(tl, "workbook.head_year", text::arg("unit", opt.letterhead.unit),
                                       text::arg("money_unit", unit_name(opt.lang, opt.unit)),
                                       text::arg("year", year), text::arg("date", report_date(opt)));
  auto notes = notice_lines(opt);
  if (!opt.ledger_check.empty()) notes.push_back(opt.ledger_check);
  const SheetContext cx{wb, f, opt.lang, opt.unit, head, signoff_line(opt), opt.ledger_check};
  add_table_sheet(cx, text::tr_in(tl, "workbook.sheet.projects"), t, notes, 3);
  close_workbook(wb, path);
}

}  // namespace fundledger::reports::xlsx
