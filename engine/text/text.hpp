// engine/text: every message fundledger shows a person, in Chinese and English, from one catalogue.
//
// A message is named by a stable id ("import.summary") and has a pattern per language with named
// fields ("已导入 {added} 笔"). The catalogue is catalogue.cpp with its parts in catalogue/*.inc;
// tests/test_catalogue.cpp checks that every id has both languages with the same fields, and
// scripts/check_messages.py that every id the code asks for is in it. The language is chosen once
// per process (`--lang`, FUNDLEDGER_LANG), default Chinese.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace fundledger::text {

enum class Lang { zh, en };

void set_language(Lang lang);
[[nodiscard]] Lang language();

struct Message {
  std::string_view id, zh, en;
};

// Every message, in catalogue order.
[[nodiscard]] const std::vector<Message>& catalogue();

// The pattern of `id` in `lang`; an id missing from the catalogue is a programming error (asserted).
[[nodiscard]] std::string_view pattern(std::string_view id, Lang lang);

// Whether the catalogue has `id` (for names looked up by a code that may have no message: a subject key).
[[nodiscard]] bool has_message(std::string_view id);

// Message `id` in the process's language, its fields filled from fmt::arg("name", value)s:
//   text::tr("import.summary", text::arg("added", n))
template <class... Named>
[[nodiscard]] std::string tr(std::string_view id, const Named&... named) {
  return fmt::vformat(pattern(id, language()), fmt::make_format_args(named...));
}

// The same in a language given (a report in another language than the run's messages).
template <class... Named>
[[nodiscard]] std::string tr_in(Lang lang, std::string_view id, const Named&... named) {
  return fmt::vformat(pattern(id, lang), fmt::make_format_args(named...));
}

using fmt::arg;

// Message `id` with fields known only at run time, each (name, text): a refusal worked out by a pure
// module and said by its caller.
using Fields = std::vector<std::pair<std::string, std::string>>;
[[nodiscard]] std::string tr_fields(std::string_view id, const Fields& fields);
// The same in a language given (the dashboard answers each request in the page's language).
[[nodiscard]] std::string tr_fields_in(Lang lang, std::string_view id, const Fields& fields);

// Why the system refused (an errno value) in the run's language: the common reasons from the
// catalogue (system.*), any other as strerror gives it.
[[nodiscard]] std::string system_reason(int err);
// The same for a std::error_code of the system (std::filesystem's); any other category as its message.
[[nodiscard]] std::string system_reason(const std::error_code& ec);

}  // namespace fundledger::text
