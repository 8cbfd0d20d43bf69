#include "ledger/write.hpp"

namespace fundledger::ledger {

std::int64_t EntryWriter::write(const entries::Entry& entry) {
  std::int64_t id = repo_.append(entry);
  std::visit(
      [&](const auto& body) {
        if constexpr (requires { body.flows; })
          for (const auto& f : body.flows) totals_.add(f);
      },
      entry.body);
  if (totals_.full()) repo_.add_running_totals(totals_.take());
  ++written_;
  return id;
}

void EntryWriter::finish() { repo_.add_running_totals(totals_.take()); }

}  // namespace fundledger::ledger
