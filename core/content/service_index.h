// The sociale kaart's search index (issue 12 item 2), built once when the content is indexed:
//  - an inverted prefix index: every word of the services' normalised search text, sorted, with the services that
//    contain it (a query word is a prefix, so it selects a contiguous range of words);
//  - the services in ladder order (algemeen before maatwerk, lower rungs first, then content order), and every
//    posting list in that order, so results come out ordered and a search can stop at its limit;
//  - wijk membership (a service's own wijken and its locations' wijken, or city-wide) resolved once into one bit
//    set per wijk.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ekw {

struct Content;
struct Service;

class ServiceIndex {
 public:
  // One bit per service, in ladder order.
  using Bits = std::vector<std::uint64_t>;

  void build(const Content& content);

  // The services in ladder order.
  const std::vector<const Service*>& ladder() const { return ladder_; }
  // The services that have, for every word of `normalisedQuery`, a word starting with it (all when it has none).
  Bits matching(std::string_view normalisedQuery) const;
  // Keeps only the services that serve `wijk` (city-wide, in that wijk, or at a location in it).
  void keepWijk(Bits& bits, const std::string& wijk) const;
  // Whether one service serves `wijk`, the same rule as keepWijk.
  bool serves(const Service& service, const std::string& wijk) const;

  template <typename F>  // f(const Service&) -> bool (false stops), in ladder order
  static void forEach(const Bits& bits, const std::vector<const Service*>& ladder, F&& f) {
    for (std::size_t w = 0; w < bits.size(); ++w)
      for (std::uint64_t b = bits[w]; b; b &= b - 1) {
        std::size_t i = w * 64 + static_cast<std::size_t>(__builtin_ctzll(b));
        if (!f(*ladder[i])) return;
      }
  }

 private:
  const Service* first_ = nullptr;             // content.services.data(), to find a service's ladder position
  std::vector<const Service*> ladder_;
  std::vector<std::uint32_t> rankOf_;          // content order -> ladder position
  std::vector<std::string> words_;            // sorted, unique
  std::vector<std::uint32_t> postingStart_;   // words_.size() + 1 offsets into postings_
  std::vector<std::uint32_t> postings_;       // ladder positions, ascending per word
  std::map<std::string, Bits, std::less<>> byWijk_;  // city-wide services included
  Bits citywide_;
  Bits all_;
};

}  // namespace ekw
