// The read stage: a file becomes typed entries (engine/entries), each with the line it came from,
// and diagnostics naming file, line, column and value. Nothing here looks at the ledger beyond
// the category list and the classification codes; whether an entry fits the ledger is the apply stage's
// business.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "entries/entries.hpp"
#include "ledger/classes.hpp"
#include "ledger/csv.hpp"
#include "ledger/diagnostics.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::ledger {

// An entry as read, with the line of the file it came from (0: not from a line).
template <class T>
struct Parsed {
  long line = 0;
  T entry;
};

template <class T>
using Sink = std::function<void(Parsed<T>&&)>;

// The funding categories, resolving a code or its Chinese name to the code.
class Categories {
 public:
  explicit Categories(std::vector<store::CategoryRow> rows) : rows_(std::move(rows)) {}
  [[nodiscard]] std::optional<std::string> code_of(const std::string& code_or_name) const;
  [[nodiscard]] std::string known() const;  // "code 名称, ..." for messages

 private:
  std::vector<store::CategoryRow> rows_;
};

// Sources; their classifications (功能分类 ...) are checked against `classes`.
void read_sources(const InputFile& input, const Categories& categories, const ClassCodes& classes,
                  Diagnostics& diag, const Sink<entries::Source>& out);
void read_households(const InputFile& input, Diagnostics& diag, const Sink<entries::Household>& out);
// A budget file (TOML) as revision 1 of its year; nullopt when it has errors (in diag).
std::optional<entries::Budget> read_budget(const std::string& path, const Categories& categories,
                                           const ClassCodes& classes, Diagnostics& diag);
// Classification codes a bureau adds to the shipped tables (科目编码: scheme, code, name).
void read_class_codes(const InputFile& input, Diagnostics& diag, const Sink<entries::ClassCode>& out);
void read_allocations(const InputFile& input, Diagnostics& diag, const Sink<entries::Allocation>& out);
void read_disbursements(const InputFile& input, Diagnostics& diag, const Sink<entries::Disbursement>& out);
void read_corrections(const InputFile& input, Diagnostics& diag, const Sink<entries::Correction>& out);
void read_contracts(const InputFile& input, Diagnostics& diag, const Sink<entries::Contract>& out);

// Whether every row's date is on or after the one before (then rows can be applied as they are
// read). A first, cheap pass with the real parser; problems are left to the real pass to report.
enum class DatedFile { allocations, disbursements, corrections };
bool in_date_order(const InputFile& input, DatedFile kind);

}  // namespace fundledger::ledger
