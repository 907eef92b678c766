// The sociale-kaart search index (issue 12 item 2) finds exactly what a scan of every service finds, in the same
// ladder order: checked on the Haarlem content for many typed words, with and without a wijk.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/content/normalise.h"
#include "core/engine/sociale_kaart.h"
#include "core/engine/text_match.h"
#include "test_content.h"

namespace ekw {
namespace {

// The reference: every service scanned, the same rules spelled out without the index.
std::vector<const Service*> scanned(const Content& content, const std::string& text, const std::string& wijk) {
  std::string query = normaliseForSearch(text);
  std::vector<const Service*> hits;
  for (const Service& s : content.services) {
    if (s.status != "active" || !matchesAllWords(s.searchText, query)) continue;
    if (!wijk.empty()) {
      std::vector<const Location*> locations = content.locationsOf(s.id);
      bool located = std::any_of(locations.begin(), locations.end(), [](const Location* l) { return !l->wijk.empty(); });
      bool inWijk = std::find(s.wijken.begin(), s.wijken.end(), wijk) != s.wijken.end() ||
                    std::any_of(locations.begin(), locations.end(), [&](const Location* l) { return l->wijk == wijk; });
      if (!(s.wijken.empty() && !located) && !inWijk) continue;
    }
    hits.push_back(&s);
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Service* a, const Service* b) {
    return std::make_pair(a->level == "maatwerk", a->rung) < std::make_pair(b->level == "maatwerk", b->rung);
  });
  return hits;
}

TEST(ServiceSearch, TheIndexFindsWhatAScanFindsInLadderOrder) {
  const Content& content = *testing::haarlemContent().content;
  ASSERT_FALSE(content.services.empty());
  // Queries: prefixes of 1 to 6 letters of every word residents can find, pairs of them, and words nobody uses.
  std::set<std::string> queries{"", "xyzzy", "hulp xyzzy", "Schuld-hulp", "ÉÉN"};
  for (const Service& s : content.services) {
    std::string previous;
    for (std::size_t at = 0; at < s.searchText.size();) {
      std::size_t end = s.searchText.find(' ', at);
      if (end == std::string::npos) end = s.searchText.size();
      std::string word = s.searchText.substr(at, end - at);
      at = end + 1;
      if (word.empty()) continue;
      for (std::size_t n : {1, 2, 4, 6}) queries.insert(word.substr(0, n));
      if (!previous.empty()) queries.insert(previous.substr(0, 3) + " " + word.substr(0, 3));
      previous = word;
    }
  }
  std::vector<std::string> wijken{""};
  for (const Named& w : content.wijken) wijken.push_back(w.id);
  wijken.push_back("geen-wijk");
  std::size_t compared = 0;
  for (const std::string& q : queries)
    for (const std::string& wijk : wijken) {
      ServiceQuery query;
      query.text = q;
      query.fit.wijk = wijk;
      query.limit = 5;
      ServiceResults got = searchServices(content, query);
      std::vector<const Service*> want = scanned(content, q, wijk);
      ASSERT_EQ(got.total, want.size()) << "\"" << q << "\" in " << wijk;
      want.resize(std::min<std::size_t>(want.size(), 5));
      ASSERT_EQ(got.services, want) << "\"" << q << "\" in " << wijk;
      ++compared;
    }
  EXPECT_GT(compared, 1000u);
}

TEST(ServiceSearch, ALimitKeepsTheFirstOnTheLadderAndTheTotal) {
  const Content& content = *testing::haarlemContent().content;
  ServiceQuery all;
  all.limit = 1000;
  ServiceResults everything = searchServices(content, all);
  ServiceQuery three;
  three.limit = 3;
  ServiceResults first = searchServices(content, three);
  EXPECT_EQ(first.total, everything.total);
  ASSERT_EQ(first.services.size(), 3u);
  EXPECT_TRUE(std::equal(first.services.begin(), first.services.end(), everything.services.begin()));
  for (std::size_t i = 1; i < everything.services.size(); ++i) {
    const Service* a = everything.services[i - 1];
    const Service* b = everything.services[i];
    EXPECT_LE(std::make_pair(a->level == "maatwerk", a->rung), std::make_pair(b->level == "maatwerk", b->rung));
  }
}

}  // namespace
}  // namespace ekw
