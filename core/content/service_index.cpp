#include "core/content/service_index.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "core/content/model.h"

namespace ekw {

namespace {

template <typename F>
void forEachWord(std::string_view text, F&& f) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) f(text.substr(i, j - i));
    i = j;
  }
}

void set(ServiceIndex::Bits& bits, std::size_t i) { bits[i / 64] |= std::uint64_t{1} << (i % 64); }

}  // namespace

void ServiceIndex::build(const Content& content) {
  const std::size_t n = content.services.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Service& x = content.services[a];
    const Service& y = content.services[b];
    return std::make_pair(x.level == "maatwerk", x.rung) < std::make_pair(y.level == "maatwerk", y.rung);
  });
  first_ = content.services.data();
  ladder_.clear();
  rankOf_.assign(n, 0);
  for (std::size_t i : order) {
    rankOf_[i] = static_cast<std::uint32_t>(ladder_.size());
    ladder_.push_back(&content.services[i]);
  }

  // Postings collected in ladder order are ascending already; a word seen twice in one service is kept once.
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> byWord;
  const std::size_t words64 = (n + 63) / 64;
  all_.assign(words64, 0);
  citywide_.assign(words64, 0);
  byWijk_.clear();
  for (const Named& w : content.wijken) byWijk_[w.id].assign(words64, 0);
  for (std::uint32_t rank = 0; rank < n; ++rank) {
    const Service& s = *ladder_[rank];
    set(all_, rank);
    forEachWord(s.searchText, [&](std::string_view word) {
      std::vector<std::uint32_t>& list = byWord[word];
      if (list.empty() || list.back() != rank) list.push_back(rank);
    });
    bool located = false;
    auto serve = [&](const std::string& wijk) {
      auto it = byWijk_.find(wijk);
      if (it == byWijk_.end()) it = byWijk_.emplace(wijk, Bits(words64, 0)).first;
      set(it->second, rank);
    };
    for (const std::string& w : s.wijken) serve(w);
    for (const Location* l : content.locationsOf(s.id))
      if (!l->wijk.empty()) {
        located = true;
        serve(l->wijk);
      }
    if (s.wijken.empty() && !located) set(citywide_, rank);
  }
  for (auto& [wijk, bits] : byWijk_)
    for (std::size_t i = 0; i < words64; ++i) bits[i] |= citywide_[i];

  std::vector<std::string_view> sorted;
  sorted.reserve(byWord.size());
  for (const auto& [word, list] : byWord) sorted.push_back(word);
  std::sort(sorted.begin(), sorted.end());
  words_.assign(sorted.begin(), sorted.end());
  postingStart_.assign(1, 0);
  postings_.clear();
  for (std::string_view w : sorted) {
    const std::vector<std::uint32_t>& list = byWord[w];
    postings_.insert(postings_.end(), list.begin(), list.end());
    postingStart_.push_back(static_cast<std::uint32_t>(postings_.size()));
  }
}

ServiceIndex::Bits ServiceIndex::matching(std::string_view normalisedQuery) const {
  Bits result = all_;
  forEachWord(normalisedQuery, [&](std::string_view prefix) {
    // The words starting with `prefix` are one range of the sorted vocabulary.
    auto lo = std::lower_bound(words_.begin(), words_.end(), prefix,
                               [](const std::string& w, std::string_view p) { return std::string_view(w) < p; });
    auto hi = std::partition_point(lo, words_.end(), [&](const std::string& w) {
      return std::string_view(w).substr(0, prefix.size()) == prefix;
    });
    Bits word(result.size(), 0);
    for (std::size_t p = postingStart_[static_cast<std::size_t>(lo - words_.begin())],
                     end = postingStart_[static_cast<std::size_t>(hi - words_.begin())];
         p < end; ++p)
      set(word, postings_[p]);
    for (std::size_t i = 0; i < result.size(); ++i) result[i] &= word[i];
  });
  return result;
}

void ServiceIndex::keepWijk(Bits& bits, const std::string& wijk) const {
  auto it = byWijk_.find(wijk);
  const Bits& serving = it == byWijk_.end() ? citywide_ : it->second;
  for (std::size_t i = 0; i < bits.size(); ++i) bits[i] &= serving[i];
}

bool ServiceIndex::serves(const Service& service, const std::string& wijk) const {
  std::size_t i = rankOf_.at(static_cast<std::size_t>(&service - first_));
  auto it = byWijk_.find(wijk);
  const Bits& serving = it == byWijk_.end() ? citywide_ : it->second;
  return (serving[i / 64] >> (i % 64)) & 1;
}

}  // namespace ekw
