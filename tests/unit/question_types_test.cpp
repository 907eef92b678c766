// The question-type table (core/content/question_types.h): every type has a name the schema knows, a control a shell
// can draw, and answers the fixture (tests/fixtures/answers.json) gives that the engine takes, while a wrong answer
// gets its plain Dutch message.
#include "core/content/question_types.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "answer_fixture.h"
#include "core/api/engine_api.h"
#include "core/engine/answer_check.h"
#include "core/engine/forms.h"
#include "core/engine/messages.h"
#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;

constexpr NodeType kAllTypes[] = {NodeType::Single, NodeType::Multiple, NodeType::YesNo, NodeType::Number,  NodeType::Date,
                                  NodeType::Postcode, NodeType::Text,  NodeType::Email, NodeType::Outcome};

// A question of `type` as content would give it, with two options where the type has its own.
Node questionOf(NodeType type) {
  Node n;
  n.id = "vraag";
  n.type = type;
  n.text.byLanguage["nl"] = "Een vraag";
  if (questionType(type).options == Options::Own)
    for (const char* id : {"eerste", "tweede"}) {
      Option o;
      o.id = id;
      o.label.byLanguage["nl"] = std::string("Het ") + id + " antwoord";
      n.options.push_back(o);
    }
  return n;
}

TEST(QuestionTypes, EveryTypeHasOneNameThatTheTreeSchemaLists) {
  auto schema = files::readFile(EKW_SOURCE_DIR "/content/schema/tree.schema.json");
  ASSERT_TRUE(schema);
  // The node's "type" enum: the one list in the schema with "outcome" in it.
  std::string text = *schema;
  std::size_t at = text.find("\"outcome\"]");
  ASSERT_NE(at, std::string::npos);
  std::size_t open = text.rfind('[', at);
  json names = json::parse(text.substr(open, at + 10 - open));
  std::set<std::string> seen;
  for (NodeType t : kAllTypes) {
    const char* name = nodeTypeName(t);
    EXPECT_TRUE(seen.insert(name).second) << name << " twice";
    EXPECT_EQ(nodeTypeFromName(name), t) << name;
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name << " is not in tree.schema.json";
  }
  EXPECT_EQ(names.size(), seen.size()) << "tree.schema.json lists a type the engine does not know: " << names.dump();
  EXPECT_FALSE(nodeTypeFromName("telefoonnummer"));
}

TEST(QuestionTypes, EveryQuestionHasAControlAShellDraws) {
  const std::set<std::string> controls = {"choice", "multipleChoice", "text", "number", "date"};
  for (NodeType t : kAllTypes) {
    const QuestionType& q = questionType(t);
    if (t == NodeType::Outcome) {
      EXPECT_EQ(q.control, Control::None);
      continue;
    }
    EXPECT_TRUE(controls.count(controlName(q.control))) << q.name;
    // A choice control has options to draw; a typed answer has none.
    EXPECT_EQ(q.control == Control::Choice || q.control == Control::MultipleChoice, q.options != Options::None) << q.name;
  }
}

TEST(QuestionTypes, TheFixtureAnswersAreTakenAndTheWrongOneGetsItsDutchMessage) {
  const Content& content = testing::sample();
  for (NodeType t : kAllTypes) {
    if (t == NodeType::Outcome) continue;
    Node n = questionOf(t);
    const json& row = testing::answerRow(t);
    for (std::size_t variant = 0; variant < row.value("answers", json::array()).size(); ++variant) {
      json answer = testing::fixtureAnswer(n, variant);
      CheckedAnswer checked = checkAnswer(n, answer, "2026-11-23");
      EXPECT_TRUE(checked.problem.ok()) << nodeTypeName(t) << " " << answer.dump() << ": " << checked.problem.code;
      // What the resident reads back is never empty, and never the raw JSON of a choice.
      std::string shown = answerText(content, n, checked.value, "nl");
      EXPECT_FALSE(shown.empty()) << nodeTypeName(t);
    }
    CheckedAnswer wrong = checkAnswer(n, row["wrong"], "2026-11-23");
    ASSERT_FALSE(wrong.problem.ok()) << nodeTypeName(t) << " takes " << row["wrong"].dump();
    EXPECT_EQ(messageFor(content, wrong.problem, "nl"), row["message"].get<std::string>()) << nodeTypeName(t);
  }
}

TEST(QuestionTypes, AnEmailQuestionTakesAnAddressAndExplainsAWrongOneInDutch) {
  const Content& content = testing::sample();
  Node n = questionOf(NodeType::Email);
  CheckedAnswer ok = checkAnswer(n, "  naam@voorbeeld.nl ", "");
  ASSERT_TRUE(ok.problem.ok());
  EXPECT_EQ(ok.value, "naam@voorbeeld.nl");  // kept as typed, without the spaces around it
  EXPECT_EQ(answerText(content, n, ok.value, "nl"), "naam@voorbeeld.nl");
  for (const char* wrong : {"naam.voorbeeld.nl", "naam@voorbeeld", "naam @voorbeeld.nl", "@voorbeeld.nl"}) {
    CheckedAnswer r = checkAnswer(n, wrong, "");
    EXPECT_EQ(r.problem.code, "email.invalid") << wrong;
    EXPECT_EQ(messageFor(content, r.problem, "nl"), "Vul een e-mailadres in zoals naam@voorbeeld.nl.") << wrong;
    EXPECT_EQ(messageFor(content, r.problem, "en"), "Enter an email address like name@example.nl.") << wrong;
  }
  EXPECT_EQ(checkAnswer(n, "", "").problem.code, "required.text");
  // The shell draws a text box for it, with the browser's help for e-mail addresses.
  EXPECT_EQ(std::string(controlName(questionType(NodeType::Email).control)), "text");
  EXPECT_EQ(std::string(questionType(NodeType::Email).autocomplete), "email");
}

TEST(QuestionTypes, TheApiNamesTheControlAndTheValueOfEachOption) {
  const Content& content = testing::sample();
  json view = api::handle(content, "start", {{"levensgebieden", {"wonen"}}});
  ASSERT_EQ(view["question"]["type"], "postcode");
  EXPECT_EQ(view["question"]["control"], "text");
  EXPECT_EQ(view["question"]["autocomplete"], "postal-code");
  EXPECT_EQ(view["question"]["maxLength"], 7);  // "2011 AB"
  json geld = api::handle(content, "start", {{"levensgebieden", {"geld"}}});
  const json& q = geld["question"];
  EXPECT_EQ(q["control"], q["type"] == "multiple" ? "multipleChoice" : "choice");
  for (const json& o : q["options"]) EXPECT_EQ(o["value"], q["type"] == "yesno" ? json(o["id"] == "ja") : o["id"]);
}

}  // namespace
}  // namespace ekw
