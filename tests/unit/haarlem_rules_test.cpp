// The hard rules from the seeds (issue 3) as tests over the Haarlem content. Each test walks residents through the
// engine exactly as the site does (api::handle step by step, or ekw::simulate) and asserts what the resident would
// see: advice, rungs, services, forms. A test here fails when the content breaks the rule, so an editor who changes a
// tree or an advice item learns at once that the ladder from the seeds no longer holds.
//
// Seeds: 004 L6249 (algemene voorzieningen before maatwerk), L6210-6222 (melding, onderzoek within 6 weeks,
// aanvraag), L6413-6455 and L6497-6513 (the household ladder), 002 L1627-1631 (BUUV: no structural household help),
// 000 L1054-1091 (meneer de Jong).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/api/engine_api.h"
#include "core/api/simulate.h"
#include "core/content/validate.h"
#include "tools/files/content_files.h"
#include "answer_fixture.h"
#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;

constexpr const char* kToday = "2026-11-23";

// ---------------------------------------------------------------------------------------------------------------
// Loading

const Content* haarlem() { return testing::haarlemContent().content.get(); }

class HaarlemRules : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(haarlem(), nullptr) << "content/haarlem could not be loaded"; }
  const Content& c() const { return *haarlem(); }
};

// ---------------------------------------------------------------------------------------------------------------
// Text helpers

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

bool mentions(const std::string& text, const std::string& what) {
  return lower(text).find(lower(what)) != std::string::npos;
}

bool mentionsAny(const std::string& text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return mentions(text, w); });
}

// First position of any of `words` in `text` at or after `from` (case-insensitive); npos when none.
std::size_t findAny(const std::string& text, const std::vector<std::string>& words, std::size_t from = 0) {
  std::string l = lower(text);
  std::size_t best = std::string::npos;
  for (const std::string& w : words) {
    std::size_t p = l.find(lower(w), from);
    if (p < best) best = p;
  }
  return best;
}

// Everything a resident reads of one advice item: title, text and steps.
std::string adviceText(const json& a) {
  std::string s = a.value("title", "");
  s += "\n";
  s += a.value("text", "");
  if (a.contains("steps"))
    for (const json& step : a["steps"]) {
      s += "\n";
      s += step.get<std::string>();
    }
  return s;
}

std::string nl(const Text& t) { return t.in("nl"); }

// ---------------------------------------------------------------------------------------------------------------
// Walking residents through the engine

struct WalkStep {
  std::string question;
  json value;  // null: "Weet ik niet" or skipped
  json view;   // the view right after this answer
};

struct Resident {
  std::vector<std::string> levensgebieden;
  std::map<std::string, json> answers;
  json startView;
  std::vector<WalkStep> steps;
  json session;
  json advice;  // the "advice" response at the end of the walk
  std::string error;

  bool answered(const std::string& question, const json& value) const {
    auto it = answers.find(question);
    return it != answers.end() && it->second == value;
  }
  // The advice group of a levensgebied, or an empty object.
  json group(const std::string& lg) const {
    if (advice.is_object() && advice.contains("levensgebieden"))
      for (const json& g : advice["levensgebieden"])
        if (g.value("id", "") == lg) return g;
    return json::object();
  }
  std::vector<json> adviceIn(const std::string& lg) const {
    json g = group(lg);
    std::vector<json> out;
    if (g.contains("advice"))
      for (const json& a : g["advice"]) out.push_back(a);
    return out;
  }
  std::string describe() const {
    json a = json::object();
    for (const auto& [q, v] : answers) a[q] = v;
    return a.dump();
  }
};

// Returns the request fields for an answer: {"value": v}, {"unknown": true} or {"skip": true}.
using AnswerChooser = std::function<json(const json& question, const Node& node)>;

bool quiet(const Option& o) { return o.facts.is_null() || o.facts.empty(); }

// An answer that sets no facts and takes the tree's ordinary way.
json defaultAnswer(const json& q, const Node& n) {
  std::string type = q.value("type", "");
  if (type == "single") {
    for (const Option& o : n.options)
      if (quiet(o)) return {{"value", o.id}};
    return {{"value", n.options.front().id}};
  }
  if (type == "multiple") {
    for (const Option& o : n.options)
      if (!o.exclusive && quiet(o)) return {{"value", json::array({o.id})}};
    return {{"value", json::array({n.options.front().id})}};
  }
  if (type == "yesno") return {{"value", false}};
  if (type == "number") {
    double v = n.min ? *n.min : 1.0;
    if (n.max && v > *n.max) v = *n.max;
    return {{"value", static_cast<long long>(v)}};
  }
  if (type == "date") return {{"value", n.notInPast ? "2027-03-01" : "2026-01-15"}};  // dates the rules read
  return {{"value", testing::fixtureAnswer(n)}};  // a postcode, a text: no rule reads what they hold
}

json answerWith(const json& q, const json& value) {
  if (!value.is_null()) return {{"value", value}};
  if (q.value("allowUnknown", false)) return {{"unknown", true}};
  return {{"skip", true}};
}

// Answers from `script` where given, else the default answer.
AnswerChooser scripted(std::map<std::string, json> script) {
  return [script](const json& q, const Node& n) -> json {
    auto it = script.find(n.id);
    if (it == script.end()) return defaultAnswer(q, n);
    return answerWith(q, it->second);
  };
}

// A random but valid answer, for property tests over many residents.
AnswerChooser randomly(std::mt19937& rng) {
  return [&rng](const json& q, const Node& n) -> json {
    auto below = [&rng](std::size_t n_) { return static_cast<std::size_t>(rng() % n_); };
    if (q.value("allowUnknown", false) && below(100) < 10) return {{"unknown", true}};
    if (q.value("optional", false) && below(100) < 10) return {{"skip", true}};
    std::string type = q.value("type", "");
    if (type == "single") return {{"value", n.options[below(n.options.size())].id}};
    if (type == "multiple") {
      std::vector<std::string> exclusive, other;
      for (const Option& o : n.options) (o.exclusive ? exclusive : other).push_back(o.id);
      if (!exclusive.empty() && (other.empty() || below(100) < 20))
        return {{"value", json::array({exclusive[below(exclusive.size())]})}};
      json chosen = json::array();
      for (const std::string& id : other)
        if (below(100) < 35) chosen.push_back(id);
      if (chosen.empty()) chosen.push_back(other[below(other.size())]);
      return {{"value", chosen}};
    }
    if (type == "yesno") return {{"value", below(2) == 0}};
    if (type == "number") {
      long long lo = n.min ? static_cast<long long>(*n.min) : 0;
      long long hi = n.max ? static_cast<long long>(*n.max) : lo + 12;
      if (hi > lo + 60) hi = lo + 60;
      return {{"value", lo + static_cast<long long>(below(static_cast<std::size_t>(hi - lo + 1)))}};
    }
    if (type == "date") {
      if (n.notInPast) return {{"value", below(2) ? "2027-03-01" : "2026-12-20"}};
      return {{"value", below(2) ? "2026-01-15" : "2024-06-30"}};
    }
    if (type == "postcode") return {{"value", "2011AB"}};
    return {{"value", "Iets"}};
  };
}

