// A zip's XML members parsed as they are inflated (ledger/sheet_xml.hpp).
#include "ledger/sheet_xml.hpp"

#include <expat.h>
#include <unzip.h>

namespace fundledger::ledger::sheet::detail {

namespace {

std::string_view local_name(const XML_Char* name) {
  std::string_view n(name);
  auto sep = n.rfind('|');  // "namespace|local" (XML_ParserCreateNS with '|')
  return sep == std::string_view::npos ? n : n.substr(sep + 1);
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** atts) {
  auto* h = static_cast<XmlHandler*>(data);
  XmlHandler::Attributes a;
  for (int i = 0; atts[i] && atts[i + 1]; i += 2) a.emplace(local_name(atts[i]), atts[i + 1]);
  h->start(local_name(name), a);
}

void XMLCALL on_end(void* data, const XML_Char* name) {
  static_cast<XmlHandler*>(data)->end(local_name(name));
}

void XMLCALL on_text(void* data, const XML_Char* s, int len) {
  static_cast<XmlHandler*>(data)->text(std::string_view(s, static_cast<std::size_t>(len)));
}

struct ParserFree {
  void operator()(XML_ParserStruct* p) const { XML_ParserFree(p); }
};

}  // namespace

Zip::Zip(const std::string& path) : zip_(unzOpen64(path.c_str())) {}

Zip::~Zip() {
  if (zip_) unzClose(static_cast<unzFile>(zip_));
}

bool Zip::parse(const std::string& member, XmlHandler& handler, bool& missing, std::string& reason) {
  auto* z = static_cast<unzFile>(zip_);
  missing = false;
  if (unzLocateFile(z, member.c_str(), 2) != UNZ_OK) {  // 2: names compared without case
    missing = true;
    return false;
  }
  if (unzOpenCurrentFile(z) != UNZ_OK) {
    reason = member;
    return false;
  }
  std::unique_ptr<XML_ParserStruct, ParserFree> p(XML_ParserCreateNS(nullptr, '|'));
  XML_SetUserData(p.get(), &handler);
  XML_SetElementHandler(p.get(), on_start, on_end);
  XML_SetCharacterDataHandler(p.get(), on_text);
  std::vector<char> buf(1 << 16);
  bool ok = true;
  for (;;) {
    int n = unzReadCurrentFile(z, buf.data(), static_cast<unsigned>(buf.size()));
    if (n < 0) {
      reason = member;
      ok = false;
      break;
    }
    if (XML_Parse(p.get(), buf.data(), n, n == 0) == XML_STATUS_ERROR) {
      reason = member + ":" + std::to_string(XML_GetCurrentLineNumber(p.get()));
      ok = false;
      break;
    }
    if (n == 0 || handler.stop) break;
  }
  if (unzCloseCurrentFile(z) == UNZ_CRCERROR && ok && !handler.stop) {
    reason = member;
    ok = false;
  }
  return ok;
}

std::string decode_escapes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && hex(s[i + 2]) && hex(s[i + 3]) &&
        hex(s[i + 4]) && hex(s[i + 5]) && s[i + 6] == '_') {
      unsigned cp = static_cast<unsigned>(std::stoul(std::string(s.substr(i + 2, 4)), nullptr, 16));
      if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out += s[i];  // NUL or half a surrogate pair: no character; the escape stays as it is
        continue;
      }
      if (cp < 0x80) {
        out += static_cast<char>(cp);
      } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      }
      i += 6;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace fundledger::ledger::sheet::detail
