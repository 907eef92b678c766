// The SpellChecker core's hints use, over hunspell and Debian's hunspell-nl dictionary (OpenTaal).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/content/hints.h"

namespace ekw::spelling {

inline constexpr const char* kDutchDictionary = "/usr/share/hunspell/nl";  // .aff and .dic

class HunspellChecker : public SpellChecker {
 public:
  ~HunspellChecker() override;
  // Opens `base`.aff and `base`.dic; nullptr when they cannot be read (hunspell-nl not installed).
  static std::unique_ptr<HunspellChecker> open(const std::string& base = kDutchDictionary);
  bool known(const std::string& word) override;

 private:
  struct Impl;
  explicit HunspellChecker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace ekw::spelling