json contextWithToday(json context) {
  if (!context.is_object()) context = json::object();
  if (!context.contains("today")) context["today"] = kToday;
  return context;
}

// Walks a resident through the engine's own simulator (ekw::simulate), answering each question with `choose`, and
// keeps every view the resident saw.
Resident walk(const Content& c, const std::vector<std::string>& levensgebieden, const AnswerChooser& choose,
              json context = json::object()) {
  Resident r;
  r.levensgebieden = levensgebieden;
  std::vector<json> views;
  std::vector<std::pair<std::string, json>> given;  // question id, the answer's value
  json script{{"start", {{"levensgebieden", levensgebieden}}}, {"context", contextWithToday(context)}};
  json result = simulate(c, script, "nl", [&](const json& view) -> json {
    views.push_back(view);
    const json& q = view["question"];
    if (q.is_null()) return nullptr;
    const Node* node = c.node(q.value("id", ""));
    if (!node) {
      r.error = "the engine asks a question the content does not have: " + q.value("id", "");
      return nullptr;
    }
    json request = choose(q, *node);
    given.emplace_back(node->id, request.value("value", json(nullptr)));
    return request;
  });
  if (views.empty()) {
    r.error = result.dump();
    return r;
  }
  r.startView = views.front();
  for (std::size_t i = 0; i < given.size() && i + 1 < views.size(); ++i) {
    r.answers[given[i].first] = given[i].second;
    r.steps.push_back({given[i].first, given[i].second, views[i + 1]});
  }
  if (!result.value("ok", false)) {
    if (r.error.empty()) r.error = result.value("error", "") + " after " + r.describe();
    return r;
  }
  r.session = result["session"];
  r.advice = api::handle(c, "advice", {{"session", r.session}});
  return r;
}

// Every resident reachable by answering the questions in `candidates` with each of the listed values (null: "Weet
// ik niet" or skip) and every other question with its default answer: one simulated walk per resident, the choices
// counted on like an odometer (the last question with another value left takes its next one).
std::vector<Resident> exploreAll(const Content& c, const std::vector<std::string>& levensgebieden,
                                 const std::map<std::string, std::vector<json>>& candidates) {
  std::vector<Resident> out;
  std::vector<std::size_t> picks;   // which value each steering question on the walk takes
  std::vector<std::size_t> counts;  // how many values it has
  for (;;) {
    std::size_t depth = 0;
    counts.clear();
    Resident r = walk(c, levensgebieden, [&](const json& q, const Node& n) -> json {
      auto it = candidates.find(n.id);
      if (it == candidates.end()) return defaultAnswer(q, n);
      if (depth == picks.size()) picks.push_back(0);
      counts.push_back(it->second.size());
      return answerWith(q, it->second[picks[depth++]]);
    });
    if (!r.error.empty()) ADD_FAILURE() << r.error;
    out.push_back(std::move(r));
    picks.resize(depth);
    while (!picks.empty() && picks.back() + 1 >= counts[picks.size() - 1]) picks.pop_back();
    if (picks.empty()) break;
    ++picks.back();
  }
  return out;
}

// Residents who went through one levensgebied with random answers: 150 per tree, the same every run.
const std::vector<Resident>& randomResidents() {
  static const std::vector<Resident> residents = [] {
    std::vector<Resident> out;
    const Content& c = *haarlem();
    std::mt19937 rng(20261123u);
    for (const Levensgebied& lg : c.levensgebieden)
      for (int i = 0; i < 150; ++i) out.push_back(walk(c, {lg.id}, randomly(rng)));
    return out;
  }();
  return residents;
}

// The household tree with every answer that steers it, and defaults for the rest.
const std::vector<Resident>& allHouseholdResidents() {
  static const std::vector<Resident> residents = [] {
    const std::map<std::string, std::vector<json>> candidates = {
        {"huishouden-nodig",
         {json::array({"geen"}), json::array({"zwaar-schoonmaken"}), json::array({"licht-schoonmaken", "was"}),
          json::array({"boodschappen", "koken"}), json::array({"bed"})}},
        {"huishouden-huisgenoten", {true, false}},
        {"huishouden-netwerk", {"helpt-al", "kan-vragen", "niet-hiervoor", "niemand"}},
        {"huishouden-vraag", {"gemeente", "af-en-toe"}},
        {"huishouden-hoe-vaak", {"af-en-toe", "elke-week", "elke-dag"}},
        {"huishouden-ervaring", {true, false}},
        {"huishouden-regelen", {"zelf", "met-hulp", "nee"}},
        {"huishouden-begeleiding", {true, false}},
        {"huishouden-inkomen", {true, nullptr}},
        {"huishouden-wmo-status", {"nee", "melding", "onderzoek"}},
    };
    return exploreAll(*haarlem(), {"huishouden"}, candidates);
  }();
  return residents;
}

// The household answers of someone who needs weekly help with cleaning; each test changes what its branch needs.
std::map<std::string, json> household(std::map<std::string, json> changes) {
  std::map<std::string, json> a = {
      {"huishouden-zelf", json::array({"licht-schoonmaken", "koken"})},
      {"huishouden-nodig", json::array({"zwaar-schoonmaken"})},
      {"huishouden-huisgenoten", false},
      {"huishouden-netwerk", "niet-hiervoor"},
      {"huishouden-vraag", "weet-niet"},
      {"huishouden-hoe-vaak", "elke-week"},
      {"huishouden-ervaring", true},
      {"huishouden-regelen", "zelf"},
      {"huishouden-begeleiding", false},
      {"huishouden-inkomen", false},
      {"huishouden-wmo-status", "nee"},
      {"huishouden-doel", "Een schoon huis, zodat ik thuis kan blijven wonen."},
  };
  for (const auto& [k, v] : changes) a[k] = v;
  return a;
}

std::vector<std::string> idsOf(const std::vector<json>& advice) {
  std::vector<std::string> out;
  for (const json& a : advice) out.push_back(a.value("id", "") + "@" + std::to_string(a.value("rung", -1)));
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) {
    if (!s.empty()) s += ", ";
    s += x;
  }
  return s;
}

// A service shown with an advice item, or an empty object.
json serviceIn(const json& advice, const std::string& serviceId) {
  for (const json& s : advice.value("services", json::array()))
    if (s.value("id", "") == serviceId) return s;
  return json::object();
}

bool anyFormOfKind(const json& adviceResponse, const std::set<std::string>& kinds) {
  for (const json& f : adviceResponse.value("forms", json::array()))
    if (kinds.count(f.value("kind", ""))) return true;
  return false;
}

