#include "core/engine/stemmer.h"

#include <map>
#include <memory>

#include <libstemmer.h>

namespace ekw {

namespace {

// The Snowball algorithm for each content language the engine matches in.
const char* algorithmFor(const std::string& language) {
  if (language == "nl") return "dutch";
  if (language == "en") return "english";
  return nullptr;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// One stemmer per language and thread (a Snowball stemmer keeps state while it stems).
sb_stemmer* stemmerFor(const std::string& language) {
  thread_local std::map<std::string, std::unique_ptr<sb_stemmer, StemmerDeleter>> stemmers;
  auto it = stemmers.find(language);
  if (it == stemmers.end()) {
    const char* algorithm = algorithmFor(language);
    it = stemmers.emplace(language, algorithm ? sb_stemmer_new(algorithm, "UTF_8") : nullptr).first;
  }
  return it->second.get();
}

}  // namespace

std::string stemWord(const std::string& language, const std::string& word) {
  sb_stemmer* stemmer = stemmerFor(language);
  if (!stemmer || word.empty()) return word;
  const sb_symbol* stem = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!stem) return word;  // out of memory: the word itself still matches exactly
  return std::string(reinterpret_cast<const char*>(stem), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
}

}  // namespace ekw
