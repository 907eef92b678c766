// Safety first (issue 8 items 1, 2 and 9's lead-in), over the API with the Haarlem content: veiligheid's screening
// before any other tree, direct help before the first question when the resident's words signal danger, rung 0 by
// urgency and never repeated, one name per organisation, and the national crisis numbers with their web sources.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/api/engine_api.h"
#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;

const Content& haarlem() { return *testing::haarlemContent().content; }

json call(const std::string& method, json request) {
  json r = api::handle(haarlem(), method, request);
  EXPECT_FALSE(r.contains("error")) << method << ": " << r.dump();
  return r;
}

json start(json request) {
  if (!request.contains("context")) request["context"] = {{"today", "2026-12-01"}};
  return call("start", std::move(request));
}

std::vector<std::string> ids(const json& list) {
  std::vector<std::string> out;
  for (const json& a : list) out.push_back(a["id"]);
  return out;
}

// Answers until the session leaves `levensgebied` (or ends), choosing the first option or "nee" for yes/no.
json answerThrough(json view, const std::string& levensgebied) {
  for (int guard = 0; guard < 40 && !view["question"].is_null() && view["question"]["levensgebied"]["id"] == levensgebied; ++guard) {
    const json& q = view["question"];
    json request = {{"session", view["session"]}};
    std::string type = q["type"];
    if (type == "yesno") request["value"] = false;
    else if (type == "multiple" && !q["options"].empty()) request["value"] = json::array({q["options"].back()["id"]});  // "Geen van deze"
    else if (type == "single" && !q["options"].empty()) request["value"] = q["options"].front()["id"];
    else if (type == "number") request["value"] = q.contains("min") ? q["min"] : json(1);
    else if (type == "date") request["value"] = "2020-01-01";
    else if (type == "postcode") request["value"] = "2011AB";
    else request["value"] = "tekst";
    view = call("answer", std::move(request));
  }
  return view;
}

TEST(SafetyFirst, ChosenVeiligheidIsWalkedBeforeEveryOtherTree) {
  json view = start({{"levensgebieden", {"opvoeden", "geld", "veiligheid"}}});
  EXPECT_EQ(view["question"]["levensgebied"]["id"], "veiligheid");
  EXPECT_EQ(view["question"]["id"], "veiligheid-nu");
  EXPECT_EQ(view["session"]["levensgebieden"], json({"veiligheid", "opvoeden", "geld"}));
}

TEST(SafetyFirst, MatchedVeiligheidIsWalkedFirst) {
  json view = start({{"text", "Ik heb schulden en mijn man slaat mij."}});
  EXPECT_EQ(view["session"]["levensgebieden"][0], "veiligheid");
  EXPECT_EQ(view["question"]["id"], "veiligheid-nu");
}

TEST(SafetyFirst, DangerInTheWordsShowsDirectHelpBeforeTheFirstQuestion) {
  json view = start({{"text", "Mijn man slaat mij"}});
  ASSERT_FALSE(view["urgent"].empty()) << "direct help must be there before any answer";
  EXPECT_EQ(view["progress"]["answered"], 0);
  std::vector<std::string> urgent = ids(view["urgent"]);
  EXPECT_EQ(urgent.front(), "veiligheid-direct-gevaar") << "acute danger: 112 first";
  EXPECT_NE(std::find(urgent.begin(), urgent.end(), "veiligheid-veilig-thuis"), urgent.end());
  EXPECT_EQ(view["session"]["context"]["signals"], json({"geweld"}));
}

TEST(SafetyFirst, DangerInTheWordsAddsVeiligheidEvenWhenTheResidentChoseOtherTopics) {
  json view = start({{"levensgebieden", {"geld"}}, {"text", "We hebben schulden en hij bedreigt mij"}});
  EXPECT_EQ(view["session"]["levensgebieden"], json({"veiligheid", "geld"}));
  EXPECT_FALSE(view["urgent"].empty());
}

