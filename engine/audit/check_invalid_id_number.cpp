// invalid_id_number (身份证号码错误).
//
// Why: a resident ID number with a wrong check character or an impossible birth date cannot
// belong to a real person; in a 建档立卡 register it points to a typing error at best and to a
// fabricated household (虚报冒领) at worst. GB 11643-1999: 17 digits (6 of area, 8 of birth date
// YYYYMMDD, 3 of sequence) and a check character: sum of digit × weight (2^(17-i) mod 11) mod 11
// indexes "10X98765432". Old 15-digit numbers (YYMMDD, 19xx) are checked for the date only.
#include <array>

#include "audit/audit.hpp"

namespace fundledger::audit {

char id_check_char(const std::string& first17) {
  static constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr const char* kChars = "10X98765432";
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kChars[sum % 11];
}

namespace {

bool all_digits(const std::string& s, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

std::string date_problem(const std::string& yyyymmdd, const calendar::Date& as_of) {
  auto d =
      calendar::parse_date(yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2));
  if (!d) return text::tr("audit.id_birth_date_missing", text::arg("date", yyyymmdd));
  if (*d.value > as_of)
    return text::tr("audit.id_birth_date_later", text::arg("date", yyyymmdd),
                    text::arg("as_of", calendar::format_date(as_of)));
  return {};
}

}  // namespace

std::string id_number_problem(const std::string& raw, const calendar::Date& as_of) {
  std::string id = raw;
  if (!id.empty() && id.back() == 'x') id.back() = 'X';
  if (id.size() == 15) {
    if (!all_digits(id, 15)) return text::tr("audit.id_15_not_digits");
    return date_problem("19" + id.substr(6, 6), as_of);
  }
  if (id.size() != 18) return text::tr("audit.id_length", text::arg("length", id.size()));
  if (!all_digits(id, 17)) return text::tr("audit.id_17_not_digits");
  if (auto p = date_problem(id.substr(6, 8), as_of); !p.empty()) return p;
  char want = id_check_char(id);
  if (id[17] != want)
    return text::tr("audit.id_check_char", text::arg("have", std::string(1, id[17])),
                    text::arg("want", std::string(1, want)));
  return {};
}

std::vector<Finding> check_invalid_id_number(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto as_of = ctx.as_of_date();
  for (const auto& h : detail::load_id_numbers(repo, ctx)) {
    const std::string& hid = h.household_id;
    const std::string& id = h.id_number;
    auto why = id_number_problem(id, as_of);
    if (why.empty()) continue;
    Finding f;
    f.code = "invalid_id_number";
    f.severity = Severity::error;
    f.message = text::tr("audit.invalid_id_number", text::arg("household", hid),
                         text::arg("name", h.head_name), text::arg("id_number", id), text::arg("why", why));
    f.subject = {{"household", hid}, {"id_number", id}};
    f.evidence = {hid};
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace fundledger::audit
