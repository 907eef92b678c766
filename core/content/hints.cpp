#include "core/content/hints.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace ekw {

namespace {

using nlohmann::json;

std::string inQuotes(std::string_view s) {
  std::string out(1, '"');
  out.append(s);
  out += '"';
  return out;
}

// Up to `max` quoted items, then "and N more".
std::string listOf(const std::vector<std::string>& items, std::size_t max = 5) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < max; ++i) {
    if (i) out += ", ";
    out += inQuotes(items[i]);
  }
  if (items.size() > max) out += " and " + std::to_string(items.size() - max) + " more";
  return out;
}

// The first words of a sentence, so that an editor can find it in a long text.
std::string opening(const dutch::Sentence& s) {
  std::string out;
  for (std::size_t i = 0; i < s.words.size() && i < 6; ++i) {
    if (i) out += ' ';
    out.append(s.words[i].text);
  }
  if (s.words.size() > 6) out += " ...";
  return out;
}

bool hasLower(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
bool startsUpper(std::string_view w) { return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) == 0xC3); }
bool hasDigit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The whitespace-delimited chunk around `offset`: web addresses and e-mail addresses are not words to check.
bool inAddress(std::string_view text, std::size_t offset) {
  std::size_t begin = text.find_last_of(" \n\t(", offset);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  std::size_t end = text.find_first_of(" \n\t)", offset);
  std::string_view chunk = text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
  return chunk.find('@') != std::string_view::npos || chunk.find("://") != std::string_view::npos ||
         chunk.find("www.") != std::string_view::npos || chunk.find(".nl") != std::string_view::npos;
}

// Whether the jargon word at `offset` (ending at `end`) is explained in its sentence: followed by brackets, a colon
// or a dash, or the sentence says what it means.
bool explained(std::string_view text, std::size_t end, const dutch::Sentence& s) {
  std::size_t i = end;
  while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
  if (i < text.size() && (text[i] == '(' || text[i] == ':' || text[i] == '-')) return true;
  if (text.substr(i, 3) == "\xE2\x80\x93") return true;  // en dash
  std::vector<std::string> w;
  for (const dutch::Word& word : s.words) w.push_back(dutch::lower(word.text));
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (w[k] == "betekent" || w[k] == "betekenen" || w[k] == "bedoelen" || w[k] == "noemen") return true;
    if (k + 1 < w.size() && (w[k] == "dat" || w[k] == "dit") && (w[k + 1] == "is" || w[k + 1] == "zijn")) return true;
    if (k + 2 < w.size() && w[k] == "dat" && w[k + 1] == "wil" && w[k + 2] == "zeggen") return true;
  }
  return false;
}

}  // namespace

