// SHA-256, as raw bytes and as lowercase hex.
#pragma once

#include <string>
#include <string_view>

namespace fundledger::store {

// SHA-256 of bytes, as 32 raw bytes / as lowercase hex.
std::string sha256(std::string_view bytes);
std::string to_hex(std::string_view bytes);
// SHA-256 of a file's bytes as lowercase hex, read in blocks (memory does not grow with the file).
// Throws StoreError if the file cannot be read.
std::string file_sha256_hex(const std::string& path);

}  // namespace fundledger::store
