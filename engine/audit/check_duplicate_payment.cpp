// duplicate_payment (重复支付 / 虚报冒领).
//
// Why: the commonest fabricated claim is the same payment entered twice — the same payee, the
// same earmark, the same amount a few days apart — or one household drawing the same benefit
// through two towns, or one person registered twice under two household ids. Auditors look for
// all three. The window is inclusive (CONTRACT.md): payments 30 days apart are within it, 31 are
// not. Payments fully reversed (冲销) by the as-of date no longer count; others count net.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "audit/audit.hpp"
#include "audit/ranks.hpp"

namespace fundledger::audit {

namespace {

Finding make(const std::string& message, std::map<std::string, std::string> subject,
             std::vector<std::string> evidence, bool overridden) {
  Finding f;
  f.code = "duplicate_payment";
  f.severity = Severity::error;
  f.message = message;
  f.subject = std::move(subject);
  f.evidence = std::move(evidence);
  f.overridden = overridden;
  return f;
}

long days_apart(const calendar::Date& a, const calendar::Date& b) { return calendar::days_between(a, b); }

// The payments to judge (positive net amounts) in the order (payee, fiscal year, earmark, amount,
// date, voucher): the order of the tuple of strings and money, sorted as compact integer keys.
// Why: sorting 10^6 pointers by that tuple compared strings and 128-bit money at each step (a
// quarter of the audit, the chain walk aside). Payee and earmark are ranks that order as the
// strings do; the payments come by (date, voucher) (load_payments), so a payment's index orders
// the last two; the voucher is unique, so the order is total and no stable sort is needed.
std::vector<const detail::Payment*> in_payee_order(const std::vector<detail::Payment>& pays,
                                                   const std::vector<std::uint32_t>& payee_rank) {
  std::vector<const detail::Payment*> v;
  for (const auto& p : pays)
    if (p.amount.is_positive()) v.push_back(&p);
  std::vector<std::string_view> earmarks;
  earmarks.reserve(v.size());
  for (const auto* p : v) earmarks.emplace_back(p->earmark);
  const auto earmark_rank = detail::string_ranks(earmarks);
  struct Key {
    std::uint32_t payee, earmark;
    int fiscal_year;
    std::uint32_t index;      // in pays: orders by date, then voucher
    std::uint64_t high, low;  // the amount (positive) in two halves
  };
  std::vector<Key> keys(v.size());
  for (std::size_t k = 0; k < v.size(); ++k) {
    const auto index = static_cast<std::size_t>(v[k] - pays.data());
    const Int128& fen = v[k]->amount.fen();
    keys[k] = {payee_rank[index],
               earmark_rank[k],
               v[k]->fiscal_year,
               static_cast<std::uint32_t>(index),
               static_cast<std::uint64_t>(fen >> 64),
               static_cast<std::uint64_t>(fen & Int128(UINT64_MAX))};
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.payee, a.fiscal_year, a.earmark, a.high, a.low, a.index) <
           std::tie(b.payee, b.fiscal_year, b.earmark, b.high, b.low, b.index);
  });
  for (std::size_t k = 0; k < keys.size(); ++k) v[k] = &pays[keys[k].index];
  return v;
}

// Same payee, earmark and amount, each payment within the window of the one before it.
void same_payee(const std::vector<detail::Payment>& pays, const std::vector<std::uint32_t>& payee_rank,
                const Context& ctx, std::vector<Finding>& out) {
  const auto v = in_payee_order(pays, payee_rank);
  for (std::size_t i = 0; i < v.size();) {
    std::size_t j = i + 1;
    while (j < v.size() && v[j]->payee_id == v[i]->payee_id && v[j]->fiscal_year == v[i]->fiscal_year &&
           v[j]->earmark == v[i]->earmark && v[j]->amount == v[i]->amount &&
           days_apart(v[j - 1]->date, v[j]->date) <= ctx.duplicate_window_days)
      ++j;
    if (j - i >= 2) {
      std::vector<std::string> ev;
      std::string list;
      bool ovr = true;
      for (std::size_t k = i; k < j; ++k) {
        ev.push_back(v[k]->voucher);
        list += (k > i ? detail::list_separator() : "") +
                text::tr("audit.voucher_on", text::arg("voucher", v[k]->voucher),
                         text::arg("date", calendar::format_date(v[k]->date)));
        ovr = ovr && v[k]->overridden;
      }
      const auto& p = *v[i];
      out.push_back(make(
          text::tr("audit.duplicate_payment", text::arg("payee", p.payee_id), text::arg("name", p.payee_name),
                   text::arg("window", ctx.duplicate_window_days), text::arg("earmark", p.earmark),
                   text::arg("count", j - i), text::arg("amount", detail::fmt(p.amount)),
                   text::arg("list", list), text::arg("days", days_apart(v[i]->date, v[j - 1]->date))),
          {{"payee", p.payee_id},
           {"earmark", std::to_string(p.fiscal_year) + "/" + p.earmark},
           {"amount", format_yuan(p.amount)}},
          std::move(ev), ovr));
    }
    i = j;
  }
}

