#include "ledger/csv.hpp"

#include <csv.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <utility>

#include "ledger/csv_encoding.hpp"
#include "ledger/sheet.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {
namespace {

using detail::DecodeError;
using detail::FileEncoding;
using detail::hex_bytes;
using detail::Iconv;

std::string_view trim(std::string_view s) {
  auto ws = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && ws(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && ws(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  // Full-width space U+3000 (E3 80 80) at either end, as Excel users type it.
  while (s.size() >= 3 && s.substr(0, 3) == "\xE3\x80\x80") s.remove_prefix(3);
  while (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80") s.remove_suffix(3);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

struct ParseState {
  const std::string* path;
  Diagnostics* diag;
  const std::vector<ColumnDef>* defs;
  const std::function<void(const CsvRow&)>* on_row;
  std::string text;                      // the current row's fields, one after the other
  std::vector<std::size_t> ends;         // where each field of the current row ends in `text`
  std::vector<std::string_view> fields;  // the current row's fields (views of `text`)
  std::vector<int> map;                  // def -> field index
  std::size_t header_fields = 0;
  bool header_done = false;
  bool header_ok = true;
  long line = 1;      // current physical line
  long row_line = 0;  // line where the current record started
  bool too_long = false;
  std::size_t row_fields = 0;  // fields of the current row, counted past kMaxRowFields too
  long rows = 0;
  long empty_rows = 0;        // data rows whose every field is empty (`,,,,` from Excel): skipped
  long first_empty_line = 0;  // the first of them, for the warning

  void on_field(const char* data, std::size_t len) {
    if (ends.empty() && row_fields == 0) row_line = line;
    if (++row_fields <= kMaxRowFields) {
      if (len > kMaxFieldBytes) {
        if (!too_long)
          diag->error(
              *path, line, static_cast<int>(ends.size()) + 1,
              text::tr("read.field_too_long", text::arg("bytes", len), text::arg("limit", kMaxFieldBytes)));
        too_long = true;
      } else if (len > 0) {
        text.append(data, len);
      }
      ends.push_back(text.size());
    }
    for (const char *p = data, *end = data + len; p < end; ++p) {
      p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
      if (!p) break;
      ++line;
    }
  }

  void on_row_end(int c) {
    if (c == '\n') ++line;
    if (ends.empty()) return;  // blank line
    if (row_fields > kMaxRowFields) {
      too_wide();
      return;
    }
    row_fields = 0;
    // The row's fields as views of its text (the buffers are reused from row to row).
    fields.clear();
    std::size_t start = 0;
    for (std::size_t end : ends) {
      fields.emplace_back(text.data() + start, end - start);
      start = end;
    }
    bool blank =
        std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return trim(f).empty(); });
    if (blank && fields.size() > 1 && header_done) count_empty_row();
    if (!blank && !header_done) {
      header();
    } else if (!blank && header_ok) {
      data_row();
    }
    ends.clear();
    text.clear();
    if (!blank) too_long = false;
  }

  void count_empty_row() {
    if (empty_rows++ == 0) first_empty_line = row_line;
  }

  // A row beyond the column limit is refused whole (not cut short); a header that wide leaves
  // nothing to map the data rows to.
  void too_wide() {
    diag->error(
        *path, row_line, static_cast<int>(kMaxRowFields) + 1,
        text::tr("read.row_too_wide", text::arg("fields", row_fields), text::arg("limit", kMaxRowFields)));
    if (!header_done) header_ok = false;
    header_done = true;
    ends.clear();
    text.clear();
    row_fields = 0;
    too_long = false;
  }

  void header() {
    header_done = true;
    header_fields = fields.size();
    header_ok = map_header(fields, *defs, map, *diag, *path, row_line);
  }

  void data_row() {
    ++rows;
    if (fields.size() != header_fields) {
      diag->error(*path, row_line, 0,
                  text::tr("read.row_width_mismatch", text::arg("fields", fields.size()),
                           text::arg("header", header_fields)));
      return;
    }
    if (too_long) return;
    CsvRow row;
    row.line = row_line;
    row.fields = std::move(fields);
    row.map = &map;
    (*on_row)(row);
    fields = std::move(row.fields);
  }
};

void cb_field(void* data, std::size_t len, void* st) {
  static_cast<ParseState*>(st)->on_field(static_cast<const char*>(data), len);
}
void cb_row(int c, void* st) { static_cast<ParseState*>(st)->on_row_end(c); }

}  // namespace

bool map_header(const std::vector<std::string_view>& fields, const std::vector<ColumnDef>& defs,
                std::vector<int>& map, Diagnostics& diag, const std::string& path, long line) {
  bool ok = true;
  map.assign(defs.size(), -1);
  for (std::size_t f = 0; f < fields.size(); ++f) {
    std::string_view h = trim(fields[f]);
    if (f == 0 && h.substr(0, 3) == "\xEF\xBB\xBF") h = trim(h.substr(3));
    bool found = false;
    for (std::size_t d = 0; d < defs.size(); ++d) {
      const auto& def = defs[d];
      if (lower(h) == def.name || h == def.alias_zh) {
        if (map[d] >= 0) {
          diag.error(path, line, static_cast<int>(f) + 1,
                     text::tr("read.duplicate_column", text::arg("column", def.name)));
          ok = false;
        }
        map[d] = static_cast<int>(f);
        found = true;
        break;
      }
    }
    if (!found)
      diag.warn(path, line, static_cast<int>(f) + 1, text::tr("read.unknown_column", text::arg("column", h)));
  }
  for (std::size_t d = 0; d < defs.size(); ++d) {
    const auto& def = defs[d];
    if (def.required && map[d] < 0) {
      diag.error(
          path, line, 0,
          text::tr("read.missing_column", text::arg("column", def.name), text::arg("alias", def.alias_zh)));
      ok = false;
    }
  }
  return ok;
}

std::string_view trim_field(std::string_view s) { return trim(s); }

std::string_view CsvRow::get(std::size_t d) const {
  int f = (*map)[d];
  if (f < 0 || static_cast<std::size_t>(f) >= fields.size()) return {};
  return trim(fields[static_cast<std::size_t>(f)]);
}

int CsvRow::position(std::size_t d) const { return (*map)[d] + 1; }

namespace {

// Length of the longest prefix of `s` made of whole UTF-8 characters. `truncated` is set when
// what follows is only the start of a character cut off by the end of `s` (a chunk boundary).
std::size_t utf8_prefix(std::string_view s, bool& truncated) {
  truncated = false;
  std::size_t i = 0;
  while (i < s.size()) {
    // ASCII eight bytes at a time (most of a CSV file is ASCII).
    for (std::uint64_t w = 0; i + 8 <= s.size(); i += 8) {
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
    }
    if (i >= s.size()) break;
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0) return i;
    if (len == 2 && b < 0xC2) return i;  // overlong
    std::size_t have = std::min(len, s.size() - i);
    for (std::size_t k = 1; k < have; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return i;
    if (have < len) {
      truncated = true;
      return i;
    }
    i += len;
  }
  return i;
}

bool has_non_ascii(std::string_view s) {
  std::size_t i = 0;
  for (std::uint64_t w = 0; i + 8 <= s.size(); i += 8) {
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ull) return true;
  }
  return std::any_of(s.begin() + static_cast<long>(i), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace

bool is_valid_utf8(std::string_view s, bool allow_truncated_tail) {
  bool truncated = false;
  std::size_t n = utf8_prefix(s, truncated);
  return n == s.size() || (truncated && allow_truncated_tail);
}

namespace {

// The encoding of a CSV file read chunk by chunk: UTF-8 (BOM optional) or GB18030, decided by
// the first bytes that are not ASCII; UTF-16 and damaged UTF-8 are refused. decode() turns one
// chunk into UTF-8 (keeping a character cut by the chunk's end for the next); false after an
// error, which it reports.
class ChunkDecoder {
 public:
  // The encoding is decided for the whole file first (decide_encoding): GB18030 from the start, or
  // UTF-8 throughout, where bad bytes are an error at their line.
  ChunkDecoder(const std::string& path, Diagnostics& diag, FileEncoding encoding)
      : path_(path), diag_(diag), gb_(encoding == FileEncoding::gb18030), committed_utf8_(!gb_) {
    if (gb_) cv_ = std::make_unique<Iconv>();
  }

  // `buf` holds the chunk (with what was pending before it); on success `data` is its UTF-8.
  bool decode(std::string& buf, std::string_view& data, bool last, long line) {
    data = buf;
    if (first_) {
      first_ = false;
      if (data.substr(0, 2) == "\xFF\xFE" || data.substr(0, 2) == "\xFE\xFF") {
        diag_.error(path_, 1, 0, text::tr("read.utf16"));
        return false;
      }
      if (data.substr(0, 3) == "\xEF\xBB\xBF") {
        data.remove_prefix(3);
        committed_utf8_ = true;
      }
    }
    if (!gb_ && !check_utf8(data, last, line)) return false;
    if (!gb_) return true;
    try {
      converted_ = cv_->convert(data, last);
    } catch (const DecodeError& e) {
      diag_.error(path_, line + e.newlines, 0, text::tr("read.cannot_decode", text::arg("bytes", e.bytes)));
      return false;
    }
    data = converted_;
    return true;
  }
  // The start of a UTF-8 character cut by the end of the last chunk.
  [[nodiscard]] std::string take_pending() { return std::exchange(pending_, std::string()); }

 private:
  bool check_utf8(std::string_view& data, bool last, long line) {
    bool truncated = false;
    std::size_t valid = utf8_prefix(data, truncated);
    // Non-ASCII UTF-8 before the bad bytes means the file is UTF-8, damaged here.
    if (!committed_utf8_ && has_non_ascii(data.substr(0, valid))) committed_utf8_ = true;
    if (valid < data.size() && truncated && !last) {
      // A character split by the chunk boundary: keep its start for the next chunk.
      pending_.assign(data.substr(valid));
      data = data.substr(0, valid);
    } else if (valid < data.size() && !committed_utf8_) {
      // Not UTF-8, and nothing so far was anything but ASCII (which GB18030 shares): GB18030.
      gb_ = true;
      cv_ = std::make_unique<Iconv>();
    } else if (valid < data.size()) {
      diag_.error(
          path_,
          line + static_cast<long>(std::count(data.begin(), data.begin() + static_cast<long>(valid), '\n')),
          0, text::tr("read.invalid_utf8", text::arg("bytes", hex_bytes(data.substr(valid, 4)))));
      return false;
    }
    if (!gb_ && !committed_utf8_ && has_non_ascii(data)) committed_utf8_ = true;
    return true;
  }

  const std::string& path_;
  Diagnostics& diag_;
  bool first_ = true, gb_ = false;
  bool committed_utf8_ = false;  // the file is UTF-8 (decide_encoding)
  std::string pending_, converted_;
  std::unique_ptr<Iconv> cv_;
};

// libcsv's reason for refusing the text, in the run's language.
std::string csv_reason(int error) {
  switch (error) {
    case CSV_EPARSE:
      return text::tr("read.csv_parse_error");
    case CSV_ENOMEM:
      return text::tr("read.csv_out_of_memory");
    case CSV_ETOOBIG:
      return text::tr("read.csv_too_big");
    default:
      return csv_strerror(error);
  }
}

// After the last chunk: an unclosed quote, an empty file, a header without rows.
void finish_csv(csv_parser& p, ParseState& st, const std::string& path, Diagnostics& diag, bool ok) {
  if (ok && csv_fini(&p, cb_field, cb_row, &st) != 0) {
    diag.error(path, st.row_line ? st.row_line : st.line, 0, text::tr("read.unbalanced_quote"));
    ok = false;
  }
  if (ok && st.empty_rows > 0)
    diag.warn(path, st.first_empty_line, 0,
              text::tr("read.empty_rows_skipped", text::arg("count", st.empty_rows)));
  if (ok && !st.header_done)
    diag.error(path, 1, 0, text::tr("read.empty_file"));
  else if (ok && st.header_ok && st.rows == 0)
    diag.error(path, 1, 0, text::tr("read.no_data_rows"));
}

}  // namespace

bool is_workbook(const std::string& path) { return sheet::detect(path) != sheet::Format::csv; }

bool read_csv(const InputFile& input, const std::vector<ColumnDef>& defs, Diagnostics& diag,
              const std::function<void(const CsvRow&)>& on_row) {
  const std::string& path = input.path;
  if (auto format = sheet::detect(path); format != sheet::Format::csv)
    return read_sheet_rows(path, format, input.sheet, defs, diag, on_row);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diag.error(path, 0, 0,
               text::tr("read.cannot_read_file", text::arg("reason", text::system_reason(errno))));
    return false;
  }
  csv_parser p;
  csv_init(&p, CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI);
  ParseState st{&path, &diag, &defs, &on_row, {}, {}, {}, {}, 0, false, true, 1, 0, false, 0, 0, 0, 0};
  std::string chunk(1 << 16, '\0');
  std::string buf;
  ChunkDecoder decoder(path, diag, detail::decide_encoding(in));
  bool ok = true, started = false;
  while (ok) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    std::size_t n = static_cast<std::size_t>(in.gcount());
    bool last = n < chunk.size();
    if (!started && n == 0) break;
    started = true;
    buf = decoder.take_pending();
    buf.append(chunk.data(), n);
    std::string_view data;
    if (!(ok = decoder.decode(buf, data, last, st.line))) break;
    if (auto nul = data.find('\0'); nul != std::string_view::npos) {
      diag.error(
          path,
          st.line + static_cast<long>(std::count(data.begin(), data.begin() + static_cast<long>(nul), '\n')),
          0, text::tr("read.nul_byte"));
      ok = false;
      break;
    }
    if (csv_parse(&p, data.data(), data.size(), cb_field, cb_row, &st) != data.size()) {
      // The callbacks have counted the lines of every complete record before the error.
      diag.error(path, st.line, 0,
                 text::tr("read.malformed_csv", text::arg("reason", csv_reason(csv_error(&p)))));
      ok = false;
      break;
    }
    if (last) break;
  }
  if (in.bad()) {
    diag.error(path, 0, 0, text::tr("read.read_error", text::arg("reason", text::system_reason(errno))));
    ok = false;
  }
  finish_csv(p, st, path, diag, ok);
  csv_free(&p);
  return true;
}

}  // namespace fundledger::ledger
