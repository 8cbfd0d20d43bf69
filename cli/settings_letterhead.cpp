#include "cli/settings_letterhead.hpp"

namespace fundledger::cli {

reports::Letterhead letterhead(const std::vector<settings::InForce>& in_force) {
  reports::Letterhead h;
  h.unit = settings::value_of(in_force, "unit");
  h.preparer = settings::value_of(in_force, "preparer");
  h.reviewer = settings::value_of(in_force, "reviewer");
  h.head = settings::value_of(in_force, "head");
  h.phone = settings::value_of(in_force, "phone");
  h.supervision_phone = settings::value_of(in_force, "supervision_phone");
  return h;
}

reports::Letterhead letterhead(store::Repository& repo) { return letterhead(settings::in_force(repo)); }

}  // namespace fundledger::cli