dutch::Readability dutchTextHints(std::string_view nl, const PlainLanguage& lists, const HintOptions& options,
                                  const std::string& file, SourcePos pos, const std::string& pointer, Diagnostics& out) {
  auto hint = [&](const char* code, std::string message) {
    out.add({Severity::Hint, file, pos, pointer, code, std::move(message)});
  };
  std::vector<dutch::Sentence> list = dutch::sentences(nl);
  std::vector<std::string> longWords, unknownWords;
  std::vector<std::pair<std::string, bool>> jargon;  // term, explained somewhere in the text; in order of use
  std::set<std::string> accepted;
  for (const std::string& w : lists.words) accepted.insert(dutch::lower(w));

  for (const dutch::Sentence& s : list) {
    if (s.words.size() > options.maxSentenceWords)
      hint(kHintLongSentence, "a sentence of " + std::to_string(s.words.size()) + " words (B1: at most " +
                                  std::to_string(options.maxSentenceWords) + "): \"" + opening(s) + "\"");
    if (dutch::passiveWithResidentAsActor(s))
      hint(kHintPassive, "passive voice where the resident does it: say \"u\" and the verb (\"Vul het formulier in\"): \"" +
                             opening(s) + "\"");
    for (std::size_t k = 0; k < s.words.size(); ++k) {
      const dutch::Word& word = s.words[k];
      std::string lowered = dutch::lower(word.text);
      // Jargon: a word, or a part of a hyphenated word, that starts with a listed term.
      for (const JargonTerm& term : lists.jargon) {
        std::string t = dutch::lower(term.term);
        bool match = false;
        for (std::size_t start = 0; start <= lowered.size();) {
          std::size_t dash = lowered.find('-', start);
          std::string part = lowered.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
          if (!t.empty() && part.compare(0, t.size(), t) == 0) match = true;
          if (dash == std::string::npos) break;
          start = dash + 1;
        }
        if (!match) continue;
        bool here = explained(nl, word.offset + word.text.size(), s);
        auto found = std::find_if(jargon.begin(), jargon.end(), [&](const auto& j) { return j.first == t; });
        if (found == jargon.end()) jargon.emplace_back(t, here);
        else found->second = found->second || here;
      }
      if (dutch::letters(word.text) >= options.longWordLetters && !hasDigit(word.text) &&
          std::find(longWords.begin(), longWords.end(), std::string(word.text)) == longWords.end())
        longWords.emplace_back(word.text);
      if (options.spelling && dutch::letters(word.text) >= 2 && !hasDigit(word.text) && hasLower(word.text) &&
          !(k > 0 && startsUpper(word.text)) && !accepted.count(lowered) && !inAddress(nl, word.offset)) {
        std::string w(word.text);
        for (std::size_t at; (at = w.find("\xE2\x80\x99")) != std::string::npos;) w.replace(at, 3, "'");
        bool ok = options.spelling->known(w);
        if (!ok && w.find('-') != std::string::npos) {  // "wmo-loket": each part on its own
          ok = true;
          for (std::size_t start = 0; start <= w.size();) {
            std::size_t dash = w.find('-', start);
            std::string part = w.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
            if (dutch::letters(part) >= 2 && hasLower(part) && !accepted.count(dutch::lower(part)) &&
                !options.spelling->known(part))
              ok = false;
            if (dash == std::string::npos) break;
            start = dash + 1;
          }
        }
        if (!ok && std::find(unknownWords.begin(), unknownWords.end(), w) == unknownWords.end()) unknownWords.push_back(w);
      }
    }
  }
  for (const auto& [t, isExplained] : jargon)
    if (!isExplained) {
      std::string message = "jargon " + inQuotes(t) + " without an explanation: explain it in the same sentence";
      for (const JargonTerm& term : lists.jargon)
        if (dutch::lower(term.term) == t && !term.explanation.empty())
          message += " (for example: \"" + term.explanation.in("nl") + "\")";
      hint(kHintJargon, std::move(message));
    }
  if (!longWords.empty())
    hint(kHintLongWord, "long word" + std::string(longWords.size() > 1 ? "s" : "") + " " + listOf(longWords) +
                            ": use a shorter or more common word, or split it");
  if (!unknownWords.empty())
    hint(kHintSpelling, "not in the Dutch dictionary: " + listOf(unknownWords, 8) +
                            " (a name or abbreviation? add it to the plain-language \"words\")");
  dutch::Readability r = dutch::fleschDouma(list);
  if (r.words >= options.readabilityMinWords && r.score < options.minReadability) {
    char score[16];
    std::snprintf(score, sizeof score, "%.0f", r.score);
    hint(kHintReadability, std::string("Flesch-Douma readability ") + score + " (B1 needs about " +
                               std::to_string(static_cast<int>(options.minReadability)) +
                               " or more): use shorter sentences and shorter words");
  }
  return r;
}

namespace {

// Walks every content document and visits each resident-facing text. Which members are texts is one table.
class TextWalker {
 public:
  TextWalker(const LoadedContent& loaded, const HintOptions& options, HintReport& out)
      : lc_(loaded), c_(*loaded.content), options_(options), out_(out) {}

