// The views the site draws as they are: the situation summary, a question reached directly, and the display strings
// of answers and form fields (the site never formats an answer or makes up yes/no options itself).
#include "core/api/engine_api.h"

#include <gtest/gtest.h>

#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;
using testing::sample;

json call(const std::string& method, const json& request) { return api::handle(sample(), method, request); }

// Marjan's answers, given one question at a time as the site gives them.
json walked() {
  const json answers = {{"geld-zelf", "niemand"}, {"geld-schulden", true}, {"geld-hoogte", 12000}, {"geld-hulp", {"familie", "buren"}},
                        {"wonen-postcode", "2011ab"}, {"wonen-sinds", "01-05-2015"}, {"wonen-probleem", "De trap is zwaar"},
                        {"wonen-trap", false}};
  json v = call("start", {{"levensgebieden", {"geld", "wonen"}}, {"context", {{"wijk", "noord"}, {"today", "2026-11-23"}}}});
  for (int i = 0; i < 20 && v["question"].is_object(); ++i)
    v = call("answer", {{"session", v["session"]}, {"value", answers.at(v["question"]["id"].get<std::string>())}});
  EXPECT_TRUE(v["done"]) << v.dump();
  return v["session"];
}

const json& byId(const json& list, const std::string& key, const std::string& id) {
  for (const json& item : list)
    if (item.value(key, "") == id) return item;
  static const json none;
  ADD_FAILURE() << "no " << key << " " << id << " in " << list.dump();
  return none;
}

TEST(ApiViews, TheSituationGivesLevelsOutcomesAndEveryAnswerAsText) {
  json s = call("situation", {{"session", walked()}});
  ASSERT_FALSE(s.contains("error")) << s.dump();
  EXPECT_TRUE(s["done"]);
  EXPECT_TRUE(s["question"].is_null());
  ASSERT_EQ(s["levensgebieden"].size(), 2u);
  EXPECT_EQ(s["levensgebieden"][0]["id"], "geld");  // in the order they were walked
  const json& geld = byId(s["levensgebieden"], "id", "geld");
  EXPECT_EQ(geld["name"], "Geld en schulden");
  EXPECT_EQ(geld["level"], 2);
  EXPECT_EQ(geld["outcome"], "U heeft veel schulden en hulp nodig.");
  EXPECT_FALSE(geld["levelText"].get<std::string>().empty());
  EXPECT_EQ(byId(geld["answers"], "question", "geld-schulden")["answer"], "Ja");
  EXPECT_EQ(byId(geld["answers"], "question", "geld-schulden")["text"], "Heeft u schulden?");
  EXPECT_EQ(byId(geld["answers"], "question", "geld-hoogte")["answer"], "12000 euro");
  EXPECT_EQ(byId(geld["answers"], "question", "geld-hulp")["answer"], "Familie, Buren");
  EXPECT_EQ(byId(geld["answers"], "question", "geld-zelf")["answer"], "Niemand, het lukt niet");
  const json& wonen = byId(s["levensgebieden"], "id", "wonen");
  EXPECT_EQ(byId(wonen["answers"], "question", "wonen-sinds")["answer"], "01-05-2015");
  EXPECT_EQ(byId(wonen["answers"], "question", "wonen-trap")["answer"], "Nee");
  json en = call("situation", {{"session", walked()}, {"language", "en"}});
  EXPECT_EQ(byId(byId(en["levensgebieden"], "id", "geld")["answers"], "question", "geld-schulden")["answer"], "Yes");
}

TEST(ApiViews, AnUnfinishedSituationNamesWhereToGoOnAndLeavesOutWhatWasNotReached) {
  json v = call("start", {{"levensgebieden", {"geld", "wonen"}}});
  v = call("answer", {{"session", v["session"]}, {"value", "zelf"}});
  json s = call("situation", {{"session", v["session"]}});
  EXPECT_FALSE(s["done"]);
  EXPECT_EQ(s["question"], "geld-schulden");
  ASSERT_EQ(s["levensgebieden"].size(), 1u) << "wonen has neither answers nor an outcome yet";
  EXPECT_TRUE(s["levensgebieden"][0]["level"].is_null());
  EXPECT_EQ(s["levensgebieden"][0]["levelText"], "");
  EXPECT_EQ(s["levensgebieden"][0]["answers"][0]["answer"], "Ik doe het zelf");
  EXPECT_EQ(call("situation", json::object())["error"]["code"], "bad-session");
}

TEST(ApiViews, AnAreaAnsweredMostlyWithIDontKnowHasNoLevel) {
  json v = call("start", {{"levensgebieden", {"geld"}}});
  v = call("answer", {{"session", v["session"]}, {"value", "zelf"}});
  v = call("answer", {{"session", v["session"]}, {"unknown", true}});
  v = call("answer", {{"session", v["session"]}, {"value", {"niemand"}}});
  json s = call("situation", {{"session", v["session"]}});
  const json& geld = byId(s["levensgebieden"], "id", "geld");
  EXPECT_EQ(byId(geld["answers"], "question", "geld-schulden")["answer"], "Weet ik niet");
  json advice = call("advice", {{"session", v["session"]}});
  const json& adviceGeld = byId(advice["levensgebieden"], "id", "geld");
  EXPECT_EQ(geld["level"], adviceGeld["level"]) << "the situation and the advice tell the same level";
  EXPECT_EQ(geld["levelText"], adviceGeld["levelText"]);
  EXPECT_EQ(geld["outcome"], adviceGeld["outcome"]);
}