TEST(SafetyFirst, EnglishAndMisspelledDangerIsRecognised) {
  json en = start({{"text", "My husband hits me"}, {"language", "en"}});
  EXPECT_EQ(en["session"]["levensgebieden"][0], "veiligheid");
  EXPECT_FALSE(en["urgent"].empty());
  json typo = start({{"text", "ik word mishandelt door mijn vrouw"}});
  EXPECT_EQ(typo["session"]["levensgebieden"][0], "veiligheid");
  json suicide = start({{"text", "ik denk aan zelfmord"}});
  EXPECT_EQ(suicide["session"]["levensgebieden"], json({"veiligheid", "psyche"}));
  std::vector<std::string> urgent = ids(suicide["urgent"]);
  EXPECT_NE(std::find(urgent.begin(), urgent.end(), "psyche-zelfdoding"), urgent.end());
}

TEST(SafetyFirst, MatchShowsTheSignalAndItsDirectHelpOnTheStartPage) {
  json m = call("match", {{"text", "Ik wil niet meer leven"}});
  ASSERT_EQ(m["signals"].size(), 1u);
  EXPECT_EQ(m["signals"][0]["id"], "zelfdoding");
  EXPECT_FALSE(m["signals"][0]["words"].empty());
  EXPECT_EQ(m["levensgebieden"][0]["id"], "veiligheid");
  EXPECT_EQ(ids(m["urgent"]).front(), "veiligheid-direct-gevaar");
  json calm = call("match", {{"text", "Ik heb schulden"}});
  EXPECT_TRUE(calm["signals"].empty());
  EXPECT_TRUE(calm["urgent"].empty()) << "no direct help where nothing signals danger";
}

TEST(SafetyFirst, SayingThereIsNoImmediateDangerDropsTheCallTo112ButKeepsVeiligThuis) {
  json view = start({{"text", "Mijn man slaat mij"}});
  view = call("answer", {{"session", view["session"]}, {"value", false}});  // veiligheid-nu: no immediate danger
  std::vector<std::string> urgent = ids(view["urgent"]);
  EXPECT_EQ(std::find(urgent.begin(), urgent.end(), "veiligheid-direct-gevaar"), urgent.end());
  EXPECT_NE(std::find(urgent.begin(), urgent.end(), "veiligheid-veilig-thuis"), urgent.end());
}

TEST(SafetyFirst, DirectHelpIsNeverRepeatedInALevensgebiedSectionNorAServiceTwiceAtTheTop) {
  json view = start({{"text", "Mijn man slaat mij en de kinderen, ik denk aan zelfmoord"}});
  for (const char* lg : {"veiligheid", "opvoeden", "psyche"}) view = answerThrough(view, lg);
  json advice = call("advice", {{"session", view["session"]}});
  std::set<std::string> urgent;
  std::set<std::string> services;
  for (const json& a : advice["urgent"]) {
    urgent.insert(a["id"].get<std::string>());
    for (const json& s : a["services"])
      EXPECT_TRUE(services.insert(s["id"].get<std::string>()).second) << s["id"] << " shown twice in the urgent block";
  }
  EXPECT_TRUE(urgent.count("veiligheid-veilig-thuis"));
  EXPECT_TRUE(urgent.count("psyche-zelfdoding"));
  for (const json& g : advice["levensgebieden"])
    for (const json& a : g["advice"]) {
      EXPECT_FALSE(urgent.count(a["id"].get<std::string>())) << a["id"] << " repeated in " << g["id"];
      EXPECT_NE(a["rung"], 0) << a["id"] << ": rung 0 belongs in the urgent block";
    }
}

TEST(SafetyFirst, OneOrganisationOneName) {
  json all = call("services", {{"limit", 1000u}});
  for (const json& s : all["services"]) {
    std::string shown = s["name"].dump() + s["description"].dump() + s["organization"].dump();
    EXPECT_EQ(shown.find("AMHK"), std::string::npos) << s["id"] << ": Veilig Thuis is called Veilig Thuis everywhere";
  }
  for (const Advice& a : haarlem().advice)
    for (const auto& [lang, text] : a.text.byLanguage) EXPECT_EQ(text.find("AMHK"), std::string::npos) << a.id;
  const Organization* vt = haarlem().organization("org-amhk");
  ASSERT_TRUE(vt);
  EXPECT_EQ(vt->name, "Veilig Thuis");
}

