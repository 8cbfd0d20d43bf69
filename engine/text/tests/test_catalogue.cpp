// The catalogue walked: every message has both languages, the same fields in each, each language
// free of the other's words, and each pattern formats.
#include <fmt/args.h>

#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <string>

#include "text/text.hpp"

using namespace fundledger::text;

namespace {

// The {name} fields of a pattern ({{ and }} are literal braces).
std::set<std::string> fields(std::string_view p) {
  std::set<std::string> out;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '{' && i + 1 < p.size() && p[i + 1] == '{') {
      ++i;
      continue;
    }
    if (p[i] != '{') continue;
    auto end = p.find_first_of(":}", i);
    out.emplace(p.substr(i + 1, end == std::string_view::npos ? end : end - i - 1));
    i = p.find('}', i);
    if (i == std::string_view::npos) break;
  }
  return out;
}

// The pattern without its fields, quoted parts (values and input forms are quoted: “…”, "…", '…', `…`)
// command-line options (--help) and identifiers (prev_hash, import_batch).
std::string prose(std::string_view p) {
  static const std::regex quoted(R"(\{[^}]*\}|“[^”]*”|"[^"]*"|'[^']*'|`[^`]*`|‘[^’]*’|--[A-Za-z-]+|[A-Za-z0-9]*_[A-Za-z0-9_]*)");
  return std::regex_replace(std::string(p), quoted, " ");
}

bool has_cjk(const std::string& s) {
  // U+3000–U+9FFF and the full-width forms (E3–E9 lead bytes, EF BC/BD): CJK text and punctuation.
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0xE3 && c <= 0xE9) return true;
    if (c == 0xEF && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xFE) == 0xBC) return true;
  }
  return false;
}

// English words of three letters or more, less the names that stay as they are in Chinese text.
std::vector<std::string> english_words(const std::string& s) {
  static const std::set<std::string> kept = {"CSV",  "UTF",  "GB18030", "xlsx", "xls", "Excel", "SQLite",
                                             "JSON", "TOML", "SHA",     "ID",   "BOM", "CRLF",  "PostgreSQL",
                                             "URI",  "yes",  "no",      "YYYY", "PNG", "HTTP",  "fundledger"};
  static const std::regex word("[A-Za-z]{3,}");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), word); it != std::sregex_iterator(); ++it)
    if (!kept.count(it->str())) out.push_back(it->str());
  return out;
}

std::string format_with_dummies(std::string_view p) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& f : fields(p)) store.push_back(fmt::arg(f.c_str(), "x"));
  return fmt::vformat(p, store);
}

}  // namespace

TEST_CASE("every message has both languages, the same fields, and formats") {
  std::set<std::string_view> ids;
  REQUIRE(catalogue().size() > 1);
  for (const auto& m : catalogue()) {
    INFO(m.id);
    CHECK(ids.insert(m.id).second);
    CHECK_FALSE(m.zh.empty());
    CHECK_FALSE(m.en.empty());
    CHECK(fields(m.zh) == fields(m.en));
    CHECK_NOTHROW(format_with_dummies(m.zh));
    CHECK_NOTHROW(format_with_dummies(m.en));
  }
}

TEST_CASE("each language is free of the other's words") {
  for (const auto& m : catalogue()) {
    INFO(m.id << "\n zh: " << m.zh << "\n en: " << m.en);
    CHECK_FALSE(has_cjk(prose(m.en)));
    CHECK(english_words(prose(m.zh)).empty());
  }
}

TEST_CASE("the walk's own checks can fail") {
  CHECK(fields("{a} {{b}} {c:>4}") == std::set<std::string>{"a", "c"});
  CHECK(has_cjk(prose("wrote 文件")));
  CHECK_FALSE(has_cjk(prose("date “2019年6月” expected")));
  CHECK(english_words(prose("已写出 file")) == std::vector<std::string>{"file"});
  CHECK(english_words(prose("文件 “abc” 为 CSV")).empty());
  CHECK(english_words(prose("用法见 --help")).empty());
  CHECK_THROWS(format_with_dummies("{a"));
}

TEST_CASE("tr fills fields in the run's language") {
  CHECK(language() == Lang::en);  // tests/catch_main.cpp
  set_language(Lang::en);
  CHECK(tr("diag.error") == "error");
  set_language(Lang::zh);
  CHECK(tr("diag.warning") == "警告");
  CHECK(tr_in(Lang::en, "diag.warning") == "warning");
  set_language(Lang::en);
}
