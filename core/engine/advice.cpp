#include "core/engine/advice.h"

#include <algorithm>
#include <unordered_set>

#include "core/engine/messages.h"

namespace ekw {

using nlohmann::json;

namespace {

bool holds(const Advice& a, const json& data) { return a.when && rules::truthy(a.when->apply(data)); }

void addOnce(std::vector<const Advice*>& list, const Advice* a) {
  if (a && std::find(list.begin(), list.end(), a) == list.end()) list.push_back(a);
}

// Rung 0 in order of urgency: acute danger (112) first, then crisis lines, then the rest; content order within.
int urgencyRank(const Advice& a) {
  if (a.urgency == "acute") return 0;
  if (a.urgency == "soon") return 2;
  return 1;  // "crisis", and direct help that does not say
}

}  // namespace

std::vector<const Advice*> urgentAdvice(const Content& content, const SessionState& state, const Walk& walk) {
  json data = ruleData(state, walk);
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
  json data = ruleData(state, walk);
  for (const std::string& lgId : state.levensgebieden) {
    const Levensgebied* lg = content.levensgebied(lgId);
    if (!lg) continue;
    AdviceGroup group;
    group.levensgebied = lg;
    auto reached = walk.outcomes.find(lgId);
    if (reached != walk.outcomes.end()) {
      group.outcome = reached->second;
      for (const std::string& id : reached->second->advice)
        if (const Advice* a = content.adviceItem(id); a && (!a->when || holds(*a, data))) addOnce(group.advice, a);
      for (const Advice& a : content.advice)
        if (a.levensgebied == lgId && holds(a, data)) addOnce(group.advice, &a);
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

json adviceJson(const Content& content, const Advice& a, const ServiceFit& fit, const std::string& language) {
  json steps = json::array();
  for (const Text& t : a.steps) steps.push_back(t.in(language));
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
          {"title", a.title.in(language)},
          {"text", a.text.in(language)},
          {"steps", steps},
          {"services", services},
          {"form", form},
          {"buuv", buuv},
          {"sources", a.sources}};
}

}  // namespace ekw
