// The session engine on the sample content: what a resident notices when answering, going back, saving and resuming.
#include "core/engine/session.h"

#include <gtest/gtest.h>

#include "core/api/engine_api.h"
#include "answer_fixture.h"
#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;
using testing::sample;

SessionState started(std::vector<std::string> levensgebieden) {
  SessionState s;
  s.levensgebieden = std::move(levensgebieden);
  s.context = {{"today", "2026-11-23"}};
  return s;
}

const Node* shown(const SessionState& s) { return replay(sample(), s).shown(s); }

void answer(SessionState& s, const json& value) {
  Problem p = answerQuestion(sample(), s, value, false, false);
  ASSERT_TRUE(p.ok()) << p.code;
}

TEST(Session, AsksTheFirstQuestionOfTheFirstLevensgebied) {
  SessionState s = started({"geld", "wonen"});
  ASSERT_NE(shown(s), nullptr);
  EXPECT_EQ(shown(s)->id, "geld-zelf");
}

TEST(Session, FollowsOptionBranchesThenTheNextTree) {
  SessionState s = started({"geld", "wonen"});
  answer(s, "zelf");
  answer(s, false);  // no debts: the "nee" option skips the amount
  EXPECT_EQ(shown(s)->id, "geld-hulp");
  answer(s, json::array({"familie"}));
  Walk w = replay(sample(), s);
  EXPECT_EQ(w.outcomes.at("geld")->id, "geld-goed");
  EXPECT_EQ(shown(s)->id, "wonen-postcode");
}

TEST(Session, RuleBranchesReadEarlierAnswers) {
  SessionState s = started({"geld"});
  answer(s, "niemand");
  answer(s, true);
  answer(s, 12000);
  answer(s, json::array({"niemand"}));
  Walk w = replay(sample(), s);
  ASSERT_TRUE(w.done());
  EXPECT_EQ(w.outcomes.at("geld")->id, "geld-zwaar");
  EXPECT_EQ(w.outcomes.at("geld")->level, 2);
  EXPECT_EQ(w.facts["problematische-schulden"], true);
}

TEST(Session, AWrongAnswerKeepsEverythingAndSaysWhyInDutch) {
  SessionState s = started({"geld"});
  answer(s, "zelf");
  answer(s, true);
  SessionState before = s;
  Problem p = answerQuestion(sample(), s, "veel", false, false);
  EXPECT_EQ(p.code, "number.invalid");
  EXPECT_EQ(messageFor(sample(), p, "nl"), "Vul een getal in, bijvoorbeeld 12.");
  EXPECT_EQ(s.answers, before.answers);
  p = answerQuestion(sample(), s, -5, false, false);
  EXPECT_EQ(messageFor(sample(), p, "nl"), "Vul een getal in van 0 tot en met 1000000.");
  p = answerQuestion(sample(), s, 12.5, false, false);
  EXPECT_EQ(p.code, "number.integer");
}

TEST(Session, WeetIkNietOnlyWhereAllowed) {
  SessionState s = started({"geld"});
  EXPECT_EQ(answerQuestion(sample(), s, nullptr, true, false).code, "answer.notAllowedUnknown");
  answer(s, "zelf");
  EXPECT_TRUE(answerQuestion(sample(), s, nullptr, true, false).ok());  // "Heeft u schulden?" allows it
  EXPECT_TRUE(s.answers["geld-schulden"].is_null());
  EXPECT_EQ(shown(s)->id, "geld-hulp");  // unknown follows the node's own next
}

