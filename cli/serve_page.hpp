// The dashboard's pages (`fundledger serve`): one HTML shell (web/static/page.html) per page, with
// the page's name, its language and the catalogue's texts for it filled in. The figures are fetched
// by the page from /api/ and drawn by web/static/app.js.
#pragma once

#include <string>
#include <vector>

#include "text/text.hpp"

namespace fundledger::cli {

// The pages, in the order of the navigation bar: sources, flows, progress, ranking, town, search.
const std::vector<std::string>& page_names();

// The HTML of page `name` (one of page_names()) in `lang`.
std::string render_page(const std::string& name, text::Lang lang);

// `s` as the text of a JSON string inside an HTML <script> element: no `<`, `>` or `&` left as
// such, so no text can close the element.
std::string json_for_script(const std::string& json_text);

}  // namespace fundledger::cli
