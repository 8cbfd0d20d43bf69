#include "ledger/order.hpp"

namespace fundledger::ledger {

namespace {
void put_u64(std::string& out, std::uint64_t n) {
  for (int k = 0; k < 8; ++k) out.push_back(static_cast<char>((n >> (8 * k)) & 0xFF));
}
std::uint64_t get_u64(std::string_view in, std::size_t& p) {
  std::uint64_t v = 0;
  for (int k = 0; k < 8; ++k) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[p++])) << (8 * k);
  return v;
}
bool get_flag(std::string_view in, std::size_t& p) { return in[p++] != 0; }
}  // namespace

void FieldCodec::put(std::string& out, const std::string& v) {
  put_u64(out, v.size());
  out += v;
}
void FieldCodec::put(std::string& out, const std::optional<std::string>& v) {
  out.push_back(v ? 1 : 0);
  if (v) put(out, *v);
}
void FieldCodec::put(std::string& out, int v) {
  put_u64(out, static_cast<std::uint64_t>(static_cast<std::int64_t>(v)));
}
void FieldCodec::put(std::string& out, const std::optional<int>& v) {
  out.push_back(v ? 1 : 0);
  if (v) put(out, *v);
}
void FieldCodec::put(std::string& out, bool v) { out.push_back(v ? 1 : 0); }
void FieldCodec::put(std::string& out, const Money& v) {
  put_u64(out, static_cast<std::uint64_t>(v.fen64()));
}
void FieldCodec::put(std::string& out, const std::optional<Money>& v) {
  out.push_back(v ? 1 : 0);
  if (v) put(out, *v);
}
void FieldCodec::put(std::string& out, const calendar::Date& v) { put(out, calendar::format_date(v)); }
void FieldCodec::put(std::string& out, const std::optional<calendar::Date>& v) {
  out.push_back(v ? 1 : 0);
  if (v) put(out, *v);
}

void FieldCodec::get(std::string_view in, std::size_t& p, std::string& v) {
  auto n = static_cast<std::size_t>(get_u64(in, p));
  v.assign(in.substr(p, n));
  p += n;
}
void FieldCodec::get(std::string_view in, std::size_t& p, std::optional<std::string>& v) {
  if (!get_flag(in, p)) return v.reset();
  get(in, p, v.emplace());
}
void FieldCodec::get(std::string_view in, std::size_t& p, int& v) {
  v = static_cast<int>(static_cast<std::int64_t>(get_u64(in, p)));
}
void FieldCodec::get(std::string_view in, std::size_t& p, std::optional<int>& v) {
  if (!get_flag(in, p)) return v.reset();
  get(in, p, v.emplace());
}
void FieldCodec::get(std::string_view in, std::size_t& p, bool& v) { v = get_flag(in, p); }
void FieldCodec::get(std::string_view in, std::size_t& p, Money& v) {
  v = Money::from_fen(static_cast<std::int64_t>(get_u64(in, p)));
}
void FieldCodec::get(std::string_view in, std::size_t& p, std::optional<Money>& v) {
  if (!get_flag(in, p)) return v.reset();
  get(in, p, v.emplace());
}
void FieldCodec::get(std::string_view in, std::size_t& p, calendar::Date& v) {
  std::string text;
  get(in, p, text);
  v = *calendar::parse_date(text).value;
}
void FieldCodec::get(std::string_view in, std::size_t& p, std::optional<calendar::Date>& v) {
  if (!get_flag(in, p)) return v.reset();
  get(in, p, v.emplace());
}

}  // namespace fundledger::ledger
