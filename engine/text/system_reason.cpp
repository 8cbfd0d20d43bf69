// engine/text — why the system refused (errno) in the run's language. strerror speaks English
// whatever the language: a clerk reading Chinese was told "No such file or directory". The
// common reasons have their message (system.* in catalogue/system.inc, the English being glibc's
// own words); any other falls back to strerror.
#include <cerrno>
#include <cstring>

#include "text/text.hpp"

namespace fundledger::text {

namespace {

const char* reason_id(int err) {
  switch (err) {
    case ENOENT:
      return "system.ENOENT";
    case EACCES:
      return "system.EACCES";
    case EPERM:
      return "system.EPERM";
    case ENOSPC:
      return "system.ENOSPC";
    case EDQUOT:
      return "system.EDQUOT";
    case EROFS:
      return "system.EROFS";
    case EISDIR:
      return "system.EISDIR";
    case ENOTDIR:
      return "system.ENOTDIR";
    case EEXIST:
      return "system.EEXIST";
    case EIO:
      return "system.EIO";
    case EMFILE:
      return "system.EMFILE";
    case ENAMETOOLONG:
      return "system.ENAMETOOLONG";
    case EBUSY:
      return "system.EBUSY";
    default:
      return nullptr;
  }
}

}  // namespace

std::string system_reason(int err) {
  if (const char* id = reason_id(err)) return tr(id);
  return std::strerror(err);
}

std::string system_reason(const std::error_code& ec) {
  if (ec.category() == std::generic_category() || ec.category() == std::system_category())
    return system_reason(ec.value());
  return ec.message();
}

}  // namespace fundledger::text
