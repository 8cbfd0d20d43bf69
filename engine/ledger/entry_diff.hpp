// Comparing an entry with the one recorded under the same key (idempotent re-imports): the same
// fields are a skip; other fields are an error that names each field that differs.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "entries/entries.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

// A field's value as the clerk reads it: money as format_for_people, dates YYYY-MM-DD, absent "(empty)"
// (ledger.empty_field).
std::string field_text(const std::string& v);
std::string field_text(const std::optional<std::string>& v);
std::string field_text(int v);
std::string field_text(const std::optional<int>& v);
std::string field_text(bool v);
std::string field_text(const Money& v);
std::string field_text(const std::optional<Money>& v);
std::string field_text(const calendar::Date& v);
std::string field_text(const std::optional<calendar::Date>& v);

template <class T>
std::vector<std::pair<const char*, std::string>> field_texts(const T& t) {
  std::vector<std::pair<const char*, std::string>> out;
  T::fields(t, [&](const char* name, const auto& field) { out.emplace_back(name, field_text(field)); });
  return out;
}

// "amount 100.00 yuan recorded, 120.00 yuan here, note (empty) recorded, x here" (ledger.diff_field);
// empty when the same.
// Fields named in `ignore` are not compared.
template <class T>
std::string difference(const T& recorded, const T& here, const std::vector<std::string>& ignore = {}) {
  auto a = field_texts(recorded), b = field_texts(here);
  std::string diff;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].second == b[i].second) continue;
    if (std::find(ignore.begin(), ignore.end(), a[i].first) != ignore.end()) continue;
    if (!diff.empty()) diff += text::tr("ledger.diff_separator");
    diff += text::tr("ledger.diff_field", text::arg("field", a[i].first), text::arg("recorded", a[i].second),
                     text::arg("here", b[i].second));
  }
  return diff;
}

}  // namespace fundledger::ledger
