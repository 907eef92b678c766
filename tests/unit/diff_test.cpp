// Content diff: what changes for residents between two versions, and which saved answers would be lost; the same
// through `ekw diff OLD NEW` on directories and bundles, with real saved sessions.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/content/diff.h"
#include "core/engine/session.h"
#include "tests/unit/cli_runner.h"
#include "tests/unit/test_content.h"
#include "tools/files/content_files.h"

namespace ekw {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kSample = EKW_SOURCE_DIR "/tests/content/sample";

json readJson(const fs::path& p) { return json::parse(std::ifstream(p)); }
void writeJson(const fs::path& p, const json& j) { std::ofstream(p) << j.dump(2) << "\n"; }

json& nodeIn(json& tree, const std::string& id) {
  for (json& n : tree["nodes"])
    if (n["id"] == id) return n;
  throw std::runtime_error("no node " + id);
}

// A copy of the sample content with the edits an editor might make for a new version.
fs::path editedSample() {
  fs::path dir = fs::temp_directory_path() / ("ekw-diff-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(kSample, dir, fs::copy_options::recursive);
  json manifest = readJson(dir / "manifest.json");
  manifest["version"] = "1.1.0";
  writeJson(dir / "manifest.json", manifest);

  json tree = readJson(dir / "trees/geld.json");
  json& zelf = nodeIn(tree, "geld-zelf");
  zelf["text"]["nl"] = "Hoe houdt u uw geld bij?";
  zelf["options"].erase(2);  // "niemand"
  zelf["next"] = "geld-nieuw";
  nodeIn(tree, "geld-schulden").erase("allowUnknown");
  nodeIn(tree, "geld-hoogte")["max"] = 100000;
  tree["nodes"].insert(tree["nodes"].begin() + 1,
                       json{{"id", "geld-nieuw"}, {"type", "yesno"},
                            {"text", {{"nl", "Heeft u een vast inkomen?"}, {"en", "Do you have a steady income?"}}},
                            {"next", "geld-schulden"}});
  writeJson(dir / "trees/geld.json", tree);

  json advice = readJson(dir / "advice/geld.json");
  advice["advice"][0]["title"]["nl"] = "Maak een lijst";
  writeJson(dir / "advice/geld.json", advice);

  json kaart = readJson(dir / "sociale-kaart/kaart.json");
  json extra = kaart["services"][0];
  extra["id"] = "svc-nieuw";
  kaart["services"].push_back(extra);
  writeJson(dir / "sociale-kaart/kaart.json", kaart);
  return dir;
}

const ContentChange* find(const ContentDiff& d, const std::string& entity, const std::string& id) {
  for (const ContentChange& c : d.changes)
    if (c.entity == entity && c.id == id) return &c;
  return nullptr;
}

TEST(Diff, SameContentHasNoChanges) {
  ContentDiff d = diffContent(testing::sampleContent(), testing::sampleContent());
  EXPECT_TRUE(d.empty());
  EXPECT_NE(diffText(d).find("no changes for residents"), std::string::npos);
}

TEST(Diff, ReportsWhatChangesForResidents) {
  fs::path dir = editedSample();
  LoadedContent after = testing::loadChecked(dir.string());
  ContentDiff d = diffContent(testing::sampleContent(), after);
  EXPECT_EQ(d.oldVersion, "1.0.0");
  EXPECT_EQ(d.newVersion, "1.1.0");

  const ContentChange* added = find(d, "question", "geld-nieuw");
  ASSERT_TRUE(added);
  EXPECT_EQ(added->kind, ChangeKind::Added);
  EXPECT_EQ(added->file, "trees/geld.json");
  EXPECT_GT(added->pos.line, 0);

  const ContentChange* changed = find(d, "question", "geld-zelf");
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->kind, ChangeKind::Changed);
  EXPECT_EQ(changed->fields, (std::vector<std::string>{"next", "text"}));  // options are compared one by one

  const ContentChange* option = find(d, "option", "geld-zelf/niemand");
  ASSERT_TRUE(option);
  EXPECT_EQ(option->kind, ChangeKind::Removed);
  ASSERT_TRUE(find(d, "advice", "geld-overzicht"));
  EXPECT_EQ(find(d, "advice", "geld-overzicht")->fields, std::vector<std::string>{"title"});
  ASSERT_TRUE(find(d, "service", "svc-nieuw"));
  EXPECT_EQ(find(d, "service", "svc-nieuw")->kind, ChangeKind::Added);
  EXPECT_FALSE(find(d, "advice", "geld-netwerk"));  // unchanged things are not listed

  auto lost = [&](const std::string& question, const std::string& fragment) {
    for (const LostAnswer& l : d.lostAnswers)
      if (l.question == question && (l.which + " " + l.reason).find(fragment) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(lost("geld-zelf", "\"niemand\""));
  EXPECT_TRUE(lost("geld-schulden", "weet ik niet"));
  EXPECT_TRUE(lost("geld-hoogte", "above 100000"));
  EXPECT_EQ(d.lostAnswers.size(), 3u);
  fs::remove_all(dir);
}

TEST(Diff, RemovedQuestionLosesEveryAnswer) {
  ContentDiff d = diffContent(testing::haarlemContent(), testing::sampleContent());
  bool found = false;
  for (const LostAnswer& l : d.lostAnswers) found = found || (l.which == "every answer" && !l.question.empty());
  EXPECT_TRUE(found);
}

TEST(DiffCli, DirectoriesBundlesAndSavedSessions) {
  fs::path dir = editedSample();
  fs::path bundle = dir.string() + ".bundle.json";
  ASSERT_EQ(testing::runEkw("bundle " + testing::shellQuote(kSample.string()) + " -o " + testing::shellQuote(bundle.string())).exitCode, 0);

  // A session saved against the old content that chose the option the new one drops.
  SessionState state;
  state.levensgebieden = {"geld"};
  state.answers = {{"geld-zelf", "niemand"}, {"geld-schulden", false}};
  fs::path session = dir.string() + ".session.json";
  std::ofstream(session) << sessionToJson(testing::sample(), state).dump();

  testing::CliRun r = testing::runEkw("diff " + testing::shellQuote(bundle.string()) + " " +
                                      testing::shellQuote(dir.string()) + " --sessions " +
                                      testing::shellQuote(session.string()));
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("content sample 1.0.0 -> sample 1.1.0"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("question: 1 added, 0 removed, 3 changed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  + geld-nieuw  (trees/geld.json:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  - geld-zelf/niemand"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("saved sessions would lose answers (3)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("loses 1 answer(s)\n  geld-zelf ("), std::string::npos) << r.out;

  testing::CliRun j = testing::runEkw("diff " + testing::shellQuote(kSample.string()) + " " +
                                      testing::shellQuote(dir.string()) + " --json");
  ASSERT_EQ(j.exitCode, 0) << j.err;
  json parsed = json::parse(j.out);
  EXPECT_EQ(parsed["lostAnswers"].size(), 3u);
  EXPECT_EQ(testing::runEkw("diff " + testing::shellQuote(kSample.string())).exitCode, 2);
  fs::remove_all(dir);
  fs::remove(bundle);
  fs::remove(session);
}

}  // namespace
}  // namespace ekw
