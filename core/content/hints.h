// Editor hints: what makes content harder for residents to use, short of an error. Missing translations,
// taalniveau B1 (long sentences, long words, passive voice where the resident acts, unexplained jargon), a
// Flesch-Douma readability score per text, and Dutch spelling. The validator adds the other editor tasks
// (no contact details: "no-contact"; not verified in 12 months: "not-verified", "verification-overdue").
//
// Core has no dictionary and does no I/O: spelling comes in through SpellChecker, which the native shells
// implement over hunspell (tools/spelling); the browser build passes none and gets no spelling hints.
//
//   ekw::HintOptions options;
//   options.spelling = &checker;                           // optional
//   ekw::HintReport report = ekw::contentHints(loaded, options);
//   for (const ekw::Diagnostic& d : report.hints.items()) ...   // severity Hint, file, pos, pointer, code
//   for (const ekw::TextReadability& r : report.readability) ...  // one per Dutch text
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/dutch_text.h"
#include "core/content/loader.h"
#include "core/diagnostics.h"

namespace ekw {

// Dutch spelling. `known` gets one word (UTF-8, as written); it may cache, hence not const. Not required to be
// thread-safe: give each thread its own checker.
class SpellChecker {
 public:
  virtual ~SpellChecker() = default;
  virtual bool known(const std::string& word) = 0;
};

struct HintOptions {
  SpellChecker* spelling = nullptr;  // null: no spelling hints
  std::size_t maxSentenceWords = 15;  // B1: a sentence of more words is long
  std::size_t longWordLetters = 16;   // a word of this many letters or more is long (Dutch compounds)
  double minReadability = 60;         // Flesch-Douma below this is harder than B1 ...
  std::size_t readabilityMinWords = 10;  // ... for texts long enough for the score to mean something
};

// The hint codes, one per kind (stable: the studio groups by them).
inline constexpr const char* kHintMissingTranslation = "missing-translation";
inline constexpr const char* kHintLongSentence = "b1-long-sentence";
inline constexpr const char* kHintLongWord = "b1-long-word";
inline constexpr const char* kHintPassive = "b1-passive";
inline constexpr const char* kHintJargon = "b1-jargon";
inline constexpr const char* kHintReadability = "b1-readability";
inline constexpr const char* kHintSpelling = "spelling";

struct TextReadability {
  std::string file, pointer;  // the Dutch text ("/nodes/3/text/nl")
  SourcePos pos;
  dutch::Readability measure;  // Flesch-Douma
};

struct HintReport {
  Diagnostics hints;                         // severity Hint, sorted by file and position
  std::vector<TextReadability> readability;  // every Dutch text with words, in file order
};

// Every resident-facing text in `loaded` (trees, advice, sociale kaart, BUUV, forms, texts, levensgebieden,
// manifest names). Does nothing when the manifest could not be loaded.
HintReport contentHints(const LoadedContent& loaded, const HintOptions& options);

// The B1 and spelling hints for one Dutch text, as the studio needs while an editor types. Appends to `out` with
// `file`, `pos` and `pointer` as given. Returns the readability measure.
dutch::Readability dutchTextHints(std::string_view nl, const PlainLanguage& lists, const HintOptions& options,
                                  const std::string& file, SourcePos pos, const std::string& pointer, Diagnostics& out);

}  // namespace ekw
