#include "core/engine/text_match.h"

#include <algorithm>
#include <sstream>

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

std::vector<std::string> words(const std::string& normalised) {
  std::vector<std::string> out;
  std::istringstream in(normalised);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

bool startsAWord(const std::vector<std::string>& haystack, const std::string& word) {
  return std::any_of(haystack.begin(), haystack.end(), [&](const std::string& h) { return h.rfind(word, 0) == 0; });
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

bool matchesAllWords(const std::string& normalisedHaystack, const std::string& normalisedQuery) {
  std::vector<std::string> hay = words(normalisedHaystack);
  for (const std::string& w : words(normalisedQuery))
    if (!startsAWord(hay, w)) return false;
  return true;
}

std::vector<Match> matchLevensgebieden(const Content& content, const std::string& text, const std::string& language) {
  // Padded with spaces so that a keyword of several words only matches from a word start.
  std::string normalised(1, ' ');
  normalised += normaliseForSearch(text);
  normalised += ' ';
  std::vector<std::string> tokens = words(normalised);
  std::vector<Match> out;
  for (const Levensgebied& lg : content.levensgebieden) {
    std::vector<std::string> seen;
    for (const auto& [lang, keywords] : lg.keywords) {
      if (lang != language && lang != "nl") continue;
      for (const std::string& kw : keywords) {
        std::string k = normaliseForSearch(kw);
        std::vector<std::string> kwWords = words(k);
        if (kwWords.empty() || std::find(seen.begin(), seen.end(), k) != seen.end()) continue;
        bool hit = kwWords.size() == 1 ? startsAWord(tokens, kwWords[0])
                                       : normalised.find(std::string(1, ' ').append(k)) != std::string::npos;
        if (hit) seen.push_back(k);
      }
    }
    if (!seen.empty()) out.push_back({&lg, static_cast<int>(seen.size())});
  }
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) { return a.score > b.score; });
  return out;
}

}  // namespace ekw
