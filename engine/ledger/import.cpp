// import_file and post: each kind of entry through the pipeline read -> order -> apply -> write,
// in one ImportRun.
#include <filesystem>

#include "base/assert.hpp"
#include "ledger/apply.hpp"
#include "ledger/ledger.hpp"
#include "ledger/order.hpp"
#include "ledger/read.hpp"
#include "store/hash.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {

// The date a run records households on: the day of its recorded_at timestamp.
Date recorded_on(const ImportOptions& opt) {
  auto d = calendar::parse_date(std::string_view(opt.recorded_at).substr(0, 10));
  FL_ASSERT(d, "ImportOptions::recorded_at must be an ISO 8601 timestamp");
  return d ? *d.value : Date(1970, 1, 1);
}

RunInfo run_info(const ImportOptions& opt) {
  return {opt.operator_name, opt.recorded_at, opt.override_reason};
}

// The table a dated kind's vouchers are kept in.
template <class T>
const char* voucher_table() {
  if constexpr (std::is_same_v<T, entries::Allocation>) return "allocation";
  if constexpr (std::is_same_v<T, entries::Disbursement>) return "disbursement";
  return "correction";
}

// A dated kind: read, put in date order, apply. The rows' vouchers are asked of the store a batch
// at a time (LedgerReads::expect_vouchers), ahead of their lookups one by one.
template <class T>
void import_dated(store::Repository& repo, ImportRun& run, const InputFile& path, DatedFile kind,
                  void (*read)(const InputFile&, Diagnostics&, const Sink<T>&),
                  void (Applier::*apply)(Parsed<T>&), Applier& applier) {
  DateOrder<T> order(
      repo, in_date_order(path, kind), [&](Parsed<T>& p) { (applier.*apply)(p); }, run.diag(), run.source());
  constexpr std::size_t kBatch = 1024;
  std::vector<Parsed<T>> batch;
  std::vector<std::string> vouchers;
  auto flush = [&] {
    repo.ledger().expect_vouchers(voucher_table<T>(), vouchers);
    for (auto& p : batch) order.push(std::move(p));
    batch.clear();
    vouchers.clear();
  };
  read(path, run.diag(), [&](Parsed<T>&& p) {
    vouchers.push_back(p.entry.voucher);
    batch.push_back(std::move(p));
    if (batch.size() == kBatch) flush();
  });
  flush();
  order.finish();
}

void import_sources(store::Repository& repo, ImportRun& run, const InputFile& path, Applier& applier) {
  std::vector<Parsed<entries::Source>> sources;
  read_sources(path, Categories(repo.ledger().categories()), ClassCodes(repo.ledger().class_codes()),
               run.diag(), [&](Parsed<entries::Source>&& p) { sources.push_back(std::move(p)); });
  std::stable_sort(sources.begin(), sources.end(),
                   [](const auto& a, const auto& b) { return a.entry.received_on < b.entry.received_on; });
  for (auto& p : sources) applier.source(p);
}

// Contracts in the order signed (a contract is judged against the earmark as of its date).
void import_contracts(store::Repository&, ImportRun& run, const InputFile& path, Applier& applier) {
  std::vector<Parsed<entries::Contract>> contracts;
  read_contracts(path, run.diag(), [&](Parsed<entries::Contract>&& p) { contracts.push_back(std::move(p)); });
  std::stable_sort(contracts.begin(), contracts.end(),
                   [](const auto& a, const auto& b) { return a.entry.signed_on < b.entry.signed_on; });
  for (auto& p : contracts) applier.contract(p);
}

void import_kind(store::Repository& repo, ImportRun& run, ImportKind kind, const InputFile& path,
                 const ImportOptions& opt, Applier& applier) {
  switch (kind) {
    case ImportKind::sources:
      return import_sources(repo, run, path, applier);
    case ImportKind::households: {
      Date on = recorded_on(opt);
      return read_households(path, run.diag(),
                             [&](Parsed<entries::Household>&& p) { applier.household(p, on); });
    }
    case ImportKind::budget:
      if (auto b = read_budget(path.path, Categories(repo.ledger().categories()),
                               ClassCodes(repo.ledger().class_codes()), run.diag()))
        applier.budget(*b);
      return;
    case ImportKind::classes: {
      Date on = recorded_on(opt);
      return read_class_codes(path, run.diag(),
                              [&](Parsed<entries::ClassCode>&& p) { applier.class_code(p, on); });
    }
    case ImportKind::allocations:
      return import_dated(repo, run, path, DatedFile::allocations, &read_allocations, &Applier::allocation,
                          applier);
    case ImportKind::disbursements:
      // Rows are written in batches: nothing the apply stage reads is changed by this import's
      // pending rows, except a lookup by voucher, which the store answers with them.
      repo.batch_appends(true);
      return import_dated(repo, run, path, DatedFile::disbursements, &read_disbursements,
                          &Applier::disbursement, applier);
    case ImportKind::corrections:
      return import_dated(repo, run, path, DatedFile::corrections, &read_corrections, &Applier::correction,
                          applier);
    case ImportKind::contracts:
      return import_contracts(repo, run, path, applier);
  }
}

}  // namespace

