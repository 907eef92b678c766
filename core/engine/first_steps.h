// "Uw eerste stappen": the few things a resident does first, chosen from the advice plan. Direct help (rung 0)
// comes first whenever a safety answer triggered it; then the lowest rungs of the ladder that apply, so what
// residents can do themselves and with their network comes before a loket or an aanvraag (the Haarlem ladder).
#pragma once

#include <cstddef>
#include <vector>

#include "core/engine/advice.h"

namespace ekw {

inline constexpr std::size_t kMaxFirstSteps = 3;

// At most `limit` advice items: rung 0 first, then the lowest rungs; at equal rung, one levensgebied after the
// other in the order the resident chose them, so a first step from every levensgebied comes before a second one.
std::vector<const Advice*> firstSteps(const AdvicePlan& plan, std::size_t limit = kMaxFirstSteps);

}  // namespace ekw
