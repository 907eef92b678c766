// From a question in the resident's own words to the levensgebieden it is about, by the content's keywords.
#pragma once

#include <string>
#include <vector>

#include "core/content/model.h"
#include "core/content/normalise.h"

namespace ekw {

struct Match {
  const Levensgebied* levensgebied;
  int score;  // number of distinct keywords found
};


// Levensgebieden whose keywords (in `language` and in Dutch) occur in `text`, most matches first, then content order.
std::vector<Match> matchLevensgebieden(const Content& content, const std::string& text, const std::string& language);

// Whether every word of `query` starts a word of `haystack` (both normalised). An empty query matches.
bool matchesAllWords(const std::string& normalisedHaystack, const std::string& normalisedQuery);

}  // namespace ekw
