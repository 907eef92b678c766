#include "tools/spelling/hunspell_checker.h"

#include <filesystem>

#include <hunspell.hxx>

namespace ekw::spelling {

struct HunspellChecker::Impl {
  Hunspell hunspell;
  std::unordered_map<std::string, bool> cache;  // content repeats words a lot; hunspell's lookup is not cheap
  Impl(const std::string& aff, const std::string& dic) : hunspell(aff.c_str(), dic.c_str()) {}
};

HunspellChecker::HunspellChecker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HunspellChecker::~HunspellChecker() = default;

std::unique_ptr<HunspellChecker> HunspellChecker::open(const std::string& base) {
  std::string aff = base + ".aff", dic = base + ".dic";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(aff, ec) || !std::filesystem::is_regular_file(dic, ec)) return nullptr;
  return std::unique_ptr<HunspellChecker>(new HunspellChecker(std::make_unique<Impl>(aff, dic)));
}

bool HunspellChecker::known(const std::string& word) {
  auto it = impl_->cache.find(word);
  if (it != impl_->cache.end()) return it->second;
  bool ok = impl_->hunspell.spell(word);
  impl_->cache.emplace(word, ok);
  return ok;
}

}  // namespace ekw::spelling
