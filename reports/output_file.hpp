// Every file fundledger writes appears whole or not at all (CONTRACT.md): it is written to a
// temporary file in the target's own folder (so the rename cannot cross file systems), flushed and
// fsynced, and renamed onto the target only when complete; the folder is then fsynced so the
// rename itself survives a power cut. Until commit() the target keeps its previous bytes (or does
// not exist). A failure, or an OutputFile destroyed before commit(), removes the temporary file.
//
// The temporary file is hidden and named after its target and the writing process
// (`.NAME.fundledger-PID-N.tmp`); a process killed with SIGKILL cannot remove it, so the next
// OutputFile for the same target removes those of processes no longer running.
//
// Failures are environment failures (store::StoreError, exit 3) naming the path and the reason
// ("No space left on device (disk full)").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fundledger::reports {

class OutputFile {
 public:
  // Creates the temporary file beside `target`. A target that is a symbolic link is written
  // through: the file it points to is replaced, the link stays.
  explicit OutputFile(const std::string& target);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // For writers that open a path themselves (libxlsxwriter): they write here, then commit().
  [[nodiscard]] const std::string& temp_path() const { return temp_; }
  [[nodiscard]] const std::string& target() const { return target_; }
  // Appends to the temporary file.
  void write(std::string_view bytes);
  // fsync, rename onto the target, fsync the folder. After it the destructor removes nothing.
  void commit();

 private:
  std::string target_;
  std::string temp_;
  int fd_ = -1;
  bool committed_ = false;
};

// A folder built whole beside `target` (`.NAME.fundledger-PID-N.tmp`) and renamed onto it by
// commit() after every file in it was fsynced: `target` never holds a half-built folder. The
// target must not exist or be an empty folder. Destroyed before commit(), the folder is removed.
class OutputDir {
 public:
  explicit OutputDir(const std::string& target);
  ~OutputDir();
  OutputDir(const OutputDir&) = delete;
  OutputDir& operator=(const OutputDir&) = delete;

  [[nodiscard]] const std::string& temp_path() const { return temp_; }
  void commit();

 private:
  std::string target_;
  std::string temp_;
  bool committed_ = false;
};

// Writes `bytes` to each target: all temporary files are written first, then renamed in order,
// so a failure while writing leaves every target as it was.
void write_files_atomically(const std::vector<std::pair<std::string, std::string>>& files);
inline void write_file_atomically(const std::string& path, const std::string& bytes) {
  write_files_atomically({{path, bytes}});
}

// fsync of a file or folder that another process wrote (the parts of an audit package).
void sync_path(const std::string& path);

// The ledger file among `ledger` and its -wal, -shm and -journal siblings that `output` would
// overwrite — the same path, a symbolic link to it, or a hard link (same device and inode) —
// or "" when none. A PostgreSQL URI has no such file.
std::string ledger_file_hit_by(const std::string& output, const std::string& ledger);

}  // namespace fundledger::reports
