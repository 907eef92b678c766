// From a question in the resident's own words to the levensgebieden it is about, and to the danger it signals, by the
// content's keywords. Tolerant the way residents write: word forms (Snowball stems: "schulden", "schuldje"), typing
// errors (edit distance 1 for words of 5+ letters, 2 for 8+), Dutch and English, several problems in one sentence.
// An organisation the resident says they do not want ("ik wil niet naar de ggz") does not by itself choose anything.
#pragma once

#include <string>
#include <vector>

#include "core/content/model.h"
#include "core/content/normalise.h"

namespace ekw {

struct Match {
  const Levensgebied* levensgebied;
  int score;                        // number of distinct keywords found
  std::vector<std::string> words;   // the resident's words that matched, as typed (normalised), first seen first
};

struct SignalMatch {
  const DangerSignal* signal;
  std::vector<std::string> words;
};

struct TextMatch {
  // Safety levensgebied first when it matched or a signal did, then most matches first, then content order.
  std::vector<Match> levensgebieden;
  std::vector<SignalMatch> signals;  // in content order
};

// Matches `text` against the keywords in `language` and in Dutch.
TextMatch matchText(const Content& content, const std::string& text, const std::string& language);

// The levensgebieden of matchText, in its order.
std::vector<Match> matchLevensgebieden(const Content& content, const std::string& text, const std::string& language);

// Moves the safety levensgebied (veiligheid) to the front of `levensgebieden`, keeping the others' order: its
// screening questions come before any other tree.
void safetyFirst(const Content& content, std::vector<std::string>& levensgebieden);

// Whether every word of `query` starts a word of `haystack` (both normalised). An empty query matches.
bool matchesAllWords(const std::string& normalisedHaystack, const std::string& normalisedQuery);

// Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions), or limit + 1
// when it is larger than `limit`.
int editDistance(const std::string& a, const std::string& b, int limit);

}  // namespace ekw
