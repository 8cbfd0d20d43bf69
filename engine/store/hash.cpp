// SHA-256 of bytes and files: the journal's chain, the import record and the audit package.
#include "store/hash.hpp"

#include <openssl/evp.h>

#include <fstream>
#include <memory>
#include <vector>

#include "store/errors.hpp"
#include "text/text.hpp"

namespace fundledger::store {

// ---- hashing -----------------------------------------------------------------------------------

namespace {
// OpenSSL 3 looks the algorithm up on every EVP_Digest(..., EVP_sha256(), ...) call (a provider
// fetch with a lock); the journal hashes once per entry, so fetch once and reuse one context per
// thread.
const EVP_MD* sha256_md() {
  static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  if (!md) throw StoreError(text::tr("store.sha_unavailable"));
  return md;
}
}  // namespace

std::string sha256(std::string_view bytes) {
  thread_local std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!ctx || EVP_DigestInit_ex2(ctx.get(), sha256_md(), nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), out, &len) != 1)
    throw StoreError(text::tr("store.sha_failed"));
  return std::string(reinterpret_cast<char*>(out), len);
}

std::string file_sha256_hex(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw StoreError(text::tr("store.cannot_read_to_hash", text::arg("path", path)));
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
    throw StoreError(text::tr("store.sha_failed"));
  std::vector<char> buf(1 << 16);
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    auto n = static_cast<std::size_t>(in.gcount());
    if (n > 0 && EVP_DigestUpdate(ctx.get(), buf.data(), n) != 1)
      throw StoreError(text::tr("store.sha_failed"));
  }
  if (in.bad()) throw StoreError(text::tr("store.hash_read_error", text::arg("path", path)));
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx.get(), out, &len) != 1) throw StoreError(text::tr("store.sha_failed"));
  return to_hex(std::string_view(reinterpret_cast<char*>(out), len));
}

std::string to_hex(std::string_view bytes) {
  static const char* d = "0123456789abcdef";
  std::string s;
  s.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    s.push_back(d[c >> 4]);
    s.push_back(d[c & 15]);
  }
  return s;
}

}  // namespace fundledger::store
