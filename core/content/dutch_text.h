// Plain-language measures of Dutch text (taalniveau B1): sentences, words, syllables, the Flesch-Douma readability
// score, and a passive-voice heuristic. Pure functions over UTF-8 text, no I/O, so the site, the CLI and the
// studio all measure the same way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ekw::dutch {

struct Word {
  std::string_view text;  // a view into the analysed text
  std::size_t offset = 0;  // byte offset in the analysed text
};

struct Sentence {
  std::vector<Word> words;
  std::size_t offset = 0;  // byte offset of its first character
};

// Splits text into sentences at '.', '!' and '?' followed by a space or the end (not after common Dutch
// abbreviations such as "bijv." or "o.a."), and at blank lines. A word is a run of letters and digits, joined by
// inner hyphens and apostrophes ("auto's", "e-mail").
std::vector<Sentence> sentences(std::string_view text);

// Lower case for ASCII letters and the accented Latin-1 capitals (enough for Dutch word lists).
std::string lower(std::string_view word);
// Number of characters (UTF-8 code points).
std::size_t letters(std::string_view word);
// Syllables: groups of vowels (a e i o u y, accented vowels, "ij" as one), a diaeresis (ë, ï, ...) opening a new
// group. At least 1 for any word; a number counts as 1.
int syllables(std::string_view word);

// Flesch-Douma (W.H. Douma, 1960, the Dutch adaptation of Flesch's Reading Ease):
//   score = 206.84 - 0.77 * (syllables per 100 words) - 0.93 * (words per sentence)
// 0-30 very hard, 30-50 hard, 50-60 fairly hard, 60-70 normal (about B1), 70-80 fairly easy, 80+ easy.
struct Readability {
  std::size_t words = 0, sentences = 0, syllables = 0;
  double score = 0;  // meaningless when words == 0
};
Readability fleschDouma(std::string_view text);
Readability fleschDouma(const std::vector<Sentence>& sentences);

// A passive sentence ("wordt/worden/werd/werden" with a past participle) in which the resident does the action:
// the agent is "door u" (or "door jou", "door uzelf"), or there is no agent and a modal verb makes it an
// instruction ("Het formulier moet worden ingevuld") while "u" is not the subject ("U wordt gebeld" is fine: there
// the resident is not the one acting). A heuristic: it names the sentences an editor should look at.
bool passiveWithResidentAsActor(const Sentence& sentence);

}  // namespace ekw::dutch
