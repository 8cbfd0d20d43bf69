// Helpers shared by the libFuzzer targets: a per-process temporary file for inputs that the
// engine reads from a path (the CSV reader, the TOML loaders).
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace fuzz {

inline std::string temp_path(const char* name) {
  auto dir = std::filesystem::temp_directory_path();
  return (dir / ("fundledger-fuzz-" + std::to_string(::getpid()) + "-" + name)).string();
}

inline void write_file(const std::string& path, const std::uint8_t* data, std::size_t size) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (size && std::fwrite(data, 1, size, f) != size) std::abort();
  std::fclose(f);
}

}  // namespace fuzz