TEST(Session, BackShowsThePreviousAnswerAndAChangedAnswerDropsWhatNoLongerApplies) {
  SessionState s = started({"geld"});
  answer(s, "zelf");
  answer(s, true);
  answer(s, 3000);
  ASSERT_EQ(shown(s)->id, "geld-hulp");
  ASSERT_TRUE(goBack(sample(), s));
  EXPECT_EQ(shown(s)->id, "geld-hoogte");
  ASSERT_TRUE(goBack(sample(), s));
  EXPECT_EQ(shown(s)->id, "geld-schulden");
  EXPECT_EQ(s.answers["geld-schulden"], true);  // still there, to show as the chosen answer
  answer(s, false);  // now "no debts": the amount no longer applies
  EXPECT_FALSE(s.answers.contains("geld-hoogte"));
  EXPECT_EQ(s.answers["geld-zelf"], "zelf");  // the rest is kept
  EXPECT_EQ(shown(s)->id, "geld-hulp");
}

TEST(Session, BackAndTheSameAnswerReturnsToWhereTheResidentWas) {
  SessionState s = started({"geld"});
  answer(s, "zelf");
  answer(s, true);
  answer(s, 3000);
  goBack(sample(), s);
  goBack(sample(), s);
  answer(s, true);
  EXPECT_EQ(s.answers["geld-hoogte"], 3000);
  EXPECT_EQ(shown(s)->id, "geld-hulp");
}

TEST(Session, NoBackBeforeTheFirstQuestion) {
  SessionState s = started({"geld"});
  EXPECT_FALSE(goBack(sample(), s));
}

TEST(Session, ProgressCountsAnsweredAndEstimatesWhatIsLeft) {
  SessionState s = started({"geld", "veiligheid"});
  Progress p = progressOf(sample(), s, replay(sample(), s));
  EXPECT_EQ(p.answered, 0u);
  EXPECT_EQ(p.remainingMin, 4u);  // geld: 3 at least, veiligheid: 1
  EXPECT_EQ(p.remainingMax, 5u);
  answer(s, "zelf");
  p = progressOf(sample(), s, replay(sample(), s));
  EXPECT_EQ(p.answered, 1u);
  EXPECT_GT(p.percent(), 0);
}

TEST(Session, SavesAndRestoresEveryAnswer) {
  SessionState s = started({"geld", "wonen"});
  answer(s, "iemand");
  answer(s, true);
  json saved = sessionToJson(sample(), s);
  EXPECT_EQ(saved["format"], "ekw-session/1");
  EXPECT_EQ(saved["content"]["id"], "sample");
  SessionState restored;
  std::vector<DroppedAnswer> dropped;
  std::string error;
  ASSERT_TRUE(sessionFromJson(sample(), json::parse(saved.dump()), restored, dropped, error));
  EXPECT_TRUE(dropped.empty());
  EXPECT_EQ(restored.answers, s.answers);
  EXPECT_EQ(shown(restored)->id, "geld-hoogte");
}

TEST(Session, RestoringAgainstChangedContentKeepsWhatStillExistsAndReportsTheRest) {
  json saved{{"format", "ekw-session/1"},
             {"levensgebieden", {"geld", "verdwenen"}},
             {"answers", {{"geld-zelf", "zelf"}, {"geld-schulden", true}, {"oude-vraag", "x"}, {"geld-hoogte", "veel"}}}};
  SessionState s;
  std::vector<DroppedAnswer> dropped;
  std::string error;
  ASSERT_TRUE(sessionFromJson(sample(), saved, s, dropped, error));
  EXPECT_EQ(s.levensgebieden, std::vector<std::string>{"geld"});
  EXPECT_EQ(s.answers, (json{{"geld-zelf", "zelf"}, {"geld-schulden", true}}));
  ASSERT_EQ(dropped.size(), 3u);
  EXPECT_EQ(dropped[0].question, "verdwenen");
  EXPECT_EQ(dropped[1].question, "geld-hoogte");
  EXPECT_EQ(dropped[2].question, "oude-vraag");
  EXPECT_FALSE(sessionFromJson(sample(), json{{"answers", {}}}, s, dropped, error));
  EXPECT_NE(error.find("not a saved session"), std::string::npos);
}

