#include "ledger/csv_encoding.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <utility>

namespace fundledger::ledger::detail {

namespace {

// Whole multi-byte UTF-8 characters, and places where the bytes are not UTF-8 (each bad byte
// skipped on its own), counted over the file chunk by chunk.
struct Utf8Count {
  long valid_multibyte = 0, invalid = 0;
  std::string carry;  // a character cut by the chunk's end

  void add(std::string_view chunk, bool last) {
    std::string buf = std::exchange(carry, std::string());
    buf.append(chunk);
    std::size_t i = 0, n = buf.size();
    while (i < n) {
      for (std::uint64_t w = 0; i + 8 <= n; i += 8) {  // ASCII eight bytes at a time
        std::memcpy(&w, buf.data() + i, 8);
        if (w & 0x8080808080808080ull) break;
      }
      if (i >= n) break;
      auto b = static_cast<unsigned char>(buf[i]);
      if (b < 0x80) {
        ++i;
        continue;
      }
      std::size_t len = (b >> 5) == 0x6 && b >= 0xC2 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
      if (len > 0 && i + len > n && !last) {
        carry = buf.substr(i);
        return;
      }
      bool whole = len > 0 && i + len <= n;
      for (std::size_t k = 1; whole && k < len; ++k)
        whole = (static_cast<unsigned char>(buf[i + k]) >> 6) == 0x2;
      if (whole) {
        ++valid_multibyte;
        i += len;
      } else {
        ++invalid;
        ++i;
      }
    }
  }
};

}  // namespace

namespace {

// Calls f(chunk, last) for each chunk of the stream, then rewinds it.
template <class F>
void each_chunk(std::istream& in, F f) {
  std::string chunk(1 << 16, '\0');
  for (bool last = false; !last;) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    auto n = static_cast<std::size_t>(in.gcount());
    last = n < chunk.size();
    if (!f(std::string_view(chunk.data(), n), last)) break;
  }
  in.clear();
  in.seekg(0);
}

bool decodes_as_gb18030(std::istream& in) {
  Iconv gb;
  bool ok = true;
  each_chunk(in, [&](std::string_view data, bool last) {
    try {
      gb.convert(data, last);
    } catch (const DecodeError&) {
      ok = false;
    }
    return ok;
  });
  return ok;
}

}  // namespace

FileEncoding decide_encoding(std::istream& in) {
  bool bom = false, first = true;
  Utf8Count utf8;
  each_chunk(in, [&](std::string_view data, bool last) {
    if (first && data.substr(0, 3) == "\xEF\xBB\xBF") bom = true;
    first = false;
    if (!bom) utf8.add(data, last);
    return !bom;
  });
  if (bom || utf8.invalid == 0 || !decodes_as_gb18030(in)) return FileEncoding::utf8;
  // A UTF-8 file damaged in a few places may decode as GB18030 too (even runs of 3-byte characters
  // pair up as GB18030's); a GB18030 file of Chinese text is not UTF-8 at most of its characters.
  return utf8.valid_multibyte >= 4 * utf8.invalid ? FileEncoding::utf8 : FileEncoding::gb18030;
}

std::string hex_bytes(std::string_view bytes) {
  static const char* d = "0123456789ABCDEF";
  std::string hex;
  for (unsigned char c : bytes) {
    if (!hex.empty()) hex += ' ';
    hex += d[c >> 4];
    hex += d[c & 15];
  }
  return hex;
}

Iconv::Iconv() : cd_(iconv_open("UTF-8", "GB18030")) {
  if (cd_ == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv cannot convert GB18030");
}

Iconv::~Iconv() { iconv_close(cd_); }

std::string Iconv::convert(std::string_view in, bool last) {
  carry_.append(in);
  std::string out;
  out.resize(carry_.size() * 2 + 16);
  char* ip = carry_.data();
  std::size_t il = carry_.size();
  char* op = out.data();
  std::size_t ol = out.size();
  while (il > 0) {
    std::size_t rc = iconv(cd_, &ip, &il, &op, &ol);
    if (rc != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      std::size_t used = static_cast<std::size_t>(op - out.data());
      out.resize(out.size() * 2);
      op = out.data() + used;
      ol = out.size() - used;
      continue;
    }
    if (errno == EINVAL && !last) break;  // incomplete sequence at the end of the chunk
    // Where it failed: the line (newlines before it; 0x0A is never part of a GB18030
    // character) and the offending bytes, so the user can find them.
    std::string_view before(carry_.data(), static_cast<std::size_t>(ip - carry_.data()));
    throw DecodeError(std::count(before.begin(), before.end(), '\n'),
                      std::string_view(ip, std::min<std::size_t>(il, 4)));
  }
  out.resize(static_cast<std::size_t>(op - out.data()));
  carry_.erase(0, carry_.size() - il);
  return out;
}

}  // namespace fundledger::ledger::detail
