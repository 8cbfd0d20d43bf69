// cap_exceeded (超标准发放).
//
// Why: per-payee caps (5321 住房贷款贴息 ≤ 1万 per household, say) are easy to dodge by splitting
// one payment into several small ones, each under the cap. The check sums every payment to the
// payee from the capped earmark over the cap's period (a fiscal year, or the payee's lifetime),
// net of reversals and recoveries, and flags the payee when the sum is above the cap: exactly the
// cap is allowed, one fen more is not.
#include <map>

#include "audit/audit.hpp"

namespace fundledger::audit {

std::vector<Finding> check_cap_exceeded(store::Repository& repo, const Context& ctx) {
  std::vector<Finding> out;
  const auto& pays = detail::load_payments(repo, ctx);
  for (const auto& r : ctx.rules) {
    if (r.kind != "cap_per_payee" || !r.max) continue;
    bool lifetime = r.period == "lifetime";
    struct Sum {
      Money total;
      std::vector<std::string> vouchers;
      std::string name;
      bool overridden = false;
    };
    std::map<std::pair<std::string, int>, Sum> sums;  // (payee, year or 0 for lifetime)
    for (const auto& p : pays) {
      if (p.earmark != r.earmark || !r.applies(p.fiscal_year) || !p.amount.is_positive()) continue;
      auto& s = sums[{p.payee_id, lifetime ? 0 : p.fiscal_year}];
      s.total += p.amount;
      s.vouchers.push_back(p.voucher);
      s.name = p.payee_name;
      s.overridden = s.overridden || p.overridden;
    }
    for (const auto& [key, s] : sums) {
      if (s.total <= *r.max) continue;
      Finding f;
      f.code = "cap_exceeded";
      f.severity = r.severity;
      f.rule = r.id;
      f.overridden = s.overridden;
      std::string period = lifetime ? "累计" : std::to_string(key.second) + " 年度";
      f.message = "收款人 " + key.first + " " + s.name + " " + period + "从 " + r.earmark + " 共收到 " +
                  std::to_string(s.vouchers.size()) + " 笔合计 " + detail::fmt(s.total) +
                  " 元,超过每户上限 " + detail::fmt(*r.max) + " 元(超出 " + detail::fmt(s.total - *r.max) +
                  " 元)";
      f.subject = {{"payee", key.first},
                   {"earmark", r.earmark},
                   {"total", format_yuan(s.total)},
                   {"max", format_yuan(*r.max)}};
      if (!lifetime) f.subject["fiscal_year"] = std::to_string(key.second);
      f.evidence = s.vouchers;
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace fundledger::audit
