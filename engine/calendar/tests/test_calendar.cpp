#include "calendar/calendar.hpp"

#include <catch2/catch.hpp>

using namespace fundledger::calendar;

TEST_CASE("dates parse in the three accepted forms") {
  CHECK(format_date(*parse_date("2017-03-01").value) == "2017-03-01");
  CHECK(format_date(*parse_date("2017/3/1").value) == "2017-03-01");
  CHECK(format_date(*parse_date("2017年3月1日").value) == "2017-03-01");
  auto bad = parse_date("2017-02-30");
  CHECK_FALSE(bad);
  CHECK(bad.error == "invalid date \"2017-02-30\": no such day in that month");
}
