// The JSON API as the site and `ekw simulate` use it.
#include "core/api/engine_api.h"

#include <gtest/gtest.h>

#include "core/api/simulate.h"
#include "by_id.h"
#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;
using testing::byId;
using testing::sample;

json call(const std::string& method, const json& request) { return api::handle(sample(), method, request); }

TEST(Api, OverviewListsLevensgebiedenWijkenAndLadderInTheChosenLanguage) {
  json nl = call("overview", json::object());
  EXPECT_EQ(nl["levensgebieden"][0]["name"], "Geld en schulden");
  EXPECT_EQ(nl["wijken"].size(), 2u);
  EXPECT_EQ(nl["rungs"][3]["name"], "Hulp uit de buurt (BUUV)");
  json en = call("overview", {{"language", "en"}});
  EXPECT_EQ(en["levensgebieden"][0]["name"], "Money and debts");
  EXPECT_EQ(call("overview", {{"language", "xx"}})["levensgebieden"][0]["name"], "Geld en schulden");
}

TEST(Api, FreeTextFindsLevensgebiedenByKeyword) {
  json m = call("match", {{"text", "Ik heb SCHULDEN en ik voel me niet veilig"}});
  ASSERT_EQ(m["levensgebieden"].size(), 2u);
  EXPECT_EQ(m["levensgebieden"][0]["id"], "geld");
  EXPECT_EQ(m["levensgebieden"][1]["id"], "veiligheid");
  json start = call("start", {{"text", "mijn huis en de trap"}});
  EXPECT_EQ(start["question"]["id"], "wonen-postcode");
  json none = call("start", {{"text", "xyz"}});
  EXPECT_EQ(none["error"]["code"], "nothing-chosen");
}

TEST(Api, AWalkThroughTheApiGivesViewsWithProgressAndErrors) {
  json v = call("start", {{"levensgebieden", {"geld"}}, {"context", {{"today", "2026-11-23"}}}});
  EXPECT_EQ(v["question"]["type"], "single");
  EXPECT_EQ(v["question"]["why"], "We kijken eerst wat u zelf al doet.");
  EXPECT_FALSE(v["canGoBack"]);
  v = call("answer", {{"session", v["session"]}, {"value", "zelf"}});
  EXPECT_EQ(v["question"]["type"], "yesno");
  EXPECT_EQ(v["question"]["options"][0]["label"], "Ja");
  EXPECT_TRUE(v["canGoBack"]);
  json bad = call("answer", {{"session", v["session"]}, {"value", "misschien"}});
  EXPECT_EQ(bad["answerError"]["message"], "Kies ja of nee.");
  EXPECT_EQ(bad["question"]["id"], "geld-schulden");
  json back = call("back", {{"session", v["session"]}});
  EXPECT_EQ(back["question"]["id"], "geld-zelf");
  EXPECT_EQ(back["question"]["answer"], "zelf");
  EXPECT_EQ(call("answer", {{"session", "nonsense"}})["error"]["code"], "bad-session");
  EXPECT_EQ(call("nope", json::object())["error"]["code"], "unknown-method");
  EXPECT_EQ(api::handle(sample(), "start", json::array())["error"]["code"], "bad-request");
}

TEST(Api, SafetyAnswerShowsDirectHelpAtOnceAndFirst) {
  json v = call("start", {{"levensgebieden", {"veiligheid", "geld"}}});
  EXPECT_TRUE(v["urgent"].empty());
  v = call("answer", {{"session", v["session"]}, {"value", "nee"}});
  ASSERT_EQ(v["urgent"].size(), 1u);
  EXPECT_EQ(v["urgent"][0]["rung"], 0);
  EXPECT_EQ(v["urgent"][0]["title"], "Bent u in gevaar? Bel 112");
  EXPECT_EQ(v["question"]["id"], "geld-zelf");  // the walk goes on, with help shown above it
}