// The rung-7 rule per group: a maatwerk item never appears without an algemene voorziening (rung 4) before it.
std::string maatwerkWithoutAlgemeen(const json& groupJson) {
  bool seenRung4 = false;
  for (const json& a : groupJson.value("advice", json::array())) {
    int rung = a.value("rung", -1);
    if (rung == 4) seenRung4 = true;
    if (rung == 7 && !seenRung4) return a.value("id", "?");
  }
  return "";
}

// ---------------------------------------------------------------------------------------------------------------
// Tree structure helpers

std::vector<std::string> nextTargets(const Node& n) {
  std::vector<std::string> out;
  auto add = [&](const Next& next) {
    for (const Branch& b : next.branches)
      if (std::find(out.begin(), out.end(), b.target) == out.end()) out.push_back(b.target);
  };
  for (const Option& o : n.options) add(o.next);
  add(n.next);
  return out;
}

// Every path from the start to an outcome (rules not evaluated: every branch is a possible way): its questions in
// order, then the outcome node.
void paths(const Tree& t, const std::string& at, std::vector<const Node*>& path,
           std::vector<std::vector<const Node*>>& out) {
  const Node* n = t.node(at);
  if (!n || out.size() > 20000 || path.size() > 100) return;
  if (!n->isQuestion()) {
    out.push_back(path);
    out.back().push_back(n);
    return;
  }
  path.push_back(n);
  for (const std::string& target : nextTargets(*n)) paths(t, target, path, out);
  path.pop_back();
}

std::string questionText(const Node& n) {
  std::string s = nl(n.text);
  for (const Option& o : n.options) {
    s += "\n";
    s += nl(o.label);
  }
  return s;
}

// "Wat doet u zelf al ...?", "Welke taken doet u nu zelf?", "Wat heeft u zelf al gedaan?"
bool asksWhatTheResidentDoes(const Node& n) {
  std::string t = nl(n.text);
  return mentions(t, "zelf") && mentionsAny(t, {"doet u", "heeft u"});
}

// "Is er iemand ...?", "Wie helpt u ...?", "Zijn er anderen/mensen ...?"
bool asksWhoCanHelp(const Node& n) { return mentionsAny(nl(n.text), {"iemand", "anderen", "mensen", "wie helpt"}); }

// A question about provisions: the help the resident wants or already gets from professionals or the gemeente.
bool asksAboutProvisions(const Node& n) {
  return mentionsAny(questionText(n), {"gemeente", "welke hulp", "professional", "al hulp", "uitkering",
                                       "al dagbesteding", "scootmobiel", "wmo", "indicatie", "voorziening"});
}

// ---------------------------------------------------------------------------------------------------------------
// Safety

// Facts set by options that are not safety signals. Every other fact an option sets is treated as one, so a new
// signal cannot slip in without direct help.
const std::set<std::string>& notSafetyFacts() {
  static const std::set<std::string> facts = {"geen-netwerk", "laag-inkomen", "regieverlies", "mantelzorg-overbelast",
                                              "kan-zelf-regelen"};
  return facts;
}

// What the direct help must name for each safety signal (issue 3: Veilig Thuis, 112 and 113).
const std::map<std::string, std::vector<std::string>>& safetyMustName() {
  static const std::map<std::string, std::vector<std::string>> m = {
      {"suicidegedachten", {"113"}},
      {"onveilig-thuis", {"Veilig Thuis"}},
      {"kind-in-gevaar", {"Veilig Thuis"}},
      {"direct-gevaar", {"112"}},
      {"acute-crisis", {"112"}},
      {"extreem-risico", {"Veilig Thuis", "112"}},
  };
  return m;
}

std::vector<std::string> safetyFactsOf(const Option& o) {
  std::vector<std::string> out;
  if (!o.facts.is_object()) return out;
  for (const auto& [name, value] : o.facts.items()) {
    bool set = !(value.is_null() || value == false || value == "" || value == 0);
    if (set && !notSafetyFacts().count(name)) out.push_back(name);
  }
  return out;
}

struct SafetyOption {
  const Tree* tree;
  const Node* node;
  const Option* option;
  std::vector<std::string> facts;
};

std::vector<SafetyOption> safetyOptions(const Content& c) {
  std::vector<SafetyOption> out;
  for (const Tree& t : c.trees)
    for (const Node& n : t.nodes)
      for (const Option& o : n.options) {
        std::vector<std::string> facts = safetyFactsOf(o);
        if (!facts.empty()) out.push_back({&t, &n, &o, facts});
      }
  return out;
}

json optionValue(const Node& n, const Option& o) {
  if (n.type == NodeType::Multiple) return json::array({o.id});
  if (n.type == NodeType::YesNo) return o.id == "ja";
  return o.id;
}

std::string urgentText(const json& view) {
  std::string s;
  for (const json& a : view.value("urgent", json::array())) {
    s += adviceText(a);
    s += "\n";
  }
  return s;
}

// =================================================================================================================
// 1. Structure: levensgebieden, trees, the keukentafel order, levels

TEST_F(HaarlemRules, AtLeastTwelveLevensgebiedenEachWithATreeOfSixQuestions) {
  EXPECT_GE(c().levensgebieden.size(), 12u);
  // The Zelfredzaamheid-Matrix areas issue 3 names, by their ids in content/haarlem.
  for (const char* area : {"geld", "werk", "dagbesteding", "wonen", "huishouden", "gezondheid", "psyche", "verslaving",
                           "netwerk", "opvoeden", "mantelzorg", "veiligheid"})
    EXPECT_NE(c().levensgebied(area), nullptr) << "no levensgebied " << area;
  for (const Levensgebied& lg : c().levensgebieden) {
    const Tree* t = c().treeFor(lg.id);
    ASSERT_NE(t, nullptr) << lg.id << " has no question tree";
    EXPECT_EQ(t->levensgebied, lg.id);
    std::size_t questions = 0, outcomes = 0;
    for (const Node& n : t->nodes) (n.isQuestion() ? questions : outcomes)++;
    EXPECT_GE(questions, 6u) << "tree " << t->id << " has only " << questions << " questions";
    EXPECT_GE(outcomes, 1u) << "tree " << t->id;
  }
}

