// engine/text — the language of the run and the look-up of a message's pattern (text.hpp).
#include "text/text.hpp"

#include <fmt/args.h>

#include <atomic>
#include <unordered_map>

#include "base/assert.hpp"

namespace fundledger::text {
namespace {

std::atomic<Lang> g_language{Lang::zh};

const std::unordered_map<std::string_view, const Message*>& by_id() {
  static const auto index = [] {
    std::unordered_map<std::string_view, const Message*> m;
    for (const auto& msg : catalogue()) {
      bool fresh = m.emplace(msg.id, &msg).second;
      FL_ASSERT(fresh, "text: a message id appears twice in the catalogue");
    }
    return m;
  }();
  return index;
}

}  // namespace

void set_language(Lang lang) { g_language.store(lang, std::memory_order_relaxed); }
Lang language() { return g_language.load(std::memory_order_relaxed); }

bool has_message(std::string_view id) { return by_id().count(id) > 0; }

std::string_view pattern(std::string_view id, Lang lang) {
  auto it = by_id().find(id);
  FL_ASSERT(it != by_id().end(), "text: a message id missing from the catalogue (scripts/check_messages.py)");
  return lang == Lang::en ? it->second->en : it->second->zh;
}

std::string tr_fields(std::string_view id, const Fields& fields) {
  return tr_fields_in(language(), id, fields);
}

std::string tr_fields_in(Lang lang, std::string_view id, const Fields& fields) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& [name, value] : fields) store.push_back(fmt::arg(name.c_str(), value));
  return fmt::vformat(pattern(id, lang), store);
}

}  // namespace fundledger::text