json marjan() {
  return {{"start", {{"levensgebieden", {"geld", "wonen"}}}},
          {"context", {{"wijk", "noord"}, {"age", 40}, {"today", "2026-11-23"}}},
          {"person", {{"burgerservicenummer", "999993653"}, {"naam", {{"voornamen", "Marjan"}}}}},
          {"answers", {{"geld-zelf", "niemand"}, {"geld-schulden", true}, {"geld-hoogte", 12000}, {"geld-hulp", {"niemand"}},
                       {"wonen-postcode", "2011ab"}, {"wonen-sinds", "01-05-2015"}, {"wonen-probleem", "De trap is zwaar"},
                       {"wonen-trap", false}}}};
}

TEST(Api, AdviceFollowsTheLadderAndFitsServicesToTheResident) {
  json r = simulate(sample(), marjan(), "nl");
  ASSERT_TRUE(r["ok"]) << r.dump();
  const json& geld = byId(r["advice"], "geld");
  EXPECT_EQ(geld["level"], 2);
  std::vector<int> rungs;
  for (const json& a : geld["advice"]) rungs.push_back(a["rung"]);
  EXPECT_EQ(rungs, (std::vector<int>{1, 3, 4, 5, 6, 7}));  // no network: rung 2's condition is false
  const json& cursus = byId(geld["advice"], "geld-cursus");
  ASSERT_EQ(cursus["services"].size(), 2u);  // the course in Noord plus the city-wide buddy
  EXPECT_EQ(cursus["services"][0]["id"], "svc-cursus");
  json zuid = marjan();
  zuid["context"]["wijk"] = "zuid";
  EXPECT_EQ(byId(byId(simulate(sample(), zuid, "nl")["advice"], "geld")["advice"], "geld-cursus")["services"].size(), 1u);
  json young = marjan();
  young["context"]["age"] = 16;
  EXPECT_TRUE(byId(byId(simulate(sample(), young, "nl")["advice"], "geld")["advice"], "geld-aanvraag")["services"].empty());  // schuldhulp is 18+
}

TEST(Api, TheAdviceSearchBoxNarrowsTheServicesShown) {
  json r = simulate(sample(), marjan(), "nl");
  json advice = call("advice", {{"session", r["session"]}, {"query", "maatje"}});
  const json& geld = byId(advice["levensgebieden"], "geld");
  const json& cursus = byId(geld["advice"], "geld-cursus");
  ASSERT_EQ(cursus["services"].size(), 1u);
  EXPECT_EQ(cursus["services"][0]["id"], "svc-budget");
  EXPECT_EQ(geld["advice"].size(), 6u);  // the advice itself stays
}

TEST(Api, TheAanvraagIsPrefilledFromWhatTheResidentSaid) {
  json r = simulate(sample(), marjan(), "nl");
  ASSERT_EQ(r["forms"].size(), 1u);
  testing::ById<> values = testing::fieldValues(r["forms"][0]);
  EXPECT_EQ(values["bsn"], "999993653");
  EXPECT_EQ(values["voornamen"], "Marjan");
  EXPECT_EQ(values["postcode"], "2011AB");
  EXPECT_EQ(values["hoogte"], 12000);
  EXPECT_EQ(values["niveau"], 2);
  EXPECT_EQ(values["zwaar"], true);
  EXPECT_NE(values["situatie"].get<std::string>().find("Heeft u schulden? Ja"), std::string::npos);
  EXPECT_TRUE(values["telefoon"].is_null());
}

TEST(Api, CheckFormGivesDutchMessagesAndKeepsEveryValue) {
  json r = call("checkForm", {{"form", "aanvraag-schulden"},
                              {"values", {{"bsn", "123456789"}, {"iban", "NL91 ABNA 0417 1643 00"}, {"postcode", "2011 ab"},
                                          {"telefoon", "12"}, {"akkoord", false}}}});
  EXPECT_FALSE(r["ok"]);
  std::map<std::string, std::string> errors;
  for (const json& e : r["errors"]) errors[e["field"]] = e["message"];
  EXPECT_EQ(errors["bsn"], "Dit is geen geldig burgerservicenummer. Een BSN heeft 9 cijfers. Kijk of u geen cijfer mist.");
  EXPECT_EQ(errors["telefoon"], "Vul een telefoonnummer in van 10 cijfers, zoals 023 123 4567.");
  EXPECT_EQ(errors["akkoord"], "U moet hiermee akkoord gaan om het formulier te versturen.");
  EXPECT_FALSE(errors.count("iban"));
  EXPECT_EQ(r["values"]["iban"], "NL91ABNA0417164300");
  EXPECT_EQ(r["values"]["bsn"], "123456789");  // kept as typed
  EXPECT_EQ(r["values"]["postcode"], "2011AB");
  r = call("checkForm", {{"form", "aanvraag-schulden"}, {"values", {{"hoogte", "12000"}}}});
  EXPECT_EQ(r["values"]["hoogte"].dump(), "12000");  // a whole number stays whole
  r = call("checkForm", {{"form", "aanvraag-schulden"}, {"values", {{"hoogte", "-1"}}}});
  EXPECT_EQ(r["errors"][0]["message"], "Vul dit in: \u2018Burgerservicenummer\u2019");  // required and empty
  EXPECT_EQ(r["errors"][1]["field"], "hoogte");
  EXPECT_EQ(r["errors"][1]["message"], "Vul een getal in van 0 of meer.");
}

