#include "core/engine/situation.h"

#include "core/engine/forms.h"
#include "core/engine/known.h"

namespace ekw {

std::vector<SituationArea> situationOf(const Content& content, const SessionState& state, const Walk& walk,
                                       const std::string& language) {
  std::vector<SituationArea> areas;
  for (const std::string& id : state.levensgebieden) {
    SituationArea area;
    area.levensgebied = content.levensgebied(id);
    if (!area.levensgebied) continue;
    if (auto reached = walk.outcomes.find(id); reached != walk.outcomes.end()) {
      area.outcome = reached->second;
      area.known = knowledgeOf(state, walk, id).known();
    }
    for (const Step& step : walk.steps) {
      if (step.tree->levensgebied != id || !step.node->isQuestion()) continue;
      auto it = state.answers.find(step.node->id);
      if (it != state.answers.end()) area.answers.push_back({step.node, answerText(content, *step.node, *it, language)});
    }
    if (area.outcome || !area.answers.empty()) areas.push_back(std::move(area));
  }
  return areas;
}

}  // namespace ekw
