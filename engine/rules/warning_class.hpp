// The classes of a warning (issue 17): its level (预警级别 红/橙/黄/蓝) and its violation category (违规
//类别, the list the 直达资金 and 衔接资金 monitoring platforms use). A rule may set both (`level`,
// `violation` in any [[rule]] table); engine/monitor gives every finding both.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fundledger::rules {

// A level or category: its code (stored, in JSON and csv) and its Chinese name (accepted in files and
// on the command line, shown in Chinese).
struct WarningClass {
  std::string_view code, zh;
  const char* message_id;  // its name as people read it, in the catalogue (warnings.level.red, ...)
};
// The name of the level or category `code` in the run's language (红 / red); the code if unknown.
std::string class_name(const std::vector<WarningClass>& classes, std::string_view code);

// red 红, orange 橙, yellow 黄, blue 蓝 — most urgent first.
const std::vector<WarningClass>& warning_levels();
// late_budget 预算下达不及时, idle 滞留闲置, diversion 挤占挪用, scope_standard 扩大开支范围或提高标准,
// false_claims 虚报冒领套取, allowances 违规发放津补贴, bad_data 数据不完整不真实, other 其他.
const std::vector<WarningClass>& violation_categories();

// The code of the level or category named `given` (its code or Chinese name, exactly); none if unknown.
std::optional<std::string> level_code(std::string_view given);
std::optional<std::string> violation_code(std::string_view given);
// "红（`red`）、橙（`orange`）…" for a message.
std::string known_classes(const std::vector<WarningClass>& classes);

}  // namespace fundledger::rules