TEST(Api, BuuvDraftsFillInNameAndWijk) {
  json r = call("buuv", {{"template", "buuv-administratie"}, {"kind", "vraag"}, {"wijk", "noord"}, {"naam", "Marjan"}});
  EXPECT_EQ(r["text"], "Hallo, ik ben Marjan uit Noord. Wie helpt mij een keer met mijn post?");
  r = call("buuv", {{"template", "buuv-administratie"}, {"kind", "aanbod"}, {"language", "en"}});
  EXPECT_EQ(r["text"], "I like to help with paperwork.");  // no name, no wijk: the template's own words without them
  r = call("buuv", {{"template", "buuv-administratie"}, {"kind", "vraag"}, {"naam", "Marjan"}});
  EXPECT_EQ(r["text"], "Hallo, ik ben Marjan. Wie helpt mij een keer met mijn post?");
  EXPECT_EQ(call("buuv", {{"template", "x"}})["error"]["code"], "unknown-template");
}

TEST(Api, ServiceSearchMatchesWordStartsAndFiltersByWijk) {
  json r = call("services", {{"query", "maat"}});
  ASSERT_EQ(r["total"], 1);
  EXPECT_EQ(r["services"][0]["id"], "svc-budget");
  EXPECT_EQ(call("services", {{"query", "cursus geld"}})["total"], 1);
  EXPECT_EQ(call("services", {{"wijk", "zuid"}})["total"], 3);  // not the course in Noord
  EXPECT_EQ(call("services", {{"levensgebied", "wonen"}})["services"][0]["locations"][0]["wijkName"], "Zuid");
}

TEST(Api, RestoreReportsDroppedAnswers) {
  json v = call("start", {{"levensgebieden", {"geld"}}});
  json session = v["session"];
  session["answers"]["bestaat-niet"] = 1;
  json r = call("restore", {{"session", session}});
  ASSERT_EQ(r["restored"]["dropped"].size(), 1u);
  EXPECT_EQ(r["restored"]["dropped"][0]["question"], "bestaat-niet");
  EXPECT_EQ(r["question"]["id"], "geld-zelf");
}

TEST(Api, DossierHoldsAnswersProfileAndAdvice) {
  json r = simulate(sample(), marjan(), "nl");
  json d = call("dossier", {{"session", r["session"]}});
  EXPECT_EQ(d["format"], "ekw-dossier/1");
  EXPECT_EQ(d["profile"]["geld"], 2);
  EXPECT_EQ(d["answers"][1]["answer"], "Ja");
  EXPECT_EQ(d["answers"].size(), 8u);
}

TEST(Api, SimulateStopsClearlyWhenAnAnswerIsMissingOrWrong) {
  json script = marjan();
  script["answers"].erase("geld-zelf");
  json r = simulate(sample(), script, "nl");
  EXPECT_FALSE(r["ok"]);
  EXPECT_EQ(r["error"], "no answer for question \"geld-zelf\" (Hoe houdt u nu uw geldzaken bij?)");
  script = marjan();
  script["answers"]["geld-hoogte"] = "heel veel";
  r = simulate(sample(), script, "nl");
  EXPECT_EQ(r["error"], "the answer to \"geld-hoogte\" is not accepted: Vul een getal in, bijvoorbeeld 12.");
}

}  // namespace
}  // namespace ekw
