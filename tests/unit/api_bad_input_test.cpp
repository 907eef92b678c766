// Requests the site never sends but saved state, other callers and attackers can: a wrong type gets a plain message
// naming the field (never a library's exception text), a number outside its field's range is refused (never
// converted unchecked), and restoring a session the session reader accepts never fails for its context.
#include "core/api/engine_api.h"

#include <gtest/gtest.h>

#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;
using testing::sample;

json call(const std::string& method, const json& request) { return api::handle(sample(), method, request); }

json startedSession() {
  json v = call("start", {{"levensgebieden", {"geld"}}, {"context", {{"today", "2026-11-23"}, {"age", 40}}}});
  EXPECT_TRUE(v.contains("session")) << v.dump();
  return v["session"];
}

json withAge(json session, const json& age) {
  session["context"]["age"] = age;
  return session;
}

TEST(ApiBadInput, AnAgeOutOfRangeIsRefusedWithAMessageNamingIt) {
  json start = call("start", {{"levensgebieden", {"geld"}}, {"context", {{"age", 1e110}}}});
  EXPECT_EQ(start["error"]["code"], "bad-context");
  EXPECT_EQ(start["error"]["message"], "context.age must be a whole number from 0 to 130 (it is 1e+110)");
  for (const json& age : {json(1e110), json(-1), json(131), json(12.5), json("40")}) {
    json back = call("back", {{"session", withAge(startedSession(), age)}});
    EXPECT_EQ(back["error"]["code"], "bad-session") << age;
    EXPECT_NE(back["error"]["message"].get<std::string>().find("context.age"), std::string::npos) << back.dump();
    json advice = call("advice", {{"session", withAge(startedSession(), age)}});
    EXPECT_EQ(advice["error"]["code"], "bad-session") << age;
  }
  json set = call("setContext", {{"session", startedSession()}, {"context", {{"age", 500}}}});
  EXPECT_EQ(set["error"]["code"], "bad-context");
  EXPECT_EQ(call("back", {{"session", withAge(startedSession(), 130)}}).count("error"), 0u);
}

TEST(ApiBadInput, RestoreKeepsTheAnswersAndDropsAndNamesAContextFieldOutOfRange) {
  json s = startedSession();
  json answered = call("answer", {{"session", s}, {"unknown", true}});
  ASSERT_TRUE(answered.contains("session")) << answered.dump();
  json saved = withAge(answered["session"], 1e110);
  saved["context"]["today"] = "31-12-2026";
  json r = call("restore", {{"session", saved}});
  ASSERT_FALSE(r.contains("error")) << r.dump();
  EXPECT_EQ(r["session"]["answers"], answered["session"]["answers"]);
  ASSERT_EQ(r["restored"]["droppedContext"].size(), 2u);
  EXPECT_EQ(r["restored"]["droppedContext"][0]["field"], "age");
  EXPECT_EQ(r["restored"]["droppedContext"][1]["field"], "today");
  EXPECT_FALSE(r["session"]["context"].contains("age"));
  EXPECT_EQ(call("back", {{"session", r["session"]}}).count("error"), 0u) << "the restored session is usable";
}

TEST(ApiBadInput, AFieldOfTheWrongTypeIsNamedInPlainWords) {
  EXPECT_EQ(call("overview", {{"language", 5}})["error"]["message"], "\"language\" must be a text");
  EXPECT_EQ(call("answer", {{"session", startedSession()}, {"unknown", "ja"}})["error"]["message"],
            "\"unknown\" must be true or false");
  EXPECT_EQ(call("services", {{"limit", -1}})["error"]["message"], "\"limit\" must be a whole number from 0 to 100000");
  EXPECT_EQ(call("checkForm", {{"form", "aanvraag-schulden"}, {"values", json::array()}})["error"]["message"],
            "\"values\" must be an object");
  EXPECT_EQ(call("start", {{"levensgebieden", {"geld"}}, {"context", "noord"}})["error"]["message"],
            "\"context\" must be an object");
  EXPECT_EQ(call("services", {{"query", json::array()}})["error"]["message"], "\"query\" must be a text");
}

// Every method, every request field, every wrong kind of value: an object back, and a refusal in plain words.
TEST(ApiBadInput, NoMethodAnswersInALibrarysWords) {
  const std::vector<std::string> methods = api::methodNames();
  const std::vector<std::string> fields = {"session", "value", "unknown", "skip", "context", "person", "language",
                                           "text", "levensgebieden", "query", "wijk", "limit", "template", "kind",
                                           "naam", "form", "values", "levensgebied", "forms", "notes", "question"};
  const std::vector<json> wrong = {json(42), json("x"), json::array({1}), json::object({{"a", 1}}), json(true),
                                   json(1e308), json(-1)};
  json good = {{"session", startedSession()}, {"levensgebieden", {"geld"}}, {"form", "aanvraag-schulden"}, {"template", "boodschappen"}};
  int calls = 0;
  for (const std::string& m : methods)
    for (const std::string& f : fields)
      for (const json& w : wrong) {
        json request = good;
        request[f] = w;
        json r = call(m, request);
        ++calls;
        ASSERT_TRUE(r.is_object()) << m << " " << f;
        if (!r.contains("error")) continue;
        std::string message = r["error"].value("message", "");
        EXPECT_FALSE(message.empty()) << m << " " << f << "=" << w;
        EXPECT_EQ(message.find("json.exception"), std::string::npos) << m << " " << f << "=" << w << ": " << message;
        EXPECT_EQ(message.find("type_error"), std::string::npos) << m << " " << f << "=" << w << ": " << message;
        EXPECT_EQ(message.find("type must be"), std::string::npos) << m << " " << f << "=" << w << ": " << message;
      }
  EXPECT_GE(methods.size(), 14u);
  EXPECT_EQ(calls, static_cast<int>(methods.size() * fields.size() * wrong.size()));
}

}  // namespace
}  // namespace ekw
