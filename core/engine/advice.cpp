#include "core/engine/advice.h"

#include <algorithm>
#include <unordered_set>

#include "core/engine/known.h"
#include "core/engine/messages.h"

namespace ekw {

using nlohmann::json;

namespace {

bool holds(const Advice& a, const json& data) { return a.when && rules::truthy(a.when->apply(data)); }

void addOnce(std::vector<const Advice*>& list, const Advice* a) {
  if (a && std::find(list.begin(), list.end(), a) == list.end()) list.push_back(a);
}

// The facts the answers and the outcome on one levensgebied's path set: what its advice must not contradict.
json factsOnPath(const SessionState& state, const Walk& walk, const std::string& lg) {
  json facts = json::object();
  auto merge = [&](const json& more) {
    if (more.is_object())
      for (auto it = more.begin(); it != more.end(); ++it) facts[it.key()] = *it;
  };
  for (const Step& s : walk.steps) {
    if (s.tree->levensgebied != lg) continue;
    if (!s.node->isQuestion()) {
      merge(s.node->facts);
      continue;
    }
    auto answer = state.answers.find(s.node->id);
    if (answer == state.answers.end()) continue;
    std::vector<std::string> chosen;
    if (answer->is_string()) chosen.push_back(answer->get<std::string>());
    if (answer->is_boolean()) chosen.push_back(answer->get<bool>() ? "ja" : "nee");
    if (answer->is_array())
      for (const json& a : *answer)
        if (a.is_string()) chosen.push_back(a.get<std::string>());
    for (const std::string& id : chosen)
      if (const Option* o = s.node->option(id)) merge(o->facts);
  }
  return facts;
}

const Text& either(const Text& own, const Text& other, bool forOther) { return forOther && !other.empty() ? other : own; }

// Rung 0 in order of urgency: acute danger (112) first, then crisis lines, then the rest; content order within.
int urgencyRank(const Advice& a) {
  if (a.urgency == "acute") return 0;
  if (a.urgency == "soon") return 2;
  return 1;  // "crisis", and direct help that does not say
}

}  // namespace

// The walk keeps data.unknown (the levensgebieden answered mostly with "weet ik niet") as it reaches outcomes.
const json& adviceData(const SessionState& state, const Walk& walk) { return ruleData(state, walk); }

std::string contradictedFact(const Advice& advice, const json& facts) {
  for (auto it = advice.presumes.begin(); it != advice.presumes.end(); ++it) {
    auto f = facts.find(it.key());
    if (f != facts.end() && *f != *it) return it.key();
  }
  return "";
}

bool forSomeoneElse(const SessionState& state) {
  auto it = state.context.find("forSomeoneElse");
  return it != state.context.end() && it->is_boolean() && it->get<bool>();
}

std::vector<const Advice*> urgentAdvice(const Content& content, const SessionState& state, const Walk& walk) {
  const json& data = adviceData(state, walk);  // read in place: a click must not copy every answer
  std::vector<const Advice*> out;
  for (const Advice& a : content.advice)
    if (a.rung == 0 && holds(a, data)) addOnce(out, &a);
  for (const auto& [lg, outcome] : walk.outcomes)
    for (const std::string& id : outcome->advice)
      if (const Advice* a = content.adviceItem(id); a && a->rung == 0 && (!a->when || holds(*a, data))) addOnce(out, a);
  std::stable_sort(out.begin(), out.end(), [](const Advice* a, const Advice* b) { return urgencyRank(*a) < urgencyRank(*b); });
  return out;
}

nlohmann::json urgentJson(const Content& content, const std::vector<const Advice*>& urgent, const ServiceFit& fit,
                          const std::string& language) {
  json out = json::array();
  std::unordered_set<std::string> shown;  // a crisis service (Veilig Thuis, 113) once, with the most urgent help
  for (const Advice* a : urgent) {
    json item = adviceJson(content, *a, fit, language);
    json services = json::array();
    for (json& s : item["services"])
      if (shown.insert(s["id"].get<std::string>()).second) services.push_back(std::move(s));
    item["services"] = std::move(services);
    out.push_back(std::move(item));
  }
  return out;
}

AdvicePlan buildAdvice(const Content& content, const SessionState& state, const Walk& walk) {
  AdvicePlan plan;
  plan.urgent = urgentAdvice(content, state, walk);
  const json& data = adviceData(state, walk);
  for (const std::string& lgId : state.levensgebieden) {
    const Levensgebied* lg = content.levensgebied(lgId);
    if (!lg) continue;
    AdviceGroup group;
    group.levensgebied = lg;
    auto reached = walk.outcomes.find(lgId);
    if (reached != walk.outcomes.end()) {
      group.outcome = reached->second;
      group.known = !(data.contains("unknown") && data.at("unknown").contains(lgId));
      // A levensgebied answered mostly with "Weet ik niet" reached its outcome by default ways: that outcome's
      // advice would rest on guesses, so only what the answers do show applies (rung 0, and advice whose `when`
      // holds, such as the way to the loket).
      for (const std::string& id : reached->second->advice)
        if (const Advice* a = content.adviceItem(id); a && (group.known || a->rung == 0) && (!a->when || holds(*a, data)))
          addOnce(group.advice, a);
      for (const Advice& a : content.advice)
        if (a.levensgebied == lgId && holds(a, data)) addOnce(group.advice, &a);
      json pathFacts = factsOnPath(state, walk, lgId);
      std::erase_if(group.advice, [&](const Advice* a) {
        std::string fact = contradictedFact(*a, pathFacts);
        if (fact.empty()) return false;
        plan.contradictions.push_back({a, lgId, fact, a->presumes[fact], pathFacts[fact]});
        return true;
      });
    }
    // Direct help is shown once, in the urgent block at the top, never again in a levensgebied's section.
    std::erase_if(group.advice, [&](const Advice* a) {
      return std::find(plan.urgent.begin(), plan.urgent.end(), a) != plan.urgent.end();
    });
    std::stable_sort(group.advice.begin(), group.advice.end(),
                     [](const Advice* a, const Advice* b) { return a->rung < b->rung; });
    for (const Advice* a : group.advice)
      if (!a->form.empty())
        if (const Form* f = content.form(a->form); f && std::find(plan.forms.begin(), plan.forms.end(), f) == plan.forms.end())
          plan.forms.push_back(f);
    plan.groups.push_back(std::move(group));
  }
  return plan;
}

std::vector<const Service*> servicesFor(const Content& content, const Advice& advice, const ServiceFit& fit) {
  std::vector<const Service*> out;
  auto add = [&](const Service* s) {
    if (s && serviceFits(content, *s, fit) && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  for (const std::string& id : advice.services) add(content.service(id));
  if (advice.serviceFilter)
    for (const Service& s : content.services)
      if (matchesFilter(s, *advice.serviceFilter)) add(&s);
  return out;
}

json adviceJson(const Content& content, const Advice& a, const ServiceFit& fit, const std::string& language, bool forOther) {
  json steps = json::array();
  const std::vector<Text>& stepTexts = forOther && !a.stepsOther.empty() ? a.stepsOther : a.steps;
  for (const Text& t : stepTexts) steps.push_back(t.in(language));
  json services = json::array();
  for (const Service* s : servicesFor(content, a, fit)) services.push_back(serviceJson(content, *s, language));
  json form = nullptr;
  if (const Form* f = content.form(a.form))
    form = {{"id", f->id}, {"name", f->name.in(language)}, {"kind", f->kind}};
  json buuv = json::array();
  for (const std::string& id : a.buuv)
    if (const BuuvTemplate* b = content.buuvTemplate(id)) buuv.push_back({{"id", b->id}, {"title", b->title.in(language)}});
  return {{"id", a.id},
          {"levensgebied", a.levensgebied},
          {"rung", a.rung},
          {"rungName", uiText(content, "rung." + std::to_string(a.rung), language)},
          {"title", either(a.title, a.titleOther, forOther).in(language)},
          {"text", either(a.text, a.textOther, forOther).in(language)},
          {"steps", steps},
          {"services", services},
          {"form", form},
          {"buuv", buuv},
          {"sources", a.sources}};
}

}  // namespace ekw
