// Snowball stems (snowballstem.org, the field's standard stemmers) for matching the resident's own words: "schulden",
// "schuld" and "schuldje" share a stem. The same Snowball version runs natively and in the browser.
#pragma once

#include <string>

namespace ekw {

// The Snowball stem of one lower-case word in `language` ("nl" Dutch, "en" English; other languages: the word
// itself). Words are normalised (normaliseForSearch) first, so the stemmers see plain ASCII letters and digits.
std::string stemWord(const std::string& language, const std::string& word);

}  // namespace ekw
