#include "core/content/dutch_text.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/content/utf8.h"

namespace ekw::dutch {

namespace {

using utf8::next;

bool isLetterOrDigit(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c < 0xC0) return false;                   // Latin-1 punctuation, no-break space
  if (c == 0xD7 || c == 0xF7) return false;     // multiplication and division signs
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, dashes, quotes, symbols, arrows
  return true;
}
bool isJoiner(char32_t c) { return c == '-' || c == '\'' || c == 0x2019; }
bool isSpace(char32_t c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xA0; }

// Words after which a '.' does not end the sentence (compared lower case, without the final dot).
constexpr std::array<std::string_view, 26> kAbbreviations = {
    "bijv", "bv", "enz", "etc", "o.a", "d.w.z", "ca", "nr", "tel", "mr", "dhr", "mevr", "incl", "excl",
    "z.s.m", "i.p.v", "m.b.t", "a.u.b", "t.a.v", "e.d", "vs", "evt", "min", "max", "jl", "st"};

bool isVowel(char32_t c) {
  switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 'A': case 'E': case 'I': case 'O': case 'U': case 'Y':
      return true;
    default:
      return (c >= 0xC0 && c <= 0xC6) || (c >= 0xC8 && c <= 0xCF) || (c >= 0xD2 && c <= 0xD6) ||
             (c >= 0xD9 && c <= 0xDD) || (c >= 0xE0 && c <= 0xE6) || (c >= 0xE8 && c <= 0xEF) ||
             (c >= 0xF2 && c <= 0xF6) || (c >= 0xF9 && c <= 0xFD) || c == 0xFF;
  }
}
// ë, ï, ö, ü, ä (and capitals): the diaeresis says "a new syllable starts here".
bool hasDiaeresis(char32_t c) {
  return c == 0xE4 || c == 0xEB || c == 0xEF || c == 0xF6 || c == 0xFC || c == 0xC4 || c == 0xCB || c == 0xCF ||
         c == 0xD6 || c == 0xDC;
}

bool contains(std::initializer_list<std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool endsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}
bool startsWith(std::string_view s, std::string_view start) { return s.substr(0, start.size()) == start; }

// A past participle: ge...d/t/en ("gestuurd", "gegeven"), with a separable prefix before the ge ("ingevuld",
// "opgestuurd"), or an inseparable prefix and d/t ("betaald", "verstuurd", "ontvangen").
bool pastParticiple(const std::string& w) {
  if (w.size() < 5 || endsWith(w, "heid") || endsWith(w, "end")) return false;
  if (contains({"gebied", "gezicht", "gewicht", "gedicht", "geluid", "gebit", "genot", "gesprekt", "gelden",
                "geleden", "gedurende", "beleid", "bericht", "verschil", "overleg"},
               w))
    return false;
  bool tail = endsWith(w, "d") || endsWith(w, "t") || endsWith(w, "en");
  if (!tail) return false;
  if (startsWith(w, "ge")) return true;
  for (std::string_view prefix : {"aan", "af", "in", "op", "uit", "mee", "terug", "toe", "door", "over", "voor", "weg",
                                  "na", "bij", "om", "vast", "los", "samen"})
    if (startsWith(w, prefix) && w.compare(prefix.size(), 2, "ge") == 0 && w.size() > prefix.size() + 4) return true;
  for (std::string_view prefix : {"be", "ver", "ont", "her"})
    if (startsWith(w, prefix) && (endsWith(w, "d") || endsWith(w, "t")) && w.size() > prefix.size() + 3) return true;
  return false;
}

}  // namespace

std::string lower(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    std::size_t start = i;
    char32_t c = next(word, i);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {  // Latin-1 capitals: the small letter is 0x20 higher
      char32_t l = c + 0x20;
      out += static_cast<char>(0xC0 | (l >> 6));
      out += static_cast<char>(0x80 | (l & 0x3F));
    } else {
      out.append(word.substr(start, i - start));
    }
  }
  return out;
}