std::optional<ImportKind> parse_import_kind(std::string_view s) {
  if (s == "sources") return ImportKind::sources;
  if (s == "households") return ImportKind::households;
  if (s == "budget") return ImportKind::budget;
  if (s == "allocations") return ImportKind::allocations;
  if (s == "disbursements") return ImportKind::disbursements;
  if (s == "corrections") return ImportKind::corrections;
  if (s == "contracts") return ImportKind::contracts;
  if (s == "classes") return ImportKind::classes;
  return std::nullopt;
}

const char* to_string(ImportKind k) {
  switch (k) {
    case ImportKind::sources:
      return "sources";
    case ImportKind::households:
      return "households";
    case ImportKind::budget:
      return "budget";
    case ImportKind::allocations:
      return "allocations";
    case ImportKind::disbursements:
      return "disbursements";
    case ImportKind::corrections:
      return "corrections";
    case ImportKind::contracts:
      return "contracts";
    case ImportKind::classes:
      return "classes";
  }
  return "?";
}

ImportReport import_file(store::Repository& repo, ImportKind kind, const std::string& path,
                         const ImportOptions& opt) {
  if (!std::filesystem::exists(path)) throw InputError(path, 0, text::tr("ledger.no_such_file"));
  ImportRun run(repo, to_string(kind), path, std::filesystem::path(path).filename().string(),
                ImportRun::sha256_of_file(path), run_info(opt));
  Applier applier(repo, run, opt.gate, opt.override_reason);
  import_kind(repo, run, kind, InputFile(path, opt.sheet), opt, applier);
  return run.finish();
}

ImportReport post(store::Repository& repo, const std::string& description, std::vector<entries::Body> entries,
                  const ImportOptions& opt) {
  // The record names the posting and the SHA-256 of its entries' fields, as a file's would.
  std::string content;
  for (const auto& e : entries) std::visit([&](const auto& b) { content += FieldCodec::encode(b); }, e);
  ImportRun run(repo, "post", description, description, store::to_hex(store::sha256(content)), run_info(opt));
  Applier applier(repo, run, opt.gate, opt.override_reason);
  auto date_of = [](const entries::Body& b) {
    return std::visit(
        [](const auto& x) -> std::optional<Date> {
          if constexpr (requires { x.date; })
            return x.date;
          else if constexpr (requires { x.received_on; })
            return x.received_on;
          else
            return std::nullopt;
        },
        b);
  };
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const auto& a, const auto& b) { return date_of(a) < date_of(b); });
  for (auto& e : entries)
    std::visit(
        [&](auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, entries::Source>) {
            Parsed<T> p{0, x};
            applier.source(p);
          } else if constexpr (std::is_same_v<T, entries::Household>) {
            Parsed<T> p{0, x};
            applier.household(p, recorded_on(opt));
          } else if constexpr (std::is_same_v<T, entries::Budget>) {
            applier.budget(x);
          } else if constexpr (std::is_same_v<T, entries::Allocation>) {
            Parsed<T> p{0, x};
            applier.allocation(p);
          } else if constexpr (std::is_same_v<T, entries::Disbursement>) {
            Parsed<T> p{0, x};
            applier.disbursement(p);
          } else if constexpr (std::is_same_v<T, entries::Correction>) {
            Parsed<T> p{0, x};
            applier.correction(p);
          } else if constexpr (std::is_same_v<T, entries::ContractEnd>) {
            Parsed<T> p{0, x};
            applier.contract_end(p);
          } else if constexpr (std::is_same_v<T, entries::QuotaFreeze>) {
            Parsed<T> p{0, x};
            applier.quota_freeze(p);
          } else if constexpr (std::is_same_v<T, entries::SourceReduction>) {
            Parsed<T> p{0, x};
            applier.source_reduction(p);
          } else if constexpr (std::is_same_v<T, entries::YearClose>) {
            Parsed<T> p{0, x};
            applier.year_close(p);
          } else if constexpr (std::is_same_v<T, entries::AdvanceSettlement>) {
            Parsed<T> p{0, x};
            applier.advance_settlement(p);
          } else if constexpr (std::is_same_v<T, entries::LoanCompensation>) {
            Parsed<T> p{0, x};
            applier.loan_compensation(p);
          } else {
            FL_ASSERT(false, "ledger::post takes ledger entries only (not loans or rules)");
          }
        },
        e);
  return run.finish();
}

std::vector<EarmarkLine> earmark_lines(store::Repository& repo, std::optional<int> fiscal_year) {
  return repo.ledger().earmark_lines(fiscal_year);
}

}  // namespace fundledger::ledger
