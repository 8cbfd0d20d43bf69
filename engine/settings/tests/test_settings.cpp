// The settings' keys and the values they refuse; what is in force after changes.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "settings/settings.hpp"
#include "store/settings_reads.hpp"

using namespace fundledger;
using settings::find_key;
using settings::refusal;

TEST_CASE("keys are found by their English key or Chinese name, nothing else") {
  REQUIRE(find_key("unit") != nullptr);
  CHECK(find_key("单位") == find_key("unit"));
  CHECK(find_key("监督电话") == find_key("supervision_phone"));
  CHECK(find_key("Unit") == nullptr);
  CHECK(find_key("单位 ") == nullptr);
  CHECK(find_key("") == nullptr);
  CHECK(settings::keys().size() == 6);
  const std::string known = settings::known_keys();
  for (const auto& k : settings::keys()) {
    CHECK(known.find(std::string(k.key)) != std::string::npos);
    CHECK(known.find(std::string(k.zh)) != std::string::npos);
  }
}

TEST_CASE("values: trimmed, and refused when empty, not UTF-8, with a control character or too long") {
  const auto& unit = *find_key("unit");
  CHECK(settings::trimmed("  商州区财政局\t") == "商州区财政局");
  CHECK(settings::trimmed("\u3000商州区财政局\u3000") == "商州区财政局");
  CHECK(settings::trimmed(" \u3000 ").empty());
  CHECK_FALSE(refusal(unit, "商州区财政局"));
  REQUIRE(refusal(unit, ""));
  CHECK(refusal(unit, "")->find("settings unset unit") != std::string::npos);
  CHECK(refusal(unit, "商州\n财政局"));
  CHECK(refusal(unit, "商州\x7f"));
  CHECK(refusal(unit, "商州\xc2\x85"));  // U+0085, a C1 control
  CHECK(refusal(unit, "\xe5\x95"));      // cut short
  CHECK(refusal(unit, "\xc0\xaf"));      // overlong
  CHECK_FALSE(refusal(unit, std::string(settings::kValueMaxChars, 'a')));
  CHECK(refusal(unit, std::string(settings::kValueMaxChars + 1, 'a')));
  std::string hundred_han;
  for (std::size_t i = 0; i < settings::kValueMaxChars; ++i) hundred_han += "财";
  CHECK_FALSE(refusal(unit, hundred_han));  // characters counted, not bytes
}

TEST_CASE("a phone holds digits, -, spaces, parentheses and +, at least three digits") {
  const auto& phone = *find_key("联系电话");
  for (const char* ok : {"0914-2312345", "(0914) 231 2345", "+86 914 2312345", "12317", "110"})
    CHECK_FALSE(refusal(phone, ok));
  for (const char* bad : {"0914-231234５", "电话0914", "0914/2312345", "12", "--"}) {
    INFO(bad);
    CHECK(refusal(phone, bad));
  }
  CHECK(refusal(phone, "0914转123")->find("转") != std::string::npos);  // names the character
  CHECK_FALSE(refusal(*find_key("负责人"), "12"));                      // a name is not a phone
}

TEST_CASE("in force: every known key in order, the latest change of each, unknown keys kept") {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("fundledger-settings-" + std::to_string(::getpid()) + ".db"))
          .string();
  std::filesystem::remove(path);
  {
    auto repo = store::open_repository(path, store::OpenMode::create);
    auto all = settings::in_force(*repo);
    REQUIRE(all.size() == 6);
    CHECK(all[0].key == "unit");
    CHECK(all[5].key == "supervision_phone");
    CHECK_FALSE(all[0].value);
    CHECK(all[0].entry_id == 0);
    ledger::RunInfo info{"clerk", "2026-11-02T08:00:00Z", std::nullopt};
    settings::set(*repo, *find_key("head"), "张伟", info);
    settings::set(*repo, *find_key("head"), "赵敏", {"chief", "2026-11-03T09:30:00Z", std::nullopt});
    all = settings::in_force(*repo);
    CHECK(all[3].value == "赵敏");
    CHECK(all[3].operator_name == "chief");
    CHECK(all[3].recorded_at == "2026-11-03T09:30:00Z");
    CHECK(all[3].entry_id == 2);
    CHECK(settings::value_of(all, "head") == "赵敏");
    CHECK(settings::value_of(all, "unit").empty());
    auto history = repo->settings().settings_history();
    REQUIRE(history.size() == 2);
    CHECK(history[0].value == "张伟");
    CHECK(history[0].operator_name == "clerk");
    CHECK(repo->verify_chain().ok);
  }
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
}
