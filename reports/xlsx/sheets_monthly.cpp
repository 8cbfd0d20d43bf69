// reports/xlsx — the monthly workbook: 汇总 (fiscal money, then the loans apart), 资金来源, 预算执行,
// 乡镇进度, 进度, 小额信贷 (when the ledger has loans), 预警, 资金流向, 项目 (when the ledger has projects),
// 明细账, 图表. Every sheet: title, head line
// (unit, amounts' unit, as-of and report dates), the table, its notes and the sign-off line.
#include "reports/xlsx/sheet.hpp"

namespace fundledger::reports::xlsx {
namespace {

std::string tr(const SheetContext& cx, std::string_view id) { return text::tr_in(text_lang(cx.lang), id); }

Placement summary_sheet(const SheetContext& cx, const MonthlyReport& r, const std::string& name) {
  const auto tl = text_lang(cx.lang);
  lxw_worksheet* ws = workbook_add_worksheet(cx.wb, name.c_str());
  Placement p = write_table(ws, cx, r.summary, kTitleRow, cx.unit, 1);
  const auto last = static_cast<lxw_col_t>(p.ncols - 1);
  lxw_row_t row = p.end_row + 2;
  write_line(
      ws, cx, row++, last,
      text::tr_in(tl, "workbook.summary.received_daxie", text::arg("daxie", format_daxie(r.annual_total))));
  write_line(ws, cx, row++, last,
             text::tr_in(tl, "workbook.summary.paid_daxie", text::arg("daxie", format_daxie(r.paid_total))));
  write_line(ws, cx, row++, last, tr(cx, "workbook.summary.progress_note"));
  if (!r.chain_heads) write_line(ws, cx, row++, last, lock_sentence(r, tl));
  if (!cx.ledger_check.empty()) write_line(ws, cx, row++, last, cx.ledger_check);
  Placement last_table = p;
  last_table.end_row = row - 1;  // the lines above are the summary's: the sign-off goes below them
  if (!r.loans.rows.empty()) last_table = write_table(ws, cx, r.loans, row + 1, cx.unit, 1);
  write_footer_lines(ws, cx, last_table, {});
  return p;
}

Placement execution_sheet(const SheetContext& cx, const MonthlyReport& r, const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(cx.wb, name.c_str());
  Placement exec = write_table(ws, cx, r.execution, kTitleRow, cx.unit, 1);
  std::vector<std::string> notes;
  if (exec.rows > 0) {
    // Progress lagging the calendar (month/12) by more than the threshold is shown red.
    Rational floor = r.calendar_share - r.lag_threshold;
    lxw_conditional_format cf{};
    cf.type = LXW_CONDITIONAL_TYPE_CELL;
    cf.criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN;
    cf.value = ratio_cell(floor);
    cf.format = cx.f.lagging;
    lxw_col_t pc = exec.col.at("progress");
    worksheet_conditional_format_range(ws, exec.first_row, pc, exec.last_row, pc, &cf);
    notes.push_back(text::tr_in(text_lang(cx.lang), "workbook.execution.red_note",
                                text::arg("share", format_ratio(r.calendar_share * 100, 2)),
                                text::arg("points", format_ratio(r.lag_threshold * 100, 0))));
  }
  write_footer_lines(ws, cx, exec, notes);
  return exec;
}

void progress_sheet(const SheetContext& cx, const MonthlyReport& r, const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(cx.wb, name.c_str());
  Placement p = write_table(ws, cx, *r.progress, kTitleRow, cx.unit, 2);
  write_footer_lines(ws, cx, p, r.progress_notes);
}

// The tables one under another, a blank row between; the notes and sign-off under the last.
void microcredit_sheet(const SheetContext& cx, const MonthlyReport& r, const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(cx.wb, name.c_str());
  Placement last;
  lxw_row_t top = kTitleRow;
  for (const auto& t : *r.microcredit) {
    last = write_table(ws, cx, t, top, cx.unit, 1);
    top = last.end_row + 2;
  }
  write_footer_lines(ws, cx, last, r.microcredit_notes);
}

void findings_sheet(const SheetContext& cx, const FindingsSheet& findings, const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(cx.wb, name.c_str());
  std::vector<std::string> notes;
  if (!findings.note.empty()) notes.push_back(findings.note);
  if (!findings.table.columns.empty()) {
    Placement fp = write_table(ws, cx, findings.table, kTitleRow, cx.unit, 1);
    write_footer_lines(ws, cx, fp, notes);
    return;
  }
  worksheet_set_column(ws, 0, 0, 100, nullptr);
  write_line(ws, cx, kTitleRow, 0, name, cx.f.title);
  write_line(ws, cx, kHeadRow, 0, cx.head);
  Placement p;
  p.ncols = 1;
  p.end_row = kHeadRow;
  write_footer_lines(ws, cx, p, notes);
  page_setup(ws, kHeadRow, cx.ledger_check);
}

}  // namespace

void write_monthly(const MonthlyReport& r, const FindingsSheet& findings, const std::string& path,
                   const WorkbookOptions& opt) {
  const auto tl = text_lang(opt.lang);
  Props props;
  lxw_workbook* wb = open_workbook(path, opt, props);
  Formats f = make_formats(wb);
  const std::string head = text::tr_in(tl, "workbook.head", text::arg("unit", opt.letterhead.unit),
                                       text::arg("money_unit", unit_name(opt.lang, opt.unit)),
                                       text::arg("as_of", r.as_of), text::arg("date", report_date(opt)));
  const SheetContext cx{wb, f, opt.lang, opt.unit, head, signoff_line(opt), opt.ledger_check};

  const std::string summary_name = tr(cx, "workbook.sheet.summary");
  Placement summary = summary_sheet(cx, r, summary_name);
  add_table_sheet(cx, tr(cx, "workbook.sheet.sources"), r.sources);
  const std::string exec_name = tr(cx, "workbook.sheet.execution");
  Placement exec = execution_sheet(cx, r, exec_name);
  add_table_sheet(cx, tr(cx, "workbook.sheet.towns"), r.towns,
                  {tr(cx, r.bimonthly ? "workbook.towns.note_bimonthly" : "workbook.towns.note_rank")});
  if (r.progress) progress_sheet(cx, r, tr(cx, "workbook.sheet.progress"));
  if (r.microcredit && !r.microcredit->empty())
    microcredit_sheet(cx, r, tr(cx, "workbook.sheet.microcredit"));
  findings_sheet(cx, findings, tr(cx, "workbook.sheet.findings"));
  add_table_sheet(cx, tr(cx, "workbook.sheet.flows"), r.flows);
  if (r.projects) add_table_sheet(cx, tr(cx, "workbook.sheet.project_plan"), *r.projects, {}, 2);
  if (r.ledger) add_table_sheet(cx, tr(cx, "workbook.sheet.ledger"), *r.ledger, {}, 2);
  if (r.chain_heads) add_table_sheet(cx, tr(cx, "workbook.sheet.chain_heads"), *r.chain_heads);
  add_charts(cx, r, exec_name, exec, summary_name, summary);
  close_workbook(wb, path);
}

}  // namespace fundledger::reports::xlsx
