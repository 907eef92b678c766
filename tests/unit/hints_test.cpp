// Editor hints: each kind fires on a small fixture (tests/content/hints, one node per kind) and a good text gets
// none; the Dutch measures behind them; `ekw validate --hints` prints them with file, line:column and pointer.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/content/dutch_text.h"
#include "core/content/hints.h"
#include "core/content/validate.h"
#include "tests/unit/cli_runner.h"
#include "tools/files/content_files.h"
#include "tools/spelling/hunspell_checker.h"

namespace ekw {
namespace {

const std::string kFixture = EKW_SOURCE_DIR "/tests/content/hints";

struct Loaded {
  LoadedContent content;
  Diagnostics validation;
};

const Loaded& fixture() {
  static const Loaded loaded = [] {
    Loaded l;
    l.content = loadContent(files::directoryReader(kFixture), l.validation);
    ValidateOptions options;
    options.today = "2026-11-23";
    validateContent(l.content, l.validation, options);
    return l;
  }();
  return loaded;
}

spelling::HunspellChecker& speller() {
  static std::unique_ptr<spelling::HunspellChecker> checker = spelling::HunspellChecker::open();
  if (!checker) throw std::runtime_error("hunspell-nl is not installed (scripts/install-deps.sh installs it)");
  return *checker;
}

HintReport fixtureHints() {
  HintOptions options;
  options.spelling = &speller();
  return contentHints(fixture().content, options);
}

// The hint codes reported for the text at `pointer` (or under it) in trees/geld.json.
std::set<std::string> codesAt(const HintReport& report, const std::string& pointer) {
  std::set<std::string> codes;
  for (const Diagnostic& d : report.hints.items())
    if (d.file == "trees/geld.json" && d.pointer.rfind(pointer, 0) == 0) codes.insert(d.code);
  return codes;
}

// /nodes/N of the node with this id.
std::string nodePointer(const std::string& id) {
  for (const Tree& t : fixture().content.content->trees)
    for (const Node& n : t.nodes)
      if (n.id == id) return n.pointer;
  ADD_FAILURE() << "no node " << id;
  return "/none";
}

TEST(Hints, FixtureLoadsWithoutErrors) {
  for (const Diagnostic& d : fixture().validation.items())
    EXPECT_NE(d.severity, Severity::Error) << formatDiagnostic(d);
}

TEST(Hints, EachKindFiresOnItsOwnText) {
  HintReport report = fixtureHints();
  using Codes = std::set<std::string>;
  EXPECT_EQ(codesAt(report, nodePointer("lange-zin") + "/text"), Codes{kHintLongSentence});
  EXPECT_EQ(codesAt(report, nodePointer("vertaling") + "/text"), Codes{kHintMissingTranslation});
  EXPECT_EQ(codesAt(report, nodePointer("passief") + "/text"), Codes{kHintPassive});
  EXPECT_EQ(codesAt(report, nodePointer("jargon") + "/text"), Codes{kHintJargon});
  EXPECT_EQ(codesAt(report, nodePointer("lang-woord") + "/text"), Codes{kHintLongWord});
  EXPECT_EQ(codesAt(report, nodePointer("spelling") + "/text"), Codes{kHintSpelling});
  EXPECT_EQ(codesAt(report, nodePointer("leesbaar") + "/text"), Codes{kHintReadability});
}

TEST(Hints, GoodTextsGetNone) {
  HintReport report = fixtureHints();
  EXPECT_TRUE(codesAt(report, nodePointer("goed")).empty());  // text, hint with an accepted word, option labels
  EXPECT_TRUE(codesAt(report, nodePointer("jargon-uitgelegd")).empty());  // jargon explained in brackets
  EXPECT_TRUE(codesAt(report, nodePointer("klaar")).empty());
}

TEST(Hints, NameFilePositionAndPointer) {
  HintReport report = fixtureHints();
  auto it = std::find_if(report.hints.items().begin(), report.hints.items().end(),
                         [](const Diagnostic& d) { return d.code == kHintSpelling; });
  ASSERT_NE(it, report.hints.items().end());
  EXPECT_EQ(it->severity, Severity::Hint);
  EXPECT_EQ(it->pointer, nodePointer("spelling") + "/text/nl");
  EXPECT_GT(it->pos.line, 0);
  EXPECT_GT(it->pos.column, 0);
  EXPECT_NE(it->message.find("\"rekenig\""), std::string::npos) << it->message;
  EXPECT_EQ(it->message.find("gekregen"), std::string::npos) << it->message;
}

TEST(Hints, ValidatorGivesTheOtherEditorTasks) {
  std::set<std::string> codes;
  for (const Diagnostic& d : fixture().validation.items()) codes.insert(d.code);
  EXPECT_TRUE(codes.count("no-contact"));
  EXPECT_TRUE(codes.count("verification-overdue"));
  EXPECT_TRUE(codes.count("not-verified"));
}

TEST(Hints, WithoutASpellCheckerNoSpellingHints) {
  HintReport report = contentHints(fixture().content, HintOptions{});
  for (const Diagnostic& d : report.hints.items()) EXPECT_NE(d.code, kHintSpelling);
  EXPECT_FALSE(codesAt(report, nodePointer("passief")).empty());
}

TEST(Hints, ReadabilityScoreForEveryDutchText) {
  HintReport report = fixtureHints();
  auto score = [&](const std::string& pointer) {
    for (const TextReadability& r : report.readability)
      if (r.pointer == pointer) return r.measure.score;
    ADD_FAILURE() << "no score for " << pointer;
    return 0.0;
  };
  EXPECT_GT(score(nodePointer("goed") + "/text/nl"), 70);
  EXPECT_LT(score(nodePointer("leesbaar") + "/text/nl"), 30);
}

TEST(DutchText, SentencesWordsAndAbbreviations) {
  auto s = dutch::sentences("Bel bijv. de huisarts. Kan dat? Ja! Het kost € 1.250 per jaar, o.a. voor auto's.");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].words.size(), 4u);  // "Bel bijv. de huisarts." is one sentence
  EXPECT_EQ(s[3].words.size(), 8u);  // Het kost 1.250 per jaar o.a voor auto's
  EXPECT_EQ(s[3].words[7].text, "auto's");
}