TEST_F(HaarlemRules, EveryTreeFirstAsksWhatTheResidentDoesAndWhoCanHelpBeforeAnyProvision) {
  // Like the keukentafelgesprek: on every way through a tree, the first question asks what the resident already does
  // (veiligheid first asks whether there is danger right now, then that), and a question about who around them can
  // help comes before any question about provisions. Only a resident who needs nothing (an outcome of level 5) may
  // finish without being asked who can help.
  for (const Tree& t : c().trees) {
    const Node* start = t.node(t.start);
    ASSERT_NE(start, nullptr) << t.id;
    std::vector<const Node*> path;
    std::vector<std::vector<const Node*>> all;
    paths(t, t.start, path, all);
    ASSERT_FALSE(all.empty()) << t.id;
    std::size_t own = 0;
    if (t.levensgebied == "veiligheid") {
      EXPECT_TRUE(mentions(nl(start->text), "gevaar") && mentionsAny(nl(start->text), {"op dit moment", " nu"}))
          << "veiligheid must open with danger right now, not: " << nl(start->text);
      bool signals = std::any_of(start->options.begin(), start->options.end(),
                                 [](const Option& o) { return !safetyFactsOf(o).empty(); });
      EXPECT_TRUE(signals) << "the danger question must set a safety fact, so direct help shows at once";
      own = 1;
    }
    for (auto p : all) {
      const Node* outcome = p.back();
      p.pop_back();
      std::string way;
      for (const Node* n : p) {
        way += n->id;
        way += " ";
      }
      way += "-> ";
      way += outcome->id;
      ASSERT_GT(p.size(), own) << t.id << ": " << way;
      EXPECT_TRUE(asksWhatTheResidentDoes(*p[own]))
          << t.id << ": question " << own + 1 << " must ask what the resident already does, not: " << nl(p[own]->text);
      std::size_t network = p.size(), provision = p.size();
      for (std::size_t i = own + 1; i < p.size(); ++i) {
        if (network == p.size() && asksWhoCanHelp(*p[i])) network = i;
        if (provision == p.size() && asksAboutProvisions(*p[i])) provision = i;
      }
      if (outcome->level < 5) {
        EXPECT_LT(network, p.size()) << t.id << ": no question about who can help on " << way;
      }
      if (provision < p.size()) {
        EXPECT_LT(network, provision) << t.id << ": provisions (" << p[provision]->id
                                      << ") asked before who can help on " << way;
      }
      for (std::size_t i = 0; i < own; ++i) EXPECT_FALSE(asksAboutProvisions(*p[i])) << t.id << ": " << p[i]->id;
    }
  }
}

TEST_F(HaarlemRules, OutcomesSetALevelFromOneToFive) {
  std::set<int> used;
  for (const Tree& t : c().trees)
    for (const Node& n : t.nodes)
      if (!n.isQuestion()) {
        EXPECT_TRUE(n.level >= 1 && n.level <= 5) << t.id << "/" << n.id << " level " << n.level;
        used.insert(n.level);
      }
  EXPECT_EQ(used, (std::set<int>{1, 2, 3, 4, 5})) << "the content should use the whole scale";
  // What a resident sees: every finished walk gives its levensgebied a level 1..5, the level of the outcome reached,
  // unless it was answered mostly with "Weet ik niet" (issue 8 item 4): then no number but "Niet bekend".
  for (const Resident& r : randomResidents()) {
    ASSERT_TRUE(r.error.empty()) << r.error;
    for (const std::string& lg : r.levensgebieden) {
      json g = r.group(lg);
      if (!g.value("known", true)) {
        EXPECT_TRUE(g["level"].is_null()) << g.dump();
        EXPECT_EQ(g.value("levelText", ""), "Niet bekend");
        continue;
      }
      ASSERT_TRUE(g.contains("level") && g["level"].is_number_integer()) << lg << " " << r.describe();
      int level = g["level"];
      EXPECT_TRUE(level >= 1 && level <= 5) << lg << " level " << level;
      bool matches = false;
      for (const Node& n : c().treeFor(lg)->nodes)
        if (!n.isQuestion() && nl(n.text) == g.value("outcome", "") && n.level == level) matches = true;
      EXPECT_TRUE(matches) << lg << ": the level shown is not the level of the outcome reached: " << g.dump();
    }
  }
}

// =================================================================================================================
// 2. Hulp bij het huishouden: the seeds' branches (004 L6413-6455, besluit L6497-6513)

// (a) "De verantwoordelijkheid voor het schoonmaken en houden van de eigen woning ligt bij de Haarlemmer zelf."
TEST_F(HaarlemRules, HuishoudenCleaningIsYourOwnTaskOnEveryPath) {
  const Advice* own = c().adviceItem("huishouden-zelf-taak");
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->rung, 1);
  EXPECT_TRUE(mentions(nl(own->title) + nl(own->text), "zelf")) << nl(own->text);
  std::map<std::string, int> missingByOutcome;
  std::size_t checked = 0;
  for (const Resident& r : allHouseholdResidents()) {
    ++checked;
    std::vector<json> advice = r.adviceIn("huishouden");
    bool shown = std::any_of(advice.begin(), advice.end(), [](const json& a) {
      return a.value("id", "") == "huishouden-zelf-taak" && a.value("rung", -1) == 1;
    });
    if (!shown) missingByOutcome[r.group("huishouden").value("outcome", "?")]++;
  }
  EXPECT_GT(checked, 1000u);
  for (const auto& [outcome, count] : missingByOutcome)
    ADD_FAILURE() << count << " residents reaching \"" << outcome
                  << "\" do not see the own-task advice (huishouden-zelf-taak, rung 1)";
}

// (b) "Kan met (eenvoudige) schoonmaakondersteuning worden voldaan ... en kan de burger het zelf regelen, dan wordt
// verwezen naar de particuliere markt." Costs are one's own "tenzij zij een laag inkomen hebben" (L6422-6434).
TEST_F(HaarlemRules, HuishoudenSimpleHelpYouCanArrangeGoesToTheMarketWithCompensationAtLowIncome) {
  for (const char* netwerk : {"niet-hiervoor", "niemand"}) {
    Resident r = walk(c(), {"huishouden"},
                      scripted(household({{"huishouden-netwerk", netwerk},
                                          {"huishouden-regelen", "zelf"},
                                          {"huishouden-vraag", "schoonmaker"},
                                          {"huishouden-inkomen", true}})));
    ASSERT_TRUE(r.error.empty()) << r.error;
    std::vector<json> advice = r.adviceIn("huishouden");
    SCOPED_TRACE(join(idsOf(advice)));
    bool market = false;
    for (const json& a : advice) {
      json s = serviceIn(a, "svc-schoonmaakhulp-particulier");
      if (a.value("rung", -1) == 4 && !s.empty()) {
        market = true;
        EXPECT_EQ(s.value("level", ""), "algemeen");
        EXPECT_FALSE(s.value("indicatie", true));
      }
    }
    EXPECT_TRUE(market) << "no rung-4 advice shows particuliere schoonmaakhulp (svc-schoonmaakhulp-particulier)";
    bool compensation = std::any_of(advice.begin(), advice.end(), [](const json& a) {
      std::string t = adviceText(a);
      return a.value("rung", 9) <= 5 && mentions(t, "laag inkomen") &&
             mentionsAny(t, {"betaalt de gemeente", "vergoed", "vergoeding", "eigen bijdrage"});
    });
    EXPECT_TRUE(compensation) << "a resident with a low income is not told the gemeente pays (part of) the costs";
    for (const json& a : advice)
      EXPECT_NE(a.value("rung", -1), 7) << a.value("id", "") << ": no maatwerk on the market branch";
    EXPECT_FALSE(anyFormOfKind(r.advice, {"melding", "aanvraag"})) << r.advice.value("forms", json()).dump();
  }
  // Whoever can arrange the help themselves is never sent to maatwerk, whatever else they answered.
  for (const Resident& r : allHouseholdResidents()) {
    if (!r.answered("huishouden-regelen", "zelf")) continue;
    for (const json& a : r.adviceIn("huishouden"))
      EXPECT_NE(a.value("rung", -1), 7) << a.value("id", "") << " for " << r.describe();
  }
}

