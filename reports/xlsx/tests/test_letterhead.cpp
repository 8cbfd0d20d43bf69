// The letterhead as the workbooks show it: a filled Letterhead (the settings `fundledger settings`
// will keep) rendered by write_monthly / write_disclosure, and the file read back as Excel would:
// the XML of its sheets unzipped (unzip -p). Every sheet carries the head line and the sign-off line.
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "reports/xlsx/workbook.hpp"

namespace fundledger::reports::xlsx {
namespace {

std::string unzip(const std::string& file, const std::string& member) {
  std::string cmd = "unzip -p '" + file + "' '" + member + "' 2>/dev/null";
  std::FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  std::array<char, 4096> buf{};
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), p)) > 0;) out.append(buf.data(), n);
  pclose(p);
  return out;
}

// The shared strings in order (libxlsxwriter writes each once, <si><t>TEXT</t></si>).
std::vector<std::string> shared_strings(const std::string& xml) {
  std::vector<std::string> out;
  for (std::size_t i = 0; (i = xml.find("<si>", i)) != std::string::npos; ++i) {
    std::size_t b = xml.find('>', xml.find("<t", i)) + 1, e = xml.find("</t>", b);
    out.push_back(xml.substr(b, e - b));
  }
  return out;
}

// Whether sheet N holds a string cell with shared string `idx`.
bool sheet_has(const std::string& file, int n, std::size_t idx) {
  std::string xml = unzip(file, "xl/worksheets/sheet" + std::to_string(n) + ".xml");
  REQUIRE(!xml.empty());
  return xml.find("t=\"s\"><v>" + std::to_string(idx) + "</v>") != std::string::npos;
}

std::size_t index_of(const std::vector<std::string>& ss, const std::string& s) {
  for (std::size_t i = 0; i < ss.size(); ++i)
    if (ss[i] == s) return i;
  FAIL("not in the workbook: " << s);
  return 0;
}

Letterhead filled() {
  Letterhead l;
  l.unit = "商州区财政局";
  l.preparer = "王芳";
  l.reviewer = "李强";
  l.head = "张伟";
  l.supervision_phone = "0914-2312317";
  l.report_date = "2018-01-06";
  return l;
}

MonthlyReport small_report() {
  MonthlyReport r;
  r.year = 2017, r.month = 12, r.month_begin = "2017-12-01", r.as_of = "2017-12-31";
  r.calendar_share = Rational(1), r.lag_threshold = Rational(1, 10);
  Table t;
  t.title = "T";
  t.columns = {{"name", "专项用途", "Purpose", ColType::text},
               {"budget", "预算", "Budget", ColType::money},
               {"paid_ytd", "累计支出", "Paid", ColType::money},
               {"progress", "支出进度", "Progress", ColType::ratio}};
  t.rows = {
      {std::string("产业扶贫"), Money::from_fen(123456789), Money::from_fen(100), Ratio{Rational(1, 2)}}};
  r.summary = r.sources = r.towns = r.flows = r.execution = t;
  r.summary.columns[0].key = "category";
  r.summary.columns[1].key = "amount";
  r.paid_by_month.assign(12, Money());
  r.paid_by_month_last.assign(12, Money());
  return r;
}

std::string temp_file(const char* name) {
  return (std::filesystem::temp_directory_path() / (std::string("fl-letterhead-") + name)).string();
}

TEST_CASE("the monthly workbook shows the letterhead on every sheet, in Chinese and in English", "[xlsx]") {
  for (Lang lang : {Lang::zh, Lang::en}) {
    WorkbookOptions opt;
    opt.lang = lang;
    opt.letterhead = filled();
    const std::string path = temp_file(lang == Lang::zh ? "zh.xlsx" : "en.xlsx");
    write_monthly(small_report(), FindingsSheet{{}, "note"}, path, opt);
    auto ss = shared_strings(unzip(path, "xl/sharedStrings.xml"));
    const std::string signoff =
        lang == Lang::zh
            ? "填报单位：商州区财政局    制表人：王芳    审核人：李强    负责人：张伟    报出日期：2018-01-06"
            : "Unit: 商州区财政局    Prepared by: 王芳    Checked by: 李强    Approved by: 张伟    Date: "
              "2018-01-06";
    const std::string head =
        lang == Lang::zh
            ? "填报单位：商州区财政局    金额单位：万元    截至 2017-12-31    报出日期：2018-01-06"
            : "Unit: 商州区财政局    Amounts in 10,000 yuan    As of 2017-12-31    Date: 2018-01-06";
    const std::size_t s = index_of(ss, signoff), h = index_of(ss, head);
    for (int n = 1; n <= 7; ++n) {
      INFO("sheet " << n);
      CHECK(sheet_has(path, n, s));
      CHECK(sheet_has(path, n, h));
    }
    std::filesystem::remove(path);
  }
}

TEST_CASE("the public notice names its unit and local supervision number beside 12317", "[xlsx]") {
  WorkbookOptions opt;
  opt.lang = Lang::zh;
  opt.letterhead = filled();
  opt.notice_from = "2018-01-06", opt.notice_to = "2018-01-15", opt.notice_days = 10;
  Disclosure d;
  d.year = 2017;
  d.projects = small_report().execution;
  d.households = small_report().execution;
  const std::string path = temp_file("notice.xlsx");
  write_disclosure(d, path, opt);
  auto ss = shared_strings(unzip(path, "xl/sharedStrings.xml"));
  const std::size_t phone =
      index_of(ss, "监督电话：12317（全国扶贫监督举报电话）    本地监督电话：0914-2312317");
  const std::size_t unit = index_of(ss, "公示单位：商州区财政局");
  const std::size_t period = index_of(ss, "公示期：2018-01-06 至 2018-01-15（10 天）");
  const std::size_t head =
      index_of(ss, "填报单位：商州区财政局    金额单位：元    年度：2017    报出日期：2018-01-06");
  for (int n = 1; n <= 2; ++n) {
    INFO("sheet " << n);
    CHECK(sheet_has(path, n, phone));
    CHECK(sheet_has(path, n, unit));
    CHECK(sheet_has(path, n, period));
  }
  CHECK(sheet_has(path, 2, head));  // the households: in 元
  CHECK_FALSE(sheet_has(path, 1, head));
  std::filesystem::remove(path);
}

TEST_CASE("a 元 cell round-trips to the fen", "[xlsx]") {
  CHECK(yuan_cell(Money::from_fen(115703005)) == 1157030.05);
  CHECK(wan_cell(Money::from_fen(115703005)) == 115.703005);
  CHECK_THROWS_AS(yuan_cell(Money::from_fen((std::int64_t{1} << 53) + 1)), std::range_error);
}

}  // namespace
}  // namespace fundledger::reports::xlsx
