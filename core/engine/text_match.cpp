#include "core/engine/text_match.h"

#include "core/content/normalise.h"

#include <algorithm>

namespace ekw {

namespace {

std::vector<std::string> words(const std::string& normalised) {
  std::vector<std::string> out;
  // Split by hand: std::istringstream would pull the iostream and locale machinery into the WebAssembly engine
  // (about 30 KB gzip). Normalised text has single-byte spaces only.
  std::string w;
  for (char c : normalised) {
    if (c == ' ') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

bool startsAWord(const std::vector<std::string>& haystack, const std::string& word) {
  return std::any_of(haystack.begin(), haystack.end(), [&](const std::string& h) { return h.rfind(word, 0) == 0; });
}

}  // namespace

bool matchesAllWords(const std::string& normalisedHaystack, const std::string& normalisedQuery) {
  // Scans the text in place rather than splitting it: this runs for every service on every search.
  for (const std::string& w : words(normalisedQuery)) {
    bool found = false;
    for (auto at = normalisedHaystack.find(w); at != std::string::npos && !found; at = normalisedHaystack.find(w, at + 1))
      found = at == 0 || normalisedHaystack[at - 1] == ' ';
    if (!found) return false;
  }
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
