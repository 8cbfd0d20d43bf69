// Verb copy: a county's ledger moved up (a SQLite file onto the province's PostgreSQL server) or
// back (a server's county into a file), entry by entry with every id and hash kept. The source's
// chain is verified first; the copy is verified inside its own transaction and kept only when it
// verifies to the source's head.
#include <iostream>

#include "cli/cli.hpp"
#include "store/repository.hpp"
#include "text/text.hpp"

namespace fundledger::cli {

Verb register_copy(CLI::App& app, Globals& g);

namespace {

struct CopyOptions {
  std::string from;
  std::string from_county;
  std::string to;
};

std::unique_ptr<store::Repository> open_target(const Globals& g, const CopyOptions& o, bool& created) {
  try {
    created = true;
    return store::open_repository(o.to, store::OpenMode::create, g.county);
  } catch (const store::LedgerPathError&) {  // it exists: an empty one (init) may take the copy
    created = false;
    return store::open_repository(o.to, store::OpenMode::read_write, g.county);
  }
}

void print_copied(const Globals& g, const store::Repository& from, const store::Repository& to,
                  const store::VerifyResult& v, bool already) {
  if (g.format == "json") {
    print_json({{"from", from.location()},
                {"to", to.location()},
                {"entries", v.entries},
                {"head", v.head_hex},
                {"already_copied", already}});
    return;
  }
  std::cout << text::tr(already ? "copy.already" : "copy.done", text::arg("from", from.location()),
                        text::arg("to", to.location()), text::arg("entries", v.entries),
                        text::arg("head", v.head_hex))
            << "\n";
}

int run_copy(const Globals& g, const CopyOptions& o) {
  if (g.read_only) throw UsageError(text::tr("cli.read_only_refused"));
  auto from = store::open_repository(o.from, store::OpenMode::read_only, o.from_county);
  store::VerifyResult source = from->verify_chain();
  if (!source.ok)
    throw UsageError(text::tr("copy.source_broken", text::arg("from", from->location()),
                              text::arg("reason", source.reason)));
  bool created = false;
  auto to = open_target(g, o, created);
  store::ChainHead there = to->chain_head();
  if (there.entries > 0) {
    if (there.entries == source.entries && there.head_hex == source.head_hex) {
      print_copied(g, *from, *to, source, true);
      return kExitOk;
    }
    throw UsageError(text::tr("copy.target_holds_other", text::arg("to", to->location()),
                              text::arg("entries", there.entries)));
  }
  store::WriteTransaction tx(*to);
  to->copy_from(*from);
  store::VerifyResult copy = to->verify_chain();
  if (!copy.ok || copy.entries != source.entries || copy.head_hex != source.head_hex)
    throw store::StoreError(text::tr("copy.did_not_verify", text::arg("to", to->location()),
                                     text::arg("reason", copy.ok ? copy.head_hex : copy.reason)));
  tx.commit();
  print_copied(g, *from, *to, copy, false);
  return kExitOk;
}

}  // namespace

Verb register_copy(CLI::App& app, Globals& g) {
  auto* cmd = app.add_subcommand("copy", text::tr("help.copy"));
  auto o = std::make_shared<CopyOptions>();
  cmd->add_option("--from", o->from, text::tr("help.copy.from"))->required();
  cmd->add_option("--from-county", o->from_county, text::tr("help.copy.from_county"));
  cmd->add_option("--to", o->to, text::tr("help.copy.to"))->required();
  return {cmd, [&g, o] { return run_copy(g, *o); }};
}

namespace {
const VerbRegistration reg_copy(96, register_copy);
}  // namespace

}  // namespace fundledger::cli
