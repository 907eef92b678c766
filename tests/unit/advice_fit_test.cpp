// Issue 8 items 4, 6, 7, 8 and 9 as tests over the Haarlem content: advice that fits the answers on every path of
// every tree, no dead ends ("Weet ik niet" and "niet bekend"), questions and advice for a relative filling it in,
// the seeds in the details (OV-taxi before individual mobility, what schulddienstverlening needs, ages), and words
// residents understand. Each test walks residents through the engine and asserts what they would see.
//
// Seeds: 002 L2132-2144 (CVV / OV-taxi first, maatwerk only after the onderzoek), 000 L956-967 (schulddienst-
// verlening: vermogen, partner), 002 L1269-1287 (ages of the target groups), 004 L1887-1894 (online, chat, phone),
// 000 L220-227 (the loket: persoonlijk, telefonisch of digitaal).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/api/engine_api.h"
#include "core/engine/advice.h"
#include "core/engine/known.h"
#include "core/engine/messages.h"
#include "core/engine/session.h"
#include "answer_fixture.h"
#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;

const Content& haarlem() { return *testing::haarlemContent().content; }

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}
bool mentions(const std::string& text, const std::string& what) { return lower(text).find(lower(what)) != std::string::npos; }

// Trees whose screening belongs to the safety work (issue 8 items 1-3), and questions that are safety signals.
bool isSafetyQuestion(const Tree& t, const Node& n) {
  static const std::set<std::string> signals = {"suicidegedachten", "onveilig-thuis", "kind-in-gevaar",
                                                "direct-gevaar",    "acute-crisis",   "extreem-risico"};
  if (t.levensgebied == "veiligheid") return true;
  for (const Option& o : n.options)
    for (auto it = o.facts.begin(); it != o.facts.end(); ++it)
      if (signals.count(it.key())) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Every path: the answers that steer a tree or that advice reads, each with every value that can make a difference.

struct RuleReads {
  std::set<std::string> answers;                       // question ids some rule reads
  std::map<std::string, std::set<double>> thresholds;  // numbers an answer is compared with
};

std::string answerRead(const json& rule) {
  if (!rule.is_object() || rule.size() != 1 || !rule.contains("var")) return "";
  json path = rule["var"];
  if (path.is_array() && !path.empty()) path = path[0];
  if (!path.is_string()) return "";
  std::string p = path.get<std::string>();
  if (p.rfind("answers.", 0) != 0) return "";
  p = p.substr(8);
  return p.substr(0, p.find('.'));
}

void scan(const json& rule, RuleReads& out) {
  if (rule.is_array()) {
    for (const json& r : rule) scan(r, out);
    return;
  }
  if (!rule.is_object() || rule.size() != 1) return;
  if (std::string id = answerRead(rule); !id.empty()) {
    out.answers.insert(id);
    return;
  }
  static const std::set<std::string> comparisons = {"<", "<=", ">", ">=", "==", "!=", "===", "!=="};
  // Not a binding to *rule.items().begin(): that proxy is a temporary, and its key() dangles (ASan).
  const std::string op = rule.begin().key();
  const json& args = rule.begin().value();
  if (comparisons.count(op) && args.is_array()) {
    std::string id;
    for (const json& a : args)
      if (std::string r = answerRead(a); !r.empty()) id = r;
    if (!id.empty())
      for (const json& a : args)
        if (a.is_number()) out.thresholds[id].insert(a.get<double>());
  }
  scan(args, out);
}

const RuleReads& ruleReads() {
  static const RuleReads reads = [] {
    RuleReads r;
    auto next = [&](const Next& n) {
      for (const Branch& b : n.branches)
        if (b.when) scan(b.when->source(), r);
    };
    for (const Tree& t : haarlem().trees)
      for (const Node& n : t.nodes) {
        next(n.next);
        for (const Option& o : n.options) next(o.next);
      }
    for (const Advice& a : haarlem().advice)
      if (a.when) scan(a.when->source(), r);
    return r;
  }();
  return reads;
}

bool steers(const Node& n) {
  if (ruleReads().answers.count(n.id)) return true;
  return std::any_of(n.options.begin(), n.options.end(),
                     [](const Option& o) { return !o.next.empty() || (o.facts.is_object() && !o.facts.empty()); });
}

// The values to try for a question; null stands for "Weet ik niet" (or skipping an optional question).
std::vector<json> candidates(const Node& n) {
  std::vector<json> out;
  bool all = steers(n);
  switch (n.type) {
    case NodeType::Single:
      for (const Option& o : n.options) {
        out.push_back(o.id);
        if (!all) break;
      }
      break;
    case NodeType::YesNo:
      out.push_back(false);
      if (all) out.push_back(true);
      break;
    case NodeType::Multiple: {
      json together = json::array();
      for (const Option& o : n.options) {
        if (all || out.empty()) out.push_back(json::array({o.id}));
        if (!o.exclusive) together.push_back(o.id);
      }
      if (all && together.size() > 1) out.push_back(together);
      break;
    }
    case NodeType::Number: {
      std::set<double> values = {n.min.value_or(0)};
      if (all) {
        if (n.max) values.insert(*n.max);
        auto t = ruleReads().thresholds.find(n.id);
        if (t != ruleReads().thresholds.end())
          for (double k : t->second)
            for (double v : {k - 1, k, k + 1})
              if ((!n.min || v >= *n.min) && (!n.max || v <= *n.max)) values.insert(v);
      }
      for (double v : values) out.push_back(n.integer ? json(static_cast<long long>(v)) : json(v));
      break;
    }
    case NodeType::Date:
      out.push_back(n.notInPast ? "2027-03-01" : "2026-11-01");
      if (all) out.push_back(n.notInPast ? "2026-11-30" : "2020-01-15");
      break;
    case NodeType::Outcome:
      break;
    default:  // a typed answer no rule reads (a postcode, a text): the one tests/fixtures/answers.json gives
      out.push_back(testing::fixtureAnswer(n));
      break;
  }
  if ((n.allowUnknown || n.optional) && all) out.push_back(nullptr);
  return out;
}

struct Leaf {
  SessionState state;
  Walk walk;
};

// Calls `visit` for every way through one tree (answering each question with each of its candidates).
std::size_t everyPath(const std::string& lg, const std::function<void(const Leaf&)>& visit, std::size_t cap = 400000) {
  const Content& c = haarlem();
  std::size_t leaves = 0;
  std::function<void(const SessionState&)> go = [&](const SessionState& s) {
    if (leaves >= cap) return;
    Walk w = replay(c, s);
    if (w.done()) {
      ++leaves;
      visit({s, std::move(w)});
      return;
    }
    for (const json& v : candidates(*w.current)) {
      SessionState next = s;
      bool unknown = v.is_null() && w.current->allowUnknown;
      bool skip = v.is_null() && !unknown;
      Problem p = answerQuestion(c, next, v, unknown, skip);
      if (!p.ok()) {
        ADD_FAILURE() << lg << ": answer " << v.dump() << " to " << w.current->id << " refused: " << p.code;
        continue;
      }
      go(next);
    }
  };
  SessionState start;
  start.levensgebieden = {lg};
  start.context = {{"today", "2026-11-23"}};
  go(start);
  EXPECT_LT(leaves, cap) << lg << ": too many ways to walk them all";
  std::printf("[ %s: %zu ways ]\n", lg.c_str(), leaves);
  return leaves;
}

std::string describe(const SessionState& s) { return s.answers.dump(); }

// =================================================================================================================
// 7. Advice that fits the answers

TEST(AdviceFit, NoAdviceContradictsAnAnswerOnThePathThatLedToIt) {
  // Advice declares what it presumes ("presumes": {fact: value}); answers and outcomes set facts. Over every way
  // through every tree, no advice the engine would show presumes a fact the path set otherwise. (The engine leaves
  // such advice out; this test makes the content itself right, so nothing is silently lost.)
  std::size_t presuming = 0;
  for (const Advice& a : haarlem().advice) presuming += !a.presumes.empty();
  EXPECT_GE(presuming, 10u) << "the content declares too few presumptions for this test to mean much";
  std::size_t total = 0, failures = 0, nobodyAround = 0;
  for (const Levensgebied& lg : haarlem().levensgebieden) {
    total += everyPath(lg.id, [&](const Leaf& leaf) {
      AdvicePlan plan = buildAdvice(haarlem(), leaf.state, leaf.walk);
      // The issue's own example, as a resident sees it: "Nee, er is niemand" and then "Vraag iemand uit uw omgeving".
      bool nobody = false;
      for (const Step& st : leaf.walk.steps) {
        const json& answer = leaf.state.answers.contains(st.node->id) ? leaf.state.answers[st.node->id] : json();
        if (const Option* o = answer.is_string() ? st.node->option(answer.get<std::string>()) : nullptr)
          nobody |= o->facts.value("geen-netwerk", false) == true;
      }
      if (nobody) {
        ++nobodyAround;
        for (const AdviceGroup& g : plan.groups)
          for (const Advice* a : g.advice)
            EXPECT_FALSE(a->rung == 2 && a->presumes.value("geen-netwerk", true) == false)
                << lg.id << ": " << a->id << " after " << describe(leaf.state);
      }
      for (const Contradiction& x : plan.contradictions)
        if (++failures <= 15)
          ADD_FAILURE() << lg.id << ": " << x.advice->id << " presumes " << x.fact << " = " << x.presumed.dump()
                        << ", but the path set " << x.actual.dump() << " (outcome "
                        << leaf.walk.outcomes.begin()->second->id << ") after " << describe(leaf.state);
    });
  }
  EXPECT_EQ(failures, 0u);
  EXPECT_GT(total, 5000u) << "every-path walk is too small";
  EXPECT_GT(nobodyAround, 100u) << "too few ways with nobody around to check";
  std::printf("[ walked %zu ways through %zu trees ]\n", total, haarlem().trees.size());
}

TEST(AdviceFit, AContradictingAdviceIsLeftOutAndReported) {
  // The check itself can fail: a resident who cannot arrange help themselves (huishouden-regelen "nee") is never
  // shown "Regel zelf schoonmaakhulp", even where an outcome would name it.
  const Content& c = haarlem();
  const Advice* market = c.adviceItem("huishouden-algemeen-markt");
  ASSERT_NE(market, nullptr);
  ASSERT_EQ(market->presumes.value("kan-zelf-regelen", json()), true);
  SessionState s;
  s.levensgebieden = {"huishouden"};
  // The household answers up to "Kunt u zelf hulp regelen?" (facts are set as soon as an option is chosen).
  s.answers = {{"huishouden-zelf", json::array({"licht-schoonmaken"})}, {"huishouden-nodig", json::array({"zwaar-schoonmaken"})},
               {"huishouden-huisgenoten", false}, {"huishouden-netwerk", "niet-hiervoor"}, {"huishouden-vraag", "weet-niet"},
               {"huishouden-hoe-vaak", "elke-week"}, {"huishouden-ervaring", true}, {"huishouden-regelen", "nee"}};
  Walk w = replay(c, s);
  EXPECT_EQ(w.facts.value("kan-zelf-regelen", json()), false);
  EXPECT_EQ(contradictedFact(*market, w.facts), "kan-zelf-regelen");
  s.answers["huishouden-regelen"] = "zelf";
  EXPECT_EQ(contradictedFact(*market, replay(c, s).facts), "");
}

// =================================================================================================================
// 4. No dead ends

TEST(NoDeadEnds, EveryQuestionAResidentCanHonestlyNotKnowOffersWeetIkNiet) {
  // Every question outside the safety screening, except the resident's own words (text), offers "Weet ik niet".
  for (const Tree& t : haarlem().trees)
    for (const Node& n : t.nodes) {
      if (!n.isQuestion() || n.type == NodeType::Text || isSafetyQuestion(t, n)) continue;
      EXPECT_TRUE(n.allowUnknown) << t.id << "/" << n.id << ": " << n.text.in("nl");
    }
}

// An answer that sets no facts (no safety signal): the first quiet option, else the first candidate.
json quietValue(const Node& n) {
  for (const Option& o : n.options)
    if ((o.facts.is_null() || o.facts.empty()) && o.next.empty()) {
      if (n.type == NodeType::Single) return o.id;
      if (n.type == NodeType::Multiple) return json::array({o.id});
      if (n.type == NodeType::YesNo) return o.id == "ja";
    }
  return candidates(n).front();
}

// Walks one levensgebied through the API answering "Weet ik niet" wherever it is offered.
json walkNotKnowing(const std::string& lg, json context = json::object()) {
  const Content& c = haarlem();
  context["today"] = "2026-11-23";
  json view = api::handle(c, "start", {{"levensgebieden", {lg}}, {"context", context}});
  for (int guard = 0; view.contains("question") && !view["question"].is_null() && guard < 100; ++guard) {
    const json& q = view["question"];
    json request = {{"session", view["session"]}};
    if (q.value("allowUnknown", false))
      request["unknown"] = true;
    else if (q.value("optional", false))
      request["skip"] = true;
    else {
      request["value"] = quietValue(*c.node(q.value("id", "")));
    }
    view = api::handle(c, "answer", request);
    EXPECT_FALSE(view.contains("answerError") || view.contains("error")) << view.dump();
  }
  return api::handle(c, "advice", {{"session", view["session"]}});
}

json groupOf(const json& advice, const std::string& lg) {
  for (const json& g : advice.value("levensgebieden", json::array()))
    if (g.value("id", "") == lg) return g;
  return json::object();
}

TEST(NoDeadEnds, ALevensgebiedAnsweredMostlyWithWeetIkNietIsNietBekendAndLeadsToAPerson) {
  const Content& c = haarlem();
  for (const Levensgebied& lg : c.levensgebieden) {
    if (lg.id == "veiligheid") continue;
    SCOPED_TRACE(lg.id);
    json g = groupOf(walkNotKnowing(lg.id), lg.id);
    ASSERT_FALSE(g.empty());
    EXPECT_TRUE(g["level"].is_null()) << "no number for what the resident did not know: " << g.dump();
    EXPECT_EQ(g.value("known", true), false);
    EXPECT_EQ(g.value("levelText", ""), "Niet bekend");
    for (int level = 1; level <= 5; ++level) EXPECT_NE(g.value("levelText", ""), uiText(c, "level." + std::to_string(level), "nl"));
    // Never shown as fine: the outcome reached by the default ways is not presented as the resident's situation.
    for (const Node& n : c.treeFor(lg.id)->nodes)
      if (!n.isQuestion()) {
        EXPECT_NE(g.value("outcome", ""), n.text.in("nl"));
      }
    bool loket = false;
    for (const json& a : g.value("advice", json::array())) {
      std::string text = a.value("title", "");
      text += " ";
      text += a.value("text", "");
      for (const json& st : a.value("steps", json::array())) {
        text += " ";
        text += st.get<std::string>();
      }
      bool toLoket = std::any_of(a["services"].begin(), a["services"].end(),
                                 [](const json& s) { return s.value("id", "") == "svc-loket-informatie-advies"; });
      if (a.value("rung", -1) == 5 && toLoket && mentions(text, "14 023")) loket = true;
      EXPECT_FALSE(a.value("rung", -1) == 3 && mentions(a.value("title", ""), "aanbieden"))
          << "someone who knew nothing is not asked to help others: " << a.value("id", "");
    }
    EXPECT_TRUE(loket) << "no rung-5 way to the loket with 14 023: " << g.dump();
  }
}

TEST(NoDeadEnds, OneWeetIkNietStillGivesALevel) {
  // "Mostly": a resident who did not know one answer still gets the level of the outcome they reached.
  const Content& c = haarlem();
  json view = api::handle(c, "start", {{"levensgebieden", {"geld"}}, {"context", {{"today", "2026-11-23"}}}});
  bool first = true;
  for (int guard = 0; !view["question"].is_null() && guard < 50; ++guard) {
    const json& q = view["question"];
    json request = {{"session", view["session"]}};
    if (first && q.value("allowUnknown", false)) {
      request["unknown"] = true;
      first = false;
    } else {
      request["value"] = quietValue(*c.node(q.value("id", "")));
      if (request["value"].is_null()) request = {{"session", view["session"]}, {"skip", true}};
    }
    view = api::handle(c, "answer", request);
  }
  json g = groupOf(api::handle(c, "advice", {{"session", view["session"]}}), "geld");
  EXPECT_TRUE(g["level"].is_number_integer()) << g.dump();
  EXPECT_EQ(g.value("known", false), true);
}

// =================================================================================================================
// 9. Words residents understand

TEST(ResidentWords, LevelsAreShownInEverydayWordsAndTheMatrixTermsStayForStaff) {
  const Content& c = haarlem();
  std::set<std::string> seen;
  for (int level = 1; level <= 5; ++level) {
    std::string resident = uiText(c, "level." + std::to_string(level), "nl");
    std::string staff = uiText(c, "zrm." + std::to_string(level), "nl");
    EXPECT_FALSE(mentions(resident, "zelfredzaam")) << resident;
    EXPECT_TRUE(mentions(staff, "zelfredzaam") || mentions(staff, "acute")) << staff;
    EXPECT_TRUE(seen.insert(resident).second) << "two levels share the words " << resident;
  }
  // As the resident sees it on the advice page, with the staff term beside it for exports.
  json view = api::handle(c, "start", {{"levensgebieden", {"wonen"}}, {"context", {{"today", "2026-11-23"}}}});
  for (int guard = 0; !view["question"].is_null() && guard < 50; ++guard)
    view = api::handle(c, "answer", {{"session", view["session"]},
                                     {"value", quietValue(*c.node(view["question"].value("id", "")))}});
  json g = groupOf(api::handle(c, "advice", {{"session", view["session"]}}), "wonen");
  ASSERT_TRUE(g["level"].is_number_integer()) << g.dump();
  std::string n = std::to_string(g["level"].get<int>());
  EXPECT_EQ(g.value("levelText", ""), uiText(c, "level." + n, "nl"));
  EXPECT_EQ(g.value("zrmText", ""), uiText(c, "zrm." + n, "nl"));
}

TEST(ResidentWords, NoResidentTextSaysIndicatie) {
  // "Indicatie" is staff language; residents read "U hoeft niets aan te vragen" instead.
  const Content& c = haarlem();
  auto check = [](const Text& t, const std::string& where) {
    for (const auto& [language, text] : t.byLanguage)
      if (language == "nl") {
        EXPECT_FALSE(mentions(text, "indicatie")) << where << ": " << text;
      }
  };
  for (const Tree& t : c.trees)
    for (const Node& n : t.nodes) {
      for (const Text* x : {&n.text, &n.hint, &n.why, &n.textOther, &n.hintOther, &n.whyOther}) check(*x, n.id);
      for (const Option& o : n.options) check(o.label, n.id + "/" + o.id);
    }
  for (const Advice& a : c.advice) {
    for (const Text* x : {&a.title, &a.text, &a.titleOther, &a.textOther}) check(*x, a.id);
    for (const Text& st : a.steps) check(st, a.id);
  }
  for (const Service& s : c.services) {
    check(s.name, s.id);
    check(s.description, s.id);
  }
  std::size_t plain = 0;
  for (const Advice& a : c.advice) plain += mentions(a.text.in("nl"), "niets aan te vragen");
  for (const Service& s : c.services) plain += mentions(s.description.in("nl"), "niets voor aan te vragen");
  EXPECT_GE(plain, 3u) << "the plain wording is missing where the content used to say 'geen indicatie nodig'";
}

// =================================================================================================================
// 6. For someone else (questions and advice texts)

// Words that address the reader as the person in question; a relative's variant only uses "u" for the relative
// ("uw naaste", "u helpt", "u dit invult", "voor wie u", "u namens", "u mag").
bool addressesTheReaderAsThePerson(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char ch : lower(text) + " ") {
    if (std::isalpha(static_cast<unsigned char>(ch))) {
      word += ch;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  static const std::set<std::string> afterU = {"helpt", "dit", "namens", "mag"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    const std::string next = i + 1 < words.size() ? words[i + 1] : "";
    const std::string prev = i > 0 ? words[i - 1] : "";
    if (w == "uw" && next != "naaste") return true;
    if (w == "u" && !afterU.count(next) && prev != "wie") return true;
    if (w == "bent" || w == "kunt" || w == "wilt" || w == "uzelf") return true;
  }
  return false;
}

TEST(ForSomeoneElse, EveryQuestionHasAVariantForTheRelativeThatSpeaksAboutThePersonTheyHelp) {
  // Mantelzorg is about the carer themselves; veiligheid's screening belongs to the safety work.
  std::size_t variants = 0;
  for (const Tree& t : haarlem().trees) {
    if (t.levensgebied == "mantelzorg" || t.levensgebied == "veiligheid") continue;
    for (const Node& n : t.nodes) {
      if (!n.isQuestion() || isSafetyQuestion(t, n)) continue;
      ASSERT_FALSE(n.textOther.empty()) << t.id << "/" << n.id << " has no forOther text";
      ++variants;
      EXPECT_NE(n.textOther.in("nl"), n.text.in("nl")) << n.id;
      EXPECT_FALSE(addressesTheReaderAsThePerson(n.textOther.in("nl"))) << n.id << ": " << n.textOther.in("nl");
      EXPECT_FALSE(n.textOther.in("en").empty()) << n.id;
    }
  }
  EXPECT_GE(variants, 70u);
}

TEST(ForSomeoneElse, QuestionPagesReadForThePersonAndRemindWhoItIsFor) {
  const Content& c = haarlem();
  json own = api::handle(c, "start", {{"levensgebieden", {"geld"}}, {"context", {{"today", "2026-11-23"}}}});
  json other = api::handle(c, "start", {{"levensgebieden", {"geld"}},
                                        {"context", {{"today", "2026-11-23"}, {"forSomeoneElse", true}}}});
  const Node* first = c.node(own["question"].value("id", ""));
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(own["question"].value("text", ""), first->text.in("nl"));
  EXPECT_EQ(own["question"].value("forWhom", "x"), "");
  EXPECT_EQ(other["question"].value("text", ""), first->textOther.in("nl"));
  EXPECT_TRUE(mentions(other["question"].value("forWhom", ""), "iemand anders")) << other["question"].dump();
  // Named, on every question of the walk.
  json named = api::handle(c, "start", {{"levensgebieden", {"wonen"}},
                                        {"context", {{"today", "2026-11-23"}, {"forSomeoneElse", true}, {"forName", "Jan"}}}});
  for (int guard = 0; !named["question"].is_null() && guard < 50; ++guard) {
    EXPECT_TRUE(mentions(named["question"].value("forWhom", ""), "Jan")) << named["question"].dump();
    named = api::handle(c, "answer", {{"session", named["session"]},
                                      {"value", quietValue(*c.node(named["question"].value("id", "")))}});
  }
  // English too.
  json en = api::handle(c, "start", {{"levensgebieden", {"geld"}}, {"language", "en"},
                                     {"context", {{"today", "2026-11-23"}, {"forSomeoneElse", true}}}});
  EXPECT_EQ(en["question"].value("text", ""), first->textOther.in("en"));
  EXPECT_TRUE(mentions(en["question"].value("forWhom", ""), "someone else"));
}

TEST(ForSomeoneElse, WhatToDoYourselfAndWithYourNetworkHasAVariantForTheRelative) {
  // Rungs 1 and 2 tell the resident what they and the people around them can do; a relative reads them about the
  // person they help. (Verslaving already speaks to relatives as well; mantelzorg is about the carer; veiligheid is
  // the safety work.)
  std::size_t variants = 0;
  for (const Advice& a : haarlem().advice) {
    if (a.rung < 1 || a.rung > 2 || a.when) continue;
    if (a.levensgebied == "verslaving" || a.levensgebied == "mantelzorg" || a.levensgebied == "veiligheid") continue;
    EXPECT_FALSE(a.titleOther.empty() || a.textOther.empty()) << a.id << " has no forOther title and text";
    EXPECT_NE(a.textOther.in("nl"), a.text.in("nl")) << a.id;
    EXPECT_FALSE(a.textOther.in("en").empty()) << a.id;
    ++variants;
  }
  EXPECT_GE(variants, 15u);
}

TEST(ForSomeoneElse, AdviceReadsForThePersonWhereTheContentHasAVariant) {
  json mine = groupOf(walkNotKnowing("geld"), "geld");
  json theirs = groupOf(walkNotKnowing("geld", {{"forSomeoneElse", true}}), "geld");
  auto text = [](const json& g, const std::string& id) {
    for (const json& a : g.value("advice", json::array()))
      if (a.value("id", "") == id) return a.value("text", "");
    return std::string();
  };
  EXPECT_EQ(text(mine, "geld-niet-bekend"), haarlem().adviceItem("geld-niet-bekend")->text.in("nl"));
  EXPECT_EQ(text(theirs, "geld-niet-bekend"), haarlem().adviceItem("geld-niet-bekend")->textOther.in("nl"));
  EXPECT_TRUE(mentions(text(theirs, "geld-niet-bekend"), "voor wie u dit invult"));
}

// =================================================================================================================
// 8. The seeds in the details

bool showsService(const Advice& a, const std::string& id) {
  return std::find(a.services.begin(), a.services.end(), id) != a.services.end();
}

TEST(SeedDetails, OvTaxiComesBeforeAnyIndividualMobilityProvision) {
  // 002 L2132-2144: for local travel the compensation is the CVV (OV-taxi); maatwerk only where the onderzoek shows
  // the OV-taxi does not fit.
  const Content& c = haarlem();
  const std::set<std::string> individual = {"svc-scootmobiel", "svc-rolstoel"};
  std::size_t withMobility = 0;
  everyPath("gezondheid", [&](const Leaf& leaf) {
    const json& a = leaf.state.answers;
    json moeite = a.value("gezondheid-moeite", json::array());
    bool travel = (moeite.is_array() && (std::find(moeite.begin(), moeite.end(), "lopen-buiten") != moeite.end() ||
                                         std::find(moeite.begin(), moeite.end(), "weggaan") != moeite.end())) ||
                  a.value("gezondheid-vraag", json()) == "vervoer" || a.value("gezondheid-vraag", json()) == "scootmobiel";
    for (const AdviceGroup& g : buildAdvice(c, leaf.state, leaf.walk).groups) {
      int cvv = -1, own = -1;
      for (std::size_t i = 0; i < g.advice.size(); ++i) {
        const Advice& x = *g.advice[i];
        bool isIndividual = std::any_of(individual.begin(), individual.end(), [&](const std::string& s) { return showsService(x, s); });
        EXPECT_FALSE(isIndividual && showsService(x, "svc-collectief-vervoer"))
            << x.id << ": the OV-taxi is not one option among the individual provisions";
        if (showsService(x, "svc-collectief-vervoer") && cvv < 0) cvv = static_cast<int>(i);
        if (isIndividual && own < 0) {
          own = static_cast<int>(i);
          EXPECT_TRUE(mentions(x.text.in("nl"), "OV-taxi")) << x.id << " does not say the OV-taxi comes first";
        }
      }
      if (own >= 0 && travel) {
        ++withMobility;
        EXPECT_GE(cvv, 0) << "individual mobility without the OV-taxi for " << describe(leaf.state);
        EXPECT_LT(cvv, own) << "the OV-taxi must come first for " << describe(leaf.state);
      }
    }
  });
  EXPECT_GT(withMobility, 20u);
  const Advice* ov = c.adviceItem("gezondheid-vervoer-ov-taxi");
  ASSERT_NE(ov, nullptr);
  EXPECT_TRUE(mentions(ov->text.in("nl"), "gesprek")) << "maatwerk only after the onderzoek";
}

TEST(SeedDetails, SchulddienstverleningIsOnlyAdvisedAfterAskingPartnerAndVermogen) {
  // 000 L961-967: "De gemeente kijkt bijvoorbeeld naar het vermogen of naar de eventuele partner." The tree asks both
  // on every way to the schulddienstverlening advice, so the aanvraag's check page can check the criteria.
  std::size_t toSdv = 0;
  everyPath("geld", [&](const Leaf& leaf) {
    for (const AdviceGroup& g : buildAdvice(haarlem(), leaf.state, leaf.walk).groups)
      for (const Advice* a : g.advice)
        if (a->form == "aanvraag-schulddienstverlening") {
          ++toSdv;
          EXPECT_TRUE(leaf.state.answers.contains("geld-partner")) << describe(leaf.state);
          EXPECT_TRUE(leaf.state.answers.contains("geld-vermogen")) << describe(leaf.state);
        }
  });
  EXPECT_GT(toSdv, 50u);
  const Node* vermogen = haarlem().node("geld-vermogen");
  ASSERT_NE(vermogen, nullptr);
  EXPECT_TRUE(vermogen->allowUnknown);
}

// The services shown to a resident of `age` over random walks through every levensgebied.
std::vector<json> servicesShownAt(int age) {
  const Content& c = haarlem();
  std::mt19937 rng(static_cast<unsigned>(age) * 7919u);
  std::vector<json> shown;
  for (const Levensgebied& lg : c.levensgebieden)
    for (int i = 0; i < 25; ++i) {
      json view = api::handle(c, "start", {{"levensgebieden", {lg.id}}, {"context", {{"today", "2026-11-23"}, {"age", age}}}});
      for (int guard = 0; !view["question"].is_null() && guard < 60; ++guard) {
        std::vector<json> values = candidates(*c.node(view["question"].value("id", "")));
        std::vector<json> all;
        const Node& n = *c.node(view["question"].value("id", ""));
        if (n.type == NodeType::Single)
          for (const Option& o : n.options) all.push_back(o.id);
        if (n.type == NodeType::YesNo) all = {true, false};
        if (all.empty()) all = values;
        json v = all[rng() % all.size()];
        json request = {{"session", view["session"]}};
        if (v.is_null())
          request[n.allowUnknown ? "unknown" : "skip"] = true;
        else
          request["value"] = v;
        view = api::handle(c, "answer", request);
      }
      json advice = api::handle(c, "advice", {{"session", view["session"]}});
      for (const json& g : advice.value("levensgebieden", json::array()))
        for (const json& a : g.value("advice", json::array()))
          for (const json& s : a.value("services", json::array())) shown.push_back(s);
    }
  return shown;
}

bool onlyFor(const Service& s, const std::string& group) {
  return !s.targetGroups.empty() &&
         std::all_of(s.targetGroups.begin(), s.targetGroups.end(), [&](const std::string& g) { return g == group; });
}

TEST(SeedDetails, ServicesCarryTheAgesTheirTargetGroupsImply) {
  const Content& c = haarlem();
  for (const Service& s : c.services) {
    if (onlyFor(s, "jongeren")) {
      EXPECT_TRUE(s.maxAge.has_value()) << s.id << " is for young people only but has no maxAge";
    }
    if (onlyFor(s, "ouderen")) {
      EXPECT_TRUE(s.minAge.has_value()) << s.id << " is for older people only but has no minAge";
    }
  }
  for (const char* adult : {"svc-bijstandsuitkering", "svc-schulddienstverlening", "svc-sociale-werkvoorziening"})
    EXPECT_EQ(c.service(adult)->minAge.value_or(0), 18) << adult;
  // What residents see: a 58-year-old is not offered youth services, a 16-year-old not adult ones.
  std::size_t at58 = 0, at16 = 0;
  for (const json& s : servicesShownAt(58)) {
    ++at58;
    const Service* svc = c.service(s.value("id", ""));
    EXPECT_FALSE(onlyFor(*svc, "jongeren")) << svc->id << " offered to a 58-year-old";
  }
  for (const json& s : servicesShownAt(16)) {
    ++at16;
    const Service* svc = c.service(s.value("id", ""));
    EXPECT_FALSE(svc->minAge && *svc->minAge >= 18) << svc->id << " offered to a 16-year-old";
    EXPECT_FALSE(onlyFor(*svc, "ouderen")) << svc->id << " offered to a 16-year-old";
  }
  EXPECT_GT(at58, 200u);
  EXPECT_GT(at16, 200u);
}

TEST(SeedDetails, AnonymousHelpForYoungPeopleSaysHowToReachIt) {
  // 004 L1887-1894: online 'stel uw vraag' and chat, by phone, in person. A 15-year-old who wants to ask anonymously
  // is told how to reach someone.
  const Content& c = haarlem();
  json view = api::handle(c, "start", {{"text", "Mijn moeder drinkt heel veel, ik wil het anoniem vragen."},
                                       {"context", {{"today", "2026-11-23"}, {"age", 15}}}});
  ASSERT_FALSE(view.contains("error")) << view.dump();
  for (int guard = 0; !view["question"].is_null() && guard < 60; ++guard) {
    const Node& n = *c.node(view["question"].value("id", ""));
    json request = {{"session", view["session"]}};
    if (n.id == "verslaving-anoniem")
      request["value"] = true;
    else if (n.id == "verslaving-wie")
      request["value"] = "ouder";
    else {
      json v = candidates(n).front();
      if (v.is_null()) request[n.allowUnknown ? "unknown" : "skip"] = true; else request["value"] = v;
    }
    view = api::handle(c, "answer", request);
  }
  json advice = api::handle(c, "advice", {{"session", view["session"]}});
  bool chat = false, phone = false;
  for (const json& g : advice.value("levensgebieden", json::array()))
    for (const json& a : g.value("advice", json::array()))
      for (const json& s : a.value("services", json::array())) {
        std::string d = s.value("description", "");
        if (mentions(d, "anoniem") || mentions(a.value("text", ""), "anoniem") || s.value("id", "") == "svc-cjg-informatie-advies") {
          chat |= mentions(d, "chat");
          phone |= mentions(d, "bellen") || mentions(d, "telefoon") || !s.value("phones", json::array()).empty();
        }
      }
  EXPECT_TRUE(chat) << advice.dump();
  EXPECT_TRUE(phone) << advice.dump();
}

}  // namespace
}  // namespace ekw
