#include "core/balie/routing.h"

#include <algorithm>

#include "core/engine/advice.h"

namespace ekw::balie {

namespace {

const std::vector<std::string> kLowLevelSources = {"000_34b1a412b4a0eb7a.txt:1028-1037", "002_1a58f7851d8b7e5c.txt:379-387"};
const std::vector<std::string> kCoordinationSources = {"000_34b1a412b4a0eb7a.txt:1029-1035", "000_34b1a412b4a0eb7a.txt:230-236"};
constexpr int kWijkteamRung = 6;

}  // namespace

RoutingProposal proposeRouting(const Content& content, const SessionState& state, const Walk& walk,
                               const std::vector<std::string>& signals) {
  RoutingProposal p;
  // In the order the levensgebieden were chosen, so the reason reads as the conversation went.
  RoutingReason low{"several-low-levels", {}, {}, kLowLevelSources};
  for (const std::string& lg : state.levensgebieden) {
    auto it = walk.outcomes.find(lg);
    if (it != walk.outcomes.end() && it->second->level >= 1 && it->second->level <= kLowLevel) low.levensgebieden.push_back(lg);
  }
  if (low.levensgebieden.size() >= kSeveral) p.reasons.push_back(std::move(low));

  RoutingReason noted{"coordination-signal", {}, {}, {}};
  for (const std::string& id : signals) {
    const Signal* s = content.signal(id);
    if (!s || !s->coordination || std::find(noted.signals.begin(), noted.signals.end(), id) != noted.signals.end()) continue;
    noted.signals.push_back(id);
    if (std::find(noted.levensgebieden.begin(), noted.levensgebieden.end(), s->levensgebied) == noted.levensgebieden.end())
      noted.levensgebieden.push_back(s->levensgebied);
    for (const std::string& src : s->sources)
      if (std::find(noted.sources.begin(), noted.sources.end(), src) == noted.sources.end()) noted.sources.push_back(src);
  }
  if (!noted.signals.empty()) {
    for (const std::string& src : kCoordinationSources) noted.sources.push_back(src);
    p.reasons.push_back(std::move(noted));
  }

  RoutingReason advice{"coordination-advice", {}, {}, kCoordinationSources};
  for (const AdviceGroup& g : buildAdvice(content, state, walk).groups)
    if (std::any_of(g.advice.begin(), g.advice.end(), [](const Advice* a) { return a->rung == kWijkteamRung; }))
      advice.levensgebieden.push_back(g.levensgebied->id);
  if (advice.levensgebieden.size() >= kSeveral) p.reasons.push_back(std::move(advice));

  p.propose = !p.reasons.empty();
  return p;
}

}  // namespace ekw::balie
