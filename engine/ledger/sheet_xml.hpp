// The parts of an .xlsx: a zip (minizip) whose members are XML, parsed as they are inflated
// (expat), so that a sheet of 10^5 rows is read in bounded memory. Private to sheet_xlsx*.cpp.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace fundledger::ledger::sheet::detail {

// What a part's parser is told: elements by their local name (namespace prefixes dropped), and
// the text between them.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  using Attributes = std::map<std::string, std::string>;
  virtual void start(std::string_view name, const Attributes& attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view data) = 0;
  // Set by a handler that has seen enough (or found an error): parsing stops, without failing.
  bool stop = false;
};

// An open zip file. parse() feeds one member to a handler; false when the member is missing
// (`missing`), or the zip or its XML is damaged (`where`: the member, and the line of bad XML).
class Zip {
 public:
  explicit Zip(const std::string& path);
  ~Zip();
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;
  [[nodiscard]] bool is_open() const { return zip_ != nullptr; }
  bool parse(const std::string& member, XmlHandler& handler, bool& missing, std::string& where);

 private:
  void* zip_ = nullptr;
};

// OOXML's escape of characters XML cannot hold: _x000D_ is a carriage return.
std::string decode_escapes(std::string_view s);

}  // namespace fundledger::ledger::sheet::detail
