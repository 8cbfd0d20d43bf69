// The encoding of a CSV file, decided for the whole file (issue 15): UTF-8 (with or without a BOM)
// or GB18030 (what a Chinese Excel writes as "CSV"). The first bytes alone cannot tell: a GB18030
// header beginning 凭证号 starts with bytes that are valid UTF-8 (C6 BE D6 A4 ...).
#pragma once

#include <iconv.h>

#include <istream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace fundledger::ledger::detail {

enum class FileEncoding { utf8, gb18030 };

// Reads the whole stream and rewinds it. UTF-8 when it starts with a UTF-8 BOM or is valid UTF-8
// throughout; else GB18030 when it decodes as GB18030 throughout and its valid multi-byte UTF-8
// characters are not the great majority (then it is UTF-8 damaged in a few places, which the
// reader reports at the bad bytes); else UTF-8 (the reader reports the first bad bytes).
FileEncoding decide_encoding(std::istream& in);

// "81 20 FF": the bytes a decoding error points at.
std::string hex_bytes(std::string_view bytes);

// A byte sequence that is neither UTF-8 nor GB18030: `newlines` before it in the chunk.
struct DecodeError : std::runtime_error {
  DecodeError(long nl, std::string_view seq)
      : std::runtime_error("invalid byte sequence " + hex_bytes(seq) + " (neither UTF-8 nor GB18030)"),
        newlines(nl),
        bytes(hex_bytes(seq)) {}
  long newlines;
  std::string bytes;  // the offending bytes in hex ("81 20 FF"), for the message the reader shows
};

// GB18030 to UTF-8 through iconv, chunk by chunk.
class Iconv {
 public:
  Iconv();
  ~Iconv();
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  // Converts `in` (plus bytes carried from the last call); keeps an incomplete tail for the next
  // call. Throws DecodeError on an invalid sequence (or an incomplete one at the end, `last`).
  std::string convert(std::string_view in, bool last);

 private:
  iconv_t cd_;
  std::string carry_;
};

}  // namespace fundledger::ledger::detail
