// The resident's own words (issue 8 item 3): word forms by Snowball stems, typing errors within the edit distance the
// issue sets, English, several problems per sentence, refusals, and the corpus of resident sentences in tests/matching
// whose precision and recall the README reports (computed here by `ekw match --corpus`, as a user would run it).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <set>
#include <string>

#include "core/engine/stemmer.h"
#include "core/engine/text_match.h"
#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;

const Content& haarlem() { return *testing::haarlemContent().content; }

std::set<std::string> topics(const std::string& text, const std::string& language = "nl") {
  std::set<std::string> out;
  for (const Match& m : matchLevensgebieden(haarlem(), text, language)) out.insert(m.levensgebied->id);
  return out;
}

std::string run(const std::string& command) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return out;
  std::array<char, 4096> buffer{};
  while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe.get())) out.append(buffer.data(), n);
  return out;
}

TEST(TextMatch, DutchWordFormsShareAStem) {
  EXPECT_EQ(stemWord("nl", "schulden"), stemWord("nl", "schuld"));
  EXPECT_EQ(stemWord("nl", "rekeningen"), stemWord("nl", "rekening"));
  EXPECT_EQ(stemWord("en", "debts"), stemWord("en", "debt"));
  EXPECT_TRUE(topics("Ik heb een paar schuldjes").count("geld")) << "a diminutive";
  EXPECT_TRUE(topics("Ik verveelde me").count("dagbesteding")) << "a verb form";
  EXPECT_TRUE(topics("We hebben huurachterstanden").count("geld")) << "a plural compound";
}

TEST(TextMatch, TypingErrorsWithinTheEditDistanceTheWordLengthAllows) {
  EXPECT_EQ(editDistance("eenzaam", "eensaam", 2), 1);
  EXPECT_EQ(editDistance("schulden", "schuldne", 2), 1) << "a transposition is one error";
  EXPECT_EQ(editDistance("abc", "xyz", 1), 2) << "beyond the limit: limit + 1";
  EXPECT_TRUE(topics("ik voel me eensaam").count("netwerk")) << "5+ letters: one error";
  EXPECT_TRUE(topics("ik ben heel eenzam").count("netwerk"));
  EXPECT_FALSE(topics("ik ben heel ensaam").count("netwerk")) << "two errors in a 6-letter word are too many";
  EXPECT_TRUE(topics("ik heb een betallingsregelnig nodig").count("geld")) << "8+ letters: two errors";
  EXPECT_TRUE(topics("mijn zoon is verslaaft").count("verslaving"));
  EXPECT_FALSE(topics("ik heb een bsan").count("werk")) << "4 letters: no typing error allowed ('baan')";
  EXPECT_FALSE(topics("ik ben eenzzzzaam").count("netwerk")) << "more errors than allowed";
  EXPECT_FALSE(topics("Het staat me niet aan").count("veiligheid")) << "a common word is never a typing error";
}

TEST(TextMatch, EnglishAndSeveralProblemsInOneSentence) {
  EXPECT_EQ(topics("I lost my job and now I cannot pay the rent", "en"), (std::set<std::string>{"geld", "werk", "wonen"}));
  std::set<std::string> several = topics("Ik heb schulden, ik ben mijn werk kwijt en ik slaap slecht van de stress.");
  EXPECT_TRUE(several.count("geld") && several.count("werk") && several.count("psyche"));
}

TEST(TextMatch, AnOrganisationTheResidentDoesNotWantChoosesNothingByItself) {
  EXPECT_TRUE(topics("Ik wil niet naar de voedselbank.").empty());
  EXPECT_TRUE(topics("Ik wil niet naar de ggz").empty());
  EXPECT_TRUE(topics("I don't want to go to the food bank", "en").empty());
  EXPECT_EQ(topics("Ik wil niet naar de voedselbank, maar ik heb wel schulden."), (std::set<std::string>{"geld"}));
  EXPECT_TRUE(topics("Ik ga naar de voedselbank").count("geld")) << "without the refusal the same words count";
  // Fear is no refusal: "niet naar huis durven" is a safety signal, not an organisation declined.
  EXPECT_TRUE(topics("Ik durf niet naar huis").count("veiligheid"));
}

TEST(TextMatch, MatchedWordsAreReportedForTheStartPage) {
  std::vector<Match> m = matchLevensgebieden(haarlem(), "Ik heb schuldn", "nl");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].words, std::vector<std::string>{"schuldn"});
}

TEST(TextMatch, CorpusMeetsTheGoals) {
  std::string out = run(std::string(EKW_CLI_PATH) + " match --content " EKW_SOURCE_DIR "/content/haarlem --corpus " EKW_SOURCE_DIR
                        "/tests/matching/corpus.jsonl --json");
  json report = json::parse(out, nullptr, false);
  ASSERT_TRUE(report.is_object()) << out;
  EXPECT_GE(report["sentences"].get<int>(), 150);
  EXPECT_GE(report["safetySentences"].get<int>(), 25);
  EXPECT_GE(report["recall"].get<double>(), 0.9) << report["misses"].dump(1);
  EXPECT_GE(report["precision"].get<double>(), 0.85) << report["misses"].dump(1);
  EXPECT_EQ(report["safetyMatched"], report["safetySentences"]) << report["misses"].dump(1);
}

}  // namespace
}  // namespace ekw