// (c) "Voor mensen met licht regieverlies ..., niemand in het eigen netwerk ... en een vorm van begeleiding nodig
// hebben in de uitvoering, wordt een voorziening ingericht waarbij sprake is van een eenvoudige toegangstoets."
TEST_F(HaarlemRules, HuishoudenLichtRegieverliesWithoutNetworkGetsACollectiveProvisionWithASimpleCheck) {
  for (const char* netwerk : {"niemand", "niet-hiervoor"}) {
    Resident r = walk(c(), {"huishouden"},
                      scripted(household({{"huishouden-netwerk", netwerk},
                                          {"huishouden-regelen", "met-hulp"},
                                          {"huishouden-begeleiding", true},
                                          {"huishouden-vraag", "gemeente"},
                                          {"huishouden-inkomen", true}})));
    ASSERT_TRUE(r.error.empty()) << r.error;
    std::vector<json> advice = r.adviceIn("huishouden");
    SCOPED_TRACE(std::string(netwerk) + ": " + join(idsOf(advice)));
    bool collective = false;
    for (const json& a : advice) {
      int rung = a.value("rung", -1);
      if (rung != 4 && rung != 5) continue;
      json s = serviceIn(a, "svc-huishoudelijke-ondersteuning-collectief");
      if (s.empty()) continue;
      collective = true;
      EXPECT_EQ(s.value("level", ""), "algemeen");
      EXPECT_FALSE(s.value("indicatie", true));
      EXPECT_TRUE(mentions(adviceText(a) + s.value("description", ""), "eenvoudige toets"))
          << "the simple access check is not mentioned: " << adviceText(a);
    }
    EXPECT_TRUE(collective) << "no rung-4/5 advice shows the collective provision";
    for (const json& a : advice)
      EXPECT_NE(a.value("rung", -1), 7) << a.value("id", "") << ": licht regieverlies is no maatwerk";
    EXPECT_FALSE(anyFormOfKind(r.advice, {"melding", "aanvraag"})) << r.advice.value("forms", json()).dump();
    bool compensation = std::any_of(advice.begin(), advice.end(), [](const json& a) {
      std::string t = adviceText(a);
      return mentions(t, "laag inkomen") &&
             mentionsAny(t, {"betaalt de gemeente", "vergoed", "vergoeding", "eigen bijdrage"});
    });
    EXPECT_TRUE(compensation) << "a resident with a low income is not told the gemeente pays (part of) the costs";
  }
  // With someone in the network who can help, the network comes first: no collective provision.
  for (const char* netwerk : {"helpt-al", "kan-vragen"}) {
    Resident r = walk(
        c(), {"huishouden"},
        scripted(household(
            {{"huishouden-netwerk", netwerk}, {"huishouden-regelen", "met-hulp"}, {"huishouden-begeleiding", true}})));
    ASSERT_TRUE(r.error.empty()) << r.error;
    for (const json& a : r.adviceIn("huishouden"))
      EXPECT_TRUE(serviceIn(a, "svc-huishoudelijke-ondersteuning-collectief").empty())
          << netwerk << ": " << a.value("id", "") << " offers the collective provision although the network can help";
  }
}

// (d) "Voor mensen met zwaar regieverlies wordt een maatwerkvoorziening geboden."
TEST_F(HaarlemRules, HuishoudenZwaarRegieverliesGetsMaatwerkThroughTheWmo) {
  struct Case {
    const char* status;
    const char* form;
  };
  for (const Case& k : {Case{"nee", "melding-wmo"}, Case{"onderzoek", "aanvraag-huishoudelijke-hulp"}}) {
    Resident r = walk(c(), {"huishouden"},
                      scripted(household({{"huishouden-netwerk", "niemand"},
                                          {"huishouden-regelen", "nee"},
                                          {"huishouden-vraag", "gemeente"},
                                          {"huishouden-wmo-status", k.status}})));
    ASSERT_TRUE(r.error.empty()) << r.error;
    std::vector<json> advice = r.adviceIn("huishouden");
    SCOPED_TRACE(std::string(k.status) + ": " + join(idsOf(advice)));
    bool maatwerk = std::any_of(advice.begin(), advice.end(), [&](const json& a) {
      return a.value("rung", -1) == 7 && a.contains("form") && a["form"].is_object() &&
             a["form"].value("id", "") == k.form;
    });
    EXPECT_TRUE(maatwerk) << "no rung-7 advice with the form " << k.form;
    bool offered = false;
    for (const json& f : r.advice.value("forms", json::array()))
      if (f.value("id", "") == k.form) offered = true;
    EXPECT_TRUE(offered) << k.form << " is not among the forms";
    EXPECT_EQ(maatwerkWithoutAlgemeen(r.group("huishouden")), "")
        << "maatwerk without an algemene voorziening before it";
  }
}

// =================================================================================================================
// 3. BUUV: incidental help, never structural household help (002 L1627-1631, 004 L6845-6852; content/README.md)

TEST_F(HaarlemRules, BuuvIsNeverOfferedAsStructuralHouseholdHelp) {
  // A resident who needs help every week or every day gets no BUUV in huishouden. The one exception the content
  // makes is meneer Meijer's (002 L628-648): someone who never ran a household may ask a neighbour once to show them
  // how; that item must then say it is one-off and not the weekly help.
  std::size_t weekly = 0;
  for (const Resident& r : allHouseholdResidents()) {
    if (!(r.answered("huishouden-hoe-vaak", "elke-week") || r.answered("huishouden-hoe-vaak", "elke-dag"))) continue;
    ++weekly;
    for (const json& a : r.adviceIn("huishouden")) {
      bool buuv =
          a.value("rung", -1) == 3 || !a.value("buuv", json::array()).empty() || !serviceIn(a, "svc-buuv").empty();
      if (!buuv) continue;
      std::string t = adviceText(a);
      if (r.answered("huishouden-ervaring", true)) {
        ADD_FAILURE() << a.value("id", "") << " offers BUUV for weekly household help: " << r.describe();
      } else {
        EXPECT_TRUE(mentionsAny(t, {"eenmalig", "een keer", "één keer"}) &&
                    mentionsAny(t, {"geen vaste hulp", "niet om vaste hulp"}))
            << a.value("id", "")
            << " is shown to someone who needs weekly help but does not say it is one-off, not the "
            << "weekly help: " << t;
      }
    }
  }
  EXPECT_GT(weekly, 500u);
}

