// /api/NAME -> CLI arguments (serve_api.hpp). Checks each parameter before it becomes an argument.
#include "cli/serve_api.hpp"

#include <algorithm>
#include <functional>
#include <regex>

namespace fundledger::cli {
namespace {

constexpr std::size_t kMaxValue = 200;  // bytes of one parameter's value
// The open warnings the ranking page lists (its chart counts them all: the json's summary). A county
// of 10^6 payments has tens of thousands of findings, 32 MB of json.
constexpr int kWarningsListed = 200;

ApiResult refuse(int status, std::string id, text::Fields fields) {
  return {std::nullopt, ApiRefusal{status, std::move(id), std::move(fields)}};
}

const std::regex kDay(R"(\d{4}-\d{2}-\d{2})");
const std::regex kMonth(R"(\d{4}-\d{2})");

// A free-text value (a town, a voucher, a document number): any text but control characters.
bool plain_text(const std::string& v) {
  return !v.empty() && v.size() <= kMaxValue && std::none_of(v.begin(), v.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
  });
}

class Builder {
 public:
  Builder(const QueryParams& p, const std::string& today) : params_(p), today_(today) {}

  std::optional<std::string> get(const std::string& key) const {
    auto it = params_.find(key);
    return it == params_.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  // as_of: a date YYYY-MM-DD (checked again, and against the calendar, by the command itself).
  std::optional<ApiRefusal> as_of(std::string& out) const {
    out = get("as_of").value_or(today_);
    if (!std::regex_match(out, kDay)) return bad("as_of", out);
    return std::nullopt;
  }
  std::optional<ApiRefusal> choice(const std::string& key, const std::vector<std::string>& allowed,
                                   std::string& out) const {
    auto v = get(key);
    if (!v) return ApiRefusal{400, "serve.param_missing", {{"param", key}}};
    if (std::find(allowed.begin(), allowed.end(), *v) == allowed.end()) return bad(key, *v);
    out = *v;
    return std::nullopt;
  }
  std::optional<ApiRefusal> text(const std::string& key, std::string& out) const {
    auto v = get(key);
    if (!v) return ApiRefusal{400, "serve.param_missing", {{"param", key}}};
    if (!plain_text(*v)) return bad(key, v->substr(0, kMaxValue));
    out = *v;
    return std::nullopt;
  }
  static ApiRefusal bad(const std::string& key, const std::string& value) {
    return {400, "serve.param_bad", {{"param", key}, {"value", value}}};
  }

 private:
  const QueryParams& params_;
  std::string today_;
};

using Make = std::function<ApiResult(const Builder&)>;

ApiResult ok(std::vector<std::string> args) { return {ApiCommand{std::move(args)}, std::nullopt}; }

// A command whose only parameter is as_of.
Make dated(std::vector<std::string> verb) {
  return [verb](const Builder& b) {
    std::string d;
    if (auto r = b.as_of(d)) return ApiResult{std::nullopt, r};
    auto args = verb;
    args.push_back("--as-of=" + d);
    return ok(args);
  };
}

// A command with --by from `allowed` and --as-of.
Make dated_by(std::vector<std::string> verb, std::vector<std::string> allowed) {
  return [verb, allowed](const Builder& b) {
    std::string d, by;
    if (auto r = b.as_of(d)) return ApiResult{std::nullopt, r};
    if (auto r = b.choice("by", allowed, by)) return ApiResult{std::nullopt, r};
    auto args = verb;
    args.insert(args.end(), {"--by=" + by, "--as-of=" + d});
    return ok(args);
  };
}

// A monthly table: --month from `month`, else the as_of date's month.
Make monthly(std::string table) {
  return [table](const Builder& b) {
    std::string d;
    if (auto r = b.as_of(d)) return ApiResult{std::nullopt, r};
    std::string month = b.get("month").value_or(d.substr(0, 7));
    if (!std::regex_match(month, kMonth)) return ApiResult{std::nullopt, Builder::bad("month", month)};
    return ok({"report", table, "--month=" + month});
  };
}

ApiResult payments(const Builder& b) {
  std::string d, town;
  if (auto r = b.as_of(d)) return {std::nullopt, r};
  if (auto r = b.text("town", town)) return {std::nullopt, r};
  return ok({"payments", "--town=" + town, "--as-of=" + d});
}

ApiResult trace(const Builder& b) {
  for (const char* key : {"voucher", "source"}) {
    if (!b.get(key)) continue;
    std::string v;
    if (auto r = b.text(key, v)) return {std::nullopt, r};
    return ok({"trace", std::string("--") + key + "=" + v});
  }
  return refuse(400, "serve.param_missing", {{"param", "voucher"}});
}

const std::vector<std::pair<std::string, Make>>& routes() {
  static const std::vector<std::pair<std::string, Make>> all = {
      {"balance", dated_by({"balance"}, {"category", "source", "earmark", "town", "village"})},
      {"execution", monthly("execution")},
      {"towns", monthly("towns")},
      {"allocations", dated({"report", "allocations"})},
      {"progress", dated_by({"report", "progress"}, {"town", "earmark", "category"})},
      {"warnings", dated({"warnings", "--open", "--limit=" + std::to_string(kWarningsListed)})},
      {"payments", payments},
      {"projects", dated({"projects"})},
      {"trace", trace},
  };
  return all;
}

}  // namespace

ApiResult api_command(const std::string& name, const QueryParams& params, const std::string& today) {
  for (const auto& [n, make] : routes())
    if (n == name) return make(Builder(params, today));
  return refuse(404, "serve.no_such_api", {{"name", name.substr(0, kMaxValue)}});
}

const std::vector<std::pair<std::string, QueryParams>>& page_calls() {
  static const std::vector<std::pair<std::string, QueryParams>> calls = {{"balance", {{"by", "category"}}},
                                                                         {"balance", {{"by", "source"}}},
                                                                         {"execution", {}},
                                                                         {"allocations", {}},
                                                                         {"progress", {{"by", "town"}}},
                                                                         {"progress", {{"by", "earmark"}}},
                                                                         {"towns", {}},
                                                                         {"warnings", {}},
                                                                         {"balance", {{"by", "town"}}},
                                                                         {"balance", {{"by", "village"}}},
                                                                         {"projects", {}}};
  return calls;
}

const std::vector<std::string>& api_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& r : routes()) out.push_back(r.first);
    return out;
  }();
  return names;
}

}  // namespace fundledger::cli