  void run() {
    for (const std::string& file : lc_.files) {
      auto it = lc_.documents.find(file);
      if (it == lc_.documents.end() || file == c_.plainLanguage.file) continue;
      const json& doc = it->second.value;
      if (doc.is_object() && doc.contains("texts") && doc["texts"].is_object()) {  // interface texts: key -> text
        for (auto t = doc["texts"].begin(); t != doc["texts"].end(); ++t)
          text(file, appendPointer("/texts", t.key()), *t);
        continue;
      }
      walk(file, "", "", doc);
    }
  }

 private:
  const LoadedContent& lc_;
  const Content& c_;
  const HintOptions& options_;
  HintReport& out_;

  // Members whose value is resident-facing text (a string, or an object of translations).
  static bool isTextKey(const std::string& key) {
    static const std::set<std::string> kKeys = {"text",    "hint",  "why",         "label",   "title",
                                                "description", "name", "request",   "offer",   "intro",
                                                "afterSubmit", "consent", "eigenBijdrage", "openingHours", "unit",
                                                "explanation"};
    return kKeys.count(key) != 0;
  }
  // Members that hold rules, ids or data, never texts.
  static bool skipKey(const std::string& key) {
    static const std::set<std::string> kKeys = {"$schema", "when", "next", "facts", "prefill", "sources", "keywords",
                                                "serviceFilter", "address", "phones"};
    return kKeys.count(key) != 0;
  }

  // `listKey` is the array the current object is an item of: organisation and location names are plain names.
  void walk(const std::string& file, const std::string& pointer, const std::string& listKey, const json& v) {
    if (v.is_object()) {
      for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string& key = it.key();
        std::string p = appendPointer(pointer, key);
        if (skipKey(key)) continue;
        if ((key == "name" || key == "alternateName") && (listKey == "organizations" || listKey == "locations")) continue;
        if (key == "steps" && it->is_array()) {
          for (std::size_t i = 0; i < it->size(); ++i) text(file, appendPointer(p, i), (*it)[i]);
        } else if (isTextKey(key) && (it->is_string() || it->is_object())) {
          text(file, p, *it);
        } else {
          walk(file, p, key, *it);
        }
      }
    } else if (v.is_array()) {
      for (std::size_t i = 0; i < v.size(); ++i) walk(file, appendPointer(pointer, i), listKey, v[i]);
    }
  }

  void text(const std::string& file, const std::string& pointer, const json& v) {
    if (!v.is_string() && !v.is_object()) return;
    if (lc_.rejected(file, pointer)) return;  // the schema check reported it
    for (const std::string& language : c_.languages) {
      if (language == "nl") continue;
      bool has = v.is_object() && v.contains(language) && v[language].is_string() && !v[language].get<std::string>().empty();
      if (!has)
        out_.hints.add({Severity::Hint, file, lc_.positionOf(file, pointer), pointer, kHintMissingTranslation,
                        "no translation into \"" + language + "\" (residents who chose it see the Dutch text)"});
    }
    std::string nlPointer = v.is_object() ? appendPointer(pointer, "nl") : pointer;
    const json& nl = v.is_object() ? v.value("nl", json()) : v;
    if (!nl.is_string()) return;
    const std::string& s = nl.get_ref<const std::string&>();
    SourcePos pos = lc_.positionOf(file, nlPointer);
    dutch::Readability r = dutchTextHints(s, c_.plainLanguage, options_, file, pos, nlPointer, out_.hints);
    if (r.words > 0) out_.readability.push_back({file, nlPointer, pos, r});
  }
};

}  // namespace

HintReport contentHints(const LoadedContent& loaded, const HintOptions& options) {
  HintReport report;
  if (!loaded.content) return report;
  TextWalker(loaded, options, report).run();
  report.hints.sort();
  return report;
}

}  // namespace ekw
