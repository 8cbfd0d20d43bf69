// duplicate_payment (重复支付 / 虚报冒领).
//
// Why: the commonest fabricated claim is the same payment entered twice — the same payee, the
// same earmark, the same amount a few days apart — or one household drawing the same benefit
// through two towns, or one person registered twice under two household ids. Auditors look for
// all three. The window is inclusive (CONTRACT.md): payments 30 days apart are within it, 31 are
// not. Payments fully reversed (冲销) by the as-of date no longer count; others count net.
#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "audit/audit.hpp"

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

// Same payee, earmark and amount, each payment within the window of the one before it.
void same_payee(const std::vector<detail::Payment>& pays, const Context& ctx, std::vector<Finding>& out) {
  std::vector<const detail::Payment*> v;
  for (const auto& p : pays)
    if (p.amount.is_positive()) v.push_back(&p);
  // The key ends with the voucher, which is unique: a total order, so no stable sort is needed.
  std::sort(v.begin(), v.end(), [](const auto* a, const auto* b) {
    return std::tie(a->payee_id, a->fiscal_year, a->earmark, a->amount, a->date, a->voucher) <
           std::tie(b->payee_id, b->fiscal_year, b->earmark, b->amount, b->date, b->voucher);
  });
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
        list += (k > i ? "、" : "") + v[k]->voucher + "(" + calendar::format_date(v[k]->date) + ")";
        ovr = ovr && v[k]->overridden;
      }
      const auto& p = *v[i];
      out.push_back(make("收款人 " + p.payee_id + " " + p.payee_name + " 在 " +
                             std::to_string(ctx.duplicate_window_days) + " 天内从 " + p.earmark + " 收到 " +
                             std::to_string(j - i) + " 笔相同金额 " + detail::fmt(p.amount) + " 元的支付:" +
                             list + ",间隔 " + std::to_string(days_apart(v[i]->date, v[j - 1]->date)) + " 天",
                         {{"payee", p.payee_id},
                          {"earmark", std::to_string(p.fiscal_year) + "/" + p.earmark},
                          {"amount", format_yuan(p.amount)}},
                         std::move(ev), ovr));
    }
    i = j;
  }
}

// One household paid through two towns. A first pass finds the households paid in more than one
// town (a hash look-up per payment); only their payments are then gathered per town (a map of maps
// over every payment took a tenth of the audit at 10^6 payments).
void two_towns(const std::vector<detail::Payment>& pays, std::vector<Finding>& out) {
  auto counted = [](const detail::Payment& p) {
    return p.payee_kind == "household" && !p.town.empty() && p.amount.is_positive();
  };
  std::unordered_map<std::string_view, const std::string*> a_town;  // payee -> the town of one payment
  std::unordered_set<std::string_view> several;                     // payees paid in two towns or more
  for (const auto& p : pays) {
    if (!counted(p)) continue;
    auto [it, fresh] = a_town.emplace(p.payee_id, &p.town);
    if (!fresh && *it->second != p.town) several.insert(p.payee_id);
  }
  std::map<std::string, std::map<std::string, std::string>> towns;  // payee -> town -> first voucher
  std::map<std::string, std::string> names;
  for (const auto& p : pays) {
    if (several.empty()) break;
    if (!counted(p) || !several.count(p.payee_id)) continue;
    towns[p.payee_id].emplace(p.town, p.voucher);
    names.emplace(p.payee_id, p.payee_name);
  }
  for (const auto& [payee, by_town] : towns) {
    if (by_town.size() < 2) continue;
    std::vector<std::string> ev;
    std::string list;
    for (const auto& [town, voucher] : by_town) {
      ev.push_back(voucher);
      list += (list.empty() ? "" : "、") + town + "(" + voucher + ")";
    }
    out.push_back(make("农户 " + payee + " " + names[payee] + " 由 " + std::to_string(by_town.size()) +
                           " 个镇分别支付:" + list,
                       {{"payee", payee}}, std::move(ev), false));
  }
}

// One ID number under two household ids.
void same_id_number(store::Repository& repo, std::vector<Finding>& out) {
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_id;
  for (auto& h : repo.audit().households_sharing_id_number())
    by_id[h.id_number].emplace_back(std::move(h.household_id), std::move(h.head_name));
  for (const auto& [id, hh] : by_id) {
    std::vector<std::string> ev;
    std::string list;
    for (const auto& [hid, name] : hh) {
      ev.push_back(hid);
      list += (list.empty() ? "" : "、") + hid + " " + name;
    }
    out.push_back(make("身份证号 " + id + " 登记在 " + std::to_string(hh.size()) + " 个户编号下:" + list,
                       {{"id_number", id}}, std::move(ev), false));
  }
}

}  // namespace

std::vector<Finding> check_duplicate_payment(store::Repository& repo, const Context& ctx) {
  const auto& pays = detail::load_payments(repo, ctx);
  std::vector<Finding> out;
  same_payee(pays, ctx, out);
  two_towns(pays, out);
  same_id_number(repo, out);
  return out;
}

}  // namespace fundledger::audit
