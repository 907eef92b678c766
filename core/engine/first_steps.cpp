#include "core/engine/first_steps.h"

#include <algorithm>
#include <tuple>

namespace ekw {

std::vector<const Advice*> firstSteps(const AdvicePlan& plan, std::size_t limit) {
  std::vector<const Advice*> out;
  auto add = [&](const Advice* a) {
    if (out.size() < limit && std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
  };
  for (const Advice* a : plan.urgent) add(a);
  // Candidates with their rung, their place within their levensgebied, and the levensgebied's place.
  struct Candidate {
    int rung;
    std::size_t position, group;
    const Advice* advice;
  };
  std::vector<Candidate> candidates;
  for (std::size_t g = 0; g < plan.groups.size(); ++g) {
    std::size_t position = 0;
    for (const Advice* a : plan.groups[g].advice)
      if (a->rung > 0) candidates.push_back({a->rung, position++, g, a});
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(x.rung, x.position, x.group) < std::tie(y.rung, y.position, y.group);
  });
  for (const Candidate& c : candidates) add(c.advice);
  return out;
}

}  // namespace ekw
