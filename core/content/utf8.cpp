#include "core/content/utf8.h"

namespace ekw::utf8 {

std::size_t codePoints(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;  // every byte but a continuation byte starts one
  return n;
}

char32_t next(std::string_view text, std::size_t& at) {
  auto b = static_cast<unsigned char>(text[at]);
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  char32_t cp = extra == 3 ? b & 0x07 : extra == 2 ? b & 0x0F : extra == 1 ? b & 0x1F : b;
  ++at;
  for (int k = 0; k < extra && at < text.size(); ++k, ++at) cp = (cp << 6) | (static_cast<unsigned char>(text[at]) & 0x3F);
  return cp;
}

}  // namespace ekw::utf8