std::size_t letters(std::string_view word) {
  std::size_t n = 0;
  for (unsigned char b : word) n += (b & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

int syllables(std::string_view word) {
  int groups = 0;
  bool inVowels = false;
  char32_t previous = 0;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = next(word, i);
    bool vowel = isVowel(c) || ((c == 'j' || c == 'J') && (previous == 'i' || previous == 'I'));
    if (vowel && (!inVowels || hasDiaeresis(c))) ++groups;
    inVowels = vowel;
    previous = c;
  }
  return groups == 0 ? 1 : groups;  // an abbreviation or a number is read as at least one syllable
}

std::vector<Sentence> sentences(std::string_view text) {
  std::vector<Sentence> out;
  Sentence current;
  bool started = false;
  auto finish = [&] {
    if (!current.words.empty()) out.push_back(std::move(current));
    current = Sentence{};
    started = false;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t c = next(text, i);
    if (isLetterOrDigit(c)) {
      if (!started) current.offset = start, started = true;
      // The rest of the word: letters and digits, and joiners between them.
      std::size_t end = i;
      while (end < text.size()) {
        std::size_t j = end;
        char32_t d = next(text, j);
        if (isLetterOrDigit(d)) {
          end = j;
          continue;
        }
        if (isJoiner(d) && j < text.size()) {
          std::size_t k = j;
          if (isLetterOrDigit(next(text, k))) {
            end = j;
            continue;
          }
        }
        // A dot inside an abbreviation ("o.a.", "d.w.z.") or a number ("1.250") joins too.
        if (d == '.' && j < text.size()) {
          std::size_t k = j;
          char32_t after = next(text, k);
          if (isLetterOrDigit(after) && (end - start <= 2 || (text[end - 1] >= '0' && text[end - 1] <= '9'))) {
            end = j;
            continue;
          }
        }
        break;
      }
      current.words.push_back({text.substr(start, end - start), start});
      i = end;
      continue;
    }
    if (c == '.' || c == '!' || c == '?') {
      std::size_t j = i;
      bool atEnd = j >= text.size() || isSpace(next(text, j));
      if (!atEnd) continue;
      if (c == '.' && !current.words.empty()) {
        const Word& last = current.words.back();
        bool adjacent = last.offset + last.text.size() == start;
        std::string w = lower(last.text);
        if (adjacent && std::find(kAbbreviations.begin(), kAbbreviations.end(), w) != kAbbreviations.end()) continue;
      }
      finish();
      continue;
    }
    if (c == '\n') {  // a blank line ends a sentence (lists, paragraphs)
      std::size_t j = i;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      if (j < text.size() && text[j] == '\n') finish();
    }
  }
  finish();
  return out;
}

Readability fleschDouma(const std::vector<Sentence>& list) {
  Readability r;
  for (const Sentence& s : list) {
    ++r.sentences;
    for (const Word& w : s.words) {
      ++r.words;
      r.syllables += static_cast<std::size_t>(syllables(w.text));
    }
  }
  if (r.words == 0) return r;
  double syllablesPer100 = 100.0 * static_cast<double>(r.syllables) / static_cast<double>(r.words);
  double wordsPerSentence = static_cast<double>(r.words) / static_cast<double>(r.sentences);
  r.score = 206.84 - 0.77 * syllablesPer100 - 0.93 * wordsPerSentence;
  return r;
}

Readability fleschDouma(std::string_view text) { return fleschDouma(sentences(text)); }

bool passiveWithResidentAsActor(const Sentence& sentence) {
  std::vector<std::string> w;
  w.reserve(sentence.words.size());
  for (const Word& word : sentence.words) w.push_back(lower(word.text));
  auto isWorden = [](const std::string& x) { return contains({"word", "wordt", "worden", "werd", "werden"}, x); };
  auto isModal = [](const std::string& x) {
    return contains({"moet", "moeten", "dient", "dienen", "kan", "kunnen", "mag", "mogen", "hoeft", "hoeven"}, x);
  };
  auto isResident = [](const std::string& x) { return contains({"u", "jij", "je", "uzelf", "jou", "jezelf"}, x); };
  std::size_t worden = w.size();
  for (std::size_t i = 0; i < w.size(); ++i)
    if (isWorden(w[i])) {
      worden = i;
      break;
    }
  if (worden == w.size()) return false;
  bool participle = false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (i != worden && pastParticiple(w[i])) participle = true;
  if (!participle) return false;
  // The agent: "door" followed by who does it.
  for (std::size_t i = 0; i + 1 < w.size(); ++i)
    if (w[i] == "door") return isResident(w[i + 1]);
  // No agent: an instruction ("moet worden ingevuld") is meant for the resident, unless the resident is the
  // subject ("u kunt worden gebeld", "wordt u gebeld").
  bool modal = false, residentSubject = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (isModal(w[i]) || isWorden(w[i])) {
      modal = modal || isModal(w[i]);
      if ((i > 0 && isResident(w[i - 1])) || (i + 1 < w.size() && isResident(w[i + 1]))) residentSubject = true;
    }
  }
  return modal && !residentSubject;
}

}  // namespace ekw::dutch