TEST(DutchText, Syllables) {
  EXPECT_EQ(dutch::syllables("huis"), 1);
  EXPECT_EQ(dutch::syllables("gemeente"), 3);
  EXPECT_EQ(dutch::syllables("schulddienstverlening"), 5);
  EXPECT_EQ(dutch::syllables("bijstand"), 2);     // "ij" is one vowel
  EXPECT_EQ(dutch::syllables("ideeën"), 3);       // the diaeresis starts a syllable
  EXPECT_EQ(dutch::syllables("112"), 1);
}

TEST(DutchText, FleschDoumaFormula) {
  // "De kat zit op de mat." 6 words, 6 syllables, 1 sentence: 206.84 - 0.77 * 100 - 0.93 * 6.
  dutch::Readability r = dutch::fleschDouma("De kat zit op de mat.");
  EXPECT_EQ(r.words, 6u);
  EXPECT_EQ(r.syllables, 6u);
  EXPECT_NEAR(r.score, 206.84 - 77.0 - 0.93 * 6, 1e-9);
}

TEST(DutchText, PassiveOnlyWhereTheResidentActs) {
  auto first = [](const char* text) { return dutch::sentences(text).at(0); };
  EXPECT_TRUE(dutch::passiveWithResidentAsActor(first("Het formulier moet worden ingevuld.")));
  EXPECT_TRUE(dutch::passiveWithResidentAsActor(first("De brief wordt door u opgestuurd.")));
  EXPECT_FALSE(dutch::passiveWithResidentAsActor(first("U wordt gebeld door de wijkcoach.")));
  EXPECT_FALSE(dutch::passiveWithResidentAsActor(first("Uw aanvraag wordt beoordeeld.")));
  EXPECT_FALSE(dutch::passiveWithResidentAsActor(first("Vul het formulier in.")));
  EXPECT_FALSE(dutch::passiveWithResidentAsActor(first("U kunt worden geholpen.")));
}

TEST(HintsCli, ValidateHintsPrintsThem) {
  testing::CliRun r = testing::runEkw("validate " + testing::shellQuote(kFixture) + " --today 2026-11-23 --hints");
  EXPECT_EQ(r.exitCode, 0) << r.err;
  std::string line = kFixture + "/trees/geld.json:";
  EXPECT_NE(r.out.find(line), std::string::npos);
  EXPECT_NE(r.out.find(": hint: " + nodePointer("spelling") + "/text/nl: not in the Dutch dictionary: \"rekenig\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("[b1-passive]"), std::string::npos);
  EXPECT_NE(r.out.find("[no-contact]"), std::string::npos);
  EXPECT_NE(r.out.find("readability (Flesch-Douma)"), std::string::npos);
  // Without --hints, none of them.
  testing::CliRun plain = testing::runEkw("validate " + testing::shellQuote(kFixture) + " --today 2026-11-23");
  EXPECT_EQ(plain.out.find(": hint: "), std::string::npos);
}

TEST(HintsCli, JsonHasScores) {
  testing::CliRun r = testing::runEkw("validate " + testing::shellQuote(kFixture) + " --today 2026-11-23 --hints --json");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_GT(j["hints"].get<int>(), 6);
  ASSERT_FALSE(j["readability"].empty());
  EXPECT_TRUE(j["readability"][0].contains("fleschDouma"));
}

}  // namespace
}  // namespace ekw
