#include "core/engine/service_filters.h"

#include <algorithm>
#include <unordered_set>

namespace ekw {

ServiceFilterData serviceFilterData(const Content& content) {
  ServiceFilterData d;
  std::unordered_set<std::string> groups;
  for (const Service& s : content.services) {
    if (s.status != "active") continue;
    if (!s.wijken.empty()) d.wijk = true;
    if (s.minAge || s.maxAge) d.age = true;
    groups.insert(s.targetGroups.begin(), s.targetGroups.end());
  }
  if (!d.wijk)
    d.wijk = std::any_of(content.locations.begin(), content.locations.end(), [](const Location& l) { return !l.wijk.empty(); });
  for (const Named& g : content.targetGroups)
    if (groups.count(g.id)) d.targetGroups.push_back(g.id);
  return d;
}

}  // namespace ekw
