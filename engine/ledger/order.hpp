// The order stage: hands an import's entries to the apply stage in date order (ties: file order),
// in bounded memory.
//
// Direct (the file is known to be in date order already, the usual export): each entry is applied
// as soon as it is read, and nothing is held. Otherwise entries are held until finish(), which
// applies them sorted: small files in memory; past kSpillRows they go to the store's sort spill
// (outside the ledger), encoded by their fields, so memory does not grow with the file.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ledger/diagnostics.hpp"
#include "ledger/limits.hpp"
#include "ledger/read.hpp"
#include "store/repository.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

// An entry's fields as bytes and back (for the sort spill only; never stored in the ledger).
class FieldCodec {
 public:
  template <class T>
  static std::string encode(const T& t) {
    std::string out;
    T::fields(t, [&](const char*, const auto& field) { put(out, field); });
    return out;
  }
  template <class T>
  static T decode(std::string_view bytes) {
    std::size_t p = 0;
    return decode_at<T>(bytes, p);
  }
  // The fields and what else the apply stage needs of an entry held for sorting (a payment's
  // contract, which is not one of its fields).
  template <class T>
  static std::string encode_held(const T& t) {
    std::string out = encode(t);
    if constexpr (requires { t.contract; }) put(out, t.contract);
    return out;
  }
  template <class T>
  static T decode_held(std::string_view bytes) {
    std::size_t p = 0;
    T t = decode_at<T>(bytes, p);
    if constexpr (requires { t.contract; }) get(bytes, p, t.contract);
    return t;
  }

 private:
  template <class T>
  static T decode_at(std::string_view bytes, std::size_t& p) {
    T t{};
    T::fields(t, [&](const char*, auto& field) { get(bytes, p, field); });
    return t;
  }
  static void put(std::string& out, const std::string& v);
  static void put(std::string& out, const std::optional<std::string>& v);
  static void put(std::string& out, int v);
  static void put(std::string& out, const std::optional<int>& v);
  static void put(std::string& out, bool v);
  static void put(std::string& out, const Money& v);
  static void put(std::string& out, const std::optional<Money>& v);
  static void put(std::string& out, const calendar::Date& v);
  static void put(std::string& out, const std::optional<calendar::Date>& v);
  static void get(std::string_view in, std::size_t& p, std::string& v);
  static void get(std::string_view in, std::size_t& p, std::optional<std::string>& v);
  static void get(std::string_view in, std::size_t& p, int& v);
  static void get(std::string_view in, std::size_t& p, std::optional<int>& v);
  static void get(std::string_view in, std::size_t& p, bool& v);
  static void get(std::string_view in, std::size_t& p, Money& v);
  static void get(std::string_view in, std::size_t& p, std::optional<Money>& v);
  static void get(std::string_view in, std::size_t& p, calendar::Date& v);
  static void get(std::string_view in, std::size_t& p, std::optional<calendar::Date>& v);
};

template <class T>
class DateOrder {
 public:
  using Apply = std::function<void(Parsed<T>&)>;
  DateOrder(store::Repository& repo, bool direct, Apply apply, Diagnostics& diag, const std::string& source)
      : repo_(repo), direct_(direct), apply_(std::move(apply)), diag_(diag), source_(source) {}

  void push(Parsed<T>&& r) {
    if (direct_) {
      // The pre-scan saw the dates in order; an entry out of order now means the file was changed
      // between the two reads. Applying it would break "available as of the entry's own date".
      if (last_date_ && r.entry.date < *last_date_) {
        diag_.error(source_, r.line, 0, text::tr("ledger.file_changed_during_import"));
        return;
      }
      last_date_ = r.entry.date;
      apply_(r);
      return;
    }
    if (last_date_ && r.entry.date < *last_date_) in_order_ = false;
    last_date_ = r.entry.date;
    held_.push_back(std::move(r));
    if (held_.size() >= kSpillRows) spill();
  }

  // Applies the held entries, sorted by date (nothing to do in direct mode).
  void finish() {
    if (direct_) return;
    if (!spill_) {
      std::stable_sort(held_.begin(), held_.end(),
                       [](const Parsed<T>& a, const Parsed<T>& b) { return a.entry.date < b.entry.date; });
      for (auto& r : held_) apply_(r);
      return;
    }
    spill();
    // A file already in date order (the usual export) is read back as written, without a sort.
    spill_->for_each(in_order_, [&](long line, std::string_view payload) {
      Parsed<T> r{line, FieldCodec::decode_held<T>(payload)};
      apply_(r);
    });
  }

 private:
  void spill() {
    if (!spill_) spill_ = repo_.sort_spill();
    for (const auto& r : held_)
      spill_->add(calendar::format_date(r.entry.date), r.line, FieldCodec::encode_held(r.entry));
    held_.clear();
    held_.shrink_to_fit();
  }

  store::Repository& repo_;
  bool direct_;
  Apply apply_;
  Diagnostics& diag_;
  const std::string& source_;
  std::vector<Parsed<T>> held_;
  std::unique_ptr<store::SortSpill> spill_;
  bool in_order_ = true;  // every entry so far dated on or after the one before
  std::optional<calendar::Date> last_date_;
};

}  // namespace fundledger::ledger
