#include "ledger/kept_head.hpp"

#include <cctype>
#include <charconv>

#include "text/text.hpp"

namespace fundledger::ledger {

std::optional<KeptHead> parse_kept_head(std::string_view text) {
  auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::nullopt;
  KeptHead k;
  auto [end, ec] = std::from_chars(text.data(), text.data() + colon, k.entries);
  if (ec != std::errc() || end != text.data() + colon || k.entries < 1) return std::nullopt;
  std::string_view hex = text.substr(colon + 1);
  if (hex.size() < 8 || hex.size() > 64) return std::nullopt;
  for (char c : hex) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
    k.hex.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return k;
}

std::string format_kept_head(const store::ChainHead& head) {
  return std::to_string(head.entries) + ":" + head.head_hex.substr(0, 8);
}

std::string ledger_check_line(const store::ChainHead& head, bool english) {
  const std::string short_head = head.head_hex.substr(0, 8);
  return text::tr_in(english ? text::Lang::en : text::Lang::zh, "ledger.check_line",
                     text::arg("entries", head.entries), text::arg("head", short_head));
}

void check_kept_head(store::VerifyResult& r, const KeptHead& kept) {
  if (!r.ok) return;  // the chain is broken already: that is the first thing to say
  const std::string kept_text = std::to_string(kept.entries) + ":" + kept.hex;
  if (r.entries < kept.entries) {
    r.ok = false;
    r.reason = text::tr("ledger.kept_head_deleted", text::arg("entries", r.entries),
                        text::arg("kept_entries", kept.entries), text::arg("kept", kept_text));
    return;
  }
  if (r.hash_of_entry_hex.compare(0, kept.hex.size(), kept.hex) != 0) {
    r.ok = false;
    r.reason = text::tr("ledger.kept_head_rewritten", text::arg("entry", kept.entries),
                        text::arg("hash", r.hash_of_entry_hex.substr(0, 16)), text::arg("kept", kept_text));
  }
}

}  // namespace fundledger::ledger
