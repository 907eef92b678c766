#include "core/engine/session.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "core/engine/answer_check.h"

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

void mergeFacts(json& facts, const json& more) {
  for (auto it = more.begin(); it != more.end(); ++it) facts[it.key()] = *it;
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
    if (node.type == NodeType::Single && answer.is_string()) chosen = node.option(answer.get<std::string>());
    if (node.type == NodeType::YesNo && answer.is_boolean()) chosen = node.option(answer.get<bool>() ? "ja" : "nee");
    if (chosen && !chosen->next.empty()) return follow(chosen->next, data);
  }
  return follow(node.next, data);
}

// Facts set by the options chosen in `answer`.
void optionFacts(const Node& node, const json& answer, json& facts) {
  if (answer.is_string()) {
    if (const Option* o = node.option(answer.get<std::string>())) mergeFacts(facts, o->facts);
  } else if (answer.is_boolean()) {
    if (const Option* o = node.option(answer.get<bool>() ? "ja" : "nee")) mergeFacts(facts, o->facts);
  } else if (answer.is_array()) {
    for (const json& a : answer)
      if (a.is_string())
        if (const Option* o = node.option(a.get<std::string>())) mergeFacts(facts, o->facts);
  }
}

}  // namespace

json ruleData(const SessionState& state, const Walk& walk) {
  json profile = json::object();
  for (const auto& [lg, node] : walk.outcomes) profile[lg] = node->level;
  return json{{"answers", state.answers}, {"facts", walk.facts}, {"profile", std::move(profile)},
              {"context", state.context}, {"person", state.person}};
}

Walk replay(const Content& content, const SessionState& state) {
  Walk walk;
  json data = ruleData(state, walk);
  for (const std::string& lg : state.levensgebieden) {
    const Tree* tree = content.treeFor(lg);
    if (!tree) continue;
    const Node* node = tree->node(tree->start);
    std::size_t guard = tree->nodes.size() + 1;  // validated trees have no cycles; this keeps bad content finite
    while (node && guard-- > 0) {
      if (!node->isQuestion()) {
        walk.steps.push_back({tree, node});
        walk.outcomes[lg] = node;
        mergeFacts(walk.facts, node->facts);
        data["facts"] = walk.facts;
        data["profile"][lg] = node->level;
        ++walk.treesDone;
        break;
      }
      auto it = state.answers.find(node->id);
      if (it == state.answers.end()) {
        walk.current = node;
        walk.currentTree = tree;
        return walk;
      }
      walk.steps.push_back({tree, node});
      optionFacts(*node, *it, walk.facts);
      data["facts"] = walk.facts;
      node = tree->node(nextOf(*node, *it, !it->is_null(), data));
    }
    if (!walk.outcomes.count(lg)) ++walk.treesDone;  // a dead end in bad content: move on rather than hang
  }
  return walk;
}

namespace {

// Fewest and most questions from `node` to an outcome, over every branch (trees are acyclic once validated).
struct Span {
  std::size_t min = 0, max = 0;
};
Span spanFrom(const Tree& tree, const Node* node, std::unordered_map<const Node*, Span>& memo, int depth = 0) {
  if (!node || !node->isQuestion() || depth > 500) return {};
  auto it = memo.find(node);
  if (it != memo.end()) return it->second;
  memo[node] = {1, 1};  // provisional, so a cycle in bad content ends
  std::vector<std::string> targets;
  for (const Branch& b : node->next.branches) targets.push_back(b.target);
  for (const Option& o : node->options)
    for (const Branch& b : o.next.branches) targets.push_back(b.target);
  Span best{SIZE_MAX, 0};
  for (const std::string& t : targets) {
    Span s = spanFrom(tree, tree.node(t), memo, depth + 1);
    best.min = std::min(best.min, s.min);
    best.max = std::max(best.max, s.max);
  }
  if (targets.empty()) best.min = 0;
  Span result{best.min + 1, best.max + 1};
  memo[node] = result;
  return result;
}

// Drops the answers to questions that are not on the path `walk` replayed; returns their ids.
std::vector<std::string> keepAnswersOnPath(SessionState& state, const Walk& walk) {
  json kept = json::object();
  for (const Step& s : walk.steps)
    if (s.node->isQuestion() && state.answers.contains(s.node->id)) kept[s.node->id] = state.answers[s.node->id];
  std::vector<std::string> dropped;
  for (auto it = state.answers.begin(); it != state.answers.end(); ++it)
    if (!kept.contains(it.key())) dropped.push_back(it.key());
  state.answers = std::move(kept);
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
  std::unordered_map<const Node*, Span> memo;
  Span here = spanFrom(*walk.currentTree, walk.current, memo);
  p.remainingMin = here.min;
  p.remainingMax = here.max;
  bool after = false;
  for (const std::string& lg : state.levensgebieden) {
    const Tree* t = content.treeFor(lg);
    if (!t) continue;
    if (after) {
      Span s = spanFrom(*t, t->node(t->start), memo);
      p.remainingMin += s.min;
      p.remainingMax += s.max;
    }
    if (t == walk.currentTree) after = true;
  }
  return p;
}

Problem answerQuestion(const Content& content, SessionState& state, const json& value, bool unknown, bool skip) {
  Walk walk = replay(content, state);
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
  state.answers[node->id] = std::move(stored);
  state.cursor.reset();
  // Keep only the answers that still lie on the path: a changed answer can take the resident down another branch.
  keepAnswersOnPath(state, replay(content, state));
  return {};
}

bool goBack(const Content& content, SessionState& state) {
  Walk walk = replay(content, state);
  std::size_t from = state.cursor ? *state.cursor : walk.steps.size();
  for (std::size_t i = from; i-- > 0;) {
    if (walk.steps[i].node->isQuestion()) {
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
                     std::string& error) {
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
      if (checked.problem.ok()) state.answers[it.key()] = checked.value;
      else dropped.push_back({it.key(), "answer no longer fits the question (" + checked.problem.code + ")"});
    }
  }
  // A content change can also move answers off the path; they are dropped and reported like the others.
  Walk walk = replay(content, state);
  for (const std::string& id : keepAnswersOnPath(state, walk)) dropped.push_back({id, "question is no longer on the path"});
  if (j.contains("cursor") && j["cursor"].is_number_unsigned() && j["cursor"].get<std::size_t>() < walk.steps.size() &&
      walk.steps[j["cursor"].get<std::size_t>()].node->isQuestion())
    state.cursor = j["cursor"].get<std::size_t>();
  return true;
}

}  // namespace ekw
