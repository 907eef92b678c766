// Golden tests: every persona story from the seeds, walked through the Haarlem content with the simulator, must get
// the rung order, the key advice and services, and the prefilled form fields the story implies (tests/personas/*.json).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/api/engine_api.h"
#include "core/api/simulate.h"
#include "by_id.h"
#include "test_content.h"
#include "tools/files/content_files.h"

namespace ekw {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

const LoadedContent& haarlem() { return testing::haarlemContent(); }

std::vector<std::string> personaFiles() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(EKW_SOURCE_DIR "/tests/personas"))
    if (entry.path().extension() == ".json") out.push_back(entry.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

json readPersona(const std::string& name) {
  auto text = files::readFile(EKW_SOURCE_DIR "/tests/personas/" + name + ".json");
  EXPECT_TRUE(text) << name;
  return json::parse(text.value_or("{}"));
}

class Persona : public ::testing::TestWithParam<std::string> {};

TEST_P(Persona, GetsTheAdviceItsStoryImplies) {
  json persona = readPersona(GetParam());
  ASSERT_TRUE(haarlem().content);
  json r = simulate(*haarlem().content, persona, "nl");
  ASSERT_TRUE(r["ok"]) << r.value("error", "");
  const json& expect = persona["expect"];

  std::set<std::string> adviceIds, serviceIds;
  for (const json& group : r["advice"]) {
    std::string lg = group["id"];
    if (expect["levels"].contains(lg)) {
      EXPECT_EQ(group["level"], expect["levels"][lg]) << lg;
    }
    std::vector<int> rungs;
    for (const json& a : group["advice"]) {
      adviceIds.insert(a["id"].get<std::string>());
      for (const json& s : a["services"]) serviceIds.insert(s["id"].get<std::string>());
      int rung = a["rung"];
      if (rungs.empty() || rungs.back() != rung) rungs.push_back(rung);
    }
    EXPECT_TRUE(std::is_sorted(rungs.begin(), rungs.end())) << lg << ": advice must follow the ladder";
    if (expect["rungOrder"].contains(lg)) {
      EXPECT_EQ(json(rungs), expect["rungOrder"][lg]) << lg;
    }
  }
  for (const auto& [lg, level] : expect["levels"].items()) EXPECT_EQ(r["profile"][lg], level) << lg;
  // A levensgebied the story names must be one the simulation walked: a misspelt id never passes unchecked.
  for (const char* keyed : {"levels", "rungOrder"})
    for (const auto& [lg, ignored] : expect[keyed].items()) testing::byId(r["advice"], lg);
  for (const json& id : expect["advice"]) EXPECT_TRUE(adviceIds.count(id.get<std::string>())) << "advice " << id;
  for (const json& id : expect["services"]) EXPECT_TRUE(serviceIds.count(id.get<std::string>())) << "service " << id;

  std::vector<std::string> urgent;
  for (const json& a : r["urgent"]) urgent.push_back(a["id"]);
  EXPECT_EQ(json(urgent), expect["urgent"]);

  for (const auto& [formKey, fields] : expect["forms"].items()) {
    const std::string& formId = formKey;  // C++20 lambdas cannot capture a structured binding under clang 14
    auto form = std::find_if(r["forms"].begin(), r["forms"].end(), [&](const json& f) { return f["id"] == formId; });
    ASSERT_NE(form, r["forms"].end()) << "form " << formId << " is not offered";
    testing::ById<> values = testing::fieldValues(*form);
    for (const auto& [field, value] : fields.items()) EXPECT_EQ(values[field], value) << formId << "/" << field;
  }
}

INSTANTIATE_TEST_SUITE_P(Haarlem, Persona, ::testing::ValuesIn(personaFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(Personas, EveryStoryInTheSeedsHasOne) {
  std::vector<std::string> names = personaFiles();
  for (const char* story : {"marjan", "meneer-de-jong", "meneer-meijer", "de-haas", "carla", "familie-de-groot", "jongere-anoniem"})
    EXPECT_NE(std::find(names.begin(), names.end(), story), names.end()) << story;
}

TEST(Personas, SafetyIsNeverLeftToSelfService) {
  // A resident who says they are not safe at home gets rung 0 at once, above everything else.
  const Content& c = *haarlem().content;
  const Tree* tree = c.treeFor("veiligheid");
  ASSERT_NE(tree, nullptr);
  const Node* first = tree->node(tree->start);
  ASSERT_NE(first, nullptr);
  // Choose the first option of the first question that sets a fact: the safety signal.
  std::string option;
  for (const Option& o : first->options)
    if (!o.facts.empty() && option.empty()) option = o.id;
  ASSERT_FALSE(option.empty()) << "the veiligheid tree should open with a safety question";
  json start = api::handle(c, "start", {{"levensgebieden", {"veiligheid"}}});
  json view = api::handle(c, "answer", {{"session", start["session"]}, {"value", option}});
  ASSERT_FALSE(view["urgent"].empty());
  EXPECT_EQ(view["urgent"][0]["rung"], 0);
}

}  // namespace
}  // namespace ekw
