// Live sessions (core/engine/live_sessions.h): a call on the session the engine last answered with reuses its walk.
// Every response must be exactly what decoding the session JSON and walking its answers gives.
#include "core/engine/live_sessions.h"

#include <gtest/gtest.h>

#include "core/api/engine_api.h"
#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;

// The same call twice: once as it comes (a live session may answer), once after forgetting every live session (the
// session is decoded from its JSON and walked from the start). Returns the first; the test fails when they differ.
json callBothWays(const Content& content, const std::string& method, const json& request) {
  json live = api::handle(content, method, request);
  forgetLiveSessions(content);
  json decoded = api::handle(content, method, request);
  EXPECT_EQ(live, decoded) << method << " " << request.dump();
  // Make the first response's session live again, as it would be without the comparison.
  forgetLiveSessions(content);
  return api::handle(content, method, request);
}

// An answer for the question as the view shows it; `turn` varies the choice and brings in "weet ik niet".
json answerRequest(const json& view, int turn) {
  const json& q = view["question"];
  json request{{"session", view["session"]}};
  if (q.value("allowUnknown", false) && turn % 5 == 4) {
    request["unknown"] = true;
    return request;
  }
  const std::string type = q["type"];
  const json& options = q["options"];
  if (type == "single" || type == "yesno") {
    json id = options[static_cast<std::size_t>(turn) % options.size()]["id"];
    request["value"] = type == "yesno" ? json(id == "ja") : id;
  } else if (type == "multiple") {
    request["value"] = json::array({options[static_cast<std::size_t>(turn) % options.size()]["id"]});
  } else if (type == "number") {
    request["value"] = 40 + turn;
  } else if (type == "postcode") {
    request["value"] = "2011 AB";
  } else if (type == "date") {
    request["value"] = "1950-06-01";
  } else {
    request["value"] = "Het lukt niet meer alleen.";
  }
  return request;
}

TEST(LiveSession, EveryClickGivesWhatDecodingTheSessionGives) {
  const Content& content = testing::haarlemContent().content.operator*();
  json overview = api::handle(content, "overview", json::object());
  json lgs = json::array();
  for (const json& lg : overview["levensgebieden"])
    if (lgs.size() < 4) lgs.push_back(lg["id"]);
  for (int variant = 0; variant < 3; ++variant) {
    json view = api::handle(content, "start", {{"levensgebieden", lgs}, {"context", {{"today", "2026-11-23"}, {"age", 70}}}});
    ASSERT_FALSE(view.contains("error")) << view.dump();
    int clicks = 0;
    for (int turn = variant; !view["done"].get<bool>() && clicks < 300; ++turn, ++clicks) {
      if (turn % 7 == 3 && view["canGoBack"].get<bool>()) {
        // Back, then answer the earlier question differently: the walk starts again from there.
        view = callBothWays(content, "back", {{"session", view["session"]}});
        view = callBothWays(content, "answer", answerRequest(view, turn + 1));
        continue;
      }
      if (turn % 11 == 5) callBothWays(content, "answer", {{"session", view["session"]}, {"value", json::object()}});
      view = callBothWays(content, "answer", answerRequest(view, turn));
      ASSERT_FALSE(view.contains("error")) << view.dump();
    }
    EXPECT_TRUE(view["done"].get<bool>()) << "variant " << variant << " did not finish in " << clicks << " clicks";
    callBothWays(content, "advice", {{"session", view["session"]}});
  }
}

TEST(LiveSession, AnEditedSessionIsDecodedNotTakenForTheLiveOne) {
  const Content& content = testing::sample();
  json v = api::handle(content, "start", {{"levensgebieden", {"geld"}}});
  v = api::handle(content, "answer", {{"session", v["session"]}, {"value", "zelf"}});
  ASSERT_EQ(v["question"]["id"], "geld-schulden");
  // The caller changes the first answer in the saved JSON: the live walk (after "zelf") must not be used.
  json edited = v["session"];
  edited["answers"]["geld-zelf"] = "niemand";
  json fromEdited = api::handle(content, "view", {{"session", edited}});
  forgetLiveSessions(content);
  EXPECT_EQ(fromEdited, api::handle(content, "view", {{"session", edited}}));
  EXPECT_EQ(fromEdited["session"]["answers"]["geld-zelf"], "niemand");
}

}  // namespace
}  // namespace ekw
