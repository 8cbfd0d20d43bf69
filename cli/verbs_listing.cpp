// Verbs `households` (the register) and `payments` (the 明细账): listings in text, csv and json,
// written as they are read (reports/listing_render.hpp).
#include <fmt/core.h>

#include <iostream>

#include "cli/cli.hpp"
#include "reports/listing.hpp"
#include "reports/listing_render.hpp"
#include "text/text.hpp"

namespace fundledger::cli {
namespace {

using json = nlohmann::json;

std::optional<std::string> given(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

json or_null(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

void print_listing(const Globals& g, const reports::Listing& l, const json& head, const std::string& unit) {
  if (g.format == "json")
    reports::write_json(std::cout, l, head);
  else if (g.format == "csv")
    reports::write_csv(std::cout, l);
  else
    reports::write_text(std::cout, l, g.language(), unit == "wan" ? Unit::wan : Unit::yuan);
}

struct HouseholdOpts {
  std::string town, village, search, unit = "yuan";
};

Verb register_households(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("households", text::tr("help.households"));
  auto o = std::make_shared<HouseholdOpts>();
  cmd->add_option("--town", o->town, text::tr("help.households.town"));
  cmd->add_option("--village", o->village, text::tr("help.households.village"));
  cmd->add_option("--search", o->search, text::tr("help.households.search"));
  cmd->add_option("--unit", o->unit, text::tr("help.listing.unit"))->check(CLI::IsMember({"yuan", "wan"}));
  return {
      cmd, [&g, o, cmd] {
        if (cmd->count("--search") && o->search.empty()) throw UsageError(text::tr("listing.search_empty"));
        reports::HouseholdFilter f{given(o->town), given(o->village), given(o->search)};
        auto repo = g.open(false);
        auto l = reports::household_listing(*repo, f, g.language());
        json head = {
            {"listing", "households"},
            {"filter",
             {{"town", or_null(f.town)}, {"village", or_null(f.village)}, {"search", or_null(f.search)}}}};
        print_listing(g, l, head, o->unit);
        return kExitOk;
      }};
}

struct PaymentOpts {
  std::string month, as_of, town, earmark, payee, unit = "yuan";
  int year = 0;
};

Verb register_payments(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("payments", text::tr("help.payments"));
  auto o = std::make_shared<PaymentOpts>();
  cmd->add_option("--month", o->month, text::tr("help.payments.month"));
  cmd->add_option("--year", o->year, text::tr("help.payments.year"));
  cmd->add_option("--as-of", o->as_of, text::tr("help.payments.as_of"));
  cmd->add_option("--town", o->town, text::tr("help.payments.town"));
  cmd->add_option("--earmark", o->earmark, text::tr("help.payments.earmark"));
  cmd->add_option("--payee", o->payee, text::tr("help.payments.payee"));
  cmd->add_option("--unit", o->unit, text::tr("help.listing.unit"))->check(CLI::IsMember({"yuan", "wan"}));
  return {cmd, [&g, o, cmd] {
            if (cmd->count("--month") && cmd->count("--year"))
              throw UsageError(text::tr("listing.month_and_year"));
            reports::PaymentFilter f;
            if (cmd->count("--month")) f.month = month_arg(o->month);
            if (cmd->count("--year")) {
              if (o->year < 1900 || o->year > 2999)
                throw UsageError(text::tr("cli.year_out_of_range", text::arg("year", o->year)));
              f.year = o->year;
            }
            const std::string as_of = g.as_of(o->as_of);
            f.as_of = *calendar::parse_date(as_of).value;
            f.town = given(o->town);
            f.earmark = given(o->earmark);
            f.payee = given(o->payee);
            auto repo = g.open(false);
            auto l = reports::payment_listing(*repo, f, g.language());
            const auto q = reports::payment_query(f);
            json head = {{"listing", "payments"},
                         {"from", f.month ? json(calendar::format_date(q.from)) : json(nullptr)},
                         {"as_of", calendar::format_date(q.through)},
                         {"filter",
                          {{"month", f.month ? json(fmt::format("{}-{:02}", f.month->first, f.month->second))
                                             : json(nullptr)},
                           {"year", f.year ? json(*f.year) : json(nullptr)},
                           {"town", or_null(f.town)},
                           {"earmark", or_null(f.earmark)},
                           {"payee", or_null(f.payee)}}}};
            print_listing(g, l, head, o->unit);
            return kExitOk;
          }};
}

const VerbRegistration reg_households(32, register_households);
const VerbRegistration reg_payments(34, register_payments);

}  // namespace
}  // namespace fundledger::cli
