#include "core/content/normalise.h"

#include <cctype>

namespace ekw {

namespace {

// Latin-1 supplement letters (U+00C0..U+00FF) to their base letter; enough for Dutch, German, French, Turkish-less text.
char baseLetter(unsigned cp) {
  static const char* kMap =
      "aaaaaaaceeeeiiii"  // C0-CF
      "dnooooo*ouuuuyts"  // D0-DF
      "aaaaaaaceeeeiiii"  // E0-EF
      "dnooooo/ouuuuyty";  // F0-FF
  if (cp < 0xC0 || cp > 0xFF) return ' ';
  char c = kMap[cp - 0xC0];
  return (c == '*' || c == '/') ? ' ' : c;
}

}  // namespace

std::string normaliseForSearch(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += std::isalnum(c) ? static_cast<char>(std::tolower(c)) : ' ';
    } else if ((c & 0xE0) == 0xC0 && i + 1 < text.size()) {
      unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      out += baseLetter(cp);
      ++i;
    } else {
      out += ' ';  // other scripts and symbols: a word break
      while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
    }
  }
  return out;
}

}  // namespace ekw