TEST_F(HaarlemRules, BuuvAppearsForIncidentalHouseholdHelp) {
  Resident r = walk(c(), {"huishouden"},
                    scripted(household({{"huishouden-nodig", json::array({"was", "bed"})},
                                        {"huishouden-hoe-vaak", "af-en-toe"},
                                        {"huishouden-vraag", "af-en-toe"}})));
  ASSERT_TRUE(r.error.empty()) << r.error;
  std::vector<json> advice = r.adviceIn("huishouden");
  bool buuv = std::any_of(advice.begin(), advice.end(), [](const json& a) {
    return a.value("rung", -1) == 3 && !serviceIn(a, "svc-buuv").empty() && !a.value("buuv", json::array()).empty();
  });
  EXPECT_TRUE(buuv) << "incidental household help should be able to go to BUUV: " << join(idsOf(advice));
}

TEST_F(HaarlemRules, HouseholdBuuvTemplatesAskForIncidentalHelpOnly) {
  std::set<std::string> ids;
  for (const BuuvTemplate& b : c().buuvTemplates)
    if (std::find(b.levensgebieden.begin(), b.levensgebieden.end(), "huishouden") != b.levensgebieden.end())
      ids.insert(b.id);
  for (const Advice& a : c().advice)
    if (a.levensgebied == "huishouden") ids.insert(a.buuv.begin(), a.buuv.end());
  EXPECT_FALSE(ids.empty());
  for (const std::string& id : ids) {
    const BuuvTemplate* b = c().buuvTemplate(id);
    ASSERT_NE(b, nullptr) << id;
    for (const char* kind : {"vraag", "aanbod"}) {
      if (std::find(b->kinds.begin(), b->kinds.end(), kind) == b->kinds.end()) continue;
      json draft = api::handle(c(), "buuv", {{"template", id}, {"kind", kind}, {"wijk", "noord"}, {"naam", "Jan"}});
      ASSERT_FALSE(draft.contains("error")) << draft.dump();
      std::string t = draft.value("text", "");
      EXPECT_TRUE(
          mentionsAny(t, {"af en toe", "een keer", "één keer", "eenmalig", "losse klus", "klusje", "onverwacht"}))
          << id << " (" << kind << ") does not say the help is incidental: " << t;
      EXPECT_FALSE(mentionsAny(t, {"elke week", "iedere week", "wekelijks", "elke dag", "vaste hulp in huis"}) &&
                   !mentionsAny(t, {"niet om vaste hulp", "geen vaste hulp"}))
          << id << " (" << kind << ") asks for structural help: " << t;
    }
  }
}

// =================================================================================================================
// 4. Safety: rung 0 at once, with Veilig Thuis, 112 and 113; never self-service alone

TEST_F(HaarlemRules, EverySafetyAnswerShowsDirectHelpAtOnce) {
  std::vector<SafetyOption> options = safetyOptions(c());
  ASSERT_FALSE(options.empty());
  for (const SafetyOption& so : options) {
    std::string where = so.tree->id + "/" + so.node->id + "=" + so.option->id;
    SCOPED_TRACE(where);
    std::map<std::string, json> script = {{so.node->id, optionValue(*so.node, *so.option)}};
    Resident r = walk(c(), {so.tree->levensgebied}, scripted(script));
    ASSERT_TRUE(r.error.empty()) << r.error;
    auto at =
        std::find_if(r.steps.begin(), r.steps.end(), [&](const WalkStep& s) { return s.question == so.node->id; });
    ASSERT_NE(at, r.steps.end()) << "the walk never reached the question";
    const json& before = at == r.steps.begin() ? r.startView : (at - 1)->view;
    EXPECT_TRUE(before.value("urgent", json::array()).empty())
        << "urgent help before the safety answer: " << before["urgent"].dump();
    const json& view = at->view;
    json urgent = view.value("urgent", json::array());
    ASSERT_FALSE(urgent.empty()) << "no direct help right after the safety answer";
    for (const json& a : urgent) {
      EXPECT_EQ(a.value("rung", -1), 0) << a.value("id", "");
      EXPECT_TRUE(mentionsAny(adviceText(a), {"112", "113", "Veilig Thuis", "huisarts", "politie"}))
          << a.value("id", "") << " names nobody to contact: it leaves the resident to self-service";
    }
    EXPECT_TRUE(view.contains("question") && !view["question"].is_null()) << "the help must show before the tree ends";
    std::string text = urgentText(view);
    for (const std::string& fact : so.facts) {
      auto must = safetyMustName().find(fact);
      if (must == safetyMustName().end()) {
        ADD_FAILURE() << "safety fact " << fact << " has no expectation in this test: decide what its help must name";
        continue;
      }
      for (const std::string& name : must->second)
        EXPECT_TRUE(mentions(text, name)) << fact << ": the direct help does not name " << name << ":\n" << text;
    }
    // Still there, first, when the walk is done.
    std::set<std::string> finalUrgent;
    for (const json& a : r.advice.value("urgent", json::array())) finalUrgent.insert(a.value("id", ""));
    for (const json& a : urgent)
      EXPECT_TRUE(finalUrgent.count(a.value("id", ""))) << a.value("id", "") << " gone at the end";
  }
}

TEST_F(HaarlemRules, SafetyRoutesCoverViolenceChildrenCrisisAndSuicideWithVeiligThuis112And113) {
  std::set<std::string> facts;
  for (const SafetyOption& so : safetyOptions(c())) facts.insert(so.facts.begin(), so.facts.end());
  EXPECT_TRUE(facts.count("onveilig-thuis")) << "no answer signals huiselijk geweld";
  EXPECT_TRUE(facts.count("kind-in-gevaar")) << "no answer signals a child at risk";
  EXPECT_TRUE(facts.count("acute-crisis") || facts.count("direct-gevaar")) << "no answer signals an acute crisis";
  EXPECT_TRUE(facts.count("suicidegedachten")) << "no answer signals thoughts of suicide";
  // Across all safety routes the direct help names all three.
  std::string all;
  for (const SafetyOption& so : safetyOptions(c())) {
    Resident r = walk(c(), {so.tree->levensgebied}, scripted({{so.node->id, optionValue(*so.node, *so.option)}}));
    ASSERT_TRUE(r.error.empty()) << r.error;
    for (const WalkStep& s : r.steps) all += urgentText(s.view);
  }
  for (const char* name : {"Veilig Thuis", "112", "113"}) EXPECT_TRUE(mentions(all, name)) << name;
  // And the same holds for residents who answer at random: whenever an answer signals danger, direct help shows.
  for (const Resident& r : randomResidents()) {
    ASSERT_TRUE(r.error.empty()) << r.error;
    std::set<std::string> signalled;
    for (const WalkStep& s : r.steps) {
      const Node* n = c().node(s.question);
      if (!n) continue;
      for (const Option& o : n->options) {
        bool chosen = s.value == optionValue(*n, o) ||
                      (s.value.is_array() && std::find(s.value.begin(), s.value.end(), json(o.id)) != s.value.end());
        if (!chosen) continue;
        for (const std::string& f : safetyFactsOf(o)) signalled.insert(f);
      }
      if (signalled.empty()) continue;
      ASSERT_FALSE(s.view.value("urgent", json::array()).empty())
          << "no direct help after " << s.question << ": " << r.describe();
      std::string text = urgentText(s.view);
      for (const std::string& f : signalled) {
        auto must = safetyMustName().find(f);
        if (must == safetyMustName().end()) continue;
        for (const std::string& name : must->second)
          EXPECT_TRUE(mentions(text, name))
              << f << " without " << name << " after " << s.question << ": " << r.describe();
      }
    }
  }
}

