// A chain head kept apart from the ledger (issue 18, anchoring). `verify` alone proves the ledger
// agrees with itself; a rewrite that re-hashes every later entry, or the last entries deleted,
// agrees with itself too. Against a head kept elsewhere — the footer of a report the leaders
// signed, the line `export audit` prints — it does not: `verify --head N:HEX` checks that entry N
// still exists and its recomputed hash still starts with HEX, so the ledger still holds the
// history that report was made from.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "store/chain.hpp"

namespace fundledger::ledger {

struct KeptHead {
  std::int64_t entries = 0;  // N: the entry whose hash was kept (the count of entries then)
  std::string hex;           // the first 8 to 64 hex digits of its hash, lower case
};

// "N:HEX" (N ≥ 1; HEX 8 to 64 hex digits, either case); nullopt for anything else.
std::optional<KeptHead> parse_kept_head(std::string_view text);

// The short form a reader keeps: "N:HEX8", from the stored head.
std::string format_kept_head(const store::ChainHead& head);

// The line every report, workbook footer and public notice prints for its reader to keep:
// "账本校验: 第 63 笔 · af774b44" ("Ledger check: entry 63 · af774b44"); `verify --head
// 63:af774b44` checks it later.
std::string ledger_check_line(const store::ChainHead& head, bool english);

// Judges a verify result (verify_chain asked for entry N's hash) against a kept head: fails it,
// with the reason, when the ledger has fewer than N entries or entry N's hash differs.
void check_kept_head(store::VerifyResult& r, const KeptHead& kept);

}  // namespace fundledger::ledger
