// Whether to propose routing a resident to the sociaal wijkteam, and why. The seeds' conditions:
//  - several levensgebieden at once at level 2 or lower (multiproblematiek, "regie kwijt"):
//    000_34b1a412b4a0eb7a.txt:1028-1037, 002_1a58f7851d8b7e5c.txt:379-387;
//  - a need for coordination ("Is er coördinatie nodig, dan wordt deze burger 'doorgeleid' naar het sociaal
//    wijkteam", 000:1033-1035): staff noted a signal that the content marks as pointing to coordination, or
//    sociaal-wijkteam advice (rung 6) applies in more than one levensgebied ("één plan, één aanpak, één regisseur",
//    000:1029-1030).
#pragma once

#include <string>
#include <vector>

#include "core/content/model.h"
#include "core/engine/session.h"

namespace ekw::balie {

inline constexpr int kLowLevel = 2;          // "level 2 or lower"
inline constexpr std::size_t kSeveral = 2;   // "several levensgebieden": two or more

struct RoutingReason {
  std::string code;                        // "several-low-levels", "coordination-signal", "coordination-advice"
  std::vector<std::string> levensgebieden;  // what it is about
  std::vector<std::string> signals;         // for coordination-signal
  std::vector<std::string> sources;
};

struct RoutingProposal {
  bool propose = false;
  std::vector<RoutingReason> reasons;
};

// `signals`: the ids of the signals staff noted (unknown ids are ignored here; the dossier import names them).
RoutingProposal proposeRouting(const Content& content, const SessionState& state, const Walk& walk,
                               const std::vector<std::string>& signals);

}  // namespace ekw::balie
