// A resident's session: the levensgebieden they chose, their answers and where they are. The state is small and
// serialisable; everything else (the path, facts, levels, the current question) is derived by walking the
// answers through the trees, so it can never disagree with the answers.
//
// Cost (issue 12): an API call decodes the session once (sessionFromJson, which walks it once) and every later step
// of the call reuses that Walk. Answering the current question moves the walk on from where it stopped (walkOn)
// instead of replaying from the start; only answering an earlier question after "back" walks again from the start.
// The rule data (Walk::data) is updated in place as the walk moves, never rebuilt from copies.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/model.h"
#include "core/engine/messages.h"

namespace ekw {

inline constexpr const char* kSessionFormat = "ekw-session/1";

struct SessionState {
  std::vector<std::string> levensgebieden;           // chosen, in the order they are walked
  nlohmann::json answers = nlohmann::json::object();  // question id -> value (null: "weet ik niet" or skipped)
  nlohmann::json context = nlohmann::json::object();  // wijk, age, forSomeoneElse, today, targetGroups
  nlohmann::json person = nlohmann::json::object();   // BRP-shaped, where the portal provides one
  std::optional<std::size_t> cursor;                  // after "back": index into Walk::steps of the question shown
};

struct Step {
  const Tree* tree = nullptr;
  const Node* node = nullptr;  // an answered question or a reached outcome
};

// What the answers mean, derived by walking them.
struct Walk {
  std::vector<Step> steps;
  const Node* current = nullptr;  // the first unanswered question; null when every tree reached an outcome
  const Tree* currentTree = nullptr;
  std::size_t currentLevensgebied = 0;  // index into SessionState::levensgebieden of currentTree
  nlohmann::json facts = nlohmann::json::object();
  std::map<std::string, const Node*> outcomes;  // levensgebied -> outcome reached
  std::size_t treesDone = 0;
  // The data rules read: {answers (those on the path so far), facts, profile, context, person, unknown (the
  // levensgebieden whose outcome rests mostly on "weet ik niet", core/engine/known.h)}.
  nlohmann::json data;

  bool done() const { return current == nullptr; }
  // The question to show: the one the cursor points at after "back", else the current one.
  const Node* shown(const SessionState& s) const;
  const Tree* shownTree(const SessionState& s) const;
};

// The data rules read: answers on the path, facts, profile, context, person (the walk's own, not a copy).
const nlohmann::json& ruleData(const SessionState& state, const Walk& walk);

// Walks the answers from the start of the first tree to the first unanswered question (or the end).
Walk replay(const Content& content, const SessionState& state);
// Moves a walk that stopped at its current question on through the answers given since, in place.
void walkOn(const Content& content, const SessionState& state, Walk& walk);

struct Progress {
  std::size_t answered = 0;
  std::size_t remainingMin = 0, remainingMax = 0;
  std::size_t remaining() const { return (remainingMin + remainingMax + 1) / 2; }
  int percent() const;
};
Progress progressOf(const Content& content, const SessionState& state, const Walk& walk);

// Answers the shown question. `unknown` is "Weet ik niet", `skip` skips an optional question. On a problem the
// state is unchanged. `walk` is the walk of `state` and is moved on to match the new state.
// A changed answer keeps every later answer whose question can still be reached (issue 8 item 5): when the change
// inserts new questions, the answers after them wait and are used when the walk gets there. Answers to questions
// the new path has passed by or can no longer reach are dropped.
Problem answerQuestion(const Content& content, SessionState& state, Walk& walk, const nlohmann::json& value, bool unknown,
                       bool skip);
Problem answerQuestion(const Content& content, SessionState& state, const nlohmann::json& value, bool unknown, bool skip);

// Goes back one question; false when there is none before.
bool goBack(const Content& content, SessionState& state, const Walk& walk);
bool goBack(const Content& content, SessionState& state);
// Shows the question `questionId` when it is an answered question on the path or the current one (a "Wijzigen" link,
// the browser's back and forward buttons); false, and the state unchanged, when the path does not pass it.
bool goTo(SessionState& state, const Walk& walk, const std::string& questionId);

// Serialisation.
nlohmann::json sessionToJson(const Content& content, const SessionState& state);
struct DroppedAnswer {
  std::string question;
  std::string reason;
};
// Restores a saved session against (possibly changed) content: keeps every answer whose question and option still
// exist and still pass the checks, reports the others. Returns false with `error` set for something that is no
// session at all. `walk`, when given, receives the walk of the restored state (so a call decodes and walks once).
bool sessionFromJson(const Content& content, const nlohmann::json& j, SessionState& state,
                     std::vector<DroppedAnswer>& dropped, std::string& error, Walk* walk = nullptr);

}  // namespace ekw
