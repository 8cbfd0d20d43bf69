// The levels and violation categories of warnings (warning_class.hpp).
#include "rules/warning_class.hpp"

#include "text/text.hpp"

namespace fundledger::rules {

const std::vector<WarningClass>& warning_levels() {
  static const std::vector<WarningClass> v = {{"red", "红", "warnings.level.red"},
                                              {"orange", "橙", "warnings.level.orange"},
                                              {"yellow", "黄", "warnings.level.yellow"},
                                              {"blue", "蓝", "warnings.level.blue"}};
  return v;
}

const std::vector<WarningClass>& violation_categories() {
  static const std::vector<WarningClass> v = {
      {"late_budget", "预算下达不及时", "warnings.violation.late_budget"},
      {"idle", "滞留闲置", "warnings.violation.idle"},
      {"diversion", "挤占挪用", "warnings.violation.diversion"},
      {"scope_standard", "扩大开支范围或提高标准", "warnings.violation.scope_standard"},
      {"false_claims", "虚报冒领套取", "warnings.violation.false_claims"},
      {"allowances", "违规发放津补贴", "warnings.violation.allowances"},
      {"bad_data", "数据不完整不真实", "warnings.violation.bad_data"},
      {"other", "其他", "warnings.violation.other"}};
  return v;
}

namespace {
std::optional<std::string> find(const std::vector<WarningClass>& classes, std::string_view given) {
  for (const auto& c : classes)
    if (given == c.code || given == c.zh) return std::string(c.code);
  return std::nullopt;
}
}  // namespace

std::optional<std::string> level_code(std::string_view given) { return find(warning_levels(), given); }
std::optional<std::string> violation_code(std::string_view given) {
  return find(violation_categories(), given);
}

std::string class_name(const std::vector<WarningClass>& classes, std::string_view code) {
  for (const auto& c : classes)
    if (c.code == code) return text::tr(c.message_id);
  return std::string(code);
}

std::string known_classes(const std::vector<WarningClass>& classes) {
  std::string out;
  for (const auto& c : classes)
    out += (out.empty() ? "" : text::tr("audit.list_separator")) +
           (text::language() == text::Lang::en ? std::string(c.code)
                                               : std::string(c.zh) + "（`" + std::string(c.code) + "`）");
  return out;
}

}  // namespace fundledger::rules
