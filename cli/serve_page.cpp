// The dashboard's pages (serve_page.hpp).
#include "cli/serve_page.hpp"

#include <nlohmann/json.hpp>

#include "cli/serve_assets.hpp"

namespace fundledger::cli {
namespace {

// Every text the pages show, from the catalogue (web.*): app.js looks them up by id.
constexpr const char* kPageTexts[] = {
    "web.title",
    "web.nav.sources",
    "web.nav.flows",
    "web.nav.progress",
    "web.nav.ranking",
    "web.nav.town",
    "web.nav.search",
    "web.as_of",
    "web.footer.head",
    "web.footer.read_only",
    "web.unit_wan",
    "web.loading",
    "web.error",
    "web.sources.by_category",
    "web.sources.by_doc",
    "web.sources.plan",
    "web.series.amount",
    "web.series.allocated",
    "web.series.paid",
    "web.series.budget",
    "web.flows.sankey",
    "web.flows.table",
    "web.flows.no_town",
    "web.progress.by_town",
    "web.progress.by_earmark",
    "web.progress.time",
    "web.series.progress",
    "web.ranking.towns",
    "web.ranking.warnings",
    "web.ranking.warnings_open",
    "web.level.red",
    "web.level.orange",
    "web.level.yellow",
    "web.level.blue",
    "web.town.pick",
    "web.town.villages",
    "web.town.projects",
    "web.town.payments",
    "web.town.none",
    "web.search.placeholder",
    "web.search.button",
    "web.search.none",
    "web.trace.payment",
    "web.trace.sources",
    "web.trace.allocations",
    "web.trace.source_doc",
    "web.trace.from_source",
    "web.trace.from_lot",
    "web.trace.source_flows",
    "web.col.key",
    "web.col.name",
    "web.col.amount",
    "web.col.allocated",
    "web.col.unallocated",
    "web.col.disbursed",
    "web.col.count",
    "web.col.level",
    "web.col.status",
    "web.col.voucher",
    "web.col.date",
    "web.col.earmark",
    "web.col.town",
    "web.col.village",
    "web.col.payee",
    "web.col.message",
    "web.rows_more",
    "web.empty",
    "web.total",
    "web.status.open",
    "web.status.suspected",
    "web.status.violation",
    "web.status.rectified",
};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

std::string html_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string page_texts(text::Lang lang) {
  nlohmann::json texts = nlohmann::json::object();
  for (const char* id : kPageTexts) texts[id] = std::string(text::pattern(id, lang));
  return texts.dump();
}

}  // namespace

const std::vector<std::string>& page_names() {
  static const std::vector<std::string> names = {"sources", "flows", "progress", "ranking", "town", "search"};
  return names;
}

std::string json_for_script(const std::string& json_text) {
  std::string out;
  out.reserve(json_text.size());
  for (char c : json_text) {
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else
      out += c;
  }
  return out;
}

std::string render_page(const std::string& name, text::Lang lang) {
  std::string html(find_asset("page.html")->content);
  const std::string l = lang == text::Lang::en ? "en" : "zh";
  html = replace_all(html, "{{LANG}}", l == "en" ? "en" : "zh-CN");
  html = replace_all(html, "{{PAGE}}", name);  // one of page_names(): letters only
  html = replace_all(html, "{{TITLE}}", html_escape(std::string(text::pattern("web.nav." + name, lang))));
  return replace_all(html, "{{TEXTS}}", json_for_script(page_texts(lang)));
}

}  // namespace fundledger::cli
