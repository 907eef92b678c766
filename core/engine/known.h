// Whether a levensgebied's answers say enough to give it a level. A resident who answered most questions with
// "Weet ik niet" reached an outcome only by the tree's default ways; that outcome is no finding, so the level is
// "niet bekend" (never shown as fine) and the advice is to talk to someone (issue 8 item 4).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/engine/session.h"

namespace ekw {

struct Knowledge {
  std::size_t canNotKnow = 0;  // questions on the path that offer "Weet ik niet"
  std::size_t notKnown = 0;    // of those, answered with "Weet ik niet"
  // Known unless more than half of the questions that offer "Weet ik niet" were answered with it.
  bool known() const { return notKnown * 2 <= canNotKnow || notKnown < 2; }
};

Knowledge knowledgeOf(const SessionState& state, const Walk& walk, const std::string& levensgebied);
// Rules read `unknown.<levensgebied>` (true when knowledgeOf it is not known) from the walk's data, which the walk
// fills as it reaches each outcome (core/engine/session.cpp).

}  // namespace ekw