// =================================================================================================================
// 5. Algemene voorzieningen before maatwerk (004 L6242-6249)

TEST_F(HaarlemRules, AlgemeneVoorzieningenExistWhereverThereIsMaatwerk) {
  std::map<std::string, std::set<int>> rungs;
  for (const Advice& a : c().advice) rungs[a.levensgebied].insert(a.rung);
  for (const auto& [lg, set] : rungs)
    if (set.count(7)) {
      EXPECT_TRUE(set.count(4)) << lg << " has maatwerk (rung 7) but no algemene voorziening (rung 4)";
    }
  // Per outcome: whatever names maatwerk also names an algemene voorziening.
  for (const Tree& t : c().trees)
    for (const Node& n : t.nodes) {
      if (n.isQuestion()) continue;
      bool has4 = false, has7 = false;
      for (const std::string& id : n.advice)
        if (const Advice* a = c().adviceItem(id)) {
          has4 |= a->rung == 4;
          has7 |= a->rung == 7;
        }
      if (has7) {
        EXPECT_TRUE(has4) << t.id << "/" << n.id << " names maatwerk but no algemene voorziening";
      }
    }
}

TEST_F(HaarlemRules, NoPersonaGetsMaatwerkWithoutAnAlgemeneVoorzieningBeforeIt) {
  std::size_t personas = 0;
  for (const auto& entry : std::filesystem::directory_iterator(EKW_SOURCE_DIR "/tests/personas")) {
    if (entry.path().extension() != ".json") continue;
    ++personas;
    auto text = files::readFile(entry.path().string());
    ASSERT_TRUE(text) << entry.path();
    json r = simulate(c(), json::parse(*text), "nl");
    ASSERT_TRUE(r.value("ok", false)) << entry.path() << ": " << r.value("error", "");
    for (const json& g : r["advice"])
      EXPECT_EQ(maatwerkWithoutAlgemeen(g), "")
          << entry.path().stem() << "/" << g.value("id", "") << ": maatwerk without an algemene voorziening before it";
  }
  EXPECT_GE(personas, 7u);
}

TEST_F(HaarlemRules, NoResidentGetsMaatwerkWithoutAnAlgemeneVoorzieningBeforeIt) {
  std::map<std::string, std::string> problems;  // advice id -> one resident who shows it
  std::set<std::string> maatwerkSeen;
  for (const Resident& r : randomResidents()) {
    ASSERT_TRUE(r.error.empty()) << r.error;
    for (const std::string& lg : r.levensgebieden) {
      json g = r.group(lg);
      for (const json& a : g.value("advice", json::array()))
        if (a.value("rung", -1) == 7) maatwerkSeen.insert(a.value("id", ""));
      std::string bad = maatwerkWithoutAlgemeen(g);
      if (!bad.empty()) problems.emplace(bad, r.describe());
    }
  }
  // Not vacuous: the residents met (nearly) every maatwerk item the content has.
  std::size_t maatwerkItems = 0;
  for (const Advice& a : c().advice) maatwerkItems += a.rung == 7 ? 1 : 0;
  EXPECT_GE(maatwerkSeen.size() * 4, maatwerkItems * 3) << maatwerkSeen.size() << " of " << maatwerkItems;
  for (const Resident& r : allHouseholdResidents()) {
    std::string bad = maatwerkWithoutAlgemeen(r.group("huishouden"));
    if (!bad.empty()) problems.emplace(bad, r.describe());
  }
  for (const auto& [id, who] : problems)
    ADD_FAILURE() << id << " shown without a rung-4 advice before it, e.g. for " << who;
}

// =================================================================================================================
// 6. A request for a named provision is the start of vraagverheldering, not the end (000 L1054-1091)

TEST_F(HaarlemRules, MeneerDeJongAsksForHouseholdHelpAndAScootmobielAndGetsTheNeighbourhoodFirst) {
  auto text = files::readFile(EKW_SOURCE_DIR "/tests/personas/meneer-de-jong.json");
  ASSERT_TRUE(text);
  json persona = json::parse(*text);
  json r = simulate(c(), persona, "nl");
  ASSERT_TRUE(r.value("ok", false)) << r.value("error", "");
  // He names the provisions he wants, and the questions go on after that.
  std::vector<std::string> asked;
  for (const json& s : r["path"]) asked.push_back(s.value("question", ""));
  for (const char* named : {"huishouden-vraag", "gezondheid-vraag"}) {
    auto at = std::find(asked.begin(), asked.end(), named);
    ASSERT_NE(at, asked.end()) << named << " was not asked";
  }
  auto vraag = std::find(asked.begin(), asked.end(), "huishouden-vraag");
  EXPECT_TRUE(std::any_of(vraag + 1, asked.end(), [](const std::string& q) { return q.rfind("huishouden-", 0) == 0; }))
      << "the household questions stop at the request for huishoudelijke hulp";
  std::set<std::string> services;
  for (const json& g : r["advice"])
    for (const json& a : g["advice"]) {
      EXPECT_NE(a.value("rung", -1), 7) << g.value("id", "") << ": " << a.value("id", "") << " is maatwerk";
      EXPECT_TRUE(a["form"].is_null() || a["form"].value("kind", "") == "aanmelding")
          << a.value("id", "") << " leads to " << a["form"].dump();
      for (const json& s : a["services"]) {
        services.insert(s.value("id", ""));
        EXPECT_NE(s.value("level", ""), "maatwerk")
            << a.value("id", "") << " shows maatwerk service " << s.value("id", "");
      }
    }
  for (const json& f : r["forms"]) EXPECT_NE(f.value("kind", ""), "aanvraag") << f.value("id", "");
  for (const json& f : r["forms"]) EXPECT_NE(f.value("kind", ""), "melding") << f.value("id", "");
  EXPECT_TRUE(services.count("svc-ouderenbond-vrijwilligers")) << "no volunteers";
  EXPECT_TRUE(services.count("svc-boodschappen-buurtbedrijf")) << "no buurtbedrijf for the shopping";
  EXPECT_TRUE(services.count("svc-buuv")) << "no BUUV";
  EXPECT_FALSE(services.count("svc-scootmobiel"));
  EXPECT_FALSE(services.count("svc-huishoudelijke-hulp"));
}

