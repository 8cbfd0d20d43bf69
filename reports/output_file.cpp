#include "reports/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <memory>

#include "base/assert.hpp"
#include "store/errors.hpp"
#include "text/text.hpp"

namespace fundledger::reports {
namespace {

namespace fs = std::filesystem;

std::string reason(int err) {
  std::string r = text::system_reason(err);
  if (err == ENOSPC || err == EDQUOT) r += text::tr("report.output_disk_full");
  return r;
}

// `action` is an id of report.output_action.* (write, replace, create, open, sync).
[[noreturn]] void fail(const char* action, const std::string& path, int err) {
  throw store::StoreError(text::tr("report.output_failed", text::arg("action", text::tr(action)),
                                   text::arg("path", path), text::arg("why", reason(err))));
}

std::string temp_prefix(const fs::path& target) { return "." + target.filename().string() + ".fundledger-"; }

// Temporary files of `target` left by processes that were killed (SIGKILL, power cut).
void remove_stale_temps(const fs::path& target) {
  std::error_code ec;
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  const std::string prefix = temp_prefix(target);
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string n = e.path().filename().string();
    if (n.rfind(prefix, 0) != 0 || n.size() < prefix.size() + 4 || n.substr(n.size() - 4) != ".tmp") continue;
    long pid = std::strtol(n.c_str() + prefix.size(), nullptr, 10);
    if (pid > 0 && pid != ::getpid() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
      fs::remove_all(e.path(), ec);
  }
}

// The file a path names once symbolic links are followed, even one that does not exist yet (a
// link to a missing ledger.db-wal names that file), as an absolute path.
fs::path follow_links(const fs::path& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  for (int hops = 0; hops < 40 && fs::is_symlink(p, ec); ++hops) {
    fs::path to = fs::read_symlink(p, ec);
    if (ec) break;
    p = to.is_absolute() ? to : p.parent_path() / to;
  }
  fs::path canon = fs::weakly_canonical(p, ec);
  return ec ? p.lexically_normal() : canon;
}

// A symbolic link is written through: its final target is the file replaced.
std::string resolve(const std::string& target) {
  std::error_code ec;
  return fs::is_symlink(target, ec) ? follow_links(target).string() : target;
}

void sync_folder_of(const std::string& path) {
  fs::path dir = fs::path(path).parent_path();
  sync_path(dir.empty() ? "." : dir.string());
}

bool same_inode(const std::string& a, const std::string& b) {
  struct stat sa {};
  struct stat sb {};
  return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

}  // namespace

// `.NAME.fundledger-PID-N.tmp` beside `target`.
std::string temp_beside(const std::string& target) {
  static std::atomic<int> counter{0};
  fs::path t(target);
  std::string name = temp_prefix(t) + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".tmp";
  return (t.parent_path() / name).string();
}

OutputFile::OutputFile(const std::string& target) : target_(resolve(target)) {
  remove_stale_temps(target_);
  temp_ = temp_beside(target_);
  fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd_ < 0) fail("report.output_action.write", target_, errno);
  struct stat old {};
  if (::stat(target_.c_str(), &old) == 0)
    ::fchmod(fd_, old.st_mode & 07777);  // a replaced file keeps its mode
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temp_.c_str());
}

void OutputFile::write(std::string_view bytes) {
  FL_ASSERT(!committed_, "OutputFile::write after commit");
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("report.output_action.write", target_, errno);
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

void OutputFile::commit() {
  FL_ASSERT(!committed_, "OutputFile::commit twice");
  if (::fsync(fd_) != 0) fail("report.output_action.write", target_, errno);
  int rc = ::close(fd_);
  fd_ = -1;
  if (rc != 0) fail("report.output_action.write", target_, errno);
  if (::rename(temp_.c_str(), target_.c_str()) != 0) fail("report.output_action.replace", target_, errno);
  committed_ = true;
  sync_folder_of(target_);
}

OutputDir::OutputDir(const std::string& target) : target_(target) {
  while (!target_.empty() && target_.size() > 1 && target_.back() == '/') target_.pop_back();
  fs::path parent = fs::path(target_).parent_path();
  std::error_code ec;
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) fail("report.output_action.create", parent.string(), ec.value());
  remove_stale_temps(target_);
  temp_ = temp_beside(target_);
  if (::mkdir(temp_.c_str(), 0777) != 0) fail("report.output_action.create", temp_, errno);
}

OutputDir::~OutputDir() {
  std::error_code ec;
  if (!committed_) fs::remove_all(temp_, ec);
}

void OutputDir::commit() {
  FL_ASSERT(!committed_, "OutputDir::commit twice");
  for (const auto& e : fs::directory_iterator(temp_)) sync_path(e.path().string());
  sync_path(temp_);
  // rename(2) replaces an empty folder; one that is not empty (ENOTEMPTY) is left as it was.
  if (::rename(temp_.c_str(), target_.c_str()) != 0) fail("report.output_action.replace", target_, errno);
  committed_ = true;
  sync_folder_of(target_);
}

void write_files_atomically(const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<std::unique_ptr<OutputFile>> out;
  for (const auto& [path, bytes] : files) {
    out.push_back(std::make_unique<OutputFile>(path));
    out.back()->write(bytes);
  }
  for (auto& f : out) f->commit();
}

void sync_path(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail("report.output_action.open", path, errno);
  int rc = ::fsync(fd);
  int err = errno;
  ::close(fd);
  // Some file systems refuse fsync on a folder (EINVAL): nothing more can be done there.
  if (rc != 0 && err != EINVAL) fail("report.output_action.sync", path, err);
}

std::string ledger_file_hit_by(const std::string& output, const std::string& ledger) {
  if (ledger.rfind("postgres://", 0) == 0 || ledger.rfind("postgresql://", 0) == 0) return "";
  const fs::path out = follow_links(output);
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::string file = ledger + suffix;
    if (out == follow_links(file) || same_inode(output, file)) return file;
  }
  return "";
}

}  // namespace fundledger::reports