TEST(Session, AnOptionsFactsApplyAtOnce) {
  SessionState s = started({"veiligheid", "geld"});
  answer(s, "nee");
  Walk w = replay(sample(), s);
  EXPECT_EQ(w.facts["onveilig"], true);
}


// Issue 8 item 5: going back and changing an answer keeps every later answer whose question is still on the path.

// geld answered without debts (the amount skipped), then the whole wonen tree.
SessionState geldWithoutDebtsThenWonen() {
  SessionState s = started({"geld", "wonen"});
  answer(s, "zelf");
  answer(s, false);
  answer(s, json::array({"familie"}));
  answer(s, "2011 AB");
  answer(s, "2020-05-01");
  answer(s, "De trap is te steil.");
  return s;
}

TEST(SessionBack, AChangeThatInsertsAQuestionKeepsTheAnswersAfterIt) {
  SessionState s = geldWithoutDebtsThenWonen();
  ASSERT_EQ(shown(s)->id, "wonen-trap");
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(goBack(sample(), s));
  ASSERT_EQ(shown(s)->id, "geld-schulden");
  answer(s, true);  // debts after all: "how much" is inserted before "who helps"
  EXPECT_EQ(shown(s)->id, "geld-hoogte");
  EXPECT_EQ(s.answers["geld-hulp"], json::array({"familie"}));  // waiting, not lost
  EXPECT_EQ(s.answers["wonen-postcode"], "2011AB");  // stored normalised
  EXPECT_EQ(s.answers["wonen-probleem"], "De trap is te steil.");
  answer(s, 3000);
  // The walk goes on through the answers already given, to the first question nobody answered.
  EXPECT_EQ(shown(s)->id, "wonen-trap");
  Walk w = replay(sample(), s);
  EXPECT_EQ(w.outcomes.at("geld")->id, "geld-licht");  // the new path decides the outcome
  EXPECT_EQ(progressOf(sample(), s, w).answered, 7u);
}

TEST(SessionBack, AWaitingAnswerDoesNotCountBeforeTheWalkReachesIt) {
  SessionState s = geldWithoutDebtsThenWonen();
  for (int i = 0; i < 5; ++i) goBack(sample(), s);
  answer(s, true);
  Walk w = replay(sample(), s);
  EXPECT_FALSE(ruleData(s, w)["answers"].contains("geld-hulp"));  // rules only see answers on the path so far
  EXPECT_FALSE(w.outcomes.count("geld"));
  EXPECT_EQ(progressOf(sample(), s, w).answered, 2u);
}

TEST(SessionBack, AChangeThatRemovesAQuestionDropsOnlyThatAnswer) {
  SessionState s = started({"geld", "wonen"});
  answer(s, "zelf");
  answer(s, true);
  answer(s, 8000);
  answer(s, json::array({"niemand"}));
  answer(s, "2011 AB");
  for (int i = 0; i < 4; ++i) goBack(sample(), s);
  ASSERT_EQ(shown(s)->id, "geld-schulden");
  answer(s, false);
  EXPECT_FALSE(s.answers.contains("geld-hoogte"));
  EXPECT_EQ(s.answers["geld-hulp"], json::array({"niemand"}));
  EXPECT_EQ(s.answers["wonen-postcode"], "2011AB");  // stored normalised
  EXPECT_EQ(shown(s)->id, "wonen-sinds");
  EXPECT_EQ(replay(sample(), s).outcomes.at("geld")->id, "geld-goed");
}

TEST(SessionBack, AChangeInAnEarlierTreeKeepsTheLaterTrees) {
  SessionState s = started({"veiligheid", "geld"});
  answer(s, "ja");
  answer(s, "zelf");
  answer(s, false);
  goBack(sample(), s);
  goBack(sample(), s);
  goBack(sample(), s);
  ASSERT_EQ(shown(s)->id, "veilig-thuis");
  answer(s, "nee");
  EXPECT_EQ(s.answers["geld-zelf"], "zelf");
  EXPECT_EQ(s.answers["geld-schulden"], false);
  EXPECT_EQ(shown(s)->id, "geld-hulp");
  EXPECT_EQ(replay(sample(), s).facts["onveilig"], true);
}

