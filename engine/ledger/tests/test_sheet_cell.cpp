// engine/ledger: a workbook cell's text (ledger/sheet.hpp) — numbers as the shortest decimal that
// gives back Excel's double, so the money parser sees exactly what Excel holds; serial days as
// dates in both of Excel's date systems; the formats that show dates.
#include <catch2/catch.hpp>

#include "ledger/sheet.hpp"
#include "ledger/sheet_xml.hpp"
#include "money/money.hpp"

using namespace fundledger::ledger::sheet;

TEST_CASE("number cells become the shortest decimal that round-trips") {
  CHECK(number_text(2019.0) == "2019");
  CHECK(number_text(0.1) == "0.1");
  CHECK(number_text(1234.5) == "1234.5");
  CHECK(number_text(12.345) == "12.345");
  CHECK(number_text(-1234.56) == "-1234.56");
  CHECK(number_text(-0.0) == "0");
  CHECK(number_text(43200000.0) == "43200000");
  CHECK(number_text(0.1 + 0.2) == "0.30000000000000004");  // a formula's cached result, never rounded
  CHECK(number_text(1e-7) == "0.0000001");
  CHECK(number_text(999999999999999.0) == "999999999999999");
}

TEST_CASE("numbers of 16 digits or more are refused: Excel has lost digits of them") {
  CHECK_FALSE(number_text(1e20));
  CHECK_FALSE(number_text(1e15));
  CHECK_FALSE(number_text(-1e15));
  CHECK_FALSE(number_text(410101199003071234.0));  // an ID number typed as a number
  CHECK_FALSE(number_text(1.0 / 0.0));
}

TEST_CASE("the money parser reads a number cell's text exactly, or refuses it") {
  auto fen = [](double d) {
    auto r = fundledger::parse_amount(*number_text(d));
    return r ? r.value->fen64() : -1;
  };
  CHECK(fen(1234.5) == 123450);
  CHECK(fen(43200000.0) == 4320000000);
  CHECK(fen(0.1) == 10);
  CHECK_FALSE(fundledger::parse_amount(*number_text(12.345)));
  CHECK_FALSE(fundledger::parse_amount(*number_text(0.1 + 0.2)));
}

TEST_CASE("serial days are dates in the 1900 system, with its 1900-02-29") {
  CHECK(serial_date(1, false) == "1900-01-01");
  CHECK(serial_date(59, false) == "1900-02-28");
  CHECK_FALSE(serial_date(60, false));  // Excel's 1900-02-29, a day that never was
  CHECK(serial_date(61, false) == "1900-03-01");
  CHECK(serial_date(25569, false) == "1970-01-01");
  CHECK(serial_date(42736, false) == "2017-01-01");
  CHECK(serial_date(43100.75, false) == "2017-12-31");  // the time of day dropped
  CHECK(serial_date(2958465, false) == "9999-12-31");
  CHECK_FALSE(serial_date(0, false));
  CHECK_FALSE(serial_date(-1, false));
  CHECK_FALSE(serial_date(2958466, false));
}

TEST_CASE("serial days in the 1904 system") {
  CHECK(serial_date(0, true) == "1904-01-01");
  CHECK(serial_date(41274, true) == "2017-01-01");  // 1462 days less than the 1900 system's
  CHECK(serial_date(59, true) == "1904-02-29");
}

TEST_CASE("date formats: the built-in ids and custom codes with y, m or d outside quotes") {
  CHECK(is_date_format(14, ""));
  CHECK(is_date_format(22, ""));
  CHECK(is_date_format(31, ""));  // yyyy"年"m"月"d"日" of a Chinese Excel
  CHECK_FALSE(is_date_format(0, ""));
  CHECK_FALSE(is_date_format(4, ""));
  CHECK(is_date_format(164, "yyyy-mm-dd"));
  CHECK(is_date_format(165, "yyyy\"年\"m\"月\"d\"日\""));
  CHECK(is_date_format(166, "[$-804]yyyy/m/d;@"));
  CHECK_FALSE(is_date_format(167, "#,##0.00\"元\""));
  CHECK_FALSE(is_date_format(168, "[Red]#,##0.00"));
  CHECK_FALSE(is_date_format(169, "0.00E+00"));
  CHECK_FALSE(is_date_format(170, "\"day\"0"));
  CHECK_FALSE(is_date_format(171, "@"));
}

TEST_CASE("column letters") {
  CHECK(column_letters(1) == "A");
  CHECK(column_letters(26) == "Z");
  CHECK(column_letters(27) == "AA");
  CHECK(column_letters(16384) == "XFD");
  CHECK(column_number("C4") == 3);
  CHECK(column_number("AA10") == 27);
  CHECK(column_number("XFD1") == 16384);
  CHECK(column_number("12") == 0);
}

TEST_CASE("OOXML's _xHHHH_ escapes decode to UTF-8, except NUL and half surrogates") {
  using fundledger::ledger::sheet::detail::decode_escapes;
  CHECK(decode_escapes("a_x000D_b") == "a\rb");
  CHECK(decode_escapes("_x4E2D_") == "中");
  CHECK(decode_escapes("_x0000_") == "_x0000_");
  CHECK(decode_escapes("_xD800_") == "_xD800_");
  CHECK(decode_escapes("_x12_") == "_x12_");
  CHECK(decode_escapes("doc_no") == "doc_no");
}