TEST(CrisisNumbers, EachIsInTheContentWithItsOfficialWebsiteAsSourceAndThatDateAsVerified) {
  struct Expected {
    const char* organization;
    std::vector<std::string> numbers;
    const char* site;
  };
  const std::vector<Expected> expected = {
      {"org-alarmnummer-112", {"112"}, "https://www.rijksoverheid.nl/"},
      {"org-amhk", {"0800-2000"}, "https://www.veiligthuis.nl/"},
      {"org-113-zelfmoordpreventie", {"113", "0800-0113"}, "https://www.113.nl/"},
      {"org-kindertelefoon", {"0800-0432"}, "https://www.kindertelefoon.nl/"},
      {"org-gemeente-haarlem", {"14 023"}, "https://www.haarlem.nl/"},
  };
  for (const Expected& e : expected) {
    const Organization* o = haarlem().organization(e.organization);
    ASSERT_TRUE(o) << e.organization;
    std::vector<std::string> numbers;
    for (const Phone& p : o->phones) numbers.push_back(p.number);
    EXPECT_EQ(numbers, e.numbers) << e.organization;
    ASSERT_EQ(o->webSources.size(), 1u) << e.organization;
    EXPECT_EQ(o->webSources[0].url.rfind(e.site, 0), 0u) << o->webSources[0].url;
    EXPECT_EQ(o->lastVerified, o->webSources[0].checked) << e.organization << ": the date checked is the date verified";
  }
}

TEST(CrisisNumbers, DirectHelpCarriesTheNumberToCall) {
  json view = start({{"text", "Ik denk aan zelfmoord"}});
  std::set<std::string> numbers;
  for (const json& a : view["urgent"])
    for (const json& s : a["services"]) {
      for (const json& p : s["phones"]) numbers.insert(p["number"]);
      if (!s["organization"].is_null())
        for (const json& p : s["organization"]["phones"]) numbers.insert(p["number"]);
    }
  EXPECT_TRUE(numbers.count("112"));
  EXPECT_TRUE(numbers.count("113"));
  EXPECT_TRUE(numbers.count("0800-0113"));
}

TEST(CrisisNumbers, YoungPeopleInDangerAreShownDeKindertelefoon) {
  json young = start({{"text", "Mijn vader slaat mij"}, {"context", {{"age", 14}, {"today", "2026-12-01"}}}});
  std::vector<std::string> urgent = ids(young["urgent"]);
  EXPECT_NE(std::find(urgent.begin(), urgent.end(), "veiligheid-kindertelefoon"), urgent.end());
  json adult = start({{"text", "Mijn vader slaat mij"}, {"context", {{"age", 40}, {"today", "2026-12-01"}}}});
  urgent = ids(adult["urgent"]);
  EXPECT_EQ(std::find(urgent.begin(), urgent.end(), "veiligheid-kindertelefoon"), urgent.end());
}

TEST(SafetyLeadIn, QuestionsAboutEndingOnesLifeInOtherTreesHaveALeadIn) {
  for (const Tree& t : haarlem().trees) {
    if (t.levensgebied == "veiligheid") continue;
    for (const Node& n : t.nodes)
      for (const Option& o : n.options) {
        if (o.facts.contains("suicidegedachten")) {
          EXPECT_FALSE(n.lead.empty()) << n.id << " asks about ending one's life";
        }
      }
  }
  json view = start({{"levensgebieden", {"psyche"}}});
  view = call("answer", {{"session", view["session"]}, {"value", {"geen"}}});
  ASSERT_EQ(view["question"]["id"], "psyche-nu");
  EXPECT_FALSE(view["question"]["lead"].get<std::string>().empty());
}

}  // namespace
}  // namespace ekw