TEST(ApiViews, GoToShowsAnAnsweredQuestionWithItsAnswerAndComesBackToTheCurrentOne) {
  json session = walked();
  json v = call("goTo", {{"session", session}, {"question", "geld-schulden"}});
  ASSERT_FALSE(v.contains("error")) << v.dump();
  EXPECT_EQ(v["question"]["id"], "geld-schulden");
  EXPECT_EQ(v["question"]["answer"], true);
  EXPECT_FALSE(v["done"]);
  // Forward again, past the questions in between, in one call.
  json later = call("goTo", {{"session", v["session"]}, {"question", "wonen-trap"}});
  EXPECT_EQ(later["question"]["id"], "wonen-trap");
  EXPECT_EQ(later["question"]["answer"], false);
  // Changing an answer reached this way works as after "back": the answers still on the path are kept, the one the
  // new path passes by is dropped.
  json changed = call("answer", {{"session", v["session"]}, {"value", false}});
  EXPECT_TRUE(changed["done"]) << changed.dump();
  EXPECT_FALSE(changed["session"]["answers"].contains("geld-hoogte"));
  EXPECT_EQ(changed["session"]["answers"]["geld-hulp"], json({"familie", "buren"}));
  // The current question, from an earlier one.
  json start = call("start", {{"levensgebieden", {"geld"}}});
  json two = call("answer", {{"session", start["session"]}, {"value", "zelf"}});
  json first = call("goTo", {{"session", two["session"]}, {"question", "geld-zelf"}});
  json current = call("goTo", {{"session", first["session"]}, {"question", "geld-schulden"}});
  EXPECT_EQ(current["question"]["id"], "geld-schulden");
  EXPECT_FALSE(current["session"].contains("cursor"));
}

TEST(ApiViews, GoToAQuestionOffThePathIsRefusedAndChangesNothing) {
  json start = call("start", {{"levensgebieden", {"geld"}}});
  json two = call("answer", {{"session", start["session"]}, {"value", "zelf"}});
  for (const char* id : {"geld-hoogte", "bestaat-niet", ""}) {
    json r = call("goTo", {{"session", two["session"]}, {"question", id}});
    EXPECT_EQ(r["error"]["code"], "not-on-path") << id;
  }
  EXPECT_EQ(call("goTo", {{"session", two["session"]}, {"question", 3}})["error"]["message"], "\"question\" must be a text");
}

TEST(ApiViews, EveryChoiceOptionCarriesTheValueItStandsFor) {
  json v = call("start", {{"levensgebieden", {"geld"}}});
  EXPECT_EQ(byId(v["question"]["options"], "id", "iemand")["value"], "iemand");
  v = call("answer", {{"session", v["session"]}, {"value", "zelf"}});
  ASSERT_EQ(v["question"]["type"], "yesno");
  EXPECT_EQ(byId(v["question"]["options"], "id", "ja")["value"], true);
  EXPECT_EQ(byId(v["question"]["options"], "id", "nee")["value"], false);
  EXPECT_EQ(byId(v["question"]["options"], "id", "nee")["label"], "Nee");
  json en = call("view", {{"session", v["session"]}, {"language", "en"}});
  EXPECT_EQ(byId(en["question"]["options"], "id", "ja")["label"], "Yes");
}

TEST(ApiViews, FormFieldsCarryTheirOptionsAndValuesAsText) {
  json form = call("form", {{"session", walked()}, {"form", "aanvraag-schulden"}, {"values", {{"geboortedatum", "1980-02-01"}}}});
  ASSERT_FALSE(form.contains("error")) << form.dump();
  std::map<std::string, json> fields;
  for (const json& s : form["sections"])
    for (const json& f : s["fields"]) fields[f["id"]] = f;
  EXPECT_EQ(byId(fields["vermogen"]["options"], "id", "true")["label"], "Ja");
  EXPECT_EQ(byId(fields["vermogen"]["options"], "id", "false")["value"], false);
  EXPECT_EQ(byId(fields["partner"]["options"], "id", "ja")["value"], "ja");
  EXPECT_EQ(fields["zwaar"]["display"], "Ja");
  EXPECT_EQ(fields["niveau"]["display"], "2");
  EXPECT_EQ(fields["geboortedatum"]["display"], "01-02-1980");
  EXPECT_EQ(fields["telefoon"]["display"], "Niet ingevuld");

  json check = call("checkForm", {{"session", walked()}, {"form", "aanvraag-schulden"},
                                  {"values", {{"partner", "nee"}, {"vermogen", "ja"}, {"geboortedatum", "1-2-1980"}, {"akkoord", true}}}});
  EXPECT_EQ(check["display"]["partner"], "Nee");
  EXPECT_EQ(check["display"]["vermogen"], "Ja");
  EXPECT_EQ(check["display"]["geboortedatum"], "01-02-1980");
  EXPECT_EQ(check["display"]["akkoord"], "Ja");
  EXPECT_EQ(check["display"]["iban"], "Niet ingevuld");
  json en = call("checkForm", {{"form", "aanvraag-schulden"}, {"values", {{"partner", "nee"}}}, {"language", "en"}});
  EXPECT_EQ(en["display"]["partner"], "No");
  EXPECT_EQ(en["display"]["iban"], "Not filled in");
}

}  // namespace
}  // namespace ekw
