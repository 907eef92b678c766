#include "core/engine/known.h"

namespace ekw {

Knowledge knowledgeOf(const SessionState& state, const Walk& walk, const std::string& levensgebied) {
  Knowledge k;
  for (const Step& s : walk.steps) {
    if (s.tree->levensgebied != levensgebied || !s.node->isQuestion() || !s.node->allowUnknown) continue;
    ++k.canNotKnow;
    auto it = state.answers.find(s.node->id);
    if (it != state.answers.end() && it->is_null()) ++k.notKnown;
  }
  return k;
}

}  // namespace ekw
