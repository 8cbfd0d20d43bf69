// engine/ledger: the quick date-order scan (scan_date_order) gives the answer a full read gives, or
// none. For each file here the full read (read_csv, dates compared as the first pass compares
// them) is the reference; the scan must agree with it whenever it answers, and must answer for
// the plain files an export writes.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "ledger/csv.hpp"
#include "ledger/fields.hpp"
#include "text/text.hpp"

using namespace fundledger::ledger;

namespace {

const std::vector<ColumnDef> kDefs = {
    {"voucher", "凭证号", true}, {"date", "日期", true}, {"amount", "金额", true}, {"note", "备注", false}};

std::string write_temp(const std::string& bytes) {
  static int n = 0;
  auto path = std::filesystem::temp_directory_path() /
              ("fl-scan-" + std::to_string(::getpid()) + "-" + std::to_string(n++) + ".csv");
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

// What a full read says: every row read without error, its ISO date never before the last one
// (nullopt: a row's date is not written YYYY-MM-DD, which the first pass parses instead).
std::optional<bool> full_read(const std::string& path) {
  Diagnostics diag;
  bool in_order = true, iso = true;
  std::string last;
  read_csv(path, kDefs, diag, [&](const CsvRow& r) {
    auto d = r.get(1);
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') iso = false;
    if (std::string(d) < last) in_order = false;
    last = d;
  });
  if (!iso) return std::nullopt;
  return in_order && !diag.has_errors();
}

// The scan's answer for `bytes`, checked against the full read's.
std::optional<bool> scan(const std::string& bytes) {
  auto path = write_temp(bytes);
  auto quick = scan_date_order(path, kDefs, 1);
  auto full = full_read(path);
  std::filesystem::remove(path);
  if (quick) {
    INFO(bytes);
    REQUIRE(full.has_value());
    CHECK(*quick == *full);
  }
  return quick;
}

}  // namespace

TEST_CASE("the date-order scan answers for plain files, as a full read would") {
  const std::string h = "voucher,date,amount,note\n";
  CHECK(scan(h + "V1,2020-01-02,1.00,\nV2,2020-01-02,2.00,x\nV3,2020-03-01,3,\n") == true);
  CHECK(scan(h + "V1,2020-01-02,1.00,\nV2,2020-01-01,2.00,\n") == false);
  // Quoted fields (amounts with thousands separators), spaces around fields, CRLF, blank lines,
  // a UTF-8 BOM, Chinese headers, a last line without LF.
  CHECK(scan(h + "V1,2020-01-02,\"1,234.50\",\n V2 , \"2020-01-03\" ,\"2\",\"a, b\"\n") == true);
  CHECK(scan(h + "V1,\"2020-01-05\",\"1,234.50\",\nV2,2020-01-03,2,\n") == false);
  CHECK(scan("voucher,date,amount,note\r\nV1,2020-01-02,1,\r\n\r\nV2,2020-01-02,1,\r\n") == true);
  CHECK(scan(h + "V1,2020-01-02,1,\n\n   \nV2,2020-01-04,1,备注") == true);
  CHECK(scan("\xEF\xBB\xBF凭证号,日期,金额,备注\nV1,2020-01-02,1,\nV2,2020-01-01,1,\n") == false);
  CHECK(scan("\xEF\xBB\xBF凭证号,日期,金额,备注\nV1,2020-01-02,1,\nV2,2020-01-03,1,\n") == true);
  CHECK(scan("Note,AMOUNT,Date,voucher\nx,1,2020-01-02,V1\ny,2,2020-01-02,V2\n") == true);
  CHECK(scan("voucher,date,amount,note\rV1,2020-01-02,1,\rV2,2020-01-01,1,\r") == false);
}

TEST_CASE("the date-order scan leaves anything but a plain file to the full read") {
  const std::string h = "voucher,date,amount,note\n";
  CHECK_FALSE(scan(h + "V1,2020-01-02,\"a \"\"b\"\"\",\nV2,2020-01-03,1,\n"));  // an escaped quote
  CHECK_FALSE(scan(h + "V1,2020-01-02,1,\"two\nlines\"\nV2,2020-01-03,1,\n"));
  CHECK_FALSE(scan(h + "V1,2020-01-02,1,ab\"c\nV2,2020-01-03,1,\n"));  // a quote in an unquoted field
  CHECK_FALSE(scan(h + "V1,2020-01-02,1\nV2,2020-01-03,1,\n"));        // a row narrower than the header
  CHECK_FALSE(scan(h + "V1,2020/01/02,1,\nV2,2020-01-03,1,\n"));       // a date the reader must parse
  CHECK_FALSE(scan(h + "V1,2020-01-02,1,\xB1\xB8\xD7\xA2\nV2,2020-01-03,1,\n"));          // GB18030
  CHECK_FALSE(scan(h + std::string("V1,2020-01-02,1,\0\n", 18) + "V2,2020-01-03,1,\n"));  // a NUL
  CHECK_FALSE(scan("voucher,amount,note\nV1,1,\n"));                                      // no date column
  CHECK_FALSE(scan("voucher,date,date,amount\nV1,2020-01-02,2020-01-02,1\n"));            // twice
  CHECK_FALSE(scan(h));                                                                   // no rows
  CHECK_FALSE(scan(""));
  CHECK_FALSE(scan(h + "V1,2020-01-02,1," + std::string(70000, 'x') + "\n"));  // a field past the limit
}

TEST_CASE("reading messages are in Chinese when the run is in Chinese", "[csv][zh]") {
  namespace text = fundledger::text;
  auto path = write_temp("voucher,日期,extra\nV1,2017-02-30,x\n");
  std::vector<std::string> said;
  auto read = [&] {
    Diagnostics diag;
    read_csv(path, kDefs, diag, [&](const CsvRow& r) {
      Fields f(r, kDefs, diag, path);
      (void)f.date(1);
      (void)f.money(2, true);
    });
    said.clear();
    for (const auto& d : diag.all()) said.push_back(d.message);
  };
  text::set_language(text::Lang::zh);
  read();
  CHECK(said == std::vector<std::string>{"列 'extra' 未知，已忽略", "缺少必填列 'amount'（金额）"});
  auto rows = write_temp("voucher,date,amount\nV1,2017-02-30,-1万\n");
  std::swap(path, rows);
  read();
  CHECK(said == std::vector<std::string>{"列 'date'（日期）：日期“2017-02-30”无效：该月没有这一天",
                                         "列 'amount'（金额）：金额“-1万”必须大于零（更正另行录入）"});
  text::set_language(text::Lang::en);
  read();
  CHECK(said ==
        std::vector<std::string>{
            "column 'date' (日期): invalid date \"2017-02-30\": no such day in that month",
            "column 'amount' (金额): amount \"-1万\" must be positive (corrections are separate entries)"});
  std::filesystem::remove(path);
  std::filesystem::remove(rows);
}
