// The dashboard's pure parts: /api/ names to CLI arguments (cli/serve_api.hpp), the pages' shell and
// the embedded assets (serve_page.hpp, serve_assets.hpp). The server itself is tested end to end in a
// real browser (tests/e2e/test_dashboard.py).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "cli/serve_api.hpp"
#include "cli/serve_assets.hpp"
#include "cli/serve_cache.hpp"
#include "cli/serve_page.hpp"

using namespace fundledger::cli;

namespace {

std::vector<std::string> args_of(const std::string& name, const QueryParams& p) {
  auto r = api_command(name, p, "2018-03-31");
  REQUIRE(r.command);
  REQUIRE_FALSE(r.refusal);
  return r.command->args;
}

ApiRefusal refusal_of(const std::string& name, const QueryParams& p) {
  auto r = api_command(name, p, "2018-03-31");
  REQUIRE_FALSE(r.command);
  REQUIRE(r.refusal);
  return *r.refusal;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("each API name runs its CLI command, every value one --option=value argument", "[serve]") {
  using V = std::vector<std::string>;
  CHECK(args_of("balance", {{"by", "town"}, {"as_of", "2017-12-31"}}) ==
        V{"balance", "--by=town", "--as-of=2017-12-31"});
  CHECK(args_of("balance", {{"by", "category"}}) == V{"balance", "--by=category", "--as-of=2018-03-31"});
  CHECK(args_of("towns", {{"as_of", "2017-12-15"}}) == V{"report", "towns", "--month=2017-12"});
  CHECK(args_of("execution", {{"month", "2017-06"}}) == V{"report", "execution", "--month=2017-06"});
  CHECK(args_of("allocations", {}) == V{"report", "allocations", "--as-of=2018-03-31"});
  CHECK(args_of("progress", {{"by", "earmark"}}) ==
        V{"report", "progress", "--by=earmark", "--as-of=2018-03-31"});
  CHECK(args_of("payments", {{"town", "大荆镇"}}) == V{"payments", "--town=大荆镇", "--as-of=2018-03-31"});
  CHECK(args_of("trace", {{"voucher", "FP2017-D001"}}) == V{"trace", "--voucher=FP2017-D001"});
  CHECK(args_of("trace", {{"source", "商财发〔2017〕6号"}}) == V{"trace", "--source=商财发〔2017〕6号"});
  // A value that looks like an option stays the value of its own option.
  CHECK(args_of("payments", {{"town", "--db=/etc/passwd"}}) ==
        V{"payments", "--town=--db=/etc/passwd", "--as-of=2018-03-31"});
  CHECK(api_names().size() == 9);
}

TEST_CASE("the API refuses what it does not serve, naming the parameter and value", "[serve]") {
  auto r = refusal_of("balance", {{"by", "payee"}});  // not served: a household's name per row
  CHECK(r.status == 400);
  CHECK(r.message_id == "serve.param_bad");
  CHECK(r.fields == std::vector<std::pair<std::string, std::string>>{{"param", "by"}, {"value", "payee"}});
  CHECK(refusal_of("balance", {}).message_id == "serve.param_missing");
  r = refusal_of("towns", {{"as_of", "2017-12-31 --out=/tmp/x"}});
  CHECK(r.message_id == "serve.param_bad");
  CHECK(r.fields.at(0).second == "as_of");
  CHECK(refusal_of("towns", {{"month", "2017-1"}}).message_id == "serve.param_bad");
  CHECK(refusal_of("payments", {{"town", "a\nb"}}).message_id == "serve.param_bad");
  CHECK(refusal_of("payments", {{"town", std::string(201, 'x')}}).message_id == "serve.param_bad");
  CHECK(refusal_of("trace", {}).message_id == "serve.param_missing");
  r = refusal_of("import", {{"kind", "sources"}});
  CHECK(r.status == 404);
  CHECK(r.message_id == "serve.no_such_api");
}

TEST_CASE("the pages' texts cannot close their script element", "[serve]") {
  CHECK(json_for_script(R"({"a":"</script><b>&"})") == R"({"a":"\u003c/script\u003e\u003cb\u003e\u0026"})");
  const std::string html = render_page("sources", fundledger::text::Lang::zh);
  CHECK(html.find("资金来源图") != std::string::npos);
  CHECK(html.find("{{") == std::string::npos);
  CHECK(html.find("data-page=\"sources\"") != std::string::npos);
  CHECK(render_page("town", fundledger::text::Lang::en).find("lang=\"en\"") != std::string::npos);
}

TEST_CASE("assets are found by exact name only, byte for byte the files in web/", "[serve]") {
  const std::string dir = FUNDLEDGER_SOURCE_DIR "/web/";
  REQUIRE(find_asset("echarts.min.js"));
  CHECK(find_asset("echarts.min.js")->content == read_file(dir + "vendor/echarts/echarts.min.js"));
  CHECK(find_asset("app.js")->content == read_file(dir + "static/app.js"));
  CHECK_FALSE(find_asset("../app.js"));
  CHECK_FALSE(find_asset("static/app.js"));
  CHECK_FALSE(find_asset("APP.JS"));
  CHECK(content_type_of("app.js") == "text/javascript; charset=utf-8");
  CHECK(content_type_of("app.css") == "text/css; charset=utf-8");
}

TEST_CASE("answers are kept per chain head, computed once, failures never kept", "[serve]") {
  AnswerCache cache(2);
  int runs = 0;
  auto ok = [&] {
    ++runs;
    ChildResult r;
    r.exit_code = 0;
    r.out = "{\"run\":" + std::to_string(runs) + "}";
    return r;
  };
  bool kept = true;
  CHECK(cache.get("7:aa", {"balance", "--by=town"}, ok, &kept).out == "{\"run\":1}");
  CHECK_FALSE(kept);
  CHECK(cache.get("7:aa", {"balance", "--by=town"}, ok, &kept).out == "{\"run\":1}");
  CHECK(kept);
  CHECK(runs == 1);
  // Another command is another answer; a third pushes out the oldest (two kept at most).
  cache.get("7:aa", {"balance", "--by=source"}, ok);
  cache.get("7:aa", {"towns"}, ok);
  CHECK(runs == 3);
  cache.get("7:aa", {"balance", "--by=town"}, ok, &kept);
  CHECK_FALSE(kept);
  CHECK(runs == 4);
  // The chain head moved: nothing kept holds.
  CHECK(cache.get("8:bb", {"towns"}, ok, &kept).out == "{\"run\":5}");
  CHECK_FALSE(kept);
  // A refusal (exit 2) is said but not kept.
  auto refused = [&] {
    ++runs;
    ChildResult r;
    r.exit_code = 2;
    return r;
  };
  cache.get("8:bb", {"trace", "--voucher=X"}, refused);
  cache.get("8:bb", {"trace", "--voucher=X"}, refused, &kept);
  CHECK_FALSE(kept);
  CHECK(runs == 7);
  CHECK(cache.counts() == std::pair<long, long>{7, 1});  // every run was a computation but one
}