// One household paid through two towns. A first pass finds the households paid in more than one
// town (a look-up by payee rank per payment); only their payments are then gathered per town (a map
// of maps over every payment took a tenth of the audit at 10^6 payments, a hash of payee ids a
// twentieth).
void two_towns(const std::vector<detail::Payment>& pays, const std::vector<std::uint32_t>& payee_rank,
               std::vector<Finding>& out) {
  auto counted = [](const detail::Payment& p) {
    return p.payee_kind == "household" && !p.town.empty() && p.amount.is_positive();
  };
  std::vector<const std::string*> a_town(pays.size(), nullptr);  // by payee rank: the town of one payment
  std::vector<char> several(pays.size(), 0);                     // by payee rank: paid in two towns or more
  bool any = false;
  for (std::size_t k = 0; k < pays.size(); ++k) {
    const auto& p = pays[k];
    if (!counted(p)) continue;
    auto& town = a_town[payee_rank[k]];
    if (!town)
      town = &p.town;
    else if (*town != p.town)
      several[payee_rank[k]] = any = true;
  }
  std::map<std::string, std::map<std::string, std::string>> towns;  // payee -> town -> first voucher
  std::map<std::string, std::string> names;
  for (std::size_t k = 0; any && k < pays.size(); ++k) {
    const auto& p = pays[k];
    if (!counted(p) || !several[payee_rank[k]]) continue;
    towns[p.payee_id].emplace(p.town, p.voucher);
    names.emplace(p.payee_id, p.payee_name);
  }
  for (const auto& [payee, by_town] : towns) {
    if (by_town.size() < 2) continue;
    std::vector<std::string> ev;
    std::string list;
    for (const auto& [town, voucher] : by_town) {
      ev.push_back(voucher);
      list += (list.empty() ? "" : detail::list_separator()) +
              text::tr("audit.town_voucher", text::arg("town", town), text::arg("voucher", voucher));
    }
    out.push_back(
        make(text::tr("audit.paid_in_towns", text::arg("payee", payee), text::arg("name", names[payee]),
                      text::arg("count", by_town.size()), text::arg("list", list)),
             {{"payee", payee}}, std::move(ev), false));
  }
}

// One ID number under two household ids. The numbers compared are trimmed and upper-cased (ASCII,
// as SQLite's UPPER): a lower-case check character x is the same number.
// Why: grouped here from the households invalid_id_number reads anyway (load_id_numbers), where a
// query of its own grouped every household's number again (3% of the audit at 10^6 payments).
void same_id_number(store::Repository& repo, const Context& ctx, std::vector<Finding>& out) {
  const auto& households = detail::load_id_numbers(repo, ctx);  // by household id
  auto upper = [](std::string s) {
    for (auto& c : s)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
  };
  std::unordered_map<std::string, std::vector<std::size_t>> holders;  // number -> households
  holders.reserve(households.size());
  for (std::size_t k = 0; k < households.size(); ++k) holders[upper(households[k].id_number)].push_back(k);
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_id;  // shared numbers only
  for (const auto& [id, ks] : holders)
    if (ks.size() > 1)
      for (auto k : ks) by_id[id].emplace_back(households[k].household_id, households[k].head_name);
  for (const auto& [id, hh] : by_id) {
    std::vector<std::string> ev;
    std::string list;
    for (const auto& [hid, name] : hh) {
      ev.push_back(hid);
      list += (list.empty() ? "" : detail::list_separator()) + hid + " " + name;
    }
    out.push_back(make(text::tr("audit.same_id_number", text::arg("id_number", id),
                                text::arg("count", hh.size()), text::arg("list", list)),
                       {{"id_number", id}}, std::move(ev), false));
  }
}

}  // namespace

std::vector<Finding> check_duplicate_payment(store::Repository& repo, const Context& ctx) {
  const auto& pays = detail::load_payments(repo, ctx);
  std::vector<Finding> out;
  same_payee(pays, detail::payee_ranks(repo, ctx), ctx, out);
  two_towns(pays, detail::payee_ranks(repo, ctx), out);
  same_id_number(repo, ctx, out);
  return out;
}

}  // namespace fundledger::audit
