// What the resident takes away (issue 11): the first steps, the time a topic takes, a service's own page and the
// sociale-kaart filters the content has data for. All decided by core; the site only draws them.
#include <gtest/gtest.h>

#include "core/api/engine_api.h"
#include "core/api/simulate.h"
#include "core/engine/first_steps.h"
#include "core/engine/time_estimate.h"
#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;
using testing::sample;

json call(const std::string& method, const json& request) { return api::handle(sample(), method, request); }

json marjanSession() {
  json r = simulate(sample(),
                    {{"start", {{"levensgebieden", {"geld", "wonen"}}}},
                     {"context", {{"wijk", "noord"}, {"age", 40}, {"today", "2026-11-23"}}},
                     {"answers", {{"geld-zelf", "niemand"}, {"geld-schulden", true}, {"geld-hoogte", 12000},
                                  {"geld-hulp", {"niemand"}}, {"wonen-postcode", "2011ab"}, {"wonen-sinds", "01-05-2015"},
                                  {"wonen-probleem", "De trap is zwaar"}, {"wonen-trap", false}}}},
                    "nl");
  EXPECT_TRUE(r["ok"]) << r.dump();
  return r["session"];
}

std::vector<std::string> ids(const json& list) {
  std::vector<std::string> out;
  for (const json& a : list) out.push_back(a["id"]);
  return out;
}

TEST(FirstSteps, AreTheLowestRungsOneLevensgebiedAfterTheOther) {
  json advice = call("advice", {{"session", marjanSession()}});
  // Rung 1 of both levensgebieden before rung 3 of the first: what you can do yourself comes first.
  EXPECT_EQ(ids(advice["firstSteps"]), (std::vector<std::string>{"geld-overzicht", "wonen-zelf", "geld-buuv"}));
  EXPECT_EQ(advice["firstSteps"][2]["rung"], 3);
}

TEST(FirstSteps, DirectHelpComesFirstWhenASafetyAnswerTriggersIt) {
  json v = call("start", {{"levensgebieden", {"veiligheid", "geld"}}});
  v = call("answer", {{"session", v["session"]}, {"value", "nee"}});
  for (const char* a : {"zelf", "nee"}) v = call("answer", {{"session", v["session"]}, {"value", a}});
  v = call("answer", {{"session", v["session"]}, {"value", {"familie"}}});
  json advice = call("advice", {{"session", v["session"]}});
  ASSERT_EQ(advice["firstSteps"].size(), 3u);
  EXPECT_EQ(advice["firstSteps"][0]["id"], "veilig-nu");
  EXPECT_EQ(advice["firstSteps"][0]["rung"], 0);
  EXPECT_EQ(advice["firstSteps"][1]["id"], "geld-overzicht");
}

TEST(FirstSteps, NeverMoreThanTheLimit) {
  Advice a1, a2, a3, a4;
  a1.id = "a1", a1.rung = 5;
  a2.id = "a2", a2.rung = 2;
  a3.id = "a3", a3.rung = 0;
  a4.id = "a4", a4.rung = 2;
  AdvicePlan plan;
  plan.urgent = {&a3};
  plan.groups.push_back({nullptr, nullptr, true, {&a3, &a2, &a1}});
  plan.groups.push_back({nullptr, nullptr, true, {&a4}});
  std::vector<const Advice*> steps = firstSteps(plan);
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[0], &a3);  // the urgent item once, not again from its group
  EXPECT_EQ(steps[1], &a2);
  EXPECT_EQ(steps[2], &a4);
  EXPECT_EQ(firstSteps(plan, 1).size(), 1u);
}

TEST(TimeEstimate, FollowsTheTreesTypicalPath) {
  // geld: 3 questions without debts, 4 with; yes and no equally likely: 3.5 questions, 70 s: about 2 minutes.
  TimeEstimate e = estimateTime(*sample().treeFor("geld"));
  EXPECT_EQ(e.fewest, 3u);
  EXPECT_EQ(e.most, 4u);
  EXPECT_DOUBLE_EQ(e.typical, 3.5);
  EXPECT_EQ(e.minutes, 2);
  json overview = call("overview", json::object());
  EXPECT_EQ(overview["levensgebieden"][0]["id"], "geld");
  EXPECT_EQ(overview["levensgebieden"][0]["estimate"]["minutes"], 2);
  EXPECT_EQ(overview["levensgebieden"][0]["estimate"]["questions"]["most"], 4);
  // veiligheid: one question, then an outcome: at least a minute is promised, never "0 minutes".
  EXPECT_EQ(estimateTime(*sample().treeFor("veiligheid")).minutes, 1);
}

TEST(QuickExit, IsOfferedInTheLevensgebiedenThatCanLeadToDirectHelp) {
  json overview = call("overview", json::object());
  for (const json& lg : overview["levensgebieden"]) EXPECT_EQ(lg["safety"], lg["id"] == "veiligheid") << lg["id"];
}

TEST(ServicePage, HasEverythingTheSocialeKaartHolds) {
  json s = call("service", {{"id", "svc-klusdienst"}});
  EXPECT_EQ(s["id"], "svc-klusdienst");
  EXPECT_FALSE(s["sources"].empty());
  ASSERT_EQ(s["targetGroupNames"].size(), 1u);
  EXPECT_EQ(s["targetGroupNames"][0]["id"], "ouderen");
  EXPECT_EQ(call("service", {{"id", "nope"}})["error"]["code"], "unknown-service");
}

TEST(ServiceFilters, AreOfferedOnlyWhereTheContentHasData) {
  json f = call("overview", json::object())["serviceFilters"];
  EXPECT_TRUE(f["wijk"]);
  EXPECT_TRUE(f["age"]);  // schuldhulp is for 18+
  ASSERT_EQ(f["targetGroups"].size(), 1u);
  EXPECT_EQ(f["targetGroups"][0]["id"], "ouderen");
  auto count = [](const json& request) { return call("services", request)["total"].get<int>(); };
  int all = count(json::object());
  EXPECT_EQ(count({{"age", 16}}), all - 1);                 // not the 18+ service
  EXPECT_LT(count({{"targetGroup", "jongeren"}}), all);     // not the service for ouderen only
  EXPECT_EQ(count({{"targetGroup", "ouderen"}}), all);
  EXPECT_EQ(call("services", {{"age", "old"}})["error"]["code"], "bad-request");
  EXPECT_EQ(call("services", {{"age", 200}})["error"]["code"], "bad-request");
}

}  // namespace
}  // namespace ekw