TEST(SessionBack, AReorderedPathKeepsEveryAnswerStillOnIt) {
  // The levensgebieden in another order (veiligheid moved first): every answer still has its question.
  SessionState s = geldWithoutDebtsThenWonen();
  json saved = sessionToJson(sample(), s);
  saved["levensgebieden"] = {"veiligheid", "wonen", "geld"};
  SessionState restored;
  std::vector<DroppedAnswer> dropped;
  std::string error;
  ASSERT_TRUE(sessionFromJson(sample(), saved, restored, dropped, error));
  EXPECT_TRUE(dropped.empty());
  EXPECT_EQ(restored.answers, s.answers);
  EXPECT_EQ(shown(restored)->id, "veilig-thuis");
  answer(restored, "ja");
  EXPECT_EQ(shown(restored)->id, "wonen-trap");

  // The questions of a tree in another order (content changed): the answers follow their questions.
  Content reordered = sample();
  for (Tree& t : reordered.trees)
    for (Node& n : t.nodes) {
      if (n.id == "wonen-postcode") n.next.branches[0].target = "wonen-probleem";
      if (n.id == "wonen-probleem") n.next.branches[0].target = "wonen-sinds";
      if (n.id == "wonen-sinds") n.next.branches[0].target = "wonen-trap";
    }
  reordered.index();
  SessionState partial = started({"wonen"});
  partial.answers = {{"wonen-postcode", "2011 AB"}, {"wonen-sinds", "2020-05-01"}};
  ASSERT_TRUE(sessionFromJson(reordered, sessionToJson(reordered, partial), restored, dropped, error));
  EXPECT_TRUE(dropped.empty());
  Walk w = replay(reordered, restored);
  EXPECT_EQ(w.shown(restored)->id, "wonen-probleem");  // now asked before "since when"
  ASSERT_TRUE(answerQuestion(reordered, restored, w, "Te weinig ruimte.", false, false).ok());
  EXPECT_EQ(w.shown(restored)->id, "wonen-trap");  // "since when" was answered already
  EXPECT_EQ(restored.answers["wonen-sinds"], "2020-05-01");
}

// The walk an answer moves on in place agrees with walking the whole session again, at every step.
TEST(SessionWalk, MovingOnInPlaceAgreesWithAFullReplay) {
  const Content& content = *ekw::testing::haarlemContent().content;
  std::vector<std::string> all;
  for (const Levensgebied& lg : content.levensgebieden)
    if (content.treeFor(lg.id)) all.push_back(lg.id);
  for (std::size_t variant = 0; variant < 3; ++variant) {
    SessionState s;
    s.levensgebieden = all;
    s.context = {{"today", "2026-11-23"}, {"age", 40}};
    Walk walk = replay(content, s);
    for (int guard = 0; walk.current && guard < 1000; ++guard) {
      const Node& q = *walk.current;
      json value = testing::fixtureAnswer(q, guard + variant);
      bool unknown = false;
      if (q.allowUnknown && (guard + variant) % 5 == 0) unknown = true;
      if (!answerQuestion(content, s, walk, value, unknown, !unknown && q.optional && q.type == NodeType::Text).ok()) {
        ASSERT_TRUE(answerQuestion(content, s, walk, nullptr, false, true).ok() ||
                    answerQuestion(content, s, walk, nullptr, true, false).ok())
            << q.id;
      }
      Walk fresh = replay(content, s);
      ASSERT_EQ(walk.steps.size(), fresh.steps.size());
      ASSERT_EQ(walk.current, fresh.current);
      ASSERT_EQ(walk.facts, fresh.facts);
      ASSERT_EQ(walk.data, fresh.data);
    }
    EXPECT_TRUE(walk.done());
  }
}

}  // namespace
}  // namespace ekw
