#include "core/engine/session.h"

#include <algorithm>
#include <functional>
#include <unordered_set>

#include "core/engine/answer_check.h"
#include "core/engine/known.h"

namespace ekw {

using nlohmann::json;

const Node* Walk::shown(const SessionState& s) const {
  if (s.cursor && *s.cursor < steps.size()) return steps[*s.cursor].node;
  return current;
}
const Tree* Walk::shownTree(const SessionState& s) const {
  if (s.cursor && *s.cursor < steps.size()) return steps[*s.cursor].tree;
  return currentTree;
}

namespace {

std::string today(const SessionState& s) {
  auto it = s.context.find("today");
  return it != s.context.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Where `next` leads with these data, or "" when nowhere.
std::string follow(const Next& next, const json& data) {
  for (const Branch& b : next.branches)
    if (!b.when || rules::truthy(b.when->apply(data))) return b.target;
  return "";
}

std::string nextOf(const Node& node, const json& answer, bool answeredKnown, const json& data) {
  if (answeredKnown) {
    const Option* chosen = nullptr;
    if (questionType(node.type).optionNext) {  // a yes/no answer is true or false; its options are "ja" and "nee"
      if (answer.is_string()) chosen = node.option(answer.get<std::string>());
      if (answer.is_boolean()) chosen = node.option(answer.get<bool>() ? "ja" : "nee");
    }
    if (chosen && !chosen->next.empty()) return follow(chosen->next, data);
  }
  return follow(node.next, data);
}

}  // namespace

const json& ruleData(const SessionState&, const Walk& walk) { return walk.data; }

namespace {

void setFacts(Walk& walk, const json& more) {
  json& dataFacts = walk.data["facts"];
  for (auto it = more.begin(); it != more.end(); ++it) {
    walk.facts[it.key()] = *it;
    dataFacts[it.key()] = *it;
  }
}

// Facts set by the options chosen in `answer`.
void optionFacts(const Node& node, const json& answer, Walk& walk) {
  if (answer.is_string()) {
    if (const Option* o = node.option(answer.get<std::string>())) setFacts(walk, o->facts);
  } else if (answer.is_boolean()) {
    if (const Option* o = node.option(answer.get<bool>() ? "ja" : "nee")) setFacts(walk, o->facts);
  } else if (answer.is_array()) {
    for (const json& a : answer)
      if (a.is_string())
        if (const Option* o = node.option(a.get<std::string>())) setFacts(walk, o->facts);
  }
}

}  // namespace

Walk replay(const Content& content, const SessionState& state) {
  Walk walk;
  walk.data = json{{"answers", json::object()}, {"facts", json::object()}, {"profile", json::object()},
                   {"context", state.context}, {"person", state.person}, {"unknown", json::object()}};
  walkOn(content, state, walk);
  return walk;
}

void walkOn(const Content& content, const SessionState& state, Walk& walk) {
  // Resume at the question the walk stopped at, or start the first tree.
  const Node* resume = walk.current;
  std::size_t lgIndex = resume ? walk.currentLevensgebied : 0;
  walk.current = nullptr;
  walk.currentTree = nullptr;
  json& pathAnswers = walk.data["answers"];
  for (; lgIndex < state.levensgebieden.size(); ++lgIndex) {
    const std::string& lg = state.levensgebieden[lgIndex];
    const Tree* tree = content.treeFor(lg);
    if (!tree) continue;
    const Node* node = resume ? resume : tree->node(tree->start);
    resume = nullptr;
    std::size_t guard = tree->nodes.size() + 1;  // validated trees have no cycles; this keeps bad content finite
    while (node && guard-- > 0) {
      if (!node->isQuestion()) {
        walk.steps.push_back({tree, node});
        walk.outcomes[lg] = node;
        setFacts(walk, node->facts);
        walk.data["profile"][lg] = node->level;
        // Its steps are all walked now: whether it rests mostly on "weet ik niet" is settled (advice rules read it).
        if (!knowledgeOf(state, walk, lg).known()) walk.data["unknown"][lg] = true;
        ++walk.treesDone;
        break;
      }
      auto it = state.answers.find(node->id);
      if (it == state.answers.end()) {
        walk.current = node;
        walk.currentTree = tree;
        walk.currentLevensgebied = lgIndex;
        return;
      }
      walk.steps.push_back({tree, node});
      optionFacts(*node, *it, walk);
      pathAnswers[node->id] = *it;
      node = tree->node(nextOf(*node, *it, !it->is_null(), walk.data));
    }
    if (!walk.outcomes.count(lg)) ++walk.treesDone;  // a dead end in bad content: move on rather than hang
  }
}

namespace {

// Every target a node can lead to, whatever the answers.
template <typename F>
void forEachTarget(const Node& node, F&& f) {
  for (const Branch& b : node.next.branches) f(b.target);
  for (const Option& o : node.options)
    for (const Branch& b : o.next.branches) f(b.target);
}

// Drops the answers that are neither on the walked path nor on a question the walk can still reach from where it
// stopped (the rest of the current tree from its current question, and every later tree); returns their ids.
// The common case (every answer on the path) costs one comparison.
std::vector<std::string> keepAnswersOnPath(const Content& content, SessionState& state, const Walk& walk) {
  std::size_t onPath = 0;
  for (const Step& s : walk.steps) onPath += s.node->isQuestion() ? 1 : 0;
  if (state.answers.size() == onPath) return {};
  std::unordered_set<const Node*> keep;
  for (const Step& s : walk.steps) keep.insert(s.node);
  if (walk.current) {
    std::vector<const Node*> todo{walk.current};
    while (!todo.empty()) {
      const Node* n = todo.back();
      todo.pop_back();
      if (!n || !keep.insert(n).second) continue;
      forEachTarget(*n, [&](const std::string& t) { todo.push_back(walk.currentTree->node(t)); });
    }
    for (std::size_t i = walk.currentLevensgebied + 1; i < state.levensgebieden.size(); ++i)
      if (const Tree* t = content.treeFor(state.levensgebieden[i]))
        for (const Node& n : t->nodes) keep.insert(&n);
  }
  std::vector<std::string> dropped;
  for (auto it = state.answers.begin(); it != state.answers.end();) {
    const Node* n = content.node(it.key());
    if (n && keep.count(n)) {
      ++it;
    } else {
      dropped.push_back(it.key());
      it = state.answers.erase(it);
    }
  }
  return dropped;
}

}  // namespace

int Progress::percent() const {
  std::size_t total = answered + remaining();
  return total == 0 ? 100 : static_cast<int>((answered * 100) / total);
}

Progress progressOf(const Content& content, const SessionState& state, const Walk& walk) {
  Progress p;
  for (const Step& s : walk.steps)
    if (s.node->isQuestion()) ++p.answered;
  if (walk.done()) return p;
  // Spans are computed once per tree when the content is indexed (Node::spanMin/spanMax).
  p.remainingMin = walk.current->spanMin;
  p.remainingMax = walk.current->spanMax;
  for (std::size_t i = walk.currentLevensgebied + 1; i < state.levensgebieden.size(); ++i)
    if (const Tree* t = content.treeFor(state.levensgebieden[i]))
      if (const Node* start = t->node(t->start)) {
        p.remainingMin += start->spanMin;
        p.remainingMax += start->spanMax;
      }
  return p;
}

Problem answerQuestion(const Content& content, SessionState& state, Walk& walk, const json& value, bool unknown,
                       bool skip) {
  const Node* node = walk.shown(state);
  if (!node) return {"answer.noQuestion", {}};
  json stored;
  if (unknown) {
    if (!node->allowUnknown) return {"answer.notAllowedUnknown", {}};
    stored = nullptr;
  } else if (skip) {
    if (!node->optional) return {"answer.notOptional", {}};
    stored = nullptr;
  } else {
    CheckedAnswer checked = checkAnswer(*node, value, today(state));
    if (!checked.problem.ok()) return checked.problem;
    stored = std::move(checked.value);
  }
  // Answering the current question moves the walk on from there; answering an earlier one (after "back") can change
  // everything after it, so the walk starts again.
  bool atCurrent = !state.cursor && node == walk.current;
  state.answers[node->id] = std::move(stored);
  state.cursor.reset();
  if (atCurrent) walkOn(content, state, walk);
  else walk = replay(content, state);
  // A changed answer can take the resident down another branch: drop what can no longer be reached.
  keepAnswersOnPath(content, state, walk);
  return {};
}

Problem answerQuestion(const Content& content, SessionState& state, const json& value, bool unknown, bool skip) {
  Walk walk = replay(content, state);
  return answerQuestion(content, state, walk, value, unknown, skip);
}

bool goBack(const Content&, SessionState& state, const Walk& walk) {
  std::size_t from = state.cursor ? *state.cursor : walk.steps.size();
  for (std::size_t i = std::min(from, walk.steps.size()); i-- > 0;) {
    if (walk.steps[i].node->isQuestion()) {
      state.cursor = i;
      return true;
    }
  }
  return false;
}

bool goBack(const Content& content, SessionState& state) { return goBack(content, state, replay(content, state)); }

bool goTo(SessionState& state, const Walk& walk, const std::string& questionId) {
  if (walk.current && walk.current->id == questionId) {
    state.cursor.reset();
    return true;
  }
  for (std::size_t i = 0; i < walk.steps.size(); ++i) {
    if (walk.steps[i].node->isQuestion() && walk.steps[i].node->id == questionId) {
      state.cursor = i;
      return true;
    }
  }
  return false;
}

json sessionToJson(const Content& content, const SessionState& state) {
  json j{{"format", kSessionFormat},
         {"content", {{"id", content.id}, {"version", content.version}}},
         {"levensgebieden", state.levensgebieden},
         {"answers", state.answers},
         {"context", state.context},
         {"person", state.person}};
  if (state.cursor) j["cursor"] = *state.cursor;
  return j;
}

bool sessionFromJson(const Content& content, const json& j, SessionState& state, std::vector<DroppedAnswer>& dropped,
                     std::string& error, Walk* walkOut) {
  if (!j.is_object() || j.value("format", "") != kSessionFormat) {
    error = std::string("this is not a saved session (expected \"format\": \"") + kSessionFormat + "\")";
    return false;
  }
  state = SessionState{};
  if (j.contains("levensgebieden") && j["levensgebieden"].is_array())
    for (const json& lg : j["levensgebieden"]) {
      if (!lg.is_string()) continue;
      if (content.levensgebied(lg.get<std::string>()) && content.treeFor(lg.get<std::string>()))
        state.levensgebieden.push_back(lg.get<std::string>());
      else
        dropped.push_back({lg.get<std::string>(), "levensgebied no longer exists"});
    }
  if (j.contains("context") && j["context"].is_object()) state.context = j["context"];
  if (j.contains("person") && j["person"].is_object()) state.person = j["person"];
  if (j.contains("answers") && j["answers"].is_object()) {
    for (auto it = j["answers"].begin(); it != j["answers"].end(); ++it) {
      const Node* node = content.node(it.key());
      if (!node || !node->isQuestion()) {
        dropped.push_back({it.key(), "question no longer exists"});
        continue;
      }
      if (it->is_null()) {
        if (node->allowUnknown || node->optional) state.answers[it.key()] = nullptr;
        else dropped.push_back({it.key(), "question no longer allows \"weet ik niet\""});
        continue;
      }
      CheckedAnswer checked = checkAnswer(*node, *it, "");
      if (checked.problem.ok()) state.answers[it.key()] = std::move(checked.value);
      else dropped.push_back({it.key(), "answer no longer fits the question (" + checked.problem.code + ")"});
    }
  }
  // A content change can also move answers off the path; they are dropped and reported like the others.
  Walk walk = replay(content, state);
  for (const std::string& id : keepAnswersOnPath(content, state, walk))
    dropped.push_back({id, "question is no longer on the path"});
  if (j.contains("cursor") && j["cursor"].is_number_unsigned() && j["cursor"].get<std::size_t>() < walk.steps.size() &&
      walk.steps[j["cursor"].get<std::size_t>()].node->isQuestion())
    state.cursor = j["cursor"].get<std::size_t>();
  if (walkOut) *walkOut = std::move(walk);
  return true;
}

}  // namespace ekw