// =================================================================================================================
// 7. The Wmo route: melding, onderzoek within 6 weeks, aanvraag, beschikking within 2 weeks (004 L6210-6222,
// L3932-3968)

const std::vector<std::string> kSixWeeks = {"zes weken", "6 weken"};
const std::vector<std::string> kTwoWeeks = {"twee weken", "2 weken"};

TEST_F(HaarlemRules, MeldingWmoFormExplainsTheRouteAfterSubmitting) {
  // A resident with zwaar regieverlies who has not contacted the gemeente gets the melding form; what it says.
  Resident r =
      walk(c(), {"huishouden"},
           scripted(household(
               {{"huishouden-netwerk", "niemand"}, {"huishouden-regelen", "nee"}, {"huishouden-wmo-status", "nee"}})));
  ASSERT_TRUE(r.error.empty()) << r.error;
  json form = api::handle(c(), "form", {{"session", r.session}, {"form", "melding-wmo"}});
  ASSERT_FALSE(form.contains("error")) << form.dump();
  EXPECT_EQ(form.value("kind", ""), "melding");
  EXPECT_TRUE(mentions(form.value("law", ""), "Wmo"));
  std::string intro = form.value("intro", "");
  std::string after = form.value("afterSubmit", "");
  EXPECT_TRUE(mentions(intro + after, "melding")) << "the form does not say it is a melding";
  std::size_t six = findAny(after, kSixWeeks);
  ASSERT_NE(six, std::string::npos) << "afterSubmit does not say the onderzoek is within 6 weeks: " << after;
  EXPECT_NE(findAny(after, {"onderzoek", "gesprek"}), std::string::npos) << after;
  std::size_t aanvraag = findAny(after, {"aanvraag"}, six);
  EXPECT_NE(aanvraag, std::string::npos) << "no aanvraag after the onderzoek: " << after;
  std::size_t two = findAny(after, kTwoWeeks, aanvraag == std::string::npos ? 0 : aanvraag);
  EXPECT_NE(two, std::string::npos) << "no decision within 2 weeks after the aanvraag: " << after;
  EXPECT_TRUE(mentions(after, "beschikking")) << after;
}

TEST_F(HaarlemRules, WmoMaatwerkAdviceTellsTheRouteInOrder) {
  std::size_t checked = 0;
  for (const Advice& a : c().advice) {
    if (a.rung != 7 || a.steps.empty()) continue;
    const Form* f = c().form(a.form);
    if (!f || !mentions(f->law, "Wmo")) continue;
    ++checked;
    std::string steps;
    for (const Text& s : a.steps) {
      steps += nl(s);
      steps += "\n";
    }
    std::size_t melding = findAny(steps, {"melding"});
    std::size_t six = findAny(steps, kSixWeeks);
    std::size_t aanvraag = six == std::string::npos ? std::string::npos : findAny(steps, {"aanvraag"}, six);
    std::size_t two = aanvraag == std::string::npos ? std::string::npos : findAny(steps, kTwoWeeks, aanvraag);
    EXPECT_NE(melding, std::string::npos) << a.id << ": no melding";
    EXPECT_NE(six, std::string::npos) << a.id << ": no onderzoek within 6 weeks";
    EXPECT_LT(melding, six) << a.id << ": the melding must come before the onderzoek";
    EXPECT_NE(findAny(steps, {"onderzoek", "gesprek"}), std::string::npos) << a.id;
    EXPECT_NE(aanvraag, std::string::npos) << a.id << ": no aanvraag after the onderzoek";
    EXPECT_NE(two, std::string::npos) << a.id << ": no decision within 2 weeks after the aanvraag";
    EXPECT_TRUE(mentions(steps, "beschikking")) << a.id;
  }
  EXPECT_GE(checked, 3u);
  // Wmo aanvraag forms: the decision (beschikking) within 2 weeks.
  for (const Form& f : c().forms) {
    if (f.kind != "aanvraag" || !mentions(f.law, "Wmo")) continue;
    std::string after = nl(f.afterSubmit);
    EXPECT_NE(findAny(after, kTwoWeeks), std::string::npos) << f.id << ": " << after;
    EXPECT_TRUE(mentions(after, "beschikking")) << f.id << ": " << after;
  }
}

// =================================================================================================================
// 8. Traceability: every item cites seed lines that exist

int lineCount(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return -1;
  std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  int lines = static_cast<int>(std::count(all.begin(), all.end(), '\n'));
  if (!all.empty() && all.back() != '\n') ++lines;
  return lines;
}

// "" when `source` names an existing seed file and lines inside it, else what is wrong.
std::string checkSource(const std::string& source) {
  static std::map<std::string, int> counts;
  std::size_t colon = source.rfind(':');
  if (colon == std::string::npos || colon == 0) return "no file:lines";
  std::string file = source.substr(0, colon), range = source.substr(colon + 1);
  if (file.find('/') != std::string::npos) return "not a file in the seeds";
  auto it = counts.find(file);
  if (it == counts.end()) {
    std::string path = EKW_SHARED_DIR "/seeds/";
    path += file;
    it = counts.emplace(file, lineCount(path)).first;
  }
  if (it->second < 0) return "no such seed file";
  std::size_t dash = range.find('-');
  std::string a = range.substr(0, dash), b = dash == std::string::npos ? a : range.substr(dash + 1);
  auto digits = [](const std::string& s) {
    return !s.empty() && s.size() < 9 &&
           std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  if (!digits(a) || !digits(b)) return "bad line range";
  int from = std::stoi(a), to = std::stoi(b);
  if (from < 1 || to < from) return "bad line range";
  if (to > it->second) {
    std::string msg = "lines past the end of the file (";
    msg += std::to_string(it->second);
    msg += " lines)";
    return msg;
  }
  return "";
}

TEST_F(HaarlemRules, EveryItemCitesSeedLinesThatExist) {
  std::size_t sources = 0;
  auto check = [&](const std::string& what, const std::string& id, const std::vector<std::string>& list) {
    EXPECT_FALSE(list.empty()) << what << " " << id << " cites no source";
    for (const std::string& s : list) {
      ++sources;
      std::string problem = checkSource(s);
      EXPECT_EQ(problem, "") << what << " " << id << ": " << s;
    }
  };
  for (const Advice& a : c().advice) check("advice", a.id, a.sources);
  for (const Service& s : c().services) check("service", s.id, s.sources);
  for (const Form& f : c().forms) check("form", f.id, f.sources);
  for (const Organization& o : c().organizations) check("organisation", o.id, o.sources);
  for (const BuuvTemplate& b : c().buuvTemplates) check("BUUV template", b.id, b.sources);
  for (const Levensgebied& l : c().levensgebieden) check("levensgebied", l.id, l.sources);
  EXPECT_GT(sources, 300u);
}

}  // namespace
}  // namespace ekw
