#include "core/engine/sociale_kaart.h"

#include <algorithm>

#include "core/content/normalise.h"
#include "core/content/context_check.h"
#include "core/engine/text_match.h"

namespace ekw {

using nlohmann::json;

ServiceFit ServiceFit::fromContext(const json& context) {
  ServiceFit fit;
  if (!context.is_object()) return fit;
  if (context.contains("wijk") && context["wijk"].is_string()) fit.wijk = context["wijk"].get<std::string>();
  if (std::optional<int> age = contextAge(context)) fit.age = *age;  // only an age in range: never an unchecked cast
  if (context.contains("targetGroups") && context["targetGroups"].is_array())
    for (const json& g : context["targetGroups"])
      if (g.is_string()) fit.targetGroups.push_back(g.get<std::string>());
  return fit;
}

bool serviceFits(const Content& content, const Service& s, const ServiceFit& fit) {
  if (s.status != "active") return false;
  if (!fit.query.empty() && !matchesAllWords(s.searchText, fit.query)) return false;
  if (fit.age >= 0 && ((s.minAge && fit.age < *s.minAge) || (s.maxAge && fit.age > *s.maxAge))) return false;
  if (!fit.targetGroups.empty() && !s.targetGroups.empty()) {
    bool shared = std::any_of(s.targetGroups.begin(), s.targetGroups.end(), [&](const std::string& g) {
      return std::find(fit.targetGroups.begin(), fit.targetGroups.end(), g) != fit.targetGroups.end();
    });
    if (!shared) return false;
  }
  // Wijk and location membership are resolved once, when the content is indexed.
  if (!fit.wijk.empty() && !content.serviceSearch().serves(s, fit.wijk)) return false;
  return true;
}

bool matchesFilter(const Service& s, const ServiceFilter& f) {
  if (!f.levensgebied.empty() &&
      std::find(s.levensgebieden.begin(), s.levensgebieden.end(), f.levensgebied) == s.levensgebieden.end())
    return false;
  return (!f.rung || s.rung == *f.rung) && (f.level.empty() || s.level == f.level);
}

ServiceResults searchServices(const Content& content, const ServiceQuery& query) {
  // The index gives the services that have every query word (as a word start), in ladder order: algemene
  // voorzieningen before maatwerk, lower rungs first. Only those are checked against the resident and the filter.
  const ServiceIndex& index = content.serviceSearch();
  ServiceIndex::Bits candidates = index.matching(normaliseForSearch(query.text));
  if (!query.fit.wijk.empty()) index.keepWijk(candidates, query.fit.wijk);
  ServiceFit fit = query.fit;
  fit.wijk.clear();  // applied above
  ServiceResults out;
  ServiceIndex::forEach(candidates, index.ladder(), [&](const Service& s) {
    if (!matchesFilter(s, query.filter) || !serviceFits(content, s, fit)) return true;
    ++out.total;
    if (out.services.size() < query.limit) out.services.push_back(&s);
    return true;  // counting on: the total is shown
  });
  return out;
}

json serviceJson(const Content& content, const Service& s, const std::string& language) {
  json phones = json::array();
  for (const Phone& p : s.phones) phones.push_back({{"number", p.number}, {"description", p.description.in(language)}});
  json org = nullptr;
  if (const Organization* o = content.organization(s.organization)) {
    json orgPhones = json::array();
    for (const Phone& p : o->phones) orgPhones.push_back({{"number", p.number}, {"description", p.description.in(language)}});
    org = {{"id", o->id}, {"name", o->name}, {"website", o->website}, {"email", o->email}, {"phones", orgPhones}};
  }
  json locations = json::array();
  for (const Location* l : content.locationsOf(s.id)) {
    std::string wijkName;
    for (const Named& w : content.wijken)
      if (w.id == l->wijk) wijkName = w.name.in(language);
    locations.push_back({{"id", l->id},
                         {"name", l->name},
                         {"wijk", l->wijk},
                         {"wijkName", wijkName},
                         {"address", {{"street", l->address.street}, {"postalCode", l->address.postalCode}, {"city", l->address.city}}},
                         {"openingHours", l->openingHours.in(language)}});
  }
  json j{{"id", s.id},
         {"name", s.name.in(language)},
         {"description", s.description.in(language)},
         {"organization", org},
         {"level", s.level},
         {"indicatie", s.indicatie},
         {"rung", s.rung},
         {"eigenBijdrage", s.eigenBijdrage.in(language)},
         {"url", s.url},
         {"email", s.email},
         {"phones", phones},
         {"targetGroups", s.targetGroups},
         {"levensgebieden", s.levensgebieden},
         {"wijken", s.wijken},
         {"locations", locations},
         {"lastVerified", s.lastVerified}};
  j["minAge"] = s.minAge ? json(*s.minAge) : json(nullptr);
  j["maxAge"] = s.maxAge ? json(*s.maxAge) : json(nullptr);
  return j;
}

}  // namespace ekw
